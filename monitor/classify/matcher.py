"""Find many lexicon entries in a text in one pass over its words.

One big alternation regex per category makes Python's ``re`` try every entry at every position,
which costs tens of milliseconds per article. Entries here are indexed by their first word (or,
for a stem such as ``azerbaijan*``, by the stem). A gate regex (a trie of those words and stems;
for a word that only begins phrases, of the phrases' words) finds the words of the text that can
start an entry; each such word looks up, per category, its candidate entries joined into one
alternation in rank order, so one regex call finds the entry an alternation scan would keep
there. The answer is the one an alternation scan would give: leftmost matches that do not
overlap, and at one position the entry that sorts first (longest first).

Entry syntax (see ``lexicons/__init__.py``): lowercase words, ``*`` any word characters, ``?``
one word character, ``#`` a number (a run of digits), a space any whitespace, ``=`` case-sensitive
on the original text, ``re:`` a raw regular expression (matched on the lowercased text).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from operator import itemgetter
from re import _constants, _parser  # re's own parser: what every match of an entry must contain
from typing import Optional

# Words whose candidate entries are remembered per matcher (a bound on memory, not on correctness).
CACHED_WORDS = 50_000
_FIRST_WORD = re.compile(r"\w*")
_WORD_CHAR = re.compile(r"\w")
_START_END = itemgetter(0, 1)
_START_RANK = itemgetter(0, 2)
# The index key of entries that start with a number ("# countries").
NUMBER = "#"


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
        elif char == NUMBER:
            parts.append(r"\d+")
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
    source: str
    body: str = ""
    # True when the entry is exactly the word it is indexed by ("plan", "azerbaijan*"): any word it
    # is a candidate for is a whole match, and no regex needs to run.
    whole: bool = False
    # A regular expression that opens with a lookbehind or a choice of words ("(?<=the )signed",
    # "(?:kam|kommt)\\s+..."): matched on its own, as one scan of it over the text would, but only at
    # the words it can begin with (see ``_guarded_heads``). Its compiled pattern; None for others.
    alone: Optional[re.Pattern] = None


@dataclass(frozen=True)
class _Choice:
    """One group's candidate entries at a word, best-ranked first: the first that matches is kept."""

    # Where its matches are collected: (group, case mode); the modes do not hide each other's matches.
    slot: tuple[str, int]
    entries: tuple[_Entry, ...]
    # The alternation of ``entries`` (one capturing group each), or None when the best-ranked entry is
    # a whole word, which matches without a regex.
    pattern: Optional[re.Pattern]
    # True for the one entry matched alone (``_Entry.alone``).
    alone: bool = False


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
        self._raw: list[tuple[_Entry, re.Pattern, bool, _Required]] = []
        for name, labelled in groups.items():
            items = [(entry, label) for label, entries in labelled.items()
                     for entry in ((entries,) if isinstance(entries, str) else entries)]
            items.sort(key=lambda item: len(item[0]), reverse=True)
            for rank, (entry, label) in enumerate(items):
                self._add(name, label, rank, entry)
        # Per first two letters, the lengths of the stems starting with them: a word looks up only
        # the prefixes that some stem could be.
        self._stem_lengths = tuple(_lengths_by_head(stems) for stems in self._stems)
        # word -> its choices, per case mode (the same words recur in every text)
        self._candidates: tuple[dict, dict] = ({}, {})
        # candidate entries -> choices: words that hit the same keys share them (and their regexes)
        self._choices: dict[tuple[_Entry, ...], _Plan] = {}
        # Per case mode, a regex that finds only the words some entry can start with: the per-word
        # Python work is then done for those few words, not for every word of the text. The few
        # case-sensitive keys (mostly capitalised) are found fastest by a gate that does not check the
        # start of the word itself (``re`` then skips to their first letters); scan checks it.
        self._gates = (_gate(self._words[0], self._stems[0], anchored=True),
                       _gate(self._words[1], self._stems[1], anchored=False))

    def _add(self, name: str, label, rank: int, entry: str) -> None:
        source, exact = entry_regex(entry)
        mode = 1 if exact else 0
        body = entry[1:] if exact else entry
        head = _regex_head(source) if entry.startswith("re:") else ""
        if head:
            # A regular expression that begins with plain letters: indexed by them, like a stem.
            self._stems[mode].setdefault(head, []).append(_Entry(name, label, rank, source, body))
            return
        if entry.startswith("re:") or not (body[:1].isalnum() or body[:1] == NUMBER):
            scanner = re.compile(rf"(?<!\w)(?:{source})(?!\w)")
            heads, word = _guarded_heads(source) if entry.startswith("re:") else ((), False)
            for key in heads:
                index = self._words[mode] if word else self._stems[mode]
                index.setdefault(key, []).append(_Entry(name, label, rank, source, body, alone=scanner))
            if not heads:
                self._raw.append((_Entry(name, label, rank, source, body), scanner, exact, _required_texts(source)))
            return
        key = NUMBER if body[:1] == NUMBER else _FIRST_WORD.match(body).group(0)
        following = body[len(key):len(key) + 1]
        if following in ("*", "?"):
            item = _Entry(name, label, rank, source, body, whole=body == key + "*")
            self._stems[mode].setdefault(key, []).append(item)
        else:
            item = _Entry(name, label, rank, source, body, whole=body == key)
            self._words[mode].setdefault(key, []).append(item)

    def _lookup(self, mode: int, word: str) -> _Plan:
        """Per group, the entries that can start with ``word``: those indexed by it (or by ``#`` for a
        number), and the stems it begins with."""
        stems, lengths = self._stems[mode], self._stem_lengths[mode]
        candidates = list(self._words[mode].get(NUMBER if word.isdigit() else word, ()))
        for length in lengths.get(word[:1], ()) + lengths.get(word[:2], ()):
            if length <= len(word):
                candidates.extend(stems.get(word[:length], ()))
        key = tuple(dict.fromkeys(candidates))
        plan = self._choices.get(key)
        if plan is None:
            plan = self._choices[key] = _plan(_choices(list(key), mode))
        return plan

    def prepare(self) -> None:
        """Make now the choices of every word the gate can let through, each key's alternation compiled,
        instead of as the scan first meets such a word (``_lookup``): ~800 of them, 0.07 s of ``re``'s
        compiler, in each process that scans the crawl benchmark's pages (BENCHMARKS.md section 1, wip-s12x),
        done once where a compiled lexicon is written to a file for every process to read
        (``compiled.py``). A word's candidates are the entries of the word itself and of the stems it
        begins with, so each indexed word and stem stands for the words that give its key: the word (a
        digit for numbers), and the word followed by a character no entry holds (the stems it begins
        with, alone). A key met otherwise is still made as it comes. The scans are the same."""
        for mode in (0, 1):
            for key in list(self._words[mode]) + list(self._stems[mode]):
                word = "0" if key == NUMBER else key
                self._lookup(mode, word)
                self._lookup(mode, word + "\x00")

    def scan(self, lowered: str, original: Optional[str] = None) -> dict[str, list[tuple[int, int, object]]]:
        """Every group's matches: lowercase entries on ``lowered``, case-sensitive ones on ``original``."""
        original = lowered if original is None else original
        found: dict[tuple[str, int], list[tuple[int, int, int, object]]] = defaultdict(list)
        # Where each entry matched alone last ended: its next match starts there or after. Keyed by (group,
        # rank), which tells entries apart as their equality does (the copies indexed by each of an entry's
        # heads share it) without hashing a dataclass and its compiled pattern at each word.
        ends: dict[tuple[str, int], int] = {}
        for mode, text in ((0, lowered), (1, original)):
            gate = self._gates[mode]
            if gate is None:
                continue
            cache = self._candidates[mode]
            # The lowercase gate finds a word by the character before it: a space before the first.
            shift = 1 if mode == 0 else 0
            for word_match in gate.finditer(" " + text if shift else text):
                start = word_match.start(1) - shift
                word = word_match.group(1)
                if mode and start and _WORD_CHAR.match(text, start - 1):
                    continue
                plan = cache.get(word)
                if plan is None:
                    plan = self._lookup(mode, word)
                    if len(cache) < CACHED_WORDS:
                        cache[word] = plan
                words, alone, tried = plan
                if words:
                    stop = start + len(word)
                    for slot, rank, label in words:
                        found[slot].append((start, stop, rank, label))
                for key, pattern, entry in alone:
                    if start < ends.get(key, 0) or not (match := pattern.match(text, start)):
                        continue
                    ends[key] = match.end()
                    found[(entry.group, mode)].append((start, match.end(), entry.rank, entry.label))
                for slot, pattern, ranks in tried:
                    match = pattern.match(text, start)
                    if match is not None:
                        found[slot].append((start, match.end(), *ranks[match.lastindex - 1]))
        for entry, scanner, exact, required in self._raw:
            text = original if exact else lowered
            if not _may_hold(text, required):  # no match can be there: the search would step through every word
                continue
            for match in scanner.finditer(text):
                if match.end() > match.start():
                    found[(entry.group, 1 if exact else 0)].append(
                        (match.start(), match.end(), entry.rank, entry.label))
        result: dict[str, list[tuple[int, int, object]]] = {name: [] for name in self.names}
        for (name, _), matches in found.items():
            kept = result[name]
            merging = bool(kept)
            if len(matches) == 1:
                start, stop, _, label = matches[0]
                kept.append((start, stop, label))
            else:
                kept.extend(_leftmost(matches))
            if merging:
                kept.sort(key=_START_END)
        return result


