"""Every page of the bundled demo site, extracted as a crawl would extract it, is classified as its
label says: flagged or not and, for flagged pages, the main event's kind, parties, plan year and date."""

import json
from dataclasses import replace
from pathlib import Path

import pytest

from crawlers.documents import read_document
from monitor.classify import classify

REPO = Path(__file__).resolve().parents[3]
SITE = REPO / "monitor" / "demo" / "site"
LABELS = REPO / "tests" / "fixtures" / "demo_labels.jsonl"


def labels():
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def gold_main(label):
    return next(event for event in label["events"] if len(event["parties"]) == 2)


@pytest.mark.parametrize("label", labels(), ids=lambda label: label["id"])
def test_demo_page_is_classified_as_labelled(label):
    document = read_document(str(SITE / label["id"].lstrip("/")))
    detection = classify(replace(document, url=f"http://demo.invalid{label['id']}").for_classifier())

    assert detection.flagged == label["flagged"], label["note"]
    if label["flagged"]:
        gold, main = gold_main(label), detection.events[0]
        assert (main.kind, list(main.parties), main.plan_year, main.date) == \
            (gold["kind"], gold["parties"], gold["plan_year"], gold["date"]), label["note"]
