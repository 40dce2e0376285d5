"""Alerts exactly once: an alert is an outbox row before it is a message, and a row is marked sent
only after its channel confirmed delivery.

The daemon calls `enqueue_new_events` after merging events (and `enqueue_health` when a
source's health changes), then `dispatch`. A channel that is down keeps its rows pending with an
exponential backoff across runs; a process killed between sending and recording sends the
row again on the next dispatch under the same idempotency key, which the receiver can use to
drop the copy; a row recorded as sent is never sent again.
"""

from __future__ import annotations

import json
import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional

import sqlite_utils

from monitor.alerts import apprise, email, lock, webhook
from monitor.alerts.delivery import DeliveryError, next_attempt
from monitor.alerts.digest import Digest
from monitor.analysis.pairs import PLAN, overdue_plans, pair_histories
from monitor.config.alerts import AlertSettings
from monitor.config.links import absolute, event_path
from storage import alerts as store
from storage import queries
from storage.reviews import HIDDEN

log = logging.getLogger(__name__)

SENT, RETRY, FAILED, CANCELLED = "sent", "retry", "failed", "cancelled"


def takes_updates(settings: AlertSettings, channel: str) -> bool:
    """Whether `channel` is told when an alerted event changes: the webhook always, e-mail in its
    digest or with `[alerts.email] updates = true`; Apprise not."""
    if channel == "webhook":
        return True
    return channel == "email" and settings.email is not None and (settings.email.mode == "digest"
                                                                  or settings.email.updates)


@dataclass(frozen=True)
class Outcome:
    """What one delivery attempt did to one message (a digest covers several outbox rows)."""

    key: str
    channel: str
    status: str
    error: Optional[str] = None
    next_attempt_at: Optional[str] = None
    rows: int = 1


@dataclass
class DispatchReport:
    """Every delivery attempt of one dispatch; `busy` names another dispatcher that held the lock."""

    outcomes: list[Outcome] = field(default_factory=list)
    busy: Optional[str] = None

    def _with(self, status: str) -> list[Outcome]:
        return [outcome for outcome in self.outcomes if outcome.status == status]

    @property
    def sent(self) -> list[Outcome]:
        return self._with(SENT)

    @property
    def retrying(self) -> list[Outcome]:
        return self._with(RETRY)

    @property
    def failed(self) -> list[Outcome]:
        return self._with(FAILED)

    @property
    def ok(self) -> bool:
        """True when nothing is left undelivered by this dispatch."""
        return self.busy is None and not self.retrying and not self.failed

    def summary(self) -> str:
        if self.busy:
            return f"another dispatch is running ({self.busy}); nothing sent"
        return (f"{len(self.sent)} sent, {len(self.retrying)} to retry, {len(self.failed)} failed"
                + "".join(f"\n  {o.status}: {o.key}: {o.error}" for o in self.outcomes if o.error))


def enqueue_new_events(db: sqlite_utils.Database, settings: AlertSettings, now: Optional[datetime] = None) -> int:
    """Queue every alert-worthy event that is not yet queued, once per configured channel; return the rows added.

    Alert-worthy: bilateral, of a configured kind, involving a configured country (any when
    none is configured), at least min_confidence, and not older than max_age_days (by the
    event's date, else its earliest article's publish date). A known event that gains a source
    is already queued, so it is not alerted again.

    An event already alerted whose kind, plan year, date or sources changed since gets an
    `event.updated` row on the channels that take updates (takes_updates).
    """
    now = _utc(now)
    not_before = (now - timedelta(days=settings.max_age_days)).date().isoformat() if settings.max_age_days else None
    added = 0
    for channel in settings.channels:
        event_ids = store.enqueue_events(db, channel, kinds=settings.kinds, countries=settings.countries,
                                         min_confidence=settings.min_confidence, not_before=not_before,
                                         now=_iso(now))
        if event_ids:
            log.info("queued %d event alert(s) on %s: events %s", len(event_ids), channel,
                     ", ".join(map(str, event_ids)))
        added += len(event_ids)
        if takes_updates(settings, channel):
            updated = store.enqueue_updates(db, channel, now=_iso(now))
            if updated:
                log.info("queued %d event update(s) on %s: events %s", len(updated), channel,
                         ", ".join(map(str, updated)))
            added += len(updated)
    return added


