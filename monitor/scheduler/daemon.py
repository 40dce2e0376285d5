"""The daemon: every enabled source crawled on its schedule, each crawl followed by the merge and
health step, each round (the crawls running or due within the stagger) by the alert step.

One crawl of a source at a time; missed runs coalesced into one catch-up crawl; SIGTERM or
SIGINT (a StopRequest, recorded from the start of the process) stops scheduling, lets running
crawls stop cleanly within the grace period, and exits 0. A stop that came during start-up
schedules nothing.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Callable, Optional

from apscheduler.events import EVENT_JOB_SUBMITTED
from apscheduler.executors.pool import ThreadPoolExecutor as JobExecutor
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.triggers.base import BaseTrigger

from monitor.config import Config, Source
from monitor.config.cron import OffsetTrigger, cron_trigger, previous_fire_time, zone
from monitor.runs.crawling import CrawlOutcome, run_crawl
from monitor.runs.stopping import StopRequest
from storage import open_db
from storage.db import StorageError
from storage.runs import INTERRUPTED, close_abandoned_runs, last_runs

logger = logging.getLogger(__name__)

MISFIRE_GRACE_SECONDS = 12 * 3600
# A crawl due this soon after another ended belongs to the same round (its alerts wait for it).
ROUND_MARGIN_SECONDS = 5


@dataclass(frozen=True)
class SourceSchedule:
    source: Source
    trigger: BaseTrigger


def source_schedules(config: Config) -> list[SourceSchedule]:
    """Each enabled source's trigger; sources on the shared schedule start `stagger_minutes` apart."""
    settings = config.schedule
    schedules, shared = [], 0
    for source in config.enabled_sources:
        if source.schedule:
            trigger: BaseTrigger = cron_trigger(source.schedule, settings.timezone)
        else:
            offset = timedelta(minutes=settings.stagger_minutes * shared)
            trigger = OffsetTrigger(cron_trigger(settings.cron, settings.timezone), offset)
            shared += 1
        schedules.append(SourceSchedule(source, trigger))
    return schedules


def next_run_times(config: Config, now: Optional[datetime] = None) -> dict[str, Optional[datetime]]:
    now = now or datetime.now(zone(config.schedule.timezone))
    return {s.source.name: s.trigger.get_next_fire_time(None, now) for s in source_schedules(config)}


class Daemon:
    """Runs crawls (each in a subprocess) and the step that follows them (alerts, health)."""

    def __init__(self, config: Config, *, after_crawl: Callable[[Config, CrawlOutcome], None],
                 after_round: Optional[Callable[[Config], None]] = None, log_file=None,
                 stop: Optional[StopRequest] = None):
        self.config = config
        self.after_crawl = after_crawl
        self.after_round = after_round
        self.log_file = log_file
        self.stop = stop or StopRequest()
        self.stop_event = threading.Event()  # set from the main thread once `stop` is seen: crawls stop
        self._step_lock = threading.Lock()
        self._submitted = 0

    def crawl(self, source_name: str) -> CrawlOutcome:
        """One scheduled unit of work: crawl a source, then the alert and health step."""
        if self.stop.requested or self.stop_event.is_set():
            return CrawlOutcome(source=source_name, returncode=-1, run=None)
        logger.info("crawl of %s starting", source_name)
        try:
            outcome = run_crawl(self.config, source_name, timeout=self.config.schedule.run_timeout_minutes * 60,
                                stop=self.stop_event, log_file=self.log_file,
                                grace=self.config.schedule.grace_seconds)
        except StorageError as exc:
            logger.error("crawl of %s not done: %s", source_name, exc)
            return CrawlOutcome(source=source_name, returncode=1, run=None)
        run = outcome.run or {}
        logger.info("crawl of %s ended: %s (new %s, errors %s)", source_name, run.get("status", "no run recorded"),
                    run.get("articles_new"), run.get("errors"))
        with self._step_lock:
            try:
                self.after_crawl(self.config, outcome)
            except Exception:
                logger.exception("the step after the crawl of %s failed; it is retried after the next crawl",
                                 source_name)
        return outcome

    def run_once(self) -> list[CrawlOutcome]:
        """Crawl every enabled source once (up to max_parallel at a time), then the round's step."""
        names = [source.name for source in self.config.enabled_sources]
        with ThreadPoolExecutor(max_workers=self.config.schedule.max_parallel) as pool:
            futures = [pool.submit(self.crawl, name) for name in names]
            if self.stop.wait(until=lambda: all(future.done() for future in futures)):
                self._stopping()
            outcomes = [future.result() for future in futures]
        self._round_step()
        return outcomes

    def _scheduled_crawl(self, source_name: str) -> CrawlOutcome:
        """A crawl the scheduler started; the last of its round is followed by the round's step."""
        try:
            return self.crawl(source_name)
        finally:
            with self._step_lock:
                self._submitted -= 1
                settled = self._submitted <= 0 and not self._round_continues()
            if settled:
                self._round_step()

    def _on_submitted(self, event) -> None:
        """Scheduler listener: a crawl was handed to the executor (it may wait there for a free slot)."""
        with self._step_lock:
            self._submitted += 1

    def _round_continues(self) -> bool:
        """True when another source's crawl fires within the stagger between sources (and a few
        seconds): it belongs to the same round, whose alerts wait for it."""
        horizon = datetime.now(timezone.utc) + timedelta(minutes=self.config.schedule.stagger_minutes,
                                                         seconds=ROUND_MARGIN_SECONDS)
        return any(fire is not None and fire <= horizon for fire in next_run_times(self.config).values())

    def _round_step(self) -> None:
        """Once every crawl of a round has been crawled and merged: alerts, so three outlets reporting
        one signing the same night make one alert, not one per outlet."""
        if self.after_round is None:
            return
        with self._step_lock:
            try:
                self.after_round(self.config)
            except Exception:
                logger.exception("the step after the round failed; it is retried after the next round")

    def run_forever(self) -> None:
        """Schedule the crawls and block until SIGTERM or SIGINT."""
        if self.stop.requested:
            logger.info("received %s before scheduling anything; stopped", self.stop.signal.name)
            return
        scheduler = BackgroundScheduler(
            executors={"default": JobExecutor(self.config.schedule.max_parallel)},
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": MISFIRE_GRACE_SECONDS},
            timezone=zone(self.config.schedule.timezone))
        catch_up = self._sources_behind_schedule()
        for schedule in source_schedules(self.config):
            name = schedule.source.name
            options = {"next_run_time": datetime.now(timezone.utc)} if name in catch_up else {}
            scheduler.add_job(self._scheduled_crawl, schedule.trigger, args=[name], id=name, name=f"crawl {name}",
                              **options)
        scheduler.add_listener(self._on_submitted, EVENT_JOB_SUBMITTED)
        scheduler.start()
        for job in scheduler.get_jobs():
            logger.info("scheduled %s: next run %s", job.id, job.next_run_time)
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
