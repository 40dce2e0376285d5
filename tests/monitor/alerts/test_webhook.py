"""Webhooks against a real HTTP server: the documented payload, the HMAC, retries until the endpoint is up."""

import hashlib
import hmac
import json
import socket
import threading
import time
from datetime import timedelta

import pytest

from monitor.alerts.outbox import dispatch, enqueue_health, enqueue_new_events
from monitor.alerts.webhook import signature
from monitor.config.alerts import AlertSettings, WebhookSettings
from storage.alerts import list_outbox
from tests.monitor.alerts.conftest import NOW

SECRET = "correct horse battery staple"


def test_the_payload_follows_the_documented_schema_and_is_signed(db, add_event, webhook_receiver, monkeypatch):
    monkeypatch.setenv("PACTWATCH_HOOK_SECRET", SECRET)
    settings = AlertSettings(webhook=webhook_receiver.settings(secret_env="PACTWATCH_HOOK_SECRET"))
    event_id = add_event(title="Azerbaijan and Kazakhstan sign 2024 plan", source="mod_gov_az",
                         url="https://mod.gov.az/en/news/1", evidence="signed the 2024 cooperation plan")
    add_event(title="Kazakh MoD: plan with Azerbaijan", source="mod_gov_kz", url="https://mod.gov.kz/en/9",
              confidence=0.95, published="2024-03-06T08:00:00+05:00")

    assert enqueue_new_events(db, settings, now=NOW) == 1
    report = dispatch(db, settings, now=NOW)

    assert [o.status for o in report.outcomes] == ["sent"]
    [request] = webhook_receiver.requests
    assert request["path"] == "/hooks/pactwatch"
    assert request["headers"]["Content-Type"].startswith("application/json")
    assert request["headers"]["Idempotency-Key"] == f"{event_id}:webhook"
    expected = "sha256=" + hmac.new(SECRET.encode(), request["body"], hashlib.sha256).hexdigest()
    assert request["headers"]["X-Pactwatch-Signature"] == expected
    payload = request["json"]
    assert payload["version"] == 1 and payload["type"] == "event.new"
    event = payload["event"]
    assert set(event) == {"id", "kind", "parties", "plan_year", "date", "first_seen", "confidence", "evidence",
                          "articles"}
    assert event["id"] == event_id and event["kind"] == "plan_signed" and event["plan_year"] == 2024
    assert event["parties"] == [{"code": "AZ", "name": "Azerbaijan"}, {"code": "KZ", "name": "Kazakhstan"}]
    assert event["date"] == "2024-03-05" and event["confidence"] == 0.95
    assert [a["url"] for a in event["articles"]] == ["https://mod.gov.az/en/news/1", "https://mod.gov.kz/en/9"]
    assert set(event["articles"][0]) == {"url", "title", "source", "published_at"}
    assert event["articles"][1]["source"] == "mod_gov_kz"


def test_no_secret_means_no_signature_header(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW)

    assert "X-Pactwatch-Signature" not in webhook_receiver.requests[0]["headers"]


def test_a_missing_secret_variable_is_named_and_retried(db, add_event, webhook_receiver, monkeypatch):
    monkeypatch.delenv("PACTWATCH_HOOK_SECRET", raising=False)
    settings = AlertSettings(webhook=webhook_receiver.settings(secret_env="PACTWATCH_HOOK_SECRET"))
    add_event()
    enqueue_new_events(db, settings, now=NOW)

    [outcome] = dispatch(db, settings, now=NOW).outcomes
    assert outcome.status == "retry" and "PACTWATCH_HOOK_SECRET" in outcome.error
    assert webhook_receiver.requests == []

    monkeypatch.setenv("PACTWATCH_HOOK_SECRET", SECRET)
    assert [o.status for o in dispatch(db, settings, now=NOW + timedelta(hours=1)).outcomes] == ["sent"]