def enqueue_health(db: sqlite_utils.Database, settings: AlertSettings, *, source: str, status: str, message: str,
                   key: Optional[str] = None, now: Optional[datetime] = None) -> int:
    """Queue a health message ("failing" or "recovered") on every channel; return the rows added.

    `key` identifies this change of health, e.g. f"{source}:{status}:{run_id}": queueing the same
    key again adds nothing. Without it every call is a new message.
    """
    base = key or uuid.uuid4().hex
    added = 0
    for channel in settings.channels:
        added += store.enqueue_health(db, channel, key=f"health:{base}:{channel}", source=source, state=status,
                                      message=message, now=_iso(_utc(now)))
    return added


def dispatch(db: sqlite_utils.Database, settings: AlertSettings, now: Optional[datetime] = None, *,
             ignore_backoff: bool = False) -> DispatchReport:
    """Send every due outbox row on its channel and record each outcome as soon as it is known.

    `ignore_backoff` sends every pending row now (`pactwatch alerts retry`). After a retryable
    failure the channel is left alone for the rest of this dispatch: it is down or asked to wait.
    """
    now = _utc(now)
    report = DispatchReport()
    with lock.dispatch_lock(db) as holder:
        if holder is not None:
            log.warning("alerts not dispatched: another dispatch (%s) holds the lock", holder)
            report.busy = holder
            return report
        _Dispatch(db, settings, now, report).run(None if ignore_backoff else _iso(now))
    return report


