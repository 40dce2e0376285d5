"""Running crawls in subprocesses, their outcomes read back from crawl_runs.

run_crawl crawls one source in a `scrapy crawl NAME` process, so `pactwatch crawl NAME` and
`scrapy crawl NAME` do the same thing. run_round crawls many at once: every source's spider on
one reactor in one process (`python -m crawlers.round`, crawlers/round.py), or split among
`max_parallel` such processes; `pactwatch crawl --all`, `run --once` and the daemon use it.
Either way pactwatch takes each source's lock first and hands it down, stops the crawl process
(SIGINT, then SIGKILL to its process group) on a stop request or past its time, and reads each
source's outcome from its crawl_runs row.
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Callable, Iterator, Optional

import sqlite_utils

from crawlers.crawl_lock import CRAWL_LOCK_FD_ENV, CrawlLock, CrawlRunning, handed_down
from crawlers.lifetime import PARENT_ENV
from monitor.config import CONFIG_ENV, DB_ENV, Config
from monitor.config.alerts import secret_variables
from storage import open_db
from storage.db import StorageError, check_writable, describe
from storage.runs import OK, STORAGE_ERROR_STAT, close_abandoned_runs, latest_run_id, run_row

logger = logging.getLogger(__name__)
STOP_GRACE_SECONDS = 30.0
# How often a waiting `pactwatch` looks at its stop request and time limit while a crawl runs.
WAIT_SECONDS = 0.2


@dataclass(frozen=True)
class CrawlOutcome:
    """What one crawl did, as recorded in crawl_runs (run is None if the crawl never started)."""

    source: str
    returncode: int
    run: Optional[dict]

    @property
    def ok(self) -> bool:
        return self.returncode == 0 and self.run is not None and self.run["status"] == OK


def crawl_command(source: str, *, since: Optional[date] = None, max_pages: Optional[int] = None,
                  log_level: str = "INFO", spider_args: Optional[dict[str, str]] = None) -> list[str]:
    command = [sys.executable, "-m", "scrapy", "crawl", source, "-s", f"LOG_LEVEL={log_level}"]
    if since:
        command += ["-a", f"since={since.isoformat()}"]
    if max_pages:
        command += ["-a", f"max_pages={max_pages}"]
    for name, value in (spider_args or {}).items():
        command += ["-a", f"{name}={value}"]
    return command


def round_command(sources: list[str], *, since: Optional[date] = None, max_pages: Optional[int] = None,
                  log_level: str = "INFO") -> list[str]:
    """The command of one round process crawling `sources` at once (crawlers/round.py)."""
    command = [sys.executable, "-m", "crawlers.round", "-s", f"LOG_LEVEL={log_level}"]
    if since:
        command += ["-a", f"since={since.isoformat()}"]
    if max_pages:
        command += ["-a", f"max_pages={max_pages}"]
    return [*command, "--", *sources]


def crawl_environment(config: Config) -> dict[str, str]:
    """The crawl's environment: ours, without the alert channels' secrets (a process that parses
    pages from the web has no use for the SMTP password or the Apprise URLs). Every crawl
    process, and the extraction workers it forks, is started with this environment."""
    secrets = {name for _channel, _key, name in secret_variables(config.alerts)}
    env = {name: value for name, value in os.environ.items() if name not in secrets}
    env["SCRAPY_SETTINGS_MODULE"] = "crawlers.settings"
    if config.path is not None:
        env[CONFIG_ENV] = str(Path(config.path).resolve())
    env[DB_ENV] = str(Path(config.storage_path).resolve())
    return env


def run_crawl(config: Config, source: str, *, since: Optional[date] = None, max_pages: Optional[int] = None,
              log_level: str = "INFO", timeout: Optional[float] = None,
              stop: Optional[threading.Event] = None, log_file=None,
              grace: float = STOP_GRACE_SECONDS, spider_args: Optional[dict[str, str]] = None) -> CrawlOutcome:
    """Crawl one source in a subprocess and return its recorded outcome.

    One crawl of a source at a time: while another crawl of it runs, this one waits for it to end
    (crawlers/crawl_lock.py). Past `timeout` seconds (the wait included), or when `stop` is set, the
    crawl is asked to stop (SIGINT: Scrapy closes cleanly and records the run) and killed if it has
    not stopped within a grace period. The crawl is stopped the same way (SIGTERM) if this process
    dies (crawlers/lifetime.py).
    A database that cannot be written raises StorageError (naming the file) before anything is
    fetched, or after the crawl when it filled up meanwhile (whether or not the crawl could still
    record its run).
    """
    config.source(source)
    stop = stop or threading.Event()
    deadline = None if timeout is None else time.monotonic() + timeout
    db = open_db(config.storage_path)
    lock = CrawlLock(config.storage_path, source)
    try:
        check_writable(db)
        if not _take_lock(lock, stop, deadline):
            return CrawlOutcome(source=source, returncode=1, run=None)
        before = latest_run_id(db, source)
        env = crawl_environment(config)
        env[CRAWL_LOCK_FD_ENV], env[PARENT_ENV] = handed_down({source: lock}), str(os.getpid())
        process = subprocess.Popen(crawl_command(source, since=since, max_pages=max_pages, log_level=log_level,
                                                 spider_args=spider_args),
                                   env=env, stdout=log_file, stderr=log_file, start_new_session=True,
                                   pass_fds=(lock.fd,))
        returncode = _wait(process, deadline, timeout, stop, source, grace)
        with db.conn:
            close_abandoned_runs(db, source)
        latest = latest_run_id(db, source)
        run = None
        if latest is not None and latest != before:
            run = run_row(db, latest)
    except sqlite3.Error as exc:
        raise StorageError(f"{config.storage_path}: {describe(exc)}") from exc
    finally:
        lock.release()
        db.conn.close()
    stopped_by = json.loads(run["stats"] or "{}").get(STORAGE_ERROR_STAT) if run else None
    if stopped_by:
        raise StorageError(f"{config.storage_path}: {stopped_by}")
    return CrawlOutcome(source=source, returncode=returncode, run=run)


def run_round(config: Config, sources: list[str], *, since: Optional[date] = None,
              max_pages: Optional[int] = None, log_level: str = "INFO", timeout: Optional[float] = None,
              stop: Optional[threading.Event] = None, log_file=None, grace: float = STOP_GRACE_SECONDS,
              processes: Optional[int] = None) -> list[CrawlOutcome]:
    """Crawl `sources` at once and return their outcomes, in the same order.

    The sources are split among `processes` round processes (default: [schedule] max_parallel),
    each crawling its share concurrently on one reactor. Each source has its own time limit
    (run_timeout_minutes, inside the round: crawlers/loader.py); `timeout` bounds each round process
    from outside, locks' waits included, as for run_crawl, and `stop` stops every one of them.
    """
    for name in sources:
        config.source(name)
    stop = stop or threading.Event()
    count = max(1, min(processes or config.schedule.max_parallel, len(sources)))
    shares = [sources[index::count] for index in range(count)]

    def one(share: list[str]) -> list[CrawlOutcome]:
        return _run_share(config, share, since=since, max_pages=max_pages, log_level=log_level, timeout=timeout,
                          stop=stop, log_file=log_file, grace=grace)

    if count == 1:
        done = one(sources)
    else:
        with ThreadPoolExecutor(count, thread_name_prefix="round") as pool:
            done = [outcome for outcomes in pool.map(one, shares) for outcome in outcomes]
    by_source = {outcome.source: outcome for outcome in done}
    return [by_source[name] for name in sources]


def _run_share(config: Config, sources: list[str], *, since, max_pages, log_level: str, timeout: Optional[float],
               stop: threading.Event, log_file, grace: float) -> list[CrawlOutcome]:
    """One round process over `sources`: their locks taken (a source whose lock cannot be had is left
    out, with no run), the process run to its end, and each source's run read back."""
    deadline = None if timeout is None else time.monotonic() + timeout
    outcomes = {name: CrawlOutcome(source=name, returncode=1, run=None) for name in sources}
    with sources_locked(config, sources, stop, deadline) as (db, locks):
        if locks:
            before = {name: latest_run_id(db, name) for name in locks}
            env = crawl_environment(config)
            env[CRAWL_LOCK_FD_ENV], env[PARENT_ENV] = handed_down(locks), str(os.getpid())
            process = subprocess.Popen(round_command(list(locks), since=since, max_pages=max_pages,
                                                     log_level=log_level),
                                       env=env, stdout=log_file, stderr=log_file, start_new_session=True,
                                       pass_fds=[lock.fd for lock in locks.values()])
            returncode = _wait(process, deadline, timeout, stop, ", ".join(locks), grace)
            with db.conn:
                for name in locks:
                    close_abandoned_runs(db, name)
            for name in locks:
                latest = latest_run_id(db, name)
                run = run_row(db, latest) if latest is not None and latest != before[name] else None
                # The rows say how each crawl went; the exit code only for a source with no run, or a
                # round stopped by a signal (one source that could not start exits the round with 1).
                code = returncode if run is None or returncode < 0 else 0
                outcomes[name] = CrawlOutcome(source=name, returncode=code, run=run)
    for outcome in outcomes.values():
        stopped_by = json.loads(outcome.run["stats"] or "{}").get(STORAGE_ERROR_STAT) if outcome.run else None
        if stopped_by:
            raise StorageError(f"{config.storage_path}: {stopped_by}")
    return [outcomes[name] for name in sources]


