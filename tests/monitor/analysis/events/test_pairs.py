"""A pair's history (monitor.analysis.pairs): plans by year and the plan expected after a run of yearly plans."""

from datetime import date

import pytest

from monitor.analysis.pairs import normalise_pair, overdue_plans, pair_history


def plan(event_id, year, day=None, published=None, parties=("KZ", "AZ")):
    return {"id": event_id, "kind": "plan_signed", "parties": list(parties), "plan_year": year, "date": day,
            "first_seen": "2026-12-01T00:00:00+00:00",
            "articles": [{"published_at": published}] if published else []}


def yearly_december_plans():
    return [plan(year, year, f"{year - 1}-12-{10 + year % 5:02d}") for year in range(2021, 2026)]


def test_a_pair_with_plans_for_five_years_in_a_row_expects_the_next_by_the_month_after_december():
    history = pair_history(["AZ", "KZ"], yearly_december_plans(), today=date(2026, 3, 1))

    assert history.plan_years == [2021, 2022, 2023, 2024, 2025]
    assert history.expected.describe() == "plan for 2026: not yet reported (expected by ~Jan 2026, overdue)"
    assert overdue_plans([history]) == [history]
    before = pair_history(["AZ", "KZ"], yearly_december_plans(), today=date(2025, 12, 20))
    assert before.expected.describe() == "plan for 2026: not yet reported (expected by ~Jan 2026)"
    assert not before.expected.overdue and overdue_plans([before]) == []


def test_the_usual_month_counts_undated_plans_by_their_first_reports_publish_day():
    plans = [plan(year, year, published=f"{year}-02-0{year % 5 + 1}T09:00:00+00:00") for year in range(2022, 2025)]
    history = pair_history(["AZ", "KZ"], plans, today=date(2025, 1, 15))

    assert history.expected.plan_year == 2025 and history.expected.expected_by == date(2025, 3, 1)


def test_no_plan_is_expected_after_a_short_run_a_gap_or_a_run_that_ended_long_ago():
    two_years = [plan(1, 2024, "2023-12-01"), plan(2, 2025, "2024-12-01")]
    assert pair_history(["AZ", "KZ"], two_years, today=date(2026, 1, 1)).expected is None
    gap = [plan(1, 2021, "2020-12-01"), plan(2, 2022, "2021-12-01"), plan(3, 2024, "2023-12-01"),
           plan(4, 2025, "2024-12-01")]
    assert pair_history(["AZ", "KZ"], gap, today=date(2026, 1, 1)).expected is None
    old = [plan(year, year, f"{year - 1}-12-01") for year in range(2015, 2019)]
    assert pair_history(["AZ", "KZ"], old, today=date(2026, 1, 1)).expected is None


def test_the_history_keeps_only_events_of_exactly_the_two_states_newest_by_their_day_undated_last():
    events = [plan(1, 2024, "2023-12-01"), plan(2, 2025, None, parties=("AZ", "KZ")),
              plan(3, 2025, "2024-12-01", parties=("AZ", "GE")),
              {"id": 4, "kind": "talks", "parties": ["AZ", "KZ"], "plan_year": None, "date": "2024-05-02",
               "first_seen": "2026-12-01T00:00:00+00:00", "articles": []},
              {"id": 5, "kind": "exercise", "parties": ["AZ", "KZ", "UZ"], "plan_year": None, "date": "2024-06-01",
               "first_seen": "2026-12-01T00:00:00+00:00", "articles": []}]
    history = pair_history(["kz", "az"], events, today=date(2026, 1, 1))

    assert history.parties == ("AZ", "KZ")
    assert [event["id"] for event in history.events] == [4, 1, 2]
    assert list(history.plans) == [2024, 2025]


@pytest.mark.parametrize("text", ["AZ", "AZ-AZ", "AZE-KZ", "A1-KZ", "AZ-KZ-UZ", ""])
def test_a_pair_is_two_different_codes(text):
    with pytest.raises(ValueError, match="pair of states"):
        normalise_pair(text)
    assert normalise_pair("kz-az") == ("AZ", "KZ")
