"""Per-language lexicons compiled once, on first use, into word-indexed matchers (``matcher.py``).

Each language module (``en.py``, ``ru.py`` ...) holds one ``LEXICON`` dict of plain data. Entries
are written in a tiny pattern syntax so that linguists can edit them without regex knowledge:

- lowercase words, matched against lowercased text on word boundaries;
- ``*`` = any run of word characters (a stem with its inflections: ``азербайдж*``);
- ``?`` = exactly one word character (``defen?e`` = defence/defense);
- ``#`` = a number written in digits (``# countries``);
- a space = any whitespace;
- a leading ``=`` = case-sensitive, matched on the original text (``=US``, ``=CIS``);
- a leading ``re:`` = a raw regular expression (case-insensitive).
"""

from __future__ import annotations

import importlib
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from monitor.classify.matcher import Matcher, entry_regex

LANGS = ("en", "ru", "az", "tr", "fr", "es", "ro", "hy", "bg")

TERM_CATEGORIES = (
    "multilateral", "bilateral", "between", "counterpart", "sidelines", "sign", "approve", "ratify",
    "authority", "plan_nouns", "programme_nouns", "agreement_nouns", "generic_doc_nouns", "meeting",
    "exercise", "conduct", "discussion", "defence_actor", "defence_topic", "civil_actor",
    "civil_topic", "company", "future", "background", "today", "yesterday", "reporting", "start",
    "draft", "ratify_noun", "frame", "frame_after", "place",
    "place_after", "act_noun", "arms_control", "purchase", "joint", "turn", "with", "draft_law",
)


class TermSet:
    """One category of entries; ``finditer`` yields (start, end) of each match, like a regex scan."""

    def __init__(self, entries) -> None:
        self.entries = tuple(entries)
        self._matcher = Matcher({"terms": {None: self.entries}})
        self._full = re.compile("|".join(f"(?:{entry_regex(entry)[0]})" for entry in self.entries
                                         if not entry.startswith("=")) or r"(?!x)x")
        self._anywhere = None if any(entry.startswith("=") for entry in self.entries) else re.compile(
            "|".join(rf"(?<!\w)(?:{entry_regex(entry)[0]})(?!\w)" for entry in self.entries) or r"(?!x)x")

    def finditer(self, lowered: str, original: str = ""):
        for start, end, _ in self._matcher.scan(lowered, original or lowered)["terms"]:
            yield start, end

    def search(self, lowered: str, original: str = "") -> bool:
        """True when some entry occurs in the text (one regex when no entry is case-sensitive)."""
        if self._anywhere is None:
            return any(True for _ in self.finditer(lowered, original))
        return bool(self._anywhere.search(lowered))

    def fullmatch(self, word: str) -> bool:
        """True when the whole (lowercase) ``word`` is one of the entries."""
        return bool(self._full.fullmatch(word))


class LabelledSet:
    """Entries grouped under labels (ISO codes, month numbers): each match reports its label."""

    def __init__(self, groups: dict) -> None:
        self.groups = groups
        self._matcher = Matcher({"labelled": groups})

    def finditer(self, lowered: str, original: str = ""):
        """Yield (start, end, label) for every match."""
        yield from self._matcher.scan(lowered, original or lowered)["labelled"]


@dataclass
class Lexicon:
    """A language's compiled lexicon."""

    lang: str
    terms: dict[str, TermSet]
    states: LabelledSet
    capitals: LabelledSet
    blocs: LabelledSet
    months: LabelledSet
    weekdays: LabelledSet
    plan_year: tuple[re.Pattern, ...]
    story_end: Optional[re.Pattern]
    story_skip: Optional[re.Pattern]
    # The heading of a "Read also"/"Related" block, which a page may also put inside the story.
    story_aside: Optional[re.Pattern] = None
    # The same heading leading a one-line link ("Read also: <headline>").
    story_aside_link: Optional[re.Pattern] = None
    stopwords: frozenset = field(default_factory=frozenset)
    participles: TermSet = None
    determiners: TermSet = None
    aux: TermSet = None
    matcher: Optional[Matcher] = None
    day_before: Optional[re.Pattern] = None
    day_range: Optional[re.Pattern] = None

    def scan(self, lowered: str, original: str) -> dict[str, list[tuple[int, int, object]]]:
        """Every term category, ``states``, ``capitals``, ``blocs``, ``months`` and ``weekdays`` in one
        pass: per name, the (start, end, label) of each match in reading order."""
        return self.matcher.scan(lowered, original)


