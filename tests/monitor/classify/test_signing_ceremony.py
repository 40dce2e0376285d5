"""The signing named as a noun ("the signing ceremony of the agreement") takes its tense from the verb of
its clause: held yesterday is the act, to be held tomorrow is not yet. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

HELD = [
    ("ro", "Ceremonia de semnare a acordului de cooperare militară dintre România și Polonia a avut loc ieri la "
           "București.", ("PL", "RO")),
    ("it", "Si è svolta ieri a Tirana la cerimonia della firma dell'accordo di cooperazione militare tra Italia e "
           "Albania.", ("AL", "IT")),
    ("fr", "La cérémonie de signature de l'accord de coopération militaire entre la France et le Maroc s'est "
           "déroulée hier à Rabat.", ("FR", "MA")),
]


@pytest.mark.parametrize("lang,text,parties", HELD, ids=[lang for lang, _, _ in HELD])
def test_a_signing_ceremony_held(lang, text, parties):
    assert conftest.flagged_main("Defence", text, lang=lang)[:2] == ("agreement_signed", parties)


TO_COME = [
    ("ro", "Ceremonia de semnare a acordului de cooperare militară dintre România și Polonia va avea loc mâine la "
           "București."),
    ("it", "La cerimonia della firma dell'accordo di cooperazione militare tra Italia e Albania si terrà domani a "
           "Tirana."),
    ("fr", "La cérémonie de signature de l'accord de coopération militaire entre la France et le Maroc aura lieu "
           "demain à Rabat."),
]


@pytest.mark.parametrize("lang,text", TO_COME, ids=[lang for lang, _ in TO_COME])
def test_a_signing_ceremony_to_come(lang, text):
    conftest.assert_not_flagged("Defence", text, lang=lang)
