"""`pactwatch demo`: the whole product, offline, on the bundled demo site."""

import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from storage import open_db
from storage.events import list_events

LABELS = Path(__file__).resolve().parents[2] / "fixtures" / "demo_labels.jsonl"
ALERTED_KINDS = {"plan_signed", "agreement_signed", "agreement_ratified"}


def labels():
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_demo(db_path):
    return subprocess.run([sys.executable, "-m", "monitor", "--db", str(db_path), "demo"],
                          capture_output=True, text=True, timeout=180)


def path_of(url):
    return "/" + url.split("/", 3)[3]


@pytest.fixture(scope="module")
def demo_run(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("demo") / "demo.db"
    result = run_demo(db_path)
    assert result.returncode == 0, result.stderr
    return db_path, result


def test_demo_crawls_every_article_of_every_outlet_and_nothing_else(demo_run):
    db_path, result = demo_run
    db = open_db(db_path)
    urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    assert sorted(path_of(url) for url in urls) == sorted(label["id"] for label in labels())
    assert not any("/private/" in url or "about.html" in url or "utm_" in url for url in urls)
    statuses = {row[0]: row[1] for row in db.execute("SELECT source, status FROM crawl_runs")}
    assert statuses == {"demo_ministry": "ok", "demo_wire": "ok", "demo_daily": "ok"}
    assert f"{len(labels())} articles stored" in result.stdout


def test_demo_finds_each_labelled_story_as_one_event_listing_all_its_reports(demo_run):
    db_path, _ = demo_run
    events = list_events(open_db(db_path))
    flagged = [label for label in labels() if label["flagged"]]
    stories = defaultdict(list)
    for label in flagged:
        stories[label["story"]].append(label)

    for story, reports in stories.items():
        gold = reports[0]["events"][0]
        wanted = {label["id"] for label in reports}
        holding = [e for e in events if wanted <= {path_of(a["url"]) for a in e["articles"]}]
        assert len(holding) == 1, f"{story}: {len(holding)} events hold all its reports"
        [event] = holding
        assert (event["kind"], event["parties"], event["plan_year"]) == \
            (gold["kind"], gold["parties"], gold["plan_year"]), story
    reported = {path_of(a["url"]) for e in events for a in e["articles"]}
    assert reported == {label["id"] for label in flagged}


def test_demo_alerts_every_new_agreement_once_by_email_and_webhook(demo_run):
    db_path, result = demo_run
    events = [e for e in list_events(open_db(db_path)) if e["kind"] in ALERTED_KINDS]
    summary = re.search(r"Alerts sent: (\d+) emails .*?, (\d+) webhook calls", result.stdout)
    assert summary, result.stdout
    assert (int(summary.group(1)), int(summary.group(2))) == (len(events), len(events))
    webhook_ids = re.findall(r"webhook: event\.new \S+ \S+ \(event (\d+)\)", result.stdout)
    assert sorted(map(int, webhook_ids)) == sorted(e["id"] for e in events)
    assert "email:   Plan signed: Azerbaijan – Kazakhstan (2024)" in result.stdout


def test_demo_starts_from_a_fresh_database_each_time(db_path):
    assert run_demo(db_path).returncode == 0
    assert run_demo(db_path).returncode == 0
    db = open_db(db_path)
    assert db.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0] == 3
    assert db.execute("SELECT COUNT(*) FROM alerts WHERE status = 'sent'").fetchone()[0] == \
        2 * len([e for e in list_events(db) if e["kind"] in ALERTED_KINDS])


def test_demo_in_a_pipe_says_one_line_per_outlet_and_keeps_the_crawlers_log_in_a_file(demo_run):
    db_path, result = demo_run
    assert result.stderr == ""
    assert f"crawler log: {db_path}.crawl.log" in result.stdout.splitlines()
    outlets = re.findall(r"^(demo_\w+): ok, (\d+) new articles, 0 errors$", result.stdout, re.M)
    assert sorted(name for name, _ in outlets) == ["demo_daily", "demo_ministry", "demo_wire"]
    assert sum(int(new) for _, new in outlets) == len(labels())
    assert "INFO" not in result.stdout and "[scrapy" not in result.stdout
    log = Path(f"{db_path}.crawl.log").read_text(encoding="utf-8")
    assert log.count("Spider opened") == 3


def test_sources_lists_the_demo_outlets_though_the_default_config_names_none_of_them(demo_run):
    db_path, _ = demo_run
    listing = subprocess.run([sys.executable, "-m", "monitor", "--db", str(db_path), "sources", "--json"],
                             capture_output=True, text=True, timeout=60)
    assert listing.returncode == 0, listing.stderr
    others = {row["name"]: (row["articles"], row["status"]) for row in json.loads(listing.stdout)
              if not row["configured"]}
    counts = defaultdict(int)
    for label in labels():
        counts["demo_" + label["id"].split("/")[1]] += 1  # /ministry/..., /wire/..., /daily/...
    assert others == {name: (count, "ok") for name, count in counts.items()}


def test_demo_on_a_local_cluster_stores_the_same_articles_and_sends_the_same_alerts(demo_run, tmp_path):
    from monitor.demo.redis_server import REDIS_SERVER

    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (apt install redis-server)")
    db_path, result = demo_run
    cluster_db = tmp_path / "cluster.db"
    clustered = subprocess.run([sys.executable, "-m", "monitor", "--db", str(cluster_db), "demo", "--cluster"],
                               capture_output=True, text=True, timeout=300)

    assert clustered.returncode == 0, clustered.stdout + clustered.stderr
    assert "2 workers" in clustered.stdout

    def shown(db, output):
        database = open_db(db)
        urls = sorted(row[0] for row in database.execute("SELECT url FROM articles"))
        database.conn.close()
        alerts = sorted(line.split("(event")[0] for line in output.splitlines()
                        if line.startswith(("  email:", "  webhook:")))
        return [path_of(url) for url in urls], alerts
    assert shown(cluster_db, clustered.stdout) == shown(db_path, result.stdout)
