"""One dispatcher at a time per database, so `pactwatch alerts retry` and the daemon never send the same row twice.

The lock is a row naming its holder (host and pid) with an expiry. A holder that died (say,
SIGKILLed mid-dispatch) does not block the next dispatch: a dead pid on this host, or an expired
lease, frees the lock at once.
"""

from __future__ import annotations

import os
import socket
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from typing import Iterator, Optional

import sqlite_utils

from storage import alerts as outbox_store
from storage.runs import process_alive

LEASE = timedelta(minutes=15)


def owner_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


@contextmanager
def dispatch_lock(db: sqlite_utils.Database) -> Iterator[Optional[str]]:
    """Hold the dispatch lock for the block; yields None when held, else the name of the live holder."""
    owner = owner_name()
    holder = _take(db, owner)
    if holder is not None and _is_dead(holder):
        holder = _take(db, owner, steal_from=holder)
    try:
        yield holder
    finally:
        if holder is None:
            outbox_store.release_lock(db, owner)


def extend(db: sqlite_utils.Database) -> None:
    """Push the lease forward during a long dispatch."""
    _take(db, owner_name())


def _take(db: sqlite_utils.Database, owner: str, steal_from: Optional[str] = None) -> Optional[str]:
    now = datetime.now(timezone.utc).replace(microsecond=0)
    return outbox_store.take_lock(db, owner, until=(now + LEASE).isoformat(), now=now.isoformat(),
                                  steal_from=steal_from)


def _is_dead(holder: str) -> bool:
    """True when the holder ran on this host and its process is gone (or a zombie not yet reaped)."""
    host, _, pid = holder.rpartition(":")
    if host != socket.gethostname() or not pid.isdigit():
        return False
    return not process_alive(int(pid))
