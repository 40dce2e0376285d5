"""An Atom feed (RFC 4287) of events, for feed readers: one entry per event, newest first seen first.

Written with xml.etree.ElementTree, which escapes every text node and attribute. The entry's
HTML content escapes scraped text itself (article titles, evidence) before the XML layer
escapes it again, so a title such as "<script>" reaches the reader as words, never as markup;
only http(s) and file URLs become links (monitor.config.links), so a javascript: URL never does.
(feedgen 1.0 drops the rel, type and title of entry links, and datasette-atom, built on it,
fails on a query with no rows; the format is small enough to write directly.)
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from html import escape
from typing import Callable, Iterable

from monitor.alerts.names import headline, kind_label
from monitor.config.links import link_target
from monitor.output import wording

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_TITLE = "pactwatch: defence-cooperation events"
COUNTRY_SCHEME = "urn:iso:std:iso:3166-1:alpha-2"
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def atom_feed(events: Iterable[dict], *, feed_url: str, site_url: str, event_url: Callable[[int], str],
              database: str, title: str = FEED_TITLE) -> bytes:
    """The Atom document for `events` (rows of storage.queries.events), as UTF-8 bytes.

    `event_url(id)` is the absolute URL of an event's page; entry ids are stable URNs built
    from `database` and the event id, so a reader never shows an event twice.
    """
    feed = ET.Element("feed", xmlns=ATOM_NS)
    _text(feed, "id", f"urn:pactwatch:{database}:events")
    _text(feed, "title", title)
    updated = _text(feed, "updated", "")
    _text(ET.SubElement(feed, "author"), "name", "pactwatch")
    ET.SubElement(feed, "link", href=feed_url, rel="self", type="application/atom+xml")
    ET.SubElement(feed, "link", href=site_url, rel="alternate", type="text/html")
    _text(feed, "generator", "pactwatch")
    latest = None
    for event in events:
        changed = _time(event["updated_at"] or event["first_seen"])
        latest = changed if latest is None or changed > latest else latest
        feed.append(_entry(event, changed, event_url(event["id"]), database))
    updated.text = (latest or datetime.now(timezone.utc)).isoformat()
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(event: dict, changed: datetime, page_url: str, database: str) -> ET.Element:
    entry = ET.Element("entry")
    _text(entry, "id", f"urn:pactwatch:{database}:event:{event['id']}")
    _text(entry, "title", headline(event))
    _text(entry, "updated", changed.isoformat())
    _text(entry, "published", _time(event["first_seen"]).isoformat())
    ET.SubElement(entry, "link", href=page_url, rel="alternate", type="text/html")
    for article in event["articles"]:
        if link_target(article["url"]):
            ET.SubElement(entry, "link", href=xml_safe(article["url"]), rel="related",
                          title=xml_safe(article["title"] or article["url"]))
    ET.SubElement(entry, "category", term=event["kind"], label=kind_label(event["kind"]))
    for party in event["parties"]:
        ET.SubElement(entry, "category", term=party, scheme=COUNTRY_SCHEME)
    _text(entry, "content", entry_html(event, page_url), type="html")
    return entry


def _text(parent: ET.Element, tag: str, text: str, **attributes: str) -> ET.Element:
    element = ET.SubElement(parent, tag, **attributes)
    element.text = xml_safe(text)
    return element


def xml_safe(text: str) -> str:
    """Scraped text without the control characters XML 1.0 forbids (a stray one would break the feed)."""
    return NOT_XML.sub("", text)


def entry_html(event: dict, page_url: str = "") -> str:
    """The entry body: the evidence sentence, then every source article with its link."""
    parts = []
    if event.get("evidence"):
        parts.append(f"<p>{escape(event['evidence'])}</p>")
    facts = [f"Kind: {escape(kind_label(event['kind']))}"]
    if event.get("plan_year"):
        facts.append(f"plan year {event['plan_year']}")
    # The event's day as its reports state it, or "date not reported; first report ..." (never the
    # day pactwatch stored it as if it were the event's: monitor.analysis.eventday).
    facts.append(f"date: {escape(wording.when(event, stored=False))}")
    parts.append(f"<p>{'; '.join(facts)}.</p>")
    items = "".join(
        f'<li>{_linked(article)}'
        f' ({escape(article["source"])}{", " + escape(article["published_at"][:10]) if article["published_at"] else ""})'
        "</li>" for article in event["articles"])
    if items:
        parts.append(f"<p>Reported by:</p><ul>{items}</ul>")
    if page_url:
        parts.append(f'<p><a href="{escape(page_url)}">The event\'s page</a>: every report in full.</p>')
    return "".join(parts)


def _linked(article: dict) -> str:
    """The article's title, linked to its page when its URL may be a link (monitor.config.links)."""
    title = escape(article["title"] or article["url"])
    target = link_target(article["url"])
    return f'<a href="{escape(target)}">{title}</a>' if target else title


def _time(value: str) -> datetime:
    """Stored times are ISO 8601 UTC; a date without a time counts as midnight UTC."""
    parsed = datetime.fromisoformat(value)
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
