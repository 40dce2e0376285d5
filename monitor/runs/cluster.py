"""The one writer of a cluster: it opens a round in Redis, stores what the workers hand over, ends it.

With [cluster] redis_url, run_round (and so the daemon, `run --once` and `crawl`) comes here instead of
starting a local round process: the writer takes the sources' locks and opens their crawl_runs rows as
a local round does, publishes the stored URLs (so workers fetch only unknown articles), then describes
the round in Redis for the workers (`pactwatch worker`: monitor/runs/cluster_worker.py). While they
crawl it stores each handed-over article with its verdict (store_article, as a crawl's pipeline does),
records failures, and adds the counts of each worker's crawl to the source's run. The round is over
when, in one atomic look at Redis, every source's start requests were queued, its queues are empty, no
worker is busy on it (a killed worker's entry ages out) and nothing waits to be written. The after-round
step (merging, health, alerts) is the caller's, exactly as for a local round.
"""

from __future__ import annotations

import json
import logging
import os
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Optional

import redis
import sqlite_utils

from crawlers.cluster import keys
from crawlers.cluster.connection import RETRIES, RedisUnavailable, cluster_client, patiently, where
from crawlers.cluster.handover import ARTICLE, COUNTS, FAILURE, Inbox, article_of
from monitor.analysis.store import store_article
from monitor.config import Config
from monitor.runs.crawling import CrawlOutcome, sources_locked
from storage.articles import article_urls
from storage.db import transaction
from storage.runs import FAILED, INTERRUPTED, OK, finish_run, record_failure, record_progress, run_row, start_run
from storage.sources import sync_sources

logger = logging.getLogger(__name__)

TAKE_SECONDS = 0.5  # how long the writer waits for a message before it looks at the round again
GATHER_SECONDS = 0.2  # in a round, the messages that come this soon after one are committed with it
BATCH_MOST = 200
PUBLISH_BATCH = 5000
START_RETRIES = 3  # 0.5 + 1 + 2 s
BEAT_STALE_SECONDS = 10.0  # a worker beats every second; one silent this long is not alive
NO_DISCOVERY = "no feed, sitemap or listing page could be read"


@dataclass
class SourceTally:
    """What the writer learnt of one source's crawl in this round, from every worker."""

    requests: int = 0
    discovery_pages: int = 0
    articles_new: int = 0
    articles_seen: int = 0
    errors: int = 0
    reasons: list = field(default_factory=list)
    # The reasons of the workers' crawls that were cut short (their time limit, a stop): the worker says
    # so (crawlers.extensions.INTERRUPTED_REASONS), so that the writer need not import the crawl's
    # extensions, and with them the after-crawl step's libraries, to store what it is handed.
    cut_short: list = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"requests": self.requests, "articles_new": self.articles_new, "articles_seen": self.articles_seen,
                "errors": self.errors}


