"""Watching crawls as they run: a live table in a terminal (rich), plain log lines otherwise.

One source is crawled through monitor.runs.crawling.run_crawl (its own `scrapy crawl` process),
several through run_round (every source at once, in one process or `max_parallel`), on a worker
thread; this side only reads each source's crawl_runs row, which its crawl updates every
PACTWATCH_PROGRESS_INTERVAL seconds (crawlers/extensions.py). So what is shown is what is
recorded: every source of a round, as it runs.
"""

from __future__ import annotations

import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Optional, TextIO

import click
from rich.console import Console
from rich.live import Live
from rich.table import Table

from monitor.config import Config
from monitor.runs.crawling import CrawlOutcome, run_crawl, run_round
from storage import open_db
from storage.runs import RUNNING, latest_run_id, run_after

POLL_SECONDS = 0.25
PLAIN_EVERY_SECONDS = 15.0
STATUS_STYLES = {"ok": "green", "failed": "bold red", "interrupted": "yellow", "running": "cyan"}


@dataclass
class SourceProgress:
    """What one source's crawl has done so far, as its crawl_runs row says."""

    source: str
    status: str = "waiting"
    requests: int = 0
    new: int = 0
    known: int = 0
    errors: int = 0
    started: Optional[float] = None
    finished: Optional[float] = None
    outcome: Optional[CrawlOutcome] = field(default=None, repr=False)

    @property
    def elapsed(self) -> float:
        if self.started is None:
            return 0.0
        return (self.finished or time.monotonic()) - self.started

    def update(self, run: Optional[dict]) -> None:
        if run is None:
            return
        self.status = run["status"]
        self.requests, self.new = run["requests"] or 0, run["articles_new"] or 0
        self.known, self.errors = run["articles_seen"] or 0, run["errors"] or 0
        if self.status != RUNNING and self.finished is None:
            self.finished = time.monotonic()  # in a round, a source ends before the others

    def finish(self, outcome: CrawlOutcome) -> None:
        self.outcome = outcome
        self.update(outcome.run)
        self.finished = self.finished or time.monotonic()
        if outcome.run is None:
            self.status = f"exit {outcome.returncode}"

    def line(self) -> str:
        return (f"{self.source}: {self.status}, {self.requests} requests, {self.new} new, {self.known} known, "
                f"{self.errors} errors, {self.elapsed:.1f} s")


def shows_live_table(console: Optional[Console] = None) -> bool:
    """Whether crawl_with_progress draws its live table (stdout is a terminal that can redraw)."""
    console = console or Console()
    return console.is_terminal and not console.is_dumb_terminal


Crawls = Callable[[threading.Event, str, Optional[TextIO]], list[CrawlOutcome]]


def crawl_with_progress(config: Config, names: list[str], *, since: Optional[date], max_pages: Optional[int],
                        quiet: bool, log_file: Optional[TextIO] = None,
                        console: Optional[Console] = None) -> tuple[list[CrawlOutcome], bool]:
    """Crawl `names` (one: `scrapy crawl`; several: a round), showing progress; return the outcomes
    and whether the live table was shown (it then stands as the summary).

    Without a terminal, the crawls log to `log_file` and each source gets one line on stderr when
    the crawls end; with no `log_file` they log to stderr, with a progress line every
    PLAIN_EVERY_SECONDS between."""
    console = console or Console()
    progress = [SourceProgress(name) for name in names]

    def crawls(stop: threading.Event, log_level: str, log_file: Optional[TextIO]) -> list[CrawlOutcome]:
        if config.cluster.redis_url:  # `pactwatch worker`s crawl; this process writes what they hand over
            # Imported here: redis and the cluster's writer were a third of `pactwatch crawl`'s imports,
            # before a local round's process could start.
            from monitor.runs.cluster import run_cluster_round
            return run_cluster_round(config, names, since=since, max_pages=max_pages, stop=stop,
                                     timeout=config.schedule.run_timeout_minutes * 60 + config.schedule.grace_seconds)
        if len(names) == 1:
            return [run_crawl(config, names[0], since=since, max_pages=max_pages, log_level=log_level, stop=stop,
                              log_file=log_file)]
        return run_round(config, names, since=since, max_pages=max_pages, log_level=log_level, stop=stop,
                         log_file=log_file)

    if shows_live_table(console):
        _crawl_live(config, progress, crawls, console)
        return [p.outcome for p in progress], True
    _watch(config, progress, crawls, log_level="WARNING" if quiet else "INFO", log_file=log_file,
           tick=_plain_ticker(progress) if log_file is None else _nothing)
    for item in progress:
        click.echo(item.line(), err=True)
    return [p.outcome for p in progress], False


