"""When an event happened: which of the dates a story states belongs to it.

A sentence can hold several dates and only some are the event's: "the ministry said on Tuesday"
dates the statement, "ahead of the council to be held on 30 October" a future meeting, "the
meeting that began on 5 November" the start of something longer, and "ratified the agreement
signed on 5 September" the earlier signing. Each date is given to the nearest cue word of the
sentence (an act, a meeting, a statement, a future...), and an event takes only the dates whose
cue fits its kind. Nothing here knows a language: the cue words come from the lexicons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

from monitor.classify import rules
from monitor.classify.dates import Mention, PageDates, resolve
from monitor.classify.facts import MODIFIER, SentenceFacts
from monitor.classify.lexicons import Lexicon

# Cue categories that can own a date, and what they make of it. At equal distance the earlier
# names win: a date right after "said" or "to be held" is the statement's or the future event's.
OWNERS = (("reporting", "reporting"), ("future", "future"), ("start", "start"), ("background", "background"),
          ("ratify", "act"), ("sign", "act"), ("approve", "act"), ("authority", "authority"),
          ("conduct", "conduct"), ("exercise", "conduct"), ("meeting", "meeting"), (MODIFIER, "modifier"),
          ("signed_attr", "modifier"))
DOCUMENTS = rules.DOCUMENT_CATEGORIES
ACT_KINDS = (rules.PLAN, rules.AGREEMENT, rules.RATIFIED)
OCCASION = "occasion"
# Which owners give their date to which kind of event (None: no cue in the sentence at all).
ACCEPTS = {
    rules.PLAN: {"act", "meeting", "conduct", "authority", None},
    rules.AGREEMENT: {"act", "meeting", "conduct", "authority", None},
    rules.RATIFIED: {"act", "meeting", "conduct", "authority", None},
    rules.EXERCISE: {"conduct", "start", "meeting", None},
    rules.TALKS: {"meeting", "conduct", "authority", None},
    OCCASION: {"act", "meeting", "conduct", "authority"},
}
# Owners that tie a date to another event: an act whose own sentence holds one is not dated from
# the page's date line (the sentence says when, and it is not the report's day).
OTHER_EVENT = {"future", "start", "background", "other_act"}
# The signing words that describe a document ("the agreement signed on 5 May", "подписанное", "imzalanmış"), not a
# signing that is the sentence's own act ("the president on 6 March signed the law ratifying it").
DESCRIBING = ("signed_attr", MODIFIER)


@dataclass(frozen=True)
class Dating:
    """What a sentence says of an event's date: the date itself; the day a statement about it was
    made ("the ministry reported on May 18"); whether it holds a date of another event (``conflict``)
    or any date that is not the event's (``refused``)."""

    day: Optional[date] = None
    report_day: Optional[date] = None
    conflict: bool = False
    refused: bool = False
    # "on Monday" that could not be placed (no page day, or one it does not fit): a day used instead
    # must at least be a Monday.
    weekday: Optional[int] = None
    # "on 17 June" that could not be placed (no year on the page or in a plan year): (month, day).
    month_day: Optional[tuple[int, int]] = None


def sentence_dating(sentence: SentenceFacts, kind: str, lex: Lexicon, dates: PageDates,
                    plan_year: Optional[int]) -> Dating:
    """The first date in the sentence that belongs to an event of ``kind``."""
    conflict = refused = False
    report_day = weekday = month_day = None
    for mention in _own_mentions(sentence, lex, dates):
        owner = _owner(sentence, mention, kind)
        if owner not in ACCEPTS[kind]:
            refused = True
            conflict = conflict or owner in OTHER_EVENT
            if owner == "reporting" and report_day is None:
                report_day = resolve(mention.value, dates.page, plan_year)
            continue
        day = resolve(mention.value, dates.page, plan_year)
        if day is not None:
            return Dating(day, report_day, conflict, refused, weekday)
        if mention.relative and mention.value[0] == "weekday" and weekday is None:
            weekday = mention.value[1]
        elif _no_year(mention, dates) and month_day is None:
            month_day = mention.value
    return Dating(None, report_day, conflict, refused, weekday, month_day)


def _no_year(mention: Mention, dates: PageDates) -> bool:
    """A day and month that stayed unplaced because nothing gives its year (not one refused for
    falling after the page's day)."""
    return isinstance(mention.value, tuple) and not mention.relative and dates.page.year is None


def _own_mentions(sentence: SentenceFacts, lex: Lexicon, dates: PageDates) -> list[Mention]:
    """The sentence's dates, less those inside a date line or stamp (the report's date)."""
    found = sentence.dates
    if not dates.marks:
        return found
    return [mention for mention in found
            if not any(start < sentence.start + mention.end and sentence.start + mention.start < end
                       for start, end in dates.marks)]


def _owner(sentence: SentenceFacts, mention: Mention, kind: str) -> Optional[str]:
    """The kind of cue nearest to the date (in characters, either side)."""
    best: Optional[tuple[int, int, str, int]] = None
    for rank, (category, owner) in enumerate(OWNERS):
        for start, end in sentence.spans.get(category, []):
            if start >= mention.end:
                distance = start - mention.end
            else:
                distance = max(0, mention.start - end)
            if best is None or (distance, rank) < best[:2]:
                best = (distance, rank, owner, start)
    if best is None:
        return None
    _, _, owner, position = best
    if owner == "modifier":
        # "the agreement, signed in Baku on 24 April": the signing itself for a signing, an earlier
        # act for a ratification, an exercise or talks.
        return "act" if kind in (rules.PLAN, rules.AGREEMENT, OCCASION) else "other_act"
    if owner == "act" and kind == rules.RATIFIED and _signing_of_the_document(sentence, position):
        return "other_act"
    if kind == rules.RATIFIED and owner in ("act", "authority") and rules.documents_own_time(
            sentence, mention.start, mention.end, DESCRIBING):
        # "Milli Məclis 2025-ci il martın 15-də Ankarada imzalanmış ... sazişi ratifikasiya edib": the date stands
        # nearer the document's signing than the ratification's word (the parliament named first is nearer still),
        # or opens the participle's phrase ("վավերացրեց 2025 թվականի մարտի 15-ին Փարիզում ստորագրված
        # համաձայնագիրը"): it dates the document, as "ratified the agreement signed on 15 March 2025" does.
        return "other_act"
    if owner == "act" and kind in (rules.EXERCISE, rules.TALKS):
        return "other_act"
    return owner


def _signing_of_the_document(sentence: SentenceFacts, sign_position: int) -> bool:
    """True for "ratified the agreement signed on 5 September": a signing word after the ratification
    word that follows a document noun describes when the document was signed, not the ratification."""
    ratify = sentence.cues.get("ratify", [])
    if rules.attributive_signing(sentence, sign_position):
        # "the agreement, which was signed on 5 September, was approved by parliament"
        return True
    if not ratify or min(ratify) > sign_position or sign_position not in sentence.cues.get("sign", []):
        return False
    before = [(position, "document") for name in DOCUMENTS for position in sentence.cues.get(name, [])
              if position < sign_position]
    before += [(position, "authority") for position in sentence.cues.get("authority", []) if position < sign_position]
    return bool(before) and max(before)[1] == "document"
