"""The Redis keys of a cluster, in one place: the writer and every worker must agree on them.

Per round (its id is the writer's): each source's request queue and duplicate filter (scrapy-redis),
the sources whose start requests are queued, and the workers busy on it (a sorted set of expiry
times, so a worker killed with SIGKILL drops out when its entry ages). Shared by every round: the
open round's description, the hand-over list and its processing list, the stored URLs, and each
worker's heartbeat.
"""

from __future__ import annotations

PREFIX = "pactwatch"
ROUND = f"{PREFIX}:round"  # the open round, JSON: id, sources, runs (source -> crawl_runs id), spider arguments
ITEMS = f"{PREFIX}:items"  # messages handed to the writer (articles, failures, a crawl's counts)
PROCESSING = f"{PREFIX}:items:processing"  # taken by the writer, not yet committed to SQLite
KNOWN = f"{PREFIX}:known"  # canonical URLs stored in the writer's database
WORKERS = f"{PREFIX}:workers"  # sorted set: worker id -> last heartbeat (Redis server time)

# Scrapy settings of a worker's round process (crawlers/cluster/worker_round.py).
ROUND_SETTING = "PACTWATCH_CLUSTER_ROUND"
WORKER_SETTING = "PACTWATCH_CLUSTER_WORKER"  # the worker's name, for its in-flight count
SHARED_DELAY_SETTING = "PACTWATCH_DOWNLOAD_DELAY"  # the source's download_delay, kept by the shared gate
REDIS_URL_SETTING = "REDIS_URL"  # scrapy-redis's own setting name


def round_key(round_id: str, what: str) -> str:
    return f"{PREFIX}:round:{round_id}:{what}"


def requests_key(round_id: str, source: str) -> str:
    """scrapy-redis's request queue of one source in one round ('%(spider)s' for its setting)."""
    return round_key(round_id, f"{source}:requests")


def dupefilter_key(round_id: str, source: str) -> str:
    return round_key(round_id, f"{source}:dupefilter")


def seeded_key(round_id: str) -> str:
    return round_key(round_id, "seeded")


def busy_key(round_id: str) -> str:
    return round_key(round_id, "busy")


def in_flight_key(worker: str) -> str:
    """Hash source -> requests the worker's downloader holds now (short-lived: refreshed every second)."""
    return f"{PREFIX}:worker:{worker}:in_flight"


def working_key(round_id: str, source: str) -> str:
    """Sorted set worker -> until when (Redis time) it is working on the source: not idle, so it may
    still queue requests that an idle worker of the source waits for instead of closing."""
    return round_key(round_id, f"{source}:working")


def worker_key(worker: str) -> str:
    """A worker's heartbeat (JSON, with a time to live): what `pactwatch status` shows."""
    return f"{PREFIX}:worker:{worker}"
