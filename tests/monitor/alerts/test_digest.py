"""The digest e-mail a round sends (issue 17): one per `pactwatch run --once`, received by the real
SMTP sink and read as an analyst reads it: a subject naming the states and kinds, a summary
table first, events by their own day, outlet names, links to the event pages, both parts."""

import subprocess
from datetime import datetime, timedelta, timezone

from monitor.alerts.digest import SUBJECT_MAX
from monitor.alerts.outbox import dispatch, enqueue_new_events
from monitor.config.alerts import AlertSettings
from monitor.output.wording import long_date
from tests.monitor.alerts.conftest import NOW, dispatch_killed_before_recording
from tests.monitor.alerts.test_updates import ROUND
from tests.monitor.scheduler.test_daemon import PACTWATCH
from tests.sites import article_html, rss, words

DIGEST = """
[web]
base_url = "https://desk.example/pactwatch"

[alerts]
max_age_days = 0
min_confidence = 0
kinds = ["plan_signed", "agreement_signed"]

[alerts.email]
host = "127.0.0.1"
port = {smtp_port}
from = "pactwatch@monitor.example"
to = ["analyst@desk.example"]
mode = "digest"
"""
OUTLET = """
[[sources]]
name = "{name}"
title = "{title}"
feeds = ["{base}/{name}.xml"]
download_delay = 0
allow_private = true
"""
HOSTILE = 'Defence pact <img src=x onerror=alert(1)>'
# Three signings by three pairs, told by two outlets in one night; the page of the second gives no
# day at all (the classifier dates a signing its report tells of as news by the publish day).
REPORTS = {
    ("ministry", "Ministry of Defence of Nowhere"): [
        ("/ministry/plan.html", "Georgia and Azerbaijan sign military cooperation plan for 2024",
         "On 4 March 2024 the defence ministers of Georgia and Azerbaijan signed the plan of bilateral military"
         " cooperation for 2024 in Tbilisi.", "2024-03-04T18:00:00+04:00", "Mon, 04 Mar 2024 18:00:00 +0400")],
    ("wire", "Harbour Wire"): [
        ("/wire/agreement.html", "Armenia and Greece agree on defence cooperation",
         "Armenia and Greece signed an agreement on military cooperation, the defence ministry in Yerevan said.",
         None, ""),
        ("/wire/pact.html", HOSTILE,
         "On 1 March 2024 the defence ministers of Kazakhstan and Uzbekistan signed an agreement on military"
         " cooperation in Tashkent.", "2024-03-02T09:00:00+04:00", "Sat, 02 Mar 2024 09:00:00 +0400")],
}


def _serve(site) -> str:
    text = ""
    for (name, title), reports in REPORTS.items():
        items = []
        for path, headline, sentence, published, rss_date in reports:
            site.add(path, article_html(headline.replace("<", "&lt;").replace(">", "&gt;"),
                                        [sentence, words(path)], published=published))
            items.append((site.url(path), headline.replace("<", "&lt;").replace(">", "&gt;"), rss_date))
        site.add(f"/{name}.xml", rss(items), "application/rss+xml")
        text += OUTLET.replace("{name}", name).replace("{title}", title).replace("{base}", site.base_url)
    return text


def parts(message):
    return message.get_body(("plain",)).get_content(), message.get_body(("html",)).get_content()


def test_one_run_once_sends_one_digest_that_reads(site, write_config, db_path, smtp_sink):
    text = ROUND.replace("{parallel}", "2") + DIGEST.replace("{smtp_port}", str(smtp_sink.port)) + _serve(site)
    command = [*PACTWATCH, "--config", str(write_config(text)), "--db", str(db_path), "run", "--once"]

    first = subprocess.run(command, capture_output=True, text=True, timeout=180)
    second = subprocess.run(command, capture_output=True, text=True, timeout=180)

    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    [message] = smtp_sink.messages  # one digest for the round, nothing on the next round
    subject = message["Subject"]
    assert subject.startswith("3 new: ")
    for label in ("AZ–GE plan 2024", "AM–GR agreement", "KZ–UZ agreement"):
        assert label in subject
    plain, html = parts(message)
    for body in (plain, html):
        # outlet names, not the config's names
        assert "Ministry of Defence of Nowhere" in body and "Harbour Wire" in body
        assert "ministry," not in body and "(wire)" not in body
        # events by their own day, newest first; the undated one last, not given a stand-in day
        assert body.index("4 Mar 2024") < body.index("1 Mar 2024") < body.index("date not reported")
        assert "Date not reported" in body
        today = long_date(datetime.now(timezone.utc).date().isoformat())  # the day it was stored is named so
        assert body.count(today) == body.count(f"first stored {today}") > 0
        assert "https://desk.example/pactwatch/-/event/" in body
    assert HOSTILE in plain
    assert "<img" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    summary = html.index("<table")
    assert summary < html.index("Georgia") and html.index('class="summary"') < html.index("<h2")


