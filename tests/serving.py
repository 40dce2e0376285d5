"""`pactwatch serve` as a real process on loopback, for the tests that read through it."""

from __future__ import annotations

import os
import selectors
import signal
import subprocess
import sys
from contextlib import contextmanager

PACTWATCH = os.path.join(os.path.dirname(sys.executable), "pactwatch")


@contextmanager
def serving(db_path, *args):
    """Start `pactwatch serve --port 0`, yield the URL it prints, stop it with SIGINT (Ctrl-C)."""
    process = subprocess.Popen([PACTWATCH, "--db", str(db_path), "serve", "--port", "0", *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield read_url(process)
    finally:
        stop(process)
    assert process.returncode == 0, process.stderr.read()


def stop(process) -> None:
    """Ctrl-C (SIGINT) and wait for the server to end; killed if it has not within 20 s."""
    process.send_signal(signal.SIGINT)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def read_url(process) -> str:
    """The URL `pactwatch serve` prints when it is listening."""
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        assert selector.select(timeout=30), "pactwatch serve printed nothing in 30 s"
    line = process.stdout.readline()
    assert " at http://127.0.0.1:" in line, line + process.stderr.read()
    return line.split(" at ", 1)[1].split()[0]
