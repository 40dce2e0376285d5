"""`pactwatch crawl NAME... | --all`."""

from __future__ import annotations

from contextlib import ExitStack
from pathlib import Path

import click

from monitor.output.tables import format_table
from monitor.runs.crawl_log import crawl_log
from monitor.runs.crawling import CrawlOutcome
from monitor.runs.live import crawl_with_progress, shows_live_table


@click.command()
@click.argument("names", nargs=-1)
@click.option("--all", "crawl_all", is_flag=True, help="Crawl every enabled source.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip articles published before this date.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Request at most this many pages per source.")
@click.option("-q", "--quiet", is_flag=True, help="Log only the crawler's warnings.")
@click.option("--log-file", type=click.Path(dir_okay=False, path_type=Path),
              help="Without a terminal, append the crawler's log to this file (default: DATABASE.crawl.log"
                   " beside the database, replaced at each crawl; its path is printed).")
@click.pass_obj
def crawl(app, names, crawl_all, since, max_pages, quiet, log_file):
    """Crawl sources now (one in a `scrapy crawl` process, several in one round) and print what each did.

    One source: same as `scrapy crawl NAME`. Several: one round, every source at once on one
    reactor (`python -m crawlers.round`), split among [schedule] max_parallel processes. In a
    terminal a live table shows each source's requests, new and known articles, errors and time
    as it runs, with the crawler's warnings above it. Otherwise (a pipe, a file) the crawler's log
    goes to a file, one line per source goes to stderr when the crawls end, then the log's path,
    and the summary to stdout; with `pactwatch --verbose crawl` the log goes to stderr instead.
    Exit code 1 when any crawl failed.
    """
    config = app.config
    if crawl_all == bool(names):
        raise click.UsageError("name one or more sources, or give --all")
    chosen = [s.name for s in config.enabled_sources] if crawl_all else list(names)
    for name in chosen:
        try:
            config.source(name)
        except Exception as exc:
            raise click.BadParameter(str(exc), param_hint="NAMES") from None
    with ExitStack() as stack:
        log = path = None
        if not app.verbose and not shows_live_table():
            try:
                log, path = stack.enter_context(crawl_log(config.storage_path, log_file))
            except OSError as exc:
                raise click.ClickException(f"cannot write the log file {log_file}: {exc.strerror}") from None
        outcomes, shown_live = crawl_with_progress(config, chosen, since=since.date() if since else None,
                                                   max_pages=max_pages, quiet=quiet, log_file=log)
        if path is not None:
            click.echo(f"crawler log: {path}", err=True)
    if not shown_live:
        click.echo(summary_table(outcomes))
    if not all(outcome.ok for outcome in outcomes):
        raise SystemExit(1)


def summary_table(outcomes: list[CrawlOutcome]) -> str:
    rows = []
    for outcome in outcomes:
        run = outcome.run or {}
        rows.append((outcome.source, run.get("status", f"exit {outcome.returncode}"), run.get("requests"),
                     run.get("articles_new"), run.get("articles_seen"), run.get("errors")))
    return format_table(("source", "status", "requests", "new", "known", "errors"), rows)
