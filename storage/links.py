"""Links between articles that are copies of each other, and the signatures that find them."""

from __future__ import annotations

from typing import Optional

import sqlite_utils

EXACT, NEAR = "exact_duplicate", "near_duplicate"


def unsigned_articles(db: sqlite_utils.Database, *, after: int = 0,
                      limit: int = 200) -> list[tuple[int, str, str, str]]:
    """(id, title, text, content_hash) of up to `limit` articles with no signature yet and an id
    above `after`, oldest first: read a batch at a time, so texts are never all in memory."""
    return db.execute(
        "SELECT a.id, COALESCE(a.title, ''), COALESCE(a.text, ''), a.content_hash FROM articles a"
        " LEFT JOIN article_signatures s ON s.article_id = a.id WHERE s.article_id IS NULL AND a.id > ?"
        " ORDER BY a.id LIMIT ?", [after, limit]).fetchall()


def unbanded_signatures(db: sqlite_utils.Database, since: str) -> list[tuple[int, bytes]]:
    """Signatures of articles fetched at or after `since` (ISO time) whose bands are not stored
    (signed before schema v7)."""
    return db.execute(
        "SELECT s.article_id, s.minhash FROM article_signatures s JOIN articles a ON a.id = s.article_id"
        " WHERE s.banded = 0 AND a.fetched_at >= ?", [since]).fetchall()


def outdated_signatures(db: sqlite_utils.Database, version: int, since: str, *, after: int = 0,
                        limit: int = 200) -> list[tuple[int, str, str]]:
    """(id, title, text) of up to `limit` articles fetched at or after `since` (ISO time), with an
    id above `after`, whose signature was made by a signing version older than `version`."""
    return db.execute(
        "SELECT a.id, COALESCE(a.title, ''), COALESCE(a.text, '') FROM article_signatures s"
        " JOIN articles a ON a.id = s.article_id WHERE s.version < ? AND a.fetched_at >= ? AND a.id > ?"
        " ORDER BY a.id LIMIT ?", [version, since, after, limit]).fetchall()


def save_signature(db: sqlite_utils.Database, article_id: int, minhash: bytes, bands: list[bytes],
                   version: int) -> None:
    """Store an article's MinHash, the signing version that made it, and its LSH bands (band
    number, bucket key)."""
    db.execute("INSERT OR REPLACE INTO article_signatures (article_id, minhash, version) VALUES (?, ?, ?)",
               [article_id, minhash, version])
    save_bands(db, article_id, bands)


def save_bands(db: sqlite_utils.Database, article_id: int, bands: list[bytes]) -> None:
    db.conn.executemany("INSERT OR IGNORE INTO signature_bands (band, bucket, article_id) VALUES (?, ?, ?)",
                   [(band, bucket, article_id) for band, bucket in enumerate(bands)])
    db.execute("UPDATE article_signatures SET banded = 1 WHERE article_id = ?", [article_id])


def band_candidates(db: sqlite_utils.Database, bands: list[bytes], since: str,
                    before_id: int) -> list[tuple[int, bytes]]:
    """(id, minhash) of the articles fetched at or after `since`, with ids below `before_id`, that
    share at least one band's bucket with `bands`: the candidates for a near-duplicate."""
    match = " OR ".join("(b.band = ? AND b.bucket = ?)" for _ in bands)
    params = [value for band, bucket in enumerate(bands) for value in (band, bucket)]
    return db.execute(
        "SELECT s.article_id, s.minhash FROM article_signatures s JOIN articles a ON a.id = s.article_id"
        f" WHERE s.article_id IN (SELECT b.article_id FROM signature_bands b WHERE {match})"
        " AND s.article_id < ? AND a.fetched_at >= ?", [*params, before_id, since]).fetchall()


def same_hash(db: sqlite_utils.Database, content_hash: str, article_id: int) -> Optional[int]:
    """The earliest other article with exactly the same content."""
    row = db.execute("SELECT MIN(id) FROM articles WHERE content_hash = ? AND id != ?",
                     [content_hash, article_id]).fetchone()
    return row[0]


def link(db: sqlite_utils.Database, article_id: int, other_id: int, relation: str, similarity: float) -> None:
    """Record that `article_id` copies `other_id` (the earlier article)."""
    db.execute("INSERT OR IGNORE INTO article_links (article_id, other_id, relation, similarity)"
               " VALUES (?, ?, ?, ?)", [article_id, other_id, relation, round(similarity, 3)])


def links_of(db: sqlite_utils.Database, article_id: int) -> list[dict]:
    rows = db.execute("SELECT other_id, relation, similarity FROM article_links WHERE article_id = ?"
                      " UNION SELECT article_id, relation, similarity FROM article_links WHERE other_id = ?",
                      [article_id, article_id])
    return [{"article_id": other, "relation": relation, "similarity": similarity}
            for other, relation, similarity in rows]
