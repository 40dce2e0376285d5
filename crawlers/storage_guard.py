"""A crawl that cannot write its database stops at once.

Fetching pages that cannot be stored would only lose them; stopping leaves nothing half
written (every article is stored with its verdict in one transaction), and the next run
fetches again whatever this one could not store.
"""

from __future__ import annotations

import logging
import sqlite3

from scrapy.utils.defer import deferred_from_coro

from storage.db import describe
from storage.runs import STORAGE_ERROR_STAT

logger = logging.getLogger(__name__)

STORAGE_ERROR = "storage_error"


def stop_on_storage_error(crawler, error: Exception, what: str) -> None:
    """Log the failure naming the database file, and close the spider (once)."""
    path = crawler.settings.get("PACTWATCH_DB")
    if crawler.stats.get_value(STORAGE_ERROR_STAT):
        return
    message = describe(error) if isinstance(error, sqlite3.Error) else str(error)
    logger.critical("%s: %s (while storing %s); the crawl stops, and the next run fetches what it could not "
                    "store", path, message, what)
    crawler.stats.set_value(STORAGE_ERROR_STAT, message)
    deferred_from_coro(crawler.engine.close_spider_async(reason=STORAGE_ERROR))
