"""Read-side queries for the feed, the report and the export: whole rows, one query each.

These build an event's source articles inside SQLite with json_group_array, so a feed poll or
an export of thousands of events stays one statement; storage.events.list_events, which the
`events` command prints, reads the same articles as plain rows.
"""

from __future__ import annotations

import json
from typing import Iterator, Optional

import sqlite_utils

from storage.events import event_filters, two_states_sql
from storage.reviews import shown_sql

_EVENT_ARTICLES = (
    "(SELECT json_group_array(json_object('id', a.id, 'url', a.url, 'title', a.title, 'source', a.source,"
    " 'published_at', a.published_at, 'lang', a.lang)) FROM (SELECT a.* FROM event_articles m JOIN articles a"
    " ON a.id = m.article_id WHERE m.event_id = e.id ORDER BY COALESCE(a.published_at, a.fetched_at), a.id) a)")
EVENT_FIELDS = ("id", "kind", "parties", "plan_year", "date", "first_seen", "updated_at", "confidence", "evidence",
                "articles")
ARTICLE_FIELDS = ("id", "url", "source", "title", "published_at", "lang", "author", "fetched_at", "flagged",
                  "event_ids", "text")


# The day an event is listed by (monitor.analysis.eventday.listing_day): the stated date, else its
# first report's publish date; NULL (listed last) when neither is known, never the day it was stored.
# first_day is the earliest day the reports place the event on (stated, else published), so with
# no stated date it is the first report's publish day, on the row itself.
LISTING_DAY = "COALESCE(date(e.date), e.first_day)"
ORDERS = {
    "first_seen": "e.first_seen DESC, e.id DESC",
    "day": f"{LISTING_DAY} IS NULL, {LISTING_DAY} DESC, e.id DESC",
    "date": "COALESCE(e.date, e.first_seen) DESC, e.id DESC",
}


def events(db: sqlite_utils.Database, *, since: Optional[str] = None, kind: Optional[str] = None,
           country: Optional[str] = None, bilateral_only: bool = True, newest: str = "date",
           limit: Optional[int] = None, including: tuple[str, ...] = (), words: tuple[str, ...] = (),
           multilateral_only: bool = False) -> Iterator[dict]:
    """Events with their source articles ({id, url, title, source, published_at, lang}, oldest first).

    `since` compares the event's date, else its first report's publish date (LISTING_DAY); an event
    with neither is left out, since the day pactwatch stored it is not its day.
    `newest="date"` orders by that date, newest first; `newest="day"` by the day the event is
    listed by (LISTING_DAY), undated last; `newest="first_seen"` by when pactwatch first saw the
    event, which is what a feed reader wants. `including` keeps the events with every one of these
    parties (and maybe others); `words` those whose
    evidence holds every word, or a source article's title or text (full-text index) holds a word
    starting with it; `multilateral_only` those that
    are not between exactly two states.
    """
    where, params = event_filters(kind=kind, country=country, bilateral_only=bilateral_only)
    if since:
        where.append(f"{LISTING_DAY} >= ?")
        params.append(since[:10])
    if multilateral_only:
        where.append(f"NOT {two_states_sql()}")
    for code in including:
        where.append("EXISTS (SELECT 1 FROM json_each(e.parties) WHERE value = ?)")
        params.append(code)
    for word in words:
        # Articles through their full-text index (a word, or the start of one: "Kazakh" finds
        # "Kazakhstan"), so a search never reads every stored text; the evidence is one short line.
        where.append("(e.evidence LIKE ? ESCAPE '\\' OR EXISTS (SELECT 1 FROM event_articles m WHERE m.event_id = e.id"
                     " AND m.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)))")
        pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        params.extend([pattern, '"' + word.replace('"', '""') + '"*'])
    order = ORDERS[newest]
    selection = " WHERE " + " AND ".join(where) if where else ""
    if limit is not None:
        # Choose the rows first, so source articles are gathered for those rows only.
        selection = f" WHERE e.id IN (SELECT e.id FROM events e{selection} ORDER BY {order} LIMIT ?)"
        params.append(limit)
    sql = ("SELECT e.id, e.kind, e.parties, e.plan_year, e.date, e.first_seen, e.updated_at, e.confidence,"
           f" e.evidence, {_EVENT_ARTICLES} FROM events e{selection} ORDER BY {order}")
    for row in db.execute(sql, params):
        event = dict(zip(EVENT_FIELDS, row))
        event["parties"] = json.loads(event["parties"])
        event["articles"] = json.loads(event["articles"] or "[]")
        published = [a["published_at"][:10] for a in event["articles"] if a["published_at"]]
        event["first_report"] = min(published) if published else None
        yield event


