"""Review decisions and the alerts: a rejected event is never sent, a corrected one goes out as
corrected, and a correction after the alert sends one `event.updated`, never the event again as new. Real
`pactwatch run --once` processes crawling a loopback site, a real SMTP server and webhook receiver."""

from __future__ import annotations

import json
import subprocess
import sys

from click.testing import CliRunner

from monitor.alerts.outbox import dispatch, enqueue_new_events
from monitor.cli import main
from tests.monitor.alerts.conftest import NOW
from tests.monitor.scheduler.test_daemon import ALERTS
from tests.sites import WIRE_CONFIG, article_html, rss

PLAN = ("Baku, 5 March. Azerbaijan and Kazakhstan signed the plan of bilateral military cooperation for 2024 "
        "when their defence ministers met in Baku on Tuesday. The plan lists joint staff exercises and "
        "exchanges of instructors.")
DRILL = ("Tbilisi, 4 March. Georgian and Armenian defence ministers signed an agreement on military cooperation "
         "in Tbilisi on 4 March. It provides for training of engineers and joint exercises of sapper units.")

def run_once(config_path, db_path, tmp_path):
    log = tmp_path / "run.log"
    done = subprocess.run([sys.executable, "-m", "monitor", "-v", "--config", str(config_path), "--db", str(db_path),
                           "run", "--once", "--log-file", str(log)], capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stdout + done.stderr + log.read_text()


def cli(db_path, *args, config=None):
    result = CliRunner().invoke(main, [*(["--config", str(config)] if config else []), "--db", str(db_path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def serve_two_articles(site):
    site.add("/news/plan.html", article_html("Azerbaijan and Kazakhstan sign cooperation plan for 2024", [PLAN]))
    site.add("/news/ge-am.html", article_html("Georgia and Armenia sign military agreement", [DRILL],
                                              published="2024-03-04T12:00:00+04:00"))
    site.add("/rss.xml", rss([(site.url("/news/plan.html"), "Plan", "Tue, 05 Mar 2024 10:00:00 +0400"),
                              (site.url("/news/ge-am.html"), "Agreement", "Mon, 04 Mar 2024 12:00:00 +0400")]),
             "application/rss+xml")


def test_a_rejected_event_sends_nothing_on_the_next_run_and_a_corrected_one_goes_out_corrected(
        site, write_config, db_path, tmp_path, smtp_sink, webhook_receiver):
    serve_two_articles(site)
    quiet = write_config(WIRE_CONFIG.format(base=site.base_url), name="quiet.toml")
    run_once(quiet, db_path, tmp_path)
    found = {"-".join(e["parties"]): e for e in json.loads(cli(db_path, "events", "--json"))}
    assert set(found) == {"AZ-KZ", "AM-GE"}

    cli(db_path, "review", "reject", str(found["AM-GE"]["id"]), "--note", "a test of the review")
    cli(db_path, "review", "correct", str(found["AZ-KZ"]["id"]), "--date", "2024-03-06")
    alerting = write_config(WIRE_CONFIG.format(base=site.base_url)
                            + ALERTS.format(smtp_port=smtp_sink.port, webhook_url=webhook_receiver.url))
    run_once(alerting, db_path, tmp_path)

    events = [r["json"]["event"] for r in webhook_receiver.requests if r["json"]["type"] == "event.new"]
    assert [(e["id"], e["date"]) for e in events] == [(found["AZ-KZ"]["id"], "2024-03-06")]
    [message] = smtp_sink.messages
    text = message.get_body(("plain",)).get_content()
    assert "Kazakhstan" in text and "Georgia" not in text and "Armenia" not in text
    outbox = json.loads(cli(db_path, "alerts", "--json"))
    assert {row["event_id"] for row in outbox} == {found["AZ-KZ"]["id"]}

    cli(db_path, "review", "correct", str(found["AZ-KZ"]["id"]), "--plan-year", "2025", config=alerting)
    run_once(alerting, db_path, tmp_path)
    run_once(alerting, db_path, tmp_path)
    # The correction after the alert: one event.updated on the webhook (e-mail in per-event mode
    # takes no updates by default), never the event announced again as new.
    assert len(smtp_sink.messages) == 1
    assert [r["json"]["type"] for r in webhook_receiver.requests] == ["event.new", "event.updated"]
    update = webhook_receiver.requests[-1]["json"]
    assert update["event"]["id"] == found["AZ-KZ"]["id"]
    assert update["changes"]["plan_year"] == {"from": 2024, "to": 2025}


def test_rejecting_an_event_cancels_its_alerts_still_waiting(db, db_path, add_event, webhook_receiver, tmp_path):
    from monitor.config.alerts import AlertSettings

    settings = AlertSettings(webhook=webhook_receiver.settings())
    kept, rejected = add_event(), add_event(kind="agreement_signed", parties=("AM", "GE"), plan_year=None)
    assert enqueue_new_events(db, settings, now=NOW) == 2

    cli(db_path, "review", "reject", str(rejected))

    pending = json.loads(cli(db_path, "alerts", "--pending", "--json"))
    assert [row["event_id"] for row in pending] == [kept]
    report = dispatch(db, settings, now=NOW)
    assert [r["json"]["event"]["id"] for r in webhook_receiver.requests] == [kept] and report.ok
    assert enqueue_new_events(db, settings, now=NOW) == 0
