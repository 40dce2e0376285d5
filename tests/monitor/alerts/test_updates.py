"""One real-world event, one `event.new`, then `event.updated` (issue 16): a signing reported
by two outlets on two nights, in either order, through `pactwatch run --once` (real processes,
a real site on 127.0.0.1 and the real webhook receiver)."""

import signal
import subprocess

import pytest

from tests.monitor.scheduler.test_daemon import CONFIG, PACTWATCH, runs, start_daemon, wait_for
from tests.sites import article_html, rss, words

WEBHOOK = """
[alerts]
max_age_days = 0
kinds = ["plan_signed", "agreement_signed"]

[alerts.webhook]
url = "{webhook_url}"
"""
# Two outlets, one signing: one names the document, the year it covers and the day; the other
# only says an agreement was signed, the next morning.
PLAN = ("/news/plan.html", "Georgia and Azerbaijan sign military cooperation plan for 2024",
        "On 4 March 2024 the defence ministers of Georgia and Azerbaijan signed the plan of bilateral military"
        " cooperation for 2024 in Tbilisi.", "Mon, 04 Mar 2024 18:00:00 +0400")
AGREEMENT = ("/news/agreement.html", "Azerbaijan and Georgia agree on defence cooperation",
             "Azerbaijan and Georgia signed an agreement on military cooperation, the defence ministry in Baku"
             " said.", "Tue, 05 Mar 2024 09:00:00 +0400")


def _publish(site, served, report):
    path, title, sentence, published = report
    site.add(path, article_html(title, [sentence, words("defence")]))
    served.append((site.url(path), title, published))
    site.add("/rss.xml", rss(served), "application/rss+xml")


@pytest.mark.parametrize("first, second", [(PLAN, AGREEMENT), (AGREEMENT, PLAN)], ids=["plan-first", "agreement-first"])
def test_a_signing_reported_on_two_nights_is_one_new_alert_then_an_update(site, write_config, db_path,
                                                                        webhook_receiver, first, second):
    config = write_config(CONFIG.replace("{base}", site.base_url).replace("{cron}", "0 2 * * *")
                          + WEBHOOK.replace("{webhook_url}", webhook_receiver.url))
    command = [*PACTWATCH, "--config", str(config), "--db", str(db_path), "run", "--once"]
    served = []

    _publish(site, served, first)
    night_one = subprocess.run(command, capture_output=True, text=True, timeout=120)
    _publish(site, served, second)
    night_two = subprocess.run(command, capture_output=True, text=True, timeout=120)
    night_three = subprocess.run(command, capture_output=True, text=True, timeout=120)

    assert (night_one.returncode, night_two.returncode, night_three.returncode) == (0, 0, 0), night_two.stderr
    new, updated = [delivery["json"] for delivery in webhook_receiver.accepted]
    assert (new["type"], updated["type"]) == ("event.new", "event.updated")
    assert updated["event"]["id"] == new["event"]["id"]
    assert [a["url"] for a in new["event"]["articles"]] == [site.url(first[0])]
    assert [a["url"] for a in updated["new_articles"]] == [site.url(second[0])]
    event = updated["event"]
    assert (event["kind"], event["plan_year"], event["date"]) == ("plan_signed", 2024, "2024-03-04")
    if first is AGREEMENT:
        assert updated["changes"]["kind"] == {"from": "agreement_signed", "to": "plan_signed"}
        assert updated["changes"]["plan_year"] == {"from": None, "to": 2024}
    else:
        assert updated["changes"] == {}
    keys = [delivery["headers"]["Idempotency-Key"] for delivery in webhook_receiver.accepted]
    assert keys == [f"{new['event']['id']}:webhook", f"{new['event']['id']}:webhook:updated:1"]


ROUND = """
[crawler]
autothrottle = false

[schedule]
cron = "0 2 * * *"
timezone = "UTC"
stagger_minutes = 0
grace_seconds = 5
max_parallel = {parallel}
"""
OUTLET = """
[[sources]]
name = "{name}"
feeds = ["{base}/{name}.xml"]
download_delay = 0
allow_private = true
"""
# The same signing as three outlets tell it the same night.
TOLD = {"ministry": PLAN, "wire": AGREEMENT,
        "aggregator": ("/news/aggregated.html", "Tbilisi: defence ministers sign cooperation document",
                       "The defence ministers of Azerbaijan and Georgia signed a military cooperation document"
                       " for 2024 on 4 March 2024.", "Tue, 05 Mar 2024 11:00:00 +0400")}


@pytest.mark.parametrize("parallel", [1, 3])
def test_three_outlets_reporting_one_signing_in_one_round_make_one_alert(site, write_config, db_path,
                                                                         webhook_receiver, parallel):
    """Alerts wait until every source of the round is crawled and merged: one event.new listing
    the three reports, no event.updated, and nothing on the next round."""
    text = ROUND.replace("{parallel}", str(parallel)) + WEBHOOK.replace("{webhook_url}", webhook_receiver.url)
    for name, (path, title, sentence, published) in TOLD.items():
        site.add(path, article_html(title, [sentence, words(name)]))
        site.add(f"/{name}.xml", rss([(site.url(path), title, published)]), "application/rss+xml")
        text += OUTLET.replace("{name}", name).replace("{base}", site.base_url)
    command = [*PACTWATCH, "--config", str(write_config(text)), "--db", str(db_path), "run", "--once"]

    first = subprocess.run(command, capture_output=True, text=True, timeout=180)
    second = subprocess.run(command, capture_output=True, text=True, timeout=180)

    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    [delivery] = webhook_receiver.accepted
    assert delivery["json"]["type"] == "event.new"
    assert sorted(a["url"] for a in delivery["json"]["event"]["articles"]) == sorted(
        site.url(path) for path, *_ in TOLD.values())


def test_the_daemon_alerts_a_round_once_all_its_sources_are_merged(site, write_config, db_path, tmp_path,
                                                                    webhook_receiver):
    """`pactwatch run`: three sources missed their nightly run, so all three are crawled now, one
    at a time; the alert waits for the third and lists the three reports."""
    text = ROUND.replace("{parallel}", "1") + WEBHOOK.replace("{webhook_url}", webhook_receiver.url)
    for name, (path, title, sentence, published) in TOLD.items():
        site.add(path, article_html(title, [sentence, words(name)]))
        site.add(f"/{name}.xml", rss([(site.url(path), title, published)]), "application/rss+xml")
        text += OUTLET.replace("{name}", name).replace("{base}", site.base_url)
    process, log = start_daemon(write_config(text), db_path, tmp_path)
    try:
        assert wait_for(lambda: len([r for r in runs(db_path) if r["status"] == "ok"]) == 3, timeout=120)
        assert wait_for(lambda: webhook_receiver.accepted, timeout=30)
    finally:
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=60)

    assert process.returncode == 0, log.read_text()
    [delivery] = webhook_receiver.accepted
    assert delivery["json"]["type"] == "event.new" and len(delivery["json"]["event"]["articles"]) == 3
