"""Alert tests: a fixed clock and real events (the SMTP and webhook sinks are in tests/conftest.py)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from monitor.analysis.events.merge import merge_pending
from storage.articles import upsert_article
from storage.detections import save_detection

NOW = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)


@pytest.fixture
def add_event(db):
    """Store an event the real way: an article, its detection, then merging. Returns the event id."""
    counter = iter(range(1, 10_000))

    def add(kind="plan_signed", parties=("AZ", "KZ"), plan_year=2024, date="2024-03-05", confidence=0.9,
            published="2024-03-05T10:00:00+04:00", title="Defence cooperation plan signed", source="mod_gov_az",
            url=None, evidence=None) -> int:
        url = url or f"https://news.example/{next(counter)}"
        article = upsert_article(db, url=url, source=source, title=title, text=f"{title} {url}",
                                 published_at=published)
        detected = {"kind": kind, "parties": list(parties), "plan_year": plan_year, "date": date,
                    "evidence": evidence or f"{title} (evidence)", "confidence": confidence}
        save_detection(db, article.id, classifier_version="test", lang="en", flagged=True, events=[detected])
        merge_pending(db)
        return db.execute("SELECT event_id FROM event_articles WHERE article_id = ?", [article.id]).fetchone()[0]
    return add


class Killed(BaseException):
    """Stands for SIGKILL: nothing after it runs in the dispatch."""


def dispatch_killed_before_recording(db, settings, monkeypatch, now=NOW) -> None:
    """A dispatch killed after the channel took a message and before the message was recorded as sent."""
    from monitor.alerts import outbox

    def killed(*args, **kwargs):
        raise Killed()
    with monkeypatch.context() as patch:
        patch.setattr(outbox.store, "mark_sent", killed)
        with pytest.raises(Killed):
            outbox.dispatch(db, settings, now=now)
