"""Item pipelines: classify each article (pure, in the crawl's extraction workers), then store it with its
detection."""

from __future__ import annotations

import sqlite3

from scrapy.exceptions import DropItem

from crawlers.extensions import CrawlRunRecorder
from crawlers.extraction_pool import ExtractionPool, Extractor
from crawlers.items import ArticleItem
from crawlers.storage_guard import stop_on_storage_error
from monitor.analysis.store import store_article
from monitor.classify import warm_up

# Articles classified in a hand-over of their own: those discovery carried whole (an API body, a Telegram
# post), and any whose item no longer reads as the article classified with its page's extraction.
CLASSIFIED_APART_STAT = "pactwatch/classified_apart"


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
    detection, in one transaction (analysis.store.store_article).

    A database that cannot be written (disk full, read-only) stops the crawl: see storage_guard.
    The database and the run are the crawl's (CrawlRunRecorder), given here in from_crawler.
    """

    def __init__(self, crawler, run: CrawlRunRecorder):
        self.crawler = crawler
        self.run = run

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, CrawlRunRecorder.of(crawler))

    def process_item(self, item: ArticleItem) -> ArticleItem:
        try:
            stored = store_article(self.run.db, item, item.detection, run_id=self.run.run_id,
                                   verdict_of_unchanged=False)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, item.url)
            raise DropItem(f"{item.url} not stored: {exc}", log_level="DEBUG") from None
        self.crawler.stats.inc_value("pactwatch/articles_new" if stored.created else "pactwatch/articles_seen")
        return item
