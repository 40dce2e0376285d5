"""Review that sticks: what a person decided about events, applied on top of the classifier's.

Decisions (confirm, reject, correct, merge two events, move an article out of an event) are
stored apart, in the `reviews` table (storage.reviews), and never edit a detection. The events
table shows them applied: `apply_reviews` runs in every merge transaction
(monitor.analysis.events.merge.merge_pending) and after each new decision, so they hold over
`pactwatch reclassify` and over a new classifier version that merges the articles again.

A decision is keyed by the articles its event held when it was taken, not by the event's id:
a re-merge may delete an event and make another of the same reports, with a new id, while the
article ids stay. An event a decision names is the current one holding the most of those
articles; a tie goes to the event with the parties, then the kind, it had when decided, then
to the oldest. A decision none of whose articles reports an event any more does nothing (its
articles were all moved away, or the classifier no longer flags them).

What each one does:
- confirm: `events.review` = 'confirmed';
- reject: 'rejected': the event leaves listings, the feed, the report, the exports, the canned
  queries and the alerts (storage.reviews.shown_sql), and its pending alerts are cancelled;
- correct: the kind, parties, plan year or date given replace the classifier's; 'corrected';
- merge A B: B's reports become A's; B is deleted, or, when an alert refers to it, kept empty
  as 'merged' (hidden);
- move ARTICLE out of E: the article no longer reports E; it becomes an event of its own (of
  the kind, plan year and parties the article was read as reporting), which
  is reviewed like any other (reject it when it is not an event at all). After a re-merge put
  it back, it returns to the event of its own it had when that was kept (an alert refers to it).

Merges and moves are applied first, in the order they were decided, then confirmations,
rejections and corrections, in that order: so a correction holds whatever reports a later merge
brought in, and of two decisions on one event the later wins.
"""

from __future__ import annotations

import logging
import re
from datetime import date
from typing import Optional

import sqlite_utils

from monitor.analysis.events.identity import match_key
from monitor.analysis.events.refresh import refresh
from monitor.classify.model import EVENT_KINDS
from storage import events as events_store
from storage import reviews as store
from storage.db import transaction

logger = logging.getLogger(__name__)

ACTIONS = ("confirm", "reject", "correct", "merge", "move")
STATES = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected"}


PARTY = re.compile(r"^(?:[A-Z]{2}|CIS|CSTO|NATO|SCO|ASEAN|AU)$")
CLEAR = "none"


class ReviewError(Exception):
    """A decision that cannot be taken (an unknown event, a merge of an event with itself ...)."""


def parse_changes(*, kind: Optional[str] = None, parties: Optional[str] = None, plan_year: Optional[str] = None,
                  day: Optional[str] = None) -> dict:
    """A correction from text as a person types it (the CLI's options, the review page's fields):
    blank or None stays as read, 'none' clears a plan year or a date. Raises ReviewError."""
    changes: dict = {}
    if kind and kind.strip():
        if kind.strip() not in EVENT_KINDS:
            raise ReviewError(f"kind {kind!r}: one of {', '.join(EVENT_KINDS)}")
        changes["kind"] = kind.strip()
    if parties and parties.strip():
        codes = sorted({code.upper() for code in re.split(r"[,\s]+", parties.strip()) if code})
        if len(codes) < 2 or not all(PARTY.match(code) for code in codes):
            raise ReviewError(f"parties {parties!r}: give two or more ISO 3166-1 alpha-2 codes (or blocs such as "
                              "NATO), e.g. AZ,GE")
        changes["parties"] = codes
    if plan_year and plan_year.strip():
        value = plan_year.strip()
        if value.lower() != CLEAR and not (value.isdigit() and 1900 <= int(value) <= 2200):
            raise ReviewError(f"plan year {plan_year!r}: a year such as 2025, or 'none'")
        changes["plan_year"] = None if value.lower() == CLEAR else int(value)
    if day and day.strip():
        changes["date"] = _day(day.strip())
    return changes


def _day(value: str) -> Optional[str]:
    if value.lower() == CLEAR:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise ReviewError(f"date {value!r}: YYYY-MM-DD, or 'none'") from None


