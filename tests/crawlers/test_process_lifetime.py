"""A crawl's processes end with whoever started them, and one source is never crawled twice at once:
real `pactwatch` and `scrapy crawl` processes, killed with real signals."""

import os
import signal
import subprocess
import sys
import time

from monitor.config import load_config
from monitor.runs.crawling import crawl_command, crawl_environment
from storage import open_db
from tests.processes import children, wait_gone
from tests.sites import article_html, rss, words

PACTWATCH = os.path.join(os.path.dirname(sys.executable), "pactwatch")
CONFIG = """
[crawler]
autothrottle = false
extraction_workers = 2

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""
ARTICLES = 8


def slow_wire(site, delay: float) -> None:
    """ARTICLES stories, each answered after `delay` seconds (two at a time: the crawl takes a while)."""
    items = []
    for number in range(1, ARTICLES + 1):
        site.add(f"/news/{number}.html", article_html(f"Story {number}", [words(str(number))]), delay=delay)
        items.append((site.url(f"/news/{number}.html"), f"Story {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/rss.xml", rss(items), "application/rss+xml")


def query(db_path, sql):
    if not db_path.exists():
        return []
    db = open_db(db_path)
    try:
        return [tuple(row) for row in db.execute(sql)]
    finally:
        db.conn.close()


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError("timed out")


def running_crawl(db_path):
    """The pid of the crawl process of the newest running run, once it has stored an article."""
    rows = query(db_path, "SELECT pid FROM crawl_runs WHERE status = 'running' ORDER BY id DESC")
    stored = query(db_path, "SELECT COUNT(*) FROM articles")
    return rows[0][0] if rows and stored and stored[0][0] >= 1 else None


def test_kill_9_of_run_once_ends_its_crawl_and_an_immediate_rerun_does_not_crawl_beside_it(
        site, write_config, db_path, tmp_path):
    slow_wire(site, delay=3.0)
    config = write_config(CONFIG.replace("{base}", site.base_url))
    command = [PACTWATCH, "--config", str(config), "--db", str(db_path), "run", "--once"]
    with (tmp_path / "first.log").open("w") as log:
        first = subprocess.Popen(command, stdout=log, stderr=log)
    crawl_pid = wait_for(lambda: running_crawl(db_path))
    workers = children(crawl_pid)
    assert len(workers) == 2

    first.kill()
    first.wait()
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=180)

    assert rerun.returncode == 0, rerun.stderr
    assert wait_gone([crawl_pid, *workers], 5) == []
    (_, first_status, first_end), (second_start, second_status, _) = query(
        db_path, "SELECT started_at, status, finished_at FROM crawl_runs ORDER BY id")
    assert first_status == "interrupted"  # stopped when run --once died, not left to run its course
    assert second_status == "ok"
    assert second_start >= first_end  # the re-run waited for it: never two crawls of one source at once
    assert query(db_path, "SELECT COUNT(*), COUNT(DISTINCT url) FROM articles") == [(ARTICLES, ARTICLES)]
    fetched = [path for path in site.paths_requested() if path.startswith("/news/")]
    assert len(fetched) - len(set(fetched)) <= 2  # only the pages in flight when the first crawl stopped


def test_a_crawl_waits_for_one_of_the_same_source_already_running(site, write_config, db_path):
    # About 24 s of crawl: two more crawls must start while it runs, and on a loaded machine each
    # takes several seconds to start.
    slow_wire(site, delay=6.0)
    config_path = write_config(CONFIG.replace("{base}", site.base_url))
    config = load_config(config_path, db=db_path)
    manual = subprocess.Popen(crawl_command("wire", log_level="WARNING"), env=crawl_environment(config),
                              stderr=subprocess.DEVNULL)
    try:
        manual_pid = wait_for(lambda: running_crawl(db_path))
        beside = subprocess.run(crawl_command("wire", log_level="WARNING"), env=crawl_environment(config),
                                capture_output=True, text=True, timeout=60)
        waited = subprocess.run([PACTWATCH, "--config", str(config_path), "--db", str(db_path), "crawl", "wire"],
                                capture_output=True, text=True, timeout=120)
    finally:
        manual.wait(60)

    assert beside.returncode == 1
    assert f"Error: a crawl of wire is already running (pid {manual_pid}); try again when it has ended" in \
        beside.stderr
    assert waited.returncode == 0, waited.stderr
    assert f"a crawl of wire is already running (pid {manual_pid}); waiting for it to end" in waited.stderr
    (first_end,), (second_start,) = query(db_path, "SELECT finished_at FROM crawl_runs ORDER BY id LIMIT 1"), \
        query(db_path, "SELECT started_at FROM crawl_runs ORDER BY id DESC LIMIT 1")
    assert len(query(db_path, "SELECT id FROM crawl_runs")) == 2
    assert second_start >= first_end
    fetched = [path for path in site.paths_requested() if path.startswith("/news/")]
    assert sorted(fetched) == sorted(set(fetched))  # no page fetched twice


def test_extraction_workers_die_with_a_crawl_killed_hard_and_end_on_sigterm(site, write_config, db_path):
    slow_wire(site, delay=1.0)
    config = load_config(write_config(CONFIG.replace("{base}", site.base_url)), db=db_path)

    def start_crawl():
        crawl = subprocess.Popen(crawl_command("wire", log_level="WARNING"), env=crawl_environment(config),
                                 stderr=subprocess.DEVNULL)
        wait_for(lambda: running_crawl(db_path) == crawl.pid and len(children(crawl.pid)) == 2)
        return crawl, children(crawl.pid)

    killed, workers = start_crawl()
    assert len(workers) == 2
    killed.kill()
    killed.wait()
    assert wait_gone(workers, 10) == [], "extraction workers outlived their crawl"

    crawl, (worker, _) = start_crawl()
    try:
        os.kill(worker, signal.SIGTERM)
        assert wait_gone([worker], 10) == [], "an extraction worker ignored SIGTERM"
    finally:
        crawl.wait(60)
