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
dateparser's locales for English and the crawl's sources' declared languages (a date is read in its
site's languages, then in any language starting with English; a worker loads any other locale when it
first meets a date needing it: page_dates.load_languages) and the classifier's stopword lists for
language detection (every lexicon module imported: ~0.07 s once, not once per worker).
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

Pages are handed over a few at a time (HANDOVER_CALLS in one task of the pool, none waiting over
HANDOVER_SECONDS): ProcessPoolExecutor's two threads in the crawl process (its manager and its
queue's feeder) wake for every task, its result and its future, and took 0.25-0.35 s of a
1,000-article crawl's CPU with a page a task (BENCHMARKS.md section 1). What crosses, a page's bytes
out and its article and verdict back, is the same; each call's result or exception comes back on its
own, and a worker that dies fails every call the pool held then, as it did with a page a task.
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
from typing import Iterable, Iterator, Optional

from scrapy import signals

from crawlers.extraction import Extracted
from crawlers.lifetime import extraction_worker_setup
from crawlers.page_article import Classified, PageArticle, extract_and_classify
from crawlers.page_dates import DateRules, load_languages
from monitor.classify import Article, Detection, classify, compiled
from monitor.classify.language import load_word_lists
from monitor.config import Selectors

logger = logging.getLogger(__name__)

WORKERS_SETTING = "PACTWATCH_EXTRACTION_WORKERS"
YOUNG_COLLECTION_THRESHOLD = 10_000
# Calls handed to the workers in one task of the pool: at most this many, none waiting longer than this.
HANDOVER_CALLS = 4
HANDOVER_SECONDS = 0.01


class WorkerDied(RuntimeError):
    """The worker process extracting a page died."""


class Extractor:
    """extract_article and the classifier in `workers` processes, or in this one when `workers` is 0;
    `languages`: the languages the crawl's sources declare, whose dates the workers read first."""

    def __init__(self, workers: int, handover_calls: int = HANDOVER_CALLS,
                 handover_seconds: float = HANDOVER_SECONDS, languages: Iterable[str] = ()):
        self._pool: Optional[ProcessPoolExecutor] = None
        self.handover_calls = handover_calls
        self.handover_seconds = handover_seconds
        self._waiting: list[tuple[str, object, tuple, asyncio.Future]] = []
        self._timer: Optional[asyncio.TimerHandle] = None
        if workers > 0:
            load_languages(languages)
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
        result = loop.create_future()
        self._waiting.append((what, function, args, result))
        if len(self._waiting) >= self.handover_calls:
            self._hand_over()
        elif self._timer is None:
            self._timer = loop.call_later(self.handover_seconds, self._hand_over)
        return await result

    def _hand_over(self) -> None:
        """Hand the waiting calls to the workers in one task of the pool (in this process when the
        workers are gone)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        calls = [call for call in self._waiting if not call[3].done()]  # a cancelled caller's call is dropped
        self._waiting = []
        if not calls:
            return
        if self._pool is None:
            for _what, function, args, result in calls:
                _settle(result, function, *args)
            return
        try:
            task = self._pool.submit(run_calls, [(function, args) for _what, function, args, _result in calls])
        except BrokenProcessPool:
            self._workers_died(calls)
            return
        asyncio.wrap_future(task).add_done_callback(lambda done: self._results(calls, done))

    def _results(self, calls: list, done: asyncio.Future) -> None:
        if done.cancelled():
            for *_call, result in calls:
                result.cancel()
            return
        if isinstance(done.exception(), BrokenProcessPool):
            self._workers_died(calls)
            return
        if done.exception() is not None:
            for *_call, result in calls:
                if not result.done():
                    result.set_exception(done.exception())
            return
        for (*_call, result), (ok, value) in zip(calls, done.result()):
            if result.done():
                continue
            if ok:
                result.set_result(value)
            else:
                result.set_exception(value)

    def _workers_died(self, calls: list) -> None:
        if self._pool is not None:
            logger.warning("an extraction worker died on %s; the rest of the run extracts and classifies "
                           "in the crawl process", " or ".join(what for what, *_rest in calls))
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        for *_call, result in calls:
            if not result.done():
                result.set_exception(WorkerDied("the extraction worker died while this page was being extracted"))

    def close(self) -> None:
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        for *_call, result in self._waiting:
            result.cancel()
        self._waiting = []
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _worker_start(crawl_pid: int, folder, key: str) -> None:
    """Initializer of an extraction worker: its lifetime tied to the crawl's (crawlers/lifetime.py), and
    the lexicons it compiles kept in `folder` under `key` (computed once, in the crawl process), so the
    other worker and the next crawls read them instead of compiling them (monitor/classify/compiled.py)."""
    extraction_worker_setup(crawl_pid)
    compiled.keep_in(folder, key)


def run_calls(calls: list[tuple]) -> list[tuple[bool, object]]:
    """In a worker: each call's result, or the exception it raised, in their order."""
    results = []
    for function, args in calls:
        try:
            results.append((True, function(*args)))
        except Exception as exc:  # noqa: BLE001 - handed back to that call's caller, which raises it
            results.append((False, exc))
    return results


def _settle(result: asyncio.Future, function, *args) -> None:
    try:
        value = function(*args)
    except Exception as exc:  # noqa: BLE001 - handed to the caller, which raises it
        result.set_exception(exc)
        return
    result.set_result(value)


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
        source = getattr(crawler.spidercls, "source", None)  # a SourceSpider's (crawlers/loader.py)
        extractor = Extractor(crawler.settings.getint(WORKERS_SETTING, 0),
                              languages=source.languages if source is not None else ())
        crawler.signals.connect(extractor.close, signal=signals.spider_closed)
        return cls(extractor)

    @classmethod
    def of(cls, crawler) -> Extractor:
        pool = crawler.get_extension(cls)
        if pool is None:
            raise RuntimeError(f"{cls.__name__} is not enabled in EXTENSIONS: the crawl has no extractor")
        return pool.extractor
