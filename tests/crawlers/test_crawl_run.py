"""The crawl's database belongs to one component, CrawlRunRecorder: it is opened when the crawler
is built, handed to the pipeline in its from_crawler, and closed when the crawl ends, whether or
not a run row was ever opened."""

import sqlite3

import pytest
from scrapy import Spider, signals
from scrapy.extension import ExtensionManager
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawlers.extensions import CrawlRunRecorder
from crawlers.pipelines import StorePipeline


def built_crawler(db_path):
    crawler = get_crawler(Spider, {"PACTWATCH_DB": str(db_path), "PACTWATCH_PROGRESS_INTERVAL": 0,
                                   "EXTENSIONS": {"crawlers.extensions.CrawlRunRecorder": 500}})
    crawler.extensions = build_from_crawler(ExtensionManager, crawler)  # as Crawler.crawl does before the engine
    return crawler


def test_the_pipeline_receives_the_crawls_database_in_from_crawler(tmp_path):
    crawler = built_crawler(tmp_path / "p.db")
    recorder = CrawlRunRecorder.of(crawler)

    assert StorePipeline.from_crawler(crawler).run is recorder
    assert recorder.db.execute("SELECT COUNT(*) FROM articles").fetchone() == (0,)


@pytest.mark.parametrize("end", [signals.spider_closed, signals.engine_stopped])
def test_the_database_is_closed_when_the_crawl_ends_even_without_a_run_row(tmp_path, end):
    crawler = built_crawler(tmp_path / "p.db")
    db = CrawlRunRecorder.of(crawler).db

    crawler.signals.send_catch_log(end, spider=Spider("unconfigured"), reason="shutdown")

    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        db.execute("SELECT 1")
