"""Words people read in alerts: kind labels, English country names, and an event's one-line headline."""

from __future__ import annotations

from functools import lru_cache

KIND_LABELS = {
    "plan_signed": "Plan signed",
    "agreement_signed": "Agreement signed",
    "agreement_ratified": "Agreement ratified",
    "talks": "Talks",
    "exercise": "Exercise",
}

SHORT_NAMES = {
    "CD": "DR Congo",
    "CG": "Congo",
    "HK": "Hong Kong",
    "MO": "Macao",
    "PS": "Palestine",
    "VA": "Vatican",
}


def kind_label(kind: str) -> str:
    return KIND_LABELS.get(kind, kind.replace("_", " ").capitalize())


@lru_cache(maxsize=None)
def country_name(code: str) -> str:
    """The short English name of an ISO 3166-1 alpha-2 code (CLDR via babel); the code if unknown."""
    from babel import Locale

    code = code.upper()
    if code in SHORT_NAMES:
        return SHORT_NAMES[code]
    name = Locale("en").territories.get(code)
    if not name:
        return code
    return name.split(" (")[0]


def headline(event: dict) -> str:
    """'Plan signed: Azerbaijan – Kazakhstan (2024)': the kind, the two states, the plan year or date."""
    states = " – ".join(country_name(code) for code in event["parties"])
    when = event.get("plan_year") or event.get("date")
    return f"{kind_label(event['kind'])}: {states}" + (f" ({when})" if when else "")
