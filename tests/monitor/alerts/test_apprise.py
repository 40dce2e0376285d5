"""The Apprise channel against a real HTTP server (Apprise's json:// service posts to it)."""

import logging
from datetime import timedelta

import pytest

from monitor.alerts.outbox import dispatch, enqueue_new_events, send_test
from monitor.config import ConfigError
from monitor.config.alerts import AlertSettings, AppriseSettings, parse_alerts
from storage.alerts import list_outbox
from tests.monitor.alerts.conftest import NOW

ENV = "PACTWATCH_APPRISE_URLS"


@pytest.fixture
def apprise_settings(webhook_receiver, monkeypatch):
    monkeypatch.setenv(ENV, f"json://127.0.0.1:{webhook_receiver.port}/hooks/pactwatch")
    return AlertSettings(apprise=AppriseSettings(urls_env=ENV))


def test_each_new_event_is_one_notification_titled_with_its_headline(db, add_event, webhook_receiver,
                                                                     apprise_settings):
    add_event(title="Azerbaijan and Kazakhstan sign 2024 plan", url="https://mod.gov.az/en/news/1",
              evidence="signed the plan of military cooperation for 2024")

    assert enqueue_new_events(db, apprise_settings, now=NOW) == 1
    report = dispatch(db, apprise_settings, now=NOW)

    assert [o.status for o in report.outcomes] == ["sent"]
    [request] = webhook_receiver.requests
    assert request["json"]["title"] == "Plan signed: Azerbaijan – Kazakhstan (2024)"
    assert "https://mod.gov.az/en/news/1" in request["json"]["message"]
    assert "signed the plan of military cooperation for 2024" in request["json"]["message"]


def test_a_refused_notification_is_retried_later_and_delivered_once(db, add_event, webhook_receiver,
                                                                   apprise_settings):
    add_event()
    enqueue_new_events(db, apprise_settings, now=NOW)
    webhook_receiver.answers.append((503, {}))

    assert [o.status for o in dispatch(db, apprise_settings, now=NOW).outcomes] == ["retry"]
    assert [o.status for o in dispatch(db, apprise_settings, now=NOW + timedelta(hours=1)).outcomes] == ["sent"]
    assert dispatch(db, apprise_settings, now=NOW + timedelta(hours=2)).outcomes == []
    assert len(webhook_receiver.accepted) == 1


def test_the_urls_stay_in_the_environment_and_out_of_the_outbox_and_logs(db, add_event, webhook_receiver,
                                                                         apprise_settings, monkeypatch, caplog):
    caplog.set_level(logging.DEBUG)
    secret_url = f"json://user:hunter2-token@127.0.0.1:{webhook_receiver.port}/hooks/pactwatch"
    monkeypatch.setenv(ENV, secret_url)
    add_event()
    enqueue_new_events(db, apprise_settings, now=NOW)
    webhook_receiver.answers.append((500, {}))
    dispatch(db, apprise_settings, now=NOW)

    [row] = list_outbox(db)
    assert row["status"] == "pending" and ENV in row["last_error"]
    assert "hunter2" not in repr(list_outbox(db))
    assert caplog.records and "hunter2" not in caplog.text


def test_a_missing_variable_is_named_and_retried(db, add_event, apprise_settings, monkeypatch):
    monkeypatch.delenv(ENV)
    add_event()
    enqueue_new_events(db, apprise_settings, now=NOW)

    [outcome] = dispatch(db, apprise_settings, now=NOW).outcomes
    assert outcome.status == "retry" and ENV in outcome.error


def test_the_test_message_reaches_the_service(webhook_receiver, apprise_settings):
    send_test(apprise_settings, "apprise")
    assert webhook_receiver.requests[0]["json"]["title"] == "pactwatch test message"


def test_urls_written_in_the_config_file_are_refused_with_the_key_to_use():
    with pytest.raises(ConfigError, match="urls_env"):
        parse_alerts({"apprise": {"urls": ["slack://token"]}})
