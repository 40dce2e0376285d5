"""The one generic spider: every configured source is this class with its Source attached."""

from __future__ import annotations

import logging
import re
import sqlite3
import sys
from datetime import date
from typing import Iterable, Optional
from urllib.parse import urljoin

import scrapy
from scrapy import signals
from scrapy.http import TextResponse

from crawlers.canonical import canonicalize_url, host_allowed
from crawlers.discovery import Entry
from crawlers.discovery.dates import is_before
from crawlers.discovery.feeds import NotAFeed, parse_feed
from crawlers.discovery.listings import next_page, page_links
from crawlers.discovery.sitemaps import MAX_BYTES as MAX_SITEMAP_BYTES
from crawlers.discovery.sitemaps import MAX_ENTRIES as MAX_SITEMAP_ENTRIES, NotASitemap, parse_sitemap
from crawlers.encoding import page_text
from crawlers.extraction_pool import WORKERS_SETTING, Extractor
from crawlers.failures import failure_reason
from crawlers.storage_guard import stop_on_storage_error
from crawlers.items import ArticleItem
from monitor.config import Listing, Source
from storage import open_db
from storage.db import StorageError, check_writable
from storage.articles import known_urls
from storage.runs import record_failure

logger = logging.getLogger(__name__)

ARTICLE_PRIORITY = 10
NEXT_PAGE_PRIORITY = -10
HTML_TYPES = (b"text/html", b"application/xhtml+xml")


