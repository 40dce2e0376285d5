"""Merging detections into stored events: a new report of a known event adds a source, not an event."""

from __future__ import annotations

import logging
from typing import Optional

import sqlite_utils

from monitor.events.identity import date_window, effective_date, match_key
from storage import events as store

logger = logging.getLogger(__name__)


BATCH = 200


def merge_pending(db: sqlite_utils.Database) -> int:
    """Merge every detection not yet merged; return how many new events were created.

    Articles are merged in short transactions of a few hundred, so a crash leaves every article
    either fully merged or still pending, and running again finishes the job.
    """
    created = 0
    pending = store.pending_article_ids(db)
    for start in range(0, len(pending), BATCH):
        batch = pending[start:start + BATCH]
        touched: set[int] = set()
        with db.conn:
            for detection in store.detections_of(db, batch):
                created += _merge_detection(db, detection, touched)
            store.mark_merged(db, batch)
            for event_id in touched:
                store.refresh_event(db, event_id)
    return created


def _merge_detection(db: sqlite_utils.Database, detection: dict, touched: set[int]) -> int:
    """Attach one article's events to known events or new ones; note every event touched."""
    article_id = detection["article_id"]
    touched |= store.clear_mentions(db, article_id)
    created = 0
    for event in detection["events"]:
        if len(event["parties"]) < 2:
            continue
        day = effective_date(event.get("date"), detection["published_at"] or detection["fetched_at"])
        event_id = _find_event(db, event, day)
        if event_id is None:
            event_id = store.create_event(db, match_key=_key(event), kind=event["kind"],
                                          parties=sorted(event["parties"]), plan_year=event.get("plan_year"), day=day)
            created += 1
        store.add_mention(db, event_id, article_id, evidence=event.get("evidence", ""),
                          confidence=event.get("confidence", 0.0), date=event.get("date"), effective_date=day)
        touched.add(event_id)
    return created


def _find_event(db: sqlite_utils.Database, event: dict, day: Optional[str]) -> Optional[int]:
    return store.find_event(db, _key(event), day, date_window(event["kind"], event.get("plan_year")))


def _key(event: dict) -> str:
    return match_key(event["kind"], event["parties"], event.get("plan_year"))
