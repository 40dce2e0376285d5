"""Extraction in worker processes, so it uses every core while Scrapy keeps fetching.

Extraction (trafilatura) is pure CPU work and the largest share of a crawl's time; run in the
crawl's own process it happens between downloads, on one core. With workers, the spider hands
each page to a process pool and awaits the result while downloads, classification and storage
go on. The workers are forked when the spider is made, before Scrapy starts any thread, and
ignore SIGINT: stopping a crawl is the crawl process's business. On Linux they also die with the
crawl process, so a crawl killed outright leaves none behind, blocked on a queue nobody feeds.

A worker that dies (a page that crashes lxml, the kernel's OOM killer) fails the pages then
being extracted (recorded as failures, fetched again by the next run); the rest of the run
extracts in the crawl process.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Optional

from crawlers.extraction import Extracted, extract_article
from crawlers.page_dates import DateRules
from monitor.config import Selectors

logger = logging.getLogger(__name__)

WORKERS_SETTING = "PACTWATCH_EXTRACTION_WORKERS"
PR_SET_PDEATHSIG = 1  # linux/prctl.h


class WorkerDied(RuntimeError):
    """The worker process extracting a page died."""


def _start_worker(crawl_pid: int) -> None:
    """Ignore SIGINT, and (Linux) be killed when the crawl process dies, however it dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != crawl_pid:  # it died before prctl took effect
            os._exit(0)


class Extractor:
    """extract_article in `workers` processes, or in this one when `workers` is 0."""

    def __init__(self, workers: int):
        self._pool: Optional[ProcessPoolExecutor] = None
        if workers > 0:
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_start_worker, initargs=(os.getpid(),))
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
