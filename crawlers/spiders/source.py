"""The one generic spider: every configured source is this class with its Source attached."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable, Optional

import scrapy
from scrapy import signals
from scrapy.http import TextResponse

from crawlers.canonical import absolute_url, canonicalize_url, host_allowed
from crawlers.check_report import CheckReport
from crawlers.cleanup import clean_text
from crawlers.discovery import Entry
from crawlers.discovery.dates import is_before
from crawlers.discovery.feeds import NotAFeed, parse_feed
from crawlers.discovery.jsonapi import NotAnApiPage, parse_api_page
from crawlers.discovery.listings import next_page, page_links
from crawlers.discovery.sitemaps import MAX_BYTES as MAX_SITEMAP_BYTES
from crawlers.discovery.sitemaps import MAX_ENTRIES as MAX_SITEMAP_ENTRIES
from crawlers.discovery.sitemaps import NotASitemap, parse_sitemap
from crawlers.discovery.telegram import older_page_url, parse_channel_page
from crawlers.extensions import CrawlRunRecorder
from crawlers.extraction import MIN_TEXT_CHARS
from crawlers.extraction_pool import ExtractionPool
from crawlers.failures import failure_kind, failure_reason
from crawlers.items import ArticleItem
from crawlers.lifetime import crawl_ends_with_its_starter
from crawlers.middlewares import SourceGuardMiddleware
from crawlers.page_article import PageArticle
from crawlers.page_dates import DateRules, with_zone
from crawlers.resolver import Refusals
from crawlers.syndication import find_origin, resolve_outlet
from crawlers.time_limit import TimeLimitReached
from monitor.config import Listing, Source
from monitor.config.links import is_web_url
from monitor.config.source_options import JsonApi

logger = logging.getLogger(__name__)

ARTICLE_PRIORITY = 10
NEXT_PAGE_PRIORITY = -10
HTML_TYPES = (b"text/html", b"application/xhtml+xml")


@dataclass
class Discovered:
    """What one discovery page gave: requests and items to yield, and how many of its links are new to it."""

    outputs: list
    unstored: int


class SourceSpider(scrapy.Spider):
    """Discover articles from a source's feeds, sitemaps, listings, JSON APIs and Telegram channels;
    fetch only unknown ones (an API body or a Telegram post is the article itself: nothing to fetch).

    Spider arguments: `since=YYYY-MM-DD` skips older articles and stops paging past them;
    `max_pages=N` bounds the number of pages this run requests; `max_articles=N` bounds the
    articles it extracts; `report=PATH` writes what discovery and extraction saw (check-source).
    """

    source: Source
    outlets: dict[str, str] = {}

    def __init__(self, *args, since: Optional[str] = None, max_pages: Optional[str] = None,
                 max_articles: Optional[str] = None, report: Optional[str] = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.since = _parse_since(since)
        self.max_pages = int(max_pages) if max_pages else self.source.max_pages
        if self.max_pages <= 0:
            raise ValueError(f"max_pages must be greater than 0, got {max_pages!r}")
        self.max_articles = int(max_articles) if max_articles else None
        self._allow = [re.compile(p) for p in self.source.allow]
        self._deny = [re.compile(p) for p in self.source.deny]
        self._scheduled: set[str] = set()
        self._pages_requested = 0
        self._articles_taken = 0
        self._taken_from: dict[str, str] = {}
        self._listed_dates: dict[str, str] = {}
        self._listings_past_since: set[str] = set()
        self._headers = _request_headers(self.source)
        self.dates = DateRules(languages=self.source.languages, order=self.source.date_order,
                               timezone=self.source.timezone, url_pattern=self.source.url_date)
        self.report = CheckReport(report)

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        crawl_ends_with_its_starter()
        crawler.signals.connect(spider.on_dropped, signal=signals.request_dropped)
        return spider

    @property
    def db(self):
        """The crawl's database, opened and closed by CrawlRunRecorder."""
        return CrawlRunRecorder.of(self.crawler).db

    @property
    def recorder(self) -> CrawlRunRecorder:
        """Where the crawl's storage is asked (which URLs are stored) and told (failures): the database's
        recorder, or a cluster worker's stand-in for it (crawlers/cluster/recorder.py)."""
        return CrawlRunRecorder.of(self.crawler)

    @property
    def extractor(self):
        """The crawl's extractor (the process's shared one in a round), from ExtractionPool."""
        return ExtractionPool.of(self.crawler)

    @property
    def run_id(self) -> Optional[int]:
        """This crawl's crawl_runs row (None until the spider opens)."""
        return CrawlRunRecorder.of(self.crawler).run_id

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
        for api in self.source.apis:
            request = self._page_request(api.page_url(api.first_page), self.parse_api,
                                         cb_kwargs={"api": api, "page": api.first_page})
            if request:
                yield request
        for channel in self.source.telegram:
            request = self._page_request(channel, self.parse_telegram, cb_kwargs={"channel": channel})
            if request:
                yield request
        self.recorder.start_requests_sent()

    def closed(self, reason):
        self.report.close()

    # Discovery

    def parse_feed(self, response):
        try:
            entries = parse_feed(response.text if isinstance(response, TextResponse) else "")
        except NotAFeed as exc:
            self.record_failure(response.url, f"not a feed: {exc}", response.status)
            return
        self._discovery_read()
        yield from self._discover(entries, response.url, discovered_from=response.url).outputs

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
            url = absolute_url(response.url, child.url)
            if url is None:
                continue
            if canonicalize_url(url) in self._scheduled:
                logger.info("sitemap %s lists %s, already read in this run; not read again", response.url, url)
                continue
            request = self._page_request(url, self.parse_sitemap)
            if request:
                yield request
        yield from self._discover(sitemap.pages, response.url, discovered_from=response.url).outputs

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
        found = self._discover(entries, response.url, discovered_from=listing.url)
        yield from found.outputs
        if not self._keeps_paging(listing.url, page, bool(links), found.unstored > 0):
            return
        if following:
            request = self._page_request(following, self.parse_listing, priority=NEXT_PAGE_PRIORITY,
                                         cb_kwargs={"listing": listing, "page": page + 1})
            if request:
                yield request

    def parse_api(self, response, api: JsonApi, page: int):
        try:
            entries = parse_api_page(response.text if isinstance(response, TextResponse) else response.body.decode(
                "utf-8", errors="replace"), api, response.url, self.dates)
        except NotAnApiPage as exc:
            self.record_failure(response.url, f"not an API page: {exc}", response.status)
            return
        self._discovery_read()
        found = self._discover(entries, response.url, discovered_from=api.url)
        yield from found.outputs
        if api.paged and self._keeps_paging(api.url, page, bool(entries), found.unstored > 0):
            request = self._page_request(api.page_url(page + 1), self.parse_api, priority=NEXT_PAGE_PRIORITY,
                                         cb_kwargs={"api": api, "page": page + 1})
            if request:
                yield request

    def parse_telegram(self, response, channel: str, page: int = 1):
        if not isinstance(response, TextResponse):
            self.record_failure(response.url, "channel preview is not a text page", response.status)
            return
        listed = parse_channel_page(response.text, response.url)
        self._discovery_read()
        found = self._discover(listed.posts, response.url, discovered_from=channel)
        yield from found.outputs
        if listed.before and self._keeps_paging(channel, page, bool(listed.posts), found.unstored > 0):
            request = self._page_request(older_page_url(channel, listed.before), self.parse_telegram,
                                         priority=NEXT_PAGE_PRIORITY, cb_kwargs={"channel": channel, "page": page + 1})
            if request:
                yield request

    def _keeps_paging(self, start_url: str, page: int, has_links: bool, has_new: bool) -> bool:
        """Page on only while a page brings new articles that are not older than `since`."""
        if not has_links:
            logger.info("%s page %d has no article links; paging stops", start_url, page)
        elif not has_new:
            logger.info("%s page %d: every article is known; paging stops", start_url, page)
        elif start_url in self._listings_past_since:
            logger.info("%s reached articles older than %s; paging stops", start_url, self.since)
        elif self._articles_full():
            logger.info("%s: max_articles=%d reached; paging stops", start_url, self.max_articles)
        else:
            return True
        return False

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
        page = self._page_article(response.meta["pw_url"], entry)
        try:
            extracted, classified = await self.extractor.extract_and_classify(
                response.body, response.encoding, response.url, self.source.selectors, self.dates, page)
        except Exception as exc:  # a broken page must not stop the crawl
            logger.exception("extraction failed for %s", response.url)
            self.record_failure(response.url, f"extraction failed: {exc}", response.status)
            return
        if extracted is None:
            self.record_failure(response.url, "no article text found", response.status)
            return
        page = self._page_article(page.url, entry)  # a date listed for it meanwhile counts
        published, date_from = page.published(extracted)
        for item in self._article_item(
                page.url, title=page.title(extracted), text=extracted.text, published=published,
                date_from=date_from, lang=extracted.lang, author=extracted.author,
                discovered_from=discovered_from, fetched=True,
                cleaned=classified.article.text if classified is not None else None):
            if classified is not None and item.for_classifier() == classified.article:
                item.detection = classified.detection  # made for this very text: the pipeline keeps it
            yield item

    def _page_article(self, url: str, entry: Entry) -> PageArticle:
        """What the extraction worker needs to make this page's article as _article_item does."""
        listed = entry.published or self._listed_dates.get(url)
        return PageArticle(url=url, listed_title=entry.title or "",
                           listed_published=with_zone(listed, self.source.timezone) if listed else None,
                           language=self._single_language(), cleanup=self.source.cleanup, since=self.since)

    def _article_item(self, url: str, *, title: str, text: str, published: Optional[str], date_from: Optional[str],
                      lang: Optional[str], author: Optional[str], discovered_from: str, fetched: bool,
                      cleaned: Optional[str] = None):
        """The item of one article: older than `since` skipped; origin found, then the text cleaned.
        `cleaned`: the text as the source's cleanup rules leave it, when the extraction worker already
        cleaned it with them (crawlers/page_article.py), so that it is not done twice."""
        if is_before(published, self.since):
            self.crawler.stats.inc_value("pactwatch/older_than_since")
            self._listings_past_since.add(discovered_from)
            return
        outlet = find_origin(self.source.syndication, text, author)
        if cleaned is None:
            cleaned = clean_text(text, self.source.cleanup)
        if len(cleaned) < MIN_TEXT_CHARS:
            self.record_failure(url, "no article text left after cleanup")
            return
        item = ArticleItem(
            url=url, source=self.source.name, title=title, text=cleaned, published_at=published,
            lang=lang or self._single_language(), author=author, discovered_from=discovered_from,
            origin_outlet=outlet, origin_source=resolve_outlet(outlet, self.outlets) if outlet else None)
        self.report.article(item, date_from, fetched)
        yield item

    def _discover(self, entries: Iterable[Entry], base_url: str, discovered_from: str) -> Discovered:
        """Requests for the unknown articles among `entries` (items when discovery carried the text),
        and how many of the page's article links are new to this discovery (for the paging decision):
        not stored, and not taken earlier in this run from the same feed, listing, API or channel
        (a link another one took still counts, so a listing is paged even where a feed overlaps it)."""
        candidates: dict[str, Entry] = {}
        for entry in entries:
            absolute = absolute_url(base_url, entry.url)
            if absolute is None:
                logger.info("%s links to %r, which is not a URL; skipped", base_url, entry.url[:200])
                continue
            url = canonicalize_url(absolute)
            if not is_web_url(url):
                logger.info("%s links to %r, which is not an http(s) URL; skipped", base_url, url[:200])
                self.crawler.stats.inc_value("pactwatch/not_web_links")
                continue
            if url in candidates or not self._is_article(url):
                continue
            if is_before(entry.published, self.since):
                self.crawler.stats.inc_value("pactwatch/older_than_since")
                self._listings_past_since.add(discovered_from)
                continue
            candidates[url] = entry
            if entry.published:
                self._listed_dates.setdefault(url, entry.published)
        known = self.recorder.known_urls(candidates)
        fresh = {url: entry for url, entry in candidates.items() if url not in self._scheduled}
        self.crawler.stats.inc_value("pactwatch/article_links", len(fresh))
        self.crawler.stats.inc_value("pactwatch/known_skipped", len(known.intersection(fresh)))
        self._scheduled.update(known)
        self.report.discovery(base_url, discovered_from, (replace(e, url=u) for u, e in candidates.items()), known)
        unstored = sum(1 for url in candidates if url not in known and self._taken_from.get(url) != discovered_from)
        return Discovered(outputs=list(self._fetch_or_take(fresh, known, discovered_from)), unstored=unstored)

    def _fetch_or_take(self, entries: dict[str, Entry], known: set[str], discovered_from: str):
        for url, entry in entries.items():
            if url in known:
                continue
            if self._articles_full():
                return
            self._articles_taken += 1
            self._taken_from[url] = discovered_from
            if entry.text:
                self._scheduled.add(url)
                yield from self._entry_item(url, entry, discovered_from)
                continue
            request = self._page_request(url, self.parse_article, priority=ARTICLE_PRIORITY,
                                         cb_kwargs={"entry": entry, "discovered_from": discovered_from},
                                         canonical=True)
            if request:
                request.meta["pw_url"] = url
                yield request

    def _entry_item(self, url: str, entry: Entry, discovered_from: str):
        """An article that discovery carried whole (an API body, a Telegram post): no page to fetch."""
        published = with_zone(entry.published, self.source.timezone)
        yield from self._article_item(
            url, title=entry.title or "", text=entry.text, published=published,
            date_from="discovery" if published else None, lang=None, author=None,
            discovered_from=discovered_from, fetched=False)

    def _articles_full(self) -> bool:
        return self.max_articles is not None and self._articles_taken >= self.max_articles

    # Shared helpers

    def _page_request(self, url: str, callback, priority: int = 0, cb_kwargs: Optional[dict] = None,
                      canonical: bool = False):
        """A request within the run's page budget, each URL at most once per run. `canonical`: the URL
        is canonical already (an article link, made so by _discover), not made so again (~0.06 ms)."""
        if not canonical:
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
                              cb_kwargs=cb_kwargs or {}, headers=self._headers)

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
        """A request that gave no response (or an HTTP error): recorded under the URL that was listed.
        One left undownloaded by the source's time limit is no failure: the next run fetches it."""
        request = failure.request
        if failure.check(TimeLimitReached):
            self.crawler.stats.inc_value("pactwatch/left_by_time_limit")
            return
        settings = self.crawler.settings
        reason = failure_reason(failure, download_timeout=settings.getfloat("DOWNLOAD_TIMEOUT"),
                                max_page_bytes=settings.getint("DOWNLOAD_MAXSIZE"),
                                refusals=self._refusals())
        response = getattr(failure.value, "response", None)
        url = _listed_url(request)
        if url != request.url:
            reason = f"redirected to {request.url}: {reason}"
        self.record_failure(url, reason, response.status if response is not None else None)

    def _refusals(self) -> Optional[Refusals]:
        """The crawl's record of the names the resolver refused (SourceGuardMiddleware keeps it)."""
        guard = self.crawler.get_downloader_middleware(SourceGuardMiddleware)
        return guard.refusals if guard is not None else None

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
        self.crawler.stats.inc_value(f"pactwatch/failures/{failure_kind(reason)}")
        logger.warning("failed %s: %s", url, reason)
        self.recorder.record_failure(source=self.source.name, url=url, reason=reason, http_status=http_status)


def _listed_url(request) -> str:
    """The URL discovery found, before any redirect."""
    return request.meta.get("pw_url") or (request.meta.get("redirect_urls") or [request.url])[0]


def _request_headers(source: Source) -> dict[str, str]:
    """The source's own headers, with its cookies as one Cookie header (Scrapy's cookie jar stays off)."""
    headers = dict(source.headers)
    if source.cookies:
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in source.cookies)
    return headers


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
