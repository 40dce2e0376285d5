"""Armenian probes, in the reformed spelling and the classical one of the Western press: reports written
for these tests in the manner of the defence ministry and news agencies, and the usual traps."""

from functools import partial

import pytest

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="hy")
not_flagged = partial(conftest.assert_not_flagged, lang="hy")


def test_programme_for_a_year_is_a_plan():
    assert flagged_main(
        "Ծրագիր", "Երևանում Հայաստանի և Հունաստանի պաշտպանության նախարարները ստորագրել են 2026 թվականի "
                  "երկկողմ ռազմական համագործակցության ծրագիրը։")[:3] == ("plan_signed", ("AM", "GR"), 2026)


def test_abbreviated_republic_and_a_memorandum():
    kind, parties, _, _ = flagged_main(
        "Հուշագիր", "ՀՀ պաշտպանության նախարարության և Ֆրանսիայի զինված ուժերի նախարարության միջև "
                    "ստորագրվել է ռազմական կրթության ոլորտում համագործակցության հուշագիր։")
    assert (kind, parties) == ("agreement_signed", ("AM", "FR"))


def test_western_spelling_of_a_signing():
    kind, parties, _, _ = flagged_main(
        "Համաձայնագիր", "Հայաստանի եւ Հնդկաստանի պաշտպանութեան նախարարութիւնները ստորագրեցին "
                        "պաշտպանական գործակցութեան համաձայնագիր մը։")
    assert (kind, parties) == ("agreement_signed", ("AM", "IN"))


def test_national_assembly_ratifies():
    kind, parties, _, _ = flagged_main(
        "Վավերացում", "Ազգային ժողովը վավերացրել է Հայաստանի և Կիպրոսի միջև պաշտպանության ոլորտում "
                      "համագործակցության մասին համաձայնագիրը։")
    assert (kind, parties) == ("agreement_ratified", ("AM", "CY"))


def test_phone_call_of_defence_ministers_is_talks():
    kind, parties, _, _ = flagged_main(
        "Հեռախոսազրույց", "ՀՀ պաշտպանության նախարարը հեռախոսազրույց է ունեցել Իտալիայի պաշտպանության "
                          "նախարարի հետ։ Կողմերը քննարկել են երկկողմ ռազմական համագործակցության հարցեր։")
    assert (kind, parties) == ("talks", ("AM", "IT"))


def test_joint_exercise_held():
    kind, parties, _, _ = flagged_main(
        "Զորավարժություն", "Հայաստանի և ԱՄՆ զինված ուժերի համատեղ զորավարժությունը անցկացվել է Զարի "
                           "ուսումնական կենտրոնում։")
    assert (kind, parties) == ("exercise", ("AM", "US"))


@pytest.mark.parametrize("title,text", [
    ("Սահմանապահներ", "Հայաստանի և Վրաստանի սահմանապահ ծառայությունները ստորագրել են սահմանի համատեղ "
                      "պահպանության արձանագրություն։"),
    ("Ապագա", "Հայաստանի և Ֆրանսիայի պաշտպանության նախարարները հաջորդ ամիս կստորագրեն ռազմական "
              "համագործակցության ծրագիրը։"),
    ("Նախաստորագրում", "Հայաստանի և Վրաստանի կառավարությունները նախաստորագրել են պաշտպանության ոլորտում "
                       "համագործակցության համաձայնագիրը, որը կստորագրվի հաջորդ տարի։"),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)
