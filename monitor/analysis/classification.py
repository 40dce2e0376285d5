"""Classifying stored articles and saving the verdicts: shared by ingest, reclassify and the crawl."""

from __future__ import annotations

import json
from datetime import date
from typing import Optional

import sqlite_utils

from monitor.classify import CLASSIFIER_VERSION, Article, Detection, classify
from storage.db import transaction
from storage.detections import save_detection


def classify_fields(*, title: str, text: str, lang: Optional[str], published_at: Optional[str],
                    url: Optional[str]) -> Detection:
    """The classifier's verdict on one stored (or about to be stored) article."""
    return classify(Article(title=title or "", text=text or "", lang=lang, published=publish_day(published_at),
                            url=url))


def store_detection(db: sqlite_utils.Database, article_id: int, detection: Detection) -> bool:
    """Save a verdict; return True when it differs from the stored one (and so needs merging again)."""
    data = detection.to_dict()
    stored = db.execute("SELECT flagged, events FROM detections WHERE article_id = ?", [article_id]).fetchone()
    if stored is not None and bool(stored[0]) == data["flagged"] and json.loads(stored[1]) == data["events"]:
        with transaction(db):
            db.execute("UPDATE detections SET classifier_version = ? WHERE article_id = ?",
                       [CLASSIFIER_VERSION, article_id])
        return False
    save_detection(db, article_id, classifier_version=CLASSIFIER_VERSION, lang=data["lang"],
                   flagged=data["flagged"], events=data["events"])
    return True


def publish_day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
