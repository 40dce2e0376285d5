"""Articles: one row per canonical URL, written idempotently."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Sequence

import sqlite_utils

from storage.db import transaction, utc_now

ARTICLE_COLUMNS = ("id", "url", "source", "title", "published_at", "lang", "fetched_at")


@dataclass(frozen=True)
class Upserted:
    """What a write did, not an article (that is monitor.analysis.store.ArticleRecord): the row id,
    whether the row is new or its text changed, and whether its verdict changed (None when no
    verdict was given)."""

    id: int
    created: bool
    changed: bool
    verdict_changed: Optional[bool] = None


def content_hash(title: str, text: str) -> str:
    """A hash of the article's words that ignores whitespace differences.

    The words are split on whitespace and joined by one space: the same string as replacing each run
    of `\\s` by a space and stripping the ends (str.split and re's `\\s` read the same characters as
    whitespace), so stored hashes stay comparable, at under half the regex's cost (0.09 against 0.20
    ms on an article of the benchmark pages; every crawled article is hashed on the reactor's thread).
    """
    normalised = " ".join(f"{title}\n{text}".split()).lower()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()


@dataclass
class ArticleRow:
    """An article's own columns, as upsert_articles writes them (monitor.analysis.store.ArticleRecord is one)."""

    url: str
    source: str
    title: str
    text: str
    published_at: Optional[str] = None
    lang: Optional[str] = None
    author: Optional[str] = None


# Rows of one INSERT statement: 10 values each, well under SQLite's 32,766 variables.
INSERT_ROWS = 64


def upsert_article(db: sqlite_utils.Database, *, url: str, source: str, title: str, text: str,
                   published_at: Optional[str] = None, lang: Optional[str] = None,
                   author: Optional[str] = None, run_id: Optional[int] = None) -> Upserted:
    """Store an article by canonical URL; a second write of the same URL updates, never duplicates."""
    return upsert_articles(db, [ArticleRow(url, source, title, text, published_at, lang, author)], run_id=run_id)[0]


def upsert_articles(db: sqlite_utils.Database, rows: Sequence[ArticleRow], *,
                    run_id: Optional[int] = None) -> list[Upserted]:
    """Store articles by canonical URL, in one transaction, as upsert_article would one after another.

    The new URLs (what a crawl stores) are inserted by one statement for up to INSERT_ROWS of them, in
    their order (so they get the ids they would one at a time); a URL already stored, or met earlier
    in `rows`, is read after and updated when its text changed. One statement matters for the search
    index: its insert trigger writes each article's words into FTS5's pending terms, which FTS5 writes
    out as a segment whenever a later statement of the transaction opens a statement journal (every
    statement that fires a trigger does). Inserted one statement each, the articles of a crawl's
    batch made a segment each, with the merges that follow; inserted together, one. The stored rows
    and the index's contents are the same: 0.52 against 0.40 ms an article on a crawl's texts, sixteen
    to a transaction (BENCHMARKS.md section 1, wip-s13p).
    """
    digests = [content_hash(row.title, row.text) for row in rows]
    with transaction(db):
        created: dict[int, int] = {}  # position in rows -> new id
        for start in range(0, len(rows), INSERT_ROWS):
            values: list = []
            for row, digest in zip(rows[start:start + INSERT_ROWS], digests[start:start + INSERT_ROWS]):
                values += [row.url, row.source, row.title, row.published_at, row.lang, row.author, row.text,
                           digest, utc_now(), run_id]
            count = len(values) // 10
            inserted = db.execute(
                "INSERT INTO articles (url, source, title, published_at, lang, author, text, content_hash,"
                " fetched_at, run_id) VALUES " + ", ".join(["(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"] * count)
                + " ON CONFLICT (url) DO NOTHING RETURNING id, url", values).fetchall()
            new_ids = dict((url, article_id) for article_id, url in inserted)
            for position in range(start, start + count):
                article_id = new_ids.pop(rows[position].url, None)  # a URL twice in rows: its first is new
                if article_id is not None:
                    created[position] = article_id
        return [Upserted(id=created[position], created=True, changed=True) if position in created
                else _update_known(db, row, digest)
                for position, (row, digest) in enumerate(zip(rows, digests))]


def _update_known(db: sqlite_utils.Database, row: ArticleRow, digest: str) -> Upserted:
    """A stored URL written again: updated when its text changed."""
    article_id, old_digest = db.execute("SELECT id, content_hash FROM articles WHERE url = ?", [row.url]).fetchone()
    if old_digest == digest:
        return Upserted(id=article_id, created=False, changed=False)
    db.execute(
        "UPDATE articles SET title = ?, text = ?, published_at = COALESCE(?, published_at),"
        " lang = COALESCE(?, lang), author = COALESCE(?, author), content_hash = ?, fetched_at = ?"
        " WHERE id = ?",
        [row.title, row.text, row.published_at, row.lang, row.author, digest, utc_now(), article_id])
    return Upserted(id=article_id, created=False, changed=True)


def stored_articles(db: sqlite_utils.Database, since: Optional[str] = None) -> list[dict]:
    """Every stored article's own fields (those it was stored with), optionally only those
    published (or fetched) since a day."""
    sql = "SELECT url, source, title, text, published_at, lang, author FROM articles"
    params = []
    if since:
        sql += " WHERE COALESCE(published_at, fetched_at) >= ?"
        params.append(since)
    columns = ("url", "source", "title", "text", "published_at", "lang", "author")
    return [dict(zip(columns, row)) for row in db.execute(sql, params).fetchall()]


def known_urls(db: sqlite_utils.Database, urls: Iterable[str]) -> set[str]:
    """The subset of `urls` already stored as articles."""
    urls = list(dict.fromkeys(urls))
    found: set[str] = set()
    for start in range(0, len(urls), 500):
        chunk = urls[start:start + 500]
        marks = ",".join("?" * len(chunk))
        found.update(row[0] for row in db.execute(f"SELECT url FROM articles WHERE url IN ({marks})", chunk))
    return found


def article_urls(db: sqlite_utils.Database) -> Iterator[str]:
    """Every stored article's canonical URL (what a cluster's workers must not fetch again)."""
    for row in db.execute("SELECT url FROM articles"):
        yield row[0]


def list_articles(db: sqlite_utils.Database, *, source: Optional[str] = None, since: Optional[str] = None,
                  limit: Optional[int] = None) -> list[dict]:
    """Articles newest first (by publish date, else fetch time), optionally filtered."""
    where, params = [], []
    if source:
        where.append("source = ?")
        params.append(source)
    if since:
        where.append("COALESCE(published_at, fetched_at) >= ?")
        params.append(since)
    sql = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY COALESCE(published_at, fetched_at) DESC, id DESC"
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [dict(zip(ARTICLE_COLUMNS, row)) for row in db.execute(sql, params)]


def article_totals(db: sqlite_utils.Database) -> tuple[int, int]:
    """(articles stored, articles the classifier flagged)."""
    total = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    flagged = db.execute("SELECT COUNT(*) FROM detections WHERE flagged = 1").fetchone()[0]
    return total, flagged
