"""`pactwatch worker`: crawl the rounds a cluster's writer opens in Redis, until stopped."""

from __future__ import annotations

import logging
import threading

import click

from crawlers.cluster.connection import RedisUnavailable
from monitor.runs.cluster_worker import Worker


@click.command()
@click.option("--name", help="How `pactwatch status` names this worker (default: HOST:PID).")
@click.option("--log-file", type=click.Path(dir_okay=False, writable=True),
              help="Append the worker's and its crawls' logs to this file instead of stderr.")
@click.option("-q", "--quiet", is_flag=True, help="Log only the crawls' warnings.")
@click.pass_obj
def worker(app, name, log_file, quiet):
    """Crawl on a cluster ([cluster] redis_url): wait for each round the writer (`pactwatch run`, or
    `crawl`) opens, run the sources' spiders on the round's shared Redis queues (discovery, fetch,
    extraction, classification), and hand every article to the writer. Never opens the database.
    Start as many as you like, on any machine with the same config that reaches Redis. SIGTERM or
    SIGINT stops it cleanly (what was extracted is handed over); exit 1 when Redis stays unreachable.
    """
    config = app.config
    if not config.cluster.redis_url:
        raise click.UsageError("set [cluster] redis_url in the config: a worker takes its rounds from Redis")
    stream = open(log_file, "a", encoding="utf-8", buffering=1) if log_file else None
    handler = logging.StreamHandler(stream) if stream else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().handlers[:] = [handler]
    logging.getLogger().setLevel(logging.INFO)
    stop = threading.Event()
    try:
        with app.stop.forwarded_to(stop.set):
            Worker(config, name=name, log_file=stream, log_level="WARNING" if quiet else "INFO", stop=stop,
                   grace=config.schedule.grace_seconds).run()
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        if stream:
            stream.close()
