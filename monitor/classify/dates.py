"""Dates: the page's own date, event dates in a sentence (absolute or relative), and plan years.

Pure functions: the only "now" is the reference date they are given (the article's publish
date, or a date line printed at the top of the page such as "Baku/06.10.23/Turan:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Optional

from monitor.classify.lexicons import Lexicon

HEAD_CHARS = 400
MIN_YEAR, MAX_YEAR = 1990, 2100

_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)(?:-(\d\d))?(?!\d)")
_DOTTED_YMD = re.compile(r"(?<!\d)((?:19|20)\d\d)\.(\d\d)\.(\d\d)(?!\d)")
_DMY = re.compile(r"(?<![\d.])(\d{1,2})[./-](\d{1,2})[./-]((?:19|20)\d\d|\d\d)(?![\d.])")
_URL_YMD = (re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)"),
            re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
            re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"))
_URL_YM = re.compile(r"/((?:19|20)\d\d)/(\d\d)/")
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_DAY_BEFORE = re.compile(r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|-?(?:ci|cü|cu|cı|si|sı|го|е|ого))?\s*(?:of\s+)?$")
_DAY_AFTER = re.compile(r"^\.?\s*(\d{1,2})(?!\d)(?:st|nd|rd|th)?")
_YEAR_AFTER = re.compile(r"^(?:\s*,?\s*(?:of\s+)?)((?:19|20)\d\d)(?!\d)")


@dataclass(frozen=True)
class PageDate:
    """What is known of the page's date: a full day, or only its year (and month)."""

    day: Optional[date] = None
    year: Optional[int] = None
    month: Optional[int] = None


def _make(year: int, month: int, day: int) -> Optional[date]:
    try:
        made = date(year, month, day)
    except ValueError:
        return None
    return made if MIN_YEAR <= year <= MAX_YEAR else None


def _two_digit_year(value: str) -> int:
    number = int(value)
    return number if number > 99 else 2000 + number


def page_date(text: str, lex: Lexicon, lowered: str, url: Optional[str] = None,
              published: Optional[date] = None) -> PageDate:
    """The page's date: the publish date if given, else a date line at the top, else the URL."""
    if published is not None:
        return PageDate(published, published.year, published.month)
    head, head_lower = text[:HEAD_CHARS], lowered[:HEAD_CHARS]
    found = _head_date(head, head_lower, lex)
    if found.day is not None or found.year is not None:
        return found
    return _url_date(url) if url else PageDate()


def _head_date(head: str, head_lower: str, lex: Lexicon) -> PageDate:
    candidates: list[tuple[int, PageDate]] = []
    for match in _ISO.finditer(head):
        year, month = int(match.group(1)), int(match.group(2))
        day = _make(year, month, int(match.group(3))) if match.group(3) else None
        if 1 <= month <= 12:
            candidates.append((match.start(), PageDate(day, year, month)))
    for match in _DOTTED_YMD.finditer(head):
        day = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        if day:
            candidates.append((match.start(), PageDate(day, day.year, day.month)))
    for match in _DMY.finditer(head):
        day = _make(_two_digit_year(match.group(3)), int(match.group(2)), int(match.group(1)))
        if day:
            candidates.append((match.start(), PageDate(day, day.year, day.month)))
    for position, day in _month_name_dates(head_lower, lex, require_year=True):
        candidates.append((position, PageDate(day, day.year, day.month)))
    if not candidates:
        return PageDate()
    return min(candidates, key=lambda item: item[0])[1]


def _url_date(url: str) -> PageDate:
    for pattern in _URL_YMD:
        match = pattern.search(url)
        if match:
            day = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if day:
                return PageDate(day, day.year, day.month)
    match = _URL_YM.search(url)
    if match and 1 <= int(match.group(2)) <= 12:
        return PageDate(None, int(match.group(1)), int(match.group(2)))
    return PageDate()


