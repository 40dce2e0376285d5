"""A downloader middleware that keeps each spider on its own source's hosts."""

from __future__ import annotations

import logging
from typing import Optional
from urllib.parse import urlsplit

from scrapy import signals
from scrapy.exceptions import IgnoreRequest

from crawlers.canonical import host_allowed
from crawlers.resolver import Refusals
from monitor.config import is_private_host
from monitor.config.links import is_web_url, scheme

logger = logging.getLogger(__name__)


class SourceGuardMiddleware:
    """Refuse requests (redirect targets included) off the source's hosts or to private addresses,
    and keep the crawl's record of the names the resolver refused (crawlers/resolver.py)."""

    def __init__(self, crawler):
        self.crawler = crawler
        self.refusals: Optional[Refusals] = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def spider_opened(self, spider):
        source = getattr(spider, "source", None)
        if source is not None:
            self.refusals = Refusals(source.allowed_hosts).open()

    def spider_closed(self, spider):
        if self.refusals is not None:
            self.refusals.close()

    def process_request(self, request):
        spider = self.crawler.spider
        source = getattr(spider, "source", None)
        if source is None:
            return None
        reason = self._refusal(request.url, source)
        if reason:
            logger.warning("refused %s: %s", request.url, reason)
            self.crawler.stats.inc_value("pactwatch/refused")
            raise IgnoreRequest(reason)  # the request's errback records the failure, once
        return None

    @staticmethod
    def _refusal(url: str, source) -> str | None:
        if not is_web_url(url):
            return f"only http and https URLs are fetched, not {scheme(url) or 'this'}:"
        host = urlsplit(url).hostname or ""
        if not source.allow_private and is_private_host(host):
            return "private or loopback address refused (allow_private is off)"
        if not host_allowed(url, source.allowed_hosts):
            return f"host {host} is not one of the source's domains"
        return None
