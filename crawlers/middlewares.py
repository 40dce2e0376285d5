"""A downloader middleware that keeps each spider on its own source's hosts."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest

from crawlers.canonical import host_allowed
from monitor.config import is_private_host
from monitor.config.links import is_web_url, scheme

logger = logging.getLogger(__name__)


class SourceGuardMiddleware:
    """Refuse requests (redirect targets included) off the source's hosts or to private addresses."""

    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

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