def _month_name_dates(lowered: str, lex: Lexicon, require_year: bool, default_year: int = 0):
    """(position, date) for "6 October 2023", "October 6, 2023", "24 сентября" and the like."""
    for start, end, month in lex.months.finditer(lowered, lowered):
        before = _DAY_BEFORE.search(lowered[max(0, start - 8):start])
        after = _DAY_AFTER.match(lowered[end:end + 8])
        if before:
            day_number, tail = int(before.group(1)), end
            position = start - (len(before.group(0)))
        elif after:
            day_number, tail = int(after.group(1)), end + after.end()
            position = start
        else:
            continue
        year_match = _YEAR_AFTER.match(lowered[tail:tail + 12])
        if year_match:
            year = int(year_match.group(1))
        elif require_year:
            continue
        else:
            year = default_year
        made = _make(year, month, day_number) if year else None
        if made or not require_year:
            yield position, made if made else (month, day_number)


def sentence_date(lowered: str, lex: Lexicon, page: PageDate, plan_year: Optional[int]) -> Optional[date]:
    """The date a sentence gives its event, completed and checked against the page date and plan year."""
    found = _explicit_date(lowered, lex, page, plan_year) or _relative_date(lowered, lex, page)
    if found is None:
        return None
    if plan_year is not None and found.year not in (plan_year - 1, plan_year):
        return None
    if page.day is not None and found > page.day + timedelta(days=2):
        return None
    return found


def _explicit_date(lowered: str, lex: Lexicon, page: PageDate, plan_year: Optional[int]) -> Optional[date]:
    """A written date: month names first (a numeric date at a sentence's start is often the date line)."""
    for _, value in _month_name_dates(lowered, lex, require_year=False):
        if isinstance(value, date):
            return value
        completed = _complete_year(value[0], value[1], page, plan_year)
        if completed:
            return completed
    for match in _ISO.finditer(lowered):
        if match.group(3):
            made = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if made:
                return made
    for match in _DMY.finditer(lowered):
        made = _make(_two_digit_year(match.group(3)), int(match.group(2)), int(match.group(1)))
        if made:
            return made
    return None


def _complete_year(month: int, day: int, page: PageDate, plan_year: Optional[int]) -> Optional[date]:
    """A day and month with no year: the page's year (or the year before), else from the plan year."""
    if page.year is not None:
        made = _make(page.year, month, day)
        if made and page.day is not None and made > page.day + timedelta(days=2):
            made = _make(page.year - 1, month, day)
        elif made and page.day is None and page.month is not None and month > page.month:
            made = _make(page.year - 1, month, day)
        return made
    if plan_year is not None:
        return _make(plan_year - 1 if month >= 7 else plan_year, month, day)
    return None


def _relative_date(lowered: str, lex: Lexicon, page: PageDate) -> Optional[date]:
    """"today", "yesterday", "on Monday" resolved against a known page day."""
    if page.day is None:
        return None
    if lex.terms["today"].search(lowered):
        return page.day
    if lex.terms["yesterday"].search(lowered):
        return page.day - timedelta(days=1)
    for _, _, weekday in lex.weekdays.finditer(lowered, lowered):
        return page.day - timedelta(days=(page.day.weekday() - weekday) % 7)
    return None


def plan_years(lowered: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(position, year) of every plan-year phrase ("for 2024", "на 2024 год", "2024-cü il üçün",
    "2024 yılı"); for a span of years ("2026-2030") the first year."""
    found: dict[int, int] = {}
    for pattern in lex.plan_year:
        for match in pattern.finditer(lowered):
            year = int(match.group(1))
            if MIN_YEAR <= year <= MAX_YEAR:
                found.setdefault(match.start(1), year)
    return sorted(found.items())


def plan_year(lowered: str, lex: Lexicon) -> Optional[int]:
    """The first plan year a text states, or None."""
    years = plan_years(lowered, lex)
    return years[0][1] if years else None


def years_in(lowered: str) -> list[int]:
    """Every plausible four-digit year written in the text."""
    return [int(value) for value in _YEAR.findall(lowered) if MIN_YEAR <= int(value) <= MAX_YEAR]
