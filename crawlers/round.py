"""A round: the spiders of several sources crawling at once, in one process, on one reactor.

Scrapy runs many spiders in one process ("Running multiple spiders in the same process"): each
source gets its own crawler, with its own settings (its own download slot's delay and
concurrency, headers, page budget and time limit: crawlers/loader.py), its own crawl_runs row,
stats and failures (crawlers/extensions.py) and its own source lock (crawlers/source_lock.py).
They share the reactor, the DNS cache, one database connection and one extraction pool, forked
here before the reactor starts. The after-crawl step (links between copies, events) runs once,
when the last crawl has closed; the articles' signatures and copy links are made as they are
stored, so that it finds little left to do then. A site that hangs, fails or cannot be reached
closes its own crawler and no other; the process ends when the last one has closed. A round of 25
sources therefore takes about as long as its slowest site needs at its politeness delay, in the
memory of one crawl.

`python -m crawlers.round NAME...` runs one (pactwatch starts it: monitor/runs/crawling.py, with
the sources' locks handed down, as for `scrapy crawl`); crawl_round is the library call.
"""

from __future__ import annotations

import argparse
import contextlib
import logging
import os
import sys
import threading
from typing import Optional

# Imported first, while few modules are loaded: Scrapy's HTTP download handler module makes
# deprecated aliases (scrapy.utils.deprecate.create_deprecated_class), each calling inspect.stack(),
# whose inspect.getmodule walks every loaded module for every frame. Imported by the first
# crawler's engine, after the rest of the crawl's modules, it took 1.0 s of CPU before the round's
# first request (load 7); imported here, 0.1 s.
import scrapy.core.downloader.handlers.http11  # noqa: F401
from scrapy import signals
from scrapy.crawler import AsyncCrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawlers.cluster.keys import ROUND_SETTING as CLUSTER_ROUND_SETTING
from crawlers.extensions import SigningAsStored, after_round, database_shared_by_this_process
from crawlers.extraction_pool import Extractor, shared_by_this_process
from crawlers.lifetime import crawl_ends_with_its_starter
from crawlers.source_lock import ROUND_SETTING
from monitor.analysis.dedup import minhash_scheme
from monitor.config import Config, ConfigError, load_config

logger = logging.getLogger(__name__)

# Responses a round holds while they wait for their callbacks (extraction, above all), in bytes,
# shared among its crawlers: Scrapy's SCRAPER_SLOT_MAX_ACTIVE_SIZE (5 MB) is per crawler, and 25
# sites fetching faster than the workers extract piled their pages up in the round's process.
# Past its share a crawler takes no new request until its callbacks catch up. Measured on
# `python -m benchmarks round` (25 sites, 500 pages): the round process's peak PSS went from 288 MB
# (with each source's CONCURRENT_REQUESTS bounded, crawlers/loader.py) to 248 MB, its time unchanged.
ACTIVE_BYTES = 10_000_000
MIN_ACTIVE_BYTES_PER_SOURCE = 200_000
# Articles signed while the round crawls (_sign_as_stored): up to SIGN_PER_CALL every SIGN_INTERVAL
# seconds, 50 a second, about 7 ms of the reactor's time per call (0.7 ms an article).
SIGN_INTERVAL = 0.2
SIGN_PER_CALL = 10


