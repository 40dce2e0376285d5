"""Real multi-outlet stories, one alert each (issue 16): labelled stories of ../shared/corpus (read
at test time, skipped when absent) told by three local outlets, crawled by `pactwatch run --once`
twice with the real SMTP sink and webhook receiver."""

import subprocess
from collections import defaultdict
from datetime import datetime, timezone
from email.utils import format_datetime
from pathlib import Path

import pytest

from monitor.analysis.evaluate import article_of, gold_main, load_corpora, page_day
from monitor.classify import classify
from tests.monitor.alerts.test_updates import OUTLET, ROUND
from tests.monitor.scheduler.test_daemon import PACTWATCH
from tests.sites import article_html, rss

CORPUS = Path(__file__).resolve().parents[3] / "../shared/corpus"
ALERTED = ("plan_signed", "agreement_signed", "agreement_ratified")
OUTLETS = ("ministry", "wire", "aggregator")
STORIES = 8

ALERTS = """
[alerts]
max_age_days = 0
min_confidence = 0
kinds = ["plan_signed", "agreement_signed", "agreement_ratified"]

[alerts.webhook]
url = "{webhook_url}"

[alerts.email]
host = "127.0.0.1"
port = {smtp_port}
from = "pactwatch@monitor.example"
to = ["analyst@desk.example"]
mode = "per_event"
"""


def _alert_worthy_stories() -> dict[str, list[dict]]:
    """Stories told by two articles or more, each a signing or ratification, whose every article
    the classifier reads with the labelled pair of states and a page date: the part of event
    identity the merging answers for. The first STORIES of them by name."""
    folders = [CORPUS / "dev", CORPUS / "train"]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("../shared/corpus not available")
    told = defaultdict(list)
    for record in load_corpora(folders):
        gold = gold_main(record)
        if record["flagged"] and record.get("story") and gold and gold["kind"] in ALERTED:
            told[record["story"]].append(record)
    stories = {}
    for story, records in sorted(told.items()):
        readings = []
        for record in records:
            article = article_of(record)
            detection = classify(article)
            readings.append((detection, page_day(article, detection.lang)))
        if len(records) >= 2 and all(
                detection.flagged and detection.events[0].kind in ALERTED and day is not None
                and sorted(detection.events[0].parties) == sorted(gold_main(record)["parties"])
                for record, (detection, day) in zip(records, readings)):
            stories[story] = [{**record, "day": day} for record, (_, day) in zip(records, readings)]
    if len(stories) < 3:
        pytest.skip("too few labelled multi-outlet stories in ../shared/corpus")
    return dict(list(stories.items())[:STORIES])


def _serve(site, stories) -> dict[str, str]:
    """Serve each story's articles round-robin from the three outlets' feeds; return url -> story."""
    feeds, story_of = defaultdict(list), {}
    for story, records in stories.items():
        for number, record in enumerate(records):
            outlet = OUTLETS[number % len(OUTLETS)]
            lines = [line.strip() for line in record["text"].splitlines() if line.strip()]
            published = datetime(record["day"].year, record["day"].month, record["day"].day, 10, tzinfo=timezone.utc)
            path = f"/{outlet}/{record['id'].replace('/', '-')}.html"
            site.add(path, article_html(lines[0], lines[1:], published=published.isoformat(), lang=record["lang"]))
            feeds[outlet].append((site.url(path), lines[0], format_datetime(published)))
            story_of[site.url(path)] = story
    for outlet in OUTLETS:
        site.add(f"/{outlet}.xml", rss(feeds[outlet]), "application/rss+xml")
    return story_of


def test_labelled_stories_from_three_outlets_are_alerted_once_each(site, write_config, db_path, smtp_sink,
                                                                   webhook_receiver):
    stories = _alert_worthy_stories()
    story_of = _serve(site, stories)
    text = ROUND.replace("{parallel}", "3") + ALERTS.replace("{webhook_url}", webhook_receiver.url).replace(
        "{smtp_port}", str(smtp_sink.port))
    text += "".join(OUTLET.replace("{name}", name).replace("{base}", site.base_url) for name in OUTLETS)
    command = [*PACTWATCH, "--config", str(write_config(text)), "--db", str(db_path), "run", "--once"]

    first = subprocess.run(command, capture_output=True, text=True, timeout=300)
    after_first = (len(webhook_receiver.accepted), len(smtp_sink.messages))
    second = subprocess.run(command, capture_output=True, text=True, timeout=300)

    assert (first.returncode, second.returncode) == (0, 0), first.stderr + second.stderr
    deliveries = [delivery["json"] for delivery in webhook_receiver.accepted]
    assert (len(deliveries), len(smtp_sink.messages)) == after_first  # the second run sends nothing
    assert {delivery["type"] for delivery in deliveries} == {"event.new"}
    # An alert is about a story when it names the story's two states and one of its articles (an
    # article may report a second event, of other states, alerted on its own).
    pair = {story: sorted(gold_main(records[0])["parties"]) for story, records in stories.items()}
    alerted = defaultdict(list)
    for delivery in deliveries:
        event = delivery["event"]
        for story in {story_of.get(article["url"]) for article in event["articles"]} - {None}:
            if sorted(party["code"] for party in event["parties"]) == pair[story]:
                alerted[story].append(event)
    assert {story: len(events) for story, events in alerted.items()} == {story: 1 for story in stories}
    for story, records in stories.items():
        [event] = alerted[story]
        assert sorted(story_of.get(article["url"]) for article in event["articles"]) == [story] * len(records)
    assert len(smtp_sink.messages) == len(deliveries)
