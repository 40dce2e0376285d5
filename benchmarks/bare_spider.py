"""The baseline: a bare Scrapy spider that fetches a list of URLs and yields each body's length.

No discovery, extraction, classification or storage, and no project settings: only the
download settings the full pipeline runs with (BARE_SETTINGS, the same values the benchmark's
pactwatch.toml gives pactwatch), so the ratio of the two is what pactwatch's own work costs.

`python -m benchmarks.bare_spider URLS_FILE` fetches the URLs in the file (one a line) and
prints its Scrapy stats as JSON.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import scrapy
from scrapy.crawler import CrawlerProcess

# pactwatch's floor (crawlers.loader.MIN_DOWNLOAD_DELAY; crawl_speed checks they agree), written here
# rather than imported: importing crawlers.loader imports the whole crawl (trafilatura, dateparser, the
# classifier, ~0.4 s of CPU), which the baseline's process then counted as bare Scrapy's own.
MIN_DOWNLOAD_DELAY = 0.001
CONCURRENCY = 16
BARE_SETTINGS = {
    "CONCURRENT_REQUESTS": CONCURRENCY,
    "CONCURRENT_REQUESTS_PER_DOMAIN": CONCURRENCY,
    "DOWNLOAD_DELAY": MIN_DOWNLOAD_DELAY,
    "AUTOTHROTTLE_ENABLED": False,
    "ROBOTSTXT_OBEY": False,
    "COOKIES_ENABLED": False,
    "TELNETCONSOLE_ENABLED": False,
    "RETRY_TIMES": 2,
    "DOWNLOAD_TIMEOUT": 30,
    "DOWNLOAD_MAXSIZE": 10 * 1024 * 1024,
    "LOG_LEVEL": "WARNING",
}


class BareSpider(scrapy.Spider):
    name = "bare"

    def __init__(self, urls: list[str], **kwargs):
        super().__init__(**kwargs)
        self.urls = urls

    async def start(self):
        for url in self.urls:
            yield scrapy.Request(url, dont_filter=True)

    def parse(self, response):
        yield {"length": len(response.body)}


def main(urls_file: Path) -> dict:
    urls = [line.strip() for line in urls_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    process = CrawlerProcess(settings=BARE_SETTINGS)
    crawler = process.create_crawler(BareSpider)
    process.crawl(crawler, urls=urls)
    process.start()
    stats = {key: value for key, value in crawler.stats.get_stats().items() if isinstance(value, (int, float, str))}
    return stats


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1])), default=str))
