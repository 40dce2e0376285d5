"""Group article reports into real-world events: a pure function, independent of any storage.

Two reports describe the same happening when they have the same parties, compatible kinds, the
same plan year (an unknown year is compatible with any) and compatible dates (within a window
when both are known; an unknown date is compatible with any). A report of talks is compatible
with a signing by the same parties: a meeting that ended in a signing is one happening, and
outlets that stop before the signing report only the talks. A report joins a cluster only when it
is compatible with every member, so unknown values cannot chain unrelated events together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Hashable, Iterable, Optional

from monitor.classify.model import Event

WINDOW_DAYS = 7
_TALKS = "talks"
_SIGNINGS = ("plan_signed", "agreement_signed")


@dataclass(frozen=True)
class Report:
    """One article's main event: the article's id, the event, and the article's publish date."""

    article_id: Hashable
    event: Event
    published: Optional[date] = None

    @property
    def day(self) -> Optional[date]:
        """The event's own date when stated, else the publish date."""
        if self.event.date:
            try:
                return date.fromisoformat(self.event.date[:10])
            except ValueError:
                pass
        return self.published


@dataclass
class Cluster:
    """Reports of one real-world event."""

    reports: list[Report] = field(default_factory=list)

    @property
    def article_ids(self) -> list[Hashable]:
        return [report.article_id for report in self.reports]


def kinds_compatible(first: str, second: str) -> bool:
    return first == second or {first, second} in ({_TALKS, signing} for signing in _SIGNINGS)


def compatible(first: Report, second: Report, window_days: int = WINDOW_DAYS) -> bool:
    """True when two reports can describe the same real-world event."""
    a, b = first.event, second.event
    if tuple(a.parties) != tuple(b.parties) or not kinds_compatible(a.kind, b.kind):
        return False
    if a.plan_year is not None and b.plan_year is not None and a.plan_year != b.plan_year:
        return False
    day_a, day_b = first.day, second.day
    return day_a is None or day_b is None or abs((day_a - day_b).days) <= window_days


def cluster(reports: Iterable[Report], window_days: int = WINDOW_DAYS) -> list[Cluster]:
    """Clusters in a deterministic order (by first report); every report lands in exactly one."""
    ordered = sorted(reports, key=lambda report: (report.day or date.max, str(report.article_id)))
    clusters: list[Cluster] = []
    by_parties: dict[tuple, list[Cluster]] = {}
    for report in ordered:
        key = tuple(report.event.parties)
        for candidate in by_parties.get(key, []):
            if all(compatible(report, member, window_days) for member in candidate.reports):
                candidate.reports.append(report)
                break
        else:
            created = Cluster([report])
            clusters.append(created)
            by_parties.setdefault(key, []).append(created)
    return clusters


def within(first: date, second: date, window_days: int = WINDOW_DAYS) -> bool:
    """True when two known dates are at most ``window_days`` apart."""
    return abs(first - second) <= timedelta(days=window_days)
