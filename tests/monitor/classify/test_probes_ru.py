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
                     "на 2026-2030 годы.")[:3] == ("plan_signed", ("RU", "TJ"), 2026)


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
    ('Росгвардия',
     'Росгвардия и Национальная гвардия Казахстана подписали план сотрудничества на 2026 год.'),
    ('Поставки',
     'Казахстан закупил у Турции партию беспилотников.'),
    ('Будущее',
     'Стороны договорились подписать соглашение о военном сотрудничестве в ходе следующего визита.'),
    ('ШОС',
     'В Астане прошло совещание министров обороны государств-членов ШОС.'),
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


@pytest.mark.parametrize("title,text,kind,parties", [
    ('Совфед',
     'Совет Федерации одобрил закон о ратификации соглашения между Россией и Вьетнамом о военном '
     'сотрудничестве.',
     'agreement_ratified', ('RU', 'VN')),
    ('Переговоры',
     'Министр обороны Узбекистана Бахадыр Курбанов провел переговоры с министром обороны Турции. '
     'Стороны обсудили военное образование.',
     'talks', ('TR', 'UZ')),
    ('Учения',
     'Армия Таджикистана и Народно-освободительная армия Китая провели совместные '
     'антитеррористические учения.',
     'exercise', ('CN', 'TJ')),
    ('Протокол',
     'В Минске прошли переговоры министров обороны Беларуси и Вьетнама. Стороны подписали протокол о '
     'сотрудничестве в области военного образования.',
     'agreement_signed', ('BY', 'VN')),
    ('Соглашение',
     'Россия и Мали заключили соглашение о военном сотрудничестве.',
     'agreement_signed', ('ML', 'RU')),
    ('Минобороны',
     'Минобороны Армении и Минобороны Ирана утвердили программу сотрудничества на 2026-2028 годы.',
     'plan_signed', ('AM', 'IR')),
    ('План',
     'Москва и Минск подписали план военного сотрудничества на 2026 год.',
     'plan_signed', ('BY', 'RU')),
    ('Переговоры',
     'Министр обороны Казахстана провел переговоры с киргизским коллегой в Бишкеке.',
     'talks', ('KG', 'KZ')),
    ('Учения',
     'В Таджикистане завершились совместные российско-таджикские учения.',
     'exercise', ('RU', 'TJ')),
    ('Соглашение',
     'Узбекистан и Туркменистан подписали межправительственное соглашение о сотрудничестве в военной '
     'области.',
     'agreement_signed', ('TM', 'UZ')),
    ('Утвержден',
     'Утвержден план сотрудничества министерств обороны Армении и Ирана на 2026 год.',
     'plan_signed', ('AM', 'IR')),
    ('Казахстанская сторона',
     'Министр обороны Азербайджана принял казахстанскую военную делегацию. Стороны обсудили вопросы '
     'военного образования.',
     'talks', ('AZ', 'KZ')),
    ('Одобрил',
     'Сенат Узбекистана одобрил соглашение с Россией о военно-техническом сотрудничестве.',
     'agreement_ratified', ('RU', 'UZ')),
])
def test_more_reports_of_each_kind(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


def test_border_troops_signing_a_plan_are_not_defence():
    not_flagged("План", "Пограничные войска Казахстана и Кыргызстана подписали план сотрудничества на "
                        "2025 год.")


def test_national_guards_are_not_defence():
    not_flagged("План", "Национальная гвардия Казахстана и Национальная гвардия Узбекистана подписали "
                        "план взаимодействия на 2025 год.")


def test_exercise_begun_with_pristupili():
    assert flagged_main("Учения", "Казахстанские и узбекские военные приступили к совместным учениям на "
                                  "полигоне Матыбулак.")[:2] == ("exercise", ("KZ", "UZ"))


@pytest.mark.parametrize("phrase", ["на 2025 г.", "на 2025-й год", "на 2025г."])
def test_plan_year_written_with_an_abbreviation_or_ending(phrase):
    kind, parties, year, _ = flagged_main(
        "План", f"Министры обороны Казахстана и Кыргызстана подписали план военного сотрудничества {phrase}")
    assert (kind, parties, year) == ("plan_signed", ("KG", "KZ"), 2025)


def test_contract_with_rosoboronexport_is_not_between_states():
    not_flagged("Контракт", "Министерство обороны Мьянмы и Рособоронэкспорт подписали контракт на поставку "
                            "истребителей.")


def test_telephone_conversation_of_defence_ministers_is_talks():
    kind, parties, _, _ = flagged_main(
        "Министры обороны провели телефонный разговор",
        "Министр обороны Беларуси провел телефонный разговор с министром обороны Китая. "
        "Стороны затронули вопросы военного сотрудничества.")
    assert (kind, parties) == ("talks", ("BY", "CN"))


def test_plan_signed_under_an_old_agreement_is_not_background():
    kind, parties, year, _ = flagged_main(
        "Подписан план",
        "В соответствии с Соглашением о военном сотрудничестве от 1993 года министры обороны "
        "Таджикистана и России подписали план военного сотрудничества на 2025 год.",
        published=date(2024, 12, 5))
    assert (kind, parties, year) == ("plan_signed", ("RU", "TJ"), 2025)


def test_president_signing_a_ratification_law_with_states_in_its_quoted_title():
    kind, parties, _, _ = flagged_main(
        "Президент подписал закон",
        "Президент Кыргызстана подписал Закон «О ратификации Соглашения между Правительством Кыргызской "
        "Республики и Правительством Республики Беларусь о военном сотрудничестве».")
    assert (kind, parties) == ("agreement_ratified", ("BY", "KG"))


def test_agency_dateline_with_an_abbreviated_month_dates_the_signing():
    kind, parties, year, when = flagged_main(
        "Россия и Лаос подписали план военного сотрудничества",
        "МОСКВА, 12 фев - РИА Новости. Министры обороны России и Лаоса подписали план двустороннего "
        "военного сотрудничества на 2025 год, сообщили в военном ведомстве.",
        published=date(2025, 2, 13))
    assert (kind, parties, year, when) == ("plan_signed", ("LA", "RU"), 2025, "2025-02-12")



def test_the_duma_stands_for_russia_in_a_ratification():
    kind, parties, _, _ = flagged_main(
        "", "Госдума ратифицировала соглашение о военном сотрудничестве с Республикой Гвинея-Бисау.")
    assert (kind, parties) == ("agreement_ratified", ("GW", "RU"))


# Issue 15's audit of the Russian forms: each of these was read wrongly before it.

@pytest.mark.parametrize("title,text", [
    # a parliament of the region by its own name approves a signed agreement: a ratification
    ("Парламент", "Национальное собрание Армении одобрило соглашение с Индией о сотрудничестве в сфере обороны."),
    ("Мажилис", "Мажилис одобрил соглашение между Казахстаном и Турцией о военном сотрудничестве."),
    # a president signs the decree approving an agreement: its ratification, not a new signing
    ("Указ", "Президент Беларуси подписал указ об утверждении соглашения с Россией о военном сотрудничестве."),
])
def test_approval_of_a_signed_agreement_is_a_ratification(title, text):
    assert flagged_main(title, text)[0] == "agreement_ratified"


@pytest.mark.parametrize("text", [
    # agreed on a signing still to come
    "Россия и Казахстан договорились о подписании соглашения о военном сотрудничестве.",
    # the present tense with a day ahead announces the act
    "Министры обороны России и Белоруссии подписывают план сотрудничества в понедельник.",
    "Министры обороны Армении и Греции завтра подписывают программу военного сотрудничества.",
])
def test_a_signing_to_come_is_not_an_act(text):
    not_flagged("Оборона", text)


def test_turkmenistan_by_its_old_name():
    assert flagged_main("Учения", "Военные Туркмении и Узбекистана провели совместные учения.")[:2] == \
        ("exercise", ("TM", "UZ"))


@pytest.mark.parametrize("text", [
    "Министр обороны Казахстана посетит Узбекистан с официальным визитом.",
    "Министр обороны Армении встретится с греческим коллегой в Афинах для переговоров.",
    "Совместные учения, которые проводят военные Беларуси и России, завершатся в Гродно.",
])
def test_perfective_future_of_a_visit_or_an_exercise_is_no_event(text):
    not_flagged("Оборона", text)
