"""E-mail alerts through a real SMTP server: headers, subject, both parts, escaping, digests, failures."""

import subprocess
from datetime import timedelta

import pytest

from monitor.alerts.outbox import dispatch, enqueue_new_events, send_test
from monitor.config.alerts import AlertSettings
from storage.alerts import list_outbox, requeue_failed
from tests.monitor.alerts.conftest import NOW, dispatch_killed_before_recording

HOSTILE = 'Plan signed <script>alert("x")</script> & more'


def parts(message):
    return (message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content())


def test_one_message_per_event_with_headers_subject_and_both_parts(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings())
    event_id = add_event(title="Azerbaijan, Kazakhstan sign plan", url="https://mod.gov.az/en/news/1",
                         source="mod_gov_az", evidence="signed the 2024 plan of bilateral military cooperation")
    add_event(title="Kazakh MoD report", url="https://mod.gov.kz/en/9", source="mod_gov_kz",
              published="2024-03-06T08:00:00+05:00")
    enqueue_new_events(db, settings, now=NOW)

    report = dispatch(db, settings, now=NOW)

    assert report.ok and [o.status for o in report.outcomes] == ["sent"]
    [received] = smtp_sink.received
    assert received["from"] == "pactwatch@monitor.example"
    assert received["to"] == ["analyst@desk.example", "archive@desk.example"]
    message = received["message"]
    assert message["Subject"] == "Plan signed: Azerbaijan – Kazakhstan (2024)"
    assert message["X-Pactwatch-Idempotency-Key"] == f"{event_id}:email"
    assert message["Message-ID"] == f"<pactwatch.{event_id}.email@monitor.example>"
    assert message["To"] == "analyst@desk.example, archive@desk.example"
    assert message["Auto-Submitted"] == "auto-generated" and message["Date"]
    assert message.get_content_type() == "multipart/alternative"
    text, html = parts(message)
    for body in (text, html):
        assert "Azerbaijan" in body and "Kazakhstan" in body and "2024-03-05" in body
        assert "signed the 2024 plan of bilateral military cooperation" in body
        assert "Azerbaijan, Kazakhstan sign plan" in body and "Kazakh MoD report" in body
        assert "mod_gov_az" in body and "mod_gov_kz" in body
    assert "https://mod.gov.az/en/news/1" in text and "https://mod.gov.kz/en/9" in text
    assert '<a href="https://mod.gov.az/en/news/1">' in html and '<a href="https://mod.gov.kz/en/9">' in html
    assert list_outbox(db)[0]["status"] == "sent"


def test_scraped_text_is_escaped_in_the_html_part(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings())
    add_event(title=HOSTILE, evidence='"<img src=x onerror=alert(1)>"', source="<b>outlet</b>",
              url='https://news.example/a?x=1&y="2"')
    enqueue_new_events(db, settings, now=NOW)

    dispatch(db, settings, now=NOW)

    text, html = parts(smtp_sink.messages[0])
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; more" in html
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<b>outlet</b>" not in html and "&lt;b&gt;outlet&lt;/b&gt;" in html
    assert 'href="https://news.example/a?x=1&amp;y=&quot;2&quot;"' in html
    assert HOSTILE in text


def test_other_kinds_and_states_read_well_in_the_subject(db, add_event, smtp_sink):
    settings = AlertSettings(kinds=("agreement_ratified", "exercise"), email=smtp_sink.settings())
    add_event(kind="agreement_ratified", parties=("AZ", "TR"), plan_year=None, date="2024-03-01")
    add_event(kind="exercise", parties=("CD", "MM"), plan_year=None, date=None)
    enqueue_new_events(db, settings, now=NOW)

    dispatch(db, settings, now=NOW)

    assert sorted(m["Subject"] for m in smtp_sink.messages) == [
        "Agreement ratified: Azerbaijan – Türkiye (2024-03-01)",
        "Exercise: DR Congo – Myanmar",
    ]


def test_digest_mode_sends_one_message_listing_every_new_event(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings(mode="digest"))
    first = add_event(parties=("AZ", "KZ"), title="AZ-KZ plan")
    second = add_event(parties=("GE", "TR"), kind="agreement_signed", plan_year=None, title=HOSTILE)
    enqueue_new_events(db, settings, now=NOW)

    report = dispatch(db, settings, now=NOW)

    assert [(o.status, o.rows) for o in report.outcomes] == [("sent", 2)]
    [message] = smtp_sink.messages
    assert message["Subject"] == "2 new: GE–TR agreement, AZ–KZ plan 2024"  # one day: the later found first
    assert message["X-Pactwatch-Idempotency-Key"].startswith("digest-")
    text, html = parts(message)
    assert "Azerbaijan and Kazakhstan signed their military cooperation plan for 2024 — 5 Mar 2024" in text
    assert "Georgia and Türkiye signed a defence cooperation agreement — 5 Mar 2024" in text
    assert "AZ-KZ plan" in html and "&lt;script&gt;" in html and "<script>" not in html
    assert {row["status"] for row in list_outbox(db)} == {"sent"}
    assert sorted(row["event_id"] for row in list_outbox(db)) == sorted([first, second])

    third = add_event(parties=("AZ", "UZ"), title="AZ-UZ plan")
    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW + timedelta(hours=1))
    assert len(smtp_sink.messages) == 2
    assert smtp_sink.messages[1]["Subject"] == "1 new: AZ–UZ plan 2024"
    assert [r["event_id"] for r in list_outbox(db) if r["idempotency_key"] == f"{third}:email"] == [third]


