"""A state's parliament stands for the state, as its capital does (issue 15, recall): "The State Duma
ratified the agreement with Belarus" names Russia. Every sentence here is written for the tests."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "The State Duma ratified the agreement on military cooperation with Belarus.", ("BY", "RU")),
    ("en", "The Verkhovna Rada has ratified an agreement with Turkey on defence cooperation.", ("TR", "UA")),
    ("en", "The Oliy Majlis ratified the agreement with Kazakhstan on military cooperation.", ("KZ", "UZ")),
    ("en", "The Jogorku Kenesh ratified the military cooperation agreement with Tajikistan.", ("KG", "TJ")),
    ("ru", "Верховная рада ратифицировала соглашение с Турцией о военном сотрудничестве.", ("TR", "UA")),
    ("ru", "Олий Мажлис ратифицировал соглашение с Казахстаном о военном сотрудничестве.", ("KZ", "UZ")),
    ("ru", "Жогорку Кенеш ратифицировал соглашение о военном сотрудничестве с Таджикистаном.", ("KG", "TJ")),
])
def test_a_parliament_names_its_state(lang, text, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == ("agreement_ratified", parties)
