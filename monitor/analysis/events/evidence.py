"""What a report names beyond its date: the proper names that tie two reports to one real event.

A report that gives no date can still say who met and where: the surnames of the ministers or
chiefs, the city of the signing, the name of the document. Two reports of one act of a pair that
name the same people and places, names that the pair's other events do not share, are reports of
one event; where none or several fit as well, nothing is concluded (see undated).

A *mark* is a capitalised word of the article's own story (its title and text, the trailing
headlines of other stories cut off as the classifier cuts them) that is not vocabulary:

- the words the classifier reads for acts, states, months and weekdays (the article language's
  lexicon, CLDR names included) are not marks: every report of the pair has them; a capital it
  reads is one (the city of a signing is a place like any other);
- a capitalised word whose lowercase form the story also uses (a sentence's first word, English
  and German common nouns) is not a mark;
- a word capitalised only where a sentence starts ("Также", "Meanwhile") is not a mark: a name
  is capitalised inside a sentence too, wherever the story names it there (a full stop after an
  initial or a title, "S. Papikyan", "Gen. Hasanov", ends no sentence);
- in a language that capitalises every noun (German), a word is a mark only beside another
  capitalised word inside a sentence ("Boris Pistorius", "Minister Teodoro"): a name comes with a
  first name or a title, a common noun ("die Zusammenarbeit") with its article;
- words of fewer than MIN_LETTERS letters are not marks.

Not every mark is a name that ties two reports to one act. A mark's *head* occurrence is the last
capitalised word of a run of them and not beside a state's name: "Colonel General Zakir Hasanov"
gives the head Hasanov, while the title, the rank and the given name before it are marks only (every
report of a pair's ministers has them); "Republic of Azerbaijan", "Российской Федерации" and
"Sputnik Azerbaijan" give no head (the state's institutions, an agency's edition). A head written
after another capitalised word of its run ("Zakir Hasanov", "Minister Teodoro") is a person's
name: a pair's two ministers are named in its reports of every act, so one surname says which pair,
not which act (see undated.singled); a place, a document's, weapon's or exercise's name stands alone.

Names are compared across scripts and inflections: a mark is transliterated to ASCII (anyascii:
Cyrillic, Armenian, Greek and Latin with diacritics alike; scripts with no capitals, Georgian or
Arabic, give no marks, so their reports are placed as before), then reduced to its
consonant skeleton (vowels and h, w, y dropped, similar consonants as one, doubled ones as one)
and cut to SKELETON letters, so "Papikyan", "Папикяна" and "Պապիկյան" are one mark, and so are
"Hasanov", "Həsənov" and "Ҳасанов". Short skeletons meet by chance more often; a mark counts only
where the pair's other events lack it (see undated), which chance seldom gives.

anyascii (ISC licence, pure Python, tables for every script) does the transliteration: a table per
script written here would cover fewer and be kept by no one; Unidecode is GPL.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, Optional
from urllib.parse import urlsplit

from anyascii import anyascii

from monitor.classify.facts import code_name_words, code_names
from monitor.classify.lexicons import load, supported
from monitor.classify.story import split_story
from monitor.classify.text import lowercase, normalise

MIN_LETTERS = 4
SKELETON = 4
# Lexicon categories that are marks all the same: a capital is where an act happened, like any city.
KEPT = frozenset({"capitals"})
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_VOWELS = set("aeiouyhw")
# A name's first vowel, or the glide before it, as one letter: scripts and transliterations differ
# most there ("Yerevan", "Ереван" read as "Erevan"; "Aliyev", "Əliyev" read as "Eliyev").
_LEADING = set("aeiouy")
# Languages whose common nouns are capitalised (only names beside a capitalised word are marks).
NOUNS_CAPITALISED = frozenset({"de", "lb"})
# Lexicon categories that name a state (a word beside one names the state's institutions).
STATE_WORDS = ("states", "blocs")
# What may stand between a sentence's end and its first word: spaces, quotes, brackets, dashes.
_OPENERS = set(" \t\"'«»“”„‘’‚([{—–-*•")
_ENDS = set(".!?…:;\n\r")
_SAME = str.maketrans({"q": "k", "g": "k", "c": "k", "z": "s", "j": "s", "x": "k", "v": "b", "f": "p", "d": "t"})


class Evidence(NamedTuple):
    """What a report's story says beyond its date: the skeletons of its proper names, the weekdays
    it names (0 = Monday: "on Thursday" places the act on a Thursday), and those of its marks
    that name a place the classifier reads as a capital (the city of a visit); `heads`, the marks
    it writes at least once as a name's head, capitals included; `persons`, those it writes after a
    given name or a title (a capital never); `seats`, (mark, state) for each capital it names;
    `codes`, the exercise code names it names (codes)."""
    marks: frozenset[str]
    weekdays: frozenset[int]
    places: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    seats: frozenset[tuple[str, str]] = frozenset()
    codes: frozenset[str] = frozenset()


NOTHING = Evidence(frozenset(), frozenset())


@lru_cache(maxsize=1024)
def read(title: str, text: str, lang: Optional[str]) -> Evidence:
    """The evidence the article's own story holds (see the module)."""
    story = _story(title, text, lang)
    lowered = lowercase(story)
    scan = load(lang).scan(lowered, story) if lang and supported(lang) else {}
    covered = [(start, end) for name, found in scan.items() if name not in KEPT for start, end, _ in found]
    capitals = [(start, end) for start, end, _ in scan.get("capitals", ())]
    common = {match.group() for match in _WORD.finditer(lowered) if not story[match.start()].isupper()}
    named = _named_inside_sentences(story, lowered, lang in NOUNS_CAPITALISED)
    states = [(start, end) for name in STATE_WORDS for start, end, _ in scan.get(name, ())]
    heads, titled = _heads(story, lowered, states, load(lang).stopwords if lang and supported(lang) else frozenset())
    found, places, named_heads, persons, seats = set(), set(), set(), set(), set()
    for match in _WORD.finditer(story):
        word = match.group()
        if (len(word) < MIN_LETTERS or not word[0].isupper() or lowered[match.start():match.end()] in common
                or (lowered[match.start():match.end()] not in named
                    and not any(start < match.end() and match.start() < end for start, end in capitals))
                or any(start < match.end() and match.start() < end for start, end in covered)):
            continue
        mark = skeleton(word)
        if mark:
            found.add(mark)
            if lowered[match.start():match.end()] in heads:
                named_heads.add(mark)
            if lowered[match.start():match.end()] in titled:
                persons.add(mark)
            if any(start < match.end() and match.start() < end for start, end in capitals):
                places.add(mark)
                seats.update((mark, state) for start, end, state in scan.get("capitals", ())
                             if start < match.end() and match.start() < end)
    return Evidence(frozenset(found), frozenset(label for _, _, label in scan.get("weekdays", ())),
                    frozenset(places), frozenset(named_heads | places), frozenset(persons - places),
                    frozenset(seats), codes(story))


