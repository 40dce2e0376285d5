"""Review decisions (table `reviews`) and the writes that apply them to events.

A decision is stored apart from what the classifier says; monitor.analysis.review decides what
it does to the current events. An event is named by the ids of the articles it held when the
decision was taken (see storage.schema._v12_reviews).
"""

from __future__ import annotations

import json
from typing import Optional

import sqlite_utils

from storage.db import utc_now

# events.review values an event leaves every listing, feed, report, export and alert with.
HIDDEN = ("rejected", "merged")


def shown_sql(alias: str = "e") -> str:
    """SQL, true for an event a review has not taken away (rejected, or merged into another)."""
    hidden = ", ".join(f"'{state}'" for state in HIDDEN)
    column = f"{alias}.review" if alias else "review"
    return f"COALESCE({column}, '') NOT IN ({hidden})"


def add_review(db: sqlite_utils.Database, *, target: str, action: str, event_id: Optional[int], articles: list[int],
               parties: Optional[list[str]], kind: Optional[str], note: Optional[str], by: str,
               article_id: Optional[int] = None, other_event_id: Optional[int] = None,
               other_articles: Optional[list[int]] = None, changes: Optional[dict] = None) -> int:
    """Store one decision; return its id."""
    cursor = db.execute(
        "INSERT INTO reviews (target, action, event_id, articles, parties, kind, article_id, other_event_id,"
        " other_articles, changes, note, by, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [target, action, event_id, json.dumps(sorted(articles)), json.dumps(parties) if parties else None, kind,
         article_id, other_event_id, json.dumps(sorted(other_articles)) if other_articles is not None else None,
         json.dumps(changes) if changes is not None else None, note, by, utc_now()])
    return cursor.lastrowid


def reviews(db: sqlite_utils.Database) -> list[dict]:
    """Every decision, oldest first, with its JSON columns read."""
    rows = []
    for row in db.query("SELECT * FROM reviews ORDER BY id"):
        for column in ("articles", "parties", "other_articles", "changes"):
            row[column] = json.loads(row[column]) if row[column] else None
        rows.append(row)
    return rows


