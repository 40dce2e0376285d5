"""Which state's parliament a ratification report says acts, and what kind of document it ratifies.

Both states of a pair ratify an agreement, each in its own parliament, often days apart, and
outlets report each vote as news of its own (../shared/corpus/SCHEMA.md: each step of a
ratification is a story; one state's vote is not the other's). The classifier reads the act and,
for the stage, the house (monitor.classify.stages), not whose house it is: "the Milli Majlis
ratified" and "Georgia's parliament ratified" three days later were one event.

Read from the sentence that reports the act (the detection's evidence):

- a parliament known by its own name, whatever the language it is written in
  (monitor.classify.parliaments.NAMED: "the Milli Majlis", "TBMM", "the Verkhovna Rada", «Госдума»,
  "the Bundestag", "Jogorku Kenesh"), which the classifier reads as its state too;
- a word for a parliament (PARLIAMENT: "parliament", «парламент», "parlament", "national assembly",
  "meclis") beside a state's name or adjective as the classifier's lexicon of the article's
  language reads it ("Georgian parliament", "Georgia's parliament", "the Parliament of Georgia",
  «Парламент Грузии», "Gürcüstan parlamenti", "das georgische Parlament");
- None when none is named, when the sentence names two parliaments of different states ("the
  parliaments of both countries"), or the language has no lexicon (a named parliament is still read).

The kind of document ratified (documents), other than the plain "agreement" every ratification
names: a memorandum, a protocol, a treaty (DOCUMENTS, word beginnings in the sources' languages).

Pure: text in, state or kinds out.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from monitor.classify.lexicons import load, supported
from monitor.classify.parliaments import NAMED
from monitor.classify.text import lowercase, normalise

# Words for a parliament or a house of one that say whose only beside a state's name (word beginnings).
PARLIAMENT = ("parliament", "парламент", "parlament", "parlamento", "national assembly", "национальное собрание",
              "национального собрания", "национальным собранием", "національні збори", "національних зборів",
              "meclis", "məclis", "milliy majlis", "პარლამენტ")

# The parliament words in the plural: the sentence tells both states' parliaments.
PLURAL = frozenset({"parliaments", "парламенты", "парламентов", "парламентами", "парламенти", "парламентів",
                    "parlamente", "parlamentləri", "parlamentoları", "parlamentlari", "parlamenty"})

# What may stand between a state's name and the parliament word: "of" (the), a possessive, an article.
_BETWEEN = re.compile(r"^[\s'’]*(?:s\b)?[\s]*(?:(?:of|de|du|des|der|di|del)\s+(?:the\s+)?)?$")


@lru_cache(maxsize=4096)
def state(sentence: str, lang: Optional[str]) -> Optional[str]:
    """The ISO code of the state whose parliament the sentence says acts, else None (see the module)."""
    story = normalise(sentence or "")
    lowered = lowercase(story)
    found, spans = set(), []
    for code, names in NAMED.items():
        for name in names:
            for match in _PATTERNS[name].finditer(lowered):
                found.add(code)
                spans.append(match.span())
    if lang and supported(lang) and any(word in lowered for word in PARLIAMENT):
        states = load(lang).scan(lowered, story).get("states", ())
        for word in _PARLIAMENT_WORD.finditer(lowered):
            if any(start < word.end() and word.start() < end for start, end in spans):
                continue  # a word of a parliament's own name ("Milli Məclis"): read above
            if word.group() in PLURAL:
                return None  # "the parliaments of both states": not one state's act
            for start, end, code in states:
                gap = lowered[end:word.start()] if end <= word.start() else lowered[word.end():start]
                if len(gap) <= 12 and _BETWEEN.match(gap) and "+" not in code:
                    found.add(code)
    return next(iter(found)) if len(found) == 1 else None


# Kinds of document a ratification names that are not the plain "agreement" every other one names,
# each -> how the sources write it (word beginnings, lowercase): a pair's parliaments ratify few
# documents of each kind, so the kind is a name of the act, as a document's title is.
DOCUMENTS: dict[str, tuple[str, ...]] = {
    "memorandum": ("memorand", "меморандум", "mutabakat zapt", "anlaşma muhtıra"),
    "protocol": ("protocol", "протокол", "protokol"),
    "treaty": ("treaty", "treaties", "договор", "договір", "müqavilə", "antlaşma", "vertrag", "traktat", "tratado"),
}


@lru_cache(maxsize=4096)
def documents(sentence: str) -> frozenset[str]:
    """The kinds of document (DOCUMENTS) the sentence names, whatever its language."""
    lowered = lowercase(normalise(sentence or ""))
    return frozenset(kind for kind, words in DOCUMENTS.items()
                     if any(_DOCUMENT[word].search(lowered) for word in words))


def compatible(first: Optional[str], second: Optional[str]) -> bool:
    """Whether two reports can tell one parliament's act: either names none, or both name the same."""
    return first is None or second is None or first == second


_PATTERNS = {name: re.compile(r"(?<!\w)" + re.escape(name)) for names in NAMED.values() for name in names}
_DOCUMENT = {word: re.compile(r"(?<!\w)" + re.escape(word)) for words in DOCUMENTS.values() for word in words}
_PARLIAMENT_WORD = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(word) for word in PARLIAMENT) + r")\w*")