class Writer:
    """Stores the messages of the hand-over list into the database, committed in batches, each batch
    before it is acked."""

    def __init__(self, db: sqlite_utils.Database, client: redis.Redis, round_id: Optional[str] = None):
        self.db = db
        self.client = client
        self.inbox = Inbox(client)
        self.round_id = round_id
        self.tallies: dict[str, SourceTally] = defaultdict(SourceTally)
        self.stored = 0
        self._unpublished: list[str] = []

    def recover(self, retries: int = RETRIES) -> None:
        moved = patiently(self.inbox.recover, "recovering the hand-over list", retries=retries)
        if moved:
            logger.warning("%d handed-over messages a previous writer took and did not commit are taken again", moved)

    def publish_known(self) -> int:
        """Every stored URL into the set the workers check (SADD is idempotent); how many."""
        count, batch = 0, []
        for url in article_urls(self.db):
            batch.append(url)
            if len(batch) >= PUBLISH_BATCH:
                count += self._publish(batch)
                batch = []
        return count + self._publish(batch)

    def _publish(self, urls: list[str]) -> int:
        if urls:
            patiently(lambda: self.client.sadd(keys.KNOWN, *urls), "publishing the stored URLs")
        return len(urls)

    def step(self, timeout: float = TAKE_SECONDS, gather: float = 0.0) -> int:
        """Take the messages waiting (blocking up to `timeout` for the first, then letting more come for
        `gather` seconds), commit them in one transaction, publish their URLs and ack them; how many (0:
        none came). A batch costs one commit and a few Redis round trips where a message each cost its
        own: in a round the writer shares the machine with workers, and its CPU is theirs to lose."""
        first = patiently(lambda: self.inbox.take(timeout), "waiting for handed-over articles")
        if first is None:
            return 0
        if gather > 0:
            time.sleep(gather)
        taken = [first, *patiently(lambda: self.inbox.take_waiting(BATCH_MOST - 1), "taking handed-over articles")]
        try:
            with transaction(self.db):
                for _raw, message in taken:
                    self.write(message)
        except BaseException:
            self._unpublished.clear()  # rolled back: not stored, so not known
            raise
        self._publish_stored()
        patiently(lambda: self.inbox.done_all([raw for raw, _message in taken]), "acknowledging stored articles")
        return len(taken)

    def drain(self) -> int:
        """Write every message waiting now; how many."""
        done = 0
        while taken := self.step(timeout=0.01):
            done += taken
        return done

    def write(self, message: dict) -> None:
        kind = message.get("kind")
        if kind == ARTICLE:
            self._store(message)
            return
        if kind not in (FAILURE, COUNTS):
            logger.error("a handed-over message of unknown kind %r is dropped", kind)
            return
        tally = self._tally(message)
        if kind == FAILURE:
            record_failure(self.db, run_id=message.get("run_id"), source=message["source"], url=message["url"],
                           reason=message["reason"], http_status=message.get("http_status"))
            if tally:
                tally.errors += 1
        elif tally:
            tally.requests += message["counts"].get("requests", 0)
            tally.discovery_pages += message["counts"].get("discovery_pages", 0)
            tally.reasons.append(message.get("reason"))
            if message.get("interrupted"):
                tally.cut_short.append(message.get("reason"))

    def _store(self, message: dict) -> None:
        article, detection = article_of(message)
        stored = store_article(self.db, article, detection, run_id=message.get("run_id"), verdict_of_unchanged=False)
        self._unpublished.append(article.url)
        self.stored += 1
        tally = self._tally({**message, "source": article.source})
        if tally and stored.created:
            tally.articles_new += 1
        elif tally:
            tally.articles_seen += 1

    def _publish_stored(self) -> None:
        """Add the URLs stored since the last call to the set the workers check (once committed: a URL
        published before its article's commit, and the commit failing, would never be fetched again)."""
        urls, self._unpublished = self._unpublished, []
        if urls:
            patiently(lambda: self.client.sadd(keys.KNOWN, *urls), "publishing the stored URLs")

    def _tally(self, message: dict) -> Optional[SourceTally]:
        """The counts of this round's source; None for a late message of an ended round (stored, not counted)."""
        if self.round_id is None or message.get("round") != self.round_id:
            return None
        return self.tallies[message["source"]]


def describe_round(round_id: str, sources: list[str], runs: dict[str, int], *, since: Optional[date],
                   max_pages: Optional[int]) -> dict:
    return {"id": round_id, "sources": sources, "runs": runs,
            "arguments": {"since": since.isoformat() if since else None, "max_pages": max_pages}}


def finish_round(client: redis.Redis, described: dict) -> bool:
    """Close the round if it is finished (start requests all queued, queues empty, no worker busy,
    nothing to write); whether it was.

    The look and the close are one transaction watching the round's busy set: a worker that joins
    between them (it marks itself busy only while the round is still open: cluster_worker.join_round)
    makes the close fail and the round go on, so no worker ever crawls a round already closed."""
    def attempt(pipe: redis.client.Pipeline) -> bool:
        if not _finished_now(pipe, described):
            return False
        pipe.multi()
        _delete_round(pipe, described)
        return True

    return client.transaction(attempt, keys.busy_key(described["id"]), value_from_callable=True)


