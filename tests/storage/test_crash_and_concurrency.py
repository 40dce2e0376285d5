"""Several processes on one database file, and writes that fail halfway: nothing is lost or half-kept."""

import itertools
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request

import pytest

from monitor.config import load_config
from monitor.runs.crawling import crawl_command, crawl_environment
from storage import open_db
from storage.articles import upsert_article
from storage.db import transaction
from storage.detections import save_detection
from storage.schema import LATEST_VERSION, current_version
from tests.serving import serving
from tests.sites import article_html, rss, words

OPEN_AT_THE_SIGNAL = """
import pathlib, sys, time
from storage import open_db
folder = pathlib.Path(sys.argv[1])
(folder / f"ready-{sys.argv[2]}").touch()
while not (folder / "go").exists():
    time.sleep(0.001)
open_db(folder / "pactwatch.db").conn.close()
"""


def start_together(folder, count: int) -> list[subprocess.Popen]:
    """Start `count` processes that each open the same new database at one signal."""
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_AT_THE_SIGNAL, str(folder), str(n)],
                                  stderr=subprocess.PIPE, text=True) for n in range(count)]
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    (folder / "go").touch()
    return processes


def test_processes_opening_a_new_database_at_once_migrate_it_once(tmp_path):
    for attempt in range(2):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        processes = start_together(folder, 6)
        errors = [process.communicate()[1] for process in processes if process.wait() != 0]

        assert errors == []
        db = open_db(folder / "pactwatch.db")
        assert current_version(db) == LATEST_VERSION
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.conn.close()


def test_writes_in_one_transaction_are_kept_or_lost_together(db):
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(db):
            upsert_article(db, url="https://e.org/1", source="s", title="Kept?", text="only with its verdict")
            save_detection(db, 999_999, classifier_version="1", lang="en", flagged=False, events=[])

    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    with transaction(db):
        stored = upsert_article(db, url="https://e.org/1", source="s", title="Kept", text="with its verdict")
        save_detection(db, stored.id, classifier_version="1", lang="en", flagged=False, events=[])
    assert db.execute("SELECT COUNT(*) FROM detections WHERE article_id = ?", [stored.id]).fetchone()[0] == 1


CONCURRENT_CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "wire"
feeds = ["{base}/wire.xml"]
download_delay = 0
allow_private = true

[[sources]]
name = "daily"
feeds = ["{base}/daily.xml"]
download_delay = 0
allow_private = true
enabled = false
"""
PER_SOURCE = 20


def two_feeds(site) -> None:
    for name in ("wire", "daily"):
        items = []
        for number in range(PER_SOURCE):
            path = f"/{name}/{number}.html"
            site.add(path, article_html(f"{name} story {number}", [words(f"{name}{number}")]), delay=0.15)
            items.append((site.url(path), f"{name} {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
        site.add(f"/{name}.xml", rss(items), "application/rss+xml")


class DirectReader(threading.Thread):
    """Reads the database the way another tool would (plain sqlite3, default timeout) until stopped."""

    def __init__(self, db_path):
        super().__init__(daemon=True)
        self.db_path = db_path
        self.reads = 0
        self.errors: list[str] = []
        self.done = threading.Event()

    def run(self):
        while not self.done.is_set():
            try:
                conn = sqlite3.connect(self.db_path)
                conn.execute("SELECT COUNT(*) FROM articles").fetchone()
                conn.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'delegation' LIMIT 5").fetchall()
                conn.execute("SELECT e.id, COUNT(*) FROM events e JOIN event_articles a ON a.event_id = e.id"
                             " GROUP BY e.id").fetchall()
                conn.close()
                self.reads += 1
            except sqlite3.Error as exc:
                self.errors.append(str(exc))
            time.sleep(0.01)


class WebReader(threading.Thread):
    """Reads pages of a running `pactwatch serve` (the events table, a search, a canned query) until stopped."""

    PAGES = ("/pactwatch/events.json", "/pactwatch/articles.json?_search=delegation",
             "/pactwatch/sources_and_last_crawl.json", "/-/events.atom")

    def __init__(self, base_url):
        super().__init__(daemon=True)
        self.base_url = base_url
        self.reads = 0
        self.errors: list[str] = []
        self.done = threading.Event()

    def run(self):
        pages = itertools.cycle(self.PAGES)
        while not self.done.is_set():
            page = next(pages)
            try:
                with urllib.request.urlopen(self.base_url.rstrip("/") + page, timeout=30) as response:
                    response.read()
                self.reads += 1
            except urllib.error.HTTPError as exc:
                self.errors.append(f"{page}: HTTP {exc.code}: {exc.read()[:300]!r}")
            except OSError as exc:
                self.errors.append(f"{page}: {exc}")
            time.sleep(0.05)


def test_daemon_manual_crawl_and_readers_at_once_never_see_a_locked_database(site, write_config, db_path,
                                                                             tmp_path):
    two_feeds(site)
    config_path = write_config(CONCURRENT_CONFIG.replace("{base}", site.base_url))
    config = load_config(config_path, db=db_path)
    open_db(db_path).conn.close()
    cli = [sys.executable, "-m", "monitor", "--config", str(config_path), "--db", str(db_path)]
    logs = {name: open(tmp_path / f"{name}.log", "w+") for name in ("daemon", "scrapy")}
    with serving(db_path) as url:
        web = WebReader(url)
        web.start()
        daemon = subprocess.Popen([*cli, "run", "--once"], stdout=logs["daemon"], stderr=subprocess.STDOUT)
        manual = subprocess.Popen(crawl_command("daily", log_level="INFO"), env=crawl_environment(config),
                                  stdout=logs["scrapy"], stderr=subprocess.STDOUT)
        reader = DirectReader(db_path)
        reader.start()
        answers, commands = [], itertools.cycle((["events", "--json"], ["articles", "--json"], ["status", "--json"]))
        while daemon.poll() is None or manual.poll() is None:
            answers.append(subprocess.run([*cli, *next(commands)], capture_output=True, text=True, timeout=60))
        for thread in (web, reader):
            thread.done.set()
            thread.join()

    outputs = [log.seek(0) or log.read() for log in logs.values()] + [a.stdout + a.stderr for a in answers]
    assert daemon.returncode == 0 and manual.returncode == 0, outputs[:2]
    assert [a.returncode for a in answers] == [0] * len(answers)
    assert len(answers) >= 3 and reader.reads > 10
    assert reader.errors == []
    assert web.reads > 3 and web.errors == []
    assert not any("locked" in output.lower() for output in outputs)
    db = open_db(db_path)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert db.execute("SELECT COUNT(DISTINCT url), COUNT(*) FROM articles").fetchone() == (2 * PER_SOURCE,) * 2
    assert [row[0] for row in db.execute("SELECT status FROM crawl_runs")] == ["ok", "ok"]
    db.conn.close()
