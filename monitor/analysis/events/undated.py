"""Placing the reports that cannot be placed in time: no stated date, no publish date, and not a
signing identified by its plan year (a text file ingested by hand, a page with no date line).

Where such a report goes is decided from the *set* of the pair's reports, never from which came
first: after the dated reports of a merge run are merged, every undated report of each pair the
run touched is placed again from scratch against the pair's *placed* events (those with at least
one dated or year-identified report). So any order of arrival and any split into runs ends in the
same events. The rule (tuned on ../shared/corpus dev and train; see BENCHMARKS.md):

- a report that knows part of its date (a day and month with no year, "--06-17", or its page's
  month, "2019-10": the classifier's partial_date) joins the one placed event of its act (talks:
  of talks or a signing) whose dated span that part fits, when exactly one does: the day and month
  within the act's window of the span in some year (RELATED_WINDOW_DAYS between talks and a
  signing), the month no later than the span starts and no more than REPORT_LAG_DAYS after it
  ends (a report is published after what it reports, and soon); a month alone does not place an
  exercise (a pair holds several in a season, each lasting days). A report whose part fits none or
  several of them is placed by the rules below, as one that knows nothing, except that a stated
  day and month the one event those rules would guess was not on keeps it apart (it reports
  another act of the pair; a page's month, which a late round-up also has, does not);
- a report that names one weekday ("on Thursday") joins the one placed event of its act (talks:
  of talks or a signing; a signing: of a signing or talks) on whose stated days that weekday falls
  and that it shares a name with (a name's head, not a plain name: below, other events of the pair
  may hold it); when several are, the weekday does not say which. Only the days reports state
  count: a publish day is a day or more after the act, not its weekday;
- a signing, ratification or exercise joins the one placed event of its act and pair (with a
  compatible plan year) only when it names someone or something that event's reports name and
  no other placed event of the pair names (evidence.py: the city, the document, a weapon's or an
  exercise's name, or two people's surnames, across scripts), written by one of them as a name's
  head (not a title, a rank, a given name or a state's institution written before a name), and
  neither the capital of either state nor an outlet's name (_plain). A guess about such a report
  was the cause of every false pair on the labelled corpus (BENCHMARKS.md section 7): across a
  year of news a pair's record holds more than one act, and "the one on record" is often another.
  A document other than a plan never joins a plan identified by its year this way (only by the
  plan's signing day, above): a pair signs one of those every year, and other agreements besides.
  With no placed event of its act, the pair's undated reports of that act are one event, unless
  their partial dates cannot be one act ("--04-15" and "--11-22": split_by_partial_dates) or
  they say different stages of a ratification (split_by_stages); with
  two or more, or one that names nothing its reports name, the report is not guessed into any of
  them: it goes with those of the pair's other undated reports of its act, unplaced too, that
  name the same place, document, weapon or exercise, a name no placed event of the pair holds
  (people alone do not: the pair's ministers attend many of its acts), else it stays an event of
  its own (linked);
- an exercise is known by its code name ("Caucasus Shield-2026": evidence.codes): an undated report
  of an exercise that names one joins the one placed exercise of the pair whose reports name it,
  however many the pair holds (spring's and autumn's, each under its name), and one whose code name
  cannot be the placed exercise's (another year or edition, or another name in a language both
  write: other_code) is another exercise: no shared place or person joins them, and the pair's
  undated reports of exercises naming such names are apart (split_by_codes). Across languages a
  name of one year may be a translation ("Ebedi Kardeşlik", "Вечное братство"): that says nothing;
- an exercise recurs: a pair holds it every year under one name, often on one ground. A name with a
  year is that year's exercise: an undated report naming "Stone Arch-2025" is not the exercise of
  2026 whose reports name it without a year, whatever place they share (other_year). A name without
  a year joins a report to an exercise only within the days the act allows around the report's own
  day (merging's window, a month and a half by a code name); a report with no date has no such day,
  so the exercise's name (the words of its code names) does not place it (recurring). And one name
  shared with the pair's one exercise on record places an undated report only when it is the
  training ground both name as one (scope.grounds): a region, a sea, a town is where the pair
  trains, season after season, not which of its exercises a report tells (two names still do);
- an exercise is held by some of the pair's forces on some ground (monitor.analysis.events.scope): an
  undated exercise report whose sentence names branches (naval, air, special forces) none of which
  the placed exercise's reports name, or whose story names a training ground ("the Kara-Bulak
  range", «полигон Матыбулак») none of which theirs name while they name one, is another exercise
  (other_exercise): the region, sea, unit or commander both name does not join them. And a report
  whose exercise sentence tells the exercise's preparation (its planning conference: a meeting
  weeks before) or several exercises at once (a year's round-up) is no report of one exercise's
  days: it joins no placed exercise, whatever it names, and goes only with undated reports that say
  the same (scope.scope);
- a ratification says its stage where its sentence says who acts (monitor.classify.stages: a
  house's vote, which house when named, the head of state's signature of the law, the instruments
  exchanged): SCHEMA.md makes each step a story of its own, so an undated ratification that says
  one stage neither joins a placed ratification whose reports say only others, nor goes with
  undated ones that say another (other_stage, split_by_stages, alike); one that says none, or a
  vote that names no house, goes where it went before;
- a ratification says whose parliament acts where its sentence names it (monitor.analysis.events.
  houses: "the Milli Majlis", "TBMM", "Georgia's parliament"): each state's parliament ratifies on its
  own, so one that names a state's parliament neither joins a placed ratification whose reports name
  only another's, nor goes with undated ones that name another (other_stage, split_by_houses, alike);
  and the parliament is a name of the act ("house:TR", in whatever language it is written), so an
  undated report naming it joins the pair's one placed ratification whose reports name it, when no
  other placed event of the pair's does (singled). So is the kind of document ratified, other than
  the plain agreement (houses.documents: a memorandum, a protocol, a treaty: "document:memorandum"):
  a report naming one joins the pair's one ratification of it, and not a placed ratification whose
  reports name only other kinds (other_stage);
- a signing that joins no signing that way, and names the city (a capital the classifier reads)
  that the reports of the pair's one placed event of talks name and no other placed event of the
  pair does, joins those talks: one outlet reported the talks of the visit, another only the
  agreement signed during it (talks already alerted before it came stay talks). The pair's
  other undated signings, one event when it has no signing on record, join those talks with it
  (one signing, one alert: _visited). Undated talks join the pair's one placed signing named
  that way, the same visit told the other way round. The ministers' names alone do not join
  them (see _visit);
- talks that know nothing of their date (or a part that fits no event, or several, and no
  weekday that picks one) join the one placed event of talks of the pair whose reports name
  MEETING_NAMES people or places the talks name (names both write as a name's head, not plain, a
  name inflected counted once), at least one of which no other placed event of the pair names
  (_met: the pair's ministers, named by its other talks too, count among the three, and the third
  person at the table says which meeting), else go with the pair's
  other undated talks so named (linked), else stay an event of their own. The pair's two
  ministers are named by all of their talks: they meet and call each other several times a year,
  so their names alone place nothing (undated talks joined to the only talks on record, or to one
  another, by two names were wrong more often than right on the labelled corpus: BENCHMARKS.md
  section 7); a third person at the table (a deputy, another minister) tells the meeting. Undated
  talks are not joined to the pair's one placed signing either (no right join on dev and train,
  only false ones on the held-out folder). That two reports with no date were fetched in one
  crawl says nothing: a first crawl fetches a source's whole archive at once. The talks of a
  signing's visit still join it by their date, by a day and month that fits it, or by the city of
  the visit (above).

A report that must leave an event (a second candidate appeared) starts an event of its own. When
the event it left was already alerted, the new one's alert counts as sent (a cancelled row per
channel): whichever of the candidates it reported was, or will be, alerted on its own.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property, lru_cache
from itertools import chain, combinations
from typing import Callable, Optional

import sqlite_utils

from monitor.analysis.events import evidence, houses, scope
from monitor.analysis.events.identity import (
    DEFAULT_WINDOW_DAYS,
    FAMILIES,
    RELATED_WINDOW_DAYS,
    SIGNING,
    TALKS,
    WINDOW_DAYS,
    family,
    match_key,
    years_compatible,
)
from monitor.classify import stages
from storage import events as store

logger = logging.getLogger(__name__)

SIGNING_KINDS = tuple(kind for kind, act in FAMILIES.items() if act == SIGNING)
PLAN = "plan_signed"
RATIFICATION = "ratification"
EXERCISE = "exercise"
# How long after an act a report of it known only by its page's month may appear: news within days,
# a weekly's or a ministry's round-up within two weeks.
REPORT_LAG_DAYS = 14


def is_placed(kind: str, plan_year: Optional[int], effective_date: Optional[str]) -> bool:
    """Whether a report can be placed in time: it has a date, or it is a signing with a plan year."""
    return effective_date is not None or (family(kind) == SIGNING and plan_year is not None)


@dataclass
class Placed:
    """A placed event of the pair: its act, its plan year when a signing states one, the span of its
    reports' days (None when only a plan year places it), and, for talks, whether an alert was
    already sent for them (alerted talks are not turned into a signing, as in merging); `stated` is
    the span of the days its reports' texts state (None when every day is a publish day)."""
    id: int
    act: str
    plan_year: Optional[int]
    first_day: Optional[str] = None
    last_day: Optional[str] = None
    marks: frozenset[str] = frozenset()
    alerted: bool = False
    stated: Optional[tuple[str, str]] = None
    heads: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    plain: frozenset[str] = frozenset()
    stages: frozenset[str] = frozenset()
    codes: frozenset[str] = frozenset()
    coded_in: frozenset[str] = frozenset()
    branches: frozenset[str] = frozenset()
    grounds: frozenset[str] = frozenset()
    houses: frozenset[str] = frozenset()


