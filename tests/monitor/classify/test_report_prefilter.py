"""A story whose scan holds no event cue is answered before its sentences are built.

``classify`` asks ``may_report`` of the lexicon's scan first, and builds the story's sentence facts
only when it is true: that must never turn away a story ``can_report`` would read (the verdict
would change), so both must ask for the same cues.
"""

from collections import Counter
from pathlib import Path

import pytest

from monitor.classify.detect import REPORT_CUES, can_report, may_report
from monitor.classify.facts import SentenceFacts, StoryFacts, build
from monitor.classify.lexicons import TERM_CATEGORIES, load
from monitor.classify.text import lowercase

SHARED = Path(__file__).resolve().parents[3] / "../shared"

# Sentences written for this test: events told, and stories that tell none.
PROBES = (
    ("en", "The defence ministers of Georgia and Armenia signed a cooperation plan for 2025 in Tbilisi."),
    ("en", "Troops of Kazakhstan and Uzbekistan held a joint exercise near the border."),
    ("en", "The weather in the capital stayed mild, and the market opened late on Tuesday."),
    ("ru", "Министры обороны Азербайджана и Турции провели встречу в Баку."),
    ("ru", "В городе открылся новый музей современного искусства."),
    ("fr", "Le ministre de la défense a signé un accord avec son homologue marocain."),
    ("tr", "Hava yarın yağmurlu olacak, sıcaklık düşecek."),
)


def _story(cues: dict) -> StoryFacts:
    sentence = SentenceFacts(0, 0, 10, "0123456789", "0123456789", cues=cues)
    return StoryFacts([sentence], Counter(), set(), "0123456789", "0123456789")


@pytest.mark.parametrize("category", TERM_CATEGORIES)
def test_can_report_asks_for_the_report_cues_and_no_other(category):
    assert can_report(_story({category: [0]})) == (category in REPORT_CUES)


def _texts():
    yield from PROBES
    for name in ("dev", "train"):
        for path in sorted((SHARED / "corpus" / name).glob("*.txt")):
            yield None, path.read_text(encoding="utf-8", errors="replace")


def test_a_story_the_rules_can_read_always_passes_the_scan_check():
    checked = 0
    for lang, text in _texts():
        for code in ((lang,) if lang else ("en", "ru", "tr", "az")):
            lex = load(code)
            scan = lex.scan(lowercase(text), text)
            facts = build(text, [lex], scans=[scan])
            assert may_report(scan) or not can_report(facts), (code, text[:80])
            assert build(text, [lex]).sentences == facts.sentences
            checked += 1
    assert checked >= len(PROBES)
    assert not may_report(load("en").scan(lowercase(PROBES[2][1]), PROBES[2][1]))
