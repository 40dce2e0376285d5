"""Bulgarian probes: reports written for these tests in the manner of the defence ministry and news
agencies, and the usual traps."""

from datetime import date
from functools import partial

import pytest

from monitor.classify.language import detect
from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="bg")
not_flagged = partial(conftest.assert_not_flagged, lang="bg")


def test_bulgarian_is_told_from_russian_and_ukrainian():
    assert detect("Двамата министри обсъдиха сътрудничеството между въоръжените сили на двете държави.") == "bg"


def test_plan_for_a_year_signed():
    assert flagged_main(
        "План", "Министрите на отбраната на България и Гърция подписаха план за двустранно военно "
                "сътрудничество за 2026 г.", published=date(2025, 12, 2)) == \
        ("plan_signed", ("BG", "GR"), 2026, "2025-12-02")


def test_a_future_relative_clause_after_the_document_leaves_the_signing_done():
    kind, parties, _, _ = flagged_main(
        "План", "Подписаха план, който ще улесни сътрудничеството между армиите на България и Северна "
                "Македония.")
    assert (kind, parties) == ("plan_signed", ("BG", "MK"))


def test_national_assembly_ratifies():
    kind, parties, _, _ = flagged_main(
        "Ратификация", "Народното събрание ратифицира споразумението между България и САЩ за сътрудничество "
                       "в областта на отбраната.")
    assert (kind, parties) == ("agreement_ratified", ("BG", "US"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Среща", "Министърът на отбраната на България проведе среща с колегата си от Румъния. Двамата "
                 "обсъдиха двустранното сътрудничество в областта на отбраната.")
    assert (kind, parties) == ("talks", ("BG", "RO"))


def test_a_visit_is_talks():
    kind, parties, _, _ = flagged_main(
        "Посещение", "Министърът на отбраната на България посети Сърбия, където обсъди с колегата си "
                     "военното сътрудничество.")
    assert (kind, parties) == ("talks", ("BG", "RS"))


def test_joint_exercise_held():
    kind, parties, _, _ = flagged_main(
        "Учение", "Съвместно учение на въоръжените сили на България и Румъния се проведе на полигона край "
                  "Шабла.")
    assert (kind, parties) == ("exercise", ("BG", "RO"))


@pytest.mark.parametrize("title,text", [
    ("МВР", "Министерствата на вътрешните работи на България и Сърбия подписаха протокол за съвместни "
            "гранични патрули."),
    ("Бъдеще", "България и Полша ще подпишат споразумение за военно сътрудничество през юни."),
    ("Ще бъде", "Споразумението между министерствата на отбраната на България и Хърватия ще бъде "
                "подписано през юни."),
    ("Учени", "Учени от България и Турция подписаха споразумение за съвместни изследвания в областта на "
              "енергетиката."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


def test_the_signing_named_as_a_noun_in_a_headline():
    kind, parties, _, _ = flagged_main(
        "Подписване на меморандум за разбирателство между министерствата на отбраната на България и Полша",
        "Подписване на меморандум за разбирателство между министерствата на отбраната на България и Полша")
    assert (kind, parties) == ("agreement_signed", ("BG", "PL"))


def test_troops_taking_part_in_a_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Учение", "Български и американски военнослужещи участват в съвместно учение на полигона Ново село.")
    assert (kind, parties) == ("exercise", ("BG", "US"))


def test_the_minister_talking_with_a_colleague_is_talks():
    kind, parties, _, _ = flagged_main(
        "Отбрана", "Министърът на отбраната разговаря с колегата си от Сърбия за двустранното военно "
                   "сътрудничество между България и Сърбия.")
    assert (kind, parties) == ("talks", ("BG", "RS"))


def test_an_approval_to_sign_is_not_a_signing():
    not_flagged("Отбрана", "Правителството одобри подписването на споразумение за военно сътрудничество между "
                           "България и Кипър.")


def test_a_ratification_bill_tabled_is_no_ratification():
    not_flagged("Парламент", "Министерският съвет внесе в Народното събрание законопроект за ратифициране на "
                             "споразумението за отбранително сътрудничество между България и САЩ.")


def test_a_contract_with_a_club_is_no_act_between_states():
    not_flagged("Футбол", "Министърът на отбраната подписа договор с футболния клуб ЦСКА за съвместна дейност. "
                          "България и Гърция ще играят приятелски мач.")


def test_adjectives_of_states_in_the_neuter():
    kind, parties, _, _ = flagged_main(
        "Учение", "Приключи съвместното руско-сръбско военно учение край Белград.")
    assert (kind, parties) == ("exercise", ("RS", "RU"))


def test_our_country_is_the_outlets_own_state():
    kind, parties, _, _ = flagged_main(
        "Отбрана", "Министърът на отбраната се срещна с гръцкия си колега и обсъдиха военното сътрудничество между "
                   "нашата страна и Гърция.")
    assert (kind, parties) == ("talks", ("BG", "GR"))
