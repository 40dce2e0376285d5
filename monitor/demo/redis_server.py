"""A local `redis-server` in a folder of its own, on a free loopback port: for `demo --cluster`, the
cluster benchmark and the tests (the way a cluster's Redis should be run: its data in an append-only
file, so a restart keeps the round's queues; see README, "Running on several machines").

The file is synced once a second (Redis's default, `appendfsync everysec`), not after every write:
with `always`, each write waits for an fsync before Redis answers, and a worker's reactor waits for
the answer (about six writes a page: queue, dupefilter, pop, politeness lease and its return, hand-
over), so Redis's disk paced the whole cluster: two workers went no faster than one, and a worker
queueing a sitemap's 120 articles stood 9 s (cluster benchmark, BENCHMARKS.md section 11). What a
Redis crash can lose in that second is never lost for good: a request or a hand-over not on disk
leaves its page unstored, hence unknown, and the next round fetches it; an acknowledgement lost makes
the writer store an article again, unchanged (storing is idempotent by URL). A stop (SIGTERM) syncs.

Debian's binary (`apt install redis-server`); REDIS_SERVER is None when it is not installed.
"""

from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import time
from pathlib import Path
from typing import Optional

from monitor.runs.stopping import stop_process

REDIS_SERVER = shutil.which("redis-server")
START_SECONDS = 10
STOP_SECONDS = 10  # to write the append-only file and exit, after SIGTERM


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class RedisServer:
    """One redis-server process (`start`, `stop`, and `start` again on the same port); `url` is what
    [cluster] redis_url takes."""

    def __init__(self, folder: Path, port: Optional[int] = None):
        self.folder = folder
        self.port = port or free_port()
        self.process: Optional[subprocess.Popen] = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> "RedisServer":
        self.folder.mkdir(parents=True, exist_ok=True)
        log = open(self.folder / "redis.log", "ab")
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.folder),
             "--save", "", "--appendonly", "yes", "--appendfsync", "everysec", "--daemonize", "no"],
            stdout=log, stderr=log, stdin=subprocess.DEVNULL)
        log.close()
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited: {(self.folder / 'redis.log').read_text()[-2000:]}")
            if self._answers():
                return self
            time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"redis-server did not answer on port {self.port} within {START_SECONDS} s")

    def _answers(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=0.5) as connection:
                connection.sendall(b"PING\r\n")
                return connection.recv(16).startswith(b"+PONG")
        except OSError:
            return False

    def stop(self) -> None:
        if self.process is None:
            return
        stop_process(self.process, signal.SIGTERM, STOP_SECONDS)
        self.process = None