@contextmanager
def sources_locked(config: Config, sources: list[str], stop: threading.Event,
                   deadline: Optional[float]) -> Iterator[tuple[sqlite_utils.Database, dict[str, CrawlLock]]]:
    """The database (checked writable) and the locks of those `sources` whose lock could be had by
    `deadline` (one held by another crawl is waited for; a source left out has no lock here), all
    released and closed when the block ends; a database error inside it is a StorageError."""
    db = open_db(config.storage_path)
    locks: dict[str, CrawlLock] = {}
    try:
        check_writable(db)
        for name in sources:
            lock = CrawlLock(config.storage_path, name)
            if _take_lock(lock, stop, deadline):
                locks[name] = lock
        yield db, locks
    except sqlite3.Error as exc:
        raise StorageError(f"{config.storage_path}: {describe(exc)}") from exc
    finally:
        for lock in locks.values():
            lock.release()
        db.conn.close()


def _take_lock(lock: CrawlLock, stop: threading.Event, deadline: Optional[float]) -> bool:
    """This source's crawl lock, waiting while another crawl of it runs (one left behind by a pactwatch
    killed a moment ago ends within its own stop time); False when stopped or out of time meanwhile."""
    said = []

    def wait_a_moment(holder: str) -> bool:
        if not said:
            logger.warning("a crawl of %s is already running (%s); waiting for it to end", lock.source, holder)
            said.append(holder)
        if stop.is_set() or (deadline is not None and time.monotonic() >= deadline):
            return False
        stop.wait(0.2)
        return True

    try:
        lock.take(wait_a_moment)
    except CrawlRunning as exc:
        logger.error("crawl of %s not started: %s", lock.source, exc)
        return False
    return True


