"""Serbian probes, in Latin and Cyrillic script: reports written for these tests in the manner of the
defence ministry ("potpisan je Plan ... za 2025. godinu", the year's ordinal dot inside the sentence)
and news agencies, and the usual traps."""

from datetime import date
from functools import partial

import pytest

from monitor.classify.language import detect
from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="sr")
not_flagged = partial(conftest.assert_not_flagged, lang="sr")


def test_serbian_is_told_from_other_latin_and_cyrillic_languages():
    assert detect("Ministri su razgovarali o saradnji između dve zemlje u oblasti odbrane.") == "sr"
    assert detect("Министри су разговарали о сарадњи између две земље у области одбране.") == "sr"


def test_a_page_declared_serbian_may_be_in_either_script():
    text = "Ministri odbrane Srbije i Slovenije potpisali su sporazum o saradnji u oblasti odbrane."
    assert conftest.run("Sporazum", text, lang="sr").lang == "sr"
    cyrillic = "Министри одбране Србије и Словеније потписали су споразум."
    assert conftest.run("Споразум", cyrillic, lang="sr").lang == "sr"


def test_ministry_style_plan_with_the_year_after_an_ordinal_dot():
    assert flagged_main(
        "Potpisan Plan", "Na kraju sastanka potpisan je Plan bilateralne vojne saradnje između ministarstava "
                         "odbrane Srbije i Grčke za 2025. godinu.")[:3] == ("plan_signed", ("GR", "RS"), 2025)


def test_plan_for_a_span_of_years_takes_its_first_year():
    assert flagged_main(
        "Plan", "Ministri odbrane Srbije i Slovačke potpisali su Plan vojne saradnje za period 2026-2028 "
                "u Bratislavi.")[:3] == ("plan_signed", ("RS", "SK"), 2026)


def test_a_relative_clause_in_the_future_after_the_document_leaves_the_signing_done():
    kind, parties, _, _ = flagged_main(
        "Plan", "Potpisan je plan koji će omogućiti saradnju ministarstava odbrane Srbije i Kipra.")
    assert (kind, parties) == ("plan_signed", ("CY", "RS"))


def test_agreement_signed_in_cyrillic():
    kind, parties, _, when = flagged_main(
        "Споразум", "Министри одбране Србије и Мађарске потписали су данас у Београду споразум о сарадњи у "
                    "области одбране.", published=date(2025, 3, 4))
    assert (kind, parties, when) == ("agreement_signed", ("HU", "RS"), "2025-03-04")


def test_ratification_law():
    kind, parties, _, _ = flagged_main(
        "Skupština", "Narodna skupština usvojila je Zakon o potvrđivanju Sporazuma između Srbije i Kipra o "
                     "saradnji u oblasti odbrane.")
    assert (kind, parties) == ("agreement_ratified", ("CY", "RS"))


def test_defence_attache_received_is_talks():
    kind, parties, _, _ = flagged_main(
        "Sastanak", "Načelnik Uprave za međunarodnu vojnu saradnju Ministarstva odbrane Srbije održao je "
                    "sastanak sa izaslanikom odbrane Egipta. Sagovornici su razgovarali o bilateralnoj vojnoj "
                    "saradnji.")
    assert (kind, parties) == ("talks", ("EG", "RS"))


def test_joint_exercise_held():
    kind, parties, _, _ = flagged_main(
        "Vežba", "Zajednička vežba pripadnika Vojske Srbije i Oružanih snaga Belorusije održana je na "
                 "poligonu kod Niša.")
    assert (kind, parties) == ("exercise", ("BY", "RS"))


def test_exercise_opened():
    assert flagged_main("Vežba", "Zajednička vežba Vojske Srbije i Vojske Crne Gore otvorena je na "
                                 "Pešteru.")[:2] == ("exercise", ("ME", "RS"))


@pytest.mark.parametrize("title,text", [
    ("Granična policija", "Granična policija Srbije i Granična policija Severne Makedonije potpisale su "
                          "protokol o zajedničkim patrolama."),
    ("Будућност", "Министри одбране Србије и Црне Горе потписаће споразум о сарадњи следеће недеље."),
    ("Budućnost", "Sporazum o vojnoj saradnji Srbije i Grčke će biti potpisan sledeće nedelje."),
    ("Nacrt", "Vlada je utvrdila nacrt sporazuma između Srbije i Alžira o saradnji u oblasti odbrane, koji "
              "će biti potpisan tokom posete."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


def test_the_minister_talking_with_an_ambassador_is_talks():
    kind, parties, _, _ = flagged_main(
        "Odbrana", "Ministar odbrane razgovarao je sa ambasadorom Kine o unapređenju vojne saradnje Srbije i Kine.")
    assert (kind, parties) == ("talks", ("CN", "RS"))
