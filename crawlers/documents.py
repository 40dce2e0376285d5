"""Reading an article from a local file (.txt or .html) or stdin, for `classify` and `ingest`."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from crawlers.extraction import extract_article
from monitor.classify.model import Article
from monitor.analysis.classification import publish_day


@dataclass(frozen=True)
class Document:
    title: str
    text: str
    published: Optional[str] = None
    lang: Optional[str] = None

    def article(self, url: Optional[str] = None) -> Article:
        """The classifier's view of the document."""
        return Article(title=self.title, text=self.text, lang=self.lang, published=publish_day(self.published),
                       url=url)


def read_document(path: str) -> Document:
    """A .html file (or HTML on stdin) is extracted like a crawled page; anything else is text whose
    first non-empty line is the title."""
    if path == "-":
        data = sys.stdin.read()
        return html_document(data, "stdin:") if data.lstrip().startswith("<") else text_document(data)
    raw = Path(path).read_bytes().decode("utf-8", errors="replace")
    if Path(path).suffix.lower() in (".html", ".htm"):
        return html_document(raw, Path(path).resolve().as_uri())
    return text_document(raw)


def html_document(html: str, url: str) -> Document:
    extracted = extract_article(html, url)
    if extracted is None:
        return Document(title="", text="")
    return Document(title=extracted.title, text=extracted.text, published=extracted.published, lang=extracted.lang)


def text_document(text: str) -> Document:
    title = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return Document(title=title, text=text)