def _nothing() -> None:
    """No progress lines: one line per source when the crawls end is all a pipe gets."""


def _crawl_live(config: Config, progress: list[SourceProgress], crawls: Crawls, console: Console) -> None:
    """The live table; the crawls' warnings and errors scroll above it as they are logged."""
    with Live(_table(progress), console=console, refresh_per_second=8) as live:
        with tempfile.TemporaryDirectory(prefix="pactwatch-crawl-") as folder:
            log_path = Path(folder) / "crawl.log"
            # The crawl appends through its own handle (O_APPEND), this side reads through another,
            # so reading never moves the position the crawl writes at.
            with log_path.open("a", encoding="utf-8") as log, \
                    log_path.open("r", encoding="utf-8", errors="replace") as reader:
                tail = _LogTail(reader, lambda text: live.console.print(text, markup=False, highlight=False))

                def tick():
                    tail.read()
                    live.update(_table(progress))
                _watch(config, progress, crawls, log_level="WARNING", log_file=log, tick=tick)
                tail.read()
        live.update(_table(progress))


def _watch(config: Config, progress: list[SourceProgress], crawls: Crawls, *, log_level: str,
           log_file: Optional[TextIO], tick: Callable[[], None]) -> None:
    """Run the crawls on a worker thread and poll each source's crawl_runs row until they end.

    Ctrl-C asks the crawls to stop cleanly (as run_crawl does on a timeout), waits for them, and
    is then raised again.
    """
    db = open_db(config.storage_path)
    before = {item.source: latest_run_id(db, item.source) for item in progress}
    stop = threading.Event()
    result: list[CrawlOutcome] = []
    failure: list[BaseException] = []

    def work():
        try:
            result.extend(crawls(stop, log_level, log_file))
        except BaseException as exc:  # handed to the main thread below
            failure.append(exc)

    worker = threading.Thread(target=work, name="crawls", daemon=True)
    for item in progress:
        item.started, item.status = time.monotonic(), "starting"
    worker.start()
    try:
        while worker.is_alive():
            for item in progress:
                item.update(run_after(db, item.source, before[item.source]))
            tick()
            worker.join(POLL_SECONDS)
    except KeyboardInterrupt:
        stop.set()
        worker.join()
        raise
    finally:
        db.conn.close()
    if failure:
        raise failure[0]
    for item, outcome in zip(progress, result):
        item.finish(outcome)
    tick()


def _plain_ticker(progress: list[SourceProgress]) -> Callable[[], None]:
    """Log lines for a file or a pipe: when the crawls start, then every PLAIN_EVERY_SECONDS a line per
    source still running."""
    state = {"next": None}

    def tick():
        now = time.monotonic()
        if state["next"] is None:
            for item in progress:
                click.echo(f"{item.source}: crawling", err=True)
            state["next"] = now + PLAIN_EVERY_SECONDS
        elif now >= state["next"]:
            for item in progress:
                if item.finished is None:
                    click.echo(item.line(), err=True)
            state["next"] = now + PLAIN_EVERY_SECONDS
    return tick


class _LogTail:
    """Reads what a crawl appended to its log file since the last read, line by line."""

    def __init__(self, reader: TextIO, emit: Callable[[str], None]):
        self.reader, self.emit, self.partial = reader, emit, ""

    def read(self) -> None:
        lines = (self.partial + self.reader.read()).split("\n")
        self.partial = lines.pop()
        for line in lines:
            if line.strip():
                self.emit(line)


def _table(progress: list[SourceProgress]) -> Table:
    table = Table(title="pactwatch crawl", title_justify="left", expand=False)
    table.add_column("source")
    table.add_column("status")
    for column in ("requests", "new", "known", "errors", "elapsed"):
        table.add_column(column, justify="right")
    for item in progress:
        style = STATUS_STYLES.get(item.status, "red" if item.status.startswith("exit") else "dim")
        table.add_row(item.source, f"[{style}]{item.status}[/]", str(item.requests), str(item.new),
                      str(item.known), str(item.errors), f"{item.elapsed:.1f} s" if item.started else "")
    return table