def story(title: str, text: str, lang: Optional[str]) -> str:
    """The article's own story, its title before it (what `read` reads)."""
    return _story(title, text, lang)


def _story(title: str, text: str, lang: Optional[str]) -> str:
    """The article's own story (the trailing headlines of other stories cut off as the classifier cuts
    them), its title before it."""
    body = normalise(text or "")
    story = split_story(body, lang)[0] if lang and supported(lang) else body
    title = normalise(title or "").strip()
    if title and not story.lstrip().startswith(title[:60]):
        story = title + "\n" + story
    return story


def codes(story: str) -> frozenset[str]:
    """The exercise code names the story names (monitor.classify.facts.code_names: "Caucasus
    Shield-2026", "«Кавказ-2020»", "Anadolu Kartalı 2027"), each word of a name as "NUMBER:skeleton"
    (the year or edition, then the word's skeleton as a mark's, across scripts and inflections).

    Two reports that share one of these name one exercise; two that name code names and share none
    name two (a pair holds several exercises a year, each under its own name). A word for word
    translation often keeps a skeleton ("Anadolu"/"Anatolian"), and every word counts, so a name
    told in two languages is seldom read as two; a name that shares a word with another is read as
    one, which only leaves the reports to the other rules."""
    found = set()
    for match in code_names(story):
        words, number = code_name_words(story, match)
        for word in words:
            mark = skeleton(word) or anyascii(word).lower()
            if mark:
                found.add(f"{int(number)}:{mark}")
    return frozenset(found)


# Languages the sources write in Cyrillic letters, and the other scripts by language: a code name
# written in another script than its report's language (Latin letters in a Russian text: «Desert
# Lantern-2026») is the name as its owners write it, quoted, not translated into that language.
CYRILLIC = frozenset({"ru", "uk", "kk", "ky", "tg", "be", "bg", "mk", "mn", "sr"})
SCRIPTS = {"hy": "Armn", "ka": "Geor", "el": "Grek", "ar": "Arab", "fa": "Arab", "he": "Hebr"}
LATIN, CYRILLIC_SCRIPT = "Latn", "Cyrl"


def script_of(lang: Optional[str]) -> str:
    """The script a language is written in (Latin unless listed)."""
    return CYRILLIC_SCRIPT if lang in CYRILLIC else SCRIPTS.get(lang or "", LATIN)


def codes_written_in(story: str, lang: Optional[str]) -> str:
    """The language a story's exercise code names are written in: its own, unless their letters are of
    another script than the language's (then that script's tag, "Latn": quoted as written elsewhere)."""
    found = set()
    for match in code_names(story):
        for word in code_name_words(story, match)[0]:
            for char in word:
                if char.isalpha():
                    name = unicodedata.name(char, "")
                    found.add(CYRILLIC_SCRIPT if name.startswith("CYRILLIC") else LATIN if name.startswith("LATIN")
                              else script_of(lang))
    return lang or "" if not found or found == {script_of(lang)} else min(found)


