"""`pactwatch review ...`: record what a person decided about an event (monitor.analysis.review)."""

from __future__ import annotations

import getpass

import click

from monitor.alerts.reviewed import after_review
from monitor.analysis.review import ReviewError, parse_changes, record, resolve
from monitor.classify.model import EVENT_KINDS
from monitor.output.json_output import json_array
from monitor.output.tables import echo_table
from storage.reviews import reviews


def by_default() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment nor the password database
        return "unknown"


def decision_options(command):
    """--note and --by, shared by every decision."""
    command = click.option("--by", default=by_default, show_default="your user name",
                           help="Who decided (recorded with the decision).")(command)
    return click.option("--note", help="Why: kept with the decision.")(command)


@click.group()
def review():
    """Record review decisions about events: stored apart from the classifier's verdicts and applied on
    top of them, so they hold over `reclassify` and new classifier versions. A rejected event is never
    alerted and leaves the feed, the report, the exports and the canned queries."""


def _decide(app, action: str, event_id: int, **options) -> None:
    db = app.open_db()
    try:
        review_id = record(db, action, event_id, **options)
    except ReviewError as exc:
        raise click.UsageError(str(exc)) from None
    changed = after_review(db, app.config.alerts, event_id, action)
    if action == "merge":
        changed += after_review(db, app.config.alerts, options["other_event_id"], action)
    done = {"confirm": "confirmed", "reject": "rejected", "correct": "corrected", "merge": "merged",
            "move": "moved"}[action]
    what = f"article {options['article_id']} moved out of event {event_id}" if action == "move" else \
        f"event {options['other_event_id']} merged into event {event_id}" if action == "merge" else \
        f"event {event_id} {done}"
    click.echo(f"review {review_id}: {what}" + (f"; {changed} alert(s) updated" if changed else ""))


def _verdict(action: str, doc: str) -> None:
    """Add `review confirm` or `review reject`: a verdict on the event as a whole."""
    @click.argument("event_id", metavar="ID", type=int)
    @decision_options
    @click.pass_obj
    def command(app, event_id, note, by):
        _decide(app, action, event_id, note=note, by=by)
    command.__doc__ = doc
    review.command(name=action)(command)


_verdict("confirm", "The event is right as the classifier read it.")
_verdict("reject", "The event is not a bilateral defence-cooperation act: it never alerts and leaves every listing.")


@review.command()
@click.argument("event_id", metavar="ID", type=int)
@click.option("--kind", type=click.Choice(EVENT_KINDS), help="The right kind.")
@click.option("--parties", metavar="CC,CC", help="The right states (ISO codes), e.g. AZ,GE.")
@click.option("--plan-year", metavar="YEAR", help="The year the plan is for, or 'none'.")
@click.option("--date", "day", metavar="YYYY-MM-DD", help="The day of the event, or 'none'.")
@decision_options
@click.pass_obj
def correct(app, event_id, kind, parties, plan_year, day, note, by):
    """Correct the event's kind, parties, plan year or date (what is not given stays as read)."""
    try:
        changes = parse_changes(kind=kind, parties=parties, plan_year=plan_year, day=day)
    except ReviewError as exc:
        raise click.UsageError(str(exc)) from None
    _decide(app, "correct", event_id, note=note, by=by, changes=changes)


@review.command()
@click.argument("event_id", metavar="ID", type=int)
@click.argument("other_id", metavar="OTHER_ID", type=int)
@decision_options
@click.pass_obj
def merge(app, event_id, other_id, note, by):
    """OTHER_ID is the same event as ID: its reports become ID's."""
    _decide(app, "merge", event_id, note=note, by=by, other_event_id=other_id)


@review.command()
@click.argument("article_id", metavar="ARTICLE_ID", type=int)
@click.option("--out-of", "event_id", required=True, type=int, metavar="ID", help="The event it does not report.")
@decision_options
@click.pass_obj
def move(app, article_id, event_id, note, by):
    """The article does not report event ID: it becomes an event of its own (reject that one if it is none)."""
    _decide(app, "move", event_id, note=note, by=by, article_id=article_id)


@review.command(name="list")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def list_reviews(app, as_json):
    """Every decision, oldest first: `event` is the event's id when it was taken, `now` the event it
    names today (a re-merge may have given it a new id; blank when none of its articles reports one)."""
    db = app.open_db()
    rows = [dict(row, event_now=resolve(db, row["articles"], row["parties"], row["kind"])) for row in reviews(db)]
    if as_json:
        click.echo(json_array(rows))
        return
    echo_table(["id", "action", "event", "now", "detail", "by", "at", "note"],
               [[row["id"], row["action"], row["event_id"], row["event_now"], _detail(row), row["by"], row["at"],
                 row["note"] or ""] for row in rows])


def _detail(row: dict) -> str:
    if row["action"] == "merge":
        return f"merged in event {row['other_event_id']}"
    if row["action"] == "move":
        return f"article {row['article_id']} out"
    if row["action"] == "correct":
        return ", ".join(f"{name}={'none' if value is None else ','.join(value) if isinstance(value, list) else value}"
                         for name, value in row["changes"].items())
    return ""
