"""Reading an article from a local file (.txt or .html) or stdin, for `classify` and `ingest`."""

from __future__ import annotations

import sys
from pathlib import Path

from crawlers.extraction import extract_article
from monitor.analysis.store import ArticleRecord


def read_document(path: str) -> ArticleRecord:
    """A .html file (or HTML on stdin) is extracted like a crawled page; anything else is text whose
    first non-empty line is the title. The article has no URL and no source yet: `ingest` gives
    them, `classify` needs neither."""
    if path == "-":
        data = sys.stdin.read()
        return html_document(data, "stdin:") if data.lstrip().startswith("<") else text_document(data)
    raw = Path(path).read_bytes().decode("utf-8", errors="replace")
    if Path(path).suffix.lower() in (".html", ".htm"):
        return html_document(raw, Path(path).resolve().as_uri())
    return text_document(raw)


def html_document(html: str, url: str) -> ArticleRecord:
    extracted = extract_article(html, url)
    if extracted is None:
        return ArticleRecord(url="", source="", title="", text="")
    return ArticleRecord(url="", source="", title=extracted.title, text=extracted.text,
                         published_at=extracted.published, lang=extracted.lang)


def text_document(text: str) -> ArticleRecord:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return ArticleRecord(url="", source="", title=title, text=text)
