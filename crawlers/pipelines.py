"""Item pipelines: classify each article (pure, in the crawl's extraction workers), then store it with its
detection, the articles that arrive together in one transaction."""

from __future__ import annotations

import asyncio
import logging
import sqlite3
from typing import Optional

from scrapy.exceptions import DropItem

from crawlers.extensions import CrawlRunRecorder
from crawlers.extraction_pool import ExtractionPool, Extractor
from crawlers.items import ArticleItem
from crawlers.storage_guard import stop_on_storage_error
from monitor.analysis.store import store_article, store_articles
from monitor.classify import warm_up
from storage.articles import Upserted

logger = logging.getLogger(__name__)

# Articles classified in a hand-over of their own: those discovery carried whole (an API body, a Telegram
# post), and any whose item no longer reads as the article classified with its page's extraction.
CLASSIFIED_APART_STAT = "pactwatch/classified_apart"
# Articles stored in one transaction (StorePipeline): at most this many, none waiting longer than this.
BATCH_ITEMS = 16
BATCH_SECONDS = 0.1


class ClassifyPipeline:
    """Attach the classifier's detection to the item (the classifier never raises: a failure on one
    page is logged and yields an empty detection, so the article is still stored).

    The verdict is made where the page was extracted: in the crawl's extraction workers
    (crawlers/extraction_pool.py), beside the next pages' extraction, so that the crawl's own
    process (one reactor, one core) only fetches and stores. A fetched page's article comes with
    it, made in the same hand-over as its extraction (crawlers/page_article.py); the others are
    classified here, through the workers. Without workers it is made in this process.
    """

    def __init__(self, crawler, extractor: Extractor):
        self.crawler = crawler
        self.extractor = extractor

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, ExtractionPool.of(crawler))

    def open_spider(self) -> None:
        if self.extractor.in_process:  # the workers compile the lexicons of the languages they meet
            warm_up()  # before the first request, so that compiling never stalls the downloads

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        if item.detection is None:  # a fetched page's article comes classified with its extraction
            item.detection = await self.extractor.classify(item.for_classifier())
            self.crawler.stats.inc_value(CLASSIFIED_APART_STAT)
        if not item.lang:
            item.lang = item.detection.lang
        return item


class StorePipeline:
    """Write the article (idempotently, by canonical URL), the outlet it republishes, and its
    detection (analysis.store.store_articles), several articles to a transaction.

    A COMMIT cost the crawl's one reactor thread ~0.1 ms an article of its ~0.5 (BENCHMARKS.md
    section 1, wip-s10p), so the articles that arrive together are written together: an article
    waits until BATCH_ITEMS are waiting or BATCH_SECONDS have passed since the first of them, then
    they are written in one transaction, the new ones inserted by one statement (storage.articles.
    upsert_articles: their search index written once, not once an article). Nothing is written, and
    no write lock is held, while they wait: another process's writes never wait on this crawl's
    reactor. Each article is still stored with its verdict or not at all, and a crawl killed at any
    moment leaves the database consistent (what waited is not stored, so the next run fetches it
    again). An article is counted as new or seen once its transaction is committed, so the run's
    progress never counts what is not stored.

    When a transaction fails, its articles are written again one at a time, so that only the one
    that cannot be stored is lost (as without batches). A database that cannot be written (disk
    full, read-only) stops the crawl: see storage_guard. The database and the run are the crawl's
    (CrawlRunRecorder), given here in from_crawler.
    """

    def __init__(self, crawler, run: CrawlRunRecorder, batch_items: int = BATCH_ITEMS,
                 batch_seconds: float = BATCH_SECONDS):
        self.crawler = crawler
        self.run = run
        self.batch_items = batch_items
        self.batch_seconds = batch_seconds
        self._waiting: list[tuple[ArticleItem, asyncio.Future]] = []
        self._timer: Optional[asyncio.TimerHandle] = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, CrawlRunRecorder.of(crawler))

    async def process_item(self, item: ArticleItem) -> ArticleItem:
        loop = asyncio.get_running_loop()
        stored = loop.create_future()
        self._waiting.append((item, stored))
        if len(self._waiting) >= self.batch_items:
            self.write_waiting()
        elif self._timer is None:
            self._timer = loop.call_later(self.batch_seconds, self.write_waiting)
        return await stored

    def close_spider(self) -> None:
        self.write_waiting()

    def write_waiting(self) -> None:
        """Store the waiting articles in one transaction, and let their items go on."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        batch, self._waiting = self._waiting, []
        if not batch:
            return
        try:
            outcomes = store_articles(self.run.db, [(item, item.detection) for item, _ in batch],
                                      run_id=self.run.run_id, verdict_of_unchanged=False)
        except Exception:  # noqa: BLE001 - written again one at a time, where each failure is reported
            logger.debug("a batch of %d articles was not stored; storing them one at a time", len(batch),
                         exc_info=True)
            for item, waiting in batch:
                _settle(waiting, self._store_alone, item)
            return
        for (item, waiting), stored in zip(batch, outcomes):
            _settle(waiting, self._counted, item, stored)

    def _store(self, item: ArticleItem) -> Upserted:
        return store_article(self.run.db, item, item.detection, run_id=self.run.run_id, verdict_of_unchanged=False)

    def _store_alone(self, item: ArticleItem) -> ArticleItem:
        try:
            stored = self._store(item)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, item.url)
            raise DropItem(f"{item.url} not stored: {exc}", log_level="DEBUG") from None
        return self._counted(item, stored)

    def _counted(self, item: ArticleItem, stored: Upserted) -> ArticleItem:
        self.crawler.stats.inc_value("pactwatch/articles_new" if stored.created else "pactwatch/articles_seen")
        return item


def _settle(waiting: asyncio.Future, function, *args) -> None:
    """Give `waiting` what `function(*args)` returns, or the exception it raises."""
    try:
        result = function(*args)
    except Exception as exc:  # noqa: BLE001 - handed to the item's own process_item, which raises it
        if not waiting.done():
            waiting.set_exception(exc)
        return
    if not waiting.done():
        waiting.set_result(result)