def test_a_temporary_smtp_refusal_is_retried_and_a_permanent_one_fails(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings())
    add_event(parties=("AZ", "KZ"))
    enqueue_new_events(db, settings, now=NOW)
    smtp_sink.replies.append("451 4.3.0 Try again later")

    [first] = dispatch(db, settings, now=NOW).outcomes
    assert first.status == "retry" and "451" in first.error
    [second] = dispatch(db, settings, now=NOW + timedelta(minutes=2)).outcomes
    assert second.status == "sent" and len(smtp_sink.messages) == 1

    add_event(parties=("AZ", "GE"))
    enqueue_new_events(db, settings, now=NOW)
    smtp_sink.replies.append("554 5.7.1 Rejected as spam")
    [third] = dispatch(db, settings, now=NOW + timedelta(minutes=3)).outcomes
    assert third.status == "failed" and "554" in third.error


def test_an_unreachable_server_is_retried(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings())
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    port = smtp_sink.port
    smtp_sink.stop()

    [outcome] = dispatch(db, settings, now=NOW).outcomes

    assert outcome.status == "retry" and f"127.0.0.1:{port}" in outcome.error


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login_reads_the_password_from_the_named_variable(db, add_event, make_smtp_sink, monkeypatch):
    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult

        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"s3cret", handled=False)
    sink = make_smtp_sink(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    settings = AlertSettings(email=sink.settings(username="monitor", password_env="PACTWATCH_SMTP_PASSWORD"))
    add_event()
    enqueue_new_events(db, settings, now=NOW)

    monkeypatch.delenv("PACTWATCH_SMTP_PASSWORD", raising=False)
    [missing] = dispatch(db, settings, now=NOW).outcomes
    assert missing.status == "retry" and "PACTWATCH_SMTP_PASSWORD" in missing.error and logins == []

    monkeypatch.setenv("PACTWATCH_SMTP_PASSWORD", "wrong")
    [refused] = dispatch(db, settings, now=NOW + timedelta(hours=1)).outcomes
    assert refused.status == "failed" and "535" in refused.error and "wrong" not in refused.error

    from storage.alerts import requeue_failed

    requeue_failed(db)
    monkeypatch.setenv("PACTWATCH_SMTP_PASSWORD", "s3cret")
    [sent] = dispatch(db, settings, now=NOW + timedelta(hours=2)).outcomes
    assert sent.status == "sent" and logins[-1] == (b"monitor", b"s3cret") and len(sink.messages) == 1


@pytest.fixture
def tls_files(tmp_path, monkeypatch):
    """A self-signed certificate for 127.0.0.1, trusted by the client through SSL_CERT_FILE."""
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    try:
        subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj",
                        "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key),
                        "-out", str(cert)], check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.CalledProcessError) as exc:
        pytest.skip(f"openssl cannot make a test certificate: {exc}")
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    return cert, key


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_sessions_verify_the_server_certificate(db, add_event, make_smtp_sink, tls_files, security):
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_files)
    options = {"tls_context": context, "require_starttls": True} if security == "starttls" else {
        "ssl_context": context}
    sink = make_smtp_sink(**options)
    settings = AlertSettings(email=sink.settings(security=security))
    add_event()
    enqueue_new_events(db, settings, now=NOW)

    assert [o.status for o in dispatch(db, settings, now=NOW).outcomes] == ["sent"]
    assert len(sink.messages) == 1


def test_an_untrusted_certificate_is_refused_and_retried(db, add_event, make_smtp_sink, tls_files, monkeypatch):
    import ssl

    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*tls_files)
    monkeypatch.delenv("SSL_CERT_FILE")
    sink = make_smtp_sink(ssl_context=context)
    settings = AlertSettings(email=sink.settings(security="ssl"))
    add_event()
    enqueue_new_events(db, settings, now=NOW)

    [outcome] = dispatch(db, settings, now=NOW).outcomes

    assert outcome.status == "retry" and "CERTIFICATE_VERIFY_FAILED" in outcome.error
    assert sink.messages == []


def test_the_test_message_goes_out_of_band(smtp_sink):
    key = send_test(AlertSettings(email=smtp_sink.settings()), "email")

    [message] = smtp_sink.messages
    assert message["Subject"] == "pactwatch test message" and message["X-Pactwatch-Idempotency-Key"] == key


