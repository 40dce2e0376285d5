"""The daemon: every enabled source crawled on its schedule, each round followed by the alert step.

The sources due at one time are crawled together in one round (monitor.runs.crawling.run_round:
one process, or `max_parallel`, each source in its own slot at its own politeness); with the
default `stagger_minutes = 0` that is every source on the shared schedule. One crawl of a source
at a time; missed and interrupted runs caught up in one round at start; SIGTERM or
SIGINT (a StopRequest, recorded from the start of the process) stops scheduling, lets running
crawls stop cleanly within the grace period, and exits 0. A stop that came during start-up
schedules nothing.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional

from apscheduler.executors.pool import ThreadPoolExecutor as JobExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger

from monitor.config import Config, Source
from monitor.config.cron import OffsetTrigger, cron_trigger, previous_fire_time, zone
from monitor.runs.cluster import run_cluster_round
from monitor.runs.crawling import CrawlOutcome, run_round
from monitor.runs.stopping import StopRequest
from storage import open_db
from storage.db import StorageError
from storage.runs import INTERRUPTED, close_abandoned_runs, last_runs

logger = logging.getLogger(__name__)

MISFIRE_GRACE_SECONDS = 12 * 3600


@dataclass(frozen=True)
class SourceSchedule:
    source: Source
    trigger: BaseTrigger
    key: str  # sources with the same key fire together, in one round


@dataclass(frozen=True)
class RoundSchedule:
    sources: tuple[str, ...]
    trigger: BaseTrigger
    key: str


def source_schedules(config: Config) -> list[SourceSchedule]:
    """Each enabled source's trigger; sources on the shared schedule start `stagger_minutes` apart."""
    settings = config.schedule
    schedules, shared = [], 0
    for source in config.enabled_sources:
        if source.schedule:
            trigger: BaseTrigger = cron_trigger(source.schedule, settings.timezone)
            key = source.schedule
        else:
            offset = timedelta(minutes=settings.stagger_minutes * shared)
            trigger = OffsetTrigger(cron_trigger(settings.cron, settings.timezone), offset)
            key = f"{settings.cron} +{offset.total_seconds():g}s"
            shared += 1
        schedules.append(SourceSchedule(source, trigger, key))
    return schedules


def round_schedules(config: Config) -> list[RoundSchedule]:
    """The rounds: enabled sources grouped by when they fire (a cron expression and any stagger)."""
    groups: dict[str, list[SourceSchedule]] = {}
    for schedule in source_schedules(config):
        groups.setdefault(schedule.key, []).append(schedule)
    return [RoundSchedule(tuple(s.source.name for s in group), group[0].trigger, key)
            for key, group in groups.items()]


def next_run_times(config: Config, now: Optional[datetime] = None) -> dict[str, Optional[datetime]]:
    now = now or datetime.now(zone(config.schedule.timezone))
    return {s.source.name: s.trigger.get_next_fire_time(None, now) for s in source_schedules(config)}


