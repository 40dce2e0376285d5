"""`pactwatch export [events|articles] --format csv|json|jsonl`: the data, for other tools."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from monitor.classify.model import EVENT_KINDS
from monitor.commands.options import country_option
from monitor.output.export import FORMATS, TABLES, write_records
from monitor.output.files import OutputFileError, replaced_file
from storage import queries


@click.command()
@click.argument("table", type=click.Choice(TABLES), default="events")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="json", show_default=True,
              help="CSV (one flat row each), a JSON array, or JSON Lines (one object per line).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Events dated (else first reported; events with neither are left out), or articles "
                   "published (else fetched), on or after this date.")
@click.option("--kind", type=click.Choice(EVENT_KINDS),
              help="Only events of this kind; for articles, only those reporting such an event.")
@country_option("Only events involving this state (ISO alpha-2 code or English name); events only.")
@click.option("--all", "include_multilateral", is_flag=True, help="Include multilateral events; events only.")
@click.option("--out", "out_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file (replaced only once the export is complete) instead of stdout.")
@click.pass_obj
def export(app, table, fmt, since, kind, country, include_multilateral, out_path):
    """Export TABLE (events, the default, or articles) as CSV, JSON or JSON Lines.

    Events carry their parties and source articles ({id, url, title, source, published_at});
    articles carry their full text, whether they were flagged and the ids of the events they report.
    """
    if table == "articles" and (country or include_multilateral):
        raise click.UsageError("--country and --all apply to events only")
    db = app.open_db(existing=True)
    since_day = since.date().isoformat() if since else None
    if table == "events":
        records = queries.events(db, since=since_day, kind=kind, country=country,
                                 bilateral_only=not include_multilateral, newest="day")
    else:
        records = queries.articles(db, since=since_day, kind=kind)
    if out_path is None:
        write_records(records, sys.stdout, table=table, fmt=fmt)
        return
    count = _write_file(out_path, records, table=table, fmt=fmt)
    click.echo(f"{count} {table} written to {out_path}", err=True)


def _write_file(path: Path, records, *, table: str, fmt: str) -> int:
    """Write the whole export or nothing (see monitor.output.files); a failure is one line, exit 1."""
    try:
        with replaced_file(path) as out:
            return write_records(records, out, table=table, fmt=fmt)
    except OutputFileError as exc:
        raise click.ClickException(str(exc)) from None
