"""Opening the database: WAL, a busy timeout and schema migration, the same for every reader and writer."""

from __future__ import annotations

import os
import sqlite3
import time
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


def describe(error: sqlite3.Error) -> str:
    """SQLite's message, with the likely cause when it only says 'disk I/O error'."""
    if getattr(error, "sqlite_errorname", "").startswith("SQLITE_IOERR_WRITE"):
        return f"{error} (writing failed: is the disk full?)"
    return str(error)


def open_db(path: str | Path, *, migrate_schema: bool = True) -> sqlite_utils.Database:
    """Open (creating if needed) the SQLite file at `path`, in WAL mode, migrated to the latest schema."""
    path = Path(path)
    try:
        if path.parent and not path.parent.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_SECONDS)
        db = sqlite_utils.Database(conn)
        db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_SECONDS * 1000}")
        _enable_wal(db)
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        db.execute("PRAGMA foreign_keys = ON")
        if migrate_schema:
            migrate(db)
    except sqlite3.Error as exc:
        hint = ""
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_CANTOPEN" and not os.access(path.parent, os.W_OK):
            hint = f" (the folder {path.parent} is not writable, and SQLite keeps its -wal and -shm files there)"
        raise StorageError(f"{path}: {describe(exc)}{hint}") from exc
    except (OSError, SchemaTooNew) as exc:
        raise StorageError(f"{path}: {exc}") from exc
    return db


def _enable_wal(db: sqlite_utils.Database) -> None:
    """Switch the file to WAL mode, waiting for other processes doing the same.

    Several processes opening a new file at once (the daemon, a crawl, a reader) race to switch
    it; SQLite answers the losers "database is locked" at once, without its busy handler, so they
    retry here within the busy timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_SECONDS
    while db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        try:
            db.enable_wal()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


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


def database_file(db: sqlite_utils.Database) -> str:
    """The path of the file `db` is open on."""
    return db.execute("PRAGMA database_list").fetchone()[2]


def check_writable(db: sqlite_utils.Database) -> None:
    """Raise StorageError naming the file when it cannot be written (read-only file, folder or mount).

    It rewrites the schema version, unchanged, in a transaction it rolls back: a write SQLite
    refuses at once on a read-only database, and that leaves nothing behind.
    """
    try:
        version = db.execute("PRAGMA user_version").fetchone()[0]
        db.execute("BEGIN IMMEDIATE")
        try:
            db.execute(f"PRAGMA user_version = {int(version)}")
        finally:
            db.conn.rollback()
    except sqlite3.Error as exc:
        raise StorageError(f"{database_file(db)}: cannot write: {describe(exc)}") from exc


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with seconds: the one clock format stored."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
