"""What the report shows, computed from the stored events: the timeline by month and kind,
the pairs of states that cooperate most, and the events themselves.

An event's day is the date its reports state, else its first report's publish date; an event
with neither has no place on the timeline (the day pactwatch stored it would put a spike of old
events in the month they were ingested) and is listed as "date not reported"."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import sqlite_utils

from monitor.alerts.names import country_name, kind_label
from monitor.analysis.eventday import listing_day, newest_first
from monitor.classify.model import EVENT_KINDS
from monitor.config.links import absolute, event_path
from monitor.output import wording
from storage import queries

MAX_MATRIX_STATES = 20


@dataclass(frozen=True)
class ReportData:
    since: Optional[str]
    events: list[dict]
    article_count: int
    # Events whose day is unknown (no report states one, none has a publish date): listed, never
    # placed on the timeline; left out altogether when `since` asks for a day they may not have.
    undated: int = 0
    left_out: int = 0
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


def collect(db: sqlite_utils.Database, *, since: Optional[date] = None, base_url: Optional[str] = None) -> ReportData:
    """The bilateral events whose day (stated, else first report's publish day: monitor.analysis.
    eventday) is on or after `since` (all when None), newest first, undated last; with `base_url`
    (`[web] base_url`) each event carries `url`, its page in the web UI."""
    cutoff = since.isoformat() if since else None
    events, left_out = [], 0
    for event in queries.events(db):
        day = listing_day(event)
        if cutoff and (day is None or day < cutoff):
            left_out += day is None
            continue
        events.append(dict(event, day=day, month=day[:7] if day else None, kind_label=kind_label(event["kind"]),
                           when=wording.when(event), url=absolute(base_url, event_path(event["id"])),
                           states=" – ".join(country_name(code) for code in event["parties"])))
    events = newest_first(events)
    by_month: dict[str, Counter] = {}
    pairs: Counter = Counter()
    for event in events:
        if event["month"]:
            by_month.setdefault(event["month"], Counter())[event["kind"]] += 1
        pairs[tuple(event["parties"])] += 1
    article_ids = {article["id"] for event in events for article in event["articles"]}
    return ReportData(since=cutoff, events=events, article_count=len(article_ids),
                      undated=sum(event["day"] is None for event in events), left_out=left_out,
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
