"""The classifier's input and output: plain data, shared by the crawl pipeline, the CLI and storage."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date
from typing import Optional

EVENT_KINDS = ("plan_signed", "agreement_signed", "agreement_ratified", "talks", "exercise")
# Party codes that are blocs, not states: "EU" is two letters like an ISO state code.
BLOC_CODES = frozenset({"CIS", "CSTO", "NATO", "SCO", "EU"})


def two_states(parties) -> bool:
    """True when the parties are exactly two states (no bloc among them)."""
    return len(parties) == 2 and all(len(code) == 2 and code not in BLOC_CODES for code in parties)


@dataclass(frozen=True)
class Article:
    """What the classifier reads: one article's own fields, nothing fetched."""

    title: str
    text: str
    lang: Optional[str] = None
    published: Optional[date] = None
    url: Optional[str] = None


@dataclass(frozen=True)
class Event:
    """One defence-cooperation event an article reports."""

    kind: str
    parties: tuple[str, ...]
    plan_year: Optional[int] = None
    date: Optional[str] = None
    evidence: str = ""
    confidence: float = 0.0
    # What is known of the date when no full date is: "--06-17" (a day and month the story states,
    # its year unknown) or "2019-10" (the month of the page). Stored only when known; event merging
    # places an undated report with it (monitor.analysis.events.undated).
    partial_date: Optional[str] = field(default=None, compare=False)
    # What spoke for the event (``monitor/classify/confidence.py``): not stored, not compared.
    signals: tuple[str, ...] = field(default=(), compare=False, repr=False)

    @property
    def bilateral(self) -> bool:
        return two_states(self.parties)

    def to_dict(self) -> dict:
        data = asdict(self)
        data["parties"] = list(self.parties)
        del data["signals"]
        if data["partial_date"] is None:
            del data["partial_date"]
        return data


@dataclass(frozen=True)
class Detection:
    """The classifier's verdict on one article; the main event comes first."""

    lang: str
    flagged: bool
    events: tuple[Event, ...] = field(default_factory=tuple)
    # False when pactwatch has no rules for the language: "not flagged" then means "not read".
    supported: bool = True

    def to_dict(self) -> dict:
        return {
            "lang": self.lang,
            "supported": self.supported,
            "flagged": self.flagged,
            "events": [event.to_dict() for event in self.events],
        }
