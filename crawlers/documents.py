"""Reading an article from a local file (.txt or .html) or stdin, for `classify` and `ingest`."""

from __future__ import annotations

import errno
import sys
from pathlib import Path

from crawlers.extraction import extract_article
from monitor.analysis.store import ArticleRecord


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
    extracted = extract_article(html, url)
    if extracted is None:
        return ArticleRecord(url="", source="", title="", text="")
    return ArticleRecord(url="", source="", title=extracted.title, text=extracted.text,
                         published_at=extracted.published, lang=extracted.lang)


def text_document(text: str) -> ArticleRecord:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ArticleRecord(url="", source="", title=title, text=text)