class _Dispatch:
    """One dispatch: the due rows, the channels found down so far, the report being filled."""

    def __init__(self, db: sqlite_utils.Database, settings: AlertSettings, now: datetime, report: DispatchReport):
        self.db = db
        self.settings = settings
        self.now = now
        self.report = report
        self.down: set[str] = set()

    def run(self, due_at: Optional[str]) -> None:
        channels = self.settings.channels
        rows = store.due(self.db, store.EVENT, due_at)
        health = store.due(self.db, store.HEALTH, due_at)
        orphans = [row for row in rows + health if row["channel"] not in channels]
        if orphans:
            log.warning("%d pending alert(s) are for channels no longer configured: %s", len(orphans),
                        ", ".join(sorted({row["channel"] for row in orphans})))
        rows = [row for row in rows if row["channel"] in channels]
        events = {}
        for row in rows:
            event = store.alert_event(self.db, row["event_id"])
            if event is None or not event["articles"]:
                self._record(store.EVENT, [row], row["channel"], row["idempotency_key"], CANCELLED,
                             "the event no longer has any source article")
            elif event["review"] in HIDDEN:
                self._record(store.EVENT, [row], row["channel"], row["idempotency_key"], CANCELLED,
                             f"the event was {event['review']} by a review")
            else:
                events[row["id"]] = with_page_url(event, self.settings.base_url)
        rows = [row for row in rows if row["id"] in events]
        if self.settings.email and self.settings.email.mode == "digest":
            self._digest([row for row in rows if row["channel"] == "email"], events)
            rows = [row for row in rows if row["channel"] != "email"]
        for row in rows:
            self._attempt(store.EVENT, [row], row["channel"], row["idempotency_key"],
                          lambda row=row: self._send_event(row, events[row["id"]]))
        for row in health:
            if row["channel"] in channels:
                self._attempt(store.HEALTH, [row], row["channel"], row["idempotency_key"],
                              lambda row=row: self._send_health(row))

    def _digest(self, rows: list[dict], events: dict[int, dict]) -> None:
        """Send digests: first those already sent out once (same rows, same key, same overdue
        plans), then one of the new rows, which lists the overdue plans no digest listed yet."""
        batches: dict[Optional[str], list[dict]] = {}
        for row in rows:
            batches.setdefault(row["batch_key"], []).append(row)
        fresh = batches.pop(None, [])
        for row in fresh:
            if row["alert_type"] != store.UPDATED:
                store.record_announced(self.db, row["id"])
        if fresh:
            key = email.digest_key([row["idempotency_key"] for row in fresh])
            store.assign_batch(self.db, [row["id"] for row in fresh], key, self._unlisted_overdue_plans(),
                               now=_iso(self.now))
            batches[key] = fresh
        settings = self.settings.email
        for key, batch in batches.items():
            self._attempt(store.EVENT, batch, "email", key, lambda key=key, batch=batch: self._send_email(
                store.EVENT, batch, email.digest_message(settings, self._digest_of(key, batch, events), key)))

    def _digest_of(self, key: str, batch: list[dict], events: dict[int, dict]) -> Digest:
        new = [events[row["id"]] for row in batch if row["alert_type"] != store.UPDATED]
        updates = [(events[row["id"]], _changes(row) or NO_CHANGES) for row in batch
                   if row["alert_type"] == store.UPDATED]
        return Digest(new=new, updates=updates, plans=store.listed_plans(self.db, key),
                      base_url=self.settings.base_url)

    def _unlisted_overdue_plans(self) -> list[dict]:
        """The overdue plans (monitor.analysis.pairs) of pairs the alerts are about that no digest listed."""
        if PLAN not in self.settings.kinds:
            return []
        listed = {(plan["pair"], plan["plan_year"]) for plan in store.listed_plans(self.db)}
        histories = pair_histories(queries.events(self.db, kind=PLAN, newest="day"), self.now.date())
        countries = set(self.settings.countries)
        return [{"pair": "-".join(history.parties), "plan_year": history.expected.plan_year,
                 "expected_by": history.expected.expected_by.isoformat(), "plan_years": history.plan_years}
                for history in overdue_plans(histories)
                if (not countries or countries & set(history.parties))
                and ("-".join(history.parties), history.expected.plan_year) not in listed]

    def _send_event(self, row: dict, event: dict) -> None:
        channel, key = row["channel"], row["idempotency_key"]
        if row["alert_type"] == store.UPDATED:
            if channel == "email":
                self._send_email(store.EVENT, [row],
                                 email.update_message(self.settings.email, event, _changes(row), key))
            else:
                webhook.post(self.settings.webhook, webhook.update_payload(event, _changes(row)), key)
            return
        store.record_announced(self.db, row["id"])
        if channel == "email":
            self._send_email(store.EVENT, [row], email.event_message(self.settings.email, event, key))
        elif channel == "apprise":
            apprise.send_event(self.settings.apprise, event)
        else:
            webhook.post(self.settings.webhook, webhook.event_payload(event), key)

    def _send_email(self, kind: str, rows: list[dict], message) -> None:
        """Send to the recipients these rows have not reached yet, and account for each one.

        The SMTP server answers per recipient: when it refuses some, those who accepted are
        recorded (they are not sent the alert again), a 5xx refusal is recorded as final, and
        a 4xx one raises a retryable DeliveryError, so only the refused recipients are tried
        again with the backoff. The rows are sent once every recipient accepted; failed when
        one of them refused for good.
        """
        ids = [row["id"] for row in rows]
        done = store.recipients_done(self.db, kind, ids)
        recipients = [address for address in self.settings.email.to if address not in done]
        refused = email.send(self.settings.email, message, recipients) if recipients else {}
        lasting = {address: answer for address, answer in refused.items() if answer[0] >= 500}
        passing = {address: answer for address, answer in refused.items() if address not in lasting}
        if refused:
            stamp = _iso(self.now)
            accepted = {address: None for address in recipients if address not in refused}
            store.record_recipients(self.db, kind, ids, accepted, status=store.SENT, now=stamp)
            store.record_recipients(self.db, kind, ids, {address: f"{code} {reply}" for address, (code, reply)
                                                         in lasting.items()}, status=store.FAILED, now=stamp)
        some_took_it = len(refused) < len(recipients)
        if passing:
            raise DeliveryError(f"SMTP refused for now: {email.describe_refusals(passing)}",
                                channel_down=not some_took_it)
        failed = [address for address in self.settings.email.to
                  if address in lasting or done.get(address) == store.FAILED]
        if failed:
            detail = email.describe_refusals(lasting) if lasting else ", ".join(failed)
            raise DeliveryError(f"SMTP refused for good: {detail}", retryable=False, channel_down=not some_took_it)

    def _send_health(self, row: dict) -> None:
        key = row["idempotency_key"]
        if row["channel"] == "email":
            settings = self.settings.email
            self._send_email(store.HEALTH, [row],
                             email.health_message(settings, row["source"], row["state"], row["message"], key))
        elif row["channel"] == "apprise":
            apprise.send_health(self.settings.apprise, row["source"], row["state"], row["message"])
        else:
            webhook.post(self.settings.webhook, webhook.health_payload(row["source"], row["state"], row["message"]),
                         key)

    def _attempt(self, kind: str, rows: list[dict], channel: str, key: str, send: Callable[[], None]) -> None:
        if channel in self.down:
            return
        try:
            send()
        except DeliveryError as exc:
            if exc.retryable:
                attempts = max(row["attempts"] for row in rows) + 1
                self._record(kind, rows, channel, key, RETRY, str(exc),
                             _iso(next_attempt(self.now, attempts, exc.retry_after)))
                if exc.channel_down:
                    self.down.add(channel)
            else:
                self._record(kind, rows, channel, key, FAILED, str(exc))
            return
        except Exception as exc:  # a bug building one message must not hold back every other alert
            log.exception("alert %s on %s: unexpected error", key, channel)
            attempts = max(row["attempts"] for row in rows) + 1
            self._record(kind, rows, channel, key, RETRY, f"internal error: {exc!r}",
                         _iso(next_attempt(self.now, attempts)))
            return
        self._record(kind, rows, channel, key, SENT)
        lock.extend(self.db)

    def _record(self, kind: str, rows: list[dict], channel: str, key: str, status: str,
                error: Optional[str] = None, next_attempt_at: Optional[str] = None) -> None:
        ids = [row["id"] for row in rows]
        stamp = _iso(self.now)
        if status == SENT:
            store.mark_sent(self.db, kind, ids, stamp)
            log.info("alert %s sent on %s", key, channel)
        elif status == RETRY:
            store.mark_retry(self.db, kind, ids, error=error, next_attempt_at=next_attempt_at, now=stamp)
            log.warning("alert %s on %s failed, retrying from %s: %s", key, channel, next_attempt_at, error)
        else:
            store.mark_failed(self.db, kind, ids, error=error, now=stamp,
                              status=store.CANCELLED if status == CANCELLED else store.FAILED)
            log.error("alert %s on %s %s: %s", key, channel, status, error)
        self.report.outcomes.append(Outcome(key=key, channel=channel, status=status, error=error,
                                            next_attempt_at=next_attempt_at, rows=len(rows)))


