"""`pactwatch status`: per source, the last run and its outcome, and the next scheduled run."""

from __future__ import annotations

import json

import click

from monitor.output.tables import echo_table
from monitor.scheduler.source_report import source_rows
from storage.alerts import pending_count


@click.command()
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object: sources and pending alerts.")
@click.pass_obj
def status(app, as_json):
    """Show each source's last crawl (outcome and counts) and next scheduled crawl, and pending alerts."""
    db = app.open_db()
    rows = source_rows(app.config, db)
    pending = pending_count(db)
    if as_json:
        click.echo(json.dumps({"sources": rows, "pending_alerts": pending}, ensure_ascii=False, indent=2))
        return
    echo_table(("source", "last run", "status", "new", "known", "errors", "next run"),
               [(r["name"], r["last_run"], r["status"], r["new"], r["known"], r["errors"],
                 r["next_run"] or "disabled") for r in rows])
    click.echo(f"\npending alerts: {pending}")
