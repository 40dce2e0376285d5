"""Merging detections into stored events: a new report of a known event adds a source, not an event.

A report joins every known event it could be a report of (see identity); when it could be a
report of several, they were one event all along and become one (`storage.events.merge_events`:
the survivor keeps its id, the others' ids redirect to it). A report that cannot be placed in
time starts an event of its own, and at the end of each batch the undated reports of every pair
the batch touched are placed again from the pair's events (see undated). So the events found
are the same whatever order the reports arrive in.
"""

from __future__ import annotations

import json
import logging
from datetime import date
from typing import Optional

import sqlite_utils

from monitor.analysis.events import evidence, houses, scope, undated
from monitor.analysis.events.identity import (
    DEFAULT_WINDOW_DAYS,
    RELATED_WINDOW_DAYS,
    SIGNING,
    TALKS,
    WINDOW_DAYS,
    date_window,
    effective_date,
    family,
    match_key,
    near_keys,
    years_compatible,
)
from monitor.analysis.events.refresh import refresh
from monitor.analysis.review import apply_reviews
from storage import events as store
from storage.db import transaction

logger = logging.getLogger(__name__)


# How far apart two dated reports of one exercise may be when they name its code name (its start, its
# end and a round-up after it), where WINDOW_DAYS holds for the others.
CODE_REACH_DAYS = 45
EXERCISE = "exercise"
RATIFICATION = "ratification"

# Detections merged per transaction. Per batch, the pages of the events' indexes that a batch's
# changes fall on are written (the more events on file, the more pages), and every event it touched
# is refreshed from all its reports (an event reported over months, in every batch of those months),
# so both grow with the file as well as with the batch count: 1,000 -> 5,000 cut the pages written
# for 100,000 detections by half and SQLite's work by 4 % (benchmarks/merge_events.py, BENCHMARKS.md
# section 7). A batch of 5,000 holds the write lock about half a second; a night's round merges far
# fewer, so only a backfill or a reclassification makes such batches.
BATCH = 5000


def merge_pending(db: sqlite_utils.Database) -> int:
    """Merge every detection not yet merged; return how many new events were created.

    Articles are merged in transactions of at most BATCH, so a crash leaves every article
    either fully merged or still pending, and running again finishes the job. Each transaction
    holds the write lock from its start and reads the batch's detections inside it, so crawls
    that finish together and merge at once never both merge one detection (a batch takes its
    articles off the merge queue; their `merged_at` is stamped once, at the end). The review decisions
    are applied again in the same transaction (monitor.analysis.review), so what a person decided
    holds over a re-merge at every moment.
    """
    created: set[int] = set()
    pending = store.pending_article_ids(db)
    with_undated = undated.undated_parties(db) if pending else set()
    for start in range(0, len(pending), BATCH):
        batch = pending[start:start + BATCH]
        touched: set[int] = set()
        with transaction(db):
            for detection in store.detections_of(db, batch):
                created |= _merge_detection(db, detection, touched)
            store.mark_merged(db, batch)
            _join_by_code(db, touched)
            _place_undated(db, touched, with_undated)
            for event_id in sorted(touched):
                refresh(db, event_id)
            if touched:
                apply_reviews(db)
    with transaction(db):
        store.stamp_merged(db)
    return len(store.existing(db, created))


def _place_undated(db: sqlite_utils.Database, touched: set[int], with_undated: set[str]) -> None:
    """Place again the undated reports of every pair whose events the batch touched (only pairs
    that hold some: `with_undated`, read once per merge run and kept up to date here).

    A pair whose first undated report another process merges between two of this run's batches
    is not in `with_undated`; it is placed again the next time a merge touches the pair."""
    with_undated |= undated.undated_parties_of(db, touched)
    for parties in sorted(store.parties_of(db, touched) & with_undated):
        undated.place_undated(db, json.loads(parties), touched,
                              lambda ids: _merge_group(db, [store.span_of(db, i) for i in ids], None, touched)["id"])


