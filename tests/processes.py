"""The processes a test started, read from /proc (Linux): alive or not, their children, and every
process started by this test session, wherever it has been re-parented."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Iterable

SESSION_ENV = "PACTWATCH_TEST_SESSION"  # set by conftest.py for the session; its processes inherit it


def _stat(pid: int) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    return text.rpartition(")")[2].split()  # [state, ppid, ...], after the command name


def alive(pid: int) -> bool:
    """Running (a zombie, dead and waiting to be reaped, is not)."""
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"


def all_pids() -> list[int]:
    return [int(name) for name in os.listdir("/proc") if name.isdigit()]


def children(pid: int) -> list[int]:
    """The living processes whose parent is `pid`."""
    return [child for child in all_pids() if (stat := _stat(child)) and stat[1] == str(pid) and stat[0] != "Z"]


def descendants(pid: int) -> list[int]:
    found, queue = [], [pid]
    while queue:
        for child in children(queue.pop()):
            found.append(child)
            queue.append(child)
    return found


def started_by_session(marker: str) -> list[int]:
    """Living processes (not this one) whose environment carries this session's marker."""
    needle = f"{SESSION_ENV}={marker}".encode()
    found = []
    for pid in all_pids():
        if pid == os.getpid() or not alive(pid):
            continue
        try:
            environ = Path(f"/proc/{pid}/environ").read_bytes()
        except OSError:
            continue
        if needle in environ.split(b"\0"):
            found.append(pid)
    return found


def command_line(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return "?"


def wait_gone(pids: Iterable[int], timeout: float) -> list[int]:
    """Wait until none of `pids` is alive; return those still alive after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    remaining = [pid for pid in pids if alive(pid)]
    while remaining and time.monotonic() < deadline:
        time.sleep(0.2)
        remaining = [pid for pid in remaining if alive(pid)]
    return remaining