# What every match of an entry searched over the whole text contains (``_required_texts``): one of these
# runs of plain characters, each with whether a word character stands right before it.
_Required = tuple[tuple[str, bool], ...]
_REPEATS = (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT)
_WORD_CLASS = [(_constants.IN, [(_constants.CATEGORY, _constants.CATEGORY_WORD)])]


def _required_texts(source: str) -> _Required:
    r"""Runs of plain characters one of which every match of the regular expression ``source`` contains,
    each with True when a word character of the match stands right before it: (("şou", True),) for
    ``\w+şou\b``, one run per alternative of a choice (("approved", False), ("endorsed", False), ...) for
    ``\b(?:has|was)\s+(?:approved|endorsed)``; () when none can be told (a flag that changes how
    characters match). Entries that begin with no plain letters are searched over the whole text
    (``Matcher._raw``), which costs as much as the text is long even where they cannot match; a text that
    holds none of these runs (where a word character precedes it, when so marked) is skipped
    (``_may_hold``). Of the pattern's sequence, a run of consecutive literals, a group, a choice whose every
    alternative requires some run, or an item repeated at least once counts; of several, the one whose
    shortest run is longest (then the one of fewest runs)."""
    try:
        parsed = _parser.parse(source)
    except re.error:
        return ()
    if parsed.state.flags & (re.IGNORECASE | re.VERBOSE):
        return ()
    return _required_in(list(parsed))


