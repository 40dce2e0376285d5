"""Dates: the page's own date, the dates a sentence states (absolute or relative), and plan years.

Pure functions: the only "now" is the reference date they are given (the article's publish
date, or a date printed on the page: a stamp such as "21-06-2022, 18:26" or a wire date line such
as "Baku/06.10.23/Turan:" or "BAKU, October 2 (Agency) -"). A date guessed from the URL is kept
apart: it tells an old story from a new one, but the text never states it, so it neither completes
a day and month nor resolves "on Monday".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import NamedTuple, Optional, Union

from monitor.classify.lexicons import Lexicon
from monitor.classify.text import lowercase

HEAD_CHARS = 400
# Date lines and stamps are looked for in the lines that start this far into the story.
MARK_HEAD_CHARS = 800
# A stamp line holds a date and at most this many other words ("Politics 29 October 2019 18:14").
STAMP_WORDS = 5
STAMP_CHARS = 80
DATELINE_PREFIX_CHARS = 60
MIN_YEAR, MAX_YEAR = 1990, 2100
# An event is not dated after the page: a later date belongs to something announced.
AFTER_PAGE_DAYS = 2

# Numeric dates. The "not after a digit" check sits after the first characters ("19", a digit)
# and looks back past them, instead of leading the pattern: a pattern that starts with a literal
# or a digit lets the regex engine skip ahead to candidates, one that starts with a lookbehind
# is tried at every position (3-4 times slower on an article).
_ISO = re.compile(r"((?:19|20)(?<!\d..)\d\d)-(\d\d)(?:-(\d\d))?(?!\d)")
_DOTTED_YMD = re.compile(r"((?:19|20)(?<!\d..)\d\d)\.(\d\d)\.(\d\d)(?!\d)")
_DMY = re.compile(r"(\d(?<![\d.].)\d?)[./-](\d{1,2})[./-]((?:19|20)\d\d|\d\d)(?![\d.])")
_URL_YMD = (re.compile(r"/((?:19|20)\d\d)/(\d\d)/(\d\d)(?:/|$)"),
            re.compile(r"(?<!\d)((?:19|20)\d\d)(\d\d)(\d\d)(?!\d)"),
            re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)"))
_URL_YM = re.compile(r"/((?:19|20)\d\d)/(\d\d)/")
_YEAR = re.compile(r"((?:19|20)(?<!\d..)\d\d)(?!\d)")
_DAY_SUFFIX = r"(?:st|nd|rd|th|er|-?(?:ci|cü|cu|cı|si|sı|го|е|ого|ий|ый))?"
_DAY_AFTER = re.compile(r"^\.?\s*(\d{1,2})(?!\d)" + _DAY_SUFFIX)
_YEAR_AFTER = re.compile(r"^(?:\s*,?\s*(?:of\s+)?)((?:19|20)\d\d)(?!\d)(?:\s*(?:г\.|года|год|il|yılı))?")
# A year written before its month and day, with its word for "year" ("2025-ci il martın 15-də", "2025 թվականի մարտի
# 15-ին", "2025 жылғы 15 наурызда", "2025-yil 15-martda", "2025 წლის 15 მარტს", "2025 года 15 марта"): the
# languages that write a date from the year down.
_YEAR_BEFORE = re.compile(r"((?:19|20)\d\d)\s*-?\s*(?:ci|cı|cu|cü|inchi|нчи)?\s*(?:il|yil|йил|жылғы|jylǵy|жыл|"
                          r"թվականի|թ\.|წლის|года|року|г\.)\s*,?\s*$")
_TIME = re.compile(r"\d{1,2}:\d\d(?::\d\d)?\s*(?:am|pm)?", re.IGNORECASE)
_LETTERS = re.compile(r"[^\W\d_]{2,}")
_DIGIT = re.compile(r"\d")
# Before a date line's date: one to six place or agency words, ending with a separator
# ("BAKU, ", "Baku/", "Ташкент. ", "NEW DELHI (Agency - ").
_DATELINE_PREFIX = re.compile(r"^\W*(?:[^\W\d_][\w'.&-]*[\s,./()–—-]*){1,6}?[,./(–—-]\s*$")
_DATELINE_SUFFIX = re.compile(r"^\s*(?:$|[,./:()–—-])")
# What _DATELINE_PREFIX must end with before its spaces (str.rstrip strips what its "\s" matches): tested
# first, since the prefix's words of any split make a failing match cost ~50 us on a line of prose.
_DATELINE_SEPARATORS = frozenset(",./(–—-")


@dataclass(frozen=True)
class PageDate:
    """What is known of the page's date: a full day, or only its year (and month).

    ``printed`` is true when the page or its publisher states it (publish date, stamp, date line);
    a date read from the URL is not printed.
    """

    day: Optional[date] = None
    year: Optional[int] = None
    month: Optional[int] = None
    printed: bool = False


# What a date mention holds: a full date, (month, day) without a year, or a relative day:
# ("today",), ("yesterday",), ("weekday", 0-6).
Value = Union[date, tuple]


class Mention(NamedTuple):
    """A date written in a text: offsets into it and its value (a tuple: made for every date written
    in every article)."""

    start: int
    end: int
    value: Value

    @property
    def relative(self) -> bool:
        return isinstance(self.value, tuple) and isinstance(self.value[0], str)


@dataclass(frozen=True)
class PageDates:
    """The page's date, the spans of its date lines and stamps (not event dates), and the date of its
    date line or stamp (the day the report is filed: a full date or (month, day))."""

    page: PageDate
    marks: tuple[tuple[int, int], ...] = ()
    line: Optional[Value] = None


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
    """The page's date: the publish date if given, else a date at the top, else the URL's."""
    published = _plausible(published)
    if published is not None:
        return PageDate(published, published.year, published.month, True)
    found = _head_date(text[:HEAD_CHARS], lowered[:HEAD_CHARS], lex)
    if found.day is not None or found.year is not None:
        return found
    return _url_date(url) if url else PageDate()


def page_dates(story: str, lowered: str, lex: Lexicon, url: Optional[str] = None,
               published: Optional[date] = None, furniture: str = "",
               written: Optional[list[Mention]] = None) -> PageDates:
    """The page date with the date lines and stamps of the story's head (and a byline stamp at its end
    or in the furniture right after it), which are the report's date, never an event's. ``written``
    are the story's written dates when already found (``absolute_mentions``)."""
    if written is None:
        written = absolute_mentions(lowered[:MARK_HEAD_CHARS * 2], lex)
    marks = list(_marks(story, written))
    published = _plausible(published)
    if published is not None:
        page = PageDate(published, published.year, published.month, True)
    else:
        stamped = _first_full(marks) or _byline(story, furniture, lex)
        if stamped:
            page = PageDate(stamped, stamped.year, stamped.month, True)
        else:
            # A date inside the first sentences, or the URL's: good enough to tell an old story from a
            # new one, but not the page's own date.
            head = next((mention.value for mention in written
                         if mention.start < HEAD_CHARS and isinstance(mention.value, date)), None)
            found = PageDate(head, head.year, head.month) if head else _head_month(lowered[:HEAD_CHARS])
            if found.year is None and url:
                found = _url_date(url)
            page = PageDate(found.day, found.year, found.month, False)
    line = marks[0][2] if marks else None
    if isinstance(line, tuple) and page.printed:
        line = _complete_year(line[0], line[1], page, None) or line
    return PageDates(page, tuple((start, end) for start, end, _ in marks), line)


