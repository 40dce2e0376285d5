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
        kept.append(mention)
    return kept