def _named_inside_sentences(story: str, lowered: str, nouns_capitalised: bool) -> set[str]:
    """The lowercase forms of the words the story capitalises somewhere other than a sentence's
    start (and, where nouns are capitalised, beside another capitalised word of the sentence)."""
    words = list(_WORD.finditer(story))
    named = set()
    for position, match in enumerate(words):
        if not story[match.start()].isupper() or _starts_sentence(story, match.start()):
            continue
        if nouns_capitalised and not any(_capitalised_neighbour(story, words, position, step) for step in (-1, 1)):
            continue
        named.add(lowered[match.start():match.end()])
    return named


def _heads(story: str, lowered: str, states: list[tuple[int, int]], stop: frozenset) -> tuple[set[str], set[str]]:
    """The lowercase forms of the words the story writes at least once as the head of a name: the
    last capitalised word of a run of them ("Colonel General Zakir Hasanov": Hasanov; a title, a
    rank, a given name or an agency before a state's name is not one), and not next to a state's
    name, directly or across one short word ("Republic of Azerbaijan", "Russian Federation",
    "Азербайджанской Республики": the state's own institutions). Second, those of them it writes at
    least once after a capitalised word of their run: a person's surname after a given name or a
    title ("Zakir Hasanov", "Minister Teodoro"), where a place or a weapon's name stands alone."""
    words = list(_WORD.finditer(story))
    heads, titled = set(), set()
    for position, match in enumerate(words):
        if not story[match.start()].isupper():
            continue
        if position > 0 and _capitalised_neighbour(story, words, position, -1):
            titled.add(lowered[match.start():match.end()])
        if position + 1 < len(words) and _capitalised_neighbour(story, words, position, 1):
            continue
        if any(_beside(story, words, position, step, states, stop) for step in (-1, 1)):
            continue
        heads.add(lowered[match.start():match.end()])
    return heads, titled


def _beside(story: str, words: list, position: int, step: int, states: list[tuple[int, int]],
            stop: frozenset) -> bool:
    """Whether the word next to words[position] (step -1: before, 1: after) names a state, with only
    spaces or a hyphen between them on one line; after it, also across one stopword ("Republic of
    Azerbaijan", where the state completes the institution's name)."""
    for reach in ((1, 2) if step > 0 else (1,)):
        other = position + step * reach
        if not 0 <= other < len(words):
            return False
        first, second = (words[other], words[position]) if step < 0 else (words[position], words[other])
        between = story[first.end():second.start()]
        if "\n" in between or (reach == 1 and between.strip(" -")):
            return False
        word = words[other]
        if any(start < word.end() and word.start() < end for start, end in states):
            return True
        if word.group().lower() not in stop:
            return False
    return False


def _starts_sentence(story: str, start: int) -> bool:
    """Whether the word at `start` opens the text, a line or a sentence (quotes and dashes aside)."""
    index = start - 1
    while index >= 0 and story[index] in _OPENERS:
        index -= 1
    if index < 0:
        return True
    return story[index] in _ENDS and not (story[index] == "." and _abbreviation(story, index))


def _abbreviation(story: str, dot: int) -> bool:
    """Whether the full stop at `dot` ends an initial or a title ("S. Papikyan", "Gen. Hasanov"):
    one capital letter, or two or three letters of which only the first is a capital."""
    begin = dot
    while begin > 0 and story[begin - 1].isalpha():
        begin -= 1
    letters = story[begin:dot]
    if begin > 0 and not story[begin - 1].isspace() and story[begin - 1] not in _OPENERS:
        return False
    return (len(letters) == 1 and letters.isupper()) or \
        (2 <= len(letters) <= 3 and letters[0].isupper() and letters[1:].islower())


def _capitalised_neighbour(story: str, words: list, position: int, step: int) -> bool:
    """Whether the word next to words[position] (step -1: before, 1: after), with only spaces or a
    hyphen between them, is capitalised and does not open a sentence."""
    other = position + step
    if not 0 <= other < len(words):
        return False
    first, second = (words[other], words[position]) if step < 0 else (words[position], words[other])
    between = story[first.end():second.start()]
    if between.strip(" -") or "\n" in between:
        return False
    word = words[other]
    return story[word.start()].isupper() and not _starts_sentence(story, word.start())


def outlet(url: Optional[str]) -> frozenset[str]:
    """The skeletons of the names in a report's web address ("https://en.trend.az/..." -> Trend):
    an outlet names itself in what it publishes, whatever the story, and so may another outlet
    quoting it; a name two reports share because one outlet wrote or fed both says nothing of the
    act. The top-level domain is left out (a state's code, as "az")."""
    host = urlsplit(url or "").hostname or ""
    return frozenset(filter(None, (skeleton(label) for label in host.split(".")[:-1])))


def skeleton(word: str) -> str:
    """A name's consonant skeleton in ASCII, cut to SKELETON letters ("" when it has too few)."""
    letters = [char for char in anyascii(word).lower() if char.isalpha()]
    if not letters:
        return ""
    kept = ["a" if letters[0] in _LEADING else letters[0].translate(_SAME)]
    for char in letters[1:]:
        if char in _VOWELS:
            continue
        char = char.translate(_SAME)
        if char != kept[-1]:
            kept.append(char)
    return "".join(kept[:SKELETON]) if len(kept) >= 3 else ""
