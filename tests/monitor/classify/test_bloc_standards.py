"""A bloc named as the owner of standards ("in line with NATO standards", "по стандартам НАТО", "NATO
standartlarına uyğun") takes no part in the act: two states' joint exercise so described stays
bilateral. And the "with" of a frame phrase ("in line with", "in accordance with") names a norm, not a
partner: one state's exercise told beside another state is no joint one. Probes written for these
tests."""

import pytest

from tests.monitor.classify import conftest

JOINT_TO_NATO_STANDARDS = [
    ("en", "Azerbaijani and Turkish troops held a joint exercise in line with NATO standards.", "AZ TR"),
    ("ru", "Военные Азербайджана и Турции провели совместные учения по стандартам НАТО.", "AZ TR"),
    ("az", "Azərbaycan və Türkiyə hərbçiləri NATO standartlarına uyğun birgə təlim keçiriblər.", "AZ TR"),
    ("tr", "Türk ve Azerbaycan askerleri NATO standartlarında ortak tatbikat icra etti.", "AZ TR"),
    ("ka", "საქართველოს და აშშ-ის სამხედროებმა ნატოს სტანდარტების შესაბამისად ერთობლივი სწავლება ჩაატარეს.",
     "GE US"),
    ("uk", "Військові України та Польщі провели спільні навчання за стандартами НАТО.", "PL UA"),
]


@pytest.mark.parametrize("lang, text, pair", JOINT_TO_NATO_STANDARDS, ids=[case[0] for case in JOINT_TO_NATO_STANDARDS])
def test_a_joint_exercise_to_a_blocs_standards_is_the_two_states(lang, text, pair):
    kind, parties, _, _ = conftest.flagged_main("Exercise", text, lang=lang)
    assert (kind, parties) == ("exercise", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", [
    ("en", "Georgian troops held an exercise in line with NATO standards, the Georgian defence ministry said, "
           "thanking the United States for its support."),
    ("ro", "Armata Republicii Moldova a desfășurat un exercițiu în conformitate cu standardele NATO, cu "
           "sprijinul instructorilor din România."),
])
def test_the_with_of_in_line_with_names_no_partner(lang, text):
    conftest.assert_not_flagged("Exercise", text, lang=lang)


def test_an_exercise_with_a_partner_stays_joint():
    assert conftest.flagged_main("Exercise", "Georgian troops held an exercise with the United States Army in "
                                             "Vaziani.", lang="en")[:2] == ("exercise", ("GE", "US"))
