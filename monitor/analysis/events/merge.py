"""Merging detections into stored events: a new report of a known event adds a source, not an event."""

from __future__ import annotations

import logging
from typing import Optional

import sqlite_utils

from monitor.analysis.events.identity import (
    DEFAULT_WINDOW_DAYS,
    RELATED_WINDOW_DAYS,
    TALKS,
    date_window,
    effective_date,
    key_prefix,
    match_key,
    related_kinds,
    years_compatible,
)
from monitor.analysis.events.refresh import refresh
from monitor.analysis.review import apply_reviews
from storage import events as store
from storage.db import transaction

logger = logging.getLogger(__name__)


# Detections merged per transaction: a commit costs about as much as merging a hundred detections
# (benchmarks/merge_events.py: 200 -> 1,000 made 100,000 detections 13 % faster), and a batch
# holds the write lock for well under a second.
BATCH = 1000


def merge_pending(db: sqlite_utils.Database) -> int:
    """Merge every detection not yet merged; return how many new events were created.

    Articles are merged in short transactions of a few hundred, so a crash leaves every article
    either fully merged or still pending, and running again finishes the job. Each transaction
    holds the write lock from its start and reads the batch's detections inside it, so crawls
    that finish together and merge at once never both merge one detection. The review decisions
    are applied again in the same transaction (monitor.analysis.review), so what a person decided
    holds over a re-merge at every moment.
    """
    created = 0
    pending = store.pending_article_ids(db)
    for start in range(0, len(pending), BATCH):
        batch = pending[start:start + BATCH]
        touched: set[int] = set()
        with transaction(db):
            for detection in store.detections_of(db, batch):
                created += _merge_detection(db, detection, touched)
            store.mark_merged(db, batch)
            for event_id in touched:
                refresh(db, event_id)
            if touched:
                apply_reviews(db)
    return created


def _merge_detection(db: sqlite_utils.Database, detection: dict, touched: set[int]) -> int:
    """Attach one article's events to known events or new ones; note every event touched."""
    article_id = detection["article_id"]
    touched |= store.clear_mentions(db, article_id)
    created = 0
    for event in detection["events"]:
        if len(event["parties"]) < 2:
            continue
        day = effective_date(event.get("date"), detection["published_at"])
        event_id = _find_event(db, event, day)
        if event_id is None:
            event_id = store.create_event(db, match_key=_key(event), kind=event["kind"],
                                          parties=sorted(event["parties"]), plan_year=event.get("plan_year"), day=day)
            created += 1
        store.add_mention(db, event_id, article_id, kind=event["kind"], plan_year=event.get("plan_year"),
                          evidence=event.get("evidence", ""), confidence=event.get("confidence", 0.0),
                          date=event.get("date"), effective_date=day)
        touched.add(event_id)
    return created


def _find_event(db: sqlite_utils.Database, event: dict, day: Optional[str]) -> Optional[int]:
    """The known event this report describes (see identity): one with its exact key, else a
    nearby event of a related kind and a compatible plan year; for an undated report, the one
    event it could describe, when there is exactly one (and never talks, which only a dated
    signing may turn into a signing)."""
    window = date_window(event["kind"], event.get("plan_year"))
    if day is not None or window is None:
        exact = store.find_event(db, _key(event), day, window)
        if exact is not None:
            return exact
    prefixes = [key_prefix(related, event["parties"]) for related in related_kinds(event["kind"])]
    if day is None:
        candidates = [candidate for candidate in _compatible(event, store.events_with_prefixes(db, prefixes))
                      if candidate["kind"] == event["kind"] or event["kind"] == TALKS]
        return _absorb(db, candidates[0], event) if len(candidates) == 1 else None
    own, related = prefixes[:1], prefixes[1:]
    nearby = store.events_near(db, own, day, DEFAULT_WINDOW_DAYS) + store.events_near(db, related, day,
                                                                                     RELATED_WINDOW_DAYS)
    candidates = _compatible(event, sorted(nearby, key=lambda candidate: candidate["id"]))
    return _absorb(db, candidates[0], event) if candidates else None


def _compatible(event: dict, candidates: list[dict]) -> list[dict]:
    """The candidates the report may join: a compatible plan year, and never talks already alerted
    turned into a signing (the signing gets an event, and an alert, of its own)."""
    return [candidate for candidate in candidates if years_compatible(candidate["plan_year"], event.get("plan_year"))
            and not (candidate["kind"] == TALKS and event["kind"] != TALKS and candidate["alerted"])]


def _absorb(db: sqlite_utils.Database, candidate: dict, event: dict) -> int:
    """Let a looser match take the report's stronger identity at once (a signing outranks talks, a
    stated plan year an unknown one), so later reports in the same batch match it exactly."""
    kind = candidate["kind"] if event["kind"] == TALKS else event["kind"]
    year = candidate["plan_year"] or event.get("plan_year")
    if (kind, year) != (candidate["kind"], candidate["plan_year"]):
        store.set_identity(db, candidate["id"], kind=kind, plan_year=year,
                           match_key=match_key(kind, event["parties"], year))
    return candidate["id"]


def _key(event: dict) -> str:
    return match_key(event["kind"], event["parties"], event.get("plan_year"))
