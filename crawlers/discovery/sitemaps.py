"""Sitemaps, sitemap indexes and news sitemaps.

The sitemap protocol caps a sitemap at 50,000 URLs and 50 MB uncompressed; what lies past
those limits is not read (a hostile or broken sitemap must not make a run unbounded).
"""

from __future__ import annotations

from dataclasses import dataclass

from crawlers.discovery import Entry, xml_document
from crawlers.discovery.dates import parse_machine_date

MAX_ENTRIES = 50_000
MAX_BYTES = 50 * 1024 * 1024


class NotASitemap(ValueError):
    """The document is neither a <urlset> nor a <sitemapindex>."""


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: child sitemaps (for an index) or page entries (for a urlset).

    `skipped` counts the entries past MAX_ENTRIES, which are left out.
    """

    children: list[Entry]
    pages: list[Entry]
    skipped: int = 0


def parse_sitemap(body: str, max_entries: int = MAX_ENTRIES) -> Sitemap:
    selector = xml_document(body, NotASitemap)
    root_name = selector.xpath("local-name(/*)").get()
    if root_name == "sitemapindex":
        nodes = selector.xpath("/sitemapindex/sitemap")
        return Sitemap(children=_entries(nodes[:max_entries]), pages=[], skipped=max(0, len(nodes) - max_entries))
    if root_name == "urlset":
        nodes = selector.xpath("/urlset/url")
        return Sitemap(children=[], pages=_entries(nodes[:max_entries]), skipped=max(0, len(nodes) - max_entries))
    raise NotASitemap(f"root element is <{root_name}>, not urlset or sitemapindex")


def _entries(nodes) -> list[Entry]:
    entries = []
    for node in nodes:
        url = (node.xpath("loc/text()").get() or "").strip()
        if not url:
            continue
        published = node.xpath("news/publication_date/text()").get() or node.xpath("lastmod/text()").get()
        title = node.xpath("news/title/text()").get()
        entries.append(Entry(url=url, published=parse_machine_date(published),
                             title=title.strip() if title else None))
    return entries
