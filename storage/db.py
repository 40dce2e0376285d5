"""Opening the database: WAL, a busy timeout and schema migration, the same for every reader and writer."""

from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

import sqlite_utils

from storage.schema import SchemaTooNew, migrate

BUSY_TIMEOUT_SECONDS = 30
CACHE_KIB = 32 * 1024


class StorageError(Exception):
    """The database file cannot be opened or written; the message names the file."""


def open_db(path: str | Path, *, migrate_schema: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the SQLite file at `path`, in WAL mode, migrated to the latest schema."""
    path = Path(path)
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.enable_wal()
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate_schema:
            migrate(db)
    except (sqlite3.Error, OSError, SchemaTooNew) as exc:
        raise StorageError(f"{path}: {exc}") from exc
    return db


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[None]:
    """One write transaction, holding the write lock from its start (BEGIN IMMEDIATE, so it waits
    for other writers within the busy timeout instead of failing when it first writes).

    A transaction opened inside another joins it: what both write is committed, or rolled back,
    together (an article and its classifier verdict are never stored one without the other).
    """
    if db.conn.in_transaction:
        yield
        return
    db.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        db.conn.rollback()
        raise
    db.conn.commit()


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with seconds: the one clock format stored."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