def _plausible(published: Optional[date]) -> Optional[date]:
    """The publish day (a datetime counts by its date), unless its year is one no date read from a
    page may have: "0001-01-01" or "9999-12-31" is a publisher's placeholder for no date, and the
    day before or after it is not a date."""
    if published is None or not MIN_YEAR <= published.year <= MAX_YEAR:
        return None
    return published.date() if isinstance(published, datetime) else published


def _first_full(marks) -> Optional[date]:
    return next((value for _, _, value in marks if isinstance(value, date)), None)


def _byline(story: str, furniture: str, lex: Lexicon) -> Optional[date]:
    """A stamp line among the story's last two lines or the two lines after it ("par X le 18 juin 2024")."""
    tail = [line for line in story.split("\n") if line.strip()][-2:]
    tail += [line for line in furniture.split("\n") if line.strip()][:2]
    for line in tail:
        for mention in absolute_mentions(lowercase(line), lex):
            if isinstance(mention.value, date) and _is_stamp(line, mention):
                return mention.value
    return None


def _marks(story: str, written: list[Mention]):
    """(start, end, value) of every date line and stamp among the written dates of the story's head."""
    line_start = 0
    for mention in written:
        if mention.relative:
            continue
        line_start = story.rfind("\n", 0, mention.start) + 1
        if line_start >= MARK_HEAD_CHARS:
            break
        line_end = story.find("\n", mention.start)
        line = story[line_start:line_end if line_end >= 0 else len(story)]
        local = Mention(mention.start - line_start, mention.end - line_start, mention.value)
        if _is_stamp(line, local) or _is_dateline(line, local):
            yield mention.start, mention.end, mention.value


