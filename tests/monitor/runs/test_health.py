"""A source turns 'failing' once, on the run that completes a streak of bad runs, and 'recovered' once."""

from monitor.runs.health import FAILING, RECOVERED, health_change
from storage import runs


def crawl(db, source, *, ok=True, links=5):
    run_id = runs.start_run(db, source)
    runs.finish_run(db, run_id, status=runs.OK if ok else runs.FAILED, requests=3, articles_new=0,
                    articles_seen=0, errors=0 if ok else 1, finish_reason="finished",
                    stats={"pactwatch/article_links": links})
    return health_change(db, source, after_runs=2)


def test_two_bad_runs_in_a_row_report_failing_once(db):
    assert crawl(db, "s") is None
    assert crawl(db, "s", ok=False) is None
    change = crawl(db, "s", links=0)
    assert change.status == FAILING
    assert "no articles found in the last 2 runs" in change.message
    assert crawl(db, "s", ok=False) is None


def test_first_good_run_after_a_failing_streak_reports_recovery_once(db):
    crawl(db, "s", ok=False)
    assert crawl(db, "s", ok=False).status == FAILING
    assert crawl(db, "s").status == RECOVERED
    assert crawl(db, "s") is None


def test_a_new_source_failing_from_its_first_runs_is_reported(db):
    assert crawl(db, "fresh", ok=False) is None
    assert crawl(db, "fresh", ok=False).status == FAILING


def test_sources_are_judged_separately(db):
    crawl(db, "a", ok=False)
    assert crawl(db, "b", ok=False) is None
