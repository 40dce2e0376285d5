"""What follows every crawl, ingest or reclassify: link copies of articles, then merge events.

It runs inside the crawl's own process (so `scrapy crawl` and `pactwatch crawl` do the same)
and is idempotent: running it again finds nothing new to do.
"""

from __future__ import annotations

import logging

import sqlite_utils

from monitor.analysis.dedup import link_duplicates
from monitor.analysis.events.merge import merge_pending
from monitor.analysis.republications import link_republications

logger = logging.getLogger(__name__)


def after_crawl(db: sqlite_utils.Database) -> dict[str, int]:
    """Link duplicates and republications, merge new detections into events; return counts of what was done."""
    return {"duplicate_links": link_duplicates(db), "republication_links": link_republications(db),
            "events_new": merge_pending(db)}
