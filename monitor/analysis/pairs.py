"""A pair of states' history: every event of the two on a timeline, their plans by year, and the
plan that is expected but not yet reported.

Many pairs sign a military cooperation plan every year, mostly in the same month (December for
the next year's plan, or early in the year itself). When a pair has signed one for each of at
least EXPECT_AFTER_YEARS consecutive years up to the latest, the plan for the following year is
expected around the usual month, and "plan for 2026: not yet reported (expected by ~Jan 2026)"
is what an analyst asks first. The usual month is the most common month, counted from the plan's
year, in which the pair's plans were signed (stated day, else first report's publish day:
monitor.analysis.eventday); "expected by" is one month after it.

Pure over rows shaped like storage.queries.events; the web page and the CLI both call it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Optional

from monitor.analysis.eventday import listing_day, newest_first

PLAN = "plan_signed"
EXPECT_AFTER_YEARS = 3


@dataclass(frozen=True)
class ExpectedPlan:
    """The next plan of a pair with a run of yearly plans: its year and the month it is expected by."""

    plan_year: int
    expected_by: date  # the first day of the month
    overdue: bool      # `today` is past expected_by's month

    def describe(self) -> str:
        """'plan for 2026: not yet reported (expected by ~Jan 2026)'."""
        return (f"plan for {self.plan_year}: not yet reported (expected by ~{self.expected_by:%b %Y}"
                + (", overdue)" if self.overdue else ")"))


@dataclass(frozen=True)
class PairHistory:
    parties: tuple[str, str]
    events: list[dict]                       # newest first (monitor.analysis.eventday.newest_first)
    plans: dict[int, list[dict]] = field(default_factory=dict)  # plan year -> its events, years ascending
    expected: Optional[ExpectedPlan] = None

    @property
    def plan_years(self) -> list[int]:
        return list(self.plans)


def normalise_pair(text: str) -> tuple[str, str]:
    """'kz-az' → ('AZ', 'KZ'); ValueError unless two different two-letter codes joined by '-'."""
    parts = text.upper().split("-")
    if len(parts) != 2 or not all(len(p) == 2 and p.isalpha() for p in parts) or parts[0] == parts[1]:
        raise ValueError(f"{text!r} is not a pair of states: give two ISO 3166-1 codes joined by '-', e.g. AZ-KZ")
    first, second = sorted(parts)
    return first, second


def pair_history(parties: Iterable[str], events: Iterable[dict], today: date) -> PairHistory:
    """The history of the two states `parties` from `events` (those with exactly these two parties
    are kept), with the plan expected after a run of yearly plans."""
    pair = tuple(sorted(code.upper() for code in parties))
    ours = [event for event in events if sorted(event["parties"]) == list(pair)]
    plans: dict[int, list[dict]] = {}
    for event in ours:
        if event["kind"] == PLAN and event.get("plan_year"):
            plans.setdefault(int(event["plan_year"]), []).append(event)
    plans = {year: newest_first(plans[year]) for year in sorted(plans)}
    return PairHistory(parties=pair, events=newest_first(ours), plans=plans,
                       expected=expected_plan(plans, today))


def expected_plan(plans: dict[int, list[dict]], today: date) -> Optional[ExpectedPlan]:
    """The plan after a run of at least EXPECT_AFTER_YEARS consecutive yearly plans, if it is not
    reported and its year is not long past (a run that ended years ago expects nothing)."""
    if not plans:
        return None
    latest = max(plans)
    run = 0
    while latest - run in plans:
        run += 1
    following = latest + 1
    if run < EXPECT_AFTER_YEARS or following < today.year:
        return None
    offsets = Counter(offset for year, events in plans.items() if (offset := _signing_offset(year, events)) is not None)
    # Months from January of the plan's year (December before it: -1); the usual month, ties to the earliest.
    usual = min(offsets, key=lambda o: (-offsets[o], o)) if offsets else 0
    months = following * 12 + usual + 1  # expected by the month after the usual one
    expected_by = date(months // 12, months % 12 + 1, 1)
    overdue = (today.year, today.month) > (expected_by.year, expected_by.month)
    return ExpectedPlan(plan_year=following, expected_by=expected_by, overdue=overdue)


def _signing_offset(plan_year: int, events: list[dict]) -> Optional[int]:
    """When the plan for `plan_year` was signed, in months from January of that year; None if undated."""
    days = [day for day in (listing_day(event) for event in events) if day]
    if not days:
        return None
    signed = date.fromisoformat(min(days))
    return (signed.year - plan_year) * 12 + signed.month - 1


def pair_histories(events: Iterable[dict], today: date) -> list[PairHistory]:
    """The history of every pair of states among the bilateral `events`, by pair."""
    pairs: dict[tuple[str, ...], list[dict]] = {}
    for event in events:
        if len(set(event["parties"])) == 2:
            pairs.setdefault(tuple(sorted(event["parties"])), []).append(event)
    return [pair_history(pair, pairs[pair], today) for pair in sorted(pairs)]


def overdue_plans(histories: Iterable[PairHistory]) -> list[PairHistory]:
    """The pairs whose expected plan is overdue, for a digest to list once."""
    return [history for history in histories if history.expected and history.expected.overdue]
