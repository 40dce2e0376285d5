"""One real-world event, one `event.new`, then `event.updated` (issue 16): a signing reported
by two outlets on two nights, in either order, through `pactwatch run --once` (real processes,
a real site on 127.0.0.1 and the real webhook receiver)."""

import subprocess

import pytest

from tests.monitor.scheduler.test_daemon import CONFIG, PACTWATCH
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
