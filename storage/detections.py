"""Classifier verdicts, one row per article, replaced when an article is classified again."""

from __future__ import annotations

import json
from typing import Optional

import sqlite_utils

from storage.db import transaction, utc_now


def save_detection(db: sqlite_utils.Database, article_id: int, *, classifier_version: str, lang: str,
                   flagged: bool, events: list[dict]) -> None:
    with transaction(db):
        db.execute(
            "INSERT INTO detections (article_id, classifier_version, lang, flagged, events, confidence,"
            " classified_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET"
            " classifier_version = excluded.classifier_version, lang = excluded.lang,"
            " flagged = excluded.flagged, events = excluded.events, confidence = excluded.confidence,"
            " classified_at = excluded.classified_at, merged_at = NULL",
            [article_id, classifier_version, lang, int(flagged), json.dumps(events, ensure_ascii=False),
             best_confidence(events), utc_now()])


def stored_verdict(db: sqlite_utils.Database, article_id: int) -> Optional[tuple[bool, list[dict]]]:
    """(flagged, events) of the verdict stored for an article, or None."""
    row = db.execute("SELECT flagged, events FROM detections WHERE article_id = ?", [article_id]).fetchone()
    return (bool(row[0]), json.loads(row[1])) if row else None


def keep_detection(db: sqlite_utils.Database, article_id: int, classifier_version: str) -> None:
    """Record that `classifier_version` gave the stored verdict again (it stays merged as it is)."""
    with transaction(db):
        db.execute("UPDATE detections SET classifier_version = ? WHERE article_id = ?",
                   [classifier_version, article_id])


def best_confidence(events: list[dict]):
    """The highest confidence among the events (None when there are none)."""
    return max((event["confidence"] for event in events if event.get("confidence") is not None), default=None)

