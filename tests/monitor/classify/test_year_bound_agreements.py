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