def _join_by_code(db: sqlite_utils.Database, touched: set[int]) -> None:
    """Make one each touched dated exercise and the pair's other dated exercises within
    CODE_REACH_DAYS of it whose dated reports' evidence sentences name one of its code names
    (evidence.codes), then
    settle the survivor as a widened event. An exercise lasts days to weeks: its start, its end and a
    round-up after it may be further apart than WINDOW_DAYS, and its name says they are one.

    Only dated reports' names count (the undated pass, which runs next, sees the events so made and
    moves nothing that changes them), and an event's names only grow as reports join it: so the
    events made are the same whatever the order of arrival."""
    for event_id in sorted(touched):
        this = store.span_of(db, event_id)
        if this is None or family(this["kind"]) != EXERCISE or this["first_day"] is None:
            continue
        named = _codes(db, event_id)
        if not named:
            continue
        parties = store.event_parties(db, event_id)
        near = [c for c in store.events_near(db, near_keys(this["kind"], parties, this["first_day"], this["last_day"]),
                                             this["first_day"], CODE_REACH_DAYS, this["last_day"])
                if c["id"] != event_id and family(c["kind"]) == EXERCISE]
        same = [c for c in near if _codes(db, c["id"]) & named]
        if same:
            survivor = _merge_group(db, [this, *same], None, touched)
            touched.add(_settle(db, survivor["id"], parties, touched))


# The acts whose reports say which one of the pair's acts they tell, beside its day: a ratification
# the parliament that acts (houses.state), an exercise its code names (evidence.codes).
TOLD = (RATIFICATION, EXERCISE)


def _told(kind: str, sentence: str, lang: Optional[str]):
    """What a report of `kind` says of which act it tells (None when it says nothing): for a
    ratification, the state whose parliament acts; for an exercise, the code names its sentence names
    (none, often) and the language they are written in, and what it reports beside one exercise's days
    (scope.scope: its preparation, several exercises; None: the days), which every exercise report
    says."""
    if family(kind) == RATIFICATION:
        return houses.state(sentence, lang)
    if family(kind) == EXERCISE:
        named = evidence.codes(sentence)
        return named, evidence.codes_written_in(sentence, lang) if named else "", scope.scope(sentence, lang)
    return None


def _report_told(event: dict, lang: Optional[str]):
    """_told for a report being merged, in its detection's language."""
    if family(event["kind"]) not in TOLD:
        return None
    return _told(event["kind"], event.get("evidence") or "", lang)


def _event_told(db: sqlite_utils.Database, event_id: int, kind: str) -> list[tuple[str, object]]:
    """(day, _told) of each dated report of an event of `kind`'s act."""
    return [(day, _told(kind, sentence, lang)) for day, sentence, lang in store.dated_reports(db, event_id)]


def _two_acts(act: str, first, second) -> bool:
    """Whether two reports of one act say they tell two acts of the pair: two states' parliaments
    (houses.compatible), or two exercises' code names that cannot be one name told twice (none shared,
    and of another year or edition, or written alike: _one_writing; a name of one year in two languages
    may be a translation, as undated.other_code reads it), or one exercise report of its days and one of
    something else (scope.scope: the planning conference where the staffs agree the exercise, days or
    weeks before it, within its window and naming its code name, is a meeting, not its start; a round-up
    of several exercises). A report that says nothing says no other (every exercise report says which
    of these it is)."""
    if first is None or second is None:
        return False
    if act == RATIFICATION:
        return not houses.compatible(first, second)
    (named, written, about), (other, other_written, other_about) = first, second
    if about != other_about:
        return True
    if not named or not other:
        return False
    return not named & other and (not undated.numbers(named) & undated.numbers(other)
                                  or _one_writing(written, other_written))


def _one_writing(first: str, second: str) -> bool:
    """Whether two code names are written alike (evidence.codes_written_in): in one language, or one
    quoted in a script's letters (as written elsewhere) and the other in a language of that script."""
    scripts = (evidence.LATIN, evidence.CYRILLIC_SCRIPT)
    if first in scripts or second in scripts:
        return (first if first in scripts else evidence.script_of(first)) == (
            second if second in scripts else evidence.script_of(second))
    return first == second


def _same_act(db: sqlite_utils.Database, act: str, candidates: list[dict], reports: list[tuple[str, object]]
              ) -> list[dict]:
    """The candidates of `act` (a ratification or an exercise) that may be the act one of `reports`
    ((day, _told) of the joining report, or of an event's dated reports) tells, and the others. A
    report and an event are one act when some report of each is within the act's window of the other
    and the two do not say they tell two acts (_two_acts: each state's parliament ratifies on its own;
    an exercise under another code name is another exercise), however near their days. The relation
    is between reports, so the events made do not depend on the order they came in: a report that
    says nothing, within the window of both, makes them one, in any order. Asked only when one of
    `reports` says something (otherwise every candidate stays)."""
    if not any(told is not None for _, told in reports):
        return candidates
    window = WINDOW_DAYS.get(act, DEFAULT_WINDOW_DAYS)
    kept = []
    for candidate in candidates:
        if family(candidate["kind"]) != act:
            kept.append(candidate)
            continue
        theirs = _event_told(db, candidate["id"], act)
        if not theirs or any(not _two_acts(act, mine, other) and abs(
                (date.fromisoformat(day) - date.fromisoformat(when)).days) <= window
                for day, mine in reports for when, other in theirs):
            kept.append(candidate)
    return kept


