"""An event in English (monitor.output.wording) and states by English name (monitor.alerts.names.country_code)."""

import pytest

from monitor.alerts.names import country_code
from monitor.output import wording


def event(**fields):
    base = {"id": 1, "kind": "plan_signed", "parties": ["AZ", "GE"], "plan_year": 2024, "date": "2023-11-27",
            "first_seen": "2026-12-06T10:00:00+00:00", "articles": []}
    return {**base, **fields}


def test_the_headline_says_who_did_what_for_which_year_and_when():
    assert wording.headline(event()) == ("Azerbaijan and Georgia signed their military cooperation plan for 2024"
                                         " — 27 Nov 2023")
    assert wording.headline(event(kind="exercise", parties=["AZ", "TR", "GE"], plan_year=None)) == (
        "Azerbaijan, Türkiye and Georgia held a joint military exercise — 27 Nov 2023")


def test_an_undated_event_names_its_first_report_never_the_day_it_was_stored_as_its_day():
    reported = event(date=None, articles=[{"published_at": "2024-03-05T08:00:00+00:00"},
                                          {"published_at": "2024-03-03T22:00:00+00:00"}, {"published_at": None}])
    assert wording.headline(reported).endswith("— date not reported; first report 3 Mar 2024")
    unpublished = event(date=None, articles=[{"published_at": None}])
    assert wording.headline(unpublished).endswith("— date not reported")
    assert "6 Dec 2026" not in wording.headline(unpublished)
    assert wording.when(unpublished) == "date not reported; no publish date; first stored 6 Dec 2026"


def test_every_kind_is_explained_and_the_confidence_is_said_in_words():
    assert set(wording.KIND_EXPLAINED) == {"plan_signed", "agreement_signed", "agreement_ratified", "talks",
                                           "exercise"}
    assert "at least 8 times in 10" in wording.how_sure(0.83)


@pytest.mark.parametrize("given, code", [("AZ", "AZ"), ("az", "AZ"), ("Azerbaijan", "AZ"), (" azerbaijan ", "AZ"),
                                         ("Türkiye", "TR"), ("Turkey", "TR"), ("United Kingdom", "GB"),
                                         ("South Korea", "KR"), ("Bosnia & Herzegovina", "BA")])
def test_a_state_is_found_by_code_or_english_name(given, code):
    assert country_code(given) == code


@pytest.mark.parametrize("given", ["Narnia", "XX", "Azerbaijan Georgia", ""])
def test_an_unknown_state_is_an_error_that_says_what_to_give(given):
    with pytest.raises(LookupError, match="ISO 3166-1 code .* or an English name"):
        country_code(given)
