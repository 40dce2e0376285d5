"""The classifier and the extractor, on any text or bytes: no exception escapes, and a huge
article costs no more than its first part (the work is bounded by the classifier's MAX_CHARS).

The classifier catches its own failures and logs them ("classifier failed"); these tests
hold it to never needing that net.
"""

import logging
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawlers.extraction import extract_article
from monitor.classify import Article, Detection, classify
from monitor.classify.text import MAX_CHARS

WORDS = ["signed", "plan", "military", "cooperation", "Azerbaijan", "Kazakhstan", "for 2024", "ministers",
         "defence", "подписали", "план", "военного", "сотрудничества", "на 2024 год", "Azərbaycan", "imzaladı",
         "planı", "Türkiye", "yesterday", "on Monday", "15 March", "\n", ". ", "«", "»", "—", "NATO", "CSTO",
         "ratified", "agreement", "memorandum", "talks", "exercise", "İ", "ı", "ё", "\u200b", "\x00", "2024-03-05"]
PROSE = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=80).map(" ".join)
LANGS = st.sampled_from([None, "en", "ru", "az", "tr", "fr", "hy", "xx", ""])
ENCODINGS = st.sampled_from(["utf-8", "cp1251", "koi8-r", "latin-1", "utf-16"])


@pytest.fixture(autouse=True)
def no_classifier_failures(caplog):
    """Fail any test in which the classifier had to catch an exception of its own."""
    caplog.set_level(logging.ERROR, logger="monitor.classify")
    yield
    assert [r.getMessage() for r in caplog.records if r.name.startswith("monitor.classify")] == []


def check(detection: Detection) -> None:
    assert isinstance(detection, Detection)
    assert detection.flagged in (True, False)
    for event in detection.events:
        assert all(isinstance(code, str) for code in event.parties)


@given(PROSE, PROSE, LANGS, st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1))))
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_classifier_reads_any_text(title, text, lang, published):
    check(classify(Article(title=title, text=text, lang=lang, published=published, url="https://e.org/2024/03/05/x")))


@given(st.binary(max_size=3000), ENCODINGS)
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_classifier_reads_any_bytes_decoded_with_errors(data, encoding):
    text = data.decode(encoding, errors="replace")
    check(classify(Article(title=text[:80], text=text, lang=None, published=None, url=None)))


@given(PROSE, st.text(min_size=1, max_size=50))
@settings(max_examples=4, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_a_huge_article_is_read_only_up_to_its_bound(story, tail):
    """What lies past twice MAX_CHARS is never read: the answer for a 2 MB article is the answer
    for its first 2 * MAX_CHARS characters."""
    head = (story + "\n" + "The ministers met again. " * (2 * MAX_CHARS // 25 + 1))[: 2 * MAX_CHARS]
    huge = head + (tail * (2_000_000 // len(tail) + 1))[:2_000_000]
    published = date(2024, 3, 5)

    assert classify(Article(title="T", text=huge, lang=None, published=published, url=None)) == \
        classify(Article(title="T", text=head, lang=None, published=published, url=None))


HTMLISH = st.lists(st.one_of(st.sampled_from(["<html>", "<body>", "<article>", "<p>", "</p>", "<div>", "</div>",
                                              "<script>", "</script>", "<title>", "</title>", "<!--", "-->",
                                              "<meta charset='koi8-r'>", "<time datetime='2024-13-45'>", "&nbsp;",
                                              "<h1>", "</h1>", "\x00", "<![CDATA["]), PROSE), max_size=40).map("".join)


@given(HTMLISH)
@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_extraction_of_any_markup_gives_an_article_or_none(html):
    extracted = extract_article(html, "https://e.org/news/1.html")
    if extracted is not None:
        assert len(extracted.text) >= 40
