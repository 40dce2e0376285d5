"""Russian probes: reports written for these tests in the manner of ministries and news agencies,
with case endings, demonyms, capitals, passive voice and the usual traps."""

from datetime import date
from functools import partial

import pytest

from tests.monitor.classify import conftest


flagged_main = partial(conftest.flagged_main, lang="ru")
not_flagged = partial(conftest.assert_not_flagged, lang="ru")


def test_plan_signed_after_a_meeting_with_inflected_names():
    assert flagged_main(
        "Министры обороны Азербайджана и Казахстана подписали план сотрудничества",
        "12 октября в Астане состоялась встреча министров обороны Казахстана и Азербайджана.\n"
        "Стороны обсудили вопросы военного образования и совместной подготовки войск.\n"
        "По итогам переговоров главы военных ведомств подписали план двустороннего военного "
        "сотрудничества на 2026 год.") == ("plan_signed", ("AZ", "KZ"), 2026, "2025-10-12")


def test_agency_date_line_and_passive_voice():
    assert flagged_main(
        "Подписан план",
        "МИНСК, 5 декабря. План сотрудничества между министерствами обороны Беларуси и Узбекистана на "
        "2026 год подписан в пятницу, сообщает пресс-служба белорусского военного ведомства.",
        published=date(2025, 12, 5)) == ("plan_signed", ("BY", "UZ"), 2026, "2025-12-05")


def test_demonym_and_the_other_side():
    kind, parties, year, _ = flagged_main(
        "Подписан план",
        "Казахстанская и кыргызская стороны подписали план военного сотрудничества на 2026 год.")
    assert (kind, parties, year) == ("plan_signed", ("KG", "KZ"), 2026)


def test_memorandum_and_roadmap():
    assert flagged_main("Меморандум", "Министерства обороны Армении и Греции подписали меморандум о "
                                      "сотрудничестве в области военного образования.")[:2] == \
        ("agreement_signed", ("AM", "GR"))
    assert flagged_main("Дорожная карта", "Россия и Лаос подписали дорожную карту военного "
                                          "сотрудничества.")[:2] == ("agreement_signed", ("LA", "RU"))


def test_programme_for_several_years():
    assert flagged_main(
        "Программа", "Министры обороны России и Таджикистана подписали программу военного сотрудничества "
                     "на 2026-2030 годы.")[:3] == ("agreement_signed", ("RU", "TJ"), 2026)


def test_duma_ratifies():
    kind, parties, _, when = flagged_main(
        "Ратификация", "Государственная дума сегодня ратифицировала соглашение между Россией и Мьянмой о "
                       "военном сотрудничестве.", published=date(2025, 3, 18))
    assert (kind, parties, when) == ("agreement_ratified", ("MM", "RU"), "2025-03-18")


def test_president_signs_the_ratification_law():
    kind, parties, _, _ = flagged_main(
        "Закон подписан", "Президент Казахстана подписал закон о ратификации соглашения с Турцией о "
                          "военном сотрудничестве.")
    assert (kind, parties) == ("agreement_ratified", ("KZ", "TR"))


def test_talks_of_defence_ministers():
    kind, parties, _, when = flagged_main(
        "Переговоры", "Министр обороны Армении в среду встретился в Ереване с министром обороны Ирана. "
                      "Стороны обсудили перспективы двустороннего военного сотрудничества.",
        published=date(2025, 9, 12))
    assert (kind, parties, when) == ("talks", ("AM", "IR"), "2025-09-10")


def test_joint_exercise_with_a_name():
    kind, parties, _, _ = flagged_main(
        "Учения", "На полигоне под Минском начались совместные учения вооруженных сил Беларуси и России "
                  "\"Щит Союза-2025\".")
    assert (kind, parties) == ("exercise", ("BY", "RU"))


@pytest.mark.parametrize("title,text", [
    ("Пограничники", "Пограничные службы Казахстана и Узбекистана подписали план сотрудничества на 2026 год."),
    ("МВД", "Министры внутренних дел Армении и Грузии подписали соглашение о сотрудничестве в борьбе с "
            "преступностью."),
    ("МЧС", "МЧС России и Беларуси подписали план совместных учений по ликвидации чрезвычайных ситуаций."),
    ("Торговля", "Россия и Узбекистан подписали соглашение о торговле и инвестициях."),
    ("СНГ", "В Москве состоялось заседание Совета министров обороны СНГ, участники утвердили план "
            "совместных мероприятий на 2026 год."),
    ("ОДКБ", "В Киргизии начались совместные учения войск государств-членов ОДКБ."),
    ("Будущее", "Армения и Индия подпишут план военного сотрудничества на 2026 год в следующем месяце."),
    ("Закупка", "Минобороны Сербии закупило у Китая партию зенитных комплексов."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


def test_plan_on_the_sidelines_of_the_cis_council():
    assert flagged_main(
        "План", "На полях заседания Совета министров обороны СНГ министры обороны Беларуси и Казахстана "
                "подписали план двустороннего сотрудничества на 2026 год.")[:3] == \
        ("plan_signed", ("BY", "KZ"), 2026)


def test_old_signing_is_background():
    kind, parties, _, _ = flagged_main(
        "Встреча", "Министр обороны Таджикистана встретился с послом Китая. Напомним, что в 2019 году "
                   "стороны подписали соглашение о военно-техническом сотрудничестве.")
    assert (kind, parties) == ("talks", ("CN", "TJ"))


def test_related_news_list_creates_no_event():
    not_flagged(
        "Погода",
        "В выходные в горных районах ожидается сильный ветер и снег, сообщили синоптики.\n"
        "Читайте также\n"
        "Азербайджан и Грузия подписали план военного сотрудничества на 2026 год\n"
        "Казахстан и Кыргызстан начали совместные учения")
