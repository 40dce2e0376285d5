"""The store pipeline writes the articles that arrive together in one transaction (crawlers/pipelines.py),
into a real SQLite file: each article with its verdict, counted once committed, and an article that
cannot be stored loses only itself."""

import asyncio

import pytest
from scrapy import Spider
from scrapy.extension import ExtensionManager
from scrapy.utils.misc import build_from_crawler
from scrapy.utils.test import get_crawler

from crawlers.extensions import CrawlRunRecorder
from crawlers.items import ArticleItem
from crawlers.pipelines import StorePipeline
from monitor.classify.model import Detection


@pytest.fixture
def crawler(tmp_path):
    crawler = get_crawler(Spider, {"PACTWATCH_DB": str(tmp_path / "b.db"), "PACTWATCH_PROGRESS_INTERVAL": 0,
                                   "EXTENSIONS": {"crawlers.extensions.CrawlRunRecorder": 500}})
    crawler.extensions = build_from_crawler(ExtensionManager, crawler)
    crawler.stats.open_spider()
    yield crawler
    CrawlRunRecorder.of(crawler).close_database()


def article(number: int, detection=None) -> ArticleItem:
    return ArticleItem(url=f"https://example.org/news/{number}", source="wire", title=f"Story {number}",
                       text=f"The text of story number {number}, long enough to be read as one.",
                       lang="en", detection=detection or Detection(lang="en", flagged=False))


def counted(crawler, db) -> dict:
    return {"new": crawler.stats.get_value("pactwatch/articles_new", 0),
            "articles": db.execute("SELECT COUNT(*) FROM articles").fetchone()[0],
            "verdicts": db.execute("SELECT COUNT(*) FROM detections").fetchone()[0]}


def test_articles_arriving_together_are_committed_together_and_counted_once_committed(crawler):
    db = CrawlRunRecorder.of(crawler).db
    pipeline = StorePipeline(crawler, CrawlRunRecorder.of(crawler), batch_items=4, batch_seconds=60)
    seen_in_batches = []

    async def crawl():
        tasks = [asyncio.ensure_future(pipeline.process_item(article(number))) for number in range(3)]
        await asyncio.sleep(0)
        seen_in_batches.append(counted(crawler, db))  # three waiting, under the batch: nothing written yet
        tasks.append(asyncio.ensure_future(pipeline.process_item(article(3))))  # the fourth writes all four
        return await asyncio.gather(*tasks)

    items = asyncio.run(crawl())

    assert [item.url for item in items] == [f"https://example.org/news/{number}" for number in range(4)]
    assert seen_in_batches == [{"new": 0, "articles": 0, "verdicts": 0}]
    assert counted(crawler, db) == {"new": 4, "articles": 4, "verdicts": 4}
    assert not db.conn.in_transaction


def test_an_article_waits_no_longer_than_the_batch_time(crawler):
    db = CrawlRunRecorder.of(crawler).db
    pipeline = StorePipeline(crawler, CrawlRunRecorder.of(crawler), batch_items=100, batch_seconds=0.05)

    async def crawl():
        return await asyncio.wait_for(pipeline.process_item(article(1)), timeout=5)

    assert asyncio.run(crawl()).url == "https://example.org/news/1"
    assert counted(crawler, db) == {"new": 1, "articles": 1, "verdicts": 1}


def test_an_article_that_cannot_be_stored_loses_only_itself(crawler):
    db = CrawlRunRecorder.of(crawler).db
    pipeline = StorePipeline(crawler, CrawlRunRecorder.of(crawler), batch_items=3, batch_seconds=60)
    broken = article(2, detection=object())  # no verdict can be made of it: its article is not stored either

    async def crawl():
        return await asyncio.gather(*(pipeline.process_item(item) for item in (article(1), broken, article(3))),
                                    return_exceptions=True)

    results = asyncio.run(crawl())

    assert [type(result).__name__ for result in results] == ["ArticleItem", "AttributeError", "ArticleItem"]
    assert counted(crawler, db) == {"new": 2, "articles": 2, "verdicts": 2}
    assert [row[0] for row in db.execute("SELECT url FROM articles ORDER BY url")] == [
        "https://example.org/news/1", "https://example.org/news/3"]


def test_what_waits_when_the_spider_closes_is_stored(crawler):
    db = CrawlRunRecorder.of(crawler).db
    pipeline = StorePipeline(crawler, CrawlRunRecorder.of(crawler), batch_items=100, batch_seconds=60)

    async def crawl():
        waiting = asyncio.ensure_future(pipeline.process_item(article(1)))
        await asyncio.sleep(0)
        pipeline.close_spider()
        return await waiting

    assert asyncio.run(crawl()).url == "https://example.org/news/1"
    assert counted(crawler, db) == {"new": 1, "articles": 1, "verdicts": 1}
