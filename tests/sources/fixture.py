"""What a source fixture is: the pages of the real hosts, and what the crawl must store from them."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from typing import Optional
from xml.sax.saxutils import escape

from monitor.demo.server import Page


@dataclass(frozen=True)
class Expected:
    """One article the crawl must store, by its real URL, and what it must look like."""

    url: str
    title: str
    published: Optional[str]
    lang: str
    starts: str
    ends: str
    absent: tuple[str, ...] = ()
    origin: Optional[tuple[str, Optional[str]]] = None
    republishes: Optional[str] = None


@dataclass(frozen=True)
class SourceFixture:
    """The pages of a source's real hosts (host -> path with query -> page) and the articles expected.

    `guards` makes a host answer 403 unless a request header matches (a WAF); `never_fetched`
    lists real URLs the crawl must not request (article pages whose text came with discovery).
    """

    source: str
    pages: dict[str, dict[str, Page]]
    expected: tuple[Expected, ...]
    guards: dict[str, dict[str, str]] = field(default_factory=dict)
    never_fetched: tuple[str, ...] = ()


def html(document: str, charset: str = "utf-8") -> Page:
    return Page(document.encode(charset), f"text/html; charset={charset}")


def xml(document: str) -> Page:
    return Page(document.encode("utf-8"), "application/xml; charset=utf-8")


def rss_page(items: list[tuple[str, str, Optional[str]]], channel: str = "News") -> Page:
    """An RSS 2.0 feed of (url, title, ISO date or None) items."""
    entries = []
    for url, title, published in items:
        when = f"<pubDate>{format_datetime(datetime.fromisoformat(published))}</pubDate>" if published else ""
        entries.append(f"<item><title>{escape(title)}</title><link>{url}</link><guid>{url}</guid>{when}</item>")
    return Page(f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{escape(channel)}'
                f'</title>{"".join(entries)}</channel></rss>'.encode("utf-8"), "application/rss+xml; charset=utf-8")


def json_page(document) -> Page:
    return Page(json.dumps(document, ensure_ascii=False).encode("utf-8"), "application/json; charset=utf-8")


def paragraphs(*texts: str) -> str:
    return "".join(f"<p>{text}</p>" for text in texts)
