"""`pactwatch sources`: the configured sources with their last run, and every other source that
holds articles."""

from __future__ import annotations

import json

import click

from monitor.commands.options import wide_option
from monitor.output.tables import Column, echo_table, short_time
from monitor.scheduler.source_report import source_rows, unconfigured_rows

COLUMNS = (Column("name", text=True), Column("kind"), Column("country"), Column("enabled"),
           Column("articles", right=True), Column("last run (UTC)"), Column("status"))
OTHER_COLUMNS = (Column("name", text=True), Column("articles", right=True), Column("last run (UTC)"),
                 Column("status"))


@click.command()
@wide_option
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON array (a source that is not in the config has "configured": false).')
@click.pass_obj
def sources(app, wide, as_json):
    """List configured sources, their article counts and their last crawl, then the sources that
    hold articles but are not in the config (another config's, or named by `ingest`)."""
    db = app.open_db(existing=True)
    rows, others = source_rows(app.config, db), unconfigured_rows(app.config, db)
    if as_json:
        click.echo(json.dumps(rows + others, ensure_ascii=False, indent=2))
        return
    echo_table(COLUMNS, [(r["name"], r["kind"], r["country"], "yes" if r["enabled"] else "no", r["articles"],
                          short_time(r["last_run"]), r["status"]) for r in rows], wide=wide)
    if others:
        click.echo("\nNot in the config, holding articles:")
        echo_table(OTHER_COLUMNS, [(r["name"], r["articles"], short_time(r["last_run"]), r["status"]) for r in others],
                   wide=wide)
