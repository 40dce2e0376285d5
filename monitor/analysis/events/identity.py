"""When two reports describe the same real-world event: the same two states doing the same act at
the same time, however each outlet names the document (DESIGN.md, "An event is what happened").

The act is a *family* of kinds: a plan, agreement, memorandum or programme signed is one signing;
a ratification, talks and an exercise are acts of their own. Each report keeps its own kind; the
event's kind is resolved from all of them (storage.events.refresh_event).

Time: reports of one act are dated within a few days of each other (three weeks for an
exercise, which lasts); a report's date is the date the text states, else its publish date. A
signing with a stated plan year is identified by the year alone (a plan for a given year is
signed once per pair of states); a report that gives no year and one that does are one event.
A report with neither a date nor a plan year (a text file ingested by hand) cannot be placed in
time: where it goes is decided from all of its pair's reports after each merge run, never from
which arrived first (see undated).

Some reports say which of the pair's acts they tell beside its day (merge._same_act): a
ratification the state whose parliament acts (each state's parliament ratifies on its own), an
exercise its code name (a pair holds several exercises a season). Two reports that say two acts are
not one event however near their days; a report that says nothing joins either, as before.

Talks and a signing reported within RELATED_WINDOW_DAYS are one event (outlets that stop
before the signing report only the talks); the event takes the signing's kind. A working group
a week after a signing is a meeting of its own.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional

WINDOW_DAYS = {"exercise": 21}
DEFAULT_WINDOW_DAYS = 7
RELATED_WINDOW_DAYS = 3
TALKS = "talks"
SIGNING = "signing"
FAMILIES = {"plan_signed": SIGNING, "agreement_signed": SIGNING, "agreement_ratified": "ratification",
            "talks": TALKS, "exercise": "exercise"}
RELATED = {TALKS: (SIGNING,), SIGNING: (TALKS,)}
# A plan signed on a given day covers a year at most this far from it ("for 2025" signed in 2024).
PLAN_YEAR_REACH = 2


def family(kind: str) -> str:
    """The act a kind reports: 'signing' for every signed document, else the kind itself."""
    return FAMILIES.get(kind, kind)


def match_key(kind: str, parties: Iterable[str], plan_year: Optional[int]) -> str:
    """The part of an event's identity that must be equal: act, sorted parties, plan year."""
    return f"{key_prefix(kind, parties)}{plan_year or ''}"


def key_prefix(kind: str, parties: Iterable[str]) -> str:
    """The start every match key of this act and these parties shares, whatever the plan year."""
    return f"{family(kind)}|{'-'.join(sorted(parties))}|"


def near_keys(kind: str, parties: Iterable[str], day: str, last: Optional[str] = None, *,
              related: bool = False) -> list[str]:
    """The match keys a report of `kind` dated `day` (or an event dated `day` to `last`) may share
    an event with: its act's (or, with `related`, the related acts') with no plan year or a year
    within PLAN_YEAR_REACH of those days.

    Listing keys, rather than every key of the act and the parties, keeps each lookup an index
    range however many events the two states have.
    """
    return list(_near_keys(family(kind), "-".join(sorted(parties)), int(day[:4]), int((last or day)[:4]), related))


@lru_cache(maxsize=4096)
def _near_keys(act: str, states: str, first: int, final: int, related: bool) -> tuple[str, ...]:
    """near_keys for an act, the joined sorted parties and the first and last years (the same few
    are asked for once per report merged: kept)."""
    acts = RELATED.get(act, ()) if related else (act,)
    return tuple(f"{name}|{states}|{plan_year or ''}" for name in acts
                 for plan_year in (None, *range(first - PLAN_YEAR_REACH, final + PLAN_YEAR_REACH + 1)))


def effective_date(stated: Optional[str], published: Optional[str]) -> Optional[str]:
    """The day a report places the event on: the stated date, else the article's publish day."""
    value = stated or published
    return value[:10] if value else None


def date_window(kind: str, plan_year: Optional[int]) -> Optional[int]:
    """How many days apart two reports of one event may be dated; None when the year alone identifies it."""
    if family(kind) == SIGNING and plan_year:
        return None
    return WINDOW_DAYS.get(family(kind), DEFAULT_WINDOW_DAYS)


def years_compatible(first: Optional[int], second: Optional[int]) -> bool:
    return first is None or second is None or first == second
