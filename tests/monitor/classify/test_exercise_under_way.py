"""An exercise told as begun or in progress is under way, whatever a later clause of its sentence says
of its end (issue 15): "began a joint exercise that will last until 5 May" reports an exercise."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Azerbaijani and Turkish troops began a joint exercise that will last until May 5.", ("AZ", "TR")),
    ("en", "Kazakh and Uzbek troops launched joint drills, which will continue until Friday.", ("KZ", "UZ")),
    ("ru", "В Киргизии стартовали совместные учения с Казахстаном, которые завершатся в пятницу.",
     ("KG", "KZ")),
    ("ru", "Совместные учения Таджикистана и Узбекистана, которые будут проходить неделю, начались в Термезе.",
     ("TJ", "UZ")),
    ("tr", "Türkiye ile Azerbaycan'ın ortak tatbikatı Nahçıvan'da başladı ve 10 gün sürecek.", ("AZ", "TR")),
])
def test_an_exercise_begun_with_its_end_ahead(lang, text, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == ("exercise", parties)


@pytest.mark.parametrize("lang,text", [
    ("en", "Azerbaijani and Turkish troops will begin a joint exercise on May 5."),
    ("ru", "Совместные учения военных Беларуси и России начнутся в Гродно и продлятся до 20 сентября."),
    ("tr", "Türkiye ile Azerbaycan'ın ortak tatbikatı gelecek hafta başlayacak ve 10 gün sürecek."),
])
def test_an_exercise_to_begin_is_no_event(lang, text):
    conftest.assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang,text,kind,parties", [
    ("kk", "Қазақстан мен Өзбекстан әскерилерінің бірлескен жаттығуы басталды, жаттығу 20 мамырға дейін өтеді.",
     "exercise", ("KZ", "UZ")),
    ("kk", "Қазақстан мен Өзбекстан қорғаныс министрлері кездесті, келесі жылы бірлескен жаттығу өткізіледі.",
     "talks", ("KZ", "UZ")),
    ("uz", "O'zbekiston va Qozog'iston harbiylarining qo'shma taktik mashg'uloti boshlandi, u 20 maygacha bo'lib "
           "o'tadi.", "exercise", ("KZ", "UZ")),
    ("uz", "O'zbekiston va Turkiya mudofaa vazirlari uchrashdi, kelgusi yilda qo'shma mashg'ulotlar o'tkaziladi.",
     "talks", ("TR", "UZ")),
])
def test_kazakh_and_uzbek_events_told_as_done(lang, text, kind, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == (kind, parties)


@pytest.mark.parametrize("lang,text", [
    ("en", "Armenia held military exercises amid tensions with Azerbaijan."),
    ("en", "Azerbaijan's army held exercises, the ministry said, days after Armenia accused it of shelling."),
    ("ru", "Армения провела военные учения на фоне напряженности с Азербайджаном."),
])
def test_one_states_exercise_told_beside_another_state_is_no_joint_one(lang, text):
    conftest.assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "Russian troops held drills with Belarus near Brest.", ("BY", "RU")),
    ("en", "Azerbaijani and Turkish troops held exercises in Nakhchivan.", ("AZ", "TR")),
    ("ru", "Военные Азербайджана и Турции провели учения в Нахчыване.", ("AZ", "TR")),
])
def test_a_pair_or_a_partner_makes_an_exercise_joint(lang, text, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == ("exercise", parties)