def record(db: sqlite_utils.Database, action: str, event_id: int, *, by: str, note: Optional[str] = None,
           changes: Optional[dict] = None, other_event_id: Optional[int] = None,
           article_id: Optional[int] = None) -> int:
    """Store a decision about event `event_id` (as it is now) and apply every decision; return its id.

    `changes` (correct) holds any of kind, parties, plan_year, date; `other_event_id` (merge) is
    the event merged into `event_id`; `article_id` (move) the article moved out of it.
    """
    if action not in ACTIONS:
        raise ReviewError(f"unknown review action {action!r} (expected one of: {', '.join(ACTIONS)})")
    with transaction(db):
        event = _event(db, event_id)
        extra: dict = {}
        if action == "correct":
            if not changes:
                raise ReviewError("nothing to correct: give a kind, parties, a plan year or a date")
            extra["changes"] = changes
        elif action == "merge":
            if other_event_id == event_id:
                raise ReviewError(f"event {event_id} cannot be merged with itself")
            other = _event(db, other_event_id)
            extra.update(other_event_id=other_event_id, other_articles=other["articles"])
        elif action == "move":
            if article_id not in event["articles"]:
                raise ReviewError(f"article {article_id} is not a report of event {event_id}")
            if len(event["articles"]) == 1:
                raise ReviewError(f"article {article_id} is event {event_id}'s only report: reject the event instead")
            extra["article_id"] = article_id
        review_id = store.add_review(
            db, target="article" if action == "move" else "event", action=action, event_id=event_id,
            articles=event["articles"], parties=event["parties"], kind=event["kind"], note=note, by=by, **extra)
        apply_reviews(db)
    logger.info("review %d: %s event %d by %s", review_id, action, event_id, by)
    return review_id


def apply_reviews(db: sqlite_utils.Database) -> None:
    """Apply every stored decision to the current events (idempotent; call it inside a transaction
    or alone, when it takes its own)."""
    with transaction(db):
        decisions = store.reviews(db)
        for decision in decisions:
            if decision["action"] == "merge":
                _apply_merge(db, decision)
            elif decision["action"] == "move":
                _apply_move(db, decision)
        for decision in decisions:
            if decision["action"] in STATES:
                event_id = resolve(db, decision["articles"], decision["parties"], decision["kind"])
                if event_id is None:
                    continue
                if decision["action"] == "correct":
                    store.correct_event(db, event_id, decision["changes"])
                store.set_review(db, event_id, STATES[decision["action"]])


def resolve(db: sqlite_utils.Database, articles: list[int], parties: Optional[list[str]], kind: Optional[str], *,
            exclude: Optional[int] = None, not_alone: Optional[int] = None) -> Optional[int]:
    """The current event a decision keyed by `articles` names (see the module's docstring), or None.

    `exclude` leaves one event out; `not_alone` leaves out events whose only report is that article.
    """
    candidates = [event for event in store.events_holding(db, articles) if event["id"] != exclude]
    if not_alone is not None:
        lone = {event["id"] for event in store.events_holding(db, [not_alone]) if event["size"] == 1}
        candidates = [event for event in candidates if event["id"] not in lone]
    if not candidates:
        return None
    best = max(candidates, key=lambda event: (event["overlap"], sorted(event["parties"]) == sorted(parties or []),
                                              event["kind"] == kind, -event["id"]))
    return best["id"]


def _apply_merge(db: sqlite_utils.Database, decision: dict) -> None:
    into = resolve(db, decision["articles"], decision["parties"], decision["kind"])
    merged = resolve(db, decision["other_articles"], None, None, exclude=into) if into is not None else None
    if merged is None:
        return
    store.move_mentions(db, merged, into)
    refresh(db, into)
    refresh(db, merged)
    if store.event_exists(db, merged):
        store.set_review(db, merged, "merged")


def _apply_move(db: sqlite_utils.Database, decision: dict) -> None:
    article_id = decision["article_id"]
    event_id = resolve(db, decision["articles"], decision["parties"], decision["kind"], not_alone=article_id)
    if event_id is None:
        return
    mention = store.take_mention(db, event_id, article_id)
    if mention is None:
        return
    parties = store.detected_parties(db, article_id, mention["kind"], mention["plan_year"]) or \
        store.event_summary(db, event_id)["parties"]
    refresh(db, event_id)
    key = match_key(mention["kind"], parties, mention["plan_year"])
    own = store.empty_event(db, key) or events_store.create_event(
        db, match_key=key, kind=mention["kind"], parties=parties, plan_year=mention["plan_year"],
        day=mention["effective_date"])
    events_store.add_mention(db, own, article_id, **mention)
    refresh(db, own)


def _event(db: sqlite_utils.Database, event_id: Optional[int]) -> dict:
    event = store.event_summary(db, event_id) if event_id is not None else None
    if event is None:
        raise ReviewError(f"no event {event_id}")
    if not event["articles"]:
        raise ReviewError(f"event {event_id} has no reports left (merged into another event, or no longer "
                          "reported): review the event that holds them")
    return event
