"""The sources table: the configured sites, mirrored so readers of the database can see them."""

from __future__ import annotations

import json
from typing import Iterable, Optional

import sqlite_utils

from storage.db import utc_now


def sync_sources(db: sqlite_utils.Database, sources: Iterable[dict]) -> None:
    """Upsert one row per configured source (name, title, kind, country, languages, enabled)."""
    now = utc_now()
    rows = [dict(row, languages=json.dumps(list(row.get("languages") or [])), updated_at=now) for row in sources]
    with db.conn:
        for row in rows:
            db["sources"].upsert(row, pk="name")


def article_counts(db: sqlite_utils.Database, source: Optional[str] = None) -> dict[str, int]:
    sql = "SELECT source, COUNT(*) FROM articles"
    params: list = []
    if source:
        sql += " WHERE source = ?"
        params.append(source)
    return dict(db.execute(sql + " GROUP BY source", params).fetchall())


def recorded_sources(db: sqlite_utils.Database) -> dict[str, dict]:
    """The sources table's rows (as their crawls last mirrored them), by name."""
    if "sources" not in db.table_names():
        return {}
    return {row["name"]: row for row in db.query("SELECT name, title, kind, country FROM sources")}
