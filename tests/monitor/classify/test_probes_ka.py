"""Georgian probes: reports written for these tests in the manner of the defence ministry and news
agencies (case endings on the names, the document in the dative before "ხელი მოაწერეს"), and the traps."""

from datetime import date
from functools import partial

import pytest

from monitor.classify.language import detect
from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="ka")
not_flagged = partial(conftest.assert_not_flagged, lang="ka")


def test_georgian_script_is_georgian():
    assert detect("მხარეებმა ორმხრივი თანამშრომლობის საკითხები განიხილეს.") == "ka"


def test_plan_for_a_year_signed():
    assert flagged_main(
        "გეგმა", "თბილისში საქართველოსა და აზერბაიჯანის თავდაცვის მინისტრებმა 2026 წლის ორმხრივი სამხედრო "
                 "თანამშრომლობის გეგმას ხელი მოაწერეს.")[:3] == ("plan_signed", ("AZ", "GE"), 2026)


def test_verb_before_its_object_and_a_date_that_is_no_plan_year():
    kind, parties, year, when = flagged_main(
        "მემორანდუმი", "2025 წლის 12 მარტს საქართველოს თავდაცვის სამინისტრომ და ლიეტუვის თავდაცვის "
                       "სამინისტრომ მოაწერეს ხელი მემორანდუმს სამხედრო განათლების სფეროში.",
        published=date(2025, 3, 13))
    assert (kind, parties, year, when) == ("agreement_signed", ("GE", "LT"), None, "2025-03-12")


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "რატიფიცირება", "საქართველოს პარლამენტმა საქართველოსა და პოლონეთს შორის თავდაცვის სფეროში "
                        "თანამშრომლობის შესახებ შეთანხმების რატიფიცირება მოახდინა.")
    assert (kind, parties) == ("agreement_ratified", ("GE", "PL"))


def test_minister_hosts_a_counterpart():
    kind, parties, _, _ = flagged_main(
        "შეხვედრა", "საქართველოს თავდაცვის მინისტრმა ესტონეთის თავდაცვის მინისტრს უმასპინძლა. მხარეებმა "
                    "ორმხრივი სამხედრო თანამშრომლობის პერსპექტივები განიხილეს.")
    assert (kind, parties) == ("talks", ("EE", "GE"))


def test_joint_exercise_held():
    kind, parties, _, _ = flagged_main(
        "სწავლება", "ვაზიანის სასწავლო ცენტრში საქართველოსა და აშშ-ის შეიარაღებული ძალების ერთობლივი "
                    "სწავლება ჩატარდა.")
    assert (kind, parties) == ("exercise", ("GE", "US"))


def test_exercise_opened_and_a_visit_to_the_general_staff():
    assert flagged_main("სწავლება", "საქართველოსა და ამერიკის შეერთებული შტატების შეიარაღებული ძალების "
                                    "ერთობლივი სწავლება ვაზიანში გაიხსნა.")[:2] == ("exercise", ("GE", "US"))
    assert flagged_main("ვიზიტი", "საქართველოს თავდაცვის ძალების მეთაური ყაზახეთის შეიარაღებული ძალების "
                                  "გენერალურ შტაბს ეწვია. მხარეებმა ორმხრივი თანამშრომლობა განიხილეს.")[:2] == \
        ("talks", ("GE", "KZ"))


@pytest.mark.parametrize("title,text", [
    ("სასაზღვრო პოლიცია", "საქართველოს სასაზღვრო პოლიციამ და სომხეთის სასაზღვრო სამსახურმა საზღვრის "
                          "ერთობლივი დაცვის ოქმს ხელი მოაწერეს."),
    ("მომავალი", "საქართველოს და უკრაინის თავდაცვის მინისტრები თანამშრომლობის გეგმას მომავალ კვირას "
                 "მოაწერენ ხელს."),
    ("სამმხრივი", "საქართველოს, აზერბაიჯანისა და თურქეთის თავდაცვის მინისტრების სამმხრივი შეხვედრა "
                  "ბათუმში გაიმართა."),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)