def _required_in(items: list) -> _Required:
    candidates: list[_Required] = []
    run, after_word = "", False
    for position, (op, argument) in enumerate(items):
        if op is _constants.LITERAL:
            if not run:
                before = items[position - 1] if position else None
                after_word = before is not None and before[0] in _REPEATS and before[1][0] >= 1 \
                    and list(before[1][2]) == _WORD_CLASS
            run += chr(argument)
            continue
        if run:
            candidates.append(((run, after_word),))
            run = ""
        if op is _constants.SUBPATTERN:
            _group, add_flags, del_flags, inner = argument
            if not (add_flags | del_flags) & (re.IGNORECASE | re.VERBOSE):
                candidates.append(_required_in(list(inner)))
        elif op is _constants.BRANCH:
            alternatives = [_required_in(list(alternative)) for alternative in argument[1]]
            if all(alternatives):
                candidates.append(tuple(dict.fromkeys(run for required in alternatives for run in required)))
        elif op in _REPEATS and argument[0] >= 1:
            candidates.append(_required_in(list(argument[2])))
    if run:
        candidates.append(((run, after_word),))
    candidates = [required for required in candidates if required]
    if not candidates:
        return ()
    return max(candidates, key=lambda required: (min(len(text) for text, _ in required), -len(required)))


