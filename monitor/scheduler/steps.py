"""The step after each round of crawls: finish merging, check each source's health, queue and send alerts."""

from __future__ import annotations

import logging

import sqlite_utils

from monitor.alerts.outbox import dispatch, enqueue_health, enqueue_new_events
from monitor.analysis.aftercrawl import after_crawl
from monitor.config import Config
from monitor.runs.crawling import CrawlOutcome
from monitor.runs.health import health_change
from storage import open_db

logger = logging.getLogger(__name__)


def after_round_step(config: Config, outcomes: list[CrawlOutcome]) -> None:
    """Runs in the daemon after every round, whatever its outcomes; idempotent."""
    db = open_db(config.storage_path)
    try:
        after_crawl(db)
        for outcome in outcomes:
            _queue_health(db, config, outcome.source)
        alert_step(db, config)
    finally:
        db.conn.close()


def alert_step(db: sqlite_utils.Database, config: Config) -> None:
    """Queue an alert per new alert-worthy event and channel, then send what is due."""
    if not config.alerts.channels:
        return
    queued = enqueue_new_events(db, config.alerts)
    report = dispatch(db, config.alerts)
    logger.info("alerts: %d queued; %s", queued, report.summary())


def _queue_health(db: sqlite_utils.Database, config: Config, source: str) -> None:
    change = health_change(db, source, config.health.after_runs)
    if change is None:
        return
    logger.warning("%s", change.message)
    if config.alerts.channels:
        enqueue_health(db, config.alerts, source=change.source, status=change.status, message=change.message,
                       key=f"{change.source}:{change.status}:{change.run_id}")
