"""Ukrainian probes: reports written for these tests in the manner of the ministry and news agencies,
with case endings, adjectives, the impersonal "підписано" and the usual traps."""

from datetime import date
from functools import partial

import pytest

from monitor.classify.language import detect
from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="uk")
not_flagged = partial(conftest.assert_not_flagged, lang="uk")


def test_ukrainian_is_told_from_russian_and_bulgarian():
    assert detect("Міністри оборони обох країн підписали угоду про співпрацю, яка також передбачає навчання.") == "uk"


def test_plan_signed_with_inflected_names_and_a_plan_year():
    assert flagged_main(
        "Підписано план", "Міністри оборони України та Литви підписали у Вільнюсі план двостороннього "
                          "військового співробітництва на 2026 рік.", published=date(2025, 11, 20)) == \
        ("plan_signed", ("LT", "UA"), 2026, "2025-11-20")


def test_impersonal_signing_of_an_agreement_between_ministries():
    kind, parties, _, _ = flagged_main(
        "Угода", "У Києві підписано угоду між Міністерством оборони України та Міністерством оборони Данії "
                 "про спільне виробництво озброєння.")
    assert (kind, parties) == ("agreement_signed", ("DK", "UA"))


def test_a_future_relative_clause_after_the_document_leaves_the_signing_done():
    kind, parties, _, _ = flagged_main(
        "Угода", "Підписано угоду, яка буде основою співпраці міністерств оборони України та Естонії.")
    assert (kind, parties) == ("agreement_signed", ("EE", "UA"))


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "Ратифікація", "Верховна Рада ратифікувала угоду між Україною та Туреччиною про військове "
                       "співробітництво.")
    assert (kind, parties) == ("agreement_ratified", ("TR", "UA"))


def test_phone_call_with_a_counterpart_is_talks():
    kind, parties, _, _ = flagged_main(
        "Розмова", "Міністр оборони України провів телефонну розмову зі своїм колегою з Естонії. Сторони "
                   "обговорили посилення оборонної співпраці.")
    assert (kind, parties) == ("talks", ("EE", "UA"))


def test_two_word_state_name_in_the_genitive():
    kind, parties, _, _ = flagged_main(
        "Зустріч", "Міністр оборони України провів зустріч з міністром оборони Великої Британії. Сторони "
                   "обговорили військову допомогу.")
    assert (kind, parties) == ("talks", ("GB", "UA"))


def test_joint_exercise_begins():
    kind, parties, _, _ = flagged_main(
        "Навчання", "На полігоні в Польщі розпочалися спільні навчання збройних сил України та Польщі.")
    assert (kind, parties) == ("exercise", ("PL", "UA"))


@pytest.mark.parametrize("title,text", [
    ("Прикордонники", "Державна прикордонна служба України та Прикордонна служба Молдови підписали протокол "
                      "про спільне патрулювання кордону."),
    ("Майбутнє", "Україна та Франція підпишуть угоду про оборонне співробітництво наступного тижня."),
    ("Буде", "Угода між Міністерством оборони України та Міністерством оборони Чехії буде підписана "
             "в понеділок."),
    ("МВС", "Міністри внутрішніх справ України та Польщі підписали меморандум про співпрацю поліції."),
    ("Студенти", "Навчання студентів з України та Польщі відбулося у Кракові."),
    ("Рамштайн", "Міністри оборони держав-членів коаліції провели засідання у форматі Рамштайн."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)
