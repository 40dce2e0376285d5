"""The crawl's database and its crawl_runs row, owned by one extension from start to end.

CrawlRunRecorder opens the database when the crawler is built (a database that cannot be
written stops the crawl before anything is fetched), opens the run row when the spider opens,
copies the crawl's counters into it every PACTWATCH_PROGRESS_INTERVAL seconds (so `pactwatch
crawl` and the web UI show a running crawl as it goes), and when the spider closes runs the
after-crawl step, closes the row with its counts and closes the database, whatever happened.
In a round the after-crawl step runs once, when every source has closed (after_round): it works
on the whole database, so the first source to close did nearly all of it for every other, on the
one reactor thread, stalling the downloads of the sources still crawling. Its longest part, signing
the new articles, is done while the round crawls (SigningAsStored), a few articles at a time.
The pipeline gets it in its from_crawler; the spider reads `db` and `run_id` from it.
"""

from __future__ import annotations

import contextlib
import logging
import sqlite3
import sys
from typing import Iterable, Iterator, Optional

from scrapy import signals
from twisted.internet import task

from crawlers.source_lock import ROUND_SETTING
from crawlers.storage_guard import stop_on_storage_error
from crawlers.time_limit import TIME_LIMIT_REASON
from monitor.analysis.aftercrawl import after_crawl
from monitor.analysis.dedup import SignedTexts, link_some_new, nothing_to_resign
from storage import open_db, runs
from storage.articles import known_urls
from storage.db import StorageError, check_writable, database_file, describe
from storage.sources import sync_sources

logger = logging.getLogger(__name__)

FINISHED_OK = {"finished", "closespider_pagecount", "closespider_itemcount"}
# Stopped from outside (Ctrl-C, SIGTERM, the daemon's stop) or past the source's time limit
# (crawlers/time_limit.py, from run_timeout_minutes): what was stored is kept, the rest is
# fetched by the next run, and the daemon resumes an interrupted source at its next start.
# Scrapy counts every log record of the process in every crawler's log_count/* stats: in a round
# (crawlers/round.py) a CRITICAL line cannot be told to be one source's, so this crawl's own
# critical failures are counted apart, and only they fail a crawl of a round.
CRITICAL_STAT = "pactwatch/critical"
INTERRUPTED_REASONS = {"shutdown", "closespider_timeout", TIME_LIMIT_REASON}
DEFAULT_PROGRESS_INTERVAL = 1.0


def run_counts(stats: dict) -> dict[str, int]:
    """A crawl's counts as crawl_runs records them, from Scrapy's stats."""
    return {
        "requests": stats.get("downloader/request_count", 0),
        "articles_new": stats.get("pactwatch/articles_new", 0),
        "articles_seen": stats.get("pactwatch/articles_seen", 0) + stats.get("pactwatch/known_skipped", 0),
        "errors": stats.get("pactwatch/failures", 0),
    }


_shared_db = None


@contextlib.contextmanager
def database_shared_by_this_process(path) -> Iterator[None]:
    """Every crawler of this process records into one connection inside the block (a round): one
    page cache (up to 32 MB) and one file handle instead of one per source. Every statement runs on
    the reactor's thread, and each transaction within one call, so sharing it is safe."""
    global _shared_db
    _shared_db = _open_writable(path)
    try:
        yield
    finally:
        _shared_db.conn.close()
        _shared_db = None


class SigningAsStored:
    """Signs and links the round's articles while it crawls (monitor/analysis/dedup.py link_some_new),
    a few at a time on the reactor, so that the after-round step, which the round waits for after its
    last response, finds only the last few unsigned. Same links as signing them all at the end: each
    article is signed once, in id order. Nothing is done when signatures in the window must be made
    again first (a new signing version), nor after a database error: the after-round step does it all."""

    def __init__(self, per_call: int):
        self.per_call = per_call
        self.after = 0
        self.signed = SignedTexts()  # an exact copy of an article signed in an earlier call takes its values
        try:
            self.working = _shared_db is not None and nothing_to_resign(_shared_db)
        except sqlite3.Error:
            logger.debug("not signing as articles are stored; the after-round step signs them", exc_info=True)
            self.working = False

    def __call__(self) -> None:
        if not self.working or _shared_db is None:
            return
        try:
            _made, self.after = link_some_new(_shared_db, after=self.after, limit=self.per_call, signed=self.signed)
        except Exception:  # noqa: BLE001 - the after-round step signs what is left, and says why if it fails
            logger.debug("signing as articles are stored stopped; the after-round step signs them", exc_info=True)
            self.working = False


def after_round() -> None:
    """The after-crawl step of a round, once its crawls have all closed (in database_shared_by_this_process).
    A failure loses nothing: the step is idempotent and the next run does it."""
    try:
        logger.info("after the round: %s", after_crawl(_shared_db))
    except sqlite3.Error as exc:
        logger.critical("%s: %s; the after-crawl step is left for the next run (articles stored so far are kept)",
                        database_file(_shared_db), describe(exc))
    except Exception:
        logger.exception("after-crawl step failed; articles are stored, re-run to finish it")


