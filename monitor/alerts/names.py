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


# English names people write that CLDR's English names do not give (CLDR writes "Türkiye",
# "United States", "United Kingdom").
NAME_ALIASES = {"turkey": "TR", "usa": "US", "us": "US", "america": "US", "uk": "GB", "britain": "GB",
                "great britain": "GB", "russian federation": "RU", "south korea": "KR", "north korea": "KP"}


@lru_cache(maxsize=None)
def _codes_by_name() -> dict[str, str]:
    from babel import Locale

    names = {}
    for code, name in Locale("en").territories.items():
        if len(code) == 2 and code.isalpha():
            names[name.casefold()] = code
            names[name.split(" (")[0].casefold()] = code
    names.update({name.casefold(): code for code, name in SHORT_NAMES.items()})
    names.update(NAME_ALIASES)
    return names


def country_code(value: str) -> str:
    """The ISO 3166-1 alpha-2 code of a state given by its code ('az') or English name
    ('Azerbaijan', 'Türkiye', 'Turkey'); LookupError, saying what was expected, for anything else."""
    text = " ".join(value.split())
    if len(text) == 2 and text.isalpha() and text.upper() in _codes_by_name().values():
        return text.upper()
    code = _codes_by_name().get(text.casefold())
    if code is None:
        raise LookupError(f"unknown state {value!r}: give an ISO 3166-1 code (e.g. AZ) or an English name "
                          "(e.g. Azerbaijan)")
    return code


def headline(event: dict) -> str:
    """'Plan signed: Azerbaijan – Kazakhstan (2024)': the kind, the two states, the plan year or date."""
    states = " – ".join(country_name(code) for code in event["parties"])
    when = event.get("plan_year") or event.get("date")
    return f"{kind_label(event['kind'])}: {states}" + (f" ({when})" if when else "")
