"""Events and their mentions: one row per real-world event, one mention per article that reports it."""

from __future__ import annotations

import json
from typing import Optional

import sqlite_utils

from storage.db import utc_now
from storage.reviews import move_mentions, shown_sql


def pending_article_ids(db: sqlite_utils.Database) -> list[int]:
    """Articles whose detection is not merged into events yet (the merge queue: schema v17, kept
    by publish day since v19), in the order they appeared."""
    sql = ("SELECT d.article_id FROM merge_queue q JOIN detections d ON d.article_id = q.article_id"
           " JOIN articles a ON a.id = d.article_id ORDER BY COALESCE(a.published_at, a.fetched_at), a.id")
    return [row[0] for row in db.execute(sql)]


def detections_of(db: sqlite_utils.Database, article_ids: list[int]) -> list[dict]:
    """The unmerged detections of these articles, in the order of `article_ids` (with the language as
    article_text gives it)."""
    marks = ",".join("?" * len(article_ids))
    rows = db.execute(
        "SELECT d.article_id, a.published_at, a.fetched_at, d.events, COALESCE(d.lang, a.lang) FROM detections d"
        f" JOIN articles a ON a.id = d.article_id WHERE d.article_id IN ({marks}) AND EXISTS (SELECT 1"
        " FROM merge_queue q WHERE q.day = COALESCE(a.published_at, a.fetched_at) AND q.article_id = d.article_id)",
        article_ids)
    found = {row[0]: {"article_id": row[0], "published_at": row[1], "fetched_at": row[2],
                      "events": json.loads(row[3]), "lang": row[4]} for row in rows}
    return [found[article_id] for article_id in article_ids if article_id in found]


def clear_mentions(db: sqlite_utils.Database, article_id: int) -> set[int]:
    """Remove an article's mentions (before it is merged again); return the events it touched."""
    touched = {row[0] for row in db.execute("SELECT event_id FROM event_articles WHERE article_id = ?", [article_id])}
    db.execute("DELETE FROM event_articles WHERE article_id = ?", [article_id])
    return touched


MAX_SPAN_DAYS = 366


def events_with_key(db: sqlite_utils.Database, match_key: str) -> list[dict]:
    """Every event with exactly this key, dated or not (each as `_candidates` describes it)."""
    return _rows(db.execute(f"{_CANDIDATE} WHERE match_key = ?", [match_key]))


_CANDIDATE = ("SELECT id, kind, plan_year, first_day, last_day, EXISTS (SELECT 1 FROM alerts x WHERE x.event_id = e.id)"
              " FROM events e")


def events_near(db: sqlite_utils.Database, keys: list[str], day: str, window: int,
                last: Optional[str] = None) -> list[dict]:
    """Events with one of these match keys whose dated span, widened by `window` days, meets the
    days from `day` to `last` (`day` alone by default); oldest first, each with its kind, plan
    year, dated span and whether an alert refers to it.

    Spans are searched back at most MAX_SPAN_DAYS, which keeps the lookup an index range.
    """
    if not keys:
        return []
    marks = ",".join(f":k{index}" for index in range(len(keys)))
    rows = db.execute(
        f"{_CANDIDATE} WHERE match_key IN ({marks}) AND first_day BETWEEN date(:day, :back) AND date(:last, :plus)"
        " AND last_day >= date(:day, :minus) ORDER BY id",
        {"day": day, "last": last or day, "back": f"-{window + MAX_SPAN_DAYS} days", "plus": f"+{window} days",
         "minus": f"-{window} days", **{f"k{index}": key for index, key in enumerate(keys)}})
    return _rows(rows)


def _rows(rows) -> list[dict]:
    return [{"id": row[0], "kind": row[1], "plan_year": row[2], "first_day": row[3], "last_day": row[4],
             "alerted": bool(row[5])} for row in rows]


