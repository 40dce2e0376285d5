"""The outbox: which events are alerted, once per channel, and never twice — also across a crash."""

import os
import signal
import subprocess
import sys
import textwrap
from datetime import timedelta

import pytest

from monitor.alerts import outbox
from monitor.alerts.outbox import dispatch, enqueue_health, enqueue_new_events
from monitor.analysis.events.merge import merge_pending
from monitor.config.alerts import AlertSettings
from storage.alerts import list_outbox, pending_count, requeue_failed, take_lock
from storage.detections import save_detection
from tests.monitor.alerts.conftest import NOW


def keys(db):
    return sorted(row["idempotency_key"] for row in list_outbox(db))


def test_each_event_gets_one_row_per_channel_and_a_new_source_is_an_update_not_a_new_alert(db, add_event,
                                                                                           smtp_sink,
                                                                                           webhook_receiver):
    settings = AlertSettings(email=smtp_sink.settings(), webhook=webhook_receiver.settings())
    event_id = add_event(url="https://a.example/1")

    assert enqueue_new_events(db, settings, now=NOW) == 2
    assert keys(db) == [f"{event_id}:email", f"{event_id}:webhook"]
    assert {row["status"] for row in list_outbox(db)} == {"pending"}
    dispatch(db, settings, now=NOW)

    assert add_event(url="https://b.example/2", source="other_outlet") == event_id
    assert enqueue_new_events(db, settings, now=NOW) == 1
    assert keys(db) == [f"{event_id}:email", f"{event_id}:webhook", f"{event_id}:webhook:updated:1"]
    assert [o.status for o in dispatch(db, settings, now=NOW + timedelta(days=1)).outcomes] == ["sent"]
    assert enqueue_new_events(db, settings, now=NOW) == 0
    assert dispatch(db, settings, now=NOW + timedelta(days=2)).outcomes == []
    assert len(smtp_sink.messages) == 1
    assert [request["json"]["type"] for request in webhook_receiver.requests] == ["event.new", "event.updated"]
    assert [a["url"] for a in webhook_receiver.requests[1]["json"]["new_articles"]] == ["https://b.example/2"]


def test_only_configured_kinds_bilateral_events_and_confident_enough_are_queued(db, add_event, webhook_receiver):
    settings = AlertSettings(kinds=("plan_signed", "exercise"), min_confidence=0.5,
                             webhook=webhook_receiver.settings())
    wanted = add_event(kind="plan_signed", confidence=0.5)
    exercise = add_event(kind="exercise", plan_year=None, parties=("AZ", "TR"))
    add_event(kind="talks", plan_year=None, parties=("AZ", "GE"))
    add_event(kind="plan_signed", parties=("AZ", "UZ"), confidence=0.49)
    add_event(kind="plan_signed", parties=("AZ", "KZ", "UZ"), plan_year=2025)

    enqueue_new_events(db, settings, now=NOW)

    assert keys(db) == sorted([f"{wanted}:webhook", f"{exercise}:webhook"])


def test_an_event_with_a_bloc_as_one_of_two_parties_is_not_bilateral_and_never_alerted(db, add_event,
                                                                                      webhook_receiver):
    settings = AlertSettings(kinds=("plan_signed", "talks"), webhook=webhook_receiver.settings())
    wanted = add_event(kind="talks", plan_year=None, parties=("AZ", "GE"))
    add_event(kind="talks", plan_year=None, parties=("AZ", "NATO"))
    add_event(kind="talks", plan_year=None, parties=("EU", "GE"))

    enqueue_new_events(db, settings, now=NOW)

    assert keys(db) == [f"{wanted}:webhook"]


def test_countries_limit_alerts_to_events_involving_them(db, add_event, webhook_receiver):
    settings = AlertSettings(countries=("TR", "GE"), webhook=webhook_receiver.settings())
    add_event(parties=("AZ", "KZ"))
    turkey = add_event(parties=("AZ", "TR"))
    georgia = add_event(parties=("GE", "UA"))

    enqueue_new_events(db, settings, now=NOW)

    assert keys(db) == sorted([f"{turkey}:webhook", f"{georgia}:webhook"])