def crawl_round(names: list[str], *, settings: Optional[Settings] = None,
                spider_kwargs: Optional[dict[str, str]] = None) -> dict[str, Optional[str]]:
    """Crawl the named sources concurrently in this process, until every one has closed.

    Returns, per source, None when its crawl ran (its outcome is in its crawl_runs row), or why it
    could not start (its lock held by another crawl, a bad spider argument). SIGINT or SIGTERM
    closes every crawl cleanly (recorded as interrupted); a second one stops at once.
    """
    settings = settings if settings is not None else get_project_settings()
    settings.set(ROUND_SETTING, True, priority="cmdline")
    settings.set("SCRAPER_SLOT_MAX_ACTIVE_SIZE", max(MIN_ACTIVE_BYTES_PER_SOURCE, ACTIVE_BYTES // max(1, len(names))),
                 priority="project")
    crawl_ends_with_its_starter()
    errors: dict[str, Optional[str]] = {}
    config = _config(settings)
    # Forked before Scrapy installs its reactor or starts any thread.
    extractor = Extractor(config.crawler.extraction_workers,
                          languages=[language for source in config.sources if source.name in names
                                     for language in source.languages])
    try:
        # A cluster worker (crawlers/cluster/worker_round.py) never opens the database.
        in_cluster = bool(settings.get(CLUSTER_ROUND_SETTING))  # the round id
        database = contextlib.nullcontext() if in_cluster else database_shared_by_this_process(config.storage_path)
        with shared_by_this_process(extractor), database:
            process = AsyncCrawlerProcess(settings)
            for name in names:
                _start(process, name, spider_kwargs or {}, errors)
            if not in_cluster:
                _prepare_after_round_when_open(process.crawlers)
            process.start()
            if not in_cluster:
                after_round()  # once for the round, not once per source as each closes
    finally:
        extractor.close()
    return {name: errors.get(name) for name in names}


def _start(process: AsyncCrawlerProcess, name: str, kwargs: dict[str, str], errors: dict) -> None:
    """Schedule one source's crawl; what keeps it from starting is noted against it alone."""
    try:
        task = process.crawl(name, **kwargs)
    except KeyError as exc:
        errors[name] = str(exc.args[0] if exc.args else exc)
        logger.error("crawl of %s not started: %s", name, errors[name])
        return

    def done(finished) -> None:
        if not finished.cancelled() and finished.exception() is not None:
            errors[name] = str(finished.exception())
            logger.error("crawl of %s not started: %s", name, errors[name])
    task.add_done_callback(done)


def _prepare_after_round_when_open(crawlers) -> None:
    """Once every crawler of the round has opened its spider, import what the after-round step needs
    (datasketch's MinHash, for the signatures: monitor/analysis/dedup.py) in a thread.

    Not before the first request (with scipy, which dedup no longer imports, it took 1.2 s of CPU
    there, on the one core the round's start has), nor after the last response (where the round
    would wait for it): while the round waits on its sites' delays, its reactor thread is mostly
    idle, and takes the interpreter back within its switch interval (5 ms) whenever it has work.
    Should it fail, the after-round step imports it again (and says why)."""
    crawlers = list(crawlers)
    opened: list = []

    def spider_opened(spider) -> None:
        opened.append(spider)
        if len(opened) == len(crawlers):
            threading.Thread(target=_prepare_after_round, name="after-round import", daemon=True).start()
    for crawler in crawlers:
        crawler.signals.connect(spider_opened, signal=signals.spider_opened, weak=False)


def _prepare_after_round() -> None:
    try:
        minhash_scheme()
    except Exception:  # noqa: BLE001 - only a head start: the after-round step imports it itself
        logger.debug("after-round step not prepared", exc_info=True)
        return
    from twisted.internet import reactor
    reactor.callFromThread(_sign_as_stored)


def _sign_as_stored() -> None:
    """On the reactor: sign and link the round's articles as they are stored (SigningAsStored), a few
    every SIGN_INTERVAL seconds. Signing the 500 articles of the round benchmark took 0.35 s of CPU
    (0.9 s at load 6) after the last response, between it and the round's end; a call here takes a
    few ms, while the reactor mostly waits on the sites' delays."""
    from twisted.internet import task
    signing = SigningAsStored(SIGN_PER_CALL)
    if signing.working:
        task.LoopingCall(signing).start(SIGN_INTERVAL, now=True)


def _config(settings: Settings) -> Config:
    try:
        return load_config(settings.get("PACTWATCH_CONFIG") or None)
    except ConfigError as exc:
        print(f"Error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.round",
                                     description="Crawl several configured sources at once, in this process.")
    parser.add_argument("names", nargs="+", metavar="NAME", help="source names, as in `scrapy list`")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="a Scrapy setting for every crawl of the round")
    parser.add_argument("-a", dest="arguments", action="append", default=[], metavar="NAME=VALUE",
                        help="a spider argument (since, max_pages) for every crawl of the round")
    options = parser.parse_args(argv)
    settings = get_project_settings()
    settings.setdict(_pairs(parser, options.settings), priority="cmdline")
    errors = crawl_round(options.names, settings=settings, spider_kwargs=_pairs(parser, options.arguments))
    return 1 if any(errors.values()) else 0


def _pairs(parser: argparse.ArgumentParser, values: list[str]) -> dict[str, str]:
    pairs = {}
    for value in values:
        name, sep, setting = value.partition("=")
        if not sep:
            parser.error(f"expected NAME=VALUE, got {value!r}")
        pairs[name] = setting
    return pairs


def exit_now(status: int) -> None:
    """End a round process once its logs and output are flushed, without the interpreter's teardown.

    By then every spider has closed, the extraction workers are closed, the database connection is
    closed and the after-round step is done. What is left, freeing the process's 200 MB of objects
    one by one, took about 2 s of CPU and wall time at load 9 (py-spy: the main thread holding the
    GIL with no Python frame), and whoever started the round (`pactwatch crawl`, a cluster worker)
    waits for its exit. The operating system frees the memory at once."""
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


if __name__ == "__main__":
    exit_now(main())
