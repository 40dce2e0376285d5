"""`pactwatch crawl NAME... | --all`."""

from __future__ import annotations

import click

from monitor.output.tables import format_table
from monitor.runs.crawling import CrawlOutcome
from monitor.runs.live import crawl_with_progress


@click.command()
@click.argument("names", nargs=-1)
@click.option("--all", "crawl_all", is_flag=True, help="Crawl every enabled source.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Skip articles published before this date.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Request at most this many pages per source.")
@click.option("-q", "--quiet", is_flag=True, help="Show only warnings from the crawler, then the summary.")
@click.pass_obj
def crawl(app, names, crawl_all, since, max_pages, quiet):
    """Crawl sources now (one in a `scrapy crawl` process, several in one round) and print what each did.

    One source: same as `scrapy crawl NAME`. Several: one round, every source at once on one
    reactor (`python -m crawlers.round`), split among [schedule] max_parallel processes. In a
    terminal a live table shows each source's requests, new and known articles, errors and time
    as it runs, with the crawler's warnings above it; otherwise the crawler's log goes to stderr
    with a progress line per source, and the summary to stdout. Exit code 1 when any crawl failed.
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
    outcomes, shown_live = crawl_with_progress(config, chosen, since=since.date() if since else None,
                                               max_pages=max_pages, quiet=quiet)
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
