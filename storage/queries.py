"""Read-side queries for the feed, the report and the export: whole rows, one query each.

These build an event's source articles inside SQLite with json_group_array, so a feed poll or
an export of thousands of events stays one statement; storage.events.list_events, which the
`events` command prints, reads the same articles as plain rows.
"""

from __future__ import annotations

import json
from typing import Iterator, Optional

import sqlite_utils

from storage.events import event_filters
from storage.reviews import shown_sql

_EVENT_ARTICLES = (
    "(SELECT json_group_array(json_object('id', a.id, 'url', a.url, 'title', a.title, 'source', a.source,"
    " 'published_at', a.published_at)) FROM (SELECT a.* FROM event_articles m JOIN articles a"
    " ON a.id = m.article_id WHERE m.event_id = e.id ORDER BY COALESCE(a.published_at, a.fetched_at), a.id) a)")
EVENT_FIELDS = ("id", "kind", "parties", "plan_year", "date", "first_seen", "updated_at", "confidence", "evidence",
                "articles")
ARTICLE_FIELDS = ("id", "url", "source", "title", "published_at", "lang", "author", "fetched_at", "flagged",
                  "event_ids", "text")


def events(db: sqlite_utils.Database, *, since: Optional[str] = None, kind: Optional[str] = None,
           country: Optional[str] = None, bilateral_only: bool = True, newest: str = "date",
           limit: Optional[int] = None) -> Iterator[dict]:
    """Events with their source articles ({id, url, title, source, published_at}, oldest first).

    `since` compares the event's date, else its first-seen time (as `pactwatch events` does).
    `newest="date"` orders by that date, newest first; `newest="first_seen"` by when pactwatch
    first saw the event, which is what a feed reader wants.
    """
    where, params = event_filters(since=since, kind=kind, country=country, bilateral_only=bilateral_only)
    order = "e.first_seen DESC, e.id DESC" if newest == "first_seen" else \
        "COALESCE(e.date, e.first_seen) DESC, e.id DESC"
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