def _codes(db: sqlite_utils.Database, event_id: int) -> frozenset[tuple[Optional[str], str]]:
    """The code names the evidence sentences of the event's dated reports name (the sentence that
    reports the exercise names it when any does: the classifier reads a code name as an exercise's
    word), each with what its sentence reports beside the exercise's days (scope.scope: a planning
    conference naming the exercise is not its start). One query per event, no article read: every
    touched dated exercise is asked."""
    return frozenset((scope.scope(sentence, lang), code) for _, sentence, lang in store.dated_reports(db, event_id)
                     for code in evidence.codes(sentence))


def _merge_detection(db: sqlite_utils.Database, detection: dict, touched: set[int]) -> set[int]:
    """Attach one article's events to known events or new ones; note every event touched; return
    the ids of the events created."""
    article_id = detection["article_id"]
    touched |= store.clear_mentions(db, article_id)
    created = set()
    for event in detection["events"]:
        if len(event["parties"]) < 2:
            continue
        day = effective_date(event.get("date"), detection["published_at"])
        event_id, widened = _join(db, event, day, touched, _report_told(event, detection.get("lang")))
        if event_id is None:
            event_id = store.create_event(db, match_key=_key(event), kind=event["kind"],
                                          parties=sorted(event["parties"]), plan_year=event.get("plan_year"), day=day)
            created.add(event_id)
        store.add_mention(db, event_id, article_id, kind=event["kind"], plan_year=event.get("plan_year"),
                          evidence=event.get("evidence", ""), confidence=event.get("confidence", 0.0),
                          date=event.get("date"), effective_date=day, partial_date=event.get("partial_date"))
        if widened:
            if day is not None:  # as add_mention widened it
                widened["first_day"] = min(widened["first_day"] or day, day)
                widened["last_day"] = max(widened["last_day"] or day, day)
            event_id = _settle(db, event_id, event["parties"], touched, widened)
        touched.add(event_id)
    return created


def _settle(db: sqlite_utils.Database, event_id: int, parties: list[str], touched: set[int],
            this: Optional[dict] = None) -> int:
    """After an event's dated span widened: merge the events the wider span now meets (as a report
    dated there would have joined), until none is left; return the surviving id. `this` is the
    event as it stands, when the caller knows it (else it is read).

    Without this, an event found first by its plan year could grow over a known report of talks
    that, had it come last, would have joined it: the outcome would depend on the order."""
    while True:
        if this is None:
            this = store.span_of(db, event_id)
        if this is None or this["first_day"] is None:
            return event_id
        probe = {"kind": this["kind"], "parties": parties, "plan_year": this["plan_year"]}
        others = [c for c in _candidates(db, probe, this["first_day"], this["last_day"]) if c["id"] != event_id
                  and not (family(this["kind"]) == TALKS and this["alerted"] and family(c["kind"]) == SIGNING)]
        if others and family(this["kind"]) in TOLD:
            others = _same_act(db, family(this["kind"]), others, _event_told(db, event_id, this["kind"]))
        if not others:
            return event_id
        group = [this, *others]
        survivor = _merge_group(db, group, probe, touched)
        event_id, this = survivor["id"], _merged(survivor, group)


def _join(db: sqlite_utils.Database, event: dict, day: Optional[str], touched: set[int],
          told=None) -> tuple[Optional[int], Optional[dict]]:
    """The known event this report describes, after merging every known event it bridges (None
    when it describes none), and, when the event's dated span may have widened, the event as it
    stands now (as storage.events.span_of would read it; None when it cannot have widened).
    `told`: what the report says of which act it tells (_told), if anything."""
    candidates = _candidates(db, event, day)
    if told is not None and day is not None:
        candidates = _same_act(db, family(event["kind"]), candidates, [(day, told)])
    if not candidates:
        return None, None
    survivor = _merge_group(db, candidates, event, touched)
    first, last = survivor["first_day"], survivor["last_day"]
    if not (len(candidates) > 1 or (day is not None and (first is None or not first <= day <= last))):
        return survivor["id"], None
    return survivor["id"], _merged(survivor, candidates)


