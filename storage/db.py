"""Opening the database: WAL, a busy timeout and schema migration, the same for every reader and writer."""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from storage.schema import LATEST_VERSION, SchemaTooNew, current_version, migrate

try:
    import fcntl
except ImportError:  # not on Windows: migrations there are not guarded against a second process
    fcntl = None

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
        if migrate_schema and current_version(db) != LATEST_VERSION:
            with _migration_lock(path):
                migrate(db)
    except (sqlite3.Error, OSError, SchemaTooNew) as exc:
        raise StorageError(f"{path}: {exc}") from exc
    return db


@contextmanager
def _migration_lock(path: Path):
    """Only one process migrates a file at a time: two crawls starting on a new database at once
    would otherwise both create its tables. The lock is an flock on the file's folder, never on
    the database file itself: closing any other descriptor of that file would drop the POSIX
    locks SQLite holds on it in this process."""
    if fcntl is None:
        yield
        return
    folder = os.open(path.resolve().parent, os.O_RDONLY)
    try:
        fcntl.flock(folder, fcntl.LOCK_EX)
        yield
    finally:
        os.close(folder)


def utc_now() -> str:
    """The current time as an ISO 8601 UTC string with seconds: the one clock format stored."""
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()
