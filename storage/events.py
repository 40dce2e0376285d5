"""Events and their mentions: one row per real-world event, one mention per article that reports it."""

from __future__ import annotations

import json
from typing import Optional

import sqlite_utils

from storage.db import utc_now


def pending_article_ids(db: sqlite_utils.Database) -> list[int]:
    """Articles whose detection is not merged into events yet, in the order they appeared."""
    sql = ("SELECT d.article_id FROM detections d JOIN articles a ON a.id = d.article_id"
           " WHERE d.merged_at IS NULL ORDER BY COALESCE(a.published_at, a.fetched_at), a.id")
    return [row[0] for row in db.execute(sql)]


def detections_of(db: sqlite_utils.Database, article_ids: list[int]) -> list[dict]:
    """The unmerged detections of these articles, in the order of `article_ids`."""
    marks = ",".join("?" * len(article_ids))
    rows = db.execute(
        "SELECT d.article_id, a.published_at, a.fetched_at, d.events FROM detections d"
        f" JOIN articles a ON a.id = d.article_id WHERE d.article_id IN ({marks}) AND d.merged_at IS NULL",
        article_ids)
    found = {row[0]: {"article_id": row[0], "published_at": row[1], "fetched_at": row[2],
                      "events": json.loads(row[3])} for row in rows}
    return [found[article_id] for article_id in article_ids if article_id in found]


def clear_mentions(db: sqlite_utils.Database, article_id: int) -> set[int]:
    """Remove an article's mentions (before it is merged again); return the events it touched."""
    touched = {row[0] for row in db.execute("SELECT event_id FROM event_articles WHERE article_id = ?", [article_id])}
    db.execute("DELETE FROM event_articles WHERE article_id = ?", [article_id])
    return touched


MAX_SPAN_DAYS = 366


def find_event(db: sqlite_utils.Database, match_key: str, day: Optional[str], window: Optional[int]) -> Optional[int]:
    """The earliest event with this key whose dated span, widened by `window` days, holds `day`;
    with no window (the key alone identifies the event) the earliest event with the key.

    Spans are searched back at most MAX_SPAN_DAYS, which keeps the lookup an index range.
    """
    if window is None:
        return db.execute("SELECT MIN(id) FROM events WHERE match_key = ?", [match_key]).fetchone()[0]
    return db.execute(
        "SELECT MIN(id) FROM events WHERE match_key = :key AND first_day BETWEEN date(:day, :back) AND"
        " date(:day, :plus) AND last_day >= date(:day, :minus)",
        {"key": match_key, "day": day, "back": f"-{window + MAX_SPAN_DAYS} days", "plus": f"+{window} days",
         "minus": f"-{window} days"}).fetchone()[0]


_CANDIDATE = "SELECT id, kind, plan_year, EXISTS (SELECT 1 FROM alerts x WHERE x.event_id = e.id) FROM events e"
_PREFIX = "match_key >= :low AND match_key < :high"


def events_near(db: sqlite_utils.Database, prefixes: list[str], day: str, window: int) -> list[dict]:
    """Events whose match key starts with one of `prefixes` and whose dated span, widened by
    `window` days, holds `day`; oldest first, each with whether an alert already refers to it."""
    return _candidates(db, prefixes, " AND first_day BETWEEN date(:day, :back) AND date(:day, :plus)"
                                     " AND last_day >= date(:day, :minus)",
                       {"day": day, "back": f"-{window + MAX_SPAN_DAYS} days", "plus": f"+{window} days",
                        "minus": f"-{window} days"})


def events_with_prefixes(db: sqlite_utils.Database, prefixes: list[str]) -> list[dict]:
    """Every event whose match key starts with one of `prefixes`, dated or not; oldest first."""
    return _candidates(db, prefixes, "", {})


def _candidates(db: sqlite_utils.Database, prefixes: list[str], condition: str, params: dict) -> list[dict]:
    found = []
    for prefix in prefixes:
        rows = db.execute(f"{_CANDIDATE} WHERE {_PREFIX}{condition}",
                          {"low": prefix, "high": prefix + "\uffff", **params})
        found.extend({"id": row[0], "kind": row[1], "plan_year": row[2], "alerted": bool(row[3])} for row in rows)
    return sorted(found, key=lambda event: event["id"])


