"""Bringing a stored event up to date with its reports, shared by merging and by review."""

from __future__ import annotations

import sqlite_utils

from monitor.analysis.events.identity import match_key
from storage import events as store


def refresh(db: sqlite_utils.Database, event_id: int) -> None:
    """Bring an event up to date with its mentions, its match key included (an event left with
    no mention is deleted, unless an alert refers to it: storage.events.refresh_event)."""
    identity = store.refresh_event(db, event_id)
    if identity is not None:
        store.set_identity(db, event_id, kind=identity["kind"], plan_year=identity["plan_year"],
                           match_key=match_key(identity["kind"], identity["parties"], identity["plan_year"]))
