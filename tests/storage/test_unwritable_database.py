"""A full disk or a read-only database: one clear error naming the file, a non-zero exit,
nothing half-written, and the next run (with room again) finishes the job.

The disk fills up for real: the crawl runs under RLIMIT_FSIZE, so SQLite's writes fail
past a size, as on a full disk. Read-only is a chmod, or for root (whom permissions do not
stop) the immutable attribute; the tests skip when neither makes the file read-only.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.runs.crawling import crawl_environment
from storage import open_db
from tests.sites import WIRE_CONFIG, article_html, rss, words

PACTWATCH = [sys.executable, "-m", "monitor"]
ARTICLES = 20
# Room for a few of the ARTICLES, not all: the crawl stores them several to a transaction
# (crawlers/pipelines.py), which writes fewer pages than one each: the 20 fit in 100 KB, and in
# 60 KB since the articles of a transaction are inserted together (one search-index segment).
ROOM_BYTES = 40 * 1024



def wire_site(site, count: int) -> None:
    items = []
    for number in range(count):
        path = f"/news/{number}.html"
        site.add(path, article_html(f"Story {number}", [words(f"story{number}", 400)]))
        items.append((site.url(path), f"Story {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/rss.xml", rss(items), "application/rss+xml")


def pactwatch(config_path: Path, db_path: Path, *args: str, file_size_limit: int | None = None):
    def limit_file_size():
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))

    return subprocess.run([*PACTWATCH, "--config", str(config_path), "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120,
                          preexec_fn=limit_file_size if file_size_limit else None)


def facts(db_path: Path) -> dict:
    db = open_db(db_path)
    found = {
        "integrity": db.execute("PRAGMA integrity_check").fetchone()[0],
        "articles": db.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
        "urls": db.execute("SELECT COUNT(DISTINCT url) FROM articles").fetchone()[0],
        "without_verdict": db.execute("SELECT COUNT(*) FROM articles WHERE id NOT IN "
                                      "(SELECT article_id FROM detections)").fetchone()[0],
        "runs": [row[0] for row in db.execute("SELECT status FROM crawl_runs ORDER BY id")],
    }
    db.execute("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')")
    db.conn.close()
    return found


def test_a_full_disk_stops_the_crawl_with_one_error_and_the_next_run_finishes(site, write_config, db_path):
    wire_site(site, ARTICLES)
    config_path = write_config(WIRE_CONFIG.replace("{base}", site.base_url))
    open_db(db_path).conn.close()
    full = pactwatch(config_path, db_path, "crawl", "--quiet", "wire",
                     file_size_limit=db_path.stat().st_size + ROOM_BYTES)

    assert full.returncode == 1
    # SQLite says "full" when a write stopped short at the limit, "I/O error" when it was refused
    assert full.stderr.strip().splitlines()[-1] in (
        f"Error: {db_path}: disk I/O error (writing failed: is the disk full?)",
        f"Error: {db_path}: database or disk is full")
    assert "Traceback" not in full.stderr
    after_full = facts(db_path)
    assert after_full["integrity"] == "ok"
    assert 0 < after_full["articles"] < ARTICLES
    assert after_full["without_verdict"] == 0

    site.requests.clear()
    again = pactwatch(config_path, db_path, "crawl", "--quiet", "wire")

    assert again.returncode == 0, again.stderr
    finished = facts(db_path)
    assert finished["articles"] == finished["urls"] == ARTICLES
    assert finished["without_verdict"] == 0
    assert finished["runs"] == ["interrupted", "ok"]
    fetched = [path for path in site.paths_requested() if path.startswith("/news/")]
    assert len(fetched) == ARTICLES - after_full["articles"]


@contextmanager
def read_only(*paths: Path):
    """Make files and folders read-only for this process; skip the test if that cannot be done."""
    as_root = os.geteuid() == 0
    modes = {path: path.stat().st_mode for path in paths}
    try:
        for path in paths:
            if as_root:
                if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
                    pytest.skip("running as root, and this file system has no immutable attribute")
            else:
                path.chmod(0o555 if path.is_dir() else 0o444)
        if os.access(paths[0], os.W_OK):
            pytest.skip(f"{paths[0]} is still writable")
        yield
    finally:
        for path, mode in modes.items():
            if as_root:
                subprocess.run(["chattr", "-i", str(path)], capture_output=True)
            else:
                path.chmod(mode)


@pytest.fixture
def stored_once(site, write_config, db_path, crawl):
    """A database with two stored articles, and a feed that has since gained a third."""
    wire_site(site, 2)
    config_path = write_config(WIRE_CONFIG.replace("{base}", site.base_url))
    assert crawl(config_path, "wire").ok
    wire_site(site, 3)
    site.requests.clear()
    return config_path


def test_a_crawl_into_a_read_only_database_fetches_nothing_and_names_the_file(site, stored_once, db_path):
    with read_only(db_path):
        result = pactwatch(stored_once, db_path, "crawl", "--quiet", "wire")
        daemon = pactwatch(stored_once, db_path, "run", "--once")
        listing = pactwatch(stored_once, db_path, "articles", "--json")

    message = f"{db_path}: cannot write: attempt to write a readonly database"
    assert result.returncode == 1
    assert result.stderr.strip().splitlines()[-1] == f"Error: {message}"
    assert "Traceback" not in result.stderr
    assert daemon.returncode == 1
    assert f"ERROR monitor.scheduler.daemon: crawl of wire not done: {message}" in daemon.stderr
    assert "Traceback" not in daemon.stderr
    assert site.requests == []
    assert listing.returncode == 0 and listing.stdout.count('"url"') == 2
    assert facts(db_path)["articles"] == 2


def test_scrapy_crawl_into_a_read_only_database_fetches_nothing_and_names_the_file(site, stored_once, db_path):
    config = load_config(stored_once, db=db_path)
    with read_only(db_path):
        result = subprocess.run([sys.executable, "-m", "scrapy", "crawl", "wire"], env=crawl_environment(config),
                                capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert f"Error: {db_path}: cannot write: attempt to write a readonly database" in result.stderr
    assert site.requests == []


def test_a_read_only_folder_gives_one_line_naming_the_file_and_the_folder(site, stored_once, db_path, tmp_path):
    with read_only(db_path, db_path.parent):
        crawl = pactwatch(stored_once, db_path, "crawl", "wire")
        ingest = pactwatch(stored_once, db_path, "ingest", "--source", "wire", str(stored_once))

    for result in (crawl, ingest):
        assert result.returncode == 1
        [line] = result.stderr.strip().splitlines()
        assert line.startswith(f"Error: {db_path}: ")
        assert f"the folder {db_path.parent} is not writable" in line
    assert site.requests == []
    assert facts(db_path)["articles"] == 2
