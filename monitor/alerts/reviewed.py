"""What a review decision means for the alerts of its event.

`pactwatch review` calls `after_review` once a decision is stored and applied. A rejected event
(or one merged into another) is never alerted: storage.alerts.enqueue_events leaves it out and
the dispatch cancels its pending rows (monitor.alerts.outbox); they are cancelled here at once
too, so `alerts --pending` stops listing them. A correction of an event whose alert went out
queues one `event.updated` (queue_update) on the channels that take updates.
"""

from __future__ import annotations

import logging
from typing import Optional

import sqlite_utils

from monitor.alerts.outbox import takes_updates
from monitor.config.alerts import AlertSettings
from storage import alerts as store
from storage.db import utc_now
from storage.reviews import HIDDEN

log = logging.getLogger(__name__)


def after_review(db: sqlite_utils.Database, settings: AlertSettings, event_id: int, action: str) -> int:
    """Bring the outbox in line with a decision about `event_id` (as it is after the decision is
    applied); return how many rows were cancelled or queued."""
    event = store.alert_event(db, event_id)
    if event is None:
        return 0
    if event["review"] in HIDDEN:
        return store.cancel_pending(db, event_id, reason=f"the event was {event['review']} by a review",
                                    now=utc_now())
    if action == "correct" and store.alerted(db, event_id):
        return queue_update(db, settings, event_id)
    return 0


def queue_update(db: sqlite_utils.Database, settings: AlertSettings, event_id: int,
                 now: Optional[str] = None) -> int:
    """Queue one `event.updated` alert for an event a person corrected after its alert went out,
    on every channel that takes updates; return the rows queued.

    The one place a correction reaches the outbox: storage.alerts.enqueue_updates compares what
    was announced (kind, plan year, date, sources) with the event as the review left it, so a
    correction of those fields is queued once (a correction of the parties alone changes none of
    them and queues nothing); other events' pending changes are queued with it, as the next
    round would.
    """
    now = now or utc_now()
    queued = []
    for channel in settings.channels:
        if takes_updates(settings, channel):
            queued += store.enqueue_updates(db, channel, now=now)
    if event_id not in queued:
        log.info("event %d corrected after its alert went out: nothing announced changed", event_id)
    return len(queued)
