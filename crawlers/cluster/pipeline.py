"""A worker's last item pipeline: the classified article handed to the writer instead of stored."""

from __future__ import annotations

import logging

import redis
from scrapy.exceptions import DropItem

from crawlers.cluster.recorder import ClusterRecorder
from crawlers.extensions import CrawlRunRecorder
from crawlers.items import ArticleItem

logger = logging.getLogger(__name__)


class HandOverPipeline:
    """Push the article and its verdict to the hand-over list (crawlers/cluster/handover.py). If Redis
    cannot take it, the article is dropped with an error line: it is not stored, so it stays unknown
    and the next round fetches it again."""

    def __init__(self, crawler, recorder: ClusterRecorder):
        self.crawler = crawler
        self.recorder = recorder

    @classmethod
    def from_crawler(cls, crawler):
        recorder = CrawlRunRecorder.of(crawler)
        if not isinstance(recorder, ClusterRecorder):
            raise RuntimeError("HandOverPipeline runs on a cluster worker, with ClusterRecorder enabled")
        return cls(crawler, recorder)

    def process_item(self, item: ArticleItem) -> ArticleItem:
        try:
            self.recorder.hand_over_article(item)
        except redis.RedisError as exc:
            logger.error("%s not handed over to the writer (%s); the next round fetches it again", item.url, exc)
            raise DropItem(f"{item.url} not handed over: {exc}", log_level="DEBUG") from None
        self.crawler.stats.inc_value("pactwatch/articles_handed_over")
        return item
