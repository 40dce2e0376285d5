"""`pactwatch alerts`: list the outbox, retry now, send a test message."""

import json
from types import SimpleNamespace

from click.testing import CliRunner

from monitor.alerts.outbox import dispatch, enqueue_health, enqueue_new_events
from monitor.cli import AppContext
from monitor.commands.alerts import alerts
from monitor.config.alerts import AlertSettings
from tests.monitor.alerts.conftest import NOW


def invoke(db_path, settings, *args):
    app = AppContext()
    app._config = SimpleNamespace(alerts=settings, storage_path=db_path, path=None)
    return CliRunner().invoke(alerts, list(args), obj=app, catch_exceptions=False)


def test_the_outbox_is_listed_as_a_table_and_as_json(db, db_path, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    sent = add_event(parties=("AZ", "KZ"))
    waiting = add_event(parties=("AZ", "GE"))
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.extend([(200, {}), (503, {})])
    dispatch(db, settings, now=NOW)
    enqueue_health(db, settings, source="mod_gov_az", status="failing", message="broken", key="k1", now=NOW)

    table = invoke(db_path, settings)
    assert table.exit_code == 0
    assert "plan_signed AZ–KZ 2024" in table.output and "mod_gov_az failing" in table.output
    assert "HTTP 503" in table.output

    rows = json.loads(invoke(db_path, settings, "--json").output)
    assert {(r["idempotency_key"], r["status"]) for r in rows} == {
        (f"{sent}:webhook", "sent"), (f"{waiting}:webhook", "pending"), ("health:k1:webhook", "pending")}

    pending = json.loads(invoke(db_path, settings, "--pending", "--json").output)
    assert sorted(r["idempotency_key"] for r in pending) == sorted([f"{waiting}:webhook", "health:k1:webhook"])


def test_retry_sends_now_despite_the_backoff(db, db_path, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.append((503, {}))
    dispatch(db, settings)

    result = invoke(db_path, settings, "retry")

    assert result.exit_code == 0 and "1 sent, 0 to retry, 0 failed" in result.output
    assert len(webhook_receiver.accepted) == 1


def test_retry_exits_1_when_alerts_stay_undelivered_and_can_requeue_failed_ones(db, db_path, add_event,
                                                                              webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.extend([(410, {}), (410, {})])

    failing = invoke(db_path, settings, "retry")
    assert failing.exit_code == 1 and "HTTP 410" in failing.output
    assert invoke(db_path, settings, "retry").output.startswith("0 sent")

    again = invoke(db_path, settings, "retry", "--failed")
    assert again.exit_code == 1 and "1 failed alert(s) queued again" in again.output
    assert invoke(db_path, settings, "retry", "--failed").exit_code == 0
    assert len(webhook_receiver.accepted) == 1


def test_test_sends_a_message_on_the_channel(db_path, webhook_receiver):
    result = invoke(db_path, AlertSettings(webhook=webhook_receiver.settings()), "test", "webhook")

    assert result.exit_code == 0 and "accepted" in result.output
    [request] = webhook_receiver.requests
    assert request["json"]["type"] == "test" and request["json"]["version"] == 1
    assert request["headers"]["Idempotency-Key"].endswith(":webhook")


def test_test_on_an_unconfigured_or_failing_channel_is_an_error(db_path, webhook_receiver):
    missing = invoke(db_path, AlertSettings(), "test", "email")
    assert missing.exit_code == 1 and "no [alerts.email] channel is configured" in missing.output

    webhook_receiver.answers.append((500, {}))
    failing = invoke(db_path, AlertSettings(webhook=webhook_receiver.settings()), "test", "webhook")
    assert failing.exit_code == 1 and "HTTP 500" in failing.output
