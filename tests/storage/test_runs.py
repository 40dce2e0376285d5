"""Crawl runs left 'running' by a process that is gone (storage.runs.close_abandoned_runs)."""

from __future__ import annotations

import subprocess
import sys
import time

from storage import open_db
from storage.runs import INTERRUPTED, RUNNING, process_alive, start_run


def zombie() -> subprocess.Popen:
    """A child that has exited and that nobody has reaped yet: kill(pid, 0) still answers for it."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{child.pid}/stat", encoding="ascii") as stat:
                if stat.read().rpartition(")")[2].split()[0] == "Z":
                    return child
        except FileNotFoundError:
            break
        time.sleep(0.02)
    raise AssertionError("the child did not become a zombie")


def test_a_crawl_process_that_exited_but_is_not_reaped_yet_counts_as_gone(tmp_path):
    # Its parent (run --once) was killed: the crawl process exits, and until its new parent reaps it,
    # it is a zombie. Its run is interrupted and the next crawl of the source starts after it.
    db = open_db(tmp_path / "runs.db")
    child = zombie()
    try:
        assert not process_alive(child.pid)
        db.execute("INSERT INTO crawl_runs (source, started_at, status, pid) VALUES ('wire', '2026-12-07', ?, ?)",
                   [RUNNING, child.pid])
        db.conn.commit()
        start_run(db, "wire")
        assert [tuple(row) for row in db.execute("SELECT status FROM crawl_runs ORDER BY id")] == [
            (INTERRUPTED,), (RUNNING,)]
    finally:
        child.wait()
        db.conn.close()


def test_a_running_process_is_alive(tmp_path):
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert process_alive(child.pid)
    finally:
        child.kill()
        child.wait()
