"""`pactwatch run [--once]`: the daemon, or one pass over every source for cron users and tests."""

from __future__ import annotations

import logging

import click

from monitor.commands.crawl import summary_table
from monitor.scheduler.daemon import Daemon
from monitor.scheduler.steps import after_round_step


@click.command()
@click.option("--once", is_flag=True, help="Crawl every enabled source once (in one round), dispatch alerts, "
                                          "and exit (0 when every crawl ran, 1 when any failed).")
@click.option("--log-file", type=click.Path(dir_okay=False, writable=True),
              help="Append logs (the daemon's and the crawls') to this file instead of stderr.")
@click.pass_obj
def run(app, once, log_file):
    """Run the daemon in the foreground: crawl each source on its schedule, then send alerts.

    Schedules come from [schedule] (default: 02:00 every night) and per-source `schedule`.
    SIGTERM or SIGINT stops it cleanly at any moment, start-up included (running crawls get
    [schedule] grace_seconds to stop); with --once, crawls stopped that way count as failed.
    """
    config = app.config
    app.require_secrets()
    stream = open(log_file, "a", encoding="utf-8", buffering=1) if log_file else None
    _configure_logging(stream)
    daemon = Daemon(config, after_round=after_round_step, log_file=stream, stop=app.stop)
    try:
        if once:
            outcomes = daemon.run_once()
            click.echo(summary_table(outcomes))
            raise SystemExit(0 if all(o.ok for o in outcomes) else 1)
        daemon.run_forever()
    finally:
        if stream:
            stream.close()


def _configure_logging(stream) -> None:
    handler = logging.StreamHandler(stream) if stream else logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.INFO)
    logging.getLogger("apscheduler").setLevel(logging.WARNING)
