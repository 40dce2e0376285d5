"""A Scrapy spider loader that makes one spider per [[sources]] block of pactwatch.toml.

`scrapy list` prints the configured source names and `scrapy crawl NAME` runs one, from any
directory: the config comes from $PACTWATCH_CONFIG, ./pactwatch.toml or the bundled default.
"""

from __future__ import annotations

import sys

from crawlers.canonical import host_allowed
from crawlers.cluster.keys import SHARED_DELAY_SETTING
from crawlers.extraction_pool import WORKERS_SETTING
from crawlers.source_lock import SOURCE_SETTING
from crawlers.spiders.source import SourceSpider
from crawlers.syndication import outlet_index
from crawlers.time_limit import TIME_LIMIT_SETTING
from monitor.config import Config, ConfigError, Source, load_config

# Scrapy 2.19 starts several requests of one host at once when the download delay is exactly 0
# (a slot's transfers are counted only once their coroutines run), overshooting
# CONCURRENT_REQUESTS_PER_DOMAIN; any positive delay makes it take one request per pass.
MIN_DOWNLOAD_DELAY = 0.001


def source_settings(source: Source, config: Config) -> dict:
    """The Scrapy settings of one source's crawler: politeness, limits, its database and name, and
    its time limit (run_timeout_minutes: past it the crawl stops as interrupted, crawlers/time_limit.py,
    so that in a round one slow site never holds back the others)."""
    crawler = config.crawler
    return {
        "PACTWATCH_DB": str(config.storage_path),
        SOURCE_SETTING: source.name,
        TIME_LIMIT_SETTING: config.schedule.run_timeout_minutes * 60,
        "USER_AGENT": crawler.user_agent,
        "ROBOTSTXT_OBEY": crawler.obey_robots,
        "AUTOTHROTTLE_ENABLED": crawler.autothrottle,
        "AUTOTHROTTLE_START_DELAY": max(1.0, source.download_delay),
        "CONCURRENT_REQUESTS_PER_DOMAIN": crawler.concurrent_per_domain,
        # Requests handed to the downloader at once: Scrapy's 16 per crawler is 400 in a round of 25
        # sources, queued in their slots behind the delay and piling up responses as they arrive (the
        # round's process peaked at 374 MB PSS on the round benchmark; 288 MB with this bound).
        "CONCURRENT_REQUESTS": crawler.concurrent_per_domain * max(1, len(source.allowed_hosts)),
        "DOWNLOAD_DELAY": max(source.download_delay, MIN_DOWNLOAD_DELAY),
        SHARED_DELAY_SETTING: source.download_delay,  # a cluster worker's shared gate keeps it instead
        "DOWNLOAD_TIMEOUT": crawler.download_timeout,
        "RETRY_TIMES": crawler.retry_times,
        "DOWNLOAD_MAXSIZE": crawler.max_page_bytes,
        "DOWNLOAD_WARNSIZE": crawler.warn_page_bytes,
        WORKERS_SETTING: crawler.extraction_workers,
    }


def spider_class(source: Source, config: Config) -> type[SourceSpider]:
    """A SourceSpider subclass named after the source, carrying its settings."""
    settings = source_settings(source, config)
    return type(f"Spider_{source.name}", (SourceSpider,),
                {"name": source.name, "source": source, "custom_settings": settings,
                 "outlets": outlet_index(config.sources),
                 "__doc__": f"Spider for the source '{source.name}' ({source.title})."})


class SourceSpiderLoader:
    """Implements Scrapy's SpiderLoaderProtocol over the configured sources."""

    def __init__(self, settings):
        try:
            self.config = load_config(settings.get("PACTWATCH_CONFIG") or None)
        except ConfigError as exc:
            print(f"Error: {exc}", file=sys.stderr)
            raise SystemExit(2) from None
        self._spiders = {source.name: spider_class(source, self.config) for source in self.config.sources}

    @classmethod
    def from_settings(cls, settings):
        return cls(settings)

    def load(self, spider_name: str) -> type[SourceSpider]:
        try:
            return self._spiders[spider_name]
        except KeyError:
            raise KeyError(f"Spider not found: {spider_name}") from None

    def list(self) -> list[str]:
        return sorted(self._spiders)

    def find_by_request(self, request) -> list[str]:
        return [name for name, cls in self._spiders.items()
                if host_allowed(request.url, cls.source.allowed_hosts)]
