"""Sitemaps, sitemap indexes and news sitemaps."""

from __future__ import annotations

from dataclasses import dataclass

from crawlers.discovery import Entry, xml_document
from crawlers.discovery.dates import parse_machine_date


class NotASitemap(ValueError):
    """The document is neither a <urlset> nor a <sitemapindex>."""


@dataclass(frozen=True)
class Sitemap:
    """A parsed sitemap: child sitemaps (for an index) or page entries (for a urlset)."""

    children: list[Entry]
    pages: list[Entry]


def parse_sitemap(body: str) -> Sitemap:
    selector = xml_document(body, NotASitemap)
    root_name = selector.xpath("local-name(/*)").get()
    if root_name == "sitemapindex":
        return Sitemap(children=_entries(selector.xpath("/sitemapindex/sitemap")), pages=[])
    if root_name == "urlset":
        return Sitemap(children=[], pages=_entries(selector.xpath("/urlset/url")))
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