def articles(db: sqlite_utils.Database, *, since: Optional[str] = None,
             kind: Optional[str] = None) -> Iterator[dict]:
    """Articles with their full text, whether the classifier flagged them and the events they report
    (not those a review rejected), oldest first; `kind` keeps only articles reporting an event of that kind."""
    where, params = [], []
    if since:
        where.append("COALESCE(a.published_at, a.fetched_at) >= ?")
        params.append(since)
    if kind:
        where.append("EXISTS (SELECT 1 FROM event_articles m JOIN events e ON e.id = m.event_id"
                     f" WHERE m.article_id = a.id AND e.kind = ? AND {shown_sql()})")
        params.append(kind)
    sql = ("SELECT a.id, a.url, a.source, a.title, a.published_at, a.lang, a.author, a.fetched_at, d.flagged,"
           " (SELECT json_group_array(event_id) FROM (SELECT m.event_id FROM event_articles m"
           f"  JOIN events e ON e.id = m.event_id WHERE m.article_id = a.id AND {shown_sql()}"
           "  ORDER BY m.event_id)), a.text"
           " FROM articles a LEFT JOIN detections d ON d.article_id = a.id"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY COALESCE(a.published_at, a.fetched_at), a.id")
    for row in db.execute(sql, params):
        article = dict(zip(ARTICLE_FIELDS, row))
        article["flagged"] = None if article["flagged"] is None else bool(article["flagged"])
        article["event_ids"] = json.loads(article["event_ids"] or "[]")
        yield article



MENTION_FIELDS = ("id", "url", "source", "outlet", "title", "published_at", "lang", "read_as", "text", "evidence",
                  "confidence", "date")


def event_with_mentions(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """One event (the fields of `events`) with every report of it in full, oldest first: the
    article, the outlet's name (the outlet a syndicated copy names, else the source's title, else
    the source's name), its language as the page gave it (`lang`) and as the classifier read it
    (`read_as`), its text and this article's own evidence, confidence and date; `review` is what a
    review made of it (storage.reviews), None when nobody reviewed it. None when no event has this id."""
    row = db.execute("SELECT id, kind, parties, plan_year, date, first_seen, updated_at, confidence, evidence,"
                     " review FROM events WHERE id = ?", [event_id]).fetchone()
    if row is None:
        return None
    event = dict(zip((*EVENT_FIELDS[:-1], "review"), row))
    event["parties"] = json.loads(event["parties"])
    origins = "article_origins" in db.table_names()
    outlet = "COALESCE(o.outlet, s.title, a.source)" if origins else "COALESCE(s.title, a.source)"
    join = " LEFT JOIN article_origins o ON o.article_id = a.id" if origins else ""
    event["articles"] = [dict(zip(MENTION_FIELDS, mention)) for mention in db.execute(
        f"SELECT a.id, a.url, a.source, {outlet}, a.title, a.published_at, a.lang, d.lang, a.text, m.evidence,"
        f" m.confidence, m.date FROM event_articles m JOIN articles a ON a.id = m.article_id"
        f" LEFT JOIN detections d ON d.article_id = a.id LEFT JOIN sources s ON s.name = a.source"
        f"{join} WHERE m.event_id = ? ORDER BY COALESCE(a.published_at, a.fetched_at), a.id", [event_id])]
    return event


def redirected_event(db: sqlite_utils.Database, event_id: int) -> Optional[int]:
    """The event an old id was merged into, when the database records such merges
    (event_redirects); None otherwise."""
    if "event_redirects" not in db.table_names():
        return None
    row = db.execute("SELECT event_id FROM event_redirects WHERE old_id = ?", [event_id]).fetchone()
    return row[0] if row else None


def event_sources(db: sqlite_utils.Database, event_id: int) -> list[dict]:
    """The articles an event was merged from (id, title, url, source), oldest first: the events
    table's evidence cell and the review page list them."""
    return [dict(zip(("id", "title", "url", "source"), row)) for row in db.execute(
        "SELECT a.id, a.title, a.url, a.source FROM event_articles m JOIN articles a ON a.id = m.article_id"
        " WHERE m.event_id = ? ORDER BY COALESCE(a.published_at, a.fetched_at), a.id", [event_id])]