def _wait(process: subprocess.Popen, deadline: Optional[float], timeout: Optional[float], stop: threading.Event,
          source: str, grace: float) -> int:
    """Wait for the crawl; it runs in its own session, so it is stopped here, exactly once, and
    what it leaves of its process group (extraction workers of a crawl that died) is killed."""
    with _exit_watch(process) as exited_within:
        try:
            while not _ended(process):
                if stop.is_set() or (deadline is not None and time.monotonic() >= deadline):
                    why = "stop requested" if stop.is_set() else f"run timeout of {timeout:.0f} s"
                    logger.warning("stopping the crawl of %s (%s)", source, why)
                    return _stop(process, grace)
                exited_within(WAIT_SECONDS)
        except KeyboardInterrupt:
            _stop(process, grace)
            raise
    return _reap(process)


@contextmanager
def _exit_watch(process: subprocess.Popen) -> Iterator[Callable[[float], None]]:
    """A wait of at most so many seconds that ends as soon as the crawl exits (a pidfd, readable
    then, on Linux), so that `pactwatch crawl` and the daemon see a crawl's end when it comes,
    where sleeping WAIT_SECONDS between looks saw it up to that late (0.1 s on average, on every
    crawl and round); a plain sleep where there are no pidfds. It never reaps the crawl (_ended)."""
    try:
        pidfd = os.pidfd_open(process.pid)
    except (AttributeError, OSError):  # not Linux, or a kernel before 5.3
        yield time.sleep
        return
    try:
        yield lambda seconds: select.select([pidfd], [], [], seconds)
    finally:
        os.close(pidfd)


def _stop(process: subprocess.Popen, grace: float) -> int:
    """SIGINT (Scrapy closes the spider and records the run), then, past `grace` seconds, SIGKILL
    to the whole process group: the crawl and its extraction workers, which would otherwise
    outlive it for ever, blocked on a queue nobody feeds."""
    process.send_signal(signal.SIGINT)
    deadline = time.monotonic() + grace
    while not _ended(process) and time.monotonic() < deadline:
        time.sleep(0.1)
    returncode = _reap(process)
    return returncode if returncode != 0 else -signal.SIGINT


def _ended(process: subprocess.Popen) -> bool:
    """Whether the crawl's main process has exited, without reaping it: until it is reaped its
    process id, which is also its group's id, cannot be reused, so the group is safe to kill."""
    return os.waitid(os.P_PID, process.pid, os.WEXITED | os.WNOHANG | os.WNOWAIT) is not None


def _reap(process: subprocess.Popen) -> int:
    """Kill whatever is left of the crawl's process group, then collect its exit code."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    return process.wait()