NO_CHANGES = {"fields": {}, "new_articles": []}


def _changes(row: dict) -> Optional[dict]:
    """What an event.updated row says changed (None for an event.new row)."""
    return json.loads(row["changes"]) if row["alert_type"] == store.UPDATED and row["changes"] else None


def with_page_url(event: dict, base_url: Optional[str]) -> dict:
    """The event with `url`, its page in the web UI, when `[web] base_url` says where the UI is."""
    return dict(event, url=absolute(base_url, event_path(event["id"]))) if base_url else event


def send_test(settings: AlertSettings, channel: str) -> str:
    """Send a test message on `channel` (outside the outbox); return its key, or raise DeliveryError."""
    key = f"test-{uuid.uuid4().hex[:12]}:{channel}"
    if channel == "email" and settings.email:
        refused = email.send(settings.email, email.probe_message(settings.email, key))
        if refused:
            raise DeliveryError(f"SMTP refused: {email.describe_refusals(refused)}",
                                retryable=any(code < 500 for code, _reply in refused.values()))
    elif channel == "webhook" and settings.webhook:
        webhook.post(settings.webhook, webhook.probe_payload("This is a test message from pactwatch."), key)
    elif channel == "apprise" and settings.apprise:
        apprise.send(settings.apprise, "pactwatch test message", "This is a test message from pactwatch.")
    else:
        raise DeliveryError(f"no [alerts.{channel}] channel is configured", retryable=False)
    return key


def _utc(now: Optional[datetime]) -> datetime:
    if now is None:
        return datetime.now(timezone.utc)
    return now.replace(tzinfo=timezone.utc) if now.tzinfo is None else now.astimezone(timezone.utc)


def _iso(moment: datetime) -> str:
    """The stored clock format (storage.db.utc_now): ISO 8601 UTC with seconds."""
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()
