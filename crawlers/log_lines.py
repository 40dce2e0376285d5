"""One log line per failed URL, in the user's words, never a traceback for a site that is down.

Scrapy logs a robots.txt it could not download as an error with the whole traceback (two chained
exceptions, some 80 lines per host), and every request it gave up retrying as an error besides
the spider's own line for that URL (`failed URL: reason`, see crawlers/failures.py). The give-up
line is lowered to DEBUG in the settings (RETRY_GIVE_UP_LOG_LEVEL); this extension turns the
robots.txt error into one warning saying what it means for the crawl.
"""

from __future__ import annotations

import logging

from twisted.python.failure import Failure

from crawlers.failures import failure_reason

ROBOTS_LOGGER = "scrapy.downloadermiddlewares.robotstxt"


class RobotsTxtErrorLine(logging.Filter):
    """Rewrite Scrapy's 'Error downloading <robots.txt>' record as one line, without the traceback."""

    def __init__(self, download_timeout: float, max_page_bytes: int):
        super().__init__()
        self.limits = {"download_timeout": download_timeout, "max_page_bytes": max_page_bytes}

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.ERROR or not record.exc_info or not isinstance(record.args, dict):
            return True
        error = record.exc_info[1]
        request = record.args.get("request")
        site = getattr(request, "url", "?").split("/", 3)[:3]
        reason = failure_reason(Failure(error), **self.limits) if error is not None else "unknown error"
        record.msg = "robots.txt of %s could not be read (%s); the site's pages are requested as if it allowed them"
        record.args = ("/".join(site), reason)
        record.levelno, record.levelname = logging.WARNING, "WARNING"
        record.exc_info = record.exc_text = None
        return True


class OneLinePerFailure:
    """A Scrapy extension installing the filter above for the crawl's process."""

    def __init__(self, crawler):
        self.filter = RobotsTxtErrorLine(crawler.settings.getfloat("DOWNLOAD_TIMEOUT"),
                                         crawler.settings.getint("DOWNLOAD_MAXSIZE"))
        logger = logging.getLogger(ROBOTS_LOGGER)
        for old in [f for f in logger.filters if isinstance(f, RobotsTxtErrorLine)]:
            logger.removeFilter(old)
        logger.addFilter(self.filter)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)
