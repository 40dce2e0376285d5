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


def check_probe(title: str, text: str, expected: Optional[tuple], lang: str) -> None:
    """One probe of a language's grid: ``expected`` is None (must not be flagged) or the main event's
    (kind, pair) or (kind, pair, plan year)."""
    if expected is None:
        assert_not_flagged(title, text, lang=lang)
        return
    kind, parties, plan_year, _ = flagged_main(title, text, lang=lang)
    got = (kind, parties, plan_year)[:len(expected)]
    assert got == (expected[0], tuple(expected[1]), *expected[2:]), got


def probe_grid(lang: str, probes: list) -> object:
    """A parametrised test over a language's grid of probes: (principle, headline, text, expected),
    expected None or (kind, "AA BB"[, plan year]). A module binds it as ``test_probe``."""
    @pytest.mark.parametrize("principle, title, text, expected", probes, ids=[probe[0] for probe in probes])
    def test_probe(principle, title, text, expected):
        check_probe(title, text, expected and (expected[0], tuple(expected[1].split()), *expected[2:]), lang=lang)
    return test_probe


def probe_grids(grids: dict) -> object:
    """A parametrised test over grids of probes by language, ``{lang: [(principle, headline, text, expected)]}``, each
    probe's id "<lang>-<principle>". A module binds it as ``test_probe``."""
    cases = [(lang, *probe) for lang, probes in grids.items() for probe in probes]

    @pytest.mark.parametrize("lang, principle, title, text, expected", cases, ids=[f"{c[0]}-{c[1]}" for c in cases])
    def test_probe(lang, principle, title, text, expected):
        check_probe(title, text, expected and (expected[0], tuple(expected[1].split()), *expected[2:]), lang=lang)
    return test_probe