def _may_hold(text: str, required: _Required) -> bool:
    """False when ``text`` holds none of the ``required`` runs (``_required_texts``): no match can be there."""
    if not required:
        return True
    for run, after_word in required:
        if not after_word:
            if run in text:
                return True
            continue
        found = text.find(run, 1)
        while found != -1:
            if _WORD_CHAR.match(text, found - 1):
                return True
            found = text.find(run, found + 1)
    return False


# What a word's choices come to: (slot, rank, label) of each whole-word entry that matches the word
# itself; the entries matched alone there (``_Entry.alone``: its key in ``scan``'s ``ends``, its
# pattern, the entry); and the choices whose regex must be tried
# there, each as (slot, its pattern, the (rank, label) of each of its entries): plain tuples, read
# without a dataclass's attribute lookups at each word of each text.
_Plan = tuple[tuple[tuple[tuple[str, int], int, object], ...], tuple[tuple[tuple[str, int], re.Pattern, _Entry], ...],
              tuple[tuple[tuple[str, int], re.Pattern, tuple[tuple[int, object], ...]], ...]]


def _plan(choices: tuple[_Choice, ...]) -> _Plan:
    words = tuple((choice.slot, choice.entries[0].rank, choice.entries[0].label) for choice in choices
                  if choice.pattern is None and not choice.alone)
    alone = tuple(((entry.group, entry.rank), entry.alone, entry)
                  for entry in (choice.entries[0] for choice in choices if choice.alone))
    tried = tuple((choice.slot, choice.pattern, tuple((entry.rank, entry.label) for entry in choice.entries))
                  for choice in choices if choice.pattern is not None and not choice.alone)
    return words, alone, tried


def _choices(candidates: list[_Entry], mode: int) -> tuple[_Choice, ...]:
    """Per group, its candidates in rank order up to the first whole word (which always matches)."""
    by_group: dict[str, list[_Entry]] = defaultdict(list)
    alone = [_Choice((entry.group, mode), (entry,), None, alone=True) for entry in candidates if entry.alone]
    for entry in sorted(candidates, key=lambda entry: entry.rank):
        if entry.alone:
            continue
        ranked = by_group[entry.group]
        if not (ranked and ranked[-1].whole):
            ranked.append(entry)
    choices = []
    for group, ranked in by_group.items():
        pattern = None
        if not ranked[0].whole:
            pattern = re.compile("|".join(f"((?:{entry.source})(?!\\w))" for entry in ranked))
        choices.append(_Choice((group, mode), tuple(ranked), pattern))
    return tuple(choices + alone)


def _gate(words: dict, stems: dict, anchored: bool) -> Optional[re.Pattern]:
    """A regex whose group 1 matches the whole words that are an indexed word, begin with an indexed
    stem, or are a number when entries start with one; ``anchored``: only at the start of a word,
    after the non-word character it matches first (else also the end of a word, from inside it: a
    match never spans the start of the next word)."""
    if not words and not stems:
        return None
    trie: dict = {}
    paths = [(key, "stem") for key in stems]
    for key, entries in words.items():
        if key == NUMBER:
            continue
        if all(entry.alone is None and entry.body[len(key):len(key) + 1] == " " for entry in entries):
            # Only phrases start with this word ("the two sides", "in the past"): the gate looks ahead
            # for their words up to the first wildcard, so a common word alone costs nothing. (A
            # lookahead, not a match: the phrase's next words may start entries of their own.)
            paths += [(_literal_head(entry.body), "stem") for entry in entries]
        else:
            paths.append((key, "word"))
    for path, marker in paths:
        node = trie
        for char in path:
            node = node.setdefault(char, {})
        node[marker] = True
    number = r"\d+(?!\w)|" if NUMBER in words else ""
    # Anchored, the gate matches the character before the word too (the word is its group 1): a
    # pattern that opens with "not a word character" lets re skip through words to the next
    # boundary, where one that opens with a lookbehind (?<!\w) is tried at every character.
    start = r"\W" if anchored else ""
    return re.compile(rf"{start}((?:{number}{_trie_source(trie)})\w*)")


