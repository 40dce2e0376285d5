""""Latin American", "sul-americano", "sud-americano": a region's adjective names no state, least of all
the United States, whose adjective it ends with; "American" alone still does. Probes written for these
tests."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "The Latin American navies of Peru and Chile held a joint exercise.", "CL PE"),
    ("pt", "As Marinhas sul-americanas do Peru e do Chile realizaram um exercício conjunto.", "CL PE"),
    ("it", "Le marine sud-americane del Perù e del Cile hanno condotto un'esercitazione congiunta.", "CL PE"),
    ("ro", "Marinele latino-americane ale statelor Peru și Chile au desfășurat un exercițiu comun.", "CL PE"),
    ("fr", "Les marines latino-américaines du Pérou et du Chili ont mené un exercice conjoint.", "CL PE"),
])
def test_a_regions_adjective_is_not_the_united_states(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Exercise", text, lang=lang)
    assert (kind, parties) == ("exercise", tuple(pair.split()))


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "American and Polish troops held a joint exercise.", "PL US"),
    ("pt", "Militares americanos e brasileiros realizaram um exercício conjunto.", "BR US"),
    ("fr", "Des soldats américains et marocains ont mené un exercice conjoint.", "MA US"),
    ("ro", "Militari americani și români au desfășurat un exercițiu comun.", "RO US"),
    ("it", "Militari americani e italiani hanno condotto un'esercitazione congiunta.", "IT US"),
])
def test_american_alone_is_the_united_states(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Exercise", text, lang=lang)
    assert (kind, parties) == ("exercise", tuple(pair.split()))
