"""`pactwatch status`: per source, the last run and its outcome, and the next scheduled run."""

from __future__ import annotations

import json

import click

from monitor.commands.options import wide_option
from monitor.output.tables import Column, echo_table, short_time
from monitor.scheduler.source_report import source_rows
from storage.alerts import pending_count

COLUMNS = (Column("source", text=True), Column("last run (UTC)"), Column("status"), Column("new", right=True),
           Column("known", right=True), Column("errors", right=True), Column("next run (UTC)"))


@click.command()
@wide_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object: sources and pending alerts.")
@click.pass_obj
def status(app, wide, as_json):
    """Show each source's last crawl (outcome and counts) and next scheduled crawl, and pending alerts."""
    db = app.open_db(existing=True)
    rows = source_rows(app.config, db)
    pending = pending_count(db)
    if as_json:
        click.echo(json.dumps({"sources": rows, "pending_alerts": pending}, ensure_ascii=False, indent=2))
        return
    echo_table(COLUMNS, [(r["name"], short_time(r["last_run"]), r["status"], r["new"], r["known"], r["errors"],
                          short_time(r["next_run"]) if r["next_run"] else "disabled") for r in rows], wide=wide)
    click.echo(f"\npending alerts: {pending}")