def _is_stamp(line: str, mention: Mention) -> bool:
    """A numeric date opening a line ("date 2024-09-24 ...", "05.10.2021 [17:13]"), or a short line
    that holds little but a date ("21 iyun, 2022 19:22", "Thursday, September 4, 2014")."""
    before, after = line[:mention.start], line[mention.end:]
    written = line[mention.start:mention.end]
    if written[:1].isdigit() and not _LETTERS.search(written):
        words = _LETTERS.findall(before)
        following = _LETTERS.search(after)
        if (not words or (len(words) == 1 and words[0].islower())) and \
                not (following and following.group(0).islower() and following.start() < 3):
            return True
    if len(line.strip()) > STAMP_CHARS or not isinstance(mention.value, date):
        return False
    rest = _TIME.sub(" ", before + " " + after)
    return len(_LETTERS.findall(rest)) <= STAMP_WORDS and not rest.rstrip().endswith((".", "!", "?"))


def _is_dateline(line: str, mention: Mention) -> bool:
    """A wire date line: place (and agency) words, a separator, the date, a separator or the line's end."""
    before, after = line[:mention.start], line[mention.end:]
    if len(before) > DATELINE_PREFIX_CHARS or before.rstrip()[-1:] not in _DATELINE_SEPARATORS \
            or not _DATELINE_SUFFIX.match(after) or not _DATELINE_PREFIX.match(before):
        return False
    words = _LETTERS.findall(before)
    return bool(words) and all(word[0].isupper() for word in words)


def _head_date(head: str, head_lower: str, lex: Lexicon) -> PageDate:
    """The first full date written near the top of the page (printed)."""
    for mention in absolute_mentions(head_lower, lex):
        if isinstance(mention.value, date):
            return PageDate(mention.value, mention.value.year, mention.value.month, True)
    found = _head_month(head)
    return PageDate(None, found.year, found.month, True) if found.year else found


def _head_month(head: str) -> PageDate:
    """A year and month written as "2019-10" near the top."""
    for match in _ISO.finditer(head):
        year, month = int(match.group(1)), int(match.group(2))
        if not match.group(3) and 1 <= month <= 12 and MIN_YEAR <= year <= MAX_YEAR:
            return PageDate(None, year, month)
    return PageDate()


