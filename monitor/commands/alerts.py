"""`pactwatch alerts`: the outbox, and retrying or testing the channels by hand."""

from __future__ import annotations

import json

import click

from monitor.output.tables import format_table


@click.group(invoke_without_command=True)
@click.option("--pending", is_flag=True, help="Only alerts not delivered yet.")
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array of outbox rows.")
@click.pass_context
def alerts(ctx: click.Context, pending: bool, as_json: bool) -> None:
    """List the alert outbox: one row per event (or health message) and channel, with its delivery state."""
    if ctx.invoked_subcommand is not None:
        return
    from storage.alerts import list_outbox

    rows = list_outbox(ctx.obj.open_db(existing=True), pending_only=pending)
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    click.echo(format_table(
        ("id", "channel", "about", "status", "attempts", "created", "next attempt", "sent", "last error"),
        [(row["idempotency_key"], row["channel"], _about(row), row["status"], row["attempts"], row["created_at"],
          row["next_attempt_at"], row["sent_at"], row["last_error"]) for row in rows]))


@alerts.command()
@click.option("--failed", "include_failed", is_flag=True,
              help="Also retry alerts that failed permanently (after fixing the cause).")
@click.pass_obj
def retry(app, include_failed: bool) -> None:
    """Deliver every pending alert now, ignoring the backoff; exit 1 if any is still undelivered."""
    from monitor.alerts.outbox import dispatch
    from storage.alerts import requeue_failed

    app.require_secrets()
    db = app.open_db()
    if include_failed:
        click.echo(f"{requeue_failed(db)} failed alert(s) queued again")
    report = dispatch(db, app.config.alerts, ignore_backoff=True)
    click.echo(report.summary())
    if not report.ok:
        raise SystemExit(1)


@alerts.command("test")
@click.argument("channel", type=click.Choice(["email", "webhook", "apprise"]))
@click.pass_obj
def test_channel(app, channel: str) -> None:
    """Send a test message on CHANNEL (email, webhook or apprise), outside the outbox."""
    from monitor.alerts.delivery import DeliveryError
    from monitor.alerts.outbox import send_test

    if channel in app.config.alerts.channels:
        app.require_secrets((channel,))
    try:
        key = send_test(app.config.alerts, channel)
    except DeliveryError as exc:
        raise click.ClickException(f"{channel}: {exc}") from None
    click.echo(f"{channel}: test message {key} accepted")


def _about(row: dict) -> str:
    if row["kind"] == "health":
        return f"{row['source']} {row['state']}"
    parties = "–".join(row["parties"]) if row["parties"] else "?"
    return f"{row['event_kind'] or 'event'} {parties}" + (f" {row['plan_year']}" if row["plan_year"] else "")
