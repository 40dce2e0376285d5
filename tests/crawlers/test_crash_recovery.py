"""A crawl killed at any moment leaves a consistent database; the next run finishes the job."""

import os
import signal
import subprocess
import time

from monitor.config import load_config
from monitor.runs.crawling import crawl_command, crawl_environment
from storage import open_db
from tests.processes import all_gone
from tests.sites import article_html, rss, words

CONFIG = """
[crawler]
autothrottle = false
concurrent_per_domain = 1

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""


def count(db_path, sql):
    db = open_db(db_path)
    value = db.execute(sql).fetchone()[0]
    db.conn.close()
    return value


def searchable(db_path) -> int:
    """How many articles the full-text index finds by their titles' common word, once its own integrity
    check passes (it raises when the index and the articles disagree)."""
    db = open_db(db_path)
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    found = db.execute("SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH 'story'").fetchone()[0]
    db.conn.close()
    return found


def test_sigkill_mid_crawl_then_rerun_stores_everything_once(site, write_config, db_path, crawl):
    items = []
    for number in range(1, 11):
        site.add(f"/news/{number}.html", article_html(f"Story {number}", [words(str(number))]), delay=0.4)
        items.append((site.url(f"/news/{number}.html"), f"Story {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/rss.xml", rss(items), "application/rss+xml")
    config_path = write_config(CONFIG.replace("{base}", site.base_url))
    config = load_config(config_path, db=db_path)

    process = subprocess.Popen(crawl_command("wire", log_level="WARNING"), env=crawl_environment(config))
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not db_path.exists() or count(db_path, "SELECT COUNT(*) FROM articles") < 3):
        time.sleep(0.1)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert all_gone(db_path)  # its extraction workers died with it

    stored_before = count(db_path, "SELECT COUNT(*) FROM articles")
    assert 3 <= stored_before < 10
    assert count(db_path, "PRAGMA integrity_check") == "ok"
    assert count(db_path, "SELECT COUNT(*) FROM articles WHERE id NOT IN (SELECT article_id FROM detections)") == 0
    assert searchable(db_path) == stored_before

    site.requests.clear()
    outcome = crawl(config_path, "wire")

    assert outcome.ok
    assert count(db_path, "SELECT COUNT(*) FROM articles") == 10
    assert count(db_path, "SELECT COUNT(DISTINCT url) FROM articles") == 10
    assert searchable(db_path) == 10
    fetched_again = [p for p in site.paths_requested() if p.startswith("/news/")]
    assert len(fetched_again) == 10 - stored_before
    statuses = [row[0] for row in open_db(db_path).execute("SELECT status FROM crawl_runs ORDER BY id")]
    assert statuses == ["interrupted", "ok"]
