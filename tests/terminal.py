"""Running pactwatch on a pseudo-terminal, to see what a person at a terminal sees."""

from __future__ import annotations

import os
import pty
import re
import subprocess
import sys

PACTWATCH = os.path.join(os.path.dirname(sys.executable), "pactwatch")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07")


def run_in_terminal(args, columns=110):
    """Run pactwatch with stdout and stderr on a pseudo-terminal; return its exit code and screen text."""
    leader, follower = pty.openpty()
    env = dict(os.environ, COLUMNS=str(columns), LINES="40", TERM="xterm-256color")
    env.pop("NO_COLOR", None)
    process = subprocess.Popen([PACTWATCH, *args], stdin=subprocess.DEVNULL, stdout=follower, stderr=follower,
                               env=env, close_fds=True)
    os.close(follower)
    chunks = []
    while True:
        try:
            data = os.read(leader, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.close(leader)
    return process.wait(60), ANSI.sub("", b"".join(chunks).decode("utf-8", errors="replace"))
