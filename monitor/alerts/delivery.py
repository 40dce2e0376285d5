"""What channels share: the failure they report, secrets read from the environment, the retry schedule."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from typing import Optional

BACKOFF_BASE_SECONDS = 60
BACKOFF_MAX_SECONDS = 6 * 3600
RETRY_AFTER_MAX_SECONDS = 24 * 3600


class DeliveryError(Exception):
    """A channel did not confirm delivery.

    `retryable` failures (timeouts, refused connections, 5xx, 429, SMTP 4xx, a missing secret)
    are tried again later, not before `retry_after` seconds when the receiver asked for that;
    the others (4xx, SMTP 5xx) fail the alert for good. `channel_down` is False when the channel
    took the message for some of its recipients: it is up, so the next alerts are still sent.
    """

    def __init__(self, message: str, *, retryable: bool = True, retry_after: Optional[float] = None,
                 channel_down: bool = True):
        super().__init__(message)
        self.retryable = retryable
        self.retry_after = retry_after
        self.channel_down = channel_down


def secret_from_env(name: str, setting: str) -> str:
    """The value of environment variable `name`; a missing one is a retryable error naming the variable."""
    value = os.environ.get(name)
    if not value:
        raise DeliveryError(f"environment variable {name} (named by {setting}) is not set or empty")
    return value


def next_attempt(now: datetime, attempts: int, retry_after: Optional[float] = None) -> datetime:
    """When to try again after the `attempts`-th failed attempt: exponential backoff from one minute,
    capped at six hours, and never sooner than the receiver's Retry-After (itself capped at a day)."""
    delay = min(BACKOFF_BASE_SECONDS * 2 ** max(attempts - 1, 0), BACKOFF_MAX_SECONDS)
    if retry_after is not None:
        delay = max(delay, min(retry_after, RETRY_AFTER_MAX_SECONDS))
    return now + timedelta(seconds=delay)
