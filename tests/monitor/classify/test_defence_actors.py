"""Defence officials named as the press names them ("el titular de Defensa", "il titolare della Difesa",
"началникът на отбраната"): a meeting of theirs is talks. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

MEETINGS = [
    ("es", "El titular de Defensa de Argentina recibió a su par chileno para analizar la cooperación bilateral.",
     ("AR", "CL")),
    ("it", "Il titolare della Difesa italiano ha incontrato a Roma l'omologo giapponese per parlare di cooperazione.",
     ("IT", "JP")),
    ("bg", "Началникът на отбраната на България се срещна с гръцкия си колега в Атина.", ("BG", "GR")),
    ("pt", "O titular da pasta da Defesa de Portugal recebeu o seu homólogo brasileiro para discutir a cooperação.",
     ("BR", "PT")),
]


@pytest.mark.parametrize("lang,text,parties", MEETINGS, ids=[lang for lang, _, _ in MEETINGS])
def test_a_meeting_of_defence_officials_named_by_the_press(lang, text, parties):
    assert conftest.flagged_main("Defence", text, lang=lang)[:2] == ("talks", parties)
