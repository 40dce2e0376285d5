"""Item pipelines: classify each article (pure), then store it with its detection."""

from __future__ import annotations

import sqlite3

from scrapy.exceptions import DropItem

from crawlers.items import ArticleItem
from crawlers.storage_guard import stop_on_storage_error
from monitor.analysis.classification import classify_fields, store_detection
from storage.articles import upsert_article
from storage.db import transaction
from storage.origins import save_origin


class _Pipeline:
    """A pipeline that keeps its crawler (Scrapy 2.13+ no longer passes the spider to methods)."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)


class ClassifyPipeline(_Pipeline):
    """Attach the classifier's detection to the item (the classifier never raises: a failure on one
    page is logged and yields an empty detection, so the article is still stored)."""

    def process_item(self, item: ArticleItem) -> ArticleItem:
        item.detection = classify_fields(title=item.title, text=item.text, lang=item.lang,
                                         published_at=item.published_at, url=item.url)
        if not item.lang:
            item.lang = item.detection.lang
        return item


class StorePipeline(_Pipeline):
    """Write the article (idempotently, by canonical URL), the outlet it republishes, and its
    detection, in one transaction.

    A database that cannot be written (disk full, read-only) stops the crawl: see storage_guard.
    """

    def process_item(self, item: ArticleItem) -> ArticleItem:
        spider = self.crawler.spider
        try:
            with transaction(spider.db):
                stored = upsert_article(spider.db, url=item.url, source=item.source, title=item.title,
                                        text=item.text, published_at=item.published_at, lang=item.lang,
                                        author=item.author, run_id=spider.run_id)
                if item.origin_outlet:
                    save_origin(spider.db, stored.id, item.origin_outlet, item.origin_source)
                if item.detection is not None and stored.changed:
                    store_detection(spider.db, stored.id, item.detection)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, item.url)
            raise DropItem(f"{item.url} not stored: {exc}", log_level="DEBUG") from None
        self.crawler.stats.inc_value("pactwatch/articles_new" if stored.created else "pactwatch/articles_seen")
        return item