def test_an_endpoint_down_for_several_runs_gets_every_event_exactly_once(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    first = add_event(parties=("AZ", "KZ"))
    second = add_event(parties=("GE", "TR"), kind="agreement_signed", plan_year=None)
    enqueue_new_events(db, settings, now=NOW)

    webhook_receiver.answers.extend([(503, {}), (503, {})])
    run1 = dispatch(db, settings, now=NOW)
    run2 = dispatch(db, settings, now=NOW + timedelta(minutes=5))
    webhook_receiver.stop()
    run3 = dispatch(db, settings, now=NOW + timedelta(minutes=10))
    run4 = dispatch(db, settings, now=NOW + timedelta(minutes=20))
    webhook_receiver.start()
    run5 = dispatch(db, settings, now=NOW + timedelta(hours=2))
    run6 = dispatch(db, settings, now=NOW + timedelta(days=1))

    assert [o.status for o in run1.outcomes] == ["retry"] and "HTTP 503" in run1.retrying[0].error
    assert [o.status for o in run2.outcomes] == ["retry"]
    assert [o.status for o in run3.outcomes] == ["retry"] and "cannot connect" in run3.retrying[0].error
    assert [o.status for o in run4.outcomes] == ["retry"]
    assert [o.status for o in run5.outcomes] == ["sent", "sent"]
    assert run6.outcomes == []
    delivered = [r["headers"]["Idempotency-Key"] for r in webhook_receiver.accepted]
    assert sorted(delivered) == sorted([f"{first}:webhook", f"{second}:webhook"])
    rows = {row["event_id"]: row for row in list_outbox(db)}
    assert {row["status"] for row in rows.values()} == {"sent"}
    assert rows[first]["attempts"] + rows[second]["attempts"] == 6


def test_failures_back_off_exponentially_across_runs(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.extend([(500, {})] * 3)

    dispatch(db, settings, now=NOW)
    assert list_outbox(db)[0]["next_attempt_at"] == (NOW + timedelta(minutes=1)).isoformat()
    assert dispatch(db, settings, now=NOW + timedelta(seconds=30)).outcomes == []
    dispatch(db, settings, now=NOW + timedelta(minutes=1))
    assert list_outbox(db)[0]["next_attempt_at"] == (NOW + timedelta(minutes=3)).isoformat()
    dispatch(db, settings, now=NOW + timedelta(minutes=3))
    assert list_outbox(db)[0]["next_attempt_at"] == (NOW + timedelta(minutes=7)).isoformat()
    assert len(webhook_receiver.requests) == 3

    report = dispatch(db, settings, now=NOW + timedelta(minutes=4), ignore_backoff=True)
    assert [o.status for o in report.outcomes] == ["sent"]


def test_429_is_retried_no_sooner_than_retry_after(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    add_event(parties=("AZ", "GE"))
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.append((429, {"Retry-After": "600"}))

    report = dispatch(db, settings, now=NOW)
    assert [o.status for o in report.outcomes] == ["retry"], "a rate-limited channel is left alone for the run"
    assert report.retrying[0].next_attempt_at == (NOW + timedelta(seconds=600)).isoformat()
    assert [o.status for o in dispatch(db, settings, now=NOW + timedelta(minutes=5)).outcomes] == ["sent"]
    assert dispatch(db, settings, now=NOW + timedelta(minutes=9)).outcomes == []
    assert [o.status for o in dispatch(db, settings, now=NOW + timedelta(minutes=10)).outcomes] == ["sent"]
    assert len(webhook_receiver.accepted) == 2


def test_a_permanent_4xx_fails_the_alert_and_is_reported(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.append((400, {}))

    report = dispatch(db, settings, now=NOW)

    assert [o.status for o in report.failed] == ["failed"] and "HTTP 400" in report.failed[0].error
    assert not report.ok
    [row] = list_outbox(db)
    assert row["status"] == "failed" and "HTTP 400" in row["last_error"]
    assert dispatch(db, settings, now=NOW + timedelta(days=2)).outcomes == []
    assert len(webhook_receiver.requests) == 1


def test_redirects_are_not_followed(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    webhook_receiver.answers.append((302, {"Location": "http://127.0.0.1:9/elsewhere"}))

    [outcome] = dispatch(db, settings, now=NOW).outcomes

    assert outcome.status == "failed" and "redirects are not followed" in outcome.error


def test_health_messages_use_the_source_health_payload(db, webhook_receiver, monkeypatch):
    monkeypatch.setenv("PACTWATCH_HOOK_SECRET", SECRET)
    settings = AlertSettings(webhook=webhook_receiver.settings(secret_env="PACTWATCH_HOOK_SECRET"))
    message = "mod_gov_az: no articles found in the last 2 runs; the site layout may have changed"

    assert enqueue_health(db, settings, source="mod_gov_az", status="failing", message=message,
                          key="mod_gov_az:failing:7", now=NOW) == 1
    assert enqueue_health(db, settings, source="mod_gov_az", status="failing", message=message,
                          key="mod_gov_az:failing:7", now=NOW) == 0
    dispatch(db, settings, now=NOW)

    [request] = webhook_receiver.requests
    assert request["json"] == {"version": 1, "type": "source.health", "source": "mod_gov_az", "status": "failing",
                               "message": message}
    assert request["headers"]["Idempotency-Key"] == "health:mod_gov_az:failing:7:webhook"
    assert request["headers"]["X-Pactwatch-Signature"] == signature(SECRET, request["body"])
    assert json.loads(request["body"]) == request["json"]


class DrippingReceiver:
    """A webhook endpoint on 127.0.0.1 that reads the POST, answers `200 OK` and then sends its
    headers one byte every quarter of a second, for up to a minute: each read of the client
    gets a byte within any per-read timeout, so only a deadline ends the request."""

    def __init__(self):
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.requests = 0
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/pactwatch"

    def _serve(self):
        while not self.stopping.is_set():
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(connection,), daemon=True).start()

    def _drip(self, connection):
        with connection:
            request = b""
            while b"\r\n\r\n" not in request:
                request += connection.recv(65536)
            head, body = request.split(b"\r\n\r\n", 1)
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            while len(body) < length:
                body += connection.recv(65536)
            self.requests += 1
            connection.sendall(b"HTTP/1.1 200 OK\r\n")
            for byte in (b"X-Slow: " + b"z" * 240)[:240]:
                if self.stopping.wait(0.25):
                    return
                try:
                    connection.sendall(bytes([byte]))
                except OSError:
                    return

    def stop(self):
        self.stopping.set()
        self.listener.close()
        self.thread.join(5)


@pytest.fixture
def dripping_receiver():
    receiver = DrippingReceiver()
    yield receiver
    receiver.stop()


def test_a_receiver_that_drips_its_answer_is_cut_off_at_the_timeout(db, db_path, add_event, dripping_receiver):
    """`timeout` is a deadline for the whole request: with timeout = 1 a receiver dripping a header
    byte every 0.25 s used to hold `alerts test webhook` for a minute (and a dispatch of ten alerts,
    with its lock, for ten)."""
    from types import SimpleNamespace

    from click.testing import CliRunner

    from monitor.cli import AppContext
    from monitor.commands.alerts import alerts

    settings = AlertSettings(webhook=WebhookSettings(url=dripping_receiver.url, timeout=1.0))
    app = AppContext()
    app._config = SimpleNamespace(alerts=settings, storage_path=db_path, path=None)
    started = time.monotonic()
    result = CliRunner().invoke(alerts, ["test", "webhook"], obj=app, catch_exceptions=False)
    assert result.exit_code == 1 and "timed out" in result.output, result.output
    assert time.monotonic() - started < 10

    for number in range(10):
        add_event(parties=("AZ", f"K{chr(65 + number)}"))
    enqueue_new_events(db, settings, now=NOW)
    started = time.monotonic()
    report = dispatch(db, settings, now=NOW)
    assert time.monotonic() - started < 10
    [outcome] = report.outcomes
    assert outcome.status == "retry" and "timed out" in outcome.error
    assert outcome.next_attempt_at == (NOW + timedelta(minutes=1)).isoformat()
    assert dripping_receiver.requests == 2


def test_with_the_uis_address_set_the_payload_and_the_email_link_the_events_page(db, add_event, webhook_receiver,
                                                                                  smtp_sink):
    from monitor.config import parse_config

    config = parse_config({"web": {"base_url": "https://pactwatch.example.org/ui/"}, "alerts": {
        "webhook": {"url": webhook_receiver.url},
        "email": {"host": "127.0.0.1", "port": smtp_sink.port, "from": "pw@localhost", "to": ["analyst@localhost"]}}})
    event_id = add_event()
    enqueue_new_events(db, config.alerts, now=NOW)
    dispatch(db, config.alerts, now=NOW)

    page = f"https://pactwatch.example.org/ui/-/event/{event_id}"
    [request] = webhook_receiver.requests
    assert request["json"]["event"]["url"] == page
    [message] = smtp_sink.messages
    assert page in message.get_body(("plain",)).get_content()
