"""One row per configured source: its last crawl, article count and next scheduled crawl.

`pactwatch sources` and `pactwatch status` both print from these rows; `sources` adds the
sources that hold articles but are not in the config (another config's, or `ingest --source`'s).
"""

from __future__ import annotations

import sqlite_utils

from monitor.config import Config
from monitor.scheduler.daemon import next_run_times
from storage.runs import last_runs
from storage.sources import article_counts, recorded_sources


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
            "enabled": source.enabled, "configured": True, "articles": counts.get(source.name, 0),
            "last_run": run.get("started_at"), "status": run.get("status"), "requests": run.get("requests"),
            "new": run.get("articles_new"), "known": run.get("articles_seen"), "errors": run.get("errors"),
            "next_run": following.isoformat() if following else None,
        })
    return rows


def unconfigured_rows(config: Config, db: sqlite_utils.Database) -> list[dict]:
    """One row per source that holds articles but is not in `config` (the demo's outlets read with
    the default config, a source named by `ingest`): its article count, last run, and what the
    database recorded of it; never scheduled here, so not enabled."""
    configured = {source.name for source in config.sources}
    runs = last_runs(db)
    recorded = recorded_sources(db)
    rows = []
    for name, count in sorted(article_counts(db).items()):
        if name in configured:
            continue
        run, known = runs.get(name) or {}, recorded.get(name) or {}
        rows.append({
            "name": name, "title": known.get("title") or name, "kind": known.get("kind"),
            "country": known.get("country"), "enabled": False, "configured": False, "articles": count,
            "last_run": run.get("started_at"), "status": run.get("status"), "requests": run.get("requests"),
            "new": run.get("articles_new"), "known": run.get("articles_seen"), "errors": run.get("errors"),
            "next_run": None,
        })
    return rows
