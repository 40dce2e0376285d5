"""The rule-based classifier: one article in, one detection out (pure, deterministic, offline).

``classify(article)`` finds the language, cuts the article's own story from page furniture, reads
each sentence against the language's lexicons and reports defence-cooperation events, the main
one first. ``flagged`` is true when the story reports a bilateral act between exactly two states.
"""

from __future__ import annotations

import logging

from monitor.classify.dates import page_dates
from monitor.classify.detect import can_report, detect, may_report
from monitor.classify.facts import attach_dates, build
from monitor.classify.home import home_state
from monitor.classify.language import language_of
from monitor.classify.lexicons import LANGS, load, supported
from monitor.classify.model import EVENT_KINDS, Article, Detection, Event, two_states
from monitor.classify.story import holds_headline, read_lists, split_story
from monitor.classify.text import headline_apart, lowercase, normalise, visible

__all__ = ["classify", "warm_up", "CLASSIFIER_VERSION", "Article", "Detection", "Event", "EVENT_KINDS"]

CLASSIFIER_VERSION = "rules-20"

logger = logging.getLogger(__name__)


def warm_up() -> None:
    """Compile every language's lexicon now (about a second in all) rather than on the first article
    in each language: a crawl calls this before its first request, so that compiling never stalls
    its downloads mid-crawl (a stall past a short download timeout cost pages their retries)."""
    for lang in LANGS:
        lexicon = load(lang)
        lexicon.scan(" ", " ")
        split_story(" ", lang)  # joins the language's story-line patterns (story.py)
    classify(Article(title="", text="warm up"))


def classify(article: Article) -> Detection:
    """Classify one article; never raises (a failure is logged and yields an empty detection)."""
    try:
        return _classify(article)
    except Exception:  # noqa: BLE001 - the crawl must go on whatever one page contains
        logger.exception("classifier failed on %s", article.url or (article.title or "")[:80])
        return Detection(lang=article.lang or "und", flagged=False, events=())


def _classify(article: Article) -> Detection:
    title = normalise(visible(article.title or "")).strip()
    body = normalise(visible(article.text or ""))
    lang = language_of(title + "\n" + body, article.lang)
    if not supported(lang):
        # No lexicon reads this language: nothing can honestly be flagged, and the verdict says so.
        logger.debug("no rules for language %s: %s not read", lang, article.url or (article.title or "")[:80])
        return Detection(lang=lang, flagged=False, events=(), supported=False)
    lex = load(lang)
    body = headline_apart(body, title)
    story, furniture = split_story(body, lex.lang, title)
    story = read_lists(story, lex.lang)
    if title and not story.lstrip().startswith(title[:60]) and not holds_headline(story, title):
        story = title + "\n" + story
    lowered = lowercase(story)
    scan = lex.scan(lowered, story)
    if not may_report(scan, story):
        return Detection(lang=lang, flagged=False, events=())
    facts = build(story, [lex], scans=[scan], lowered=lowered)
    if not can_report(facts):
        return Detection(lang=lang, flagged=False, events=())
    attach_dates(facts, lex)
    dates = page_dates(story, facts.lowered, lex, article.url, article.published, furniture,
                       [mention for mention in facts.dates if not mention.relative])
    events = detect(facts, lex, dates, home_state(article.url))
    flagged = bool(events) and two_states(events[0].parties)
    return Detection(lang=lang, flagged=flagged, events=events)
