"""Grouping reports into real-world events (monitor.events.cluster): pure, no storage."""

from datetime import date

from monitor.classify.model import Event
from monitor.events.cluster import Report, cluster, compatible


def _report(article_id, kind="plan_signed", parties=("AZ", "GE"), plan_year=2026, day=None, published=None):
    event = Event(kind=kind, parties=parties, plan_year=plan_year, date=day)
    return Report(article_id, event, published)


def test_reports_of_one_signing_merge_across_outlets():
    groups = cluster([_report("a", day="2025-11-10"), _report("b", day="2025-11-12"), _report("c")])
    assert [sorted(group.article_ids) for group in groups] == [["a", "b", "c"]]


def test_different_plan_years_stay_apart():
    groups = cluster([_report("a", plan_year=2025), _report("b", plan_year=2026)])
    assert len(groups) == 2


def test_dates_outside_the_window_stay_apart():
    assert not compatible(_report("a", day="2025-01-01"), _report("b", day="2025-03-01"))


def test_publish_date_stands_in_for_a_missing_event_date():
    far = _report("b", published=date(2025, 6, 1))
    assert not compatible(_report("a", day="2025-01-01"), far)


def test_different_parties_or_kinds_stay_apart():
    assert not compatible(_report("a"), _report("b", parties=("AZ", "KZ")))
    assert not compatible(_report("a", kind="agreement_ratified"), _report("b", kind="agreement_signed"))


def test_talks_report_joins_the_signing_of_the_same_meeting():
    groups = cluster([_report("a", day="2025-11-10"), _report("b", kind="talks", plan_year=None, day="2025-11-10")])
    assert len(groups) == 1


def test_unknown_values_do_not_chain_unrelated_events():
    groups = cluster([_report("a", plan_year=2025, day="2024-10-01"), _report("b", plan_year=None),
                      _report("c", plan_year=2026, day="2025-10-01")])
    assert len(groups) == 2
    assert all(not {"a", "c"} <= set(group.article_ids) for group in groups)
