"""`pactwatch events`: the deduplicated events, newest first."""

from __future__ import annotations

import click

from monitor.classify.model import EVENT_KINDS
from monitor.output.json_output import json_array
from monitor.output.tables import echo_table
from storage.events import list_events


@click.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only events dated (or first seen) on or after.")
@click.option("--kind", type=click.Choice(EVENT_KINDS), help="Only events of this kind.")
@click.option("--country", metavar="CC", help="Only events involving this state (ISO alpha-2).")
@click.option("--all", "include_multilateral", is_flag=True, help="Include multilateral events.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many, newest first (default: all).")
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON array of {"id", "kind", "parties", "plan_year", "date", "first_seen", "articles"}.')
@click.pass_obj
def events(app, since, kind, country, include_multilateral, limit, as_json):
    """List events: one per real-world signing, ratification, meeting or exercise, with every source."""
    rows = list_events(app.open_db(), since=since.date().isoformat() if since else None, kind=kind,
                       country=country, bilateral_only=not include_multilateral, limit=limit)
    if as_json:
        payload = [{"id": e["id"], "kind": e["kind"], "parties": e["parties"], "plan_year": e["plan_year"],
                    "date": e["date"], "first_seen": e["first_seen"],
                    "articles": [{"url": a["url"], "title": a["title"], "source": a["source"]} for a in e["articles"]]}
                   for e in rows]
        click.echo(json_array(payload))
        return
    echo_table(
        ("id", "kind", "parties", "plan year", "date", "sources", "first source"),
        [(e["id"], e["kind"], "–".join(e["parties"]), e["plan_year"], e["date"], len(e["articles"]),
          e["articles"][0]["title"] if e["articles"] else "") for e in rows])
