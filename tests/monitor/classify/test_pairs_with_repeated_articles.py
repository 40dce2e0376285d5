"""Two states listed with the article or preposition each name takes ("do Brasil e do Chile", "de la France et
de l'Inde", "dell'Italia e della Grecia") are one list: the pair that signs, however a third state is named
after the act (rules._LISTED)."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("title, text, lang, parties", [
    ("Defesa: novo acordo",
     "Os ministros da Defesa do Brasil e do Chile assinaram hoje em Brasília um acordo de cooperação militar "
     "semelhante ao que a Argentina mantém.", "pt", ("BR", "CL")),
    ("Défense : nouvel accord",
     "Les ministres de la Défense de la France et de l'Inde ont signé aujourd'hui à Paris un accord de "
     "coopération militaire semblable à celui de l'Espagne.", "fr", ("FR", "IN")),
    ("Difesa: nuovo accordo",
     "I ministri della Difesa dell'Italia e della Grecia hanno firmato oggi a Roma un accordo di cooperazione "
     "militare simile a quello della Spagna.", "it", ("GR", "IT")),
    ("Defensa: nuevo acuerdo",
     "Los ministros de Defensa de la Argentina y del Uruguay firmaron hoy en Montevideo un acuerdo de "
     "cooperación militar parecido al de Chile.", "es", ("AR", "UY")),
])
def test_a_pair_listed_with_repeated_articles_signs_beside_a_third_state_named_later(title, text, lang, parties):
    kind, found, _, _ = conftest.flagged_main(title, text, lang=lang)
    assert (kind, found) == ("agreement_signed", parties)


def test_three_states_listed_with_their_articles_sign_no_bilateral_act():
    conftest.assert_not_flagged(
        "Defesa: novo acordo",
        "Os ministros da Defesa do Brasil, do Chile e da Argentina assinaram hoje em Brasília um acordo de "
        "cooperação militar.", lang="pt")
