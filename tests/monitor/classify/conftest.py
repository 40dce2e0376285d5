"""Helpers for classifier tests: build an article from a title and sentences written for the tests."""

from __future__ import annotations

from datetime import date
from typing import Optional

import pytest

from monitor.classify import Article, Detection, classify


def run(title: str, text: str, lang: Optional[str] = None, published: Optional[date] = None,
        url: Optional[str] = None) -> Detection:
    return classify(Article(title=title, text=text, lang=lang, published=published, url=url))


def main(detection: Detection):
    assert detection.events, "expected at least one event"
    return detection.events[0]


@pytest.fixture
def classify_text():
    return run


def flagged_main(title: str, text: str, lang: Optional[str] = None, **kwargs) -> tuple:
    """(kind, parties, plan year, date) of the main event of an article that must be flagged."""
    detection = run(title, text, lang=lang, **kwargs)
    assert detection.flagged, detection
    event = main(detection)
    return event.kind, event.parties, event.plan_year, event.date


def assert_not_flagged(title: str, text: str, lang: Optional[str] = None, **kwargs) -> None:
    detection = run(title, text, lang=lang, **kwargs)
    assert not detection.flagged, detection.events