def test_a_digest_sent_before_a_crash_goes_again_unchanged_before_a_new_one(db, add_event, smtp_sink, monkeypatch):
    settings = AlertSettings(email=smtp_sink.settings(mode="digest"))
    add_event(parties=("AZ", "KZ"))
    enqueue_new_events(db, settings, now=NOW)
    dispatch_killed_before_recording(db, settings, monkeypatch)
    add_event(parties=("AZ", "GE"))
    enqueue_new_events(db, settings, now=NOW)

    report = dispatch(db, settings, now=NOW)

    assert [(o.status, o.rows) for o in report.outcomes] == [("sent", 1), ("sent", 1)]
    first, again, new = smtp_sink.messages
    assert again["X-Pactwatch-Idempotency-Key"] == first["X-Pactwatch-Idempotency-Key"]
    assert again["Message-ID"] == first["Message-ID"] and again["Subject"] == first["Subject"]
    assert new["X-Pactwatch-Idempotency-Key"] != first["X-Pactwatch-Idempotency-Key"]
    assert parts(again) == parts(first)
    assert "AZ–GE" in new["Subject"] and "Georgia" in parts(new)[0]
    assert dispatch(db, settings, now=NOW + timedelta(days=1)).outcomes == []


BUSY = "450 4.2.1 Mailbox busy, try again later"


def test_a_450_for_every_recipient_is_retried_not_failed(db, add_event, smtp_sink):
    """It used to mark the rows `failed`, and nothing ever retried them."""
    settings = AlertSettings(email=smtp_sink.settings())
    for partner in ("KZ", "GE", "TR"):
        add_event(parties=("AZ", partner))
    enqueue_new_events(db, settings, now=NOW)
    smtp_sink.refuse.update({address: BUSY for address in settings.email.to})

    [refused] = dispatch(db, settings, now=NOW).outcomes
    assert refused.status == "retry" and "450" in refused.error
    assert refused.next_attempt_at == (NOW + timedelta(minutes=1)).isoformat()
    assert {row["status"] for row in list_outbox(db)} == {"pending"}

    smtp_sink.refuse.clear()
    report = dispatch(db, settings, now=NOW + timedelta(minutes=1))
    assert [o.status for o in report.outcomes] == ["sent", "sent", "sent"]
    assert [item["to"] for item in smtp_sink.received] == [list(settings.email.to)] * 3


def test_a_450_for_one_of_two_recipients_is_retried_for_that_recipient_only(db, add_event, smtp_sink):
    """It used to mark the rows `sent`: the busy recipient got none of the 10 alerts, and only a
    warning was logged."""
    settings = AlertSettings(email=smtp_sink.settings())
    analyst, archive = settings.email.to
    for number in range(10):
        add_event(parties=("AZ", f"K{chr(65 + number)}"))
    enqueue_new_events(db, settings, now=NOW)
    smtp_sink.refuse[archive] = BUSY

    first = dispatch(db, settings, now=NOW)
    assert [o.status for o in first.outcomes] == ["retry"] * 10, "the server is up: every alert is tried"
    assert all(archive in o.error and "450" in o.error for o in first.outcomes)
    assert {row["status"] for row in list_outbox(db)} == {"pending"}

    again = dispatch(db, settings, now=NOW + timedelta(minutes=1))
    assert [o.status for o in again.outcomes] == ["retry"], "refused for the only recipient left: wait"
    smtp_sink.refuse.clear()
    last = dispatch(db, settings, now=NOW + timedelta(minutes=3))
    assert [o.status for o in last.outcomes] == ["sent"] * 10
    assert dispatch(db, settings, now=NOW + timedelta(days=1)).outcomes == []

    got = [address for item in smtp_sink.received for address in item["to"]]
    assert got.count(analyst) == 10 and got.count(archive) == 10, "each recipient gets each alert once"
    assert {row["status"] for row in list_outbox(db)} == {"sent"}


def test_a_550_for_one_recipient_fails_the_alert_for_that_recipient_only(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings())
    analyst, archive = settings.email.to
    add_event()
    enqueue_new_events(db, settings, now=NOW)
    smtp_sink.refuse[archive] = "550 5.1.1 No such user"

    [outcome] = dispatch(db, settings, now=NOW).outcomes
    assert outcome.status == "failed" and archive in outcome.error and "550" in outcome.error
    assert [item["to"] for item in smtp_sink.received] == [[analyst]]
    assert dispatch(db, settings, now=NOW + timedelta(days=1)).outcomes == []
    assert list_outbox(db)[0]["recipients"] == {analyst: "sent", archive: "failed"}

    smtp_sink.refuse.clear()  # the address was fixed; `alerts retry --failed` sends to it alone
    assert requeue_failed(db) == 1
    assert [o.status for o in dispatch(db, settings, now=NOW + timedelta(days=1)).outcomes] == ["sent"]
    assert [item["to"] for item in smtp_sink.received] == [[analyst], [archive]]
