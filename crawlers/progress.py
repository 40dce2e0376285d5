"""Live crawl counts: an extension that copies the crawl's counters into its crawl_runs row every
PACTWATCH_PROGRESS_INTERVAL seconds while it runs, so `pactwatch crawl` can show progress and
the web UI shows a running crawl as it goes. The row's final counts are written on close by
CrawlRunRecorder, from the same run_counts()."""

from __future__ import annotations

import logging

from scrapy import signals
from twisted.internet import task

from storage.runs import record_progress

logger = logging.getLogger(__name__)
DEFAULT_INTERVAL = 1.0


def run_counts(stats: dict) -> dict[str, int]:
    """A crawl's counts as crawl_runs records them, from Scrapy's stats."""
    return {
        "requests": stats.get("downloader/request_count", 0),
        "articles_new": stats.get("pactwatch/articles_new", 0),
        "articles_seen": stats.get("pactwatch/articles_seen", 0) + stats.get("pactwatch/known_skipped", 0),
        "errors": stats.get("pactwatch/failures", 0),
    }


class CrawlProgressRecorder:
    def __init__(self, crawler, interval: float):
        self.crawler = crawler
        self.interval = interval
        self.loop = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("PACTWATCH_PROGRESS_INTERVAL", DEFAULT_INTERVAL))

    def spider_opened(self, spider):
        if self.interval > 0:
            self.loop = task.LoopingCall(self.record, spider)
            self.loop.start(self.interval, now=False)

    def record(self, spider):
        run_id = getattr(spider, "run_id", None)
        if run_id is None:
            return
        try:
            record_progress(spider.db, run_id, **run_counts(self.crawler.stats.get_stats()))
        except Exception:
            logger.warning("could not record the crawl's progress", exc_info=True)

    def spider_closed(self, spider, reason):
        if self.loop is not None and self.loop.running:
            self.loop.stop()
