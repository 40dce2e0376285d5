"""An agreement or memorandum "for 2025" is bound to that year: its plan year is read as a plan's is."""

from tests.monitor.classify import conftest


def test_memorandum_for_a_year_carries_the_year():
    assert conftest.flagged_main(
        "Меморандум", "Министерства обороны Узбекистана и Азербайджана подписали меморандум о военном "
                      "сотрудничестве на 2025 год.")[:3] == ("agreement_signed", ("AZ", "UZ"), 2025)


def test_a_date_is_no_plan_year_of_an_agreement():
    assert conftest.flagged_main(
        "Соглашение", "Министры обороны Армении и Греции подписали 5 мая 2025 года соглашение о военном "
                      "сотрудничестве.")[:3] == ("agreement_signed", ("AM", "GR"), None)


def test_an_old_agreement_named_by_its_year_is_background_not_a_plan_year():
    # Georgian says "the agreement of 2005" and "the plan for 2026" with one genitive ("2005 წლის").
    detection = conftest.run(
        "ოქმი", "საქართველოსა და აზერბაიჯანის თავდაცვის მინისტრებმა 2005 წლის შეთანხმებას ხელი მოაწერეს.",
        published=__import__("datetime").date(2025, 6, 2))
    assert not detection.flagged, detection.events
