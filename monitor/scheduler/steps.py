"""The step after each scheduled crawl: finish merging, send alerts, check the source's health."""

from __future__ import annotations

import logging

from monitor.aftercrawl import after_crawl
from monitor.config import Config
from monitor.crawling import CrawlOutcome
from monitor.health import health_change
from storage import open_db

logger = logging.getLogger(__name__)


def after_crawl_step(config: Config, outcome: CrawlOutcome) -> None:
    """Runs in the daemon after every crawl, whatever its outcome; idempotent."""
    db = open_db(config.storage_path)
    try:
        after_crawl(db)
        change = health_change(db, outcome.source, config.health.after_runs)
        if change:
            logger.warning("%s", change.message)
    finally:
        db.conn.close()
