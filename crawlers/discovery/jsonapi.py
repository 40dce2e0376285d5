"""JSON API listings: the items of one page of a site's news API, as discovery entries.

A source describes its API (monitor.config.source_options.JsonApi): where the list of items is, the
field (or URL template) that gives each item's article URL, and the fields of its title, date
and body. An item with a body is a whole article; one without is a link to fetch.
"""

from __future__ import annotations

import json
from typing import Any, Optional
from urllib.parse import urljoin

from crawlers.discovery import Entry
from crawlers.discovery.dates import parse_machine_date
from crawlers.extraction import html_text
from crawlers.page_dates import DateRules, parse_visible_date, with_zone
from monitor.config.source_options import TEMPLATE_FIELD, JsonApi


class NotAnApiPage(ValueError):
    """The response is not JSON, or has no list of items where the source says."""


def parse_api_page(body: str, api: JsonApi, page_url: str, dates: DateRules = DateRules()) -> list[Entry]:
    """The entries of one API page, in document order; items without a usable URL are skipped.

    Dates are ISO 8601 / RFC 822 or a human-written date read with the source's date rules.
    """
    try:
        document = json.loads(body)
    except ValueError as exc:
        raise NotAnApiPage(f"not JSON: {exc}") from None
    items = document if isinstance(document, list) else field(document, api.items) if api.items else document
    if not isinstance(items, list):
        raise NotAnApiPage(f"no list of items at {api.items or 'the top level'!r}")
    entries = []
    for item in items:
        if not isinstance(item, dict):
            continue
        url = _item_url(item, api.link)
        if not url:
            continue
        body_html = _first_text(item, api.body)
        published = _first_text(item, api.date)
        entries.append(Entry(url=urljoin(page_url, url), title=_first_text(item, api.title),
                             published=_date(published, dates), text=html_text(body_html) if body_html else None))
    return entries


def _date(value: Optional[str], dates: DateRules) -> Optional[str]:
    if not value:
        return None
    machine = parse_machine_date(value)
    return with_zone(machine, dates.timezone) if machine else parse_visible_date(value, dates)


def field(item: Any, path: str) -> Any:
    """The value at a dotted path ('data', 'attributes.title'); None where any step is missing."""
    for step in path.split("."):
        if isinstance(item, dict):
            item = item.get(step)
        elif isinstance(item, list) and step.isdigit() and int(step) < len(item):
            item = item[int(step)]
        else:
            return None
    return item


def _item_url(item: dict, link: str) -> Optional[str]:
    if "{" not in link:
        value = field(item, link)
        return str(value).strip() if value not in (None, "") else None
    values = {}
    for name in TEMPLATE_FIELD.findall(link):
        value = field(item, name)
        if value in (None, ""):
            return None
        values[name] = str(value)
    return TEMPLATE_FIELD.sub(lambda match: values[match.group(1)], link)


def _first_text(item: dict, names: tuple[str, ...]) -> Optional[str]:
    for name in names:
        value = field(item, name)
        if value not in (None, "") and not isinstance(value, (dict, list)):
            return str(value).strip()
    return None
