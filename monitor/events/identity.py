"""When two reports describe the same real-world event.

Same kind, same parties, same plan year, and compatible dates. A plan for a given year is
signed once per pair of states, so its year identifies it; other events must fall within a
few days of each other (three weeks for an exercise, which lasts). A report's date is the
date the text states, else its publish date; reports with no date at all are compatible.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Iterable, Optional

WINDOW_DAYS = {"exercise": 21}
DEFAULT_WINDOW_DAYS = 7


def match_key(kind: str, parties: Iterable[str], plan_year: Optional[int]) -> str:
    """The part of an event's identity that must be equal: kind, sorted parties, plan year."""
    return f"{kind}|{'-'.join(sorted(parties))}|{plan_year or ''}"


def effective_date(stated: Optional[str], published: Optional[str]) -> Optional[str]:
    """The day a report places the event on: the stated date, else the article's publish day."""
    value = stated or published
    return value[:10] if value else None


def date_window(kind: str, plan_year: Optional[int]) -> Optional[int]:
    """How many days apart two reports of one event may be dated; None when dates do not matter."""
    if kind == "plan_signed" and plan_year:
        return None
    return WINDOW_DAYS.get(kind, DEFAULT_WINDOW_DAYS)


def dates_compatible(kind: str, plan_year: Optional[int], day: Optional[str], others: Iterable[str]) -> bool:
    """True when a report dated `day` can describe the same event as reports dated `others`:
    within the window of the span the others cover (undated reports fit anywhere)."""
    window = date_window(kind, plan_year)
    others = sorted(o[:10] for o in others if o)
    if window is None or day is None or not others:
        return True
    return (_day(others[0]) - timedelta(days=window)) <= _day(day) <= (_day(others[-1]) + timedelta(days=window))


def _day(value: str) -> date:
    return date.fromisoformat(value[:10])