def test_events_older_than_max_age_are_stored_but_not_alerted(db, add_event, webhook_receiver):
    settings = AlertSettings(max_age_days=30, webhook=webhook_receiver.settings())
    recent = add_event(parties=("AZ", "KZ"), date="2024-02-09", published="2024-02-09T09:00:00+00:00")
    add_event(parties=("AZ", "GE"), date="2024-02-08", published="2024-03-09T09:00:00+00:00")
    undated_recent = add_event(parties=("AZ", "TR"), date=None, published="2024-03-01T09:00:00+00:00")
    add_event(parties=("AZ", "UZ"), date=None, published="2019-05-01T09:00:00+00:00")

    enqueue_new_events(db, settings, now=NOW)

    assert keys(db) == sorted([f"{recent}:webhook", f"{undated_recent}:webhook"])


def test_max_age_zero_means_no_limit(db, add_event, webhook_receiver):
    settings = AlertSettings(max_age_days=0, webhook=webhook_receiver.settings())
    add_event(date="2001-01-01", published="2001-01-02T00:00:00+00:00")

    assert enqueue_new_events(db, settings, now=NOW) == 1


def test_no_channel_means_nothing_is_queued(db, add_event):
    add_event()

    assert enqueue_new_events(db, AlertSettings(), now=NOW) == 0
    assert dispatch(db, AlertSettings(), now=NOW).outcomes == []


def test_an_event_whose_sources_moved_away_is_cancelled_not_sent(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    event_id = add_event()
    enqueue_new_events(db, settings, now=NOW)
    article_id = db.execute("SELECT article_id FROM event_articles WHERE event_id = ?", [event_id]).fetchone()[0]
    save_detection(db, article_id, classifier_version="test2", lang="en", flagged=False, events=[])
    merge_pending(db)

    [outcome] = dispatch(db, settings, now=NOW).outcomes

    assert outcome.status == "cancelled"
    assert webhook_receiver.requests == [] and list_outbox(db)[0]["status"] == "cancelled"


def test_a_crash_between_sending_and_recording_resends_with_the_same_key(db, db_path, add_event,
                                                                         webhook_receiver):
    """A real SIGKILL after the receiver accepted the POST and before the row was marked sent."""
    settings = AlertSettings(webhook=webhook_receiver.settings())
    event_id = add_event()
    enqueue_new_events(db, settings, now=NOW)
    script = textwrap.dedent(f"""
        import os, signal
        from monitor.alerts import outbox
        from monitor.config.alerts import AlertSettings, WebhookSettings
        from storage import open_db

        def killed(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)

        outbox.store.mark_sent = killed
        outbox.dispatch(open_db({str(db_path)!r}), AlertSettings(webhook=WebhookSettings(url={webhook_receiver.url!r})))
    """)

    crashed = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=60)

    assert crashed.returncode == -signal.SIGKILL, crashed.stderr.decode()
    assert len(webhook_receiver.accepted) == 1
    assert list_outbox(db)[0]["status"] == "pending"
    assert db.execute("SELECT COUNT(*) FROM alert_dispatch_lock").fetchone()[0] == 1, "the killed holder's lock"

    report = dispatch(db, settings, now=NOW)

    assert [o.status for o in report.outcomes] == ["sent"]
    first, second = webhook_receiver.accepted
    assert first["headers"]["Idempotency-Key"] == second["headers"]["Idempotency-Key"] == f"{event_id}:webhook"
    assert first["json"] == second["json"]
    assert dispatch(db, settings, now=NOW + timedelta(days=3), ignore_backoff=True).outcomes == []
    assert len(webhook_receiver.requests) == 2


def test_a_row_recorded_as_sent_is_never_sent_again(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW)

    assert requeue_failed(db) == 0
    for later in (NOW, NOW + timedelta(days=1), NOW + timedelta(days=30)):
        enqueue_new_events(db, settings, now=later)
        assert dispatch(db, settings, now=later, ignore_backoff=True).outcomes == []
    assert len(webhook_receiver.requests) == 1 and pending_count(db) == 0


def test_a_live_dispatcher_holding_the_lock_makes_a_second_one_wait(db, add_event, webhook_receiver):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    with subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"]) as holder:
        try:
            owner = f"{os.uname().nodename}:{holder.pid}"
            assert take_lock(db, owner, until="2999-01-01T00:00:00+00:00", now=NOW.isoformat()) is None

            report = dispatch(db, settings, now=NOW)
            assert report.busy == owner and not report.ok and "another dispatch" in report.summary()
            assert webhook_receiver.requests == []
        finally:
            holder.kill()
    assert [o.status for o in dispatch(db, settings, now=NOW).outcomes] == ["sent"]


