"""One worker's share of a cluster round: the round's sources crawled on the shared Redis scheduler.

`python -m crawlers.cluster.worker_round ROUND_ID` (started by `pactwatch worker`,
monitor/runs/cluster_worker.py) runs a round as crawlers/round.py does (every source's spider at once
on one reactor, each at its own politeness and time limit), with three differences: requests come
from and go to the round's queues in Redis (scrapy-redis's Scheduler and RFPDupeFilter, one queue and
filter per source and round, kept when the spider closes: the writer deletes them with the round);
the database is never opened (ClusterRecorder stands in for it, HandOverPipeline replaces storing;
no source lock: the writer holds the sources' locks for the round); and every request waits for the
site's shared politeness gate (crawlers/cluster/politeness.py). A spider closes when the round's
queue of its source is empty; its worker joins again while the round is open and has requests.

With --standby (how `pactwatch worker` starts it, before any round opens) the process does what costs
the same for every round first: importing Scrapy, trafilatura and the classifier, compiling the
lexicons, loading dateparser's locales (about 4 s of CPU, 200 MB); then it waits for a round id on its
standard input (end of input: it exits). A round therefore starts crawling as soon as it opens, where
each worker paid that start inside the round, one core-second per second of which was not crawling.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import warnings
from typing import Optional

from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from crawlers.cluster import keys
from crawlers.cluster.connection import PASSWORD_ENV_SETTING, RETRIED, connect, crawl_retry, patiently
from crawlers.loader import MIN_DOWNLOAD_DELAY
from crawlers.page_dates import load_every_language
from crawlers.round import crawl_round, exit_now
from monitor.classify import warm_up

EXTENSIONS_OFF = ("crawlers.source_lock.SourceLockHolder", "crawlers.extensions.CrawlRunRecorder")
RECORDER = "crawlers.cluster.recorder.ClusterRecorder"
PIPELINE = "crawlers.cluster.pipeline.HandOverPipeline"
GATE = "crawlers.cluster.politeness.SharedPoliteness"
# Last before the download, after robots.txt (RobotsTxtMiddleware holds a request while it fetches the
# site's robots.txt, itself through the gate: a lease taken before that wait blocked the robots.txt
# request and lapsed, and the site then saw three requests at once where two were allowed) and the
# first to see the response or the failure (a retry or a redirect is a new request, with a new lease).
GATE_ORDER = 950


def worker_settings(settings: Settings, redis_url: str, round_id: str) -> dict:
    """The settings that turn a round process into a worker of `round_id` (given at cmdline priority)."""
    extensions = {name: order for name, order in settings.getdict("EXTENSIONS").items() if name not in EXTENSIONS_OFF}
    pipelines = {name: order for name, order in settings.getdict("ITEM_PIPELINES").items()
                 if not name.endswith(".StorePipeline")}
    return {
        keys.ROUND_SETTING: round_id,
        keys.REDIS_URL_SETTING: redis_url,
        "SCHEDULER": "scrapy_redis.scheduler.Scheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_KEY": keys.requests_key(round_id, "%(spider)s"),
        "SCHEDULER_DUPEFILTER_KEY": keys.dupefilter_key(round_id, "%(spider)s"),
        "EXTENSIONS": {**extensions, RECORDER: 500},
        "ITEM_PIPELINES": {**pipelines, PIPELINE: 800},
        "DOWNLOADER_MIDDLEWARES": {**settings.getdict("DOWNLOADER_MIDDLEWARES"), GATE: GATE_ORDER},
        # The shared gate keeps each source's delay (politeness.py); a local one would wait after it.
        "DOWNLOAD_DELAY": MIN_DOWNLOAD_DELAY,
        "AUTOTHROTTLE_ENABLED": False,
    }


def spider_arguments(described: dict) -> dict[str, str]:
    return {name: str(value) for name, value in (described.get("arguments") or {}).items() if value}


def standby() -> str:
    """Pay what every round pays alike, then wait for the round's id on standard input ('' at its end)."""
    warm_up()
    load_every_language()
    return sys.stdin.readline().strip()


def main(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawlers.cluster.worker_round",
                                     description="Crawl one cluster round's sources on its Redis scheduler.")
    parser.add_argument("round_id", nargs="?", help="the round (with --standby: read from standard input)")
    parser.add_argument("--standby", action="store_true",
                        help="get ready for a round first, then read its id from standard input")
    parser.add_argument("--redis-url", required=True)
    parser.add_argument("--worker", default="", help="the worker's name (its in-flight count in Redis)")
    parser.add_argument("--password-env", default="", help="the variable holding the Redis password")
    parser.add_argument("-s", dest="settings", action="append", default=[], metavar="NAME=VALUE")
    options = parser.parse_args(argv)
    if options.standby:
        options.round_id = standby()
        if not options.round_id:
            return 0
    elif not options.round_id:
        parser.error("a round id is needed (or --standby)")
    # scrapy-redis 0.9.1 calls two Scrapy APIs that Scrapy 2.19 deprecates; said once here, not per request.
    warnings.filterwarnings("ignore", category=ScrapyDeprecationWarning, module="scrapy_redis")
    client = connect(options.redis_url, options.password_env)
    raw = patiently(lambda: client.get(keys.ROUND), "reading the round")
    described = json.loads(raw) if raw else None
    if not described or described["id"] != options.round_id:
        print(f"round {options.round_id} is no longer open", file=sys.stderr)
        return 0
    settings = get_project_settings()
    settings.setdict(dict(value.split("=", 1) for value in options.settings), priority="cmdline")
    settings.setdict(worker_settings(settings, options.redis_url, options.round_id), priority="cmdline")
    settings.set(PASSWORD_ENV_SETTING, options.password_env, priority="cmdline")
    settings.set(keys.WORKER_SETTING, options.worker, priority="cmdline")
    # scrapy-redis's own client (the scheduler's, the duplicate filter's) takes the password this way.
    settings.set("REDIS_PARAMS", {"password": os.environ.get(options.password_env) if options.password_env else None,
                                  "retry": crawl_retry(), "retry_on_error": RETRIED}, priority="cmdline")
    errors = crawl_round(described["sources"], settings=settings, spider_kwargs=spider_arguments(described))
    return 1 if any(errors.values()) else 0



if __name__ == "__main__":
    exit_now(main())
