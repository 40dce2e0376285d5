"""Publish dates written for people, and the time zone they are meant in.

Sites print dates in many shapes: "24 September 2024 18:51 (UTC+04:00)", "13:51, 15 августа
2025", "Date 9/24/2024 3:11:44 PM", "02.01.2006 (15:04)", or a dateline "Baku/02.10.20/Turan:".
The date (with its year) and a time next to it are cut out of the surrounding words, read by
dateparser in the site's languages and day order, and given the printed UTC/GMT offset, else the
site's time zone. A date without a time stays a date: no zone is invented for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import Iterable, Optional
from zoneinfo import ZoneInfo

import dateparser

ZONE_LABEL = re.compile(r"\(?\s*\b(?:UTC|GMT)\b(?:\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?)?\s*\)?")
TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\b\.?)?"
# Year first (2024-02-29, 2024.02.29, 2024/02/29), or day or month first: never starting inside a
# longer number ("2024.02.29" is not the 24th of February 2029).
NUMERIC_DATE = r"\d{4}[-./]\d{1,2}[-./]\d{1,2}\b|(?<!\d)\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})\b"
WORD_DATE = r"\d{1,2}\.?\s+[^\W\d_]{3,}\.?,?\s+\d{4}|[^\W\d_]{3,}\.?\s+\d{1,2},?\s+\d{4}"
BETWEEN = r"[\s,•·|()\-–—]*"
DATE_SPAN = re.compile(
    rf"(?:(?P<before>{TIME}){BETWEEN})?(?P<date>{NUMERIC_DATE}|{WORD_DATE})(?:{BETWEEN}(?P<after>{TIME}))?")
DEFAULT_URL_DATE = r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{1,2})/(?P<day>\d{1,2})(?:/|$)"


@dataclass(frozen=True)
class DateRules:
    """How one site writes dates: its languages, day order, time zone and URL date pattern."""

    languages: tuple[str, ...] = ()
    order: str = "DMY"
    timezone: Optional[str] = None
    url_pattern: Optional[str] = None


def parse_visible_date(text: Optional[str], rules: DateRules = DateRules()) -> Optional[str]:
    """The first date with a year in `text`, with the time beside it, as ISO 8601; None if there is none."""
    if not text or not text.strip():
        return None
    text = " ".join(text.replace("\u2212", "-").replace("\xa0", " ").split())[:300]
    offset = None
    label = ZONE_LABEL.search(text)
    if label:
        offset = _offset(*label.groups())
        text = text[:label.start()] + " " + text[label.end():]
    span = DATE_SPAN.search(text)
    if not span:
        return None
    clock = span.group("before") or span.group("after")
    candidate = " ".join(part for part in (span.group("date"), clock) if part)
    settings = {"DATE_ORDER": rules.order, "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    parsed = _dateparse(candidate, rules.languages, tuple(sorted(settings.items())))
    if parsed is None:
        return None
    if not clock:
        return parsed.date().isoformat()
    return _zoned(parsed.replace(tzinfo=None), offset or _zone(rules.timezone)).isoformat()


def with_zone(value: Optional[str], zone_name: Optional[str]) -> Optional[str]:
    """An ISO date-time without an offset gets the site's zone; dates and zoned values pass unchanged."""
    if not value or not zone_name or len(value) <= 10:
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    return value if moment.tzinfo else _zoned(moment, _zone(zone_name)).isoformat()


def url_date(url: str, pattern: Optional[str] = None) -> Optional[str]:
    """The day an article URL names (/2024/03/05/ by default, else the source's pattern), as YYYY-MM-DD."""
    match = _compiled(pattern or DEFAULT_URL_DATE).search(url)
    if not match:
        return None
    try:
        return date(int(match.group("year")), int(match.group("month")), int(match.group("day"))).isoformat()
    except ValueError:
        return None


def _offset(sign: Optional[str], hours: Optional[str], minutes: Optional[str]) -> tzinfo:
    if not sign:
        return timezone.utc
    delta = timedelta(hours=int(hours), minutes=int(minutes or 0))
    return timezone(-delta if sign == "-" else delta)


def _zoned(moment: datetime, zone: Optional[tzinfo]) -> datetime:
    return moment.replace(tzinfo=zone) if zone else moment


def _zone(name: Optional[str]) -> Optional[tzinfo]:
    return ZoneInfo(name) if name else None


def load_every_language() -> None:
    """Load dateparser's data for the languages it tries first, in this process.

    A date read in no particular language (the last try of _dateparse) makes dateparser load and
    compile its locales one by one, on first use in each process, until one reads the date.
    Extraction workers are forked from the crawl process (crawlers/extraction_pool.py); loaded
    there, before the fork, the locales are paid for once and their memory is shared, where each
    worker loaded its own copy on its first such page. "1 x 2000" is read by the 26th locale tried
    (of 205: 0.45 s of CPU, where all of them take 1.45 s and 40 MB); on the 181 real pages of the
    extraction benchmark no date needs another, so the rest are left to the page that does. A cluster
    worker's standby loads these, not knowing its round's sources yet; a crawl loads load_languages's.
    """
    dateparser.parse("1 x 2000", settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})


def load_languages(languages: Iterable[str] = ()) -> None:
    """Load dateparser's data for English and `languages` (a crawl's sources' own), in this process.

    What a crawl's extraction workers read dates in, loaded before they are forked (crawlers/extraction_pool.py)
    so that they share it: a date is read in its site's declared languages first, then in any language, which
    starts with English (dateparser's first locale) and reads most undeclared dates there, numeric ones and
    English ones alike. Any other language is loaded by the worker that first meets a date needing it,
    dateparser's own default: the same readings, as loading only caches a locale. English and three
    languages take ~0.15 s of CPU, where load_every_language's 26 locales took 0.45-0.6 s of every crawl's
    start; on the 181 real pages of the extraction benchmark, read with no declared language, no date needs
    a locale beyond English (BENCHMARKS.md section 1, wip-s13p). A language dateparser does not know is
    skipped here (reading a date in it fails as it did).
    """
    settings = {"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
    for language in dict.fromkeys(("en", *languages)):
        try:
            for sample in ("1 x 2000", "1.1.2000 10:00"):  # a date none reads, then one every locale reads
                dateparser.parse(sample, languages=[language], settings=settings)
        except ValueError:  # a language dateparser has no locale for
            continue


@lru_cache(maxsize=64)
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern)


@lru_cache(maxsize=4096)
def _dateparse(candidate: str, languages: tuple[str, ...], settings: tuple) -> Optional[datetime]:
    """The first reading in the site's languages, in their order, then in any language.

    Languages are tried one at a time: given several at once, dateparser may prefer a wrong one
    ("5 mart 2024" read as English, "mart" taken for a time-zone abbreviation). The printed zone
    label was cut out before, so a reading that still found a zone has misread a word.
    """
    for language in (*languages, None):
        parsed = dateparser.parse(candidate, languages=[language] if language else None, settings=dict(settings))
        if parsed is not None and parsed.tzinfo is None:
            return parsed
    return None