def merge_events(db: sqlite_utils.Database, survivor: int, other: int, *, alerted: bool = True) -> None:
    """Make `other` part of `survivor`: its reports and alerts move over, its id redirects to the
    survivor (event_redirects, also for ids that redirected to `other`), and the row goes.

    An alert already queued or sent for either event is the event's alert: the other's rows
    move to the survivor, so nothing is alerted again for it (see storage.alerts). A caller that
    has just read that no alert refers to `other` says so (`alerted=False`): there is none to move.
    """
    # Reports move in place (their rows and the index by article stay as they are): bridging merges
    # grow with the density of a pair's reports, so this is the part of merging that grows fastest.
    move_mentions(db, other, survivor)
    if alerted:
        db.execute("UPDATE alerts SET status = 'cancelled', last_error = :why WHERE event_id = :other"
                   " AND status = 'pending' AND channel IN (SELECT channel FROM alerts WHERE event_id = :survivor)",
                   {"other": other, "survivor": survivor, "why": f"event {other} merged into event {survivor}"})
        db.execute("UPDATE alerts SET event_id = ? WHERE event_id = ?", [survivor, other])
    db.execute("UPDATE event_redirects SET event_id = ? WHERE event_id = ?", [survivor, other])
    db.execute("INSERT OR REPLACE INTO event_redirects (old_id, event_id, merged_at) VALUES (?, ?, ?)",
               [other, survivor, utc_now()])
    db.execute("UPDATE events SET (first_day, last_day, first_seen) = (SELECT MIN(first_day), MAX(last_day),"
               " MIN(first_seen) FROM events WHERE id IN (:a, :b)) WHERE id = :a", {"a": survivor, "b": other})
    db.execute("DELETE FROM events WHERE id = ?", [other])


def resolve_event_id(db: sqlite_utils.Database, event_id: int) -> int:
    """The id an event is known by now: its own, or the survivor's when it was merged into another."""
    row = db.execute("SELECT event_id FROM event_redirects WHERE old_id = ?", [event_id]).fetchone()
    return row[0] if row else event_id


def create_event(db: sqlite_utils.Database, *, match_key: str, kind: str, parties: list[str],
                 plan_year: Optional[int], day: Optional[str]) -> int:
    """A new event; its id is above every id in use or redirecting (SQLite would hand out again the
    id of the newest event once it merged away, and links to that id would reach the wrong event)."""
    now = utc_now()
    cursor = db.execute(
        "INSERT INTO events (id, match_key, kind, parties, plan_year, first_day, last_day, first_seen, updated_at)"
        " VALUES (MAX(COALESCE((SELECT MAX(id) FROM events), 0), COALESCE((SELECT MAX(old_id) FROM event_redirects),"
        " 0)) + 1, ?, ?, ?, ?, ?, ?, ?, ?)", [match_key, kind, json.dumps(parties), plan_year, day, day, now, now])
    return cursor.lastrowid


def add_mention(db: sqlite_utils.Database, event_id: int, article_id: int, *, kind: str, plan_year: Optional[int],
                evidence: str, confidence: float, date: Optional[str], effective_date: Optional[str],
                partial_date: Optional[str] = None) -> None:
    """Record that an article reports the event (as `kind`, for `plan_year`), widening the event's
    dated span at once (the rest of the event is brought up to date by refresh_event)."""
    db.execute(
        "INSERT OR IGNORE INTO event_articles (event_id, article_id, kind, plan_year, evidence, confidence, date,"
        " effective_date, partial_date, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [event_id, article_id, kind, plan_year, evidence, confidence, date, effective_date, partial_date,
         utc_now()])
    if effective_date:
        db.execute("UPDATE events SET first_day = MIN(COALESCE(first_day, :day), :day),"
                   " last_day = MAX(COALESCE(last_day, :day), :day) WHERE id = :id",
                   {"day": effective_date, "id": event_id})


