"""The press names two states by their capitals ("Roma e Tokyo", "Madrid y Rabat", "Bucureștiul și
Chișinăul", with the Romanian article): capitals in the language's own spelling and forms. Probes
written for these tests."""

import pytest

from tests.monitor.classify import conftest

PAIRS = [
    ("it", "Roma e Tokyo firmano un accordo sulla difesa",
     "Roma e Tokyo hanno firmato un accordo di cooperazione nel settore della difesa. L'intesa è stata siglata dai "
     "ministri della Difesa dei due Paesi.", ("IT", "JP")),
    ("es", "Defensa", "Madrid y Rabat firmaron un acuerdo de cooperación en materia de defensa.", ("ES", "MA")),
    ("ro", "Apărare", "Bucureștiul și Chișinăul au semnat un acord de cooperare militară.", ("MD", "RO")),
]


@pytest.mark.parametrize("lang,title,text,parties", PAIRS, ids=[lang for lang, _, _, _ in PAIRS])
def test_two_states_named_by_their_capitals(lang, title, text, parties):
    assert conftest.flagged_main(title, text, lang=lang)[:2] == ("agreement_signed", parties)
