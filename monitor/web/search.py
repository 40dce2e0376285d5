"""What a person types in the events search box, read into filters: states by English name or
code ("Azerbaijan", "az", "Türkiye", "South Korea"), a kind ("plan", "plan_signed", "exercise"),
and every other word as text the event's evidence or a source article must hold.

"georgia plan 2024" → parties GE, kind plan_signed, words ("2024",). Names of several words are
matched longest first, so "South Korea" is one state and not the word "south".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from monitor.classify.model import EVENT_KINDS
from monitor.config.countries import country_code

KIND_WORDS = {
    "plan": "plan_signed", "plans": "plan_signed",
    "agreement": "agreement_signed", "agreements": "agreement_signed", "memorandum": "agreement_signed",
    "ratified": "agreement_ratified", "ratification": "agreement_ratified",
    "talks": "talks", "meeting": "talks",
    "exercise": "exercise", "exercises": "exercise", "drills": "exercise",
    **{kind: kind for kind in EVENT_KINDS},
}
LONGEST_NAME_WORDS = 4
TWO_LETTERS = re.compile(r"^[A-Za-z]{2}$")
# Two-letter English words that are also state codes: typed in lower case they are words.
TWO_LETTER_WORDS = frozenset("am as at be by do er go id in is it me my no pe so to us".split())


@dataclass(frozen=True)
class Search:
    countries: tuple[str, ...] = ()
    kind: str | None = None
    words: tuple[str, ...] = ()


def parse_search(text: str) -> Search:
    """The filters a search box's text asks for (see the module's docstring)."""
    tokens = [token for token in re.split(r"[\s,;]+", text or "") if token]
    countries, kind, words = [], None, []
    index = 0
    while index < len(tokens):
        for size in range(min(LONGEST_NAME_WORDS, len(tokens) - index), 0, -1):
            phrase = " ".join(tokens[index:index + size])
            code = _state(phrase)
            if code:
                countries.append(code)
                index += size
                break
        else:
            token = tokens[index]
            if kind is None and token.casefold() in KIND_WORDS:
                kind = KIND_WORDS[token.casefold()]
            else:
                words.append(token)
            index += 1
    return Search(countries=tuple(dict.fromkeys(countries)), kind=kind, words=tuple(words))


def _state(phrase: str) -> str | None:
    # "in", "to" or "us" typed in lower case stay words; "IN", "TO", "US" and "kz" are codes.
    if TWO_LETTERS.match(phrase) and phrase in TWO_LETTER_WORDS:
        return None
    try:
        return country_code(phrase)
    except ValueError:
        return None