def span_of(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """An event as a merge candidate (id, kind, plan year, dated span, alerted), None if it is gone."""
    rows = _rows(db.execute(f"{_CANDIDATE} WHERE id = ?", [event_id]))
    return rows[0] if rows else None


def set_identity(db: sqlite_utils.Database, event_id: int, *, kind: str, plan_year: Optional[int],
                 match_key: str) -> None:
    db.execute("UPDATE events SET kind = ?, plan_year = ?, match_key = ? WHERE id = ?",
               [kind, plan_year, match_key, event_id])


def refresh_event(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """Recompute an event from its mentions and return its kind, parties and plan year.

    Kind, plan year and date are resolved from every report, each of which keeps its own
    reading: the most specific and best-supported value wins, ties going to the smaller value,
    so the outcome does not depend on the order reports came in. Kind: any act over talks, a
    plan with a stated year over any other document, then the kind most reports give. Plan year
    and date: the value most reports state (the act's own reports before talks; a plan year
    from talks only when the event is talks, so the talks of a visit never give its signing a
    year its own reports do not state, which would change what the event is). Also the dated
    span, best evidence, first-seen time.

    An event left with no mention is deleted (None is returned), unless an alert refers to it.
    """
    rows = db.execute("SELECT m.kind, m.plan_year, m.date, m.effective_date, m.confidence, m.evidence,"
                      " a.id IS NOT NULL, a.published_at, a.fetched_at FROM event_articles m"
                      " LEFT JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?", [event_id]).fetchall()
    if not rows:
        if not db.execute("SELECT 1 FROM alerts WHERE event_id = ?", [event_id]).fetchone():
            db.execute("DELETE FROM events WHERE id = ?", [event_id])
        return None
    db.execute("UPDATE events SET kind = COALESCE(:kind, kind), plan_year = :plan_year, date = :date,"
               " first_day = :first_day, last_day = :last_day, confidence = :confidence, evidence = :evidence,"
               " first_seen = MIN(first_seen, :seen), updated_at = :now WHERE id = :id",
               {**_resolved(rows), "id": event_id, "now": utc_now()})
    kind, parties, plan_year = db.execute("SELECT kind, parties, plan_year FROM events WHERE id = ?",
                                          [event_id]).fetchone()
    return {"kind": kind, "parties": json.loads(parties), "plan_year": plan_year}


def _resolved(rows: list) -> dict:
    """An event's resolved fields from its mentions' rows (kind, plan year, date, effective date,
    confidence, evidence, whether the article exists, its published and fetched times), in one
    pass: the rules of refresh_event, with SQLite's order (NULL before any value, text by code
    point) and the smaller value first on ties."""
    kinds: dict = {}
    for kind, plan_year, *_ in rows:
        if kind is not None:
            count, plan = kinds.get(kind, (0, False))
            kinds[kind] = (count + 1, plan or (kind == "plan_signed" and plan_year is not None))
    kind = min(kinds, key=lambda k: (k == "talks", not kinds[k][1], -kinds[k][0], k)) if kinds else None
    only_talks = all(row[0] == "talks" for row in rows)
    years: dict = {}
    for row in rows:
        if row[1] is not None and (row[0] != "talks" or only_talks):
            years[row[1]] = years.get(row[1], 0) + 1
    dates: dict = {}
    for row in rows:
        if row[2] is not None:
            count, act = dates.get(row[2], (0, False))
            dates[row[2]] = (count + 1, act or row[0] != "talks")
    days = [row[3] for row in rows if row[3] is not None]
    confidences = [row[4] for row in rows if row[4] is not None]
    stored = [row for row in rows if row[6]]
    best = min(stored, key=lambda row: (row[4] is None, -(row[4] or 0), row[7] is None, row[7] or "",
                                        row[5] is not None, row[5] or ""), default=None)
    fetched = [row[8] for row in stored if row[8] is not None]
    return {"kind": kind,
            "plan_year": min(years, key=lambda y: (-years[y], y)) if years else None,
            "date": min(dates, key=lambda d: (not dates[d][1], -dates[d][0], d)) if dates else None,
            "first_day": min(days) if days else None, "last_day": max(days) if days else None,
            "confidence": max(confidences) if confidences else None,
            "evidence": best[5] if best else None, "seen": min(fetched) if fetched else None}


def mark_merged(db: sqlite_utils.Database, article_ids: list[int]) -> None:
    """Take these articles off the merge queue (their `merged_at` is stamped by stamp_merged).

    The queue is kept by day and id (schema v19): a batch's articles are neighbours there, so a
    batch rewrites a few pages of the queue whatever the ids."""
    # The batch's days bound one range of the queue; other articles queued meanwhile within it stay.
    marks = ",".join("?" * len(article_ids))
    db.execute("WITH batch (day) AS (SELECT COALESCE(a.published_at, a.fetched_at) FROM articles a"
               f" WHERE a.id IN ({marks})) DELETE FROM merge_queue WHERE day BETWEEN (SELECT MIN(day) FROM batch)"
               f" AND (SELECT MAX(day) FROM batch) AND article_id IN ({marks})", [*article_ids, *article_ids])


def stamp_merged(db: sqlite_utils.Database) -> None:
    """Set `merged_at` on every detection merged since it was last stored: those not on the merge
    queue that have none. Done once per merge run, in article order, so each page of the
    detections table is written once (setting it per batch rewrote a page per article when
    article ids do not follow publication); a run that stopped before it is made up by the next."""
    db.execute("UPDATE detections SET merged_at = ? WHERE merged_at IS NULL"
               " AND article_id NOT IN (SELECT article_id FROM merge_queue)", [utc_now()])


# The day an event is listed by: its date, else its first report's publish day (first_day holds
# the earliest day its reports place it on, stated, else published), as storage.queries.LISTING_DAY;
# NULL when neither is known (listed last, and left out by `since`), never the day it was stored.
EVENT_DAY = "COALESCE(date(e.date), e.first_day)"


def list_events(db: sqlite_utils.Database, *, since: Optional[str] = None, kind: Optional[str] = None,
                country: Optional[str] = None, bilateral_only: bool = True, limit: Optional[int] = None) -> list[dict]:
    """Events with their source articles, newest first by EVENT_DAY, those with no known day last (at
    most `limit` of them); `since` compares EVENT_DAY too.

    The articles of all listed events are read in one query, not in one query per event.
    """
    where, params = event_filters(since=since, kind=kind, country=country, bilateral_only=bilateral_only)
    selection = (" WHERE " + " AND ".join(where) if where else "") + \
        f" ORDER BY {EVENT_DAY} IS NULL, {EVENT_DAY} DESC, e.id DESC"
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
                  bilateral_only: bool = True, reviewed_out: bool = True) -> tuple[list[str], list]:
    """WHERE conditions (on `events e`) and their parameters for the usual event filters;
    `reviewed_out` leaves out the events a review rejected or merged into another."""
    where, params = [shown_sql()] if reviewed_out else [], []
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


def mentions_of_parties(db: sqlite_utils.Database, parties: list[str], acts: set[str]) -> list[tuple]:
    """(event id, article id, kind, plan year, effective date, partial date, stated date, evidence) of every
    report of an event of exactly these parties, whatever its act (`acts`: the match keys' first parts), by event id.

    Read through the match key's index: one key range per act."""
    states = "-".join(sorted(parties))
    ranges = sorted(f"{act}|{states}|" for act in acts)
    where = " OR ".join(f"(e.match_key >= :p{index} AND e.match_key < :p{index} || '~')"
                        for index in range(len(ranges)))
    return [tuple(row) for row in db.execute(
        "SELECT m.event_id, m.article_id, m.kind, m.plan_year, m.effective_date, m.partial_date, m.date,"
        " m.evidence FROM events e"
        f" JOIN event_articles m ON m.event_id = e.id WHERE ({where}) ORDER BY m.event_id, m.article_id",
        {f"p{index}": prefix for index, prefix in enumerate(ranges)})]


def mention_keys(db: sqlite_utils.Database, event_id: int) -> list[tuple[int, int]]:
    """(event id, article id) of every report of the event."""
    return [tuple(row) for row in db.execute(
        "SELECT event_id, article_id FROM event_articles WHERE event_id = ? ORDER BY article_id", [event_id])]


def event_parties(db: sqlite_utils.Database, event_id: int) -> list[str]:
    """The parties of an event (none when it is gone)."""
    row = db.execute("SELECT parties FROM events WHERE id = ?", [event_id]).fetchone()
    return json.loads(row[0]) if row else []


def dated_evidence(db: sqlite_utils.Database, event_id: int) -> list[str]:
    """The evidence sentences of the event's reports that have a day (stated or published)."""
    return [row[0] or "" for row in db.execute("SELECT evidence FROM event_articles WHERE event_id = ?"
                                               " AND effective_date IS NOT NULL ORDER BY article_id", [event_id])]


def dated_reports(db: sqlite_utils.Database, event_id: int) -> list[tuple[str, str, Optional[str]]]:
    """(day, evidence sentence, language) of each of the event's reports that has a day (stated or
    published), by article id: what each report says beside its day (the language as article_text's)."""
    return [(row[0], row[1] or "", row[2]) for row in db.execute(
        "SELECT e.effective_date, e.evidence, COALESCE(d.lang, a.lang) FROM event_articles e"
        " JOIN articles a ON a.id = e.article_id LEFT JOIN detections d ON d.article_id = e.article_id"
        " WHERE e.event_id = ? AND e.effective_date IS NOT NULL ORDER BY e.article_id", [event_id])]


def is_alerted(db: sqlite_utils.Database, event_id: int) -> bool:
    return db.execute("SELECT 1 FROM alerts WHERE event_id = ? LIMIT 1", [event_id]).fetchone() is not None


def move_mention(db: sqlite_utils.Database, article_id: int, source: int, target: int) -> None:
    """Move one article's report from event `source` to event `target` (kept once if both had it)."""
    columns = "article_id, kind, plan_year, evidence, confidence, date, effective_date, partial_date, added_at"
    db.execute(f"INSERT OR IGNORE INTO event_articles (event_id, {columns}) SELECT ?, {columns} FROM event_articles"
               " WHERE event_id = ? AND article_id = ?", [target, source, article_id])
    db.execute("DELETE FROM event_articles WHERE event_id = ? AND article_id = ?", [source, article_id])


def inherit_alerts(db: sqlite_utils.Database, event_id: int, origin: int) -> None:
    """Count the alerts of event `origin` as sent for `event_id` too: a cancelled row per channel
    `origin` has an alert on, under the key a new alert would take, so none is queued."""
    db.execute(
        "INSERT OR IGNORE INTO alerts (event_id, channel, idempotency_key, status, attempts, created_at, last_error)"
        " SELECT DISTINCT :event, channel, :event || ':' || channel, 'cancelled', 0, :now, :why FROM alerts"
        " WHERE event_id = :origin AND status != 'cancelled'",
        {"event": event_id, "origin": origin, "now": utc_now(),
         "why": f"a report of event {origin}, already alerted, that could be a report of another event"})


def existing(db: sqlite_utils.Database, event_ids: set[int]) -> set[int]:
    """Those of these event ids that are still events (not merged away or deleted)."""
    ids, found = sorted(event_ids), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= {row[0] for row in db.execute(f"SELECT id FROM events WHERE id IN ({','.join('?' * len(chunk))})",
                                                chunk)}
    return found


def parties_of(db: sqlite_utils.Database, event_ids: set[int]) -> set[str]:
    """The parties (stored JSON) of these events."""
    ids, found = sorted(event_ids), set()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found |= {row[0] for row in db.execute(
            f"SELECT DISTINCT parties FROM events WHERE id IN ({','.join('?' * len(chunk))})", chunk)}
    return found


def _undated_sql(signing_kinds) -> str:
    """A report that places nothing by itself: no date, and no plan year unless it is no signing."""
    return ("m.effective_date IS NULL AND (m.plan_year IS NULL"
            f" OR m.kind NOT IN ({','.join('?' * len(signing_kinds))}))")


def parties_with_undated(db: sqlite_utils.Database, signing_kinds: tuple[str, ...],
                         event_ids: Optional[set[int]] = None) -> set[str]:
    """The parties (stored JSON) of the events holding an undated report: every event, or those of
    `event_ids`. `signing_kinds` are the kinds whose plan year places a report."""
    base = ("SELECT DISTINCT e.parties FROM event_articles m JOIN events e ON e.id = m.event_id"
            f" WHERE {_undated_sql(signing_kinds)}")
    if event_ids is None:
        return {row[0] for row in db.execute(base, list(signing_kinds))}
    found: set[str] = set()
    ids = sorted(event_ids)
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found |= {row[0] for row in db.execute(f"{base} AND m.event_id IN ({marks})", [*signing_kinds, *chunk])}
    return found


def article_text(db: sqlite_utils.Database, article_id: int) -> Optional[tuple[str, str, Optional[str], str]]:
    """(title, text, language, URL) of a stored article, None when it is gone: what an undated report
    says beyond its date is read from it (monitor.analysis.events.evidence), and its outlet's name,
    from its URL, is no name of its story. The language is the classifier's, which read the report,
    else the page's."""
    row = db.execute("SELECT a.title, a.text, COALESCE(d.lang, a.lang), a.url FROM articles a"
                     " LEFT JOIN detections d ON d.article_id = a.id WHERE a.id = ?", [article_id]).fetchone()
    return (row[0] or "", row[1] or "", row[2], row[3]) if row else None

