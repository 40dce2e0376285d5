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


APPRISE_CONFIG = """
[crawler]
autothrottle = false

[alerts]
max_age_days = 0

[alerts.apprise]
urls_env = "{variable}"

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""
PLAN_TEXT = ("Baku, 5 March. The defence ministers of Azerbaijan and Kazakhstan signed the plan of military "
             "cooperation between the two ministries for 2024 at a meeting in Baku on Tuesday. The document "
             "covers staff training, joint exercises and exchanges of military education specialists.")


def test_every_alerting_command_works_with_an_apprise_section(site, write_config, db_path, webhook_receiver,
                                                              monkeypatch):
    """An [alerts.apprise] section used to stop `run --once`, `alerts retry` and `alerts test` with
    KeyError: 'apprise' before anything was crawled or sent."""
    import subprocess
    import sys

    from click.testing import CliRunner

    from monitor.cli import main
    from tests.sites import article_html, rss

    site.add("/news/plan.html", article_html("Azerbaijan and Kazakhstan sign military cooperation plan", [PLAN_TEXT]))
    site.add("/rss.xml", rss([(site.url("/news/plan.html"), "Plan", "Tue, 05 Mar 2024 10:00:00 +0400")]),
             "application/rss+xml")
    config = write_config(APPRISE_CONFIG.format(variable=ENV, base=site.base_url))
    monkeypatch.setenv(ENV, f"json://127.0.0.1:{webhook_receiver.port}/hooks/pactwatch")
    cli = ["--config", str(config), "--db", str(db_path)]

    daemon = subprocess.run([sys.executable, "-m", "monitor", *cli, "run", "--once"], capture_output=True,
                            text=True, timeout=180)
    assert daemon.returncode == 0, daemon.stdout + daemon.stderr
    assert [r["json"]["title"] for r in webhook_receiver.requests] == ["Plan signed: Azerbaijan – Kazakhstan (2024)"]

    runner = CliRunner()
    retried = runner.invoke(main, [*cli, "alerts", "retry"])
    assert retried.exit_code == 0 and retried.output.startswith("0 sent, 0 to retry, 0 failed"), retried.output
    tested = runner.invoke(main, [*cli, "alerts", "test", "apprise"])
    assert tested.exit_code == 0 and "apprise: test message" in tested.output, tested.output
    assert webhook_receiver.requests[-1]["json"]["title"] == "pactwatch test message"

    monkeypatch.delenv(ENV)
    missing = runner.invoke(main, [*cli, "alerts", "retry"])
    assert missing.exit_code == 2 and f"{ENV} is not set" in missing.output
    assert "alerts.apprise.urls_env" in missing.output
