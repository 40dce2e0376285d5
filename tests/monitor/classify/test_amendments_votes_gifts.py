"""Documents and votes the press of each language names in its own way: the minutes signed at a
meeting and an amendment to an agreement are documents signed; a green light or a vote for a law
approves it; a gift of arms handed over, its certificate signed, is no cooperation act. Probes written
for these tests."""

import pytest

from tests.monitor.classify import conftest

SIGNED = [
    ("es", "Los ministros de Defensa de Chile y Perú firmaron el acta de la reunión del Comité de Seguridad y "
           "Defensa.", ("agreement_signed", ("CL", "PE"))),
    ("es", "España y Estados Unidos firmaron una enmienda al convenio de cooperación para la defensa.",
     ("agreement_signed", ("ES", "US"))),
    ("fr", "La France et Djibouti ont signé un avenant au traité de coopération en matière de défense.",
     ("agreement_signed", ("DJ", "FR"))),
    ("ro", "România și SUA au semnat un act adițional la acordul de cooperare în domeniul apărării.",
     ("agreement_signed", ("RO", "US"))),
    ("pt", "Os ministros da Defesa do Brasil e da Argentina assinaram a ata da reunião bilateral de defesa.",
     ("agreement_signed", ("AR", "BR"))),
    ("es", "El Congreso de Perú dio luz verde al convenio de cooperación en defensa con Corea del Sur.",
     ("agreement_ratified", ("KR", "PE"))),
    ("ro", "Deputații au votat pentru ratificarea acordului de cooperare militară dintre România și Polonia.",
     ("agreement_ratified", ("PL", "RO"))),
]


@pytest.mark.parametrize("lang,text,expected", SIGNED, ids=[f"{lang}-{text[:25]}" for lang, text, _ in SIGNED])
def test_documents_and_votes(lang, text, expected):
    assert conftest.flagged_main("Defence", text, lang=lang)[:2] == expected


GIFTS = [
    ("es", "China entregó una donación de equipos militares a las Fuerzas Armadas de Bolivia. El embajador chino y "
           "el ministro de Defensa boliviano firmaron el acta de entrega de la donación."),
    ("ro", "Statele Unite au predat Armatei Naționale a Republicii Moldova o donație de echipamente militare, iar "
           "ministrul apărării și ambasadorul american au semnat actul de predare a donației."),
    ("bg", "Министърът на отбраната и посланикът на САЩ подписаха акта за дарението на военна техника за "
           "българската армия."),
]


@pytest.mark.parametrize("lang,text", GIFTS, ids=[lang for lang, _ in GIFTS])
def test_a_gift_of_arms_handed_over_is_no_act(lang, text):
    conftest.assert_not_flagged("Defence", text, lang=lang)
