"""An event in English sentences, for the pages people read (the event and pair pages, the feed,
the report): a headline made from its fields, its kind explained, its day or what stands in
for it, and how sure the classifier is.

"Azerbaijan and Georgia signed their military cooperation plan for 2024 — 27 Nov 2023"; an
event no report dates reads "… — date not reported; first report 3 Mar 2024"
(monitor.analysis.eventday says which day is which). Country names are CLDR's English names
(Babel, through monitor.alerts.names); dates are written by Babel as "27 Nov 2023".
"""

from __future__ import annotations

import math
from datetime import date
from typing import Optional

from babel.dates import format_date

from monitor.alerts.names import country_name
from monitor.analysis.eventday import first_report_day, stated_day

KIND_EXPLAINED = {
    "plan_signed": "A cooperation plan signed: the yearly (or multi-year) programme of military contacts, "
                   "exercises, training and visits two states agree on.",
    "agreement_signed": "An agreement or memorandum signed: a document that binds the states to cooperate "
                        "in defence, usually for years.",
    "agreement_ratified": "An agreement ratified: a parliament or head of state approved a defence agreement "
                          "already signed, so that it can enter into force.",
    "talks": "Talks: defence ministers, chiefs of staff or delegations met or spoke; no document signed "
             "is reported.",
    "exercise": "An exercise: armed forces of the states trained together.",
}


def long_date(day: str) -> str:
    """'2023-11-27' → '27 Nov 2023'."""
    return format_date(date.fromisoformat(day[:10]), "d MMM y", locale="en")


def states(parties: list[str]) -> str:
    """'Azerbaijan and Georgia'; 'Azerbaijan, Georgia and Türkiye'."""
    names = [country_name(code) for code in parties]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def what_happened(event: dict) -> str:
    """The act as a clause: 'Azerbaijan and Georgia signed their military cooperation plan for 2024'."""
    who, year = states(event["parties"]), event.get("plan_year")
    kind = event["kind"]
    if kind == "plan_signed":
        return f"{who} signed their military cooperation plan" + (f" for {year}" if year else "")
    if kind == "agreement_signed":
        return f"{who} signed a defence cooperation agreement"
    if kind == "agreement_ratified":
        return f"A defence cooperation agreement between {who} was ratified"
    if kind == "talks":
        return f"{who} held defence talks"
    if kind == "exercise":
        return f"{who} held a joint military exercise"
    return f"{who}: {kind.replace('_', ' ')}"


def when(event: dict, *, stored: bool = True) -> str:
    """The event's day, or what is known instead: 'date not reported; first report 3 Mar 2024'
    (with `stored`, 'date not reported; no publish date; first stored 6 Dec 2026' when no report has one)."""
    day = stated_day(event)
    if day:
        return long_date(day)
    first = first_report_day(event)
    if first:
        return f"date not reported; first report {long_date(first)}"
    if stored and event.get("first_seen"):
        return f"date not reported; no publish date; first stored {long_date(event['first_seen'])}"
    return "date not reported"


def headline(event: dict) -> str:
    """'Azerbaijan and Georgia signed their military cooperation plan for 2024 — 27 Nov 2023'."""
    return f"{what_happened(event)} — {when(event, stored=False)}"


def how_sure(confidence: Optional[float]) -> str:
    """The confidence in words: it is a fitted, conservative chance that such a report is right
    (monitor.classify.confidence)."""
    if confidence is None:
        return "No confidence recorded."
    right = math.floor(confidence * 10 + 1e-9)  # "at least": never rounded up
    return (f"Confidence {confidence:.2f}: in labelled text, reports with the same kind of evidence were right "
            f"at least {right} times in 10 (a conservative estimate).")


def corroboration(articles: list[dict]) -> str:
    """'Reported by 2 outlets in 2 languages.': independent reports make an event surer than one."""
    if not articles:
        return "No report of it is stored any more."
    outlets = {article.get("outlet") or article.get("source") for article in articles}
    languages = {article.get("lang") or article.get("read_as") for article in articles} - {None}
    text = f"Reported by {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}"
    if languages:
        text += f" in {len(languages)} language{'s' if len(languages) != 1 else ''}"
    return text + ("." if len(outlets) > 1 else "; no other outlet has reported it yet.")