def _url_date(url: str) -> PageDate:
    for pattern in _URL_YMD:
        match = pattern.search(url)
        if match:
            day = _make(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            if day:
                return PageDate(day, day.year, day.month, False)
    match = _URL_YM.search(url)
    if match and 1 <= int(match.group(2)) <= 12:
        return PageDate(None, int(match.group(1)), int(match.group(2)), False)
    return PageDate()


def absolute_mentions(lowered: str, lex: Lexicon, months: Optional[list] = None) -> list[Mention]:
    """Every written date in reading order: "6 October 2023", "October 6", "24 сентября",
    "dekabrın 10-da", "13 to 17 May" (its first day), "2024-09-24", "06.10.23". ``months`` are the
    month names already found in ``lowered`` (from ``Lexicon.scan``), else they are looked for."""
    if not _DIGIT.search(lowered):
        return []  # every written date has a digit: its day or its year
    found: list[Mention] = []
    taken: list[tuple[int, int]] = []
    if months is None:
        months = list(lex.months.finditer(lowered, lowered))
    for mention in _month_name_mentions(lowered, lex, months):
        found.append(mention)
        taken.append((mention.start, mention.end))
    numeric = [(match, (int(match.group(1)), int(match.group(2)), int(match.group(3) or 0)))
               for match in _ISO.finditer(lowered)]
    numeric += [(match, (int(match.group(1)), int(match.group(2)), int(match.group(3))))
                for match in _DOTTED_YMD.finditer(lowered)]
    numeric += [(match, (_two_digit_year(match.group(3)), int(match.group(2)), int(match.group(1))))
                for match in _DMY.finditer(lowered)]
    for match, (year, month, day) in numeric:
        made = _make(year, month, day) if day else None
        if made and not any(start < match.end() and match.start() < end for start, end in taken):
            found.append(Mention(match.start(), match.end(), made))
            taken.append((match.start(), match.end()))
    return sorted(found, key=lambda mention: mention.start)


def _month_name_mentions(lowered: str, lex: Lexicon, months: list):
    """Dates written with a month name: the day before ("6 October", "13-17 May") or after it
    ("October 6", "dekabrın 10-da"), and a year after them when there is one."""
    for start, end, month in months:
        before = lex.day_before.search(lowered[max(0, start - 16):start])
        after = _DAY_AFTER.match(lowered[end:end + 10])
        if before:
            day_number, tail = int(before.group(1)), end
            first = start - len(before.group(0))
            span = lex.day_range.search(lowered[max(0, first - 16):first])
            if span:
                day_number, first = int(span.group(1)), first - len(span.group(0))
        elif after:
            day_number, tail, first = int(after.group(1)), end + after.end(), start
        else:
            continue
        year_match = (lex.year_after or _YEAR_AFTER).match(lowered[tail:tail + 16])
        year_first = None if year_match else _YEAR_BEFORE.search(lowered[max(0, first - 20):first])
        if year_match:
            made = _make(int(year_match.group(1)), month, day_number)
            if made:
                yield Mention(first, tail + year_match.end(), made)
        elif year_first:
            made = _make(int(year_first.group(1)), month, day_number)
            if made:
                yield Mention(first - len(year_first.group(0)), tail, made)
        elif 1 <= day_number <= 31 and _make(2000, month, day_number):
            yield Mention(first, tail, (month, day_number))


def mentions(lowered: str, lex: Lexicon, scan: Optional[dict] = None) -> list[Mention]:
    """Every date a text states, written or relative ("today", "on Monday", "в среду"), in reading
    order. ``scan`` is the text's ``Lexicon.scan`` when already made."""
    if scan is None:
        scan = {"months": list(lex.months.finditer(lowered, lowered)),
                "weekdays": list(lex.weekdays.finditer(lowered, lowered)),
                "today": list(lex.terms["today"].finditer(lowered, lowered)),
                "yesterday": list(lex.terms["yesterday"].finditer(lowered, lowered))}
    found = absolute_mentions(lowered, lex, scan["months"])
    relative = [Mention(match[0], match[1], ("today",)) for match in scan["today"]]
    relative += [Mention(match[0], match[1], ("yesterday",)) for match in scan["yesterday"]]
    relative += [Mention(start, end, ("weekday", day)) for start, end, day in scan["weekdays"]]
    taken = [(mention.start, mention.end) for mention in found]
    found += [mention for mention in relative
              if not any(start < mention.end and mention.start < end for start, end in taken)]
    return sorted(found, key=lambda mention: mention.start)


def resolve(value: Value, page: PageDate, plan_year: Optional[int]) -> Optional[date]:
    """The date a mention stands for, completed and checked against the page date and the plan year:
    a relative day needs a printed page day; a missing year comes from the printed page date, else the
    plan year; a date after the page day, or outside the year before a plan's year, is refused."""
    if isinstance(value, date):
        found = value
    elif value[0] == "today":
        found = page.day if page.printed else None
    elif value[0] == "yesterday":
        found = page.day - timedelta(days=1) if page.printed and page.day else None
    elif value[0] == "weekday":
        found = (page.day - timedelta(days=(page.day.weekday() - value[1]) % 7)
                 if page.printed and page.day else None)
    else:
        found = _complete_year(value[0], value[1], page if page.printed else PageDate(), plan_year)
    if found is None:
        return None
    if plan_year is not None and found.year not in (plan_year - 1, plan_year):
        return None
    if page.day is not None and found > page.day + timedelta(days=AFTER_PAGE_DAYS):
        return None
    return found


def _complete_year(month: int, day: int, page: PageDate, plan_year: Optional[int]) -> Optional[date]:
    """A day and month with no year: the page's year (or the year before), else from the plan year."""
    if page.year is not None:
        made = _make(page.year, month, day)
        if made and page.day is not None and made > page.day + timedelta(days=AFTER_PAGE_DAYS):
            made = _make(page.year - 1, month, day)
        elif made and page.day is None and page.month is not None and month > page.month:
            made = _make(page.year - 1, month, day)
        return made
    if plan_year is not None:
        return _make(plan_year - 1 if month >= 7 else plan_year, month, day)
    return None


# The last year of a span written with a dash or a slash, in any language.
_SPAN_END = re.compile(r"20(?<!\d..)\d\d\s*[-–—/]\s*(20\d\d)(?!\d)")


def plan_years(lowered: str, lex: Lexicon) -> list[tuple[int, int]]:
    """(position, year) of every plan-year phrase ("for 2024", "на 2024 год", "2024-cü il üçün",
    "2024 yılı"); for a span of years ("2026-2030") the first year."""
    if not _DIGIT.search(lowered):
        return []  # a year is written in digits: most sentences have none, and need no pattern tried
    found: dict[int, int] = {}
    for pattern in lex.plan_year:
        for match in pattern.finditer(lowered):
            year = int(match.group(1))
            if MIN_YEAR <= year <= MAX_YEAR:
                found.setdefault(match.start(1), year)
    # "the 2026-2028 programme": a pattern that reads the year before a document's name reads the
    # span's last year; the span's first is the plan year.
    ends = {match.start(1) for match in _SPAN_END.finditer(lowered)}
    return sorted((position, year) for position, year in found.items() if position not in ends)


def plan_year(lowered: str, lex: Lexicon) -> Optional[int]:
    """The first plan year a text states, or None."""
    years = plan_years(lowered, lex)
    return years[0][1] if years else None


# The oldest year an act told as background may carry: the defence treaties still recalled today were
# signed after the Second World War ("the Defence Cooperation Agreement signed in 1988").
OLDEST_ACT_YEAR = 1945


def years_at(lowered: str) -> list[tuple[int, int]]:
    """(position, year) of every plausible four-digit year written in the text, back to the oldest year
    an act recalled as background carries (``OLDEST_ACT_YEAR``), not only the years of page dates."""
    return [(match.start(), int(match.group(1))) for match in _YEAR.finditer(lowered)
            if OLDEST_ACT_YEAR <= int(match.group(1)) <= MAX_YEAR]
