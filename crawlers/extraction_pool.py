"""Extraction in worker processes, so it uses every core while Scrapy keeps fetching.

Extraction (trafilatura) is pure CPU work and the largest share of a crawl's time; run in the
crawl's own process it happens between downloads, on one core. With workers, the spider hands
each page to a process pool and awaits the result while downloads, classification and storage
go on. The workers are forked as the crawler is built (ExtractionPool), before Scrapy starts any
thread, and
ignore SIGINT: stopping a crawl is the crawl process's business. They end on SIGTERM and are
killed when the crawl process dies, however it dies (crawlers/lifetime.py).

A round (several sources in one process, crawlers/round.py) forks one pool before its reactor starts
and shares it (`shared_by_this_process`): the workers' memory is paid once, not once per source.

A worker that dies (a page that crashes lxml, the kernel's OOM killer) fails the pages then
being extracted (recorded as failures, fetched again by the next run); the rest of the run
extracts in the crawl process.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Iterator, Optional

from scrapy import signals

from crawlers.extraction import Extracted, extract_article
from crawlers.lifetime import extraction_worker_setup
from crawlers.page_dates import DateRules, load_every_language
from monitor.config import Selectors

logger = logging.getLogger(__name__)

WORKERS_SETTING = "PACTWATCH_EXTRACTION_WORKERS"


class WorkerDied(RuntimeError):
    """The worker process extracting a page died."""


class Extractor:
    """extract_article in `workers` processes, or in this one when `workers` is 0."""

    def __init__(self, workers: int):
        self._pool: Optional[ProcessPoolExecutor] = None
        if workers > 0:
            load_every_language()  # in the workers' shared memory, not once in each of them
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=extraction_worker_setup, initargs=(os.getpid(),))
            self._pool.submit(int).result()  # fork every worker now, while no thread runs

    async def extract(self, html: str, url: str, selectors: Selectors, dates: DateRules) -> Optional[Extracted]:
        if self._pool is None:
            return extract_article(html, url, selectors, dates)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool, extract_article, html, url, selectors, dates)
        except BrokenProcessPool:
            if self._pool is not None:
                logger.warning("an extraction worker died on %s; the rest of the run extracts in the crawl "
                               "process", url)
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            raise WorkerDied("the extraction worker died while this page was being extracted") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


_shared: Optional[Extractor] = None


@contextmanager
def shared_by_this_process(extractor: Extractor) -> Iterator[Extractor]:
    """Every crawler of this process extracts through `extractor` inside the block (a round)."""
    global _shared
    _shared = extractor
    try:
        yield extractor
    finally:
        _shared = None


class ExtractionPool:
    """The extension that gives a crawl its extractor: the process's shared one in a round, else its
    own, forked when the crawler is built (after its source lock is taken: crawlers/source_lock.py,
    so a crawl refused beside a running one forks nothing) and closed when its spider closes."""

    def __init__(self, extractor: Extractor):
        self.extractor = extractor

    @classmethod
    def from_crawler(cls, crawler):
        if _shared is not None:
            return cls(_shared)
        extractor = Extractor(crawler.settings.getint(WORKERS_SETTING, 0))
        crawler.signals.connect(extractor.close, signal=signals.spider_closed)
        return cls(extractor)

    @classmethod
    def of(cls, crawler) -> Extractor:
        pool = crawler.get_extension(cls)
        if pool is None:
            raise RuntimeError(f"{cls.__name__} is not enabled in EXTENSIONS: the crawl has no extractor")
        return pool.extractor
