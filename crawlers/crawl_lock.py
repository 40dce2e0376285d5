"""One crawl of a source at a time per database, whoever starts it.

Two crawls of one source beside each other fetch every page twice (nothing is stored twice, but
a site is asked twice as hard). Each crawl holds an exclusive lock (flock) on a file beside the
database, `.<database file>.crawl-<source>.lock`, for as long as its process lives; the kernel
releases it when the process ends, however it ends, so a lock is never left behind.

pactwatch takes the lock before it starts the crawl process (`scrapy crawl`, or a round of several
sources: crawlers/round.py), waiting for a crawl of the source already running (a crawl left by a
pactwatch killed a moment ago, a manual `scrapy crawl`) to end, and hands the locked files to the
crawl (CRAWL_LOCK_FD_ENV: `source:fd` pairs), which keeps each to the end of its source's crawl.
A crawl started by hand takes the lock itself and refuses to start beside a running crawl.
"""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import Callable, Optional

CRAWL_LOCK_FD_ENV = "PACTWATCH_CRAWL_LOCK_FD"


class CrawlRunning(Exception):
    """A crawl of this source is running; the message says which process."""


def lock_path(db_path: str | os.PathLike, source: str) -> Path:
    database = Path(db_path).resolve()
    return database.with_name(f".{database.name}.crawl-{source}.lock")


class CrawlLock:
    """The lock of one source's crawls; `fd` is the locked file while held."""

    def __init__(self, db_path: str | os.PathLike, source: str):
        self.path = lock_path(db_path, source)
        self.source = source
        self.fd: Optional[int] = None

    def take(self, wait: Optional[Callable[[str], bool]] = None) -> None:
        """Lock, or raise CrawlRunning. With `wait`, while the lock is held, wait(holder) is called
        again and again: it waits a moment and says whether to go on waiting (False: CrawlRunning)."""
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            while not _try_lock(fd):
                if wait is None or not wait(self.holder(fd)):
                    raise CrawlRunning(f"a crawl of {self.source} is already running ({self.holder(fd)})")
        except BaseException:
            os.close(fd)
            raise
        self.fd = fd
        self._write_holder(os.getpid())

    def adopt(self, fd: int) -> None:
        """Keep the lock a parent took and passed down as `fd` (same open file, so it is ours at once)."""
        if not _try_lock(fd):
            raise CrawlRunning(f"the lock handed down for {self.source} is not held")
        self.fd = fd
        self._write_holder(os.getpid())

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None

    def holder(self, fd: int) -> str:
        pid = os.pread(fd, 32, 0).decode("ascii", "replace").strip()
        return f"pid {pid}" if pid.isdigit() else "process unknown"

    def _write_holder(self, pid: int) -> None:
        os.ftruncate(self.fd, 0)
        os.pwrite(self.fd, f"{pid}\n".encode("ascii"), 0)


def _try_lock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def handed_down(locks: dict[str, CrawlLock]) -> str:
    """The value of CRAWL_LOCK_FD_ENV that hands these held locks to a crawl process."""
    return ",".join(f"{source}:{lock.fd}" for source, lock in locks.items())


def _handed_down_fd(source: str) -> Optional[int]:
    """The fd of `source`'s lock that pactwatch handed down, if it did and it is open here."""
    for pair in os.environ.get(CRAWL_LOCK_FD_ENV, "").split(","):
        name, _, fd = pair.rpartition(":")
        if name == source and fd.isdigit():
            try:
                os.fstat(int(fd))
            except OSError:
                return None
            return int(fd)
    return None


def hold_for_this_crawl(db_path: str | os.PathLike, source: str) -> CrawlLock:
    """In the crawl process: keep the lock pactwatch handed down, else take it (CrawlRunning if held)."""
    lock = CrawlLock(db_path, source)
    fd = _handed_down_fd(source)
    if fd is not None:
        lock.adopt(fd)
    else:
        lock.take()
    return lock
