"""Listing pages: the links on them and the way to the next page."""

from __future__ import annotations

import re
from typing import Optional

from parsel import Selector

from crawlers.canonical import absolute_url

NEXT_WORDS = re.compile(
    r"^\s*(next|next page|older|older posts|more|»|›|>|>>|→|далее|следующая|вперед|вперёд|"
    r"sonraki|ileri|növbəti|irəli|növbəti səhifə)\s*[»›>→]*\s*$",
    re.IGNORECASE)


def page_links(body: str, base_url: str) -> list[str]:
    """Every absolute http(s) link on the page, in order, without duplicates."""
    selector = Selector(text=body)
    links = []
    for href in selector.css("a::attr(href)").getall():
        href = href.strip()
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        url = absolute_url(base_url, href)
        if url and url.startswith(("http://", "https://")):
            links.append(url)
    return list(dict.fromkeys(links))


def next_page(body: str, base_url: str) -> Optional[str]:
    """The next page of a listing: <link rel=next>, <a rel=next>, or a link whose text says 'next'."""
    selector = Selector(text=body)
    href = (selector.xpath("//link[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href").get()
            or selector.xpath("//a[contains(concat(' ', normalize-space(@rel), ' '), ' next ')]/@href").get())
    if not href:
        for anchor in selector.css("a[href]"):
            # XPath, not .attrib: lxml refuses to build the attribute dict of a tag whose
            # attribute names hold control characters, and a hostile page must not stop paging
            text = " ".join(anchor.css("::text").getall()) or anchor.xpath("@aria-label").get("")
            if NEXT_WORDS.match(text):
                href = anchor.xpath("@href").get()
                break
    return absolute_url(base_url, href.strip()) if href else None
