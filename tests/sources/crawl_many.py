"""Crawl several configured sources in one Scrapy process: `python -m tests.sources.crawl_many NAME...`.

Tests only: the spiders side by side on one reactor, without the locks and shared workers of a
production round (crawlers/round.py), so that two dozen fixture sites crawl in seconds.
"""

import sys

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings


def main(names: list[str]) -> None:
    settings = get_project_settings()
    settings.set("LOG_LEVEL", "WARNING")
    process = CrawlerProcess(settings)
    for name in names:
        process.crawl(name)
    process.start()


if __name__ == "__main__":
    main(sys.argv[1:])
