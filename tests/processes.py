"""Real processes stopped by real signals: at chosen moments of their start-up (without sleeping
and guessing), and what they leave behind.

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

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest

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
