"""Shared fixtures: a loopback site server, a temporary database, config files, crawl runs."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from monitor.config import load_config
from monitor.demo.server import LocalSite
from monitor.demo.sinks import SmtpSink, WebhookReceiver
from monitor.runs.crawling import CrawlOutcome, run_crawl
from storage import open_db
from storage.schema import migrate

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture
def site():
    """A real HTTP server on 127.0.0.1 (OS-chosen port) serving the pages a test adds."""
    with LocalSite() as server:
        yield server


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "pactwatch.db"


@pytest.fixture
def db(db_path):
    database = open_db(db_path)
    yield database
    database.conn.close()


@pytest.fixture
def older_database(db_path):
    """Write a database file at an older schema version holding the rows that `statements`
    insert ((sql, params) pairs), as a previous pactwatch would have left it; return its path."""
    def write(version: int, *statements: tuple[str, list]) -> Path:
        old = open_db(db_path, migrate_schema=False)
        migrate(old, target=version)
        for sql, params in statements:
            old.execute(sql, params)
        old.conn.commit()
        old.conn.close()
        return db_path
    return write


@pytest.fixture
def write_config(tmp_path):
    """Write a pactwatch.toml (dedented) into the test's folder and return its path."""
    def write(text: str, name: str = "pactwatch.toml") -> Path:
        path = tmp_path / name
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path
    return write


@pytest.fixture
def crawl(db_path):
    """Run one real crawl (a `scrapy crawl` subprocess) of a source in a config file."""
    def run(config_path: Path, source: str, **options) -> CrawlOutcome:
        config = load_config(config_path, db=db_path)
        return run_crawl(config, source, log_level="WARNING", timeout=120, **options)
    return run


@pytest.fixture
def smtp_sink():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def make_smtp_sink():
    """Start an SMTP sink with aiosmtpd options (authentication, TLS)."""
    sinks = []

    def start(**options) -> SmtpSink:
        sink = SmtpSink(**options).start()
        sinks.append(sink)
        return sink
    yield start
    for sink in sinks:
        sink.stop()


@pytest.fixture
def webhook_receiver():
    receiver = WebhookReceiver()
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture(scope="session")
def stories_db(tmp_path_factory) -> Path:
    """A database of the articles in tests/stories.py, ingested once per session: read it, never write it."""
    from tests.stories import build_database

    folder = tmp_path_factory.mktemp("stories")
    return build_database(folder / "stories.db", folder / "articles")
