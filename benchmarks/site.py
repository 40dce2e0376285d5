"""A benchmark news site of N articles: the 181 real pages re-served under new URLs, cycled.

Article i (0 = oldest) is real page i mod 181 at `/news/YYYY/MM/DD/story-i.html`, published
ARTICLE_INTERVAL after article i - 1. The site is discovered the three ways pactwatch reads real
sites: an RSS feed of the newest FEED_ITEMS articles, a sitemap index of news sitemaps of
SITEMAP_CHUNK articles each (oldest first, so new articles land in the last one), and a
listing of LISTING_PAGE links per page, newest first, paginated by rel=next. `grow(n)` publishes
n new articles, as a site does between two crawls.

Pages are built on demand from the current article count and cached until it changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from html import escape, unescape
from typing import Sequence

FEED_ITEMS = 20
SITEMAP_CHUNK = 1000
LISTING_PAGE = 20
START = datetime(2024, 1, 1, tzinfo=timezone.utc)
ARTICLE_INTERVAL = timedelta(minutes=30)
HTML = "text/html; charset=utf-8"
XML = "application/xml; charset=utf-8"
NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"
_TITLE = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_ARTICLE_PATH = re.compile(r"^/news/\d{4}/\d{2}/\d{2}/story-(\d+)\.html$")
_LISTING_PATH = re.compile(r"^/news/(?:page/(\d+)/)?$")
_SITEMAP_PATH = re.compile(r"^/sitemaps/news-(\d+)\.xml$")


@dataclass(frozen=True)
class Response:
    status: int
    content_type: str
    body: bytes


NOT_FOUND = Response(404, HTML, b"<html><body><h1>Not found</h1></body></html>")
# Under /broken/ every path answers 500: a site that is down (benchmarks/round_speed.py).
BROKEN_PREFIX = "/broken/"
SERVER_ERROR = Response(500, HTML, b"<html><body><h1>Internal server error</h1></body></html>")


class BenchSite:
    """The site's pages for its current article count; paths are what a crawler requests."""

    def __init__(self, pages: Sequence[bytes], count: int, base_url: str = ""):
        if not pages:
            raise ValueError("the site needs at least one source page")
        self.pages = list(pages)
        self.titles = [_page_title(page) or f"Story {i}" for i, page in enumerate(self.pages)]
        self.count = count
        self.base_url = base_url
        self._cache: dict[str, Response] = {}

    def grow(self, new_articles: int) -> None:
        """Publish `new_articles` more articles (newest last)."""
        self.count += new_articles
        self._cache.clear()

    # Paths

    def sitemap_paths(self) -> list[str]:
        return [f"/sitemaps/news-{k:03d}.xml" for k in range(self._chunks())]

    def listing_path(self, page: int) -> str:
        return "/news/" if page == 1 else f"/news/page/{page}/"

    def listing_pages(self) -> int:
        return max(1, -(-self.count // LISTING_PAGE))

    # Serving

    def response(self, path: str) -> Response:
        cached = self._cache.get(path)
        if cached is None:
            cached = self._build(path)
            if cached.status == 200:
                self._cache[path] = cached
        return cached

    def _build(self, path: str) -> Response:
        if path.startswith(BROKEN_PREFIX):
            return SERVER_ERROR
        article = _ARTICLE_PATH.match(path)
        if article:
            index = int(article.group(1))
            if index < self.count and path == article_path(index):
                return Response(200, HTML, self.pages[index % len(self.pages)])
            return NOT_FOUND
        listing = _LISTING_PATH.match(path)
        if listing:
            page = int(listing.group(1) or 1)
            return Response(200, HTML, self._listing(page)) if 1 <= page <= self.listing_pages() else NOT_FOUND
        sitemap = _SITEMAP_PATH.match(path)
        if sitemap:
            chunk = int(sitemap.group(1))
            return Response(200, XML, self._news_sitemap(chunk)) if chunk < self._chunks() else NOT_FOUND
        if path == "/sitemap.xml":
            return Response(200, XML, self._sitemap_index())
        if path == "/feed.xml":
            return Response(200, "application/rss+xml; charset=utf-8", self._feed())
        if path == "/robots.txt":
            return Response(200, "text/plain; charset=utf-8", b"User-agent: *\nAllow: /\n")
        return NOT_FOUND

    def _chunks(self) -> int:
        return max(1, -(-self.count // SITEMAP_CHUNK))

    def _title(self, index: int) -> str:
        return escape(self.titles[index % len(self.pages)])

    def _url(self, path: str) -> str:
        return self.base_url + path

    def _feed(self) -> bytes:
        items = "".join(
            f"<item><title>{self._title(i)}</title><link>{self._url(article_path(i))}</link>"
            f'<guid isPermaLink="false">story-{i}</guid>'
            f"<pubDate>{published(i):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
            for i in range(self.count - 1, max(-1, self.count - 1 - FEED_ITEMS), -1))
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Bench News</title>'
                f"<link>{self._url('/')}</link><description>Newest stories</description>{items}"
                f"</channel></rss>").encode()

    def _sitemap_index(self) -> bytes:
        children = "".join(
            f"<sitemap><loc>{self._url(path)}</loc><lastmod>{self._newest_in_chunk(k).isoformat()}</lastmod>"
            f"</sitemap>" for k, path in enumerate(self.sitemap_paths()))
        return (f'<?xml version="1.0" encoding="UTF-8"?>'
                f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{children}</sitemapindex>'
                ).encode()

    def _newest_in_chunk(self, chunk: int) -> datetime:
        return published(min(self.count, (chunk + 1) * SITEMAP_CHUNK) - 1)

    def _news_sitemap(self, chunk: int) -> bytes:
        urls = "".join(
            f"<url><loc>{self._url(article_path(i))}</loc><news:news><news:publication>"
            f"<news:name>Bench News</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{published(i).isoformat()}</news:publication_date>"
            f"<news:title>{self._title(i)}</news:title></news:news></url>"
            for i in range(chunk * SITEMAP_CHUNK, min(self.count, (chunk + 1) * SITEMAP_CHUNK)))
        return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
                f' xmlns:news="{NEWS_NS}">{urls}</urlset>').encode()

    def _listing(self, page: int) -> bytes:
        newest = self.count - 1 - (page - 1) * LISTING_PAGE
        items = "".join(
            f'<li><a href="{article_path(i)}">{self._title(i)}</a></li>'
            for i in range(newest, max(-1, newest - LISTING_PAGE), -1))
        following = (f'<a rel="next" href="{self.listing_path(page + 1)}">Older stories</a>'
                     if page < self.listing_pages() else "")
        return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>News, page {page}</title>'
                f'</head><body><nav><a href="/">Home</a> <a href="/about/">About us</a> <a href="/contact/">'
                f'Contact</a></nav><h1>Latest news</h1><ul class="stories">{items}</ul>'
                f'<div class="pager">{following}</div><footer>Bench News</footer></body></html>').encode()


def published(index: int) -> datetime:
    """When article `index` was published (0 is the oldest)."""
    return START + index * ARTICLE_INTERVAL


def article_path(index: int) -> str:
    return f"/news/{published(index):%Y/%m/%d}/story-{index}.html"


def article_paths(count: int) -> list[str]:
    """The paths of a site of `count` articles, oldest first."""
    return [article_path(i) for i in range(count)]


def _page_title(page: bytes) -> str:
    found = _TITLE.search(page)
    if not found:
        return ""
    return " ".join(unescape(found.group(1).decode("utf-8", errors="replace")).split())