def _trie_source(node: dict) -> str:
    """Regex source of a trie: a stem accepts any continuation, a word only the end of the word."""
    if node.get("stem"):
        return ""
    branches = [rf"(?=\s+{_trie_source(child)})" if char == " " else re.escape(char) + _trie_source(child)
                for char, child in sorted(node.items()) if char not in ("word", "stem")]
    if node.get("word"):
        branches.append(r"(?!\w)")
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _regex_head(source: str) -> str:
    """The letters every match of a regular expression begins with ("receive" for
    ``receive[sd](?!...)``); "" when it has none or may be an alternation of several."""
    head = _FIRST_WORD.match(source).group(0)
    if _has_top_level_alternation(source):
        return ""
    if source[len(head):len(head) + 1] in ("?", "*", "{"):
        head = head[:-1]  # the quantifier makes the last letter optional
    return head if head.isalpha() else ""


# A lookbehind or lookahead at the start of a regular expression (no nested group inside), or a word boundary
# (``\b``: true at every position a match of an entry searched alone can start, after no word character).
_LEADING_LOOKAROUND = re.compile(r"\(\?<?[=!](?:[^()\\]|\\.)*\)|\\b")
# A choice of plain words at the start of a regular expression, not made optional or repeated.
_LEADING_CHOICE = re.compile(r"\(\?:(\w+(?:\|\w+)*)\)(?![?*{+])")


def _guarded_heads(source: str) -> tuple[tuple[str, ...], bool]:
    """(heads, whole): the letters every match of a regular expression begins with, past its leading
    lookbehinds and lookaheads (which match nothing): ("signed",) for ``(?<=the )signed``; one per
    word of a leading choice, ("kam", "kommt") for ``(?:kam|kommt)\\s+...``; ``whole`` when a match
    is that word alone (nothing follows it but the end of the word). () when it has none: it is then
    scanned over the whole text."""
    if _has_top_level_alternation(source):
        return (), False
    rest = source
    while (guard := _LEADING_LOOKAROUND.match(rest)):
        rest = rest[guard.end():]
    choice = _LEADING_CHOICE.match(rest)
    if choice:
        heads = tuple(dict.fromkeys(choice.group(1).split("|")))
        if not all(head.isalpha() for head in heads):
            return (), False
        tail = rest[choice.end():]
    else:
        head = _regex_head(rest)
        if not head:
            return (), False
        heads, tail = (head,), rest[len(head):]
    return heads, tail in ("", r"(?!\w)")


def _has_top_level_alternation(source: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
    return False


def _literal_head(body: str) -> str:
    """An entry's text up to its first wildcard."""
    for position, char in enumerate(body):
        if char in "*?" or char == NUMBER:
            return body[:position]
    return body


def _lengths_by_head(stems: dict) -> dict[str, tuple[int, ...]]:
    """{first two letters (or the single letter of a one-letter stem): lengths of those stems}."""
    grouped: dict[str, set[int]] = defaultdict(set)
    for key in stems:
        grouped[key[:2]].add(len(key))
    return {head: tuple(sorted(lengths)) for head, lengths in grouped.items()}


def _leftmost(matches: list[tuple[int, int, int, object]]) -> list[tuple[int, int, object]]:
    """What an alternation scan keeps: at each start the best-ranked entry, no overlaps."""
    if len(matches) == 1:
        start, stop, _, label = matches[0]
        return [(start, stop, label)]
    kept: list[tuple[int, int, object]] = []
    end = -1
    for start, stop, _, label in sorted(matches, key=_START_RANK):
        if start < end:
            continue
        kept.append((start, stop, label))
        end = stop
    return kept
