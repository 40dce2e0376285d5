"""`pactwatch events`: the deduplicated events, newest first, or one pair of states' history."""

from __future__ import annotations

from datetime import date

import click

from monitor.analysis.eventday import stated_day
from monitor.analysis.pairs import PairHistory, pair_history
from monitor.classify.model import EVENT_KINDS
from monitor.commands.options import PAIR, country_option, wide_option
from monitor.config.countries import english_name
from monitor.output.json_output import json_array
from monitor.output.tables import Column, echo_table, echo_text
from storage.events import list_events

NOT_REPORTED = "—"
COLUMNS = (Column("id", right=True), Column("date"), Column("kind"), Column("states"), Column("plan", right=True),
           Column("src", right=True), Column("first report", text=True))


@click.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]),
              help="Only events dated (else first reported; events with neither are left out) on or after.")
@click.option("--kind", type=click.Choice(EVENT_KINDS), help="Only events of this kind.")
@country_option()
@click.option("--pair", type=PAIR, metavar="STATE-STATE",
              help="The history of two states (AZ-KZ, or Azerbaijan,Kazakhstan): all their events, oldest first,"
                   " and their plans by year.")
@click.option("--all", "include_multilateral", is_flag=True, help="Include multilateral events.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many, newest first (default: all).")
@wide_option
@click.option("--json", "as_json", is_flag=True,
              help='Print a JSON array of {"id", "kind", "parties", "plan_year", "date", "first_seen", "articles"}.')
@click.pass_obj
def events(app, since, kind, country, pair, include_multilateral, limit, wide, as_json):
    """List events: one per real-world signing, ratification, meeting or exercise, with every source.

    An event's date is the day its reports say it happened; an event none of them dates shows
    "—" (never the day pactwatch found it), its first report's title and sources beside it.
    """
    if pair and (country or include_multilateral):
        raise click.UsageError("--pair lists two states' events: it takes neither --country nor --all")
    db = app.open_db(existing=True)
    since_day = since.date().isoformat() if since else None
    history = None
    if pair:
        history = pair_events(db, pair, since=since_day, kind=kind)
        rows = list(reversed(history.events))[-limit:] if limit else list(reversed(history.events))
    else:
        rows = list_events(db, since=since_day, kind=kind, country=country, bilateral_only=not include_multilateral,
                           limit=limit)
    if as_json:
        click.echo(json_array([_record(e) for e in rows]))
        return
    if pair:
        click.echo(f"{english_name(pair[0])} – {english_name(pair[1])}: {len(rows)} events")
    echo_table(COLUMNS, [(e["id"], e["date"] or NOT_REPORTED, e["kind"], "–".join(e["parties"]), e["plan_year"],
                          len(e["articles"]), e["articles"][0]["title"] if e["articles"] else "") for e in rows],
               wide=wide)
    if history:
        echo_text(plans_by_year(history))
        if history.expected:
            echo_text(history.expected.describe())


def _record(event: dict) -> dict:
    return {"id": event["id"], "kind": event["kind"], "parties": event["parties"], "plan_year": event["plan_year"],
            "date": event["date"], "first_seen": event["first_seen"],
            "articles": [{"url": a["url"], "title": a["title"], "source": a["source"],
                          "published_at": a["published_at"]} for a in event["articles"]]}


def pair_events(db, pair: tuple[str, str], *, since=None, kind=None) -> PairHistory:
    """The history of exactly these two states (monitor.analysis.pairs, as the pair page shows it):
    their events, their plans by year and the plan expected next."""
    rows = list_events(db, since=since, kind=kind, country=pair[0])
    return pair_history(pair, rows, date.today())


def plans_by_year(history: PairHistory) -> str:
    """'plans by year: 2021 (signed 2020-12-10), 2022 (date not reported), ...', or that none is known."""
    if not history.plans:
        return "plans by year: none reported"
    described = []
    for year, plans in history.plans.items():
        days = sorted(filter(None, (stated_day(event) for event in plans)))
        described.append(f"{year} (signed {days[0]})" if days else f"{year} (date not reported)")
    return "plans by year: " + ", ".join(described)
