"""A worker's stand-in for the crawl's database: what the spider asks of SQLite, answered through Redis.

In a local crawl CrawlRunRecorder owns the database: the spider asks it which URLs are stored and
records failures into it, the pipeline stores through it. A worker never opens the SQLite file, so
ClusterRecorder (enabled in its place on a worker: worker_round.py) answers the same questions from
Redis: the stored URLs from the set the writer publishes, failures and the crawl's counts handed to
the writer, whose run row (opened by the writer for the round) they belong to. It is a subclass so
that the spider and the pipeline find it where they find the local one.

It also keeps a worker's spider open while the source's queue is empty but another worker is still
working on the source (its discovery may queue more): scrapy-redis's own RedisSpider waits the same
way (DontCloseSpider). Without it, an idle worker's spider closed and its worker started a new round
process when requests came, paying Scrapy's start again. A worker says it works on a source from the
moment its spider opens (the first worker takes the start request and fetches the sitemap while the
others open: they must see it working, or they close at once and start over: on the cluster
benchmark the second worker's spiders then opened again 8.5 s after the first worker's). A spider
kept open that way is woken as soon as the source's queue has requests again, or as soon as no other
worker works on the source (it then closes): Scrapy itself looks at an idle spider's scheduler only
on its engine's 5-second heartbeat, so a second worker sat idle for up to 5 s at each level of
discovery (sitemap index, sitemaps, articles) while the first had already queued the next one, and
stayed open up to 5 s after the round's last article.
"""

from __future__ import annotations

import json
import logging
from typing import Iterable, Optional

from scrapy import signals
from scrapy.exceptions import DontCloseSpider
from twisted.internet import task

from crawlers.cluster import keys
from crawlers.cluster.connection import settings_client
from crawlers.cluster.handover import COUNTS, FAILURE, article_message, hand_over
from crawlers.extensions import INTERRUPTED_REASONS, CrawlRunRecorder, run_counts

logger = logging.getLogger(__name__)

IN_FLIGHT_SECONDS = 1.0
WAKE_SECONDS = 0.1  # how often a spider kept open looks at its source's queue and workers
WORKING_SECONDS = 3.0  # a working entry not refreshed for this long (its worker died) no longer counts


def open_round(client, round_id: str) -> Optional[dict]:
    """The open round's description, if `round_id` is the open one."""
    raw = client.get(keys.ROUND)
    described = json.loads(raw) if raw else None
    return described if described and described["id"] == round_id else None