def event_summary(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """{id, kind, parties, plan_year, date, review, articles: [ids]} of an event, or None."""
    row = db.execute("SELECT id, kind, parties, plan_year, date, review FROM events WHERE id = ?",
                     [event_id]).fetchone()
    if row is None:
        return None
    articles = [r[0] for r in db.execute("SELECT article_id FROM event_articles WHERE event_id = ? ORDER BY article_id",
                                         [event_id])]
    return {"id": row[0], "kind": row[1], "parties": json.loads(row[2]), "plan_year": row[3], "date": row[4],
            "review": row[5], "articles": articles}


def events_holding(db: sqlite_utils.Database, article_ids: list[int]) -> list[dict]:
    """Events reporting any of these articles: {id, kind, parties, overlap (how many of them), size}."""
    return [{"id": row[0], "kind": row[1], "parties": json.loads(row[2]), "overlap": row[3], "size": row[4]}
            for row in db.execute(
                "SELECT e.id, e.kind, e.parties, COUNT(*),"
                " (SELECT COUNT(*) FROM event_articles x WHERE x.event_id = e.id)"
                " FROM event_articles m JOIN events e ON e.id = m.event_id"
                " WHERE m.article_id IN (SELECT value FROM json_each(?)) GROUP BY e.id ORDER BY e.id",
                [json.dumps(article_ids)])]


def set_review(db: sqlite_utils.Database, event_id: int, state: Optional[str]) -> None:
    db.execute("UPDATE events SET review = ? WHERE id = ?", [state, event_id])


def correct_event(db: sqlite_utils.Database, event_id: int, changes: dict) -> None:
    """Write the corrected fields (kind, parties, plan_year, date) that `changes` holds."""
    columns = {name: json.dumps(value) if name == "parties" else value for name, value in changes.items()
               if name in ("kind", "parties", "plan_year", "date")}
    if columns:
        assignments = ", ".join(f"{name} = :{name}" for name in columns)
        db.execute(f"UPDATE events SET {assignments} WHERE id = :id", {**columns, "id": event_id})


def move_mentions(db: sqlite_utils.Database, from_id: int, to_id: int) -> None:
    """Every report of event `from_id` becomes a report of `to_id` (one already there stays as it is)."""
    db.execute("UPDATE OR IGNORE event_articles SET event_id = ? WHERE event_id = ?", [to_id, from_id])
    db.execute("DELETE FROM event_articles WHERE event_id = ?", [from_id])


def take_mention(db: sqlite_utils.Database, event_id: int, article_id: int) -> Optional[dict]:
    """Remove an article's report of an event; return the mention as it was (None if there was none)."""
    row = db.execute("SELECT kind, plan_year, evidence, confidence, date, effective_date, partial_date"
                     " FROM event_articles"
                     " WHERE event_id = ? AND article_id = ?", [event_id, article_id]).fetchone()
    if row is None:
        return None
    db.execute("DELETE FROM event_articles WHERE event_id = ? AND article_id = ?", [event_id, article_id])
    return dict(zip(("kind", "plan_year", "evidence", "confidence", "date", "effective_date", "partial_date"), row))


def detected_parties(db: sqlite_utils.Database, article_id: int, kind: str, plan_year: Optional[int]) -> Optional[list]:
    """The parties of the article's own detected event of this kind and plan year, if it has one."""
    row = db.execute("SELECT json_extract(v.value, '$.parties') FROM detections d, json_each(d.events) v"
                     " WHERE d.article_id = ? AND json_extract(v.value, '$.kind') = ?"
                     " AND json_extract(v.value, '$.plan_year') IS ? ORDER BY v.key LIMIT 1",
                     [article_id, kind, plan_year]).fetchone()
    return sorted(json.loads(row[0])) if row and row[0] else None


def empty_event(db: sqlite_utils.Database, match_key: str) -> Optional[int]:
    """The oldest event with this key that reports nothing (kept because an alert refers to it)."""
    return db.execute("SELECT MIN(id) FROM events e WHERE match_key = ? AND COALESCE(review, '') != 'merged'"
                      " AND NOT EXISTS (SELECT 1 FROM event_articles m WHERE m.event_id = e.id)",
                      [match_key]).fetchone()[0]


def event_exists(db: sqlite_utils.Database, event_id: int) -> bool:
    return db.execute("SELECT 1 FROM events WHERE id = ?", [event_id]).fetchone() is not None


def reviewed_articles(db: sqlite_utils.Database) -> list[dict]:
    """Articles a decision was about (the articles of each reviewed event, and moved articles) with
    their text and the events they report now that are not hidden: {id, url, title, text, lang,
    published_at, events: [{id, kind, parties, plan_year, date}]}, in id order."""
    ids: set[int] = set()
    for articles, other, moved in db.execute("SELECT articles, other_articles, article_id FROM reviews"):
        ids.update(json.loads(articles))
        ids.update(json.loads(other) if other else [])
        if moved is not None:
            ids.add(moved)
    found = []
    for row in db.query("SELECT a.id, a.url, a.title, a.text, COALESCE(a.lang, d.lang) AS lang, a.published_at"
                        " FROM articles a LEFT JOIN detections d ON d.article_id = a.id"
                        " WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY a.id", [json.dumps(sorted(ids))]):
        row["events"] = [
            {"id": event_id, "kind": kind, "parties": json.loads(parties), "plan_year": plan_year, "date": date}
            for event_id, kind, parties, plan_year, date in db.execute(
                "SELECT e.id, e.kind, e.parties, e.plan_year, e.date FROM event_articles m"
                f" JOIN events e ON e.id = m.event_id WHERE m.article_id = ? AND {shown_sql()} ORDER BY e.id",
                [row["id"]])]
        found.append(row)
    return found
