"""RSS 2.0, RSS 1.0 and Atom feeds: article links with their dates."""

from __future__ import annotations

from crawlers.discovery import Entry, xml_document
from crawlers.discovery.dates import parse_machine_date


class NotAFeed(ValueError):
    """The document is not RSS or Atom (an HTML page served at a feed URL, say)."""


def parse_feed(body: str) -> list[Entry]:
    """The entries of an RSS or Atom document, in document order."""
    selector = xml_document(body, NotAFeed)
    root = selector.xpath("/*")
    root_name = root.xpath("local-name()").get() if root else None
    if root_name not in ("rss", "RDF", "feed"):
        raise NotAFeed(f"root element is <{root_name}>, not rss or feed")
    entries = []
    for item in selector.xpath("//item | //entry"):
        url = (item.xpath("link/@href").get() or item.xpath("link/text()").get() or "").strip()
        if not url:
            url = (item.xpath("guid[not(@isPermaLink='false')]/text()").get() or "").strip()
        if not url.startswith(("http://", "https://", "/")):
            continue
        published = item.xpath("pubDate/text() | published/text() | updated/text() | date/text()").get()
        title = (item.xpath("title/text()").get() or "").strip() or None
        entries.append(Entry(url=url, published=parse_machine_date(published), title=title))
    return entries

