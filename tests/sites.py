"""Builders of fixture pages: article pages, feeds and sitemaps shaped like real sites'."""

from __future__ import annotations

from typing import Optional


def article_html(title: str, paragraphs: list[str], *, published: Optional[str] = "2024-03-05T10:00:00+04:00",
                 lang: str = "en", charset: str = "utf-8", latest: Optional[list[str]] = None) -> str:
    """An article page shaped like a news site's: navigation, the story, a 'latest' aside, a footer."""
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    body = "\n".join(f"<p>{p}</p>" for p in paragraphs)
    aside = "".join(f'<li><a href="/other/{i}.html">{h}</a></li>' for i, h in enumerate(latest or []))
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="{charset}"><title>{title} | Outlet</title>'
            f'{meta}</head><body><nav><a href="/">Home</a> <a href="/about.html">About</a></nav>'
            f'<article><h1>{title}</h1>{body}</article>'
            f'<aside><h3>Latest</h3><ul>{aside}</ul></aside><footer>© Outlet</footer></body></html>')


def rss(items: list[tuple[str, str, str]]) -> str:
    """An RSS 2.0 feed of (url, title, RFC 822 date) items."""
    entries = "".join(f"<item><title>{t}</title><link>{u}</link><pubDate>{d}</pubDate></item>" for u, t, d in items)
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title>'
            f'{entries}</channel></rss>')


def words(seed: str, count: int = 60) -> str:
    """Filler prose, distinct per seed, long enough for extraction to keep it as article text."""
    vocabulary = ("the delegation reviewed training schedules logistics and staff exchanges while officers "
                  "from both sides compared notes on engineering units medical support and education").split()
    return " ".join(vocabulary[(i * 7 + len(seed)) % len(vocabulary)] for i in range(count)) + f" ({seed})."



# One source, "wire", crawling what serve_wire serves ({base}: the site's base URL), as fast as the
# loopback server allows.
WIRE_CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""


def serve_wire(site, count: int, story_words: int = 60) -> list[str]:
    """Serve `count` stories at /news/N.html and an RSS feed of them at /rss.xml; return their paths."""
    paths, items = [], []
    for number in range(count):
        path = f"/news/{number}.html"
        site.add(path, article_html(f"Story {number}", [words(f"story{number}", story_words)]))
        paths.append(path)
        items.append((site.url(path), f"Story {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/rss.xml", rss(items), "application/rss+xml")
    return paths
