"""The alert outbox: one row per (event, channel) and per (health message, channel), written
before anything is sent, marked sent only after the channel confirmed delivery.

Two tables share one shape: `alerts` (event alerts) and `health_alerts` (source health).
Callers name the outbox by kind, "event" or "health". Every write commits at once, so what a
killed process had recorded survives it. Times are ISO 8601 UTC strings, compared as text.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional, Sequence

import sqlite_utils

from storage.events import two_states_sql
from storage.queries import event_with_mentions
from storage.reviews import shown_sql
from storage.schema import ANNOUNCED_SQL

PENDING, SENT, FAILED, CANCELLED = "pending", "sent", "failed", "cancelled"
NEW, UPDATED = "event.new", "event.updated"
FIELDS = ("kind", "plan_year", "date")
EVENT, HEALTH = "event", "health"
TABLES = {EVENT: "alerts", HEALTH: "health_alerts"}


def _table(kind: str) -> str:
    try:
        return TABLES[kind]
    except KeyError:
        raise ValueError(f"unknown outbox {kind!r} (expected one of: {', '.join(TABLES)})") from None


def enqueue_events(db: sqlite_utils.Database, channel: str, *, kinds: Sequence[str], countries: Sequence[str],
                   min_confidence: float, not_before: Optional[str], now: str) -> list[int]:
    """Add a pending row on `channel` for every alert-worthy event that has none yet; return their ids.

    Alert-worthy: bilateral, of one of `kinds`, involving one of `countries` (any when empty),
    at least `min_confidence`, with at least one source article, and dated on or after
    `not_before` (when given). An event's date is its stated date, else its earliest article's
    publish date, else the time it was first seen. The key `{event_id}:{channel}` is unique,
    so an event already queued (or sent) on the channel is never queued again. An event a
    review rejected (or merged into another) is never alert-worthy.
    """
    where = [
        two_states_sql(),
        shown_sql(),
        "e.kind IN (SELECT value FROM json_each(:kinds))",
        "COALESCE(e.confidence, 0) >= :min_confidence",
        "EXISTS (SELECT 1 FROM event_articles m WHERE m.event_id = e.id)",
        "NOT EXISTS (SELECT 1 FROM alerts x WHERE x.event_id = e.id AND x.channel = :channel)",
    ]
    params = {"kinds": json.dumps(list(kinds)), "min_confidence": min_confidence, "channel": channel, "now": now}
    if countries:
        where.append("EXISTS (SELECT 1 FROM json_each(e.parties) p"
                     " WHERE p.value IN (SELECT value FROM json_each(:countries)))")
        params["countries"] = json.dumps(list(countries))
    if not_before:
        where.append(
            "COALESCE(date(e.date), (SELECT MIN(date(a.published_at)) FROM event_articles m"
            " JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id), date(e.first_seen)) >= :not_before")
        params["not_before"] = not_before
    with db.conn:
        event_ids = [row[0] for row in db.execute(
            "SELECT e.id FROM events e WHERE " + " AND ".join(where) + " ORDER BY e.id", params)]
        for event_id in event_ids:
            db.execute(
                "INSERT OR IGNORE INTO alerts (event_id, channel, idempotency_key, status, attempts, created_at)"
                " VALUES (?, ?, ?, ?, 0, ?)", [event_id, channel, f"{event_id}:{channel}", PENDING, now])
    return event_ids


def enqueue_updates(db: sqlite_utils.Database, channel: str, *, now: str) -> list[int]:
    """Add an `event.updated` row on `channel` for every event whose alert went out and whose kind,
    plan year, date or sources changed since; return their event ids.

    The change is measured against what the channel's sent rows announced (the event's own
    latest for the fields, all of them for the sources: an event merged into this one brings
    its announced sources along). An event with a row still pending waits for it. The key
    `{event_id}:{channel}:updated:{n}`, n counting the event's rows on the channel, makes two
    processes queueing the same change queue it once. An event a review rejected (or merged
    away) gets no update.
    """
    sent: dict[int, list[dict]] = {}
    for event_id, announced in db.execute(
            "SELECT r.event_id, r.announced FROM alerts r WHERE r.channel = :channel AND r.status = 'sent'"
            " AND r.announced IS NOT NULL AND NOT EXISTS (SELECT 1 FROM alerts p WHERE p.event_id = r.event_id"
            " AND p.channel = r.channel AND p.status = 'pending')"
            f" AND EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id AND {shown_sql()})"
            " ORDER BY r.event_id, r.idempotency_key LIKE r.event_id || ':%', r.sent_at, r.id", {"channel": channel}):
        sent.setdefault(event_id, []).append(json.loads(announced))
    queued = []
    with db.conn:
        for event_id, announcements in sent.items():
            current = announced_now(db, event_id)
            changes = _changes(db, announcements, current) if current else None
            if not changes:
                continue
            count = db.execute("SELECT COUNT(*) FROM alerts WHERE event_id = ? AND channel = ?",
                               [event_id, channel]).fetchone()[0]
            cursor = db.execute(
                "INSERT OR IGNORE INTO alerts (event_id, channel, idempotency_key, status, attempts, created_at,"
                " alert_type, announced, changes) VALUES (?, ?, ?, ?, 0, ?, ?, ?, ?)",
                [event_id, channel, f"{event_id}:{channel}:updated:{count}", PENDING, now, UPDATED,
                 json.dumps(current), json.dumps(changes)])
            if cursor.rowcount:
                queued.append(event_id)
    return queued


def announced_now(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """What an alert sent now would announce about the event (kind, plan year, date, article ids)."""
    row = db.execute(f"SELECT {ANNOUNCED_SQL} FROM events e WHERE e.id = ?", [event_id]).fetchone()
    return json.loads(row[0]) if row else None


def _changes(db: sqlite_utils.Database, announcements: list[dict], current: dict) -> Optional[dict]:
    """The fields that differ from the latest announcement and the sources none announced; None when nothing changed."""
    latest = announcements[-1]
    fields = {name: {"from": latest.get(name), "to": current[name]} for name in FIELDS
              if latest.get(name) != current[name]}
    known = {article for announcement in announcements for article in announcement.get("articles", [])}
    new_ids = [article for article in current["articles"] if article not in known]
    if not fields and not new_ids:
        return None
    marks = ",".join("?" * len(new_ids))
    articles = [{"url": url, "title": title, "source": source, "published_at": published}
                for url, title, source, published in db.execute(
                    f"SELECT url, title, source, published_at FROM articles WHERE id IN ({marks})"
                    " ORDER BY COALESCE(published_at, fetched_at), id", new_ids)] if new_ids else []
    return {"fields": fields, "new_articles": articles}


def record_announced(db: sqlite_utils.Database, row_id: int) -> None:
    """Before an `event.new` row is sent: record what it announces, the base its updates are measured from."""
    with db.conn:
        db.execute(f"UPDATE alerts SET announced = (SELECT {ANNOUNCED_SQL} FROM events e WHERE e.id = alerts.event_id)"
                   " WHERE id = ? AND status = 'pending'", [row_id])


def enqueue_health(db: sqlite_utils.Database, channel: str, *, key: str, source: str, state: str, message: str,
                   now: str) -> bool:
    """Add a pending health message on `channel` under `key`; False when that key is already queued."""
    with db.conn:
        cursor = db.execute(
            "INSERT OR IGNORE INTO health_alerts (source, state, message, channel, idempotency_key, status,"
            " attempts, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?)",
            [source, state, message, channel, key, PENDING, now])
    return cursor.rowcount == 1


def due(db: sqlite_utils.Database, kind: str, now: Optional[str]) -> list[dict]:
    """Pending rows whose next attempt is due at `now` (every pending row when `now` is None), oldest first."""
    table = _table(kind)
    extra = ", source, state, message" if kind == HEALTH else ", event_id, batch_key, alert_type, changes"
    sql = (f"SELECT id, channel, idempotency_key, attempts{extra} FROM {table} WHERE status = ?"
           + (" AND (next_attempt_at IS NULL OR next_attempt_at <= ?)" if now else "") + " ORDER BY id")
    return list(db.query(sql, [PENDING, now] if now else [PENDING]))


def assign_batch(db: sqlite_utils.Database, ids: Iterable[int], key: str, plans: Sequence[dict] = (),
                 now: str = "") -> None:
    """Record that these event alerts go out together under `key` (an e-mail digest), before it is
    sent, with the overdue `plans` it lists ({pair, plan_year, expected_by, plan_years}), in one
    transaction: a digest sent again after a crash lists the same plans, and no later one does."""
    with db.conn:
        db.conn.executemany("UPDATE alerts SET batch_key = ? WHERE id = ? AND status = ?",
                            [(key, row_id, PENDING) for row_id in ids])
        db.conn.executemany(
            "INSERT OR IGNORE INTO digest_plans (pair, plan_year, expected_by, plan_years, batch_key, listed_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(plan["pair"], plan["plan_year"], plan["expected_by"], json.dumps(plan["plan_years"]), key, now)
             for plan in plans])


def listed_plans(db: sqlite_utils.Database, key: Optional[str] = None) -> list[dict]:
    """The overdue plans digest `key` lists (every digest's when None), by pair."""
    rows = db.execute("SELECT pair, plan_year, expected_by, plan_years, batch_key FROM digest_plans"
                      " WHERE batch_key = :key OR :key IS NULL ORDER BY pair, plan_year", {"key": key})
    return [{"pair": pair, "plan_year": year, "expected_by": expected_by, "plan_years": json.loads(years),
             "batch_key": batch} for pair, year, expected_by, years, batch in rows]


def mark_sent(db: sqlite_utils.Database, kind: str, ids: Iterable[int], now: str) -> None:
    """The channel confirmed delivery: these rows are done and are never sent again."""
    _update(db, kind, ids, "status = :status, attempts = attempts + 1, sent_at = :now, last_attempt_at = :now,"
            " next_attempt_at = NULL, last_error = NULL", {"status": SENT, "now": now})


def mark_retry(db: sqlite_utils.Database, kind: str, ids: Iterable[int], *, error: str, next_attempt_at: str,
               now: str) -> None:
    """A delivery failed in a way that may pass: count the attempt, try again from `next_attempt_at`."""
    _update(db, kind, ids, "attempts = attempts + 1, last_error = :error, last_attempt_at = :now,"
            " next_attempt_at = :next", {"error": error, "now": now, "next": next_attempt_at},
            only_pending=True)


def mark_failed(db: sqlite_utils.Database, kind: str, ids: Iterable[int], *, error: str, now: str,
                status: str = FAILED) -> None:
    """A delivery failed for good (or has nothing left to say, with status=CANCELLED): stop trying."""
    _update(db, kind, ids, "status = :status, attempts = attempts + 1, last_error = :error,"
            " last_attempt_at = :now, next_attempt_at = NULL", {"status": status, "error": error, "now": now},
            only_pending=True)


def recipients_done(db: sqlite_utils.Database, kind: str, ids: Sequence[int]) -> dict[str, str]:
    """The e-mail recipients already done with for these rows (sent to together): address -> 'sent'
    or 'failed' (refused for good). Recipients are recorded only when a server refused some."""
    marks = ",".join("?" * len(ids))
    return {row[0]: row[1] for row in db.execute(
        f"SELECT recipient, MAX(status) FROM alert_recipients WHERE outbox = ? AND alert_id IN ({marks})"
        " GROUP BY recipient", [kind, *ids])}


def record_recipients(db: sqlite_utils.Database, kind: str, ids: Sequence[int], outcomes: dict[str, Optional[str]],
                      *, status: str, now: str) -> None:
    """Record `status` ('sent' or 'failed') for each recipient in `outcomes` (address -> error or None)."""
    _table(kind)
    with db.conn:
        db.conn.executemany(
            "INSERT OR REPLACE INTO alert_recipients (outbox, alert_id, recipient, status, error, at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(kind, alert_id, address, status, error, now) for alert_id in ids for address, error in outcomes.items()])


def requeue_failed(db: sqlite_utils.Database) -> int:
    """Make permanently failed rows pending again (after the user fixed the cause); return how many.
    E-mail recipients refused for good are tried again too; those who got the alert are not."""
    count = 0
    with db.conn:
        db.execute("DELETE FROM alert_recipients WHERE status = ?", [FAILED])
        for table in TABLES.values():
            count += db.execute(f"UPDATE {table} SET status = ?, next_attempt_at = NULL WHERE status = ?",
                                [PENDING, FAILED]).rowcount
    return count


def _update(db: sqlite_utils.Database, kind: str, ids: Iterable[int], assignments: str, params: dict,
            only_pending: bool = False) -> None:
    ids = list(ids)
    if not ids:
        return
    marks = ",".join(f":id{index}" for index in range(len(ids)))
    params = {**params, **{f"id{index}": value for index, value in enumerate(ids)}, "pending": PENDING}
    guard = " AND status = :pending" if only_pending else " AND status != 'sent'"
    with db.conn:
        db.execute(f"UPDATE {_table(kind)} SET {assignments} WHERE id IN ({marks}){guard}", params)


def cancel_pending(db: sqlite_utils.Database, event_id: int, *, reason: str, now: str) -> int:
    """Cancel an event's alerts not sent yet (it was rejected); return how many."""
    with db.conn:
        return db.execute("UPDATE alerts SET status = ?, last_error = ?, last_attempt_at = ?, next_attempt_at = NULL"
                          " WHERE event_id = ? AND status = ?", [CANCELLED, reason, now, event_id, PENDING]).rowcount


def alerted(db: sqlite_utils.Database, event_id: int) -> bool:
    """Whether an alert about the event went out on some channel."""
    return db.execute("SELECT 1 FROM alerts WHERE event_id = ? AND status = ?", [event_id, SENT]).fetchone() is not None


def alert_event(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """The event an alert is about, in the shape of storage.events.list_events, or None if it is gone;
    each source article also names its `outlet` as people know it (storage.queries.event_with_mentions)."""
    event = event_with_mentions(db, event_id)
    if event is None:
        return None
    articles = [{field: article[field] for field in ALERT_ARTICLE_FIELDS} for article in event["articles"]]
    return {**{field: event[field] for field in ALERT_EVENT_FIELDS}, "articles": articles}


ALERT_EVENT_FIELDS = ("id", "kind", "parties", "plan_year", "date", "first_seen", "confidence", "evidence", "review")
ALERT_ARTICLE_FIELDS = ("url", "title", "source", "outlet", "published_at")


def list_outbox(db: sqlite_utils.Database, *, pending_only: bool = False) -> list[dict]:
    """Every outbox row (event and health), newest first, with a short description of what it is about
    and, for an e-mail some recipients refused, each recipient's outcome ({address: 'sent' | 'failed'})."""
    where = " WHERE r.status = 'pending'" if pending_only else ""
    sql = (
        "SELECT * FROM ("
        " SELECT 'event' AS kind, r.id, r.channel, r.idempotency_key, r.status, r.attempts, r.created_at,"
        "  r.next_attempt_at, r.last_attempt_at, r.sent_at, r.last_error, r.event_id, NULL AS source,"
        "  e.kind AS event_kind, e.parties, e.plan_year, NULL AS state,"
        "  (SELECT json_group_object(x.recipient, x.status) FROM alert_recipients x"
        "   WHERE x.outbox = 'event' AND x.alert_id = r.id) AS recipients"
        " FROM alerts r LEFT JOIN events e ON e.id = r.event_id" + where +
        " UNION ALL"
        " SELECT 'health', r.id, r.channel, r.idempotency_key, r.status, r.attempts, r.created_at,"
        "  r.next_attempt_at, r.last_attempt_at, r.sent_at, r.last_error, NULL, r.source, NULL, NULL, NULL, r.state,"
        "  (SELECT json_group_object(x.recipient, x.status) FROM alert_recipients x"
        "   WHERE x.outbox = 'health' AND x.alert_id = r.id)"
        " FROM health_alerts r" + where +
        ") ORDER BY created_at DESC, kind, id DESC")
    rows = []
    for row in db.query(sql):
        row["parties"] = json.loads(row["parties"]) if row["parties"] else None
        row["recipients"] = json.loads(row["recipients"] or "{}")
        rows.append(row)
    return rows


def pending_count(db: sqlite_utils.Database) -> int:
    """How many alerts (event and health) wait for delivery."""
    return sum(db.execute(f"SELECT COUNT(*) FROM {table} WHERE status = ?", [PENDING]).fetchone()[0]
               for table in TABLES.values())


def take_lock(db: sqlite_utils.Database, owner: str, *, until: str, now: str,
              steal_from: Optional[str] = None) -> Optional[str]:
    """Hold the dispatch lock for `owner` until `until`; return None on success, else the current holder.

    The lock is free when nobody holds it, when the holder's time is up, when `owner` already
    holds it (the time is extended), or when the holder is `steal_from` (a holder known dead).
    """
    with db.conn:
        db.execute("BEGIN IMMEDIATE")
        row = db.execute("SELECT owner, until FROM alert_dispatch_lock WHERE id = 1").fetchone()
        if row and row[0] not in (owner, steal_from) and row[1] > now:
            return row[0]
        db.execute("INSERT INTO alert_dispatch_lock (id, owner, until) VALUES (1, ?, ?)"
                   " ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until", [owner, until])
    return None


def release_lock(db: sqlite_utils.Database, owner: str) -> None:
    with db.conn:
        db.execute("DELETE FROM alert_dispatch_lock WHERE id = 1 AND owner = ?", [owner])
