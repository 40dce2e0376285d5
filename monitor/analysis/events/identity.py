"""When two reports describe the same real-world event.

Same parties, the same kind, the same plan year, and compatible dates. A plan for a given year
is signed once per pair of states, so its year identifies it; other events must fall within a
few days of each other (three weeks for an exercise, which lasts). A report's date is the date
the text states, else its publish date; a report with neither (a text file ingested by hand)
is undated, and joins a known event only when exactly one could be the one it describes.

Two looser matches follow from how outlets report one happening, and apply only to reports
dated within a few days of each other:
- a report of talks and a report of the plan or agreement signed at that meeting are one event
  (outlets that stop before the signing report only the talks); the event takes the signing's kind.
  Reports of one meeting are dated within a day or two of each other, so this needs
  RELATED_WINDOW_DAYS: a working group a week after a signing is a meeting of its own;
- a report that gives no plan year and one that does are one event; the event takes the year.
"""

from __future__ import annotations

from typing import Iterable, Optional

WINDOW_DAYS = {"exercise": 21}
DEFAULT_WINDOW_DAYS = 7
RELATED_WINDOW_DAYS = 3
TALKS = "talks"
SIGNINGS = ("plan_signed", "agreement_signed")


def match_key(kind: str, parties: Iterable[str], plan_year: Optional[int]) -> str:
    """The part of an event's identity that must be equal: kind, sorted parties, plan year."""
    return f"{key_prefix(kind, parties)}{plan_year or ''}"


def key_prefix(kind: str, parties: Iterable[str]) -> str:
    """The start every match key of this kind and these parties shares, whatever the plan year."""
    return f"{kind}|{'-'.join(sorted(parties))}|"


def effective_date(stated: Optional[str], published: Optional[str]) -> Optional[str]:
    """The day a report places the event on: the stated date, else the article's publish day."""
    value = stated or published
    return value[:10] if value else None


def date_window(kind: str, plan_year: Optional[int]) -> Optional[int]:
    """How many days apart two reports of one event may be dated; None when dates do not matter."""
    if kind == "plan_signed" and plan_year:
        return None
    return WINDOW_DAYS.get(kind, DEFAULT_WINDOW_DAYS)


def related_kinds(kind: str) -> tuple[str, ...]:
    """Kinds a report of `kind` may share an event with, its own first."""
    if kind == TALKS:
        return (TALKS, *SIGNINGS)
    if kind in SIGNINGS:
        return (kind, TALKS)
    return (kind,)


def years_compatible(first: Optional[int], second: Optional[int]) -> bool:
    return first is None or second is None or first == second
