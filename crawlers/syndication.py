"""Republished articles: which outlet an article says it comes from, and which source that is.

Aggregators and partner sites mark a copy: "(MENAFN- AzerNews)", a "By Trend" byline. A
source's `syndication` patterns (each with a named group `outlet`) are searched in the byline
and the first lines of the text, before cleanup removes such lines. The outlet's name is
matched to a configured source by its name, title or `aliases`, ignoring case and punctuation.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from monitor.config import Source

HEAD_LINES = 3


def find_origin(patterns: Iterable[str], text: str, author: Optional[str] = None) -> Optional[str]:
    """The outlet an article names as its origin, or None."""
    patterns = tuple(patterns)
    if not patterns:
        return None
    head = [line.strip() for line in text.split("\n") if line.strip()][:HEAD_LINES]
    for line in ([author.strip()] if author else []) + head:
        for pattern in patterns:
            match = re.search(pattern, line)
            if match and match.group("outlet").strip():
                return " ".join(match.group("outlet").split())
    return None


def outlet_key(name: str) -> str:
    """A name reduced to lower-case letters and digits: "AzerNews", "Azernews" and "AZERNEWS" agree."""
    return "".join(ch for ch in name.casefold() if ch.isalnum())


def outlet_index(sources: Iterable[Source]) -> dict[str, str]:
    """Every name a configured source goes by (name, title, aliases) -> the source's name."""
    index: dict[str, str] = {}
    for source in sources:
        for name in (source.name, source.title, *source.aliases):
            index.setdefault(outlet_key(name), source.name)
    return index


def resolve_outlet(outlet: str, index: dict[str, str]) -> Optional[str]:
    return index.get(outlet_key(outlet))