def _finished_now(pipe: redis.client.Pipeline, described: dict) -> bool:
    """The round's state read on a watching pipeline (each command answers at once)."""
    round_id, sources = described["id"], described["sources"]
    now = float(pipe.time()[0])
    if pipe.scard(keys.seeded_key(round_id)) < len(sources):
        return False
    if any(pipe.zcard(keys.requests_key(round_id, source)) for source in sources):
        return False
    return not (pipe.zcount(keys.busy_key(round_id), now, "+inf") or pipe.llen(keys.ITEMS)
                or pipe.llen(keys.PROCESSING))


def close_round(client: redis.Redis, described: dict, *, keep_busy: bool = False) -> None:
    """The round is no longer open: its description and keys go (workers' spiders then find no
    request), its busy set too unless `keep_busy` (a stopped round waits for its busy workers)."""
    with client.pipeline(transaction=True) as change:
        _delete_round(change, described, keep_busy=keep_busy)
        change.execute()


def _delete_round(pipe: redis.client.Pipeline, described: dict, *, keep_busy: bool = False) -> None:
    """Queue on `pipe` the deletion of the round's description and keys."""
    round_id = described["id"]
    names = [keys.seeded_key(round_id)] + ([] if keep_busy else [keys.busy_key(round_id)])
    for source in described["sources"]:
        names += [keys.requests_key(round_id, source), keys.dupefilter_key(round_id, source),
                  keys.working_key(round_id, source)]
    pipe.delete(keys.ROUND)
    pipe.delete(*names)


def run_cluster_round(config: Config, sources: list[str], *, since: Optional[date] = None,
                      max_pages: Optional[int] = None, timeout: Optional[float] = None,
                      stop: Optional[threading.Event] = None, grace: float = 60.0) -> list[CrawlOutcome]:
    """Crawl `sources` on the cluster's workers and store what they hand over; their outcomes in order."""
    stop = stop or threading.Event()
    deadline = None if timeout is None else time.monotonic() + timeout
    outcomes = {name: CrawlOutcome(source=name, returncode=1, run=None) for name in sources}
    with sources_locked(config, sources, stop, deadline) as (db, locks):
        if not locks:
            return [outcomes[name] for name in sources]
        runs = _open_runs(db, config, list(locks))
        status, reason, tallies = _crawl_on_workers(db, config, list(locks), runs, since=since, max_pages=max_pages,
                                                    deadline=deadline, stop=stop, grace=grace)
        for name, run_id in runs.items():
            outcomes[name] = _finish(db, name, run_id, status, reason, tallies.get(name, SourceTally()))
    return [outcomes[name] for name in sources]


def _finish(db, name: str, run_id: int, status: str, reason: str, tally: SourceTally) -> CrawlOutcome:
    """Close the source's run with what the workers did: as a local crawl, interrupted when a worker's
    crawl of it was cut short (its time limit, a stop), failed when no discovery page was read and
    nothing stored."""
    cut_short = tally.cut_short
    if status == OK and cut_short:
        status, reason = INTERRUPTED, cut_short[0]
    if status == OK and not tally.discovery_pages and not (tally.articles_new or tally.articles_seen):
        status, reason = FAILED, NO_DISCOVERY
    finish_run(db, run_id, status=status, finish_reason=reason,
               stats={"cluster": True, "worker_reasons": tally.reasons,
                      "pactwatch/discovery_pages": tally.discovery_pages}, **tally.counts())
    return CrawlOutcome(source=name, returncode=0 if status == OK else 1, run=run_row(db, run_id))


def _open_runs(db: sqlite_utils.Database, config: Config, names: list[str]) -> dict[str, int]:
    rows = []
    for name in names:
        source = config.source(name)
        rows.append({"name": source.name, "title": source.title, "kind": source.kind, "country": source.country,
                     "languages": source.languages, "enabled": int(source.enabled)})
    sync_sources(db, rows)
    return {name: start_run(db, name, pid=os.getpid()) for name in names}


