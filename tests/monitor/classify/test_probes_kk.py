"""Kazakh probes, in Cyrillic and in the Latin alphabet of 2018: reports written for these tests in the
manner of the ministry and news agencies (the verb last, case endings on the names) and the usual traps."""

from functools import partial

import pytest

from monitor.classify.language import detect
from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="kk")
not_flagged = partial(conftest.assert_not_flagged, lang="kk")


def test_kazakh_is_told_from_russian_and_uzbek_in_both_scripts():
    assert detect("Тараптар екі ел арасындағы әскери ынтымақтастықтың перспективаларын талқылады.") == "kk"
    assert detect("Taraptar eki el arasyndaǵy áskerı yntymaqtastyqtyń perspektıvalaryn talqylady.") == "kk"


def test_plan_for_a_year_signed():
    assert flagged_main(
        "Жоспар", "Астанада Қазақстан мен Түркия қорғаныс министрлері 2026 жылға арналған екіжақты әскери "
                  "ынтымақтастық жоспарына қол қойды.")[:3] == ("plan_signed", ("KZ", "TR"), 2026)


def test_agreement_signed_in_latin_script():
    kind, parties, _, _ = flagged_main(
        "Kelisim", "Qazaqstan men Ázerbaıjan qorǵanys mınıstrlikteri arasynda áskerı bilim berý "
                   "salasyndaǵy yntymaqtastyq týraly kelisimge qol qoıyldy.")
    assert (kind, parties) == ("agreement_signed", ("AZ", "KZ"))


def test_president_signs_the_ratification_law():
    kind, parties, _, _ = flagged_main(
        "Заң", "Мемлекет басшысы Қазақстан мен Өзбекстан арасындағы әскери ынтымақтастық туралы келісімді "
               "ратификациялау туралы заңға қол қойды.")
    assert (kind, parties) == ("agreement_ratified", ("KZ", "UZ"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Кездесу", "Қазақстан Қорғаныс министрі Моңғолия қорғаныс министрімен кездесті. Тараптар әскери "
                   "ынтымақтастықтың перспективаларын талқылады.")
    assert (kind, parties) == ("talks", ("KZ", "MN"))


def test_joint_exercise_held():
    kind, parties, _, _ = flagged_main(
        "Жаттығу", "Қырғызстан мен Қазақстан қарулы күштерінің бірлескен тактикалық оқу-жаттығуы Бішкек "
                   "маңындағы полигонда өтті.")
    assert (kind, parties) == ("exercise", ("KG", "KZ"))


def test_exercise_opened():
    assert flagged_main("Оқу-жаттығу", "Қазақстан мен Қырғызстан әскерилерінің бірлескен оқу-жаттығуы "
                                       "ашылды.")[:2] == ("exercise", ("KG", "KZ"))


@pytest.mark.parametrize("title,text", [
    ("Шекара", "Қазақстан мен Қырғызстанның шекара қызметтері шекараны бірлесіп күзету туралы хаттамаға "
               "қол қойды."),
    ("Болашақ", "Қазақстан мен Әзербайжан келесі айда әскери ынтымақтастық жоспарына қол қояды."),
    ("Спорт", "Қазақстан мен Қырғызстан құрамалары Алматыда жаттығу өткізді."),
    ("ТМД", "ТМД-ға қатысушы мемлекеттер қорғаныс министрлері кеңесінің отырысында Қазақстан мен Ресей "
            "өкілдері 2026 жылға арналған іс-шаралар жоспарын бекітті."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)
