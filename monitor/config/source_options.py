"""The per-source options beyond discovery URLs and selectors, parsed from a [[sources]] block.

Request headers and cookies, text cleanup rules, date rules, JSON APIs, Telegram channels and
syndication markers: every site quirk is one of these options, never a class of its own.
Problems raise OptionProblem naming the key; monitor/config.py adds the file and the source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Callable, Optional
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

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


class OptionProblem(ValueError):
    """A bad option value; `key` is the dotted key inside the source block."""

    def __init__(self, key: str, message: str):
        super().__init__(message)
        self.key = key
        self.message = message


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
    first_page: int = 1
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


def parse_source_options(raw: dict[str, Any], check_url: Callable[[str], Optional[str]]) -> dict[str, Any]:
    """The Source fields these options fill, validated; `check_url` vets every URL."""
    return {
        "headers": _pairs(raw, "headers", _header_problem),
        "cookies": _pairs(raw, "cookies", _cookie_problem),
        "timezone": _zone(raw.get("timezone")),
        "date_order": _date_order(raw.get("date_order")),
        "url_date": _url_date(raw.get("url_date")),
        "cleanup": _cleanup(_typed(raw.get("cleanup", {}), dict, "cleanup")),
        "syndication": tuple(_regex(p, "syndication", group="outlet")
                             for p in _strings(raw.get("syndication", []), "syndication")),
        "aliases": tuple(_strings(raw.get("aliases", []), "aliases")),
        "apis": tuple(_api(item, check_url) for item in _typed(raw.get("apis", []), list, "apis")),
        "telegram": tuple(_telegram(url, check_url) for url in _strings(raw.get("telegram", []), "telegram")),
    }


def _pairs(raw: dict, key: str, problem: Callable[[str, str], Optional[str]]) -> tuple[tuple[str, str], ...]:
    table = _typed(raw.get(key, {}), dict, key)
    pairs = []
    for name, value in table.items():
        value = _typed(value, str, f"{key}.{name}")
        message = problem(name, value)
        if message:
            raise OptionProblem(f"{key}.{name}", message)
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


def _zone(value: Any) -> Optional[str]:
    if value is None:
        return None
    value = _typed(value, str, "timezone")
    try:
        ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError):
        raise OptionProblem("timezone", f"unknown IANA time zone {value!r} (e.g. 'Asia/Baku')") from None
    return value


def _date_order(value: Any) -> str:
    if value is None:
        return "DMY"
    if value not in DATE_ORDERS:
        raise OptionProblem("date_order", f"expected one of {', '.join(DATE_ORDERS)}, got {value!r}")
    return value


def _url_date(value: Any) -> Optional[str]:
    if value is None:
        return None
    pattern = _regex(_typed(value, str, "url_date"), "url_date")
    missing = {"year", "month", "day"} - set(re.compile(pattern).groupindex)
    if missing:
        raise OptionProblem("url_date", f"needs the named groups year, month and day (missing: "
                                        f"{', '.join(sorted(missing))})")
    return pattern


def _cleanup(table: dict) -> Cleanup:
    _reject_unknown(table, CLEANUP_KEYS, "cleanup.")
    lists = {key: tuple(_regex(p, f"cleanup.{key}") for p in _strings(table.get(key, []), f"cleanup.{key}"))
             for key in ("drop_leading", "drop_trailing", "drop_lines", "end_at")}
    return Cleanup(**lists, unwrap=_typed(table.get("unwrap", False), bool, "cleanup.unwrap"))


def _api(item: Any, check_url: Callable[[str], Optional[str]]) -> JsonApi:
    table = _typed(item, dict, "apis")
    _reject_unknown(table, API_KEYS, "apis.")
    url = _typed(table.get("url"), str, "apis.url")
    problem = check_url(url.replace("{page}", "1"))
    if problem:
        raise OptionProblem("apis.url", problem)
    first_page = _typed(table.get("first_page", 1), int, "apis.first_page")
    if first_page < 0:
        raise OptionProblem("apis.first_page", "must be 0 or more")
    items = _typed(table.get("items", ""), str, "apis.items")
    if items and not FIELD_PATH.match(items):
        raise OptionProblem("apis.items", f"expected a dotted path like 'data' or 'result.items', got {items!r}")
    link = _typed(table.get("link"), str, "apis.link")
    fields = TEMPLATE_FIELD.findall(link) if "{" in link or "}" in link else [link]
    leftover = TEMPLATE_FIELD.sub("", link)
    for field in fields or [link]:
        if not FIELD_PATH.match(field) or "{" in leftover or "}" in leftover:
            raise OptionProblem("apis.link", f"expected a field name or a template like "
                                             f"'https://site/news/{{id}}', got {link!r}")
    return JsonApi(url=url, first_page=first_page, items=items, link=link,
                   title=_fields(table, "title", ("title",)), date=_fields(table, "date", ()),
                   body=_fields(table, "body", ()))


def _fields(table: dict, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
    value = table.get(key)
    if value is None:
        return default
    names = [value] if isinstance(value, str) else _strings(value, f"apis.{key}")
    for name in names:
        if not FIELD_PATH.match(name):
            raise OptionProblem(f"apis.{key}", f"expected field names (dotted paths), got {name!r}")
    return tuple(names)


def _telegram(url: str, check_url: Callable[[str], Optional[str]]) -> str:
    problem = check_url(url)
    if problem:
        raise OptionProblem("telegram", problem)
    if not TELEGRAM_PATH.match(urlsplit(url).path):
        raise OptionProblem("telegram", f"expected a channel preview URL like 'https://t.me/s/CHANNEL', got {url!r}")
    return url


def _regex(pattern: str, key: str, group: Optional[str] = None) -> str:
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise OptionProblem(key, f"not a valid regular expression {pattern!r}: {exc}") from None
    if group and group not in compiled.groupindex:
        raise OptionProblem(key, f"{pattern!r} needs a named group (?P<{group}>...)")
    return pattern


def _strings(value: Any, key: str) -> list[str]:
    values = _typed(value, list, key)
    for item in values:
        if not isinstance(item, str):
            raise OptionProblem(key, f"expected a list of strings, found {item!r}")
    return values


TYPE_NAMES = {str: "a string", int: "an integer", bool: "true or false", list: "a list", dict: "a table"}


def _typed(value: Any, kind: type, key: str) -> Any:
    if value is None:
        raise OptionProblem(key, f"is required ({TYPE_NAMES[kind]})")
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise OptionProblem(key, f"expected {TYPE_NAMES[kind]}, got {value!r}")
    return value


def _reject_unknown(table: dict, known: frozenset[str], prefix: str) -> None:
    for key in table:
        if key not in known:
            raise OptionProblem(f"{prefix}{key}", f"unknown key (expected one of: {', '.join(sorted(known))})")
