"""Where a text names states and blocs: names with their inflections, demonyms, capitals, blocs.

Capitals are kept apart from names because a capital is often just the venue ("met in Baku"),
while a name or demonym ("the Kazakh side", Azərbaycanın) nearly always denotes a party.
"""

from __future__ import annotations

from dataclasses import dataclass

from monitor.classify.lexicons import Lexicon

STATE, CAPITAL, BLOC = "state", "capital", "bloc"


@dataclass(frozen=True)
class Mention:
    """One mention: offsets into the story, the ISO code (or bloc name) and how it was named."""

    start: int
    end: int
    code: str
    how: str


def find_mentions(lexicons: list[Lexicon], lowered: str, original: str) -> list[Mention]:
    """Every state, capital and bloc mention in reading order; overlapping matches keep the longest."""
    found: list[Mention] = []
    for lex in lexicons:
        for labelled, how in ((lex.states, STATE), (lex.capitals, CAPITAL), (lex.blocs, BLOC)):
            found.extend(Mention(start, end, code, how) for start, end, code in
                         labelled.finditer(lowered, original))
    found.sort(key=lambda mention: (mention.start, -(mention.end - mention.start)))
    kept: list[Mention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        kept.append(mention)
    return kept
