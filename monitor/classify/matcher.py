"""Find many lexicon entries in a text in one pass over its words.

One big alternation regex per category makes Python's ``re`` try every entry at every position,
which costs tens of milliseconds per article. Entries here are indexed by their first word (or,
for a stem such as ``azerbaijan*``, by the stem): the text is cut into words once, each word
looks up the few entries that can start with it, and only those are checked with their own small
regex. The answer is the one an alternation scan would give: leftmost matches that do not
overlap, and at one position the entry that sorts first (longest entry first).

Entry syntax (see ``lexicons/__init__.py``): lowercase words, ``*`` any word characters, ``?``
one word character, a space any whitespace, ``=`` case-sensitive on the original text, ``re:`` a
raw regular expression (matched on the lowercased text).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable, Optional

_WORD = re.compile(r"\w+")
# Words whose candidate entries are remembered per matcher (a bound on memory, not on correctness).
CACHED_WORDS = 50_000
_FIRST_WORD = re.compile(r"\w*")


def entry_regex(entry: str) -> tuple[str, bool]:
    """Translate one entry into (regex source without boundaries, case_sensitive)."""
    if entry.startswith("re:"):
        return entry[3:], False
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
    return "".join(parts), case_sensitive


@dataclass(frozen=True)
class _Entry:
    group: str
    label: object
    rank: int
    pattern: re.Pattern
    scanner: Optional[re.Pattern] = None
    # True when the entry is exactly the word it is indexed by ("plan", "azerbaijan*"): any word it
    # is a candidate for is a whole match, and no regex needs to run.
    whole: bool = False


class Matcher:
    """Entries of several named groups (categories), each entry with a label (an ISO code, a month...).

    ``groups`` maps a group name to ``{label: entries}``; ``scan`` returns, per group, the
    ``(start, end, label)`` of every match in reading order.
    """

    def __init__(self, groups: dict[str, dict]) -> None:
        self.names = tuple(groups)
        # Per case mode: whole first word -> entries, stem -> entries, entries needing a full scan.
        self._words = ({}, {})
        self._stems = ({}, {})
        self._raw: list[tuple[_Entry, bool]] = []
        for name, labelled in groups.items():
            items = [(entry, label) for label, entries in labelled.items()
                     for entry in ((entries,) if isinstance(entries, str) else entries)]
            items.sort(key=lambda item: len(item[0]), reverse=True)
            for rank, (entry, label) in enumerate(items):
                self._add(name, label, rank, entry)
        # Per first two letters, the lengths of the stems starting with them: a word looks up only
        # the prefixes that some stem could be.
        self._stem_lengths = tuple(_lengths_by_head(stems) for stems in self._stems)
        # word -> the entries that may start with it, per case mode (the same words recur in every text)
        self._candidates: tuple[dict, dict] = ({}, {})
        # Case-sensitive entries written in lowercase ("=may"): other lowercase words cannot match any.
        self._lowercase_exact = {key for key in self._words[1] if key == key.lower()}
        self._lowercase_exact_stems = any(key == key.lower() for key in self._stems[1])

    def _add(self, name: str, label, rank: int, entry: str) -> None:
        source, exact = entry_regex(entry)
        mode = 1 if exact else 0
        compiled = re.compile(rf"(?:{source})(?!\w)")
        body = entry[1:] if exact else entry
        if entry.startswith("re:") or not body[:1].isalnum():
            scanner = re.compile(rf"(?<!\w)(?:{source})(?!\w)")
            self._raw.append((_Entry(name, label, rank, compiled, scanner), exact))
            return
        key = _FIRST_WORD.match(body).group(0)
        following = body[len(key):len(key) + 1]
        if following in ("*", "?"):
            item = _Entry(name, label, rank, compiled, whole=body == key + "*")
            self._stems[mode].setdefault(key, []).append(item)
        else:
            item = _Entry(name, label, rank, compiled, whole=body == key)
            self._words[mode].setdefault(key, []).append(item)

    def _lookup(self, mode: int, word: str) -> tuple[_Entry, ...]:
        """The entries that can start with ``word``: those indexed by it, and the stems it begins with."""
        stems, lengths = self._stems[mode], self._stem_lengths[mode]
        candidates = list(self._words[mode].get(word, ()))
        for length in lengths.get(word[:1], ()) + lengths.get(word[:2], ()):
            if length <= len(word):
                candidates.extend(stems.get(word[:length], ()))
        return tuple(candidates)

    def scan(self, lowered: str, original: Optional[str] = None) -> dict[str, list[tuple[int, int, object]]]:
        """Every group's matches: lowercase entries on ``lowered``, case-sensitive ones on ``original``."""
        original = lowered if original is None else original
        found: dict[tuple[str, int], list[tuple[int, int, int, object]]] = defaultdict(list)
        words = [(match.start(), match.group(0)) for match in _WORD.finditer(lowered)]
        for mode, text in ((0, lowered), (1, original)):
            if not self._words[mode] and not self._stems[mode]:
                continue
            cache = self._candidates[mode]
            skip_lowercase = mode == 1 and not self._lowercase_exact_stems
            for start, word in words:
                if mode:
                    folded = word
                    word = text[start:start + len(word)]
                    if skip_lowercase and word == folded and word not in self._lowercase_exact:
                        continue
                candidates = cache.get(word)
                if candidates is None:
                    candidates = self._lookup(mode, word)
                    if len(cache) < CACHED_WORDS:
                        cache[word] = candidates
                for entry in candidates:
                    if entry.whole:
                        found[(entry.group, mode)].append((start, start + len(word), entry.rank, entry.label))
                        continue
                    match = entry.pattern.match(text, start)
                    if match:
                        found[(entry.group, mode)].append((start, match.end(), entry.rank, entry.label))
        for entry, exact in self._raw:
            text = original if exact else lowered
            for match in entry.scanner.finditer(text):
                if match.end() > match.start():
                    found[(entry.group, 1 if exact else 0)].append(
                        (match.start(), match.end(), entry.rank, entry.label))
        result: dict[str, list[tuple[int, int, object]]] = {name: [] for name in self.names}
        for (name, _), matches in found.items():
            result[name].extend(_leftmost(matches))
        for matches in result.values():
            matches.sort(key=lambda item: (item[0], item[1]))
        return result


def _lengths_by_head(stems: dict) -> dict[str, tuple[int, ...]]:
    """{first two letters (or the single letter of a one-letter stem): lengths of those stems}."""
    grouped: dict[str, set[int]] = defaultdict(set)
    for key in stems:
        grouped[key[:2]].add(len(key))
    return {head: tuple(sorted(lengths)) for head, lengths in grouped.items()}


def _leftmost(matches: Iterable[tuple[int, int, int, object]]) -> list[tuple[int, int, object]]:
    """What an alternation scan keeps: at each start the best-ranked entry, no overlaps."""
    kept: list[tuple[int, int, object]] = []
    end = -1
    for start, stop, _, label in sorted(matches, key=lambda item: (item[0], item[2])):
        if start < end:
            continue
        kept.append((start, stop, label))
        end = stop
    return kept
