"""Public Telegram channel previews (https://t.me/s/CHANNEL): each post is a whole article.

The preview page lists a channel's latest posts, oldest first, each in a
`.tgme_widget_message[data-post="CHANNEL/ID"]` with its text in `.tgme_widget_message_text`
and its time in `.tgme_widget_message_date time[datetime]`. Older posts are at `?before=ID`
(the page's "more" link names the ID; else the smallest ID on the page is used).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional
from urllib.parse import urlsplit, urlunsplit

from parsel import Selector

from crawlers.discovery import Entry
from crawlers.discovery.dates import parse_machine_date
from crawlers.extraction import html_text

POST_ID = re.compile(r"^([A-Za-z0-9_]+)/(\d+)$")
TITLE_CHARS = 160


@dataclass(frozen=True)
class ChannelPage:
    """The posts of one preview page (newest first) and the ID older posts are fetched before."""

    posts: list[Entry]
    before: Optional[int]


def parse_channel_page(html: str, page_url: str) -> ChannelPage:
    """The text posts of a preview page; posts without text (a photo alone) are left out."""
    page = Selector(text=html)
    posts, ids = [], []
    for message in page.css(".tgme_widget_message[data-post]"):
        match = POST_ID.match(message.attrib["data-post"].strip())
        if not match:
            continue
        ids.append(int(match.group(2)))
        fragment = message.css(".tgme_widget_message_text").get()
        text = html_text(fragment) if fragment else ""
        if not text:
            continue
        published = message.css(".tgme_widget_message_date time::attr(datetime)").get() or \
            message.css("time::attr(datetime)").get()
        posts.append(Entry(url=post_url(page_url, match.group(1), match.group(2)), title=post_title(text),
                           published=parse_machine_date(published), text=text))
    more = page.css("a.tme_messages_more::attr(data-before)").get()
    before = int(more) if more and more.isdigit() else (min(ids) if ids else None)
    return ChannelPage(posts=list(reversed(posts)), before=before)


def older_page_url(channel_url: str, before: int) -> str:
    """The preview page of the posts older than `before`."""
    parts = urlsplit(channel_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, f"before={before}", ""))


def post_url(page_url: str, channel: str, post_id: str) -> str:
    """A post's permanent link, https://t.me/CHANNEL/ID, on the host the preview came from."""
    parts = urlsplit(page_url)
    return urlunsplit((parts.scheme, parts.netloc, f"/{channel}/{post_id}", "", ""))


def post_title(text: str) -> str:
    """A post has no headline: its first line stands for one, cut at a word near TITLE_CHARS."""
    first = text.split("\n", 1)[0].strip()
    if len(first) <= TITLE_CHARS:
        return first
    return first[:TITLE_CHARS].rsplit(" ", 1)[0].rstrip(",;:-–") + "…"