@dataclass
class Mention:
    event_id: int
    article_id: int
    kind: str
    plan_year: Optional[int]
    partial_date: Optional[str] = None
    marks: frozenset[str] = frozenset()
    weekdays: frozenset[int] = frozenset()
    places: frozenset[str] = frozenset()
    heads: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    plain: frozenset[str] = frozenset()
    stage: Optional[str] = None
    codes: frozenset[str] = frozenset()
    coded_in: frozenset[str] = frozenset()
    scope: Optional[str] = None
    branches: frozenset[str] = frozenset()
    grounds: frozenset[str] = frozenset()
    months: frozenset[int] = frozenset()
    house: Optional[str] = None


class Record(list):
    """A pair's placed events (a list of Placed, in event id order), indexed once by the marks they
    hold: which placed events hold a name is then a look-up, not a pass over the pair's record, for
    each of its undated reports and each two of them. Filled before it is read, never changed after."""

    @cached_property
    def holders(self) -> dict[str, tuple[int, ...]]:
        """Each mark any placed event holds -> the ids of those that hold it."""
        return _holders(self)

    @cached_property
    def _by_id(self) -> dict[int, Placed]:
        return {event.id: event for event in self}

    def owning(self, report: Mention) -> list[Placed]:
        """The placed events, in id order, that alone hold one of the report's marks: the only ones
        it can share a name with (shared: a name no other placed event holds)."""
        ids = {held[0] for held in (self.holders.get(mark, ()) for mark in report.marks) if len(held) == 1}
        return [self._by_id[event_id] for event_id in sorted(ids)]

    @cached_property
    def _calendar(self) -> tuple[dict[tuple[int, int], list[int]], dict[tuple[int, int], list[int]], list[int]]:
        """(day and month -> ids of the events whose days, widened by the widest window, cover it;
        year and month -> ids of those whose days, up to REPORT_LAG_DAYS later, touch it; ids of the
        events spanning too long to index, asked always)."""
        days: dict[tuple[int, int], list[int]] = {}
        months: dict[tuple[int, int], list[int]] = {}
        always: list[int] = []
        widest = max([DEFAULT_WINDOW_DAYS, RELATED_WINDOW_DAYS, *WINDOW_DAYS.values()])
        for event in self:
            if event.first_day is None:
                continue
            first, last = date.fromisoformat(event.first_day), date.fromisoformat(event.last_day)
            if (last - first).days > 366:
                always.append(event.id)
                continue
            for step in range((last - first).days + 2 * widest + 1):
                day = first - timedelta(days=widest - step)
                days.setdefault((day.month, day.day), []).append(event.id)
            end = last + timedelta(days=REPORT_LAG_DAYS)
            for month in range(first.year * 12 + first.month - 1, end.year * 12 + end.month):
                months.setdefault((month // 12, month % 12 + 1), []).append(event.id)
        return days, months, always

    def around(self, parsed: tuple[Optional[int], int, Optional[int]]) -> list[Placed]:
        """The placed events, in id order, that a partial date (_parsed) can fit (fits): those whose
        days its day and month, or its month, can fall near; fits decides."""
        days, months, always = self._calendar
        year, month, day = parsed
        found = days.get((month, day), []) if day is not None else months.get((year, month), [])
        return [self._by_id[event_id] for event_id in sorted({*found, *always})]


def _owning(report: Mention, placed: list[Placed]) -> list[Placed]:
    """The placed events the report can share a name with (Record.owning), or all of them."""
    return placed.owning(report) if isinstance(placed, Record) else placed


def _holders(placed: list[Placed]) -> dict[str, tuple[int, ...]]:
    found: dict[str, list[int]] = {}
    for event in placed:
        for mark in event.marks:
            found.setdefault(mark, []).append(event.id)
    return {mark: tuple(ids) for mark, ids in found.items()}


@dataclass
class Pair:
    """A pair's placed events and undated reports, as stored now."""
    parties: list[str]
    placed: Record = field(default_factory=Record)
    undated: list[Mention] = field(default_factory=list)


# A ratification's mark for the state whose parliament acts (houses.state): "house:TR".
HOUSE_MARK = "house:"
# A ratification's mark for the kind of document it names (houses.documents): "document:memorandum".
DOCUMENT_MARK = "document:"

# Undated reports no rule placed: with those that name alike what they name (linked), else alone.
NAMED = "named"
# How many names undated talks share with other talks to be reports of one meeting.
MEETING_NAMES = 3


def target(report: Mention, placed: list[Placed], undated: tuple[Mention, ...] = ()):
    """Where an undated report belongs: a placed event's id, ("group", act) for the pair's undated
    event of that act, or (NAMED, act) when no rule places it (see the module's rule). `undated`: the
    pair's undated reports (an exercise's names that one of them told as another exercise also names
    single nothing out: _claimed)."""
    act = family(report.kind)
    if report.scope is not None:
        return NAMED, act
    coded = by_code(report, placed)
    if coded is not None:
        return coded
    parsed = _parsed(report.partial_date)
    near = placed.around(parsed) if parsed and isinstance(placed, Record) else placed
    fitting = [event for event in near if fits(report, event) and not other_stage(report, event)
               and not other_code(report, event) and not other_exercise(report, event)] if parsed else []
    if len(fitting) == 1:
        return fitting[0].id
    on_day = on_weekday(report, placed)
    if on_day is not None:
        return on_day
    if act == TALKS:
        visit = _visit(report, placed)
        if visit is not None:
            return visit
        met = _met(report, placed)
        return (NAMED, act) if met is None else met
    candidates = [event for event in placed if event.act == act and years_compatible(event.plan_year, report.plan_year)
                  and not (report.kind != PLAN and act == SIGNING and event.plan_year is not None)
                  and not other_stage(report, event) and not other_code(report, event)
                  and not other_exercise(report, event)]
    if len(candidates) == 1 and not _contradicts(report, candidates[0]) and singled(
            report, candidates[0], placed, _claimed(report, candidates[0], undated)):
        return candidates[0].id
    visit = _visit(report, placed) if act == SIGNING else None
    if visit is not None:
        return visit
    named_apart = any(event.act == act and (other_code(report, event) or other_exercise(report, event))
                      for event in placed)
    return ("group", act) if not candidates and not named_apart else (NAMED, act)


def by_code(report: Mention, placed: list[Placed]) -> Optional[int]:
    """The one placed exercise of the pair whose reports name the exercise code name the undated
    report names (evidence.codes), when no stated day and month refutes it: a pair holds several
    exercises a year, each under its own name, so the name says which (a report told midway names
    the exercise, often nothing else). None when none or several do."""
    if family(report.kind) != EXERCISE or not report.codes:
        return None
    found = [event.id for event in placed if event.act == EXERCISE and event.codes & report.codes
             and not _contradicts(report, event)]
    return found[0] if len(found) == 1 else None


def other_code(report: Mention, event) -> bool:
    """Whether an undated exercise report names an exercise code name and the placed event (or another
    undated report) names others, none of them its, in a way that cannot be one name told twice: of
    another year or edition, or in a language both write their names in (`coded_in`). Then it reports
    another exercise of the pair (spring's and autumn's, each under its name), whatever place or
    person they share. Across languages a name of the same year may be a translation ("Eternal
    Brotherhood", "Вечное братство"): that says nothing. And a name with a year is that year's exercise
    (other_year): a placed exercise whose reports name no code name, or none of its, and whose days are
    all of other years is another one, whatever else they share (a pair's exercise recurs every year
    under one name, on one ground)."""
    if family(report.kind) != EXERCISE or not report.codes or report.codes & event.codes:
        return False
    if other_year(report, event):
        return True
    if not event.codes:
        return False
    return not numbers(report.codes) & numbers(event.codes) or bool(report.coded_in & event.coded_in)


# The numbers of code names read as years ("Silver Crane-2025"), not editions ("Вечное братство-4").
FIRST_YEAR, LAST_YEAR = 1950, 2100


def years_named(codes: frozenset[str]) -> frozenset[int]:
    """The years the code names are of (evidence.codes' numbers that are years)."""
    return frozenset(int(number) for number in numbers(codes)
                     if number.isdigit() and FIRST_YEAR <= int(number) <= LAST_YEAR)


def other_year(report: Mention, event) -> bool:
    """Whether an undated exercise report names its exercise with years (years_named) none of which
    a placed exercise's days are in: "Stone Arch-2025" is not the exercise of October 2026 its reports
    call "Stone Arch", nor one held at the same place that year. A report naming no year, or an event
    with no day (another undated report), says nothing by it."""
    if not isinstance(event, Placed) or event.first_day is None:
        return False
    years = years_named(report.codes)
    return bool(years) and not any(int(event.first_day[:4]) <= year <= int(event.last_day[:4]) for year in years)


def other_exercise(report: Mention, event) -> bool:
    """Whether an undated exercise report tells another exercise than the placed event's reports (or
    another undated report) by where or by whom it is held: its sentence names branches of the forces
    (scope.branches: naval, air, special forces) and theirs name others, none of them its, or its story
    names a training ground by a word for one (scope.grounds) and theirs name others, none of them its,
    or it tells the exercise in months (scope.months) that the placed event's days, an exercise's window
    either side, do not reach (another undated report's months: more than one month apart). The pair's
    naval drill at sea and its special forces' raid on a range are two exercises, and so are its
    exercises on two ranges, or in June and in October, whatever region, sea, unit or commander both
    name. A side that names no branch, ground or month says nothing by it."""
    if family(report.kind) != EXERCISE:
        return False
    return (bool(report.branches) and bool(event.branches) and not report.branches & event.branches) or (
        bool(report.grounds) and bool(event.grounds) and not report.grounds & event.grounds) or (
        bool(report.months) and not report.months & _months_of(event))


def _months_of(event) -> frozenset[int]:
    """The months an exercise may be told in: an undated report's own (and the months beside them), a
    placed event's days widened by an exercise's window (every month when it spans a year or has none)."""
    if isinstance(event, Mention):
        return frozenset((month + step - 1) % 12 + 1 for month in event.months for step in (-1, 0, 1)) \
            if event.months else frozenset(range(1, 13))
    if event.first_day is None:
        return frozenset(range(1, 13))
    return _span_months(event.first_day, event.last_day)


@lru_cache(maxsize=4096)
def _span_months(first_day: str, last_day: str) -> frozenset[int]:
    window = timedelta(days=WINDOW_DAYS[EXERCISE])
    first, last = date.fromisoformat(first_day) - window, date.fromisoformat(last_day) + window
    if (last - first).days > 366:
        return frozenset(range(1, 13))
    return frozenset((first + timedelta(days=step)).month for step in range((last - first).days + 1))


def numbers(codes: frozenset[str]) -> set[str]:
    """The years or editions of the code names (evidence.codes: "NUMBER:skeleton")."""
    return {code.split(":", 1)[0] for code in codes}


def _met(report: Mention, placed: list[Placed]) -> Optional[int]:
    """The one placed event of talks of the pair whose reports name at least MEETING_NAMES of the
    names the undated talks name (names' heads, not plain), at least one of which no other placed
    event of the pair holds, and that no stated day and month refutes. The pair's two ministers are
    named by every report of their talks, so they count but never say which; a third name (a deputy,
    a chief of staff, the city) that only this meeting's reports hold does. (Asking that all three
    be held by no other placed event made the ministers count only while the pair had one meeting
    on record: a call weeks later hid the meeting its deputy attended.)"""
    found = [event.id for event in _owning(report, placed) if event.act == TALKS and event.first_day is not None
             and not _contradicts(report, event) and shared(report, event, placed) & report.heads & event.heads
             - report.plain - event.plain
             and _people_met(report.marks & event.marks & report.heads & event.heads - report.plain - event.plain)]
    return found[0] if len(found) == 1 else None


def _people_met(names: frozenset[str]) -> bool:
    """Whether names both sides write as a name's head are MEETING_NAMES or more (each counted once)."""
    return len(once(names)) >= MEETING_NAMES


def once(names: frozenset[str]) -> frozenset[str]:
    """The names, a name inflected counted once: a skeleton that another one of them extends is
    the same word with an ending ("Δένδια" and "Δένδιας", "Akar" and "Akarın")."""
    return frozenset(name for name in names if not any(other != name and other.startswith(name) for other in names))


def alike(first: Mention, second: Mention, placed: list[Placed]) -> bool:
    """Whether two undated reports of one act that no rule placed tell the same act: they name
    alike what no placed event of the pair names (names' heads, not plain): talks MEETING_NAMES
    names, another act a place, document, weapon or exercise name (people alone do not: the
    pair's ministers attend many of its acts), and no partial dates that cannot be one act."""
    names = distinctive(first.marks & second.marks & (first.heads | second.heads), None, placed)
    names -= first.plain | second.plain
    if _parsed(first.partial_date) and _parsed(second.partial_date) and not _same_act(first, second):
        return False
    if not stages.compatible(first.stage, second.stage) or not houses.compatible(first.house, second.house) \
            or other_code(first, second) or first.scope != second.scope \
            or other_exercise(first, second):
        return False
    if family(first.kind) == EXERCISE and first.codes & second.codes:
        return True
    if family(first.kind) == TALKS:
        return _people_met(names & first.heads & second.heads)
    return bool(names - first.persons - second.persons)


def linked(members: list[Mention], placed: list[Placed]) -> list[list[Mention]]:
    """The undated reports of one act that no rule placed, as the acts they tell: reports that
    name alike (alike) are together, linked through one another, the others each alone. Depends on
    the set only.

    Two reports can be alike only when they share a mark no placed event holds (talks, MEETING_NAMES
    of them), so each report is compared only with the earlier ones that share enough such marks
    (counted through an index of the marks), not with every other: the parts are the connected
    groups of the alike pairs either way."""
    ordered = sorted(members, key=lambda mention: (mention.article_id, mention.kind))
    holders = placed.holders if isinstance(placed, Record) else _holders(placed)
    owner = list(range(len(ordered)))

    def root(index: int) -> int:
        while owner[index] != index:
            owner[index] = owner[owner[index]]
            index = owner[index]
        return index

    seen: dict[str, list[int]] = {}
    for index, report in enumerate(ordered):
        free = [mark for mark in report.marks if mark not in holders] + [f"code {code}" for code in report.codes]
        need = MEETING_NAMES if family(report.kind) == TALKS else 1
        shares = Counter(chain.from_iterable(seen.get(mark, ()) for mark in free))
        for other in sorted(earlier for earlier, count in shares.items() if count >= need):
            if root(other) != root(index) and alike(report, ordered[other], placed):
                owner[root(other)] = root(index)
        for mark in free:
            seen.setdefault(mark, []).append(index)
    parts: dict[int, list[Mention]] = {}
    for index, report in enumerate(ordered):
        parts.setdefault(root(index), []).append(report)
    return sorted(parts.values(), key=lambda part: (part[0].article_id, part[0].kind))


def _visit(report: Mention, placed: list[Placed]) -> Optional[int]:
    """The other half of the visit an undated signing or talks report tells: for a signing, the one
    placed event of talks of the pair, for talks, the one placed signing, whose reports name the city
    the report names (a capital, as the classifier reads it) when no other placed event of the pair
    names it, and that no stated day and month refutes. One outlet reports the talks of a visit,
    another only the signing. The ministers' names are not enough: the pair's two ministers meet
    and call each other at other times, and a signing approved at a session of their boards names
    them as the talks do (train's plan of a joint board in Minsk and the ministers' talks in Almaty
    weeks later). Talks alerted before a signing joined them stay talks: the signing is alerted on
    its own (as a dated signing is, merge._candidates); one it joined before the alert stays in it."""
    other = TALKS if family(report.kind) == SIGNING else SIGNING
    found = [event.id for event in _owning(report, placed) if event.act == other and event.first_day is not None
             and not (event.alerted and event.id != report.event_id) and not _contradicts(report, event)
             and shared(report, event, placed) & report.places]
    return found[0] if len(found) == 1 else None


def on_weekday(report: Mention, placed: list[Placed]) -> Optional[int]:
    """The one placed event of the report's act (talks: of talks or a signing; a signing: of a
    signing or talks) on whose stated days the one weekday the report names falls ("on Thursday"),
    and that shares a name with it (_named_alike); None when none or several are."""
    if len(report.weekdays) != 1:
        return None
    act = family(report.kind)
    found = [event.id for event in placed
             if (event.act == act or {act, event.act} == {TALKS, SIGNING}) and event.first_day is not None
             and years_compatible(event.plan_year, report.plan_year) and not _contradicts(report, event)
             and not other_stage(report, event) and not other_code(report, event)
             and not other_exercise(report, event)
             and report.weekdays & _weekdays(event) and _named_alike(report, event)]
    return found[0] if len(found) == 1 else None


def _named_alike(report: Mention, event: Placed) -> bool:
    """Whether the report and the event's reports share a name that one of them writes as a name's
    head and that is not a plain one (_plain), whether or not other events of the pair hold it: the
    weekday on a stated day already singled the event out; the name says the same people acted
    (a rank shared by chance does not: "Lieutenant" before two different generals' names)."""
    return bool((report.marks & event.marks & (report.heads | event.heads)) - report.plain - event.plain)


def named(report: Mention, event: Placed, placed: list[Placed]) -> bool:
    """Whether the report names someone or something (a mark: evidence) that the event's reports
    name and no other placed event of the pair does."""
    return bool(shared(report, event, placed))


def _claimed(report: Mention, event: Placed, undated: tuple[Mention, ...]) -> frozenset[str]:
    """The names that the pair's undated exercise reports told as another exercise than the placed one
    (other_exercise, other_code) name: a name the placed exercise's reports and another exercise's
    share says where or by whom the pair trains, not which of its exercises the report tells."""
    if family(report.kind) != EXERCISE:
        return frozenset()
    return frozenset().union(*(other.marks for other in undated if other is not report
                               and family(other.kind) == EXERCISE
                               and (other_exercise(other, event) or other_code(other, event))))


def singled(report: Mention, event: Placed, placed: list[Placed], claimed: frozenset[str] = frozenset()) -> bool:
    """Whether the names the report shares with the pair's one event of its act (see shared) single
    that act out: one place, document or weapon name does, people's surnames two together (the two
    ministers of a pair are named by its reports of every act while in office: one says which pair,
    not which act), and the names that tell nothing of the act (_plain) not at all, nor those `claimed`
    by another exercise of the pair (_claimed)."""
    names = shared(report, event, placed) - report.plain - event.plain - claimed - recurring(report, event)
    if len(once(names)) >= 2:
        return True
    if family(report.kind) == EXERCISE:
        return bool(names & report.grounds & event.grounds)
    return bool(names - (report.persons | event.persons))


def recurring(report: Mention, event: Placed) -> frozenset[str]:
    """The words of an exercise's name (the code names of the report and of the placed exercise's
    reports, evidence.codes, without their years) when the undated report names no year the exercise's
    days are in: a pair's exercise recurs every year under one name, so its name without a year says
    which exercise, not which year's, and a report with no date cannot say (a dated one joins by its
    name only within the exercise's window: merge). Nothing for other acts."""
    if family(report.kind) != EXERCISE or event.first_day is None:
        return frozenset()
    if any(int(event.first_day[:4]) <= year <= int(event.last_day[:4]) for year in years_named(report.codes)):
        return frozenset()
    return frozenset(code.split(":", 1)[1] for code in report.codes | event.codes)


def shared(report: Mention, event: Placed, placed: list[Placed]) -> frozenset[str]:
    """The names the report and the event's reports share that no other placed event of the pair
    holds, and that one side writes as a name's head (evidence.Evidence.heads: a surname, a place, a
    code name; not a title, a rank, a given name or a state's institution, written before a name)."""
    return distinctive(report.marks, event.id, placed) & event.marks & (report.heads | event.heads)


def _weekdays(event: Placed) -> set[int]:
    """The weekdays the days its reports state fall on (every one for a span of a week or more; none
    when only publish days date it: a report appears a day or more after the act, so the weekday it
    names is not the day it was published)."""
    if event.stated is None:
        return set()
    first, last = (date.fromisoformat(day) for day in event.stated)
    return {(first + timedelta(days=step)).weekday() for step in range(min((last - first).days, 6) + 1)}


def distinctive(marks: frozenset[str], event_id: Optional[int], placed: list[Placed]) -> frozenset[str]:
    """The marks that no placed event of the pair other than `event_id` holds."""
    if not isinstance(placed, Record):
        return marks.difference(*(event.marks for event in placed if event.id != event_id))
    holders = placed.holders
    return frozenset(mark for mark in marks if all(holder == event_id for holder in holders.get(mark, ())))


def fits(report: Mention, event: Placed) -> bool:
    """Whether the part of its date an undated report knows fits a placed event of its act (talks:
    of talks or a signing) with a compatible plan year (see the module's rule)."""
    act, parsed = family(report.kind), _parsed(report.partial_date)
    if parsed is None or event.first_day is None or not years_compatible(event.plan_year, report.plan_year):
        return False
    if act == TALKS and event.act in (TALKS, SIGNING):
        window = RELATED_WINDOW_DAYS if event.act != TALKS else DEFAULT_WINDOW_DAYS
    elif event.act == act:
        window = WINDOW_DAYS.get(act, DEFAULT_WINDOW_DAYS)
    else:
        return False
    first = date.fromisoformat(event.first_day) - timedelta(days=window)
    last = date.fromisoformat(event.last_day) + timedelta(days=window)
    year, month, day = parsed
    if day is not None:
        return any(first <= _day(each, month, day) <= last for each in range(first.year, last.year + 1))
    if act == EXERCISE:
        return False
    start = date(year, month, 1)
    end = (start + timedelta(days=31)).replace(day=1) - timedelta(days=1)
    return (date.fromisoformat(event.first_day) <= end
            and date.fromisoformat(event.last_day) + timedelta(days=REPORT_LAG_DAYS) >= start)


def split_by_partial_dates(members: list[Mention]) -> list[list[Mention]]:
    """The pair's undated reports of one act, as the acts they can be: reports whose partial dates
    cannot be one act ("--04-15" and "--11-22"; "2021-09" and "2022-12") are apart, those that can
    are together (linked through one another); a report that knows nothing goes with the one act
    the others make, else with the others that know nothing. Depends on the set only."""
    known = [report for report in members if _parsed(report.partial_date)]
    parts: list[list[Mention]] = []
    for report in known:
        linked = [part for part in parts if any(_same_act(report, other) for other in part)]
        parts = [part for part in parts if part not in linked] + [[report] + [m for part in linked for m in part]]
    unknown = [report for report in members if not _parsed(report.partial_date)]
    if len(parts) == 1:
        parts[0] += unknown
    elif unknown:
        parts.append(unknown)
    return [sorted(part, key=lambda mention: (mention.article_id, mention.kind)) for part in sorted(
        parts, key=lambda part: min((mention.article_id, mention.kind) for mention in part))]


def other_stage(report: Mention, event: Placed) -> bool:
    """Whether an undated ratification says a stage of ratification (stages.stage: a house's vote,
    the head of state's signature, the instruments exchanged) that no report of the placed event
    says while some say one: each step is news of its own, so it reports another step of the pair's
    ratification. A report or an event that says no stage goes anywhere, as before; a vote whose house
    is not named goes with either house's (stages.compatible). Nor does one that names the parliament
    of one state (houses.state) join an event whose reports name only another state's: each state's
    parliament ratifies on its own; nor one that names a kind of document (houses.documents: a
    memorandum, a protocol) an event whose reports name only others: another document's ratification."""
    return (report.stage is not None and bool(event.stages)
            and not any(stages.compatible(report.stage, step) for step in event.stages)) or (
        report.house is not None and bool(event.houses) and report.house not in event.houses) or (
        family(report.kind) == RATIFICATION and bool(_documents(report.marks)) and bool(_documents(event.marks))
        and not _documents(report.marks) & _documents(event.marks))


def _documents(marks: frozenset[str]) -> frozenset[str]:
    """The kinds of document (houses.documents) a ratification report or event names, as marks."""
    return frozenset(mark for mark in marks if mark.startswith(DOCUMENT_MARK))


def split_by_stages(members: list[Mention]) -> list[list[Mention]]:
    """The pair's undated reports of one act, by the stage of ratification they say: reports that say
    different stages are apart; those that say none go with the one stage the others say, else
    together on their own (as split_by_partial_dates does with dates). A vote whose house is not
    named goes with the one house's vote the others say, is a stage of its own beside no house's
    vote, and is said nothing by when both houses' votes are there. Depends on the set only."""
    houses = {report.stage for report in members if report.stage and report.stage.startswith(stages.VOTE)} - {
        stages.VOTE}

    def step(report: Mention) -> Optional[str]:
        if report.stage != stages.VOTE or not houses:
            return report.stage
        return next(iter(houses)) if len(houses) == 1 else None

    said = sorted({step(report) for report in members} - {None})
    if len(said) < 2:
        return [members]
    parts = [[report for report in members if step(report) == each] for each in said]
    unknown = [report for report in members if step(report) is None]
    if unknown:
        parts.append(unknown)
    return sorted(parts, key=lambda part: min((mention.article_id, mention.kind) for mention in part))


def split_by_houses(members: list[Mention]) -> list[list[Mention]]:
    """The pair's undated reports of one act by the state whose parliament they say acts
    (houses.state): reports naming two states' parliaments are apart; those that name none go with
    the one parliament the others name, else together on their own (as split_by_stages does).
    Depends on the set only."""
    said = sorted({report.house for report in members} - {None})
    if len(said) < 2:
        return [members]
    parts = [[report for report in members if report.house == each] for each in said]
    unknown = [report for report in members if report.house is None]
    if unknown:
        parts.append(unknown)
    return parts


def split_by_codes(members: list[Mention]) -> list[list[Mention]]:
    """The pair's undated reports of one exercise by the code names they name: reports that share one
    are together (linked through one another), reports naming only other names apart; those that
    name none go with the one exercise the others name, else together on their own (as
    split_by_stages does with stages). Depends on the set only."""
    coded = [report for report in members if report.codes]
    parts: list[list[Mention]] = []
    for report in coded:
        joined = [part for part in parts if any(report.codes & other.codes for other in part)]
        parts = [part for part in parts if part not in joined] + [[report] + [m for part in joined for m in part]]
    # Names that share no word but may be one name told in two languages (other_code) stay together.
    while any(not _apart(first, second) for first, second in combinations(parts, 2)):
        first, second = next((first, second) for first, second in combinations(parts, 2) if not _apart(first, second))
        parts = [part for part in parts if part is not first and part is not second] + [first + second]
    if len(parts) < 2:
        return [members]
    unknown = [report for report in members if not report.codes]
    if unknown:
        parts.append(unknown)
    return sorted((sorted(part, key=lambda mention: (mention.article_id, mention.kind)) for part in parts),
                  key=lambda part: (part[0].article_id, part[0].kind))


def _apart(first: list[Mention], second: list[Mention]) -> bool:
    """Whether a report of one part names another exercise than a report of the other (each part
    names one exercise: its reports share a name)."""
    return any(other_code(one, other) for one in first for other in second)


@lru_cache(maxsize=4096)
def _parsed(partial: Optional[str]) -> Optional[tuple[Optional[int], int, Optional[int]]]:
    """(year or None, month, day or None) of a well-formed partial date, else None (read once per
    string: every undated report's is asked about every placed event of its pair)."""
    try:
        if partial and partial.startswith("--"):
            date(2000, int(partial[2:4]), int(partial[5:7]))
            return None, int(partial[2:4]), int(partial[5:7])
        if partial and len(partial) == 7:
            date(int(partial[:4]), int(partial[5:7]), 1)
            return int(partial[:4]), int(partial[5:7]), None
    except ValueError:
        pass
    return None


def _same_act(first: Mention, second: Mention) -> bool:
    """Whether two undated reports of one act could report the same one: two days and months
    within the act's window (any year), two page months at most one apart, a day and month in
    that page's month or the one before it (a report is published after what it reports)."""
    (year_a, month_a, day_a), (year_b, month_b, day_b) = _parsed(first.partial_date), _parsed(second.partial_date)
    if day_a is not None and day_b is not None:
        window = WINDOW_DAYS.get(family(first.kind), DEFAULT_WINDOW_DAYS)
        apart = abs((date(2000, month_a, day_a) - date(2000, month_b, day_b)).days)
        return min(apart, 366 - apart) <= window
    if day_a is None and day_b is None:
        return abs((year_a * 12 + month_a) - (year_b * 12 + month_b)) <= 1
    page_month = month_a if day_a is None else month_b
    stated = month_b if day_a is None else month_a
    return (page_month - stated) % 12 in (0, 1)


def _contradicts(report: Mention, event: Placed) -> bool:
    """Whether the report states a day and month (no year) that the dated event was not on: then it
    reports another act of the pair, not the one on record (a page's month is not so sure)."""
    parsed = _parsed(report.partial_date)
    return parsed is not None and parsed[2] is not None and event.first_day is not None and not fits(report, event)


def _day(year: int, month: int, day: int) -> date:
    """That day, or a day no span reaches when it does not exist that year (29 February)."""
    try:
        return date(year, month, day)
    except ValueError:
        return date.min


def place_undated(db: sqlite_utils.Database, parties: list[str], touched: set[int],
                  merge_group: Callable[[list[int]], int]) -> None:
    """Place every undated report of these parties where the rule says; note the events touched.

    `merge_group` makes stored events one (the survivor rule and redirects of the merge) and
    returns the survivor's id: an event left empty by a move is merged, not dropped, so an alert
    already sent for it counts.
    """
    pair = _read(db, parties)
    groups: dict[str, list[Mention]] = {}
    named: dict[str, list[Mention]] = {}
    talks = {event.id: event for event in pair.placed if event.act == TALKS}
    visits: set[int] = set()
    exercises = tuple(report for report in pair.undated if family(report.kind) == EXERCISE)
    for report in sorted(pair.undated, key=lambda mention: (mention.article_id, mention.kind)):
        where = target(report, pair.placed, exercises)
        if isinstance(where, tuple):
            (named if where[0] == NAMED else groups).setdefault(where[1], []).append(report)
        else:
            if family(report.kind) == SIGNING and where in talks:
                visits.add(where)
            _move(db, report, where, touched, merge_group)
    for act, group in groups.items():
        for members in (part for dated in split_by_partial_dates(group) for staged in split_by_stages(dated)
                        for housed in split_by_houses(staged) for part in split_by_codes(housed)):
            home = _visited(act, members, [talks[event_id] for event_id in visits])
            if home is None:
                home = _group_home(db, members)
            if home is None:
                home = _own_event(db, members[0], parties, touched)
            for report in members:
                _move(db, report, home, touched, merge_group)
    for members in (part for group in named.values() for part in linked(group, pair.placed)):
        home = _group_home(db, members) if len(members) > 1 else None
        if home is None:
            home = _own_event(db, members[0], parties, touched)
        for report in members:
            _move(db, report, home, touched, merge_group)


def _visited(act: str, members: list[Mention], visits: list[Placed]) -> Optional[int]:
    """The talks that the group's undated signings go to: the pair has no signing on record, and
    another undated signing of the pair joined the one event of talks of its visit (_visit), which
    no partial date of the group refutes. The group is one signing (see split_by_partial_dates):
    it is the one those talks ended in, not a second event (and a second alert) of it."""
    if act != SIGNING or len(visits) != 1 or any(_contradicts(report, visits[0]) for report in members):
        return None
    return visits[0].id


def undated_parties(db: sqlite_utils.Database) -> set[str]:
    """The parties (stored JSON) of every event holding an undated report."""
    return store.parties_with_undated(db, SIGNING_KINDS)


def undated_parties_of(db: sqlite_utils.Database, event_ids: set[int]) -> set[str]:
    """The parties (stored JSON) of those of these events that hold an undated report."""
    return store.parties_with_undated(db, SIGNING_KINDS, event_ids)


def _read(db: sqlite_utils.Database, parties: list[str]) -> Pair:
    pair = Pair(parties)
    acts: dict[int, list[tuple[str, Optional[int], Optional[str]]]] = {}
    names: dict[int, set[str]] = {}
    heads: dict[int, set[str]] = {}
    persons: dict[int, set[str]] = {}
    plain_names: dict[int, set[str]] = {}
    stated: dict[int, list[str]] = {}
    said: dict[int, set[str]] = {}
    coded: dict[int, set[str]] = {}
    coded_in: dict[int, set[str]] = {}
    armed: dict[int, set[str]] = {}
    ranges: dict[int, set[str]] = {}
    voted: dict[int, set[str]] = {}
    mentions = store.mentions_of_parties(db, parties, set(FAMILIES.values()))
    stored = {article_id: store.article_text(db, article_id) for article_id in sorted({row[1] for row in mentions})}
    reads = {article_id: _evidence(article) for article_id, article in stored.items()}
    plain = _plain(parties, reads, [article[3] for article in stored.values() if article])
    for event_id, article_id, kind, plan_year, day, partial, stated_day, sentence in mentions:
        told = reads[article_id]
        step = stages.stage(sentence, stored[article_id][2]) if family(kind) == RATIFICATION and stored[article_id] \
            else None
        house = houses.state(sentence, stored[article_id][2]) if family(kind) == RATIFICATION and stored[article_id] \
            else None
        # The parliament that acts is a name of the act, in whatever language it is written.
        own = frozenset({HOUSE_MARK + house} if house else ()) | frozenset(
            DOCUMENT_MARK + kind for kind in (houses.documents(sentence) if family(kind) == RATIFICATION else ()))
        about = scope.scope(sentence, stored[article_id][2]) if family(kind) == EXERCISE and stored[article_id] \
            else None
        forces = scope.branches(sentence, stored[article_id][2]) if family(kind) == EXERCISE and stored[article_id] \
            else frozenset()
        ground, told_in = _where_and_when(stored[article_id]) if family(kind) == EXERCISE \
            else (frozenset(), frozenset())
        if is_placed(kind, plan_year, day):
            if about is not None:
                continue  # a dated report of an exercise's preparation or of several: no exercise's days
            acts.setdefault(event_id, []).append((kind, plan_year, day))
            if stated_day:
                stated.setdefault(event_id, []).append(stated_day[:10])
            names.setdefault(event_id, set()).update(told.marks | own)
            heads.setdefault(event_id, set()).update(told.heads | own)
            if house:
                voted.setdefault(event_id, set()).add(house)
            persons.setdefault(event_id, set()).update(told.persons)
            plain_names.setdefault(event_id, set()).update(plain[article_id])
            if step:
                said.setdefault(event_id, set()).add(step)
            coded.setdefault(event_id, set()).update(told.codes)
            if told.codes:
                coded_in.setdefault(event_id, set()).add(stored[article_id][2])
            armed.setdefault(event_id, set()).update(forces)
            if family(kind) == EXERCISE:
                ranges.setdefault(event_id, set()).update(ground)
        else:
            pair.undated.append(Mention(event_id, article_id, kind, plan_year, partial, told.marks | own,
                                        told.weekdays, told.places, told.heads | own, told.persons,
                                        plain[article_id], step, told.codes,
                                        frozenset({stored[article_id][2]} if told.codes else ()),
                                        about, forces, ground, told_in, house))
    for event_id, readings in sorted(acts.items()):
        own = sorted({family(kind) for kind, _, _ in readings} - {TALKS}) or [TALKS]
        years = sorted(year for kind, year, _ in readings if family(kind) == SIGNING and year is not None)
        days = sorted(day for _, _, day in readings if day)
        told = sorted(stated.get(event_id, ()))
        pair.placed.append(Placed(event_id, own[0], years[0] if years else None,
                                  days[0] if days else None, days[-1] if days else None,
                                  frozenset(names.get(event_id, ())),
                                  own[0] == TALKS and store.is_alerted(db, event_id),
                                  (told[0], told[-1]) if told else None, frozenset(heads.get(event_id, ())),
                                  frozenset(persons.get(event_id, ())), frozenset(plain_names.get(event_id, ())),
                                  frozenset(said.get(event_id, ())), frozenset(coded.get(event_id, ())),
                                  frozenset(coded_in.get(event_id, ())), frozenset(armed.get(event_id, ())),
                                  frozenset(ranges.get(event_id, ())), frozenset(voted.get(event_id, ()))))
    return pair


def _plain(parties: list[str], reads: dict[int, evidence.Evidence], urls: list[Optional[str]]
           ) -> dict[int, frozenset[str]]:
    """For each of the pair's reports (article id -> what it names), the names it shares with others
    that tell nothing of which act of the pair it reports: the capital of either state (where the
    pair's ministers meet and sign most of what they do), the name of an outlet of any of the pair's
    reports (evidence.outlet: an outlet names itself, and a wire it fed, whatever the story). A name
    every report of the pair carries is not among them: the pair's reports are often all of one act.
    Depends on the set of reports only."""
    outlets = frozenset().union(*(evidence.outlet(url) for url in urls))
    return {article_id: frozenset(mark for mark, state in told.seats if state in parties) | outlets
            for article_id, told in reads.items()}


def _where_and_when(stored: Optional[tuple]) -> tuple[frozenset[str], frozenset[int]]:
    """The training grounds an exercise report's story names and the months it tells an exercise in
    (scope.grounds, scope.months; nothing when the article is gone). Read for exercises only."""
    if not stored:
        return frozenset(), frozenset()
    story = evidence.story(*stored[:3])
    return scope.grounds(story, stored[2]), scope.months(story, stored[2])


def _evidence(stored: Optional[tuple]) -> evidence.Evidence:
    """What a stored article's story says beyond its date (nothing when it is gone)."""
    return evidence.read(*stored[:3]) if stored else evidence.NOTHING


def _group_home(db: sqlite_utils.Database, members: list[Mention]) -> Optional[int]:
    """An event already holding only reports of the group (the alerted one, else the oldest)."""
    for report in members:
        report.event_id = store.resolve_event_id(db, report.event_id)
    ours = {(report.event_id, report.article_id) for report in members}
    homes = [event_id for event_id in sorted({report.event_id for report in members})
             if set(store.mention_keys(db, event_id)) <= ours]
    if not homes:
        return None
    return min(homes, key=lambda event_id: (not store.is_alerted(db, event_id), event_id))


def _own_event(db: sqlite_utils.Database, report: Mention, parties: list[str], touched: set[int]) -> int:
    """The event holding this report alone: its own, or a new one it moves to."""
    report.event_id = store.resolve_event_id(db, report.event_id)
    if store.mention_keys(db, report.event_id) == [(report.event_id, report.article_id)]:
        return report.event_id
    new = store.create_event(db, match_key=match_key(report.kind, parties, report.plan_year), kind=report.kind,
                             parties=sorted(parties), plan_year=report.plan_year, day=None)
    logger.info("article %d's undated report leaves event %d for event %d of its own", report.article_id,
                report.event_id, new)
    store.move_mention(db, report.article_id, report.event_id, new)
    store.inherit_alerts(db, new, report.event_id)
    touched.update((report.event_id, new))
    report.event_id = new
    return new


def _move(db: sqlite_utils.Database, report: Mention, event_id: int, touched: set[int],
          merge_group: Callable[[list[int]], int]) -> None:
    """Put the report in `event_id`: merge its event in when it holds nothing else, else move it."""
    event_id = store.resolve_event_id(db, event_id)
    source = store.resolve_event_id(db, report.event_id)
    if source == event_id:
        return
    if store.mention_keys(db, source) == [(source, report.article_id)]:
        survivor = merge_group([event_id, source])
    else:
        store.move_mention(db, report.article_id, source, event_id)
        touched.add(source)
        survivor = event_id
    touched.add(survivor)
    report.event_id = survivor
