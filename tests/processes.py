"""Real processes in tests, read from /proc (Linux): alive or not, their children, every process
started by this test session wherever it has been re-parented, and processes stopped by real signals
at chosen moments of their start-up (without sleeping and guessing).

Two real readiness signals, both from the kernel:
- a process started with SIGTERM and SIGINT *held* (blocked: the child inherits this thread's
  signal mask) keeps a signal sent at once pending until it unblocks it; pactwatch unblocks them
  when its handlers are in place, so the signal lands at the first instant pactwatch can take
  it, deterministically. (Without the mask, a signal sent before the interpreter has run a line
  of pactwatch meets the kernel's default action: the process ends, killed by it.)
- /proc/PID/status lists the signals a process catches (SigCgt): once SIGTERM is there, the
  process's own handler takes it.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterable

import pytest

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


STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)


def start_with_stop_signals_held(command: list[str], **options) -> subprocess.Popen:
    """Start `command` with SIGTERM and SIGINT blocked until the program unblocks them."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    try:
        return subprocess.Popen(command, **options)
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def catches(pid: int, signum: int) -> bool:
    """Whether process `pid` has a handler installed for `signum` (Linux: /proc/PID/status)."""
    if not Path("/proc/self/status").exists():
        pytest.skip("no /proc/PID/status on this system")
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("SigCgt:"):
            return bool(int(line.split()[1], 16) >> (signum - 1) & 1)
    pytest.skip("/proc/PID/status has no SigCgt line on this system")


def wait_until_caught(process: subprocess.Popen, signum: int, timeout: float = 60.0) -> None:
    """Block until `process` catches `signum` (fails if it exits or `timeout` passes first)."""
    deadline = time.monotonic() + timeout
    while True:
        assert process.poll() is None, f"exited with {process.returncode} before catching {signum}"
        if catches(process.pid, signum):  # still alive (or a zombie, not yet reaped): /proc has it
            return
        assert time.monotonic() < deadline, f"did not catch signal {signum} within {timeout} s"
        time.sleep(0.005)


def stopped(process: subprocess.Popen, signum: int = signal.SIGTERM, timeout: float = 60.0) -> int:
    """Send `signum` and return the exit code; a process that ignored it is killed (and the
    TimeoutExpired raised) rather than left running."""
    process.send_signal(signum)
    try:
        return process.wait(timeout)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def processes_on(db_path) -> list[int]:
    """The live processes started for the pactwatch database `db_path` (crawls and their extraction
    workers carry it in PACTWATCH_DB)."""
    wanted = f"PACTWATCH_DB={Path(db_path).resolve()}".encode()
    found = []
    for entry in Path("/proc").glob("[0-9]*"):
        try:
            if wanted in (entry / "environ").read_bytes().split(b"\0"):
                found.append(int(entry.name))
        except OSError:  # gone meanwhile, or not ours to read
            continue
    return found


def all_gone(db_path, timeout: float = 15.0) -> bool:
    """Wait until no process started for `db_path` is alive (True), or `timeout` passes (False)."""
    deadline = time.monotonic() + timeout
    while processes_on(db_path):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True



_CRAWL_AND_PEAK = """
import json, resource, sys
from monitor.config import load_config
from monitor.runs.crawling import run_crawl

config_path, db_path, source, log_path, options = json.loads(sys.argv[1])
with open(log_path, "w", encoding="utf-8") as log_file:
    outcome = run_crawl(load_config(config_path, db=db_path), source, log_file=log_file, **options)
print(json.dumps([outcome.source, outcome.returncode, outcome.run,
                  resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024]))
"""


def crawl_with_peak_rss(config_path: Path, db_path: Path, source: str, log_path: Path, **options):
    """run_crawl(load_config(config_path, db=db_path), source, ...) from a fresh interpreter, its log written to
    `log_path`: (the outcome, the peak RSS in MiB of the largest of the crawl's processes, its workers included).

    Measured in that interpreter, whose only children are the crawl's: RUSAGE_CHILDREN in the test session's own
    process keeps the largest child it ever waited for, and a worker an earlier test forked from it carries the
    session's memory (every collected test module), so it says nothing of this crawl."""
    from monitor.runs.crawling import CrawlOutcome

    arguments = json.dumps([str(config_path), str(db_path), source, str(log_path), options])
    found = subprocess.run([sys.executable, "-c", _CRAWL_AND_PEAK, arguments], capture_output=True, text=True,
                           check=True, cwd=Path(__file__).resolve().parents[1])
    crawled_source, returncode, run, peak_mib = json.loads(found.stdout.strip().splitlines()[-1])
    return CrawlOutcome(crawled_source, returncode, run), peak_mib
