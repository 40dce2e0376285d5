"""The Redis client of a worker or the writer: bounded retries, each one logged.

redis-py retries a command on a lost connection by itself (`Retry`), silently; pactwatch wants a
Redis that restarts or drops off the network to be waited for a bounded time and said in the log,
so the writer's and the worker's calls go through `patiently`, which retries ConnectionError and
TimeoutError with a growing pause and logs each wait, then gives up with RedisUnavailable. Inside a
worker's round process (Scrapy's reactor, scrapy-redis's scheduler) there is no place to wait
between calls, so its clients retry within redis-py, for about as long (CRAWL_RETRY).
"""

from __future__ import annotations

import logging
import os
import time
from typing import Callable, TypeVar
from urllib.parse import urlsplit

import redis
from redis.backoff import ExponentialBackoff
from redis.retry import Retry

logger = logging.getLogger(__name__)

T = TypeVar("T")
RETRIES = 8  # about a minute in all: 0.5, 1, 2, 4, 8, 15, 15, 15 s
FIRST_PAUSE = 0.5
MAX_PAUSE = 15.0
SOCKET_TIMEOUT = 30.0


class RedisUnavailable(RuntimeError):
    """Redis could not be reached within the retries."""


PASSWORD_ENV_SETTING = "PACTWATCH_REDIS_PASSWORD_ENV"  # [cluster] password_env, for a worker's round process


RETRIED = [redis.ConnectionError, redis.TimeoutError]


def crawl_retry() -> Retry:
    """A round process's clients: 12 silent retries, 0.5 s doubling to 8 s (about a minute)."""
    return Retry(ExponentialBackoff(cap=8.0, base=0.5), 12)


def connect(url: str, password_env: str = "", retry: Retry | None = None) -> redis.Redis:
    """A client for `url`, with the password from the variable `password_env` names (nothing is sent
    until the first command). Without `retry`, a lost connection is retried once, at once (a server
    that closed idle connections); longer waits are `patiently`'s."""
    password = os.environ.get(password_env) if password_env else None
    return redis.Redis.from_url(url, password=password, socket_timeout=SOCKET_TIMEOUT, socket_connect_timeout=10,
                                health_check_interval=30, retry=retry or Retry(ExponentialBackoff(cap=0.1), 1),
                                retry_on_error=RETRIED)


def cluster_client(cluster) -> redis.Redis:
    """The client of a [cluster] section (monitor.config.ClusterSettings)."""
    return connect(cluster.redis_url, cluster.password_env)


def settings_client(settings) -> redis.Redis:
    """The client a worker's round process's components use, from its Scrapy settings."""
    return connect(settings["REDIS_URL"], settings.get(PASSWORD_ENV_SETTING) or "", retry=crawl_retry())


def where(url: str) -> str:
    """The server's address without any password, for log lines."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}{f':{parts.port}' if parts.port else ''}{parts.path}"


def patiently(call: Callable[[], T], what: str, *, retries: int = RETRIES) -> T:
    """call(), retried while Redis cannot be reached; RedisUnavailable once `retries` waits are spent."""
    pause = FIRST_PAUSE
    for attempt in range(retries + 1):
        try:
            return call()
        except (redis.ConnectionError, redis.TimeoutError) as exc:
            if attempt == retries:
                raise RedisUnavailable(f"Redis unreachable while {what}: {exc}") from None
            logger.warning("Redis unreachable while %s (%s); retry %d of %d in %.1f s", what, exc, attempt + 1,
                           retries, pause)
            time.sleep(pause)
            pause = min(MAX_PAUSE, pause * 2)
    raise AssertionError("unreachable")
