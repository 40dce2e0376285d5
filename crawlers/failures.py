"""Why a URL gave no page, in the words url_failures and the run's log show a user.

Scrapy reports download problems as exception classes with messages meant for developers
("DownloadCancelledError: ", "IgnoreRequest: Forbidden by robots.txt"); a user reading a
run's failures wants the cause and, where a setting decides it, the setting's name.
"""

from __future__ import annotations

from typing import Optional

from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import ConnectionDone, ConnectionLost
from twisted.python.failure import Failure

from crawlers.resolver import Refusals, refusal_for


def failure_reason(failure: Failure, *, download_timeout: float, max_page_bytes: int,
                   refusals: Optional[Refusals] = None) -> str:
    """One line saying why the request in `failure` failed; a host the resolver refused is told by
    the crawl's `refusals` (by any running crawl's when none is given: a line of the log)."""
    error = failure.value
    if isinstance(error, HttpError):
        return http_error_reason(error.response)
    if isinstance(error, DownloadTimeoutError):
        return f"timed out: no complete answer within {download_timeout:g} s (download_timeout)"
    if isinstance(error, DownloadCancelledError):
        return f"larger than max_page_bytes ({max_page_bytes} bytes); the download was stopped"
    if isinstance(error, ResponseDataLossError):
        return "truncated: the connection closed before the whole body arrived"
    if isinstance(error, DownloadConnectionRefusedError):
        return "connection refused"
    if isinstance(error, CannotResolveHostError):
        url = getattr(getattr(failure, "request", None), "url", "")
        return (refusals.reason_for(url) if refusals is not None else refusal_for(url)) or "host name not found"
    if isinstance(error, (DownloadFailedError, ConnectionLost, ConnectionDone)):
        return "connection lost before a complete answer (closed or reset by the server)"
    if isinstance(error, IgnoreRequest):
        return ignored_reason(str(error), max_page_bytes)
    return f"{failure.type.__name__}: {failure.getErrorMessage()}"


def http_error_reason(response) -> str:
    """'HTTP 503', with the Retry-After the server asked for when it gave one."""
    retry_after = response.headers.get(b"Retry-After")
    if retry_after:
        return f"HTTP {response.status} (Retry-After: {retry_after.decode('latin-1')[:40]})"
    return f"HTTP {response.status}"


def ignored_reason(message: str, max_page_bytes: int) -> str:
    if message == "Forbidden by robots.txt":
        return "forbidden by robots.txt"
    if message == "max redirections reached":
        return "too many redirects"
    if "DOWNLOAD_MAXSIZE" in message and "decompression" in message:
        return f"larger than max_page_bytes ({max_page_bytes} bytes) once decompressed; refused"
    return message



# The kind of a failure, for the run's stats ("pactwatch/failures/<kind>"): the first of these
# phrases found in its reason, checked in this order.
KINDS = (
    ("redirect loop", "redirect_loop"),
    ("too many redirects", "redirect_loop"),
    ("private or loopback", "private_address"),
    ("not one of the source's domains", "off_domain"),
    ("forbidden by robots.txt", "robots_txt"),
    ("once decompressed", "too_large_decompressed"),
    ("larger than max_page_bytes", "too_large"),
    ("timed out", "timeout"),
    ("truncated", "truncated"),
    ("connection", "connection"),
    ("host name not found", "dns"),
    ("not an HTML page", "not_html"),
    ("no article text found", "no_text"),
    ("extraction failed", "extraction_error"),
    ("not a feed", "not_a_feed"),
    ("not a sitemap", "not_a_sitemap"),
    ("listing is not a text page", "not_a_listing"),
)


def failure_kind(reason: str) -> str:
    """'http_503', 'timeout', 'off_domain'...: what the run's stats count failures by."""
    if reason.startswith("HTTP "):
        return "http_" + reason[5:8]
    inner = reason.split(": ", 1)[1] if reason.startswith("redirected to ") and ": " in reason else reason
    if inner.startswith("HTTP "):
        return "http_" + inner[5:8]
    return next((kind for phrase, kind in KINDS if phrase in inner), "other")
