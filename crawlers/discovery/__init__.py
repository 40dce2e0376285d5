"""Finding article URLs: feeds, sitemaps, listings, JSON APIs and Telegram channels, each a pure parser of one page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from parsel import Selector


@dataclass(frozen=True)
class Entry:
    """An article link found by discovery, with what the discovery page says of it.

    `text` is the article itself when discovery carries it (a JSON API body, a Telegram post):
    then the article page is not fetched.
    """

    url: str
    published: Optional[str] = None
    title: Optional[str] = None
    text: Optional[str] = None


def xml_document(body: str, error: type[ValueError]) -> Selector:
    """Parse XML without namespaces (entities are not resolved); raise `error` if it is not XML."""
    try:
        selector = Selector(text=body, type="xml")
    except ValueError as exc:
        raise error(f"not XML: {exc}") from None
    selector.remove_namespaces()
    return selector
