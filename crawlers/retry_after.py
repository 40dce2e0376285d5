"""Honour Retry-After on 429 and 503 answers, which Scrapy's RetryMiddleware retries at once.

A site that says "come back in 5 seconds" is asked again after 5 seconds (the retry counts
against RETRY_TIMES as usual); one that says "in an hour" is not waited for: the URL fails
now, with the server's Retry-After in its reason, and the next run tries it again.
"""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Optional

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task

logger = logging.getLogger(__name__)

RETRY_AFTER_STATUSES = (429, 503)


def retry_after_seconds(value: Optional[bytes], now: Optional[datetime] = None) -> Optional[float]:
    """The delay a Retry-After header asks for (delta-seconds or an HTTP date); None if unreadable."""
    if not value:
        return None
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max(0.0, (when - (now or datetime.now(timezone.utc))).total_seconds())


class RetryAfterMiddleware:
    """Runs before RetryMiddleware on responses: waits out short Retry-Afters, gives up on long ones."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.max_wait = crawler.settings.getfloat("PACTWATCH_RETRY_AFTER_MAX", 60.0)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    async def process_response(self, request, response, spider=None):
        if response.status not in RETRY_AFTER_STATUSES or request.meta.get("dont_retry"):
            return response
        delay = retry_after_seconds(response.headers.get(b"Retry-After"))
        if delay is None:
            return response
        if delay > self.max_wait:
            logger.warning("%s asks to come back in %.0f s (Retry-After), more than the %.0f s a crawl waits; "
                           "left for the next run", request.url, delay, self.max_wait)
            request.meta["dont_retry"] = True
            return response
        retry = get_retry_request(request, spider=self.crawler.spider, reason=f"{response.status} Retry-After")
        if retry is None:
            request.meta["dont_retry"] = True
            return response
        from twisted.internet import reactor  # the one Scrapy installed; importing it earlier would choose one

        self.crawler.stats.inc_value("pactwatch/retry_after_waits")
        logger.info("waiting %.1f s before retrying %s (Retry-After)", delay, request.url)
        await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))
        return retry
