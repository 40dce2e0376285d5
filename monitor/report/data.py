"""What the report shows, computed from the stored events: the timeline by month and kind,
the pairs of states that cooperate most, and the events themselves."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import sqlite_utils

from monitor.alerts.names import country_name, kind_label
from monitor.classify.model import EVENT_KINDS
from storage import queries

MAX_MATRIX_STATES = 20


@dataclass(frozen=True)
class ReportData:
    since: Optional[str]
    events: list[dict]
    article_count: int
    months: list[str] = field(default_factory=list)
    by_month: dict[str, Counter] = field(default_factory=dict)
    pairs: Counter = field(default_factory=Counter)

    @property
    def states(self) -> list[str]:
        """States by how many events they take part in (most first), at most MAX_MATRIX_STATES."""
        totals = Counter()
        for (first, second), count in self.pairs.items():
            totals[first] += count
            totals[second] += count
        return [code for code, _ in sorted(totals.items(), key=lambda item: (-item[1], item[0]))][
            :MAX_MATRIX_STATES]

    def top_pairs(self, count: int = 10) -> list[tuple[str, str, int]]:
        ranked = sorted(self.pairs.items(), key=lambda item: (-item[1], item[0]))
        return [(first, second, number) for (first, second), number in ranked[:count]]


def event_day(event: dict) -> str:
    """The day an event happened as far as anyone can tell: its stated date, else its first report's
    publish date, else when pactwatch first saw it (the alerts and the web UI use the same rule)."""
    if event["date"]:
        return event["date"][:10]
    published = sorted(a["published_at"][:10] for a in event["articles"] if a["published_at"])
    return published[0] if published else event["first_seen"][:10]


def collect(db: sqlite_utils.Database, *, since: Optional[date] = None) -> ReportData:
    """The bilateral events whose day is on or after `since` (all when None), newest first."""
    cutoff = since.isoformat() if since else None
    events = []
    for event in queries.events(db):
        day = event_day(event)
        if cutoff and day < cutoff:
            continue
        events.append(dict(event, day=day, month=day[:7], kind_label=kind_label(event["kind"]),
                           states=" – ".join(country_name(code) for code in event["parties"])))
    events.sort(key=lambda e: (e["day"], e["id"]), reverse=True)
    by_month: dict[str, Counter] = {}
    pairs: Counter = Counter()
    for event in events:
        by_month.setdefault(event["month"], Counter())[event["kind"]] += 1
        pairs[tuple(event["parties"])] += 1
    article_ids = {article["id"] for event in events for article in event["articles"]}
    return ReportData(since=cutoff, events=events, article_count=len(article_ids),
                      months=_month_range(min(by_month), max(by_month)) if by_month else [],
                      by_month=by_month, pairs=pairs)


def kinds_present(data: ReportData) -> list[str]:
    """Event kinds that occur, in the classifier's order."""
    seen = {kind for counts in data.by_month.values() for kind in counts}
    return [kind for kind in EVENT_KINDS if kind in seen]


def _month_range(first: str, last: str) -> list[str]:
    """Every month from `first` to `last` (YYYY-MM), so quiet months show as gaps in the timeline."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
