"""`pactwatch articles`: stored articles, newest first."""

from __future__ import annotations

import click

from monitor.commands.options import wide_option
from monitor.output.json_output import json_array
from monitor.output.tables import Column, echo_table, short_time
from storage.articles import list_articles

COLUMNS = (Column("id", right=True), Column("published"), Column("source", text=True), Column("lang"),
           Column("title", text=True))


@click.command()
@click.option("--source", help="Only articles of this source.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after this date.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (default: all).")
@wide_option
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON array of {"id", "url", "source", "title", "published_at", "lang", "fetched_at"}.')
@click.pass_obj
def articles(app, source, since, limit, wide, as_json):
    """List stored articles, newest first (an article with no publish date shows none)."""
    db = app.open_db(existing=True)
    rows = list_articles(db, source=source, since=since.date().isoformat() if since else None, limit=limit)
    if as_json:
        click.echo(json_array(rows))
        return
    echo_table(COLUMNS, [(r["id"], short_time(r["published_at"]), r["source"], r["lang"], r["title"]) for r in rows],
               wide=wide)
