"""One row per configured source: its last crawl, article count and next scheduled crawl.

`pactwatch sources` and `pactwatch status` both print from these rows.
"""

from __future__ import annotations

import sqlite_utils

from monitor.config import Config
from monitor.scheduler.daemon import next_run_times
from storage.runs import last_runs
from storage.sources import article_counts


def source_rows(config: Config, db: sqlite_utils.Database) -> list[dict]:
    runs = last_runs(db)
    counts = article_counts(db)
    upcoming = next_run_times(config)
    rows = []
    for source in config.sources:
        run = runs.get(source.name) or {}
        following = upcoming.get(source.name)
        rows.append({
            "name": source.name, "title": source.title, "kind": source.kind, "country": source.country,
            "enabled": source.enabled, "articles": counts.get(source.name, 0),
            "last_run": run.get("started_at"), "status": run.get("status"), "requests": run.get("requests"),
            "new": run.get("articles_new"), "known": run.get("articles_seen"), "errors": run.get("errors"),
            "next_run": following.isoformat() if following else None,
        })
    return rows
