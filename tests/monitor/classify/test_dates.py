"""Event dates (absolute, relative, date lines) and plan years, per language."""

from datetime import date

from monitor.classify.dates import plan_year
from monitor.classify.lexicons import load
from tests.monitor.classify.conftest import main, run


def test_relative_weekday_is_resolved_against_the_publish_date():
    det = run("Plan signed", "The defence ministers of Kazakhstan and Kyrgyzstan on Tuesday signed the military "
                             "cooperation plan for 2026.", published=date(2025, 11, 14))
    assert main(det).date == "2025-11-11"


def test_today_is_the_publish_date():
    det = run("Ratified", "The parliament of Georgia today ratified the defence cooperation agreement with "
                          "Lithuania.", published=date(2025, 3, 5))
    assert main(det).date == "2025-03-05"


def test_relative_date_without_a_publish_date_stays_unknown():
    det = run("Plan signed", "The defence ministers of Kazakhstan and Kyrgyzstan on Tuesday signed the military "
                             "cooperation plan for 2026.")
    assert main(det).date is None


def test_date_line_gives_the_year_of_a_day_and_month():
    det = run("Plan signed", "Astana/12.11.25/Agency: The plan of bilateral military cooperation for 2026 was "
                             "signed on 11 November by the defence ministers of Kazakhstan and Uzbekistan.")
    assert main(det).date == "2025-11-11"


def test_year_is_completed_from_the_plan_year_when_nothing_else_is_known():
    det = run("План", "14 декабря министры обороны Таджикистана и России подписали план сотрудничества на "
                      "2026 год.", lang="ru")
    assert main(det).date == "2025-12-14"


def test_implausible_relative_date_is_dropped():
    det = run("Plan", " date 2020-01-01\nThe defence ministers of Georgia and Armenia on Monday signed the "
                      "cooperation plan for 2023.")
    assert main(det).date is None


def test_plan_years_in_each_language():
    assert plan_year("signed the plan for 2027 in baku", load("en")) == 2027
    assert plan_year("план сотрудничества на 2027 год", load("ru")) == 2027
    assert plan_year("2027-ci il üçün əməkdaşlıq planı", load("az")) == 2027
    assert plan_year("2027 yılı askeri iş birliği planı", load("tr")) == 2027
    assert plan_year("programme for 2027-2030", load("en")) == 2027


def test_plan_year_belongs_to_the_plan_not_to_a_programme_in_the_same_sentence():
    det = run("Документы", "Министры обороны Армении и Ирана подписали план сотрудничества на текущий год и "
                           "программу партнерства на 2027-2031 годы.", lang="ru")
    assert main(det).kind == "plan_signed" and main(det).plan_year is None