class ClusterRecorder(CrawlRunRecorder):
    def __init__(self, crawler, client, round_id: str, described: Optional[dict]):  # not super(): it opens a database
        self.crawler = crawler
        self.client = client
        self.round_id = round_id
        self.described = described or {}
        self.db = None  # a worker has no database: any use of it is a bug, and fails loudly
        self.owns_db = False
        self.in_round = True
        self.run_id: Optional[int] = None
        self.source: Optional[str] = None
        self.worker = crawler.settings.get(keys.WORKER_SETTING) or ""
        self._report = task.LoopingCall(self.report_in_flight)
        self._wake = task.LoopingCall(self.wake_when_due)
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)

    @classmethod
    def from_crawler(cls, crawler):
        client = settings_client(crawler.settings)
        round_id = crawler.settings[keys.ROUND_SETTING]
        return cls(crawler, client, round_id, open_round(client, round_id))

    def spider_opened(self, spider):
        self.source = spider.source.name
        self.run_id = self.described.get("runs", {}).get(self.source)
        if self.worker:
            self._report.start(IN_FLIGHT_SECONDS, now=True)

    def report_in_flight(self) -> None:
        """How many of this source's requests the downloader holds (for `pactwatch status`), and
        whether this worker is working on the source (for the others' spider_idle)."""
        engine = self.crawler.engine
        if engine is None or engine.downloader is None:
            return
        held = len(engine.downloader.active)
        name, working = keys.in_flight_key(self.worker), keys.working_key(self.round_id, self.source)
        try:
            now = float(self.client.time()[0])
            with self.client.pipeline(transaction=True) as report:
                report.hset(name, self.source, held)
                report.expire(name, int(IN_FLIGHT_SECONDS * 5))
                if engine.spider_is_idle():
                    report.zrem(working, self.worker)
                else:
                    report.zadd(working, {self.worker: now + WORKING_SECONDS})
                report.execute()
        except Exception:
            logger.debug("could not report the requests in flight", exc_info=True)

    def spider_idle(self, spider):
        """Stay open while the round is open and another worker works on this source."""
        if not self.worker:
            return
        try:
            self.client.zrem(keys.working_key(self.round_id, self.source), self.worker)
            others = self._others_working()
            still_open = open_round(self.client, self.round_id) is not None
        except Exception:
            logger.warning("could not ask Redis whether other workers still work on %s; closing", self.source,
                           exc_info=True)
            return
        if others and still_open:
            if not self._wake.running:
                self._wake.start(WAKE_SECONDS, now=False)
            raise DontCloseSpider

    def _others_working(self) -> list[bytes]:
        now = float(self.client.time()[0])
        working = self.client.zrangebyscore(keys.working_key(self.round_id, self.source), now, "+inf")
        return [name for name in working if name.decode() != self.worker]

    def wake_when_due(self) -> None:
        """While the spider is kept open: have the engine look again now rather than at its next heartbeat
        once its source's queue has requests (it takes them; if another worker took them first, the
        spider is idle again and this waits again), or once no other worker works on the source (the
        spider closes: the last worker's last article no longer leaves the others open 5 s more)."""
        try:
            due = self.client.zcard(keys.requests_key(self.round_id, self.source)) or not self._others_working()
        except Exception:
            logger.debug("could not look at the queue of %s", self.source, exc_info=True)
            return
        if due:
            self._wake.stop()
            wake_engine(self.crawler.engine)

    def spider_closed(self, spider, reason):
        for loop in (self._report, self._wake):
            if loop.running:
                loop.stop()
        if self.worker:
            self.client.hdel(keys.in_flight_key(self.worker), self.source)
        stats = self.crawler.stats.get_stats()
        counts = {**run_counts(stats), "discovery_pages": stats.get("pactwatch/discovery_pages", 0)}
        hand_over(self.client, {"kind": COUNTS, "round": self.round_id, "run_id": self.run_id,
                                "source": self.source, "reason": reason, "interrupted": reason in INTERRUPTED_REASONS,
                                "counts": counts})

    def close_database(self) -> None:
        pass

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        urls = list(dict.fromkeys(urls))
        if not urls:
            return set()
        return {url for url, stored in zip(urls, self.client.smismember(keys.KNOWN, urls)) if stored}

    def record_failure(self, *, source: str, url: str, reason: str, http_status: Optional[int] = None) -> None:
        hand_over(self.client, {"kind": FAILURE, "round": self.round_id, "run_id": self.run_id, "source": source,
                                "url": url, "reason": reason, "http_status": http_status})

    def start_requests_sent(self) -> None:
        """Every start request of the source is in the round's queue (or was already, from another worker)."""
        self.client.sadd(keys.seeded_key(self.round_id), self.source)

    def hand_over_article(self, item) -> None:
        hand_over(self.client, article_message(item, item.detection, round_id=self.round_id, run_id=self.run_id))


def wake_engine(engine) -> None:
    """Have Scrapy's engine ask its scheduler for requests at once. Scrapy has no public call for it: its
    own wake-up is `_slot.nextcall` (what a downloaded response or a new request schedules, and the
    5-second heartbeat repeats); without that attribute (another Scrapy), the heartbeat still comes."""
    nextcall = getattr(getattr(engine, "_slot", None), "nextcall", None)
    if nextcall is not None:
        nextcall.schedule()
