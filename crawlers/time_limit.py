"""A source's time limit: past it, its crawl stops at once, whatever its site is doing.

In a round one slow or hanging site must never hold back the others, nor keep the round's process
alive for hours. Scrapy's CLOSESPIDER_TIMEOUT closes the spider, but a closing spider first waits
for every request already handed to the downloader: a site answering one page every two seconds,
with a dozen pages queued in its download slot, kept its crawl going for half a minute past the
limit (and one that never answers, a download timeout per queued page). So past
PACTWATCH_TIME_LIMIT seconds this component refuses every request still to be downloaded (those
queued in the slots, and any that reach the downloader afterwards), then closes the spider with the
reason `time_limit`: only the transfers already under way finish (each bounded by the download
timeout). The refused pages are no failures: the run is recorded as interrupted, and the next run
fetches them.
"""

from __future__ import annotations

import contextlib
import logging

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import deferred_from_coro
from twisted.python.failure import Failure

logger = logging.getLogger(__name__)

TIME_LIMIT_SETTING = "PACTWATCH_TIME_LIMIT"
TIME_LIMIT_REASON = "time_limit"


class TimeLimitReached(IgnoreRequest):
    """The source's time limit passed before this request was downloaded."""


class SourceTimeLimit:
    """A downloader middleware (it refuses requests) that also keeps the clock (spider_opened)."""

    def __init__(self, crawler, seconds: float):
        self.crawler = crawler
        self.seconds = seconds
        self.reached = False
        self._call = None
        if seconds > 0:
            crawler.signals.connect(self.start, signal=signals.spider_opened)
            crawler.signals.connect(self.cancel, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat(TIME_LIMIT_SETTING, 0.0))

    def start(self) -> None:
        self._call = call_later(self.seconds, self.expire)

    def cancel(self) -> None:
        if self._call is not None:
            with contextlib.suppress(Exception):  # already fired
                self._call.cancel()
            self._call = None

    def expire(self) -> None:
        self._call = None
        self.reached = True
        queued = [entry for slot in self.crawler.engine.downloader.slots.values() for entry in slot.queue]
        logger.warning("time limit of %.0f s reached; the crawl stops (%d queued requests left for the next run)",
                       self.seconds, len(queued))
        self.crawler.stats.set_value("pactwatch/time_limit_reached", True)
        for slot in self.crawler.engine.downloader.slots.values():
            slot.queue.clear()
        for request, waiting in queued:
            waiting.errback(Failure(TimeLimitReached(f"time limit of {self.seconds:.0f} s reached")))
        deferred_from_coro(self.crawler.engine.close_spider_async(reason=TIME_LIMIT_REASON))

    def process_request(self, request):
        if self.reached:
            raise TimeLimitReached(f"time limit of {self.seconds:.0f} s reached")
        return None
