"""Shared fixtures: a loopback site server, a temporary database, config files, crawl runs."""

from __future__ import annotations

import os
import signal
import textwrap
import uuid
from pathlib import Path

import pytest

from monitor.classify.compiled import FOLDER_ENV
from monitor.config import load_config
from monitor.demo.server import LocalSite
from monitor.demo.sinks import SmtpSink, WebhookReceiver
from monitor.runs.crawling import CrawlOutcome, run_crawl
from storage import open_db
from storage.schema import migrate
from tests.processes import SESSION_ENV, command_line, descendants, started_by_session, wait_gone
from tests.redis_server import redis_server  # noqa: F401 (a fixture: a real redis-server per test)

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
LEFT_BEHIND_WAIT_SECONDS = 15


@pytest.fixture(scope="session", autouse=True)
def no_process_left_behind():
    """The suite leaves no process behind: at its end, every process it started (found by a marker in
    the environment they inherit, wherever they were re-parented, or as a descendant of this one) has
    ended. Survivors are listed, killed, and fail the session (extraction workers of a killed crawl
    were once found alive 80 minutes after `make test`)."""
    marker = f"{os.getpid()}-{uuid.uuid4().hex}"
    os.environ[SESSION_ENV] = marker
    yield
    left = wait_gone(set(started_by_session(marker)) | set(descendants(os.getpid())), LEFT_BEHIND_WAIT_SECONDS)
    if left:
        survivors = [f"{pid} {command_line(pid)}" for pid in left]
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        pytest.fail("processes started by the tests are still running:\n" + "\n".join(survivors), pytrace=False)


@pytest.fixture(scope="session", autouse=True)
def compiled_lexicons_kept_apart(tmp_path_factory):
    """The extraction workers of the suite's crawls keep their compiled lexicons in the session's own
    folder (monitor/classify/compiled.py), not in the user's cache."""
    os.environ[FOLDER_ENV] = str(tmp_path_factory.mktemp("cache"))
    yield


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