class SourceSpider(scrapy.Spider):
    """Discover articles from a source's feeds, sitemaps and listings; fetch only unknown ones.

    Spider arguments: `since=YYYY-MM-DD` skips older articles and stops paging past them;
    `max_pages=N` bounds the number of pages this run requests.
    """

    source: Source

    def __init__(self, *args, since: Optional[str] = None, max_pages: Optional[str] = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.since = _parse_since(since)
        self.max_pages = int(max_pages) if max_pages else self.source.max_pages
        if self.max_pages <= 0:
            raise ValueError(f"max_pages must be greater than 0, got {max_pages!r}")
        self._allow = [re.compile(p) for p in self.source.allow]
        self._deny = [re.compile(p) for p in self.source.deny]
        self._scheduled: set[str] = set()
        self._pages_requested = 0
        self._listings_past_since: set[str] = set()
        self.run_id: Optional[int] = None

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.extractor = Extractor(crawler.settings.getint(WORKERS_SETTING, 0))
        crawler.signals.connect(spider.extractor.close, signal=signals.spider_closed)
        try:
            spider.db = open_db(crawler.settings["PACTWATCH_DB"])
            check_writable(spider.db)
        except StorageError as exc:  # a crawl that could store nothing must not fetch anything
            print(f"Error: {exc}", file=sys.stderr)
            raise SystemExit(1) from None
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    async def start(self):
        for url in self.source.feeds:
            request = self._page_request(url, self.parse_feed)
            if request:
                yield request
        for url in self.source.sitemaps:
            request = self._page_request(url, self.parse_sitemap)
            if request:
                yield request
        for listing in self.source.listings:
            request = self._page_request(listing.url, self.parse_listing,
                                         cb_kwargs={"listing": listing, "page": 1})
            if request:
                yield request

    # Discovery

    def parse_feed(self, response):
        try:
            entries = parse_feed(response.text if isinstance(response, TextResponse) else "")
        except NotAFeed as exc:
            self.record_failure(response.url, f"not a feed: {exc}", response.status)
            return
        self._discovery_read()
        yield from self._article_requests(entries, response.url, discovered_from=response.url)

    def parse_sitemap(self, response):
        try:
            sitemap = parse_sitemap(_sitemap_text(response))
        except NotASitemap as exc:
            self.record_failure(response.url, f"not a sitemap: {exc}", response.status)
            return
        self._discovery_read()
        if sitemap.skipped:
            logger.warning("sitemap %s lists %d more entries than the protocol's %d; they are not read",
                           response.url, sitemap.skipped, MAX_SITEMAP_ENTRIES)
            self.crawler.stats.inc_value("pactwatch/sitemap_entries_skipped", sitemap.skipped)
        for child in sitemap.children:
            if is_before(child.published, self.since):
                continue
            url = urljoin(response.url, child.url)
            if canonicalize_url(url) in self._scheduled:
                logger.info("sitemap %s lists %s, already read in this run; not read again", response.url, url)
                continue
            request = self._page_request(url, self.parse_sitemap)
            if request:
                yield request
        yield from self._article_requests(sitemap.pages, response.url, discovered_from=response.url)

    def parse_listing(self, response, listing: Listing, page: int):
        if not isinstance(response, TextResponse):
            self.record_failure(response.url, "listing is not a text page", response.status)
            return
        self._discovery_read()
        following = self._next_listing_url(response, listing, page)
        pages = {canonicalize_url(url) for url in (response.url, listing.url, following) if url}
        links = [url for url in page_links(response.text, response.url)
                 if self._is_article(url) and canonicalize_url(url) not in pages]
        entries = [Entry(url=url) for url in links]
        requests = list(self._article_requests(entries, response.url, discovered_from=listing.url))
        yield from requests
        if not links:
            logger.info("listing %s page %d has no article links; paging stops", listing.url, page)
            return
        if not requests:
            logger.info("listing %s page %d: every article is known; paging stops", listing.url, page)
            return
        if listing.url in self._listings_past_since:
            logger.info("listing %s reached articles older than %s; paging stops", listing.url, self.since)
            return
        if following:
            request = self._page_request(following, self.parse_listing, priority=NEXT_PAGE_PRIORITY,
                                         cb_kwargs={"listing": listing, "page": page + 1})
            if request:
                yield request

    def _next_listing_url(self, response, listing: Listing, page: int) -> Optional[str]:
        if listing.page_url:
            return listing.page_url.format(page=listing.first_page + page - 1)
        return next_page(response.text, response.url)

    # Articles

    async def parse_article(self, response, entry: Entry, discovered_from: str):
        content_type = response.headers.get(b"Content-Type", b"").split(b";")[0].strip().lower()
        if not isinstance(response, TextResponse) or (content_type and content_type not in HTML_TYPES):
            self.record_failure(response.url, f"not an HTML page ({content_type.decode('latin-1') or 'binary'})",
                                response.status)
            return
        try:
            extracted = await self.extractor.extract(page_text(response), response.url, self.source.selectors,
                                                     self.source.languages)
        except Exception as exc:  # a broken page must not stop the crawl
            logger.exception("extraction failed for %s", response.url)
            self.record_failure(response.url, f"extraction failed: {exc}", response.status)
            return
        if extracted is None:
            self.record_failure(response.url, "no article text found", response.status)
            return
        published = extracted.published or entry.published
        if is_before(published, self.since):
            self.crawler.stats.inc_value("pactwatch/older_than_since")
            self._listings_past_since.add(discovered_from)
            return
        yield ArticleItem(
            url=response.meta["pw_url"], source=self.source.name, title=extracted.title or entry.title or "",
            text=extracted.text, published_at=published, lang=extracted.lang or self._single_language(),
            author=extracted.author, discovered_from=discovered_from)

    def _article_requests(self, entries: Iterable[Entry], base_url: str, discovered_from: str):
        candidates: dict[str, Entry] = {}
        for entry in entries:
            url = canonicalize_url(urljoin(base_url, entry.url))
            if url in self._scheduled or url in candidates or not self._is_article(url):
                continue
            if is_before(entry.published, self.since):
                self.crawler.stats.inc_value("pactwatch/older_than_since")
                self._listings_past_since.add(discovered_from)
                continue
            candidates[url] = entry
        self.crawler.stats.inc_value("pactwatch/article_links", len(candidates))
        known = known_urls(self.db, candidates)
        self.crawler.stats.inc_value("pactwatch/known_skipped", len(known))
        self._scheduled.update(known)
        for url, entry in candidates.items():
            if url in known:
                continue
            request = self._page_request(url, self.parse_article, priority=ARTICLE_PRIORITY,
                                         cb_kwargs={"entry": entry, "discovered_from": discovered_from})
            if request:
                request.meta["pw_url"] = url
                yield request

    # Shared helpers

    def _page_request(self, url: str, callback, priority: int = 0, cb_kwargs: Optional[dict] = None):
        """A request within the run's page budget, each URL at most once per run."""
        url = canonicalize_url(url)
        if url in self._scheduled:
            return None
        if self._pages_requested >= self.max_pages:
            if not self.crawler.stats.get_value("pactwatch/max_pages_reached"):
                logger.warning("max_pages=%d reached; the rest is left for the next run", self.max_pages)
            self.crawler.stats.set_value("pactwatch/max_pages_reached", True)
            return None
        self._scheduled.add(url)
        self._pages_requested += 1
        return scrapy.Request(url, callback=callback, errback=self.on_error, priority=priority,
                              cb_kwargs=cb_kwargs or {})

    def _discovery_read(self) -> None:
        self.crawler.stats.inc_value("pactwatch/discovery_pages")

    def _is_article(self, url: str) -> bool:
        if not host_allowed(url, self.source.allowed_hosts):
            return False
        if self._allow and not any(p.search(url) for p in self._allow):
            return False
        return not any(p.search(url) for p in self._deny)

    def _single_language(self) -> Optional[str]:
        return self.source.languages[0] if len(self.source.languages) == 1 else None

    def on_error(self, failure):
        """A request that gave no response (or an HTTP error): recorded under the URL that was listed."""
        request = failure.request
        settings = self.crawler.settings
        reason = failure_reason(failure, download_timeout=settings.getfloat("DOWNLOAD_TIMEOUT"),
                                max_page_bytes=settings.getint("DOWNLOAD_MAXSIZE"))
        response = getattr(failure.value, "response", None)
        url = _listed_url(request)
        if url != request.url:
            reason = f"redirected to {request.url}: {reason}"
        self.record_failure(url, reason, response.status if response is not None else None)

    def on_dropped(self, request, spider=None):
        """The scheduler drops a redirect to a URL this run already requested: a loop is a failure."""
        chain = [canonicalize_url(url) for url in request.meta.get("redirect_urls", ())]
        if not chain:
            return
        if canonicalize_url(request.url) in chain:
            self.record_failure(_listed_url(request), f"redirect loop: {' -> '.join(chain + [request.url])}")
        else:
            logger.info("%s redirects to %s, already requested in this run", chain[0], request.url)

    def record_failure(self, url: str, reason: str, http_status: Optional[int] = None) -> None:
        """Count and store one URL's failure; the crawl goes on."""
        self.crawler.stats.inc_value("pactwatch/failures")
        logger.info("failed %s: %s", url, reason)
        try:
            record_failure(self.db, run_id=self.run_id, source=self.source.name, url=url, reason=reason,
                           http_status=http_status)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, f"the failure of {url}")


def _listed_url(request) -> str:
    """The URL discovery found, before any redirect."""
    return request.meta.get("pw_url") or (request.meta.get("redirect_urls") or [request.url])[0]


def _sitemap_text(response) -> str:
    """A sitemap's text; a gzip body is expanded up to the protocol's 50 MB, never further."""
    from scrapy.utils.gz import gunzip

    body = response.body
    if body[:2] == b"\x1f\x8b":
        try:
            body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
        except ValueError:
            raise NotASitemap(f"larger than {MAX_SITEMAP_BYTES} bytes once decompressed; refused") from None
        except (OSError, EOFError) as exc:
            raise NotASitemap(f"broken gzip: {exc}") from None
    return body.decode(response.encoding if isinstance(response, TextResponse) else "utf-8", errors="replace")


def _parse_since(value: Optional[str]) -> Optional[date]:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"since must be a date YYYY-MM-DD, got {value!r}") from None