def test_health_messages_are_queued_per_channel_and_sent_once(db, smtp_sink, webhook_receiver):
    settings = AlertSettings(email=smtp_sink.settings(), webhook=webhook_receiver.settings())

    assert enqueue_health(db, settings, source="mod_gov_az", status="recovered", message="mod_gov_az works again",
                          now=NOW) == 2
    dispatch(db, settings, now=NOW)
    dispatch(db, settings, now=NOW + timedelta(hours=1))

    assert [m["Subject"] for m in smtp_sink.messages] == ["pactwatch source recovered: mod_gov_az"]
    assert [r["json"]["status"] for r in webhook_receiver.requests] == ["recovered"]
    assert {row["status"] for row in list_outbox(db)} == {"sent"}


def test_an_unexpected_error_building_one_message_does_not_stop_the_others(db, add_event, webhook_receiver,
                                                                           monkeypatch):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    broken = add_event(parties=("AZ", "KZ"))
    add_event(parties=("AZ", "GE"))
    enqueue_new_events(db, settings, now=NOW)
    real = outbox.webhook.event_payload

    def payload(event):
        if event["id"] == broken:
            raise ValueError("boom")
        return real(event)
    monkeypatch.setattr(outbox.webhook, "event_payload", payload)

    report = dispatch(db, settings, now=NOW)

    assert sorted(o.status for o in report.outcomes) == ["retry", "sent"]
    assert "boom" in report.retrying[0].error


@pytest.mark.parametrize("naive", [True, False])
def test_now_may_be_naive_utc_or_aware(db, add_event, webhook_receiver, naive):
    settings = AlertSettings(webhook=webhook_receiver.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW.replace(tzinfo=None) if naive else NOW)

    assert list_outbox(db)[0]["created_at"] == NOW.isoformat()


def test_two_alerted_events_a_report_bridges_become_one_and_nothing_is_alerted_again(db, add_event,
                                                                                      webhook_receiver):
    """An agreement reported on the 1st and on the 9th (eight days: two events, both alerted);
    a report dated the 5th shows they were one signing. The survivor keeps its id, the other id
    redirects to it, and the alerts already sent count for the merged event."""
    from storage.events import list_events, resolve_event_id

    settings = AlertSettings(kinds=("agreement_signed",), webhook=webhook_receiver.settings())
    first = add_event(kind="agreement_signed", plan_year=None, date="2024-03-01", published="2024-03-01T09:00:00Z")
    second = add_event(kind="agreement_signed", plan_year=None, date="2024-03-09", published="2024-03-09T09:00:00Z")
    enqueue_new_events(db, settings, now=NOW)
    assert dispatch(db, settings, now=NOW).ok and len(webhook_receiver.requests) == 2

    bridge = add_event(kind="plan_signed", plan_year=None, date="2024-03-05", published="2024-03-05T09:00:00Z")

    assert bridge == first == resolve_event_id(db, second)
    [merged] = list_events(db)
    assert merged["id"] == first and len(merged["articles"]) == 3
    assert enqueue_new_events(db, settings, now=NOW) == 1
    assert dispatch(db, settings, now=NOW).ok
    types = [request["json"]["type"] for request in webhook_receiver.requests]
    assert types == ["event.new", "event.new", "event.updated"]
    update = webhook_receiver.requests[-1]["json"]
    assert update["event"]["id"] == first and update["changes"] == {}
    assert [article["url"] for article in update["new_articles"]] == [merged["articles"][1]["url"]]


def _second_report_of(db, add_event, event_id):
    assert add_event(url="https://b.example/2", source="other_outlet") == event_id


@pytest.mark.parametrize("mode, updates, told", [("per_event", False, False), ("per_event", True, True),
                                                 ("digest", False, True)])
def test_email_tells_of_an_update_in_the_digest_or_when_asked(db, add_event, smtp_sink, mode, updates, told):
    settings = AlertSettings(email=smtp_sink.settings(mode=mode, updates=updates))
    event_id = add_event(url="https://a.example/1")
    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW)
    _second_report_of(db, add_event, event_id)

    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW)

    subjects = [message["Subject"] for message in smtp_sink.messages]
    assert len(subjects) == (2 if told else 1)
    if told:
        assert "pdate" in subjects[1]
        assert "https://b.example/2" in smtp_sink.messages[1].get_body(("plain",)).get_content()
