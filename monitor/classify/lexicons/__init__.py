"""Per-language lexicons compiled into regular expressions once, at import.

Each language module (``en.py``, ``ru.py`` ...) holds one ``LEXICON`` dict of plain data. Entries
are written in a tiny pattern syntax so that linguists can edit them without regex knowledge:

- lowercase words, matched against lowercased text on word boundaries;
- ``*`` = any run of word characters (a stem with its inflections: ``азербайдж*``);
- ``?`` = exactly one word character (``defen?e`` = defence/defense);
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

LANGS = ("en", "ru", "az", "tr", "fr", "es", "ro", "hy", "bg")

TERM_CATEGORIES = (
    "multilateral", "bilateral", "between", "counterpart", "sidelines", "sign", "approve", "ratify",
    "authority", "plan_nouns", "programme_nouns", "agreement_nouns", "generic_doc_nouns", "meeting",
    "exercise", "conduct", "discussion", "defence_actor", "defence_topic", "civil_actor",
    "civil_topic", "company", "future", "background", "today", "yesterday",
)


def entry_regex(entry: str) -> tuple[str, bool]:
    """Translate one lexicon entry into (regex source, case_sensitive)."""
    if entry.startswith("re:"):
        body, case_sensitive = entry[3:], False
    else:
        case_sensitive = entry.startswith("=")
        text = entry[1:] if case_sensitive else entry
        parts = []
        for char in text:
            if char == "*":
                parts.append(r"\w*")
            elif char == "?":
                parts.append(r"\w")
            elif char == " ":
                parts.append(r"\s+")
            else:
                parts.append(re.escape(char))
        body = "".join(parts)
    return rf"(?<!\w)(?:{body})(?!\w)", case_sensitive


class TermSet:
    """One category of entries: a lowercase regex and a case-sensitive regex, either may be absent."""

    def __init__(self, entries) -> None:
        lower, exact = [], []
        for entry in sorted(entries, key=len, reverse=True):
            source, case_sensitive = entry_regex(entry)
            (exact if case_sensitive else lower).append(source)
        self.lower = re.compile("|".join(lower)) if lower else None
        self.exact = re.compile("|".join(exact)) if exact else None

    def finditer(self, lowered: str, original: str):
        """Yield (start, end) of every match, lowercase entries on ``lowered``, exact on ``original``."""
        if self.lower is not None:
            for match in self.lower.finditer(lowered):
                yield match.start(), match.end()
        if self.exact is not None:
            for match in self.exact.finditer(original):
                yield match.start(), match.end()

    def search(self, lowered: str, original: str = "") -> bool:
        return bool((self.lower is not None and self.lower.search(lowered))
                    or (self.exact is not None and original and self.exact.search(original)))


class LabelledSet:
    """Entries grouped under labels (ISO codes, month numbers): each match reports its label."""

    def __init__(self, groups: dict) -> None:
        lower, exact, self.labels = [], [], {}
        items = [(entry, label) for label, entries in groups.items() for entry in
                 ((entries,) if isinstance(entries, str) else entries)]
        for index, (entry, label) in enumerate(sorted(items, key=lambda item: len(item[0]), reverse=True)):
            source, case_sensitive = entry_regex(entry)
            name = f"g{index}"
            self.labels[name] = label
            (exact if case_sensitive else lower).append(f"(?P<{name}>{source})")
        self.lower = re.compile("|".join(lower)) if lower else None
        self.exact = re.compile("|".join(exact)) if exact else None

    def finditer(self, lowered: str, original: str):
        """Yield (start, end, label) for every match."""
        for pattern, text in ((self.lower, lowered), (self.exact, original)):
            if pattern is None:
                continue
            for match in pattern.finditer(text):
                yield match.start(), match.end(), self.labels[match.lastgroup]


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
    stopwords: frozenset = field(default_factory=frozenset)
    participles: TermSet = None
    determiners: TermSet = None
    aux: TermSet = None


def _line_regex(entries) -> Optional[re.Pattern]:
    """A whole-line matcher: the line is one of the entries, maybe followed by a colon or a short tail."""
    sources = [entry_regex(entry)[0] for entry in entries]
    if not sources:
        return None
    return re.compile(r"^\W{0,3}(?:" + "|".join(sources) + r")\W{0,3}$")


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang`` (falls back to English for a language without one)."""
    if lang not in LANGS:
        lang = "en"
    data = importlib.import_module(f"{__name__}.{lang}").LEXICON
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
        stopwords=frozenset(data.get("stopwords", ())),
        participles=TermSet(data.get("sign_participle", ())),
        determiners=TermSet(data.get("determiners", ())),
        aux=TermSet(data.get("aux", ())),
    )


def _invert(mapping: dict) -> dict:
    """{pattern: value} -> {value: (patterns...)} for LabelledSet."""
    grouped: dict = {}
    for pattern, value in mapping.items():
        grouped.setdefault(value, []).append(pattern)
    return grouped


def stopwords() -> dict[str, frozenset]:
    """Every language's stopwords, for language detection."""
    return {lang: load(lang).stopwords for lang in LANGS}


for _lang in LANGS:
    load(_lang)
