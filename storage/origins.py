"""Where a republished article comes from: the outlet it names, and that outlet's source if configured."""

from __future__ import annotations

from typing import Iterator, Optional

import sqlite_utils

from storage.db import transaction

REPUBLISHES = "republishes"


def save_origin(db: sqlite_utils.Database, article_id: int, outlet: str, origin_source: Optional[str]) -> None:
    with transaction(db):
        db.execute("INSERT OR REPLACE INTO article_origins (article_id, outlet, origin_source) VALUES (?, ?, ?)",
                   [article_id, outlet, origin_source])


def origin_of(db: sqlite_utils.Database, article_id: int) -> Optional[dict]:
    row = db.execute("SELECT outlet, origin_source FROM article_origins WHERE article_id = ?",
                     [article_id]).fetchone()
    return {"outlet": row[0], "origin_source": row[1]} if row else None


def unlinked_republications(db: sqlite_utils.Database, since: str) -> Iterator[tuple[int, str, bytes]]:
    """(article id, origin source, MinHash) of signed copies fetched since `since` not yet linked to an original."""
    yield from db.execute(
        "SELECT o.article_id, o.origin_source, s.minhash FROM article_origins o"
        " JOIN articles a ON a.id = o.article_id JOIN article_signatures s ON s.article_id = o.article_id"
        " WHERE o.origin_source IS NOT NULL AND a.source != o.origin_source AND a.fetched_at >= ?"
        " AND NOT EXISTS (SELECT 1 FROM article_links l WHERE l.article_id = o.article_id AND l.relation = ?)"
        " ORDER BY o.article_id", [since, REPUBLISHES])


def source_signatures(db: sqlite_utils.Database, source: str, since: str) -> Iterator[tuple[int, bytes]]:
    """(article id, MinHash) of one source's signed articles fetched since `since`."""
    yield from db.execute(
        "SELECT a.id, s.minhash FROM articles a JOIN article_signatures s ON s.article_id = a.id"
        " WHERE a.source = ? AND a.fetched_at >= ?", [source, since])
