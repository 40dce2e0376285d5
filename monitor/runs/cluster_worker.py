"""`pactwatch worker`: one crawl worker of a cluster, on any machine that reaches its Redis server.

The worker waits for the writer to open a round (keys.ROUND in Redis), then runs a round process over
its sources (`python -m crawlers.cluster.worker_round`: one subprocess per round, as a local round,
since Scrapy's reactor cannot restart). The next round's process is started ahead, in standby,
whenever no round is open (as the worker starts, and once the round it worked on is closed): it
imports and warms up while no round needs it, and is handed the round's id when one opens (the start
a round otherwise waited for). Not while a round is open: its warm-up (about 4 s of CPU) would take
that CPU from the round's crawl, on this worker's machine or core, where the other workers are still
finishing the round and the writer storing it (a worker whose round process ends while the round
goes on, or that joins a round already open, starts its process then, warm-up included). Its spiders
close when their queues are empty; while the round
is still open the worker runs another when a queue has requests again (a slower worker's discovery
queued more, or a killed worker left its share) or a source's start requests are not all queued yet.
Every second it refreshes its heartbeat (`pactwatch status` lists it) and, while a round process
runs, its entry in the round's busy set: the writer ends a round only when no worker is busy on it,
and a killed worker's entry ages out after BUSY_SECONDS. SIGTERM or SIGINT stops the round process
cleanly (SIGINT: Scrapy closes the spiders, what was extracted is handed over) and ends the worker.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from typing import Optional

import redis

from crawlers.cluster import keys
from crawlers.cluster.connection import RedisUnavailable, cluster_client, patiently, where
from crawlers.lifetime import PARENT_ENV
from monitor.config import Config
from monitor.runs.crawling import crawl_environment
from monitor.runs.stopping import stop_process

logger = logging.getLogger(__name__)

BUSY_SECONDS = 5.0  # a worker busy on a round refreshes its entry every second; a dead one's lapses
HEARTBEAT_SECONDS = 1.0
POLL_SECONDS = 0.5
# A round whose round process fails this many times in a row on this worker (a source its config
# lacks, a crash at start) is left to the other workers, instead of being started again every few
# seconds until the writer's run timeout.
FAILED_STARTS_BEFORE_GIVING_UP = 3


def worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


class Worker:
    def __init__(self, config: Config, *, name: Optional[str] = None, log_file=None, log_level: str = "INFO",
                 stop: Optional[threading.Event] = None, grace: float = 30.0):
        self.config = config
        self.url = config.cluster.redis_url
        self.client = cluster_client(config.cluster)
        self.name = name or worker_name()
        self.log_file = log_file
        self.log_level = log_level
        self.stop = stop or threading.Event()
        self.grace = grace
        self.state = "waiting"
        self.round_id: Optional[str] = None
        self.rounds_joined = 0
        self._standby: Optional[subprocess.Popen] = None
        self._failed: tuple[Optional[str], int] = (None, 0)  # (round id, its round processes failed in a row)

    def run(self) -> None:
        """Work rounds until stopped; Redis unreachable past the retries ends it with RedisUnavailable."""
        logger.info("worker %s waiting for rounds on %s", self.name, where(self.url))
        joined: Optional[str] = None
        try:
            while not self.stop.is_set():
                self._heartbeat()
                described = patiently(self._open_round, "waiting for a round")
                if described is None and self._standby is None:
                    self._standby = self._round_process()
                if described is not None and self._given_up(described["id"]):
                    described = None
                if described is None or not patiently(lambda: self._has_work(described, joined),
                                                      "reading the round"):
                    self.stop.wait(POLL_SECONDS)
                    continue
                joined = described["id"]
                self._work(described)
        finally:
            self._dismiss_standby()
        try:
            with self.client.pipeline(transaction=True) as leave:
                leave.zrem(keys.WORKERS, self.name)
                leave.delete(keys.worker_key(self.name))
                leave.execute()
        except redis.RedisError as exc:
            logger.warning("Redis unreachable as the worker stops (%s); status shows it until its heartbeat lapses",
                           exc)
        logger.info("worker %s stopped", self.name)

    def _open_round(self) -> Optional[dict]:
        raw = self.client.get(keys.ROUND)
        return json.loads(raw) if raw else None

    def _has_work(self, described: dict, joined: Optional[str]) -> bool:
        round_id = described["id"]
        if round_id != joined:
            return True
        if self.client.scard(keys.seeded_key(round_id)) < len(described["sources"]):
            return True
        return any(self.client.zcard(keys.requests_key(round_id, source)) for source in described["sources"])

    def _work(self, described: dict) -> None:
        if not self._join(described["id"]):
            logger.info("worker %s: round %s closed before it joined", self.name, described["id"])
            return
        self.round_id, self.state = described["id"], "crawling"
        self.rounds_joined += 1
        logger.info("worker %s crawls round %s (%s)", self.name, self.round_id, ", ".join(described["sources"]))
        process, self._standby = self._standby or self._round_process(), None
        try:
            process.stdin.write(f"{self.round_id}\n".encode())
            process.stdin.close()
        except OSError:  # it died in standby: its exit ends this round's share like a crawl's would
            logger.warning("worker %s: the round process waiting in standby had exited", self.name)
        try:
            while not self._ended(process):
                if self.stop.is_set():
                    self._stop(process)
                    break
                self._heartbeat()
                self._busy()
        finally:
            if process.poll() is None:
                self._stop(process)
            self._count_failure(process.returncode)
            joined, self.state, self.round_id = self.round_id, "waiting", None
            # Say "waiting" before leaving the round: the round ends when its last worker leaves, and
            # `status` read then must not show this worker still crawling until its next heartbeat.
            self._heartbeat()
            self._idle(joined)

    def _count_failure(self, returncode: Optional[int]) -> None:
        """Note a round process that failed (not one this worker stopped); say so when the round is given up."""
        if self.stop.is_set():
            return
        if returncode == 0:
            self._failed = (None, 0)
            return
        same = self._failed[0] == self.round_id
        self._failed = (self.round_id, self._failed[1] + 1 if same else 1)
        if self._given_up(self.round_id):
            logger.error("worker %s gives up round %s: its round process failed %d times in a row (last exit "
                         "status %s; its errors are above); the round is left to the other workers", self.name,
                         self.round_id, self._failed[1], returncode)

    def _given_up(self, round_id: str) -> bool:
        return self._failed[0] == round_id and self._failed[1] >= FAILED_STARTS_BEFORE_GIVING_UP

    @staticmethod
    def _ended(process: subprocess.Popen) -> bool:
        """Whether the round process ended within a heartbeat (waiting on it, so that the round sees
        this worker leave as soon as it does, not up to a heartbeat later)."""
        try:
            process.wait(HEARTBEAT_SECONDS)
        except subprocess.TimeoutExpired:
            return False
        return True

    def _round_process(self) -> subprocess.Popen:
        """A round process in standby: it gets ready, then reads the round's id from its stdin."""
        env = crawl_environment(self.config)
        env[PARENT_ENV] = str(os.getpid())
        command = [sys.executable, "-m", "crawlers.cluster.worker_round", "--standby", "--redis-url", self.url,
                   "--worker", self.name, "-s", f"LOG_LEVEL={self.log_level}"]
        if self.config.cluster.password_env:
            command += ["--password-env", self.config.cluster.password_env]
        return subprocess.Popen(command, env=env, stdin=subprocess.PIPE, stdout=self.log_file, stderr=self.log_file,
                                start_new_session=True)

    def _dismiss_standby(self) -> None:
        """End the process waiting in standby (the end of its input), killing it if it lingers."""
        process, self._standby = self._standby, None
        if process is None:
            return
        try:
            process.stdin.close()
        except OSError:
            pass
        try:
            process.wait(self.grace)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    def _stop(self, process: subprocess.Popen) -> None:
        stop_process(process, signal.SIGINT, self.grace, group=True)

    def _join(self, round_id: str) -> bool:
        """Mark this worker busy on the round while it is open; whether it is. Redis unreachable:
        True (the round's crawl goes on; its entry lapses if this worker is gone)."""
        try:
            return join_round(self.client, round_id, self.name, BUSY_SECONDS)
        except redis.RedisError as exc:
            logger.warning("Redis unreachable while marking round %s busy (%s)", round_id, exc)
            return True

    def _busy(self) -> None:
        """Keep this worker's entry among the round's busy workers fresh. An entry still there is
        renewed (ZADD XX: never one the writer has deleted meanwhile), so a round stopped while this
        worker crawls keeps it until the writer has taken what the workers hand over; a missing one
        (Redis restarted empty) is made again only while the round is open (join_round)."""
        busy = keys.busy_key(self.round_id)
        try:
            if self.client.zscore(busy, self.name) is None:
                self._join(self.round_id)
                return
            now = float(self.client.time()[0])
            self.client.zadd(busy, {self.name: now + BUSY_SECONDS}, xx=True)
        except redis.RedisError as exc:
            logger.warning("Redis unreachable while marking round %s busy (%s)", self.round_id, exc)

    def _idle(self, round_id: str) -> None:
        try:
            patiently(lambda: self.client.zrem(keys.busy_key(round_id), self.name), "leaving the round")
        except RedisUnavailable as exc:
            logger.warning("%s; the round forgets this worker within %.0f s", exc, BUSY_SECONDS)

    def _heartbeat(self) -> None:
        status = {"name": self.name, "state": self.state, "round": self.round_id, "rounds": self.rounds_joined,
                  "pid": os.getpid(), "seen": time.time()}
        try:
            with self.client.pipeline(transaction=True) as beat:
                beat.set(keys.worker_key(self.name), json.dumps(status), ex=int(BUSY_SECONDS * 6))
                beat.zadd(keys.WORKERS, {self.name: float(self.client.time()[0])})
                beat.execute()
        except redis.RedisError as exc:
            logger.warning("Redis unreachable for the heartbeat (%s)", exc)


def join_round(client: redis.Redis, round_id: str, name: str, seconds: float) -> bool:
    """Mark `name` busy on the round for `seconds` if the round is still the open one; whether it is.

    One transaction watching the round's description: a writer that closes the round between the
    look and the mark makes the mark fail, and a mark made first keeps the writer from closing it
    (monitor.runs.cluster.finish_round watches the busy set). So a worker never crawls, nor shows
    itself crawling, a round already closed, and no busy set outlives its round."""
    def attempt(pipe: redis.client.Pipeline) -> bool:
        raw = pipe.get(keys.ROUND)
        if not raw or json.loads(raw)["id"] != round_id:
            return False
        now = float(pipe.time()[0])
        pipe.multi()
        pipe.zadd(keys.busy_key(round_id), {name: now + seconds})
        return True

    return client.transaction(attempt, keys.ROUND, value_from_callable=True)