def _line_regex(entries) -> Optional[re.Pattern]:
    """A whole-line matcher: the line is one of the entries, maybe followed by a colon or a short tail."""
    alternatives = _alternatives(entries)
    return re.compile(rf"^\W{{0,3}}(?:{alternatives})\W{{0,3}}$") if alternatives else None


def _link_regex(entries) -> Optional[re.Pattern]:
    """A line that starts with one of the entries, then a colon or dash and more text."""
    alternatives = _alternatives(entries)
    return re.compile(rf"^\W{{0,3}}(?:{alternatives})\s*[:\-|>]\s*\w") if alternatives else None


def _alternatives(entries) -> str:
    """The entries as one regex alternation, each on word boundaries ("" for none)."""
    return "|".join(rf"(?<!\w)(?:{entry_regex(entry)[0]})(?!\w)" for entry in entries)


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (falls back to English for a language without one)."""
    if lang not in LANGS:
        lang = "en"
    data = importlib.import_module(f"{__name__}.{lang}").LEXICON
    groups = {name: {None: tuple(data.get(name, ()))} for name in TERM_CATEGORIES}
    groups.update(states=data["countries"], capitals=data.get("capitals", {}), blocs=data.get("blocs", {}),
                  months=_invert(data.get("months", {})), weekdays=_invert(data.get("weekdays", {})))
    return Lexicon(
        lang=lang,
        terms={name: TermSet(data.get(name, ())) for name in TERM_CATEGORIES},
        states=LabelledSet(data["countries"]),
        capitals=LabelledSet(data.get("capitals", {})),
        blocs=LabelledSet(data.get("blocs", {})),
        months=LabelledSet(_invert(data.get("months", {}))),
        weekdays=LabelledSet(_invert(data.get("weekdays", {}))),
        plan_year=tuple(re.compile(source) for source in data.get("plan_year", ())),
        story_end=_line_regex(data.get("story_end", ())),
        story_skip=_line_regex(data.get("story_skip", ())),
        story_aside=_line_regex(data.get("story_aside", ())),
        story_aside_link=_link_regex(data.get("story_aside", ())),
        stopwords=frozenset(data.get("stopwords", ())),
        participles=TermSet(data.get("sign_participle", ())),
        determiners=TermSet(data.get("determiners", ())),
        aux=TermSet(data.get("aux", ())),
        matcher=Matcher(groups),
        day_before=_day_before(data.get("date_joiners", ())),
        day_range=_day_range(data.get("range_words", ())),
    )


_DAY = r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|-?(?:ci|cü|cu|cı|si|sı|го|е|ого|ий|ый))?"


def _day_before(joiners) -> re.Pattern:
    """A day number written before a month name, maybe joined by a word ("6 of May", "29 de julio")."""
    words = "|".join(entry_regex(word)[0] for word in joiners)
    joined = rf"(?:(?:{words})\s+)?" if words else ""
    return re.compile(rf"{_DAY}\s*{joined}$")


def _day_range(words) -> re.Pattern:
    """The first day of a span written before another day ("13 to 17 May", "13-17 мая", "с 13 по 17")."""
    alternatives = "|".join([r"-", "–", "—", "/"] + [entry_regex(word)[0] for word in words])
    return re.compile(rf"{_DAY}\s*(?:{alternatives})\s*$")


def _invert(mapping: dict) -> dict:
    """{pattern: value} -> {value: (patterns...)} for LabelledSet."""
    grouped: dict = {}
    for pattern, value in mapping.items():
        grouped.setdefault(value, []).append(pattern)
    return grouped


def stopwords() -> dict[str, frozenset]:
    """Every language's stopwords, for language detection."""
    return {lang: load(lang).stopwords for lang in LANGS}
