"""`pactwatch report --out report.html [--since DATE]`: the cooperation report as one HTML file."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.output.files import OutputFileError, replaced_file


@click.command()
@click.option("--out", "out_path", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="The HTML file to write (replaced only once the report is complete).")
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Only events on or after this day (their date, else their first report's publish date; "
                   "events with neither are left out, and counted).")
@click.pass_obj
def report(app, out_path, since):
    """Write a self-contained HTML report: a timeline of events by month and kind, a matrix of the
    pairs of states that cooperate most, and every event with links to its sources.

    The file embeds its charts and style, so it opens anywhere with no network.
    """
    from monitor.report.data import collect
    from monitor.report.render import render_report

    db_path = Path(app.config.storage_path)
    data = collect(app.open_db(existing=True), since=since.date() if since else None, base_url=app.config.web.base_url)
    html = render_report(data, database=db_path.name)
    try:
        with replaced_file(out_path) as out:
            out.write(html)
    except OutputFileError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"{len(data.events)} events, {len(data.pairs)} pairs of states: report written to "
               f"{out_path.resolve()}")
