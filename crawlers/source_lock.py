"""The extension that holds a crawl's source lock (crawlers/crawl_lock.py) from its start to its end.

The lock belongs to the crawl, not to its spider: it is taken (or adopted, when pactwatch handed it
down) as the crawler is built, before the run row is opened, and released when the crawler's engine
has stopped, after the run row is closed, so that a crawl waiting for it never sees a run of the
source still open. In a round (several sources in one process) each crawler holds its own source's
lock; a source whose lock is held elsewhere fails alone, and the round goes on.
"""

from __future__ import annotations

import logging
import sys

from scrapy import signals

from crawlers.crawl_lock import CrawlLock, CrawlRunning, hold_for_this_crawl

logger = logging.getLogger(__name__)

SOURCE_SETTING = "PACTWATCH_SOURCE"
ROUND_SETTING = "PACTWATCH_ROUND"  # set by a round: a lock that cannot be had fails that crawler only


class SourceLockHolder:
    def __init__(self, crawler, lock: CrawlLock):
        self.lock = lock
        crawler.signals.connect(self.release, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        source = crawler.settings.get(SOURCE_SETTING) or getattr(crawler.spidercls, "name", None)
        path = crawler.settings["PACTWATCH_DB"]
        try:
            return cls(crawler, hold_for_this_crawl(path, source))
        except (CrawlRunning, OSError) as exc:
            message = (f"{exc}; try again when it has ended" if isinstance(exc, CrawlRunning)
                       else f"{exc.filename or path}: {exc.strerror}")
            if crawler.settings.getbool(ROUND_SETTING):
                raise CrawlRunning(message) from None
            print(f"Error: {message}", file=sys.stderr)
            raise SystemExit(1) from None

    def release(self) -> None:
        self.lock.release()
