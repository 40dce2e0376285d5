"""Reading an article from a local file (.txt or .html) or stdin, for `classify` and `ingest`."""

from __future__ import annotations

import errno
import re
import sys
from pathlib import Path
from typing import Optional

import lxml.html
from lxml import etree

from crawlers.extraction import extract_article, lead_date
from crawlers.page_dates import DateRules
from monitor.analysis.store import ArticleRecord
from monitor.classify.language import language_of
from monitor.classify.story import opening_tickers

HEADLINE_LINES = 12
MIN_HEADLINE_WORDS = 3
MAX_TITLE_CHARS = 200
WORD = re.compile(r"[^\W\d_]{2,}")
SENTENCE_END = re.compile(r"[.!?](?=\s)")
# A date (and time) opening a line, with a label before it: " date 2019-11-26 Headline ...".
LEADING_DATE = re.compile(r"^(?:date|published|updated)?[:\s]*\d{4}-\d{2}(?:-\d{2})?(?:[ T]\d{2}:\d{2}(?::\d{2})?)?\s+",
                          re.IGNORECASE)
# Lines that open a stored page but are not its headline: copyright, bylines, photo credits,
# cookie notices, navigation and share widgets, a site's "News" label, inline images, and a
# teaser cut short with "..." (the whole headline follows).
BOILERPLATE = re.compile(
    r"^(?:©|\(c\)\s|copyright\b|all rights reserved|by\s+\S+(?:\s+\S+){0,3}$|photo\s*:|source\s*:|"
    r"<image>|share\b|home(?:page)?\b|\W*(?:menu|news|новости|xəbərlər|haberler)\b.{0,20}$)|"
    r"©\s*\S.*\b\d{4}\s*$|\bcookies?\b|(?:\.\.\.|…)$",
    re.IGNORECASE)


def read_document(path: str) -> ArticleRecord:
    """A .html file (or HTML on stdin) is extracted like a crawled page; anything else is text whose
    first non-empty line is the title. The article has no URL and no source yet: `ingest` gives
    them, `classify` needs neither. A file or stdin that cannot be read raises OSError."""
    if path == "-":
        data = read_stdin()
        return html_document(data, "stdin:") if data.lstrip().startswith("<") else text_document(data)
    raw = Path(path).read_bytes().decode("utf-8", errors="replace")
    if Path(path).suffix.lower() in (".html", ".htm"):
        return html_document(raw, Path(path).resolve().as_uri())
    return text_document(raw)


def read_stdin() -> str:
    """All of stdin, decoded as a file is (UTF-8, undecodable bytes replaced); OSError when it is closed."""
    if sys.stdin is None:
        raise OSError(errno.EBADF, "standard input is closed")
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:  # replaced by a text-only stream (click's test runner gives a binary one)
        return sys.stdin.read()
    return stream.read().decode("utf-8", errors="replace")


def html_document(html: str, url: str) -> ArticleRecord:
    """A page extracted as a crawl extracts it; its language detected when the page declares none,
    and its headline taken from the text when the page's title is boilerplate ("© Outlet 2022")."""
    extracted = extract_article(html, url)
    if extracted is None:
        return ArticleRecord(url="", source="", title="", text="")
    lang = language_of(f"{extracted.title}\n{extracted.text}", extracted.lang)
    title = (extracted.title if is_headline(extracted.title)
             else headline(extracted.text, lang) or extracted.title)
    published = extracted.published_at or head_date(html) or lead_date(extracted.text, DateRules(languages=(lang,)))
    return ArticleRecord(url="", source="", title=title, text=extracted.text, published_at=published, lang=lang)


def head_date(html: str) -> Optional[str]:
    """The publish day htmldate (trafilatura's date finder) reads in the page's <head> alone: the
    metadata names extraction does not know (parsely-pub-date, citation_publication_date, ...),
    never a <time> of a sidebar, which htmldate reads in the body even without extensive search."""
    from htmldate import find_date

    try:
        head = lxml.html.document_fromstring(html).find("head")
    except (ValueError, etree.ParserError):
        return None
    if head is None or not len(head):
        return None
    markup = "<html>" + lxml.html.tostring(head, encoding="unicode") + "<body></body></html>"
    return find_date(markup, extensive_search=False, original_date=True, outputformat="%Y-%m-%d")


def text_document(text: str) -> ArticleRecord:
    """Text as a page stores it: the headline is the first line that reads as one (not a copyright
    line, a byline, a date or widget residue), the publish date a date line or dateline among the
    first lines (read by dateparser in the text's language, as a crawl reads a page's), the
    language detected as the classifier detects it."""
    lang = language_of(text)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ArticleRecord(url="", source="", title=headline(text, lang) or first, text=text,
                         published_at=lead_date(text, DateRules(languages=(lang,))), lang=lang)


def headline(text: str, lang: Optional[str] = None) -> Optional[str]:
    """The first of the first HEADLINE_LINES lines that reads as a headline (a date opening it cut
    off); a paragraph standing first gives its first sentence, shortened to MAX_TITLE_CHARS. With the
    text's ``lang``, a ticker's item of another story above the article's own headline ("Breaking: ...",
    "12:40 ...", as the classifier's story reads the page's opening) is passed over."""
    lines = text.splitlines()
    tickers = opening_tickers(lines, lang) if lang else set()
    lines = [line for index, line in enumerate(lines) if index not in tickers]
    for line in [line.strip() for line in lines if line.strip()][:HEADLINE_LINES]:
        line = LEADING_DATE.sub("", line).strip()
        if is_headline(line):
            return _first_sentence(line)
    return None


def is_headline(line: str) -> bool:
    """Whether a line can be a headline: three words or more, mostly letters, and not boilerplate."""
    words = WORD.findall(line)
    letters = sum(len(word) for word in words)
    return len(words) >= MIN_HEADLINE_WORDS and letters >= len(line) / 2 and not BOILERPLATE.search(line)


def _first_sentence(line: str) -> str:
    if len(line) <= MAX_TITLE_CHARS:
        return line
    end = SENTENCE_END.search(line, 20)
    sentence = line[:end.start() + 1] if end and end.start() < MAX_TITLE_CHARS else line
    if len(sentence) <= MAX_TITLE_CHARS:
        return sentence
    return sentence[:MAX_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