def _open_writable(path):
    try:
        db = open_db(path)
        check_writable(db)
    except StorageError as exc:  # a crawl that could store nothing must not fetch anything
        print(f"Error: {exc}", file=sys.stderr)
        raise SystemExit(1) from None
    return db


class CrawlRunRecorder:
    def __init__(self, crawler, db, progress_interval: float, owns_db: bool = True):
        self.crawler = crawler
        self.db = db
        self.owns_db = owns_db
        self.run_id: Optional[int] = None
        self.progress_interval = progress_interval
        self.in_round = crawler.settings.getbool(ROUND_SETTING)
        self._progress = None
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(self.close_database, signal=signals.engine_stopped)

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("PACTWATCH_PROGRESS_INTERVAL", DEFAULT_PROGRESS_INTERVAL)
        if _shared_db is not None:
            return cls(crawler, _shared_db, interval, owns_db=False)
        return cls(crawler, _open_writable(crawler.settings["PACTWATCH_DB"]), interval)

    @classmethod
    def of(cls, crawler) -> "CrawlRunRecorder":
        """The crawler's recorder (the EXTENSIONS setting enables it)."""
        recorder = crawler.get_extension(cls)
        if recorder is None:
            raise RuntimeError(f"{cls.__name__} is not enabled in EXTENSIONS: the crawl has no database")
        return recorder

    def spider_opened(self, spider):
        source = getattr(spider, "source", None)
        if source is None:
            return
        try:
            sync_sources(self.db, [{"name": source.name, "title": source.title, "kind": source.kind,
                                    "country": source.country, "languages": source.languages,
                                    "enabled": int(source.enabled)}])
            self.run_id = runs.start_run(self.db, source.name)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, "the start of the run")
            return
        if self.progress_interval > 0:
            self._progress = task.LoopingCall(self.record_progress)
            self._progress.start(self.progress_interval, now=False)

    def record_progress(self) -> None:
        try:
            runs.record_progress(self.db, self.run_id, **run_counts(self.crawler.stats.get_stats()))
        except Exception:
            logger.warning("could not record the crawl's progress", exc_info=True)

    def spider_closed(self, spider, reason):
        try:
            if self._progress is not None and self._progress.running:
                self._progress.stop()
            if self.run_id is not None:
                if not self.in_round:
                    self._after_crawl()
                self._finish_run(reason)
        finally:
            self.close_database()

    def close_database(self) -> None:
        """Close the connection (once): on spider_closed, or when the engine stops without one (a
        round's shared connection is closed by the round)."""
        if self.db is not None:
            if self.owns_db:
                self.db.conn.close()
            self.db = None

    # What the spider asks of the crawl's storage (a cluster worker answers it from Redis instead:
    # crawlers/cluster/recorder.py).

    def known_urls(self, urls: Iterable[str]) -> set[str]:
        """The subset of `urls` already stored."""
        return known_urls(self.db, urls)

    def record_failure(self, *, source: str, url: str, reason: str, http_status: Optional[int] = None) -> None:
        try:
            runs.record_failure(self.db, run_id=self.run_id, source=source, url=url, reason=reason,
                                http_status=http_status)
        except sqlite3.Error as exc:
            stop_on_storage_error(self.crawler, exc, f"the failure of {url}")

    def start_requests_sent(self) -> None:
        """The spider has sent every start request (only a cluster worker has anyone to tell)."""

    def _finish_run(self, reason: str) -> None:
        stats = self.crawler.stats.get_stats()
        status = runs.OK if reason in FINISHED_OK else (
            runs.INTERRUPTED if reason in INTERRUPTED_REASONS else runs.FAILED)
        if stats.get(CRITICAL_STAT) or (stats.get("log_count/CRITICAL") and not self.in_round):
            status = runs.FAILED
        if stats.get(runs.STORAGE_ERROR_STAT):
            status = runs.INTERRUPTED  # cut short by its database; the next run fetches the rest
        if status == runs.OK and not stats.get("pactwatch/discovery_pages"):
            status, reason = runs.FAILED, "no feed, sitemap or listing page could be read"
        try:
            runs.finish_run(self.db, self.run_id, status=status, **run_counts(stats), finish_reason=reason,
                            stats=stats)
        except sqlite3.Error as exc:
            logger.critical("%s: %s; the run stays open and is recorded as interrupted by the next one",
                            self.crawler.settings.get("PACTWATCH_DB"), describe(exc))

    def _after_crawl(self) -> None:
        """Dedup and event merging; their failure is logged and fails the run, and loses no article."""
        try:
            for name, count in after_crawl(self.db).items():
                self.crawler.stats.set_value(f"pactwatch/{name}", count)
        except sqlite3.Error as exc:
            logger.critical("%s: %s; the after-crawl step is left for the next run (articles stored so far are "
                            "kept)", self.crawler.settings.get("PACTWATCH_DB"), describe(exc))
            self.crawler.stats.inc_value(CRITICAL_STAT)
        except Exception:
            logger.exception("after-crawl step failed; articles are stored, re-run to finish it")
            self.crawler.stats.inc_value(CRITICAL_STAT)