class Daemon:
    """Runs rounds of crawls (monitor.runs.crawling.run_round) and the step that follows each
    (events, health, alerts)."""

    def __init__(self, config: Config, *, after_round: Callable[[Config, list[CrawlOutcome]], None],
                 log_file=None, stop: Optional[StopRequest] = None):
        self.config = config
        self.after_round = after_round
        self.log_file = log_file
        self.stop = stop or StopRequest()
        self.stop_event = threading.Event()  # set from the main thread once `stop` is seen: crawls stop
        self._step_lock = threading.Lock()

    def crawl_round(self, names: list[str]) -> list[CrawlOutcome]:
        """One scheduled unit of work: crawl the sources at once, then the alert and health step."""
        if self.stop.requested or self.stop_event.is_set():
            return [CrawlOutcome(source=name, returncode=-1, run=None) for name in names]
        logger.info("round of %s starting", ", ".join(names))
        schedule = self.config.schedule
        try:
            # Each source stops at its own time limit inside the round; this bound, a grace later, is
            # for a round process that stopped answering.
            timeout = schedule.run_timeout_minutes * 60 + schedule.grace_seconds
            if self.config.cluster.redis_url:  # the workers crawl; this process is their one writer
                outcomes = run_cluster_round(self.config, names, timeout=timeout, stop=self.stop_event,
                                             grace=schedule.grace_seconds)
            else:
                outcomes = run_round(self.config, names, timeout=timeout, stop=self.stop_event,
                                     log_file=self.log_file, grace=schedule.grace_seconds)
        except StorageError as exc:
            for name in names:
                logger.error("crawl of %s not done: %s", name, exc)
            return [CrawlOutcome(source=name, returncode=1, run=None) for name in names]
        for outcome in outcomes:
            run = outcome.run or {}
            logger.info("crawl of %s ended: %s (new %s, errors %s)", outcome.source,
                        run.get("status", "no run recorded"), run.get("articles_new"), run.get("errors"))
        with self._step_lock:
            try:
                self.after_round(self.config, outcomes)
            except Exception:
                logger.exception("the step after the round of %s failed; it is retried after the next round",
                                 ", ".join(names))
        return outcomes

    def run_once(self) -> list[CrawlOutcome]:
        """Crawl every enabled source once, in one round."""
        names = [source.name for source in self.config.enabled_sources]
        result: list[list[CrawlOutcome]] = []
        worker = threading.Thread(target=lambda: result.append(self.crawl_round(names)), name="round")
        worker.start()
        if self.stop.wait(until=lambda: not worker.is_alive()):
            self._stopping()
        worker.join()
        return result[0]

    def run_forever(self) -> None:
        """Schedule the rounds and block until SIGTERM or SIGINT."""
        if self.stop.requested:
            logger.info("received %s before scheduling anything; stopped", self.stop.signal.name)
            return
        scheduler = BackgroundScheduler(
            executors={"default": JobExecutor(len(round_schedules(self.config)) + 1)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_SECONDS},
            timezone=zone(self.config.schedule.timezone))
        catch_up = self._sources_behind_schedule()
        if catch_up:
            ordered = [source.name for source in self.config.enabled_sources if source.name in catch_up]
            scheduler.add_job(self.crawl_round, "date", run_date=datetime.now(timezone.utc), args=[ordered],
                              id="catch-up", name="catch-up round")
        for schedule in round_schedules(self.config):
            scheduler.add_job(self.crawl_round, schedule.trigger, args=[list(schedule.sources)],
                              id=f"round {schedule.key}", name=f"round of {', '.join(schedule.sources)}")
        scheduler.start()
        for job in scheduler.get_jobs():
            logger.info("scheduled %s: next run %s", job.name, job.next_run_time)
        self.stop.wait()
        self._stopping()
        logger.info("stopping: no new crawls; running crawls get %.0f s to stop", self.config.schedule.grace_seconds)
        scheduler.shutdown(wait=True)
        logger.info("stopped")

    def _sources_behind_schedule(self) -> set[str]:
        """Sources to crawl now, once: those whose last run started before their latest scheduled time,
        and those whose last run was interrupted (the daemon was stopped mid-crawl, or its crawl was
        killed): that run's articles are not all stored, and the next scheduled time may be a day off."""
        db = open_db(self.config.storage_path)
        try:
            with db.conn:
                for schedule in source_schedules(self.config):
                    close_abandoned_runs(db, schedule.source.name)
            runs = last_runs(db)
        finally:
            db.conn.close()
        now = datetime.now(timezone.utc)
        behind, interrupted = set(), set()
        for schedule in source_schedules(self.config):
            name = schedule.source.name
            due = previous_fire_time(schedule.trigger, now)
            last = runs.get(name)
            if last is not None and last["status"] == INTERRUPTED:
                interrupted.add(name)
            elif due is not None and (last is None or datetime.fromisoformat(last["started_at"]) < due):
                behind.add(name)
        if behind:
            logger.info("catching up missed runs now: %s", ", ".join(sorted(behind)))
        if interrupted:
            logger.info("resuming interrupted crawls now: %s", ", ".join(sorted(interrupted)))
        return behind | interrupted

    def _stopping(self) -> None:
        """A stop was requested: no new crawl starts, running ones are asked to stop."""
        logger.info("received %s", self.stop.signal.name)
        self.stop_event.set()
