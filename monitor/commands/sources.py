"""`pactwatch sources`: the configured sources with their last run."""

from __future__ import annotations

import json

import click

from monitor.output.tables import format_table
from monitor.scheduler.source_report import source_rows


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
@click.pass_obj
def sources(app, as_json):
    """List configured sources, their article counts and their last crawl."""
    rows = source_rows(app.config, app.open_db())
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(format_table(
        ("name", "kind", "country", "enabled", "articles", "last run", "status", "new", "errors"),
        [(r["name"], r["kind"], r["country"], "yes" if r["enabled"] else "no", r["articles"], r["last_run"],
          r["status"], r["new"], r["errors"]) for r in rows]))