def test_a_digest_lists_an_overdue_plan_once_and_links_its_pair(db, add_event, smtp_sink):
    """AZ–KZ signed a plan each December for 2021–2023: by 10 March 2024 the 2024 plan is overdue.
    The next digest says so, with the pair's page; the one after does not repeat it."""
    settings = AlertSettings(email=smtp_sink.settings(mode="digest"), base_url="https://desk.example")
    for year in (2021, 2022, 2023):
        add_event(parties=("AZ", "KZ"), plan_year=year, date=f"{year - 1}-12-10",
                  published=f"{year - 1}-12-10T10:00:00+04:00", title=f"Plan for {year}")
    add_event(parties=("AM", "GR"), kind="agreement_signed", plan_year=None, date=None,
              published="2024-03-03T10:00:00+04:00", title="Armenia and Greece agree")
    enqueue_new_events(db, settings, now=NOW)

    dispatch(db, settings, now=NOW)
    add_event(parties=("GE", "TR"), kind="agreement_signed", plan_year=None, date="2024-03-09",
              published="2024-03-09T10:00:00+04:00", title="Georgia and Turkey agree")
    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW + timedelta(hours=1))

    first, second = smtp_sink.messages
    assert first["Subject"] == "1 new: AM–GR agreement"  # the plans of 2021-2023 are older than max_age_days
    line = ("Azerbaijan and Kazakhstan: plan for 2024: not yet reported (expected by ~Jan 2024, overdue);"
            " plans signed for 2021, 2022, 2023")
    plain, html = parts(first)
    assert line in plain and "https://desk.example/-/pair/AZ-KZ" in plain
    assert f'<a href="https://desk.example/-/pair/AZ-KZ">{line}</a>' in html
    for body in (plain, html):
        assert "date not reported; first report 3 Mar 2024" in body and "Date not reported" in body
    assert second["Subject"] == "1 new: GE–TR agreement"
    for body in parts(second):
        assert "AZ-KZ" not in body and "plan for 2024" not in body and "9 Mar 2024" in body


def test_a_digest_tells_the_updates_since_the_last_one_apart(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings(mode="digest"))
    event_id = add_event(kind="agreement_signed", plan_year=None, parties=("AZ", "GE"), url="https://a.example/1")
    enqueue_new_events(db, settings, now=NOW)
    dispatch(db, settings, now=NOW)
    assert add_event(kind="plan_signed", plan_year=2024, parties=("AZ", "GE"), url="https://b.example/2",
                     source="other_outlet") == event_id
    add_event(parties=("AZ", "UZ"), title="AZ-UZ plan")
    enqueue_new_events(db, settings, now=NOW)

    dispatch(db, settings, now=NOW + timedelta(hours=1))

    second = smtp_sink.messages[1]
    assert second["Subject"] == "1 new: AZ–UZ plan 2024; 1 update: AZ–GE plan 2024"
    plain, html = parts(second)
    assert plain.index("NEW EVENTS") < plain.index("AZ-UZ plan") < plain.index("UPDATES SINCE THE LAST DIGEST")
    assert html.index("<h2>New events</h2>") < html.index("<h2>Updates since the last digest</h2>")
    updates = plain[plain.index("UPDATES SINCE THE LAST DIGEST"):]
    assert "Changed: kind Agreement signed -> Plan signed" in updates
    assert "New source: Defence cooperation plan signed (https://b.example/2)" in updates
    assert "Update: Plan signed for 2024" in html  # in the summary table


def test_a_long_digest_subject_is_cut_with_an_ellipsis(db, add_event, smtp_sink):
    settings = AlertSettings(email=smtp_sink.settings(mode="digest"))
    partners = ("GE", "KZ", "TR", "UZ", "KG", "TJ", "TM", "IR", "RU", "UA", "BY", "MD")
    for partner in partners:
        add_event(parties=("AZ", partner))
    enqueue_new_events(db, settings, now=NOW)

    dispatch(db, settings, now=NOW)

    [message] = smtp_sink.messages
    subject = message["Subject"]
    assert subject.startswith("12 new: AZ–") and subject.endswith(", …") and len(subject) <= SUBJECT_MAX
    assert parts(message)[0].count("Plan signed for 2024") == 2 * len(partners)  # summary row + event


def test_a_digest_sent_again_after_a_crash_lists_the_same_overdue_plan_and_the_next_one_none(
        db, add_event, smtp_sink, monkeypatch):
    settings = AlertSettings(email=smtp_sink.settings(mode="digest"))
    for year in (2021, 2022, 2023):
        add_event(parties=("AZ", "KZ"), plan_year=year, date=f"{year - 1}-12-10",
                  published=f"{year - 1}-12-10T10:00:00+04:00")
    add_event(parties=("AM", "GR"), kind="agreement_signed", plan_year=None)
    enqueue_new_events(db, settings, now=NOW)
    dispatch_killed_before_recording(db, settings, monkeypatch)
    add_event(parties=("GE", "TR"), kind="agreement_signed", plan_year=None)
    enqueue_new_events(db, settings, now=NOW)

    dispatch(db, settings, now=NOW)

    first, again, new = smtp_sink.messages
    assert parts(again) == parts(first) and "plan for 2024: not yet reported" in parts(first)[0]
    assert "plan for 2024" not in parts(new)[0] and new["Subject"] == "1 new: GE–TR agreement"
