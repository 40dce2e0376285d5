"""Crawl runs and the URLs that failed in them: the record of what every crawl did."""

from __future__ import annotations

import json
import os
from typing import Optional

import sqlite_utils

from storage.db import utc_now

RUNNING, OK, FAILED, INTERRUPTED = "running", "ok", "failed", "interrupted"
# The stat under which a crawl stopped by its database records why (the error, described).
STORAGE_ERROR_STAT = "pactwatch/storage_error"


def start_run(db: sqlite_utils.Database, source: str, pid: Optional[int] = None) -> int:
    """Open a run row; runs of this source left 'running' by a dead process become 'interrupted'."""
    with db.conn:
        close_abandoned_runs(db, source)
        cursor = db.execute(
            "INSERT INTO crawl_runs (source, started_at, status, pid) VALUES (?, ?, ?, ?)",
            [source, utc_now(), RUNNING, pid if pid is not None else os.getpid()])
        return cursor.lastrowid


def finish_run(db: sqlite_utils.Database, run_id: int, *, status: str, requests: int, articles_new: int,
               articles_seen: int, errors: int, finish_reason: str, stats: dict) -> None:
    """Close a run row with its outcome and counts."""
    with db.conn:
        db.execute(
            "UPDATE crawl_runs SET finished_at = ?, status = ?, requests = ?, articles_new = ?,"
            " articles_seen = ?, errors = ?, finish_reason = ?, stats = ? WHERE id = ?",
            [utc_now(), status, requests, articles_new, articles_seen, errors, finish_reason,
             json.dumps(stats, default=str, sort_keys=True), run_id])


def record_failure(db: sqlite_utils.Database, *, run_id: Optional[int], source: str, url: str, reason: str,
                   http_status: Optional[int] = None) -> None:
    """Record that one URL could not be turned into an article, and why."""
    with db.conn:
        db.execute(
            "INSERT INTO url_failures (run_id, source, url, reason, http_status, at) VALUES (?, ?, ?, ?, ?, ?)",
            [run_id, source, url, reason[:500], http_status, utc_now()])


def failures(db: sqlite_utils.Database, run_id: int) -> list[dict]:
    rows = db.execute("SELECT url, reason, http_status FROM url_failures WHERE run_id = ? ORDER BY id", [run_id])
    return [{"url": url, "reason": reason, "http_status": status} for url, reason, status in rows]


def last_runs(db: sqlite_utils.Database) -> dict[str, dict]:
    """The latest run of every source that has one, keyed by source name."""
    rows = db.query(
        "SELECT * FROM crawl_runs WHERE id IN (SELECT MAX(id) FROM crawl_runs GROUP BY source)")
    return {row["source"]: row for row in rows}


def close_abandoned_runs(db: sqlite_utils.Database, source: str) -> None:
    """Runs of `source` still marked running whose process is gone become 'interrupted'."""
    rows = db.execute("SELECT id, pid FROM crawl_runs WHERE source = ? AND status = ?", [source, RUNNING])
    for run_id, pid in rows.fetchall():
        if pid is None or not process_alive(pid):
            db.execute("UPDATE crawl_runs SET status = ?, finished_at = ? WHERE id = ?",
                       [INTERRUPTED, utc_now(), run_id])


def process_alive(pid: int) -> bool:
    """Whether process `pid` of this host is running. A process that has exited but that its parent
    has not reaped yet (a zombie: its parent was killed, and its new parent reaps later) still answers
    kill(pid, 0), and Linux shows it as 'Z': it is not running, and the source lock it held is free."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return not _is_zombie(pid)


def _is_zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rpartition(")")[2].split()[0] == "Z"
    except (OSError, IndexError):
        return False


def record_progress(db: sqlite_utils.Database, run_id: int, *, requests: int, articles_new: int,
                    articles_seen: int, errors: int) -> None:
    """Update a running crawl's counts, so others (the CLI's progress display, the web UI) can watch it.
    A run already closed keeps its final counts."""
    with db.conn:
        db.execute(
            "UPDATE crawl_runs SET requests = ?, articles_new = ?, articles_seen = ?, errors = ?"
            " WHERE id = ? AND status = ?", [requests, articles_new, articles_seen, errors, run_id, RUNNING])


def run_after(db: sqlite_utils.Database, source: str, after_id: Optional[int]) -> Optional[dict]:
    """The newest run of `source` started after run `after_id` (any run when None), or None yet."""
    rows = list(db.query("SELECT * FROM crawl_runs WHERE source = ? AND id > ? ORDER BY id DESC LIMIT 1",
                         [source, after_id or 0]))
    return rows[0] if rows else None


def latest_run_id(db: sqlite_utils.Database, source: str) -> Optional[int]:
    """The id of the source's newest run row, or None."""
    return db.execute("SELECT MAX(id) FROM crawl_runs WHERE source = ?", [source]).fetchone()[0]


def run_row(db: sqlite_utils.Database, run_id: int) -> Optional[dict]:
    """One crawl_runs row, or None."""
    return next(iter(db.query("SELECT * FROM crawl_runs WHERE id = ?", [run_id])), None)


def finished_runs(db: sqlite_utils.Database, source: str, limit: int) -> list[dict]:
    """The source's newest runs that are not running, newest first (status, stats and errors)."""
    return list(db.query(
        "SELECT id, status, stats, errors FROM crawl_runs WHERE source = ? AND status != 'running'"
        " ORDER BY id DESC LIMIT ?", [source, limit]))