def _crawl_on_workers(db, config: Config, names: list[str], runs: dict[str, int], *, since, max_pages,
                      deadline: Optional[float], stop: threading.Event, grace: float):
    """Open the round, write what comes until it is finished (or stopped, or out of time), close it.
    Returns the round's status, its reason and each source's tally."""
    client = cluster_client(config.cluster)
    writer = Writer(db, client, round_id=uuid.uuid4().hex[:12])
    described = describe_round(writer.round_id, names, runs, since=since, max_pages=max_pages)
    try:
        # A Redis that does not answer at the start fails the round in seconds (the next round tries
        # again); once the round is open, an outage is waited for (RETRIES).
        writer.recover(retries=START_RETRIES)
        published = writer.publish_known()
        patiently(lambda: client.set(keys.ROUND, json.dumps(described)), "opening the round")
        logger.info("cluster round %s open on %s for %s (%d stored URLs published)", writer.round_id,
                    where(config.cluster.redis_url), ", ".join(names), published)
        status, reason = OK, "finished"
        last_progress = time.monotonic()
        while not patiently(lambda: finish_round(client, described), "checking the round"):
            if stop.is_set() or (deadline is not None and time.monotonic() >= deadline):
                status, reason = INTERRUPTED, "shutdown" if stop.is_set() else "run timeout"
                logger.warning("cluster round %s stopped (%s); what the workers still hand over within %.0f s is "
                               "stored", writer.round_id, reason, grace)
                # The busy set stays while the writer waits: the workers still crawling keep their
                # entries fresh (no new one joins a closed round), and it goes once they are done.
                patiently(lambda: close_round(client, described, keep_busy=True), "closing the round")
                _write_until_idle(writer, client, described, grace)
                patiently(lambda: client.delete(keys.busy_key(described["id"])), "closing the round")
                break
            writer.step(gather=GATHER_SECONDS)
            if time.monotonic() - last_progress >= 1.0:
                _record_progress(db, runs, writer.tallies)
                last_progress = time.monotonic()
        writer.drain()
        logger.info("cluster round %s ended (%s): %d articles written", writer.round_id, reason, writer.stored)
        return status, reason, dict(writer.tallies)
    except (RedisUnavailable, redis.RedisError) as exc:
        reason = str(exc) if isinstance(exc, RedisUnavailable) else f"Redis unreachable: {exc}"
        logger.error("cluster round %s failed: %s", writer.round_id, reason)
        return FAILED, reason, dict(writer.tallies)
    finally:
        client.close()


def _write_until_idle(writer: Writer, client: redis.Redis, described: dict, grace: float) -> None:
    """After a stop: keep writing while workers are still busy on the round, at most `grace` seconds."""
    end = time.monotonic() + grace
    busy = keys.busy_key(described["id"])
    while time.monotonic() < end:
        if not writer.step(timeout=0.2) and not client.zcount(busy, float(client.time()[0]), "+inf"):
            break


def _record_progress(db, runs: dict[str, int], tallies: dict[str, SourceTally]) -> None:
    for name, run_id in runs.items():
        if name in tallies:
            record_progress(db, run_id, **tallies[name].counts())


def cluster_status(client: redis.Redis) -> dict:
    """What `pactwatch status` shows of a cluster: the workers seen in the last minute (state, round,
    requests in flight, seconds since their last heartbeat), the open round's queued requests per
    source, and the messages waiting for the writer."""
    now = float(client.time()[0])
    names = [name.decode() for name in client.zrangebyscore(keys.WORKERS, now - 60, "+inf")]
    workers = []
    for name in names:
        raw = client.get(keys.worker_key(name))
        beat = json.loads(raw) if raw else {"name": name, "state": "gone"}
        in_flight = client.hgetall(keys.in_flight_key(name))
        beat["in_flight"] = sum(int(value) for value in in_flight.values())
        beat["last_seen_seconds"] = round(max(0.0, now - float(client.zscore(keys.WORKERS, name) or now)), 1)
        beat["alive"] = raw is not None and beat["last_seen_seconds"] < BEAT_STALE_SECONDS
        workers.append(beat)
    raw_round = client.get(keys.ROUND)
    described = json.loads(raw_round) if raw_round else None
    queued = ({source: client.zcard(keys.requests_key(described["id"], source)) for source in described["sources"]}
              if described else {})
    return {"workers": workers, "round": described["id"] if described else None, "queued": queued,
            "waiting_for_writer": client.llen(keys.ITEMS) + client.llen(keys.PROCESSING)}
