"""Where a text names states and blocs: names with their inflections, demonyms, capitals, blocs.

Capitals are kept apart from names because a capital is often just the venue ("met in Baku"),
while a name or demonym ("the Kazakh side", Azərbaycanın) nearly always denotes a party.
"""

from __future__ import annotations

from typing import NamedTuple

STATE, CAPITAL, BLOC = "state", "capital", "bloc"


class Mention(NamedTuple):
    """One mention: offsets into the story, the ISO code (or bloc name) and how it was named (a
    tuple: made for every name in every article)."""

    start: int
    end: int
    code: str
    how: str


def find_mentions(scans: list[dict]) -> list[Mention]:
    """Every state, capital and bloc mention in reading order, from lexicon scans (``Lexicon.scan``);
    overlapping matches keep the longest."""
    found: list[Mention] = []
    for scan in scans:
        for name, how in (("states", STATE), ("capitals", CAPITAL), ("blocs", BLOC)):
            found.extend(Mention(start, end, code, how) for start, end, code in scan[name])
    found.sort(key=lambda mention: (mention.start, -(mention.end - mention.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.extend(_pair_of(mention) if PAIR in mention.code else (mention,))
    return kept


# Joins the two codes of a word that names two states at once: a lexicon's ``countries`` key "GR+EG".
PAIR = "+"


def _pair_of(mention: Mention) -> tuple[Mention, Mention]:
    """A compound that names two states in one word (Greek "ελληνοαιγυπτιακή", Greek-Egyptian, where other
    languages write "greco-egiziana" as two words), as two mentions: the first state at the word's first
    letter, the second at the rest of the word."""
    first, second = mention.code.split(PAIR)
    return (Mention(mention.start, mention.start + 1, first, mention.how),
            Mention(mention.start + 1, mention.end, second, mention.how))
