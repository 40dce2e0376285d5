"""`pactwatch articles`: stored articles, newest first."""

from __future__ import annotations

import click

from monitor.output.json_output import json_array
from monitor.output.tables import format_table
from storage.articles import list_articles


@click.command()
@click.option("--source", help="Only articles of this source.")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published on or after this date.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many (default: all).")
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON array of {"id", "url", "source", "title", "published_at", "lang", "fetched_at"}.')
@click.pass_obj
def articles(app, source, since, limit, as_json):
    """List stored articles, newest first."""
    db = app.open_db()
    rows = list_articles(db, source=source, since=since.date().isoformat() if since else None, limit=limit)
    if as_json:
        click.echo(json_array(rows))
        return
    click.echo(format_table(("id", "published", "source", "lang", "title"),
                            [(r["id"], (r["published_at"] or "")[:16], r["source"], r["lang"], r["title"])
                             for r in rows]))