def create_event(db: sqlite_utils.Database, *, match_key: str, kind: str, parties: list[str],
                 plan_year: Optional[int], day: Optional[str]) -> int:
    now = utc_now()
    cursor = db.execute(
        "INSERT INTO events (match_key, kind, parties, plan_year, first_day, last_day, first_seen, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [match_key, kind, json.dumps(parties), plan_year, day, day, now, now])
    return cursor.lastrowid


def add_mention(db: sqlite_utils.Database, event_id: int, article_id: int, *, kind: str, plan_year: Optional[int],
                evidence: str, confidence: float, date: Optional[str], effective_date: Optional[str]) -> None:
    """Record that an article reports the event (as `kind`, for `plan_year`), widening the event's
    dated span at once (the rest of the event is brought up to date by refresh_event)."""
    db.execute(
        "INSERT OR IGNORE INTO event_articles (event_id, article_id, kind, plan_year, evidence, confidence, date,"
        " effective_date, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, article_id, kind, plan_year, evidence, confidence, date, effective_date, utc_now()])
    if effective_date:
        db.execute("UPDATE events SET first_day = MIN(COALESCE(first_day, :day), :day),"
                   " last_day = MAX(COALESCE(last_day, :day), :day) WHERE id = :id",
                   {"day": effective_date, "id": event_id})


def set_identity(db: sqlite_utils.Database, event_id: int, *, kind: str, plan_year: Optional[int],
                 match_key: str) -> None:
    db.execute("UPDATE events SET kind = ?, plan_year = ?, match_key = ? WHERE id = ?",
               [kind, plan_year, match_key, event_id])


def refresh_event(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """Recompute an event from its mentions: kind and plan year (a signing outranks talks, a
    stated year an unknown one), earliest stated date, best evidence, first-seen time; return
    the event's kind, parties and plan year.

    An event left with no mention is deleted (None is returned), unless an alert refers to it.
    """
    count = db.execute("SELECT COUNT(*) FROM event_articles WHERE event_id = ?", [event_id]).fetchone()[0]
    if count == 0:
        if not db.execute("SELECT 1 FROM alerts WHERE event_id = ?", [event_id]).fetchone():
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
        return None
    db.execute(
        """UPDATE events SET
             kind = COALESCE((SELECT kind FROM event_articles WHERE event_id = :id AND kind IS NOT NULL
                              ORDER BY kind = 'talks', article_id LIMIT 1), kind),
             plan_year = (SELECT MAX(plan_year) FROM event_articles WHERE event_id = :id),
             date = (SELECT MIN(date) FROM event_articles WHERE event_id = :id),
             first_day = (SELECT MIN(effective_date) FROM event_articles WHERE event_id = :id),
             last_day = (SELECT MAX(effective_date) FROM event_articles WHERE event_id = :id),
             confidence = (SELECT MAX(confidence) FROM event_articles WHERE event_id = :id),
             evidence = (SELECT evidence FROM event_articles WHERE event_id = :id
                         ORDER BY confidence DESC, article_id LIMIT 1),
             first_seen = MIN(first_seen, (SELECT MIN(a.fetched_at) FROM event_articles m
                                           JOIN articles a ON a.id = m.article_id WHERE m.event_id = :id)),
             updated_at = :now
           WHERE id = :id""", {"id": event_id, "now": utc_now()})
    kind, parties, plan_year = db.execute("SELECT kind, parties, plan_year FROM events WHERE id = ?",
                                          [event_id]).fetchone()
    return {"kind": kind, "parties": json.loads(parties), "plan_year": plan_year}


def mark_merged(db: sqlite_utils.Database, article_ids: list[int]) -> None:
    marks = ",".join("?" * len(article_ids))
    db.execute(f"UPDATE detections SET merged_at = ? WHERE article_id IN ({marks})", [utc_now(), *article_ids])


# The day an event is listed by: its date, else its first report's publish day, else the day it
# was first seen (never shown as its date: only its place in a list).
EVENT_DAY = ("COALESCE(e.date, (SELECT MIN(substr(a.published_at, 1, 10)) FROM event_articles m"
             " JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id), substr(e.first_seen, 1, 10))")


def list_events(db: sqlite_utils.Database, *, since: Optional[str] = None, kind: Optional[str] = None,
                country: Optional[str] = None, bilateral_only: bool = True, limit: Optional[int] = None) -> list[dict]:
    """Events with their source articles, newest first by EVENT_DAY (at most `limit` of them); `since`
    compares EVENT_DAY too.

    The articles of all listed events are read in one query, not in one query per event.
    """
    where, params = event_filters(since=since, kind=kind, country=country, bilateral_only=bilateral_only)
    selection = (" WHERE " + " AND ".join(where) if where else "") + f" ORDER BY {EVENT_DAY} DESC, e.id DESC"
    if limit is not None:
        selection += " LIMIT ?"
        params.append(limit)
    columns = "e.id, e.kind, e.parties, e.plan_year, e.date, e.first_seen, e.confidence, e.evidence"
    articles = _articles_of_events(db, f"SELECT e.id FROM events e{selection}", params)
    return [{"id": event_id, "kind": kind_, "parties": json.loads(parties), "plan_year": plan_year, "date": date,
             "first_seen": first_seen, "confidence": confidence, "evidence": evidence,
             "articles": articles.get(event_id, [])}
            for event_id, kind_, parties, plan_year, date, first_seen, confidence, evidence
            in db.execute(f"SELECT {columns} FROM events e{selection}", params)]


# Two-letter party codes that name blocs, not states (CIS, CSTO, NATO and SCO are longer).
BLOCS_OF_TWO_LETTERS = ("EU",)


def two_states_sql(parties: str = "e.parties") -> str:
    """SQL, true when the JSON array `parties` holds exactly two states: two two-letter codes, no
    bloc ("AZ" and "GE"; not "AZ" and "NATO", nor "EU" and "GE"). Bilateral events are these."""
    blocs = ", ".join(f"'{code}'" for code in BLOCS_OF_TWO_LETTERS)
    first, second = f"json_extract({parties}, '$[0]')", f"json_extract({parties}, '$[1]')"
    return (f"(json_array_length({parties}) = 2 AND length({first}) = 2 AND length({second}) = 2"
            f" AND {first} NOT IN ({blocs}) AND {second} NOT IN ({blocs}))")


def event_filters(*, since: Optional[str] = None, kind: Optional[str] = None, country: Optional[str] = None,
                  bilateral_only: bool = True) -> tuple[list[str], list]:
    """WHERE conditions (on `events e`) and their parameters for the usual event filters."""
    where, params = [], []
    if since:
        where.append(f"{EVENT_DAY} >= ?")
        params.append(since)
    if kind:
        where.append("e.kind = ?")
        params.append(kind)
    if country:
        where.append("EXISTS (SELECT 1 FROM json_each(e.parties) WHERE value = ?)")
        params.append(country.upper())
    if bilateral_only:
        where.append(two_states_sql())
    return where, params


_EVENT_ARTICLES = ("SELECT m.event_id, a.url, a.title, a.source, a.published_at FROM event_articles m"
                   " JOIN articles a ON a.id = m.article_id WHERE m.event_id {match}"
                   " ORDER BY m.event_id, COALESCE(a.published_at, a.fetched_at), a.id")


def _articles_of_events(db: sqlite_utils.Database, event_ids_sql: str, params: list) -> dict[int, list[dict]]:
    """The source articles of every event `event_ids_sql` selects, oldest first, by event id."""
    found: dict[int, list[dict]] = {}
    for event_id, url, title, source, published in db.execute(
            _EVENT_ARTICLES.format(match=f"IN ({event_ids_sql})"), params):
        found.setdefault(event_id, []).append({"url": url, "title": title, "source": source,
                                               "published_at": published})
    return found


def event_articles(db: sqlite_utils.Database, event_id: int) -> list[dict]:
    """The source articles of one event, oldest first."""
    return _articles_of_events(db, "?", [event_id]).get(event_id, [])


def article_mentions(db: sqlite_utils.Database) -> list[tuple[int, int, str, Optional[int], list[str]]]:
    """(article id, event id, kind, plan year, event parties) of every article's mention of an
    event, by event id."""
    return [(article_id, event_id, kind, plan_year, json.loads(parties))
            for article_id, event_id, kind, plan_year, parties in db.execute(
                "SELECT m.article_id, m.event_id, m.kind, m.plan_year, e.parties FROM event_articles m"
                " JOIN events e ON e.id = m.event_id ORDER BY m.event_id")]