def _merged(survivor: dict, group: list[dict]) -> dict:
    """The survivor of `group` as merge_events and _absorb made it (as storage.events.span_of would
    read it back): the group's dated span, the identity _absorb gave it, and an alert if any of the
    group had one (the alerted one survives)."""
    firsts = [c["first_day"] for c in group if c["first_day"] is not None]
    lasts = [c["last_day"] for c in group if c["last_day"] is not None]
    kind, plan_year = survivor["absorbed"]
    return {"id": survivor["id"], "kind": kind, "plan_year": plan_year,
            "first_day": min(firsts) if firsts else None, "last_day": max(lasts) if lasts else None,
            "alerted": survivor["alerted"]}


def _merge_group(db: sqlite_utils.Database, group: list[dict], event: Optional[dict], touched: set[int]) -> dict:
    """Make the events of `group` one: the alerted one (else the oldest) survives and takes the
    strongest identity of the group and of `event` (with no `event`, the batch's refresh gives it
    its identity); return the survivor as it was found."""
    survivor = min(group, key=lambda candidate: (not candidate["alerted"], candidate["id"]))
    for other in group:
        if other["id"] != survivor["id"]:
            logger.info("event %d merges into event %d: a report bridges them", other["id"], survivor["id"])
            store.merge_events(db, survivor["id"], other["id"], alerted=other["alerted"])
            touched.discard(other["id"])
    if event is not None:
        survivor = {**survivor, "absorbed": _absorb(db, survivor, group, event)}
    return survivor


def _candidates(db: sqlite_utils.Database, event: dict, day: Optional[str],
                last: Optional[str] = None) -> list[dict]:
    """Every known event the report (dated `day`, or an event dated `day` to `last`) may be a
    report of (see identity), all of one plan year."""
    parties, year = event["parties"], event.get("plan_year")
    found = {}
    if date_window(event["kind"], year) is None:
        found.update((c["id"], c) for c in store.events_with_key(db, match_key(event["kind"], parties, year)))
    if day is not None:
        # One lookup for the act and the related acts, at the wider window; related events must
        # be within RELATED_WINDOW_DAYS of the report.
        act = family(event["kind"])
        window = max(WINDOW_DAYS.get(act, DEFAULT_WINDOW_DAYS), RELATED_WINDOW_DAYS)
        keys = near_keys(event["kind"], parties, day, last) + near_keys(event["kind"], parties, day, last,
                                                                         related=True)
        found.update((c["id"], c) for c in store.events_near(db, keys, day, window, last)
                     if family(c["kind"]) == act or _distance(c, day, last) <= RELATED_WINDOW_DAYS)
    candidates = [candidate for candidate in found.values() if years_compatible(candidate["plan_year"], year)
                  and not (candidate["kind"] == TALKS and family(event["kind"]) == SIGNING and candidate["alerted"])]
    years = {candidate["plan_year"] for candidate in candidates} - {None}
    if len(years) > 1:  # a report with no year near plans of two years: it is the nearer one's
        nearest = min((c for c in candidates if c["plan_year"]), key=lambda c: (_distance(c, day), c["plan_year"]))
        candidates = [c for c in candidates if c["plan_year"] in (None, nearest["plan_year"])]
    return candidates


def _distance(candidate: dict, day: Optional[str], until: Optional[str] = None) -> int:
    """Days between the days `day` to `until` (`day` alone by default) and the candidate's dated
    span (0 when they meet); large when either is undated."""
    if day is None or candidate["first_day"] is None:
        return 10 ** 6
    start, end = date.fromisoformat(day), date.fromisoformat(until or day)
    first, last = date.fromisoformat(candidate["first_day"]), date.fromisoformat(candidate["last_day"])
    return max((first - end).days, (start - last).days, 0)


def _absorb(db: sqlite_utils.Database, survivor: dict, candidates: list[dict],
            event: dict) -> tuple[str, Optional[int]]:
    """Give the survivor at once the strongest identity of what it absorbed (a signing outranks
    talks, a stated plan year an unknown one), so later reports of the batch match it exactly;
    return its kind and plan year now."""
    kinds = [candidate["kind"] for candidate in candidates] + [event["kind"]]
    kind = next((k for k in kinds if k != TALKS), TALKS) if survivor["kind"] == TALKS else survivor["kind"]
    # Talks give a year only to talks (as storage.events.refresh_event resolves it).
    years = [c["plan_year"] for c in candidates if c["kind"] != TALKS or kind == TALKS]
    year = next((y for y in years + [event.get("plan_year") if event["kind"] != TALKS or kind == TALKS else None]
                 if y), None)
    if (kind, year) != (survivor["kind"], survivor["plan_year"]):
        store.set_identity(db, survivor["id"], kind=kind, plan_year=year,
                           match_key=match_key(kind, event["parties"], year))
    return kind, year


def _key(event: dict) -> str:
    return match_key(event["kind"], event["parties"], event.get("plan_year"))
