"""The per-source options beyond discovery URLs and selectors, parsed from a [[sources]] block.

Request headers and cookies, text cleanup rules, date rules, JSON APIs, Telegram channels and
syndication markers: every site quirk is one of these options, never a class of its own.
Values are read through the config's one Reader, so a mistake is a ConfigError naming the file,
the source and the dotted key.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Optional
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from monitor.config.reader import Reader, number, range_of

OPTION_KEYS = frozenset({"headers", "cookies", "timezone", "date_order", "url_date", "cleanup", "syndication",
                         "aliases", "apis", "telegram"})
CLEANUP_KEYS = frozenset({"drop_leading", "drop_trailing", "drop_lines", "end_at", "unwrap"})
API_KEYS = frozenset({"url", "first_page", "items", "link", "title", "date", "body"})
DATE_ORDERS = ("DMY", "MDY", "YMD")
HEADER_NAME = re.compile(r"^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")
COOKIE_VALUE = re.compile(r'^[^\s",;\\\x00-\x1f\x7f]*$')
TELEGRAM_PATH = re.compile(r"^/s/[A-Za-z0-9_]{4,}/?$")
FIELD_PATH = re.compile(r"^[A-Za-z0-9_$-]+(\.[A-Za-z0-9_$-]+)*$")
TEMPLATE_FIELD = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Cleanup:
    """Lines to drop from an article's text, and whether hard-wrapped lines are re-joined.

    Each rule is a list of regular expressions searched in one stripped line: `drop_leading`
    lines are dropped while they open the text, `drop_trailing` while they close it,
    `drop_lines` wherever they stand, and the text ends before the first `end_at` line.
    """

    drop_leading: tuple[str, ...] = ()
    drop_trailing: tuple[str, ...] = ()
    drop_lines: tuple[str, ...] = ()
    end_at: tuple[str, ...] = ()
    unwrap: bool = False


@dataclass(frozen=True)
class JsonApi:
    """A JSON listing: `url` (with `{page}` where it pages), where the items are, and their fields.

    `link` is the item's field holding its article URL, or a template such as
    "https://site/news/{id}" filled from the item's fields. `title`, `date` and `body` name
    fields (dotted paths; the first one present wins). With a body the page is never fetched.
    """

    url: str
    first_page: int = number(1, 0, 1_000_000)
    items: str = ""
    link: str = "url"
    title: tuple[str, ...] = ("title",)
    date: tuple[str, ...] = ()
    body: tuple[str, ...] = ()

    @property
    def paged(self) -> bool:
        return "{page}" in self.url

    def page_url(self, page: int) -> str:
        return self.url.replace("{page}", str(page))


def parse_source_options(raw: dict[str, Any], check_url: Callable[[str], Optional[str]],
                         read: Reader) -> dict[str, Any]:
    """The Source fields these options fill, validated; `check_url` vets every URL."""
    return {
        "headers": _pairs(raw, "headers", _header_problem, read),
        "cookies": _pairs(raw, "cookies", _cookie_problem, read),
        "timezone": _zone(read.get(raw, "timezone", str), read),
        "date_order": _date_order(raw.get("date_order"), read),
        "url_date": _url_date(read.get(raw, "url_date", str), read),
        "cleanup": _cleanup(read.get(raw, "cleanup", dict, {}), read),
        "syndication": tuple(_regex(p, "syndication", read, group="outlet")
                             for p in read.strings(raw, "syndication", [])),
        "aliases": tuple(read.strings(raw, "aliases", [])),
        "apis": tuple(_api(item, check_url, read) for item in read.get(raw, "apis", list, [])),
        "telegram": tuple(_telegram(url, check_url, read) for url in read.strings(raw, "telegram", [])),
    }


def _pairs(raw: dict, key: str, problem: Callable[[str, str], Optional[str]],
           read: Reader) -> tuple[tuple[str, str], ...]:
    table = read.get(raw, key, dict, {})
    pairs = []
    for name, value in table.items():
        value = read.typed(value, str, f"{key}.{name}")
        message = problem(name, value)
        if message:
            read.fail(message, f"{key}.{name}")
        pairs.append((name, value))
    return tuple(pairs)


def _header_problem(name: str, value: str) -> Optional[str]:
    if not HEADER_NAME.match(name):
        return f"not a valid header name: {name!r}"
    if "\r" in value or "\n" in value:
        return "a header value cannot contain line breaks"
    return None


def _cookie_problem(name: str, value: str) -> Optional[str]:
    if not HEADER_NAME.match(name) or "=" in name:
        return f"not a valid cookie name: {name!r}"
    if not COOKIE_VALUE.match(value):
        return "a cookie value cannot contain spaces, quotes, commas, semicolons or backslashes"
    return None


def _zone(value: Optional[str], read: Reader) -> Optional[str]:
    if value is None:
        return None
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        read.fail(f"unknown IANA time zone {value!r} (e.g. 'Asia/Baku')", "timezone")
    return value


def _date_order(value: Any, read: Reader) -> str:
    if value is None:
        return "DMY"
    if value not in DATE_ORDERS:
        read.fail(f"expected one of {', '.join(DATE_ORDERS)}, got {value!r}", "date_order")
    return value


def _url_date(value: Optional[str], read: Reader) -> Optional[str]:
    if value is None:
        return None
    pattern = _regex(value, "url_date", read)
    missing = {"year", "month", "day"} - set(re.compile(pattern).groupindex)
    if missing:
        read.fail(f"needs the named groups year, month and day (missing: {', '.join(sorted(missing))})", "url_date")
    return pattern


def _cleanup(table: dict, read: Reader) -> Cleanup:
    read.known(table, CLEANUP_KEYS, prefix="cleanup.")
    lists = {key: tuple(_regex(p, f"cleanup.{key}", read) for p in read.strings(table, key, [], prefix="cleanup."))
             for key in ("drop_leading", "drop_trailing", "drop_lines", "end_at")}
    return Cleanup(**lists, unwrap=read.get(table, "unwrap", bool, Cleanup.unwrap, prefix="cleanup."))


def _api(item: Any, check_url: Callable[[str], Optional[str]], read: Reader) -> JsonApi:
    table = read.typed(item, dict, "apis")
    read.known(table, API_KEYS, prefix="apis.")
    url = read.required(table, "url", str, prefix="apis.")
    problem = check_url(url.replace("{page}", "1"))
    if problem:
        read.fail(problem, "apis.url")
    first_page = read.number(table, "first_page", JsonApi.first_page, range_of(JsonApi, "first_page"),
                             prefix="apis.")
    items = read.get(table, "items", str, JsonApi.items, prefix="apis.")
    if items and not FIELD_PATH.match(items):
        read.fail(f"expected a dotted path like 'data' or 'result.items', got {items!r}", "apis.items")
    link = read.required(table, "link", str, prefix="apis.")
    fields = TEMPLATE_FIELD.findall(link) if "{" in link or "}" in link else [link]
    leftover = TEMPLATE_FIELD.sub("", link)
    for field in fields or [link]:
        if not FIELD_PATH.match(field) or "{" in leftover or "}" in leftover:
            read.fail(f"expected a field name or a template like 'https://site/news/{{id}}', got {link!r}",
                      "apis.link")
    return JsonApi(url=url, first_page=first_page, items=items, link=link,
                   title=_fields(table, "title", JsonApi.title, read), date=_fields(table, "date", JsonApi.date, read),
                   body=_fields(table, "body", JsonApi.body, read))


def _fields(table: dict, key: str, default: tuple[str, ...], read: Reader) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        return default
    names = [value] if isinstance(value, str) else read.strings(table, key, prefix="apis.")
    for name in names:
        if not FIELD_PATH.match(name):
            read.fail(f"expected field names (dotted paths), got {name!r}", f"apis.{key}")
    return tuple(names)


def _telegram(url: str, check_url: Callable[[str], Optional[str]], read: Reader) -> str:
    problem = check_url(url)
    if problem:
        read.fail(problem, "telegram")
    if not TELEGRAM_PATH.match(urlsplit(url).path):
        read.fail(f"expected a channel preview URL like 'https://t.me/s/CHANNEL', got {url!r}", "telegram")
    return url


def _regex(pattern: str, key: str, read: Reader, group: Optional[str] = None) -> str:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        read.fail(f"not a valid regular expression {pattern!r}: {exc}", key)
    if group and group not in compiled.groupindex:
        read.fail(f"{pattern!r} needs a named group (?P<{group}>...)", key)
    return pattern
