"""Finding article URLs: feeds, sitemaps and listings, each a pure parser of one page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from parsel import Selector


@dataclass(frozen=True)
class Entry:
    """An article link found by discovery, with what the discovery page says of it."""

    url: str
    published: Optional[str] = None
    title: Optional[str] = None


def xml_document(body: str, error: type[ValueError]) -> Selector:
    """Parse XML without namespaces (entities are not resolved); raise `error` if it is not XML."""
    try:
        selector = Selector(text=body, type="xml")
    except ValueError as exc:
        raise error(f"not XML: {exc}") from None
    selector.remove_namespaces()
    return selector
