"""Extraction and classification in worker processes, so they use every core while Scrapy keeps fetching.

Extraction (trafilatura) and classification (the rules) are pure CPU work and the largest share
of a crawl's time; run in the crawl's own process they happen between downloads, on one core.
In a round that core was the limit: one reactor thread fetched, parsed feeds, classified and
stored for 25 sources (BENCHMARKS.md section 10). With workers, the spider hands each page to a
process pool and the classify pipeline each article, and both await the result while downloads
and storage go on.

The workers are forked as the crawler is built (ExtractionPool), before Scrapy starts any thread,
and ignore SIGINT: stopping a crawl is the crawl process's business. They end on SIGTERM and are
killed when the crawl process dies, however it dies (crawlers/lifetime.py).

What the workers read whatever the page is made before the fork, so that they share it:
dateparser's locales (any page's date may be tried in every language) and the classifier's stopword
lists for language detection (every lexicon module imported: ~0.07 s once, not once per worker).
Then gc.freeze(), as Python's documentation advises before a fork: the collector of each process would otherwise
write into every object it inspects, copying the shared pages into each worker. The classifier's
lexicons are loaded in each worker, for the languages its articles are in, when it meets them
(language detection reads the stopword lists alone): read from the user's cache folder, where the
first worker to compile a language (40-80 ms) writes it for the other workers and the next crawls
(2-4 ms read; monitor/classify/compiled.py; the key hashed once here, before the fork). Compiled for every
language before the fork, they cost 1.5-2.4 s of CPU before a round's first request, on the one
core its start has; compiled for every language in each worker, a round's peak memory went from
~370 to ~465 MB PSS. A worker that meets every language holds all of them (46 MB).

A round (several sources in one process, crawlers/round.py) forks one pool before its reactor starts
and shares it (`shared_by_this_process`): the workers' memory is paid once, not once per source.

A worker that dies (a page that crashes lxml, the kernel's OOM killer) fails the pages then
being extracted (recorded as failures, fetched again by the next run); the rest of the run
extracts and classifies in the crawl process.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Iterator, Optional

from scrapy import signals

from crawlers.extraction import Extracted
from crawlers.lifetime import extraction_worker_setup
from crawlers.page_article import Classified, PageArticle, extract_and_classify
from crawlers.page_dates import DateRules, load_every_language
from monitor.classify import Article, Detection, classify, compiled
from monitor.classify.language import load_word_lists
from monitor.config import Selectors

logger = logging.getLogger(__name__)

WORKERS_SETTING = "PACTWATCH_EXTRACTION_WORKERS"
YOUNG_COLLECTION_THRESHOLD = 10_000


class WorkerDied(RuntimeError):
    """The worker process extracting a page died."""


class Extractor:
    """extract_article and the classifier in `workers` processes, or in this one when `workers` is 0."""

    def __init__(self, workers: int):
        self._pool: Optional[ProcessPoolExecutor] = None
        if workers > 0:
            load_every_language()
            load_word_lists()
            gc.freeze()  # the collector leaves what the workers share alone (in every process)
            self._pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork"),
                                             initializer=_worker_start,
                                             initargs=(os.getpid(), compiled.default_folder(), compiled.cache_key()))
            self._pool.submit(int).result()  # fork every worker now, while no thread runs
        collect_young_objects_less_often()

    @property
    def in_process(self) -> bool:
        """True when extraction and classification run in this process (no workers, or they died)."""
        return self._pool is None

    async def extract_and_classify(self, body: bytes, encoding: str, url: str, selectors: Selectors,
                                   dates: DateRules,
                                   page: PageArticle) -> tuple[Optional[Extracted], Optional[Classified]]:
        """The article on one page and the verdict on what the spider makes of it, in one hand-over to a
        worker (crawlers/page_article.py); WorkerDied when its worker died meanwhile."""
        return await self._run(url, extract_and_classify, body, encoding, url, selectors, dates, page)

    async def classify(self, article: Article) -> Detection:
        """The classifier's verdict on one article. The classifier never raises, so a worker that
        died meanwhile (the OOM killer) costs no verdict: it is made again in this process."""
        try:
            return await self._run(article.url or article.title, classify, article)
        except WorkerDied:
            return classify(article)

    async def _run(self, what: str, function, *args):
        if self._pool is None:
            return function(*args)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool, function, *args)
        except BrokenProcessPool:
            if self._pool is not None:
                logger.warning("an extraction worker died on %s; the rest of the run extracts and classifies "
                               "in the crawl process", what)
                self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
            raise WorkerDied("the extraction worker died while this page was being extracted") from None

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _worker_start(crawl_pid: int, folder, key: str) -> None:
    """Initializer of an extraction worker: its lifetime tied to the crawl's (crawlers/lifetime.py), and
    the lexicons it compiles kept in `folder` under `key` (computed once, in the crawl process), so the
    other worker and the next crawls read them instead of compiling them (monitor/classify/compiled.py)."""
    extraction_worker_setup(crawl_pid)
    compiled.keep_in(folder, key)


def collect_young_objects_less_often() -> None:
    """Run this process's cyclic garbage collector every YOUNG_COLLECTION_THRESHOLD allocations instead of
    Python's 700 (the older generations after 10 of the one before, as by default).

    The crawl's process allocates a few thousand short-lived objects a response (Scrapy's requests,
    deferreds, asyncio handles), nearly all freed by their reference counts: at 700 the collector ran
    ~870 times in a 1,000-article crawl, six of them over every object, 0.24-0.27 s of the reactor
    thread's CPU; at 10,000, 38 times, 0.075 s (BENCHMARKS.md section 1, wip-s10p). What it still finds
    (cycles) is found within 10,000 allocations. Set after the workers are forked, so they keep Python's
    defaults.
    """
    _threshold, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_COLLECTION_THRESHOLD, older, oldest)


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
