"""An extension that records every crawl in crawl_runs: opened at start, closed with its counts."""

from __future__ import annotations

import logging
import sqlite3

from scrapy import signals

from crawlers.progress import run_counts
from crawlers.storage_guard import stop_on_storage_error
from monitor.analysis.aftercrawl import after_crawl
from storage import runs
from storage.db import describe
from storage.sources import sync_sources

logger = logging.getLogger(__name__)

FINISHED_OK = {"finished", "closespider_pagecount", "closespider_itemcount"}


class CrawlRunRecorder:
    def __init__(self, crawler):
        self.crawler = crawler
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        source = getattr(spider, "source", None)
        if source is None:
            return
        try:
            sync_sources(spider.db, [{"name": source.name, "title": source.title, "kind": source.kind,
                                      "country": source.country, "languages": source.languages,
                                      "enabled": int(source.enabled)}])
            spider.run_id = runs.start_run(spider.db, source.name)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, "the start of the run")

    def spider_closed(self, spider, reason):
        if getattr(spider, "run_id", None) is None:
            return
        self._after_crawl(spider)
        stats = self.crawler.stats.get_stats()
        status = runs.OK if reason in FINISHED_OK else (
            runs.INTERRUPTED if reason == "shutdown" else runs.FAILED)
        if stats.get("log_count/CRITICAL"):
            status = runs.FAILED
        if stats.get(runs.STORAGE_ERROR_STAT):
            status = runs.INTERRUPTED  # cut short by its database; the next run fetches the rest
        if status == runs.OK and not stats.get("pactwatch/discovery_pages"):
            status, reason = runs.FAILED, "no feed, sitemap or listing page could be read"
        try:
            runs.finish_run(spider.db, spider.run_id, status=status, **run_counts(stats), finish_reason=reason,
                            stats=stats)
        except sqlite3.Error as exc:
            logger.critical("%s: %s; the run stays open and is recorded as interrupted by the next one",
                            self.crawler.settings.get("PACTWATCH_DB"), describe(exc))
        spider.db.conn.close()

    def _after_crawl(self, spider) -> None:
        """Dedup and event merging; their failure is logged and fails the run, and loses no article."""
        try:
            for name, count in after_crawl(spider.db).items():
                self.crawler.stats.set_value(f"pactwatch/{name}", count)
        except sqlite3.Error as exc:
            logger.critical("%s: %s; the after-crawl step is left for the next run (articles stored so far are "
                            "kept)", self.crawler.settings.get("PACTWATCH_DB"), describe(exc))
        except Exception:
            logger.exception("after-crawl step failed; articles are stored, re-run to finish it")
            self.crawler.stats.inc_value("log_count/CRITICAL")
