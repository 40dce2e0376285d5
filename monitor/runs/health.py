"""Source health: a source whose crawls fail, or find no article links, run after run, is broken.

The state is read from crawl_runs, so it needs no bookkeeping of its own: a source turns
'failing' on the run that completes a streak of `after_runs` bad runs, and 'recovered' on the
first good run after such a streak.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Optional

import sqlite_utils

from storage.runs import finished_runs

FAILING, RECOVERED = "failing", "recovered"


@dataclass(frozen=True)
class HealthChange:
    source: str
    status: str
    run_id: int
    message: str


def run_is_bad(run: dict) -> bool:
    """A run is bad when it did not end ok, or when discovery found no article link at all."""
    if run["status"] != "ok":
        return True
    stats = json.loads(run["stats"] or "{}")
    return not stats.get("pactwatch/article_links")


def health_change(db: sqlite_utils.Database, source: str, after_runs: int) -> Optional[HealthChange]:
    """The change of health that the source's latest finished run makes, if any."""
    runs = finished_runs(db, source, after_runs + 1)
    if not runs:
        return None
    bad = [run_is_bad(run) for run in runs]
    latest = runs[0]
    streak_completed = len(bad) >= after_runs and all(bad[:after_runs]) and (
        len(bad) == after_runs or not bad[after_runs])
    if streak_completed:
        return HealthChange(source, FAILING, latest["id"],
                            f"{source}: no articles found in the last {after_runs} runs "
                            f"(last status: {latest['status']}); the site or its layout may have changed")
    if not bad[0] and len(bad) > after_runs and all(bad[1:after_runs + 1]):
        return HealthChange(source, RECOVERED, latest["id"], f"{source}: crawling works again")
    return None
