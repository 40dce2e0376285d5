"""Fixtures for the web UI: Datasette over a copy of the stories database, asked in-process."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from monitor.web.app import make_datasette
from storage import open_db


def copy_database(source, target):
    """A consistent copy of a WAL database (SQLite's backup API), for tests that write to it."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    db = open_db(target)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    db.conn.close()
    return target


@pytest.fixture
def stories_copy(stories_db, tmp_path):
    return copy_database(stories_db, tmp_path / "stories.db")


@pytest.fixture(scope="module")
def datasette(stories_db):
    ds = make_datasette(stories_db)
    yield ds
    for database in ds.databases.values():
        database.close()


def get(datasette, path: str):
    """GET `path` from Datasette in-process (through its ASGI app, as a browser request would)."""
    return asyncio.run(datasette.client.get(path))


@pytest.fixture(scope="module")
def pairs_db(stories_db, tmp_path_factory):
    """The stories database, the AZ–KZ plans for 2022–2024 (a run of yearly plans) and recent talks
    of AZ, GE and TR, the newest event and not a bilateral one (module-wide: read it only)."""
    from tests.stories import add_trilateral_talks, add_yearly_plans

    folder = tmp_path_factory.mktemp("pairs")
    db_path = add_yearly_plans(copy_database(stories_db, folder / "stories.db"), folder / "articles")
    return add_trilateral_talks(db_path, folder / "articles")


def ingest_text(db_path, folder, name: str, text: str) -> None:
    """Write `text` to folder/name and `pactwatch ingest` it into `db_path` as the source 'wire'."""
    from click.testing import CliRunner

    from monitor.cli import main

    article = folder / name
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(main, ["--db", str(db_path), "ingest", "--source", "wire", str(article)])
    assert result.exit_code == 0, result.output
