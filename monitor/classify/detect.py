"""From a story's sentence facts to events: acts, exercises and talks, the main event first."""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from typing import Callable, Optional

from monitor.classify import confidence, rules
from monitor.classify.dates import PageDates, plan_years, resolve, years_at
from monitor.classify.facts import FRAMED, SentenceFacts, StoryFacts, code_name
from monitor.classify.lexicons import Lexicon
from monitor.classify.model import Event, two_states
from monitor.classify.story import HEADLINE_MAX
from monitor.classify.when import ACT_KINDS, OCCASION, Dating, sentence_dating

logger = logging.getLogger(__name__)

LEAD = 4
EVIDENCE_CHARS = 300
# An explicitly dated act this long before the page date is background, not the story's news.
BACKGROUND_DAYS = 45
# An act with no date of its own takes the date of the occasion (meeting, visit, session) that the
# story's first sentences report.
OCCASION_SENTENCES = 6
_CLOSING = (".", "!", "?", "…", '"', "'", ")", ":", ";", "։")


@dataclass
class Candidate:
    """An event found in one sentence, with what is needed to rank it and to date it."""

    event: Event
    sentence: int
    background: bool
    generic: bool
    dating: Dating = field(default_factory=Dating)
    # The last sentence of the story's prose (not a headline) that reports the event; -1 for none.
    last_prose: int = -1
    # False when the sentence names neither party and they were taken from the story.
    named: bool = True


# The cue categories ``can_report`` asks for.
REPORT_CUES = ("sign", "approve", "ratify", "exercise", "meeting")


def may_report(scan: dict, story: str = "") -> bool:
    """False when a lexicon's scan of the story (``Lexicon.scan``) holds none of ``REPORT_CUES``: no
    sentence can then hold one, ``can_report`` is False, and the story's sentences and facts need
    not be built at all (most pages of a crawl report no event). Armed forces holding something known
    by a code name (``facts.code_name``) may be an exercise named by nothing else."""
    if any(scan[cue] for cue in REPORT_CUES):
        return True
    armed = scan["defence_actor"] or scan["defence_topic"]
    return bool(armed and (scan["conduct"] or scan["joint"]) and code_name(story))


def can_report(story: StoryFacts) -> bool:
    """False when no sentence holds the cue any event needs (an act's verb, an exercise, a meeting):
    ``detect`` would find nothing, and the page's dates need not be read."""
    return any(sentence.has("sign") or sentence.has("approve") or sentence.has("ratify")
               or sentence.has("exercise") or sentence.has("meeting") for sentence in story.sentences)


def detect(story: StoryFacts, lex: Lexicon, dates: PageDates, home: Optional[str] = None) -> tuple[Event, ...]:
    """Every event the story reports, main first: acts, then exercises, then talks (if nothing signed).
    ``home`` is the state the outlet writes from (``home.home_state``), when its address tells it."""
    context = _Context(story, dates, home, lex)
    acts, exercises, talks = [], [], []
    for sentence in story.sentences:
        acts.extend(_acts(sentence, context, lex))
        exercise = _exercise(sentence, context, lex)
        if exercise:
            exercises.append(exercise)
        meeting = _talks(sentence, context, lex)
        if meeting:
            talks.append(meeting)
    if not exercises and any(s.has("exercise") for s in story.sentences):
        exercises = _exercises_across_sentences(story, context, lex)
    acts, exercises, talks = ([c for c in found if not _linked_headline(c, story)]
                              for found in (acts, exercises, talks))
    acts, exercises, talks = _earlier_in_the_pluperfect((acts, exercises, talks), story)
    acts, exercises, talks = _earlier_in_the_pluperfect((acts, exercises, talks), story, _told_in_the_plain_past)
    talks = [c for c in talks if not _talks_at_the_exercise(c, exercises, story)]
    acts = _partners_from_the_story(acts, story)
    turn = _turn(story)
    ranked = _rank([c for c in acts if c.sentence < turn], [c for c in exercises if c.sentence < turn],
                   [c for c in talks if c.sentence < turn])
    if turn < len(story.sentences) and any(_bilateral(c) for c in ranked):
        # The story's own item comes first; what it turns to after "meanwhile" follows.
        ranked += _rank([c for c in acts if c.sentence >= turn], [c for c in exercises if c.sentence >= turn],
                        [c for c in talks if c.sentence >= turn])
        ranked = _dedupe(ranked)
    else:
        ranked = _rank(acts, exercises, talks)
    return tuple(_scored(_with_partial_date(_date_undated_act(candidate, context, lex), candidate, context), context)
                 for candidate in ranked)


# How near the start of a sentence a turn word stands ("Meanwhile, ...", "Öte yandan, ...").
TURN_CHARS = 3


def _turn(story: StoryFacts) -> int:
    """Where a story turns to another item ("Meanwhile, parliament ratified ..."): the first sentence
    after the lead that opens with a turn word, or the headline line just before it; the number of
    sentences when it never turns."""
    for sentence in story.sentences[1:]:
        if any(position < TURN_CHARS for position in sentence.cues.get("turn", [])):
            index = sentence.index
            previous = story.sentences[index - 1]
            if index > 1 and _prose_index(previous) < 0:
                index -= 1
            return index
    return len(story.sentences)


def _scored(event: Event, context: _Context) -> Event:
    """The event with its story-level signals and the confidence they give."""
    others = rules.ranked_states(context.story, list(event.parties))
    found = event.signals + (() if others else ("only_parties",))
    return replace(event, signals=found, confidence=confidence.score(found))


class _Context:
    """Article-level facts every sentence rule consults."""

    def __init__(self, story: StoryFacts, dates: PageDates, home: Optional[str] = None,
                 lex: Optional[Lexicon] = None) -> None:
        self.story = story
        self.lex = lex
        self.home = home
        self.dates = dates
        self.page = dates.page
        lead = story.sentences[:LEAD]
        lead_multi = any(rules.multilateral_frame(s) for s in lead)
        lead_bi = any(s.has("bilateral") for s in lead)
        self.multilateral = lead_multi and not lead_bi
        defence = sum(len(s.cues.get("defence_actor", [])) + len(s.cues.get("defence_topic", []))
                      for s in story.sentences)
        civil = sum(len(s.cues.get("civil_actor", [])) + len(s.cues.get("civil_topic", []))
                    for s in story.sentences)
        self.defence_article = defence >= 2 and defence > civil
        self.defence_actor = any(s.has("defence_actor") for s in story.sentences)
        # A story that opens on a training ship's port call: its crew's visits ashore are no talks.
        self.port_call = any(s.has("port_call") for s in lead)
        self.reference_year = self.page.year
        # The pair whose joint exercise the headline or lead names (``_lead_exercise_pair``).
        self.exercise_pair: Optional[tuple[str, ...]] = None
        # True when a sentence of the story tells an exercise as held or under way (``_tells_exercise_held``).
        self.exercise_held = False


def _parties(sentence: SentenceFacts, context: _Context) -> Optional[tuple[tuple[str, ...], bool]]:
    """(parties, both named in the sentence) for an act, or None when they cannot be told."""
    named = rules.unique(sentence.states)
    if rules.multilateral_sentence(sentence):
        parties = _multilateral_parties(sentence, context)
        return (parties, True) if parties else None
    if len(named) == 2:
        return tuple(sorted(named)), True
    if len(named) > 2:
        return rules.pick_two(named, context.story, sentence), True
    if context.multilateral and not sentence.has("bilateral"):
        return rules.article_states_and_blocs(context.story), False
    nearby = rules.nearby_states(context.story, sentence.index, named)
    if len(named) + len(nearby) == 2:
        return tuple(sorted(named + nearby)), False
    pair = rules.fill_pair(sentence, context.story) or _home_pair(sentence, context)
    return (pair, False) if pair else None


# How far before a defence actor's title a state's name still owns it ("Pakistan's Chief of Army
# Staff", "the Azerbaijani defence minister"), and how far after it ("the Minister of Defence of
# Pakistan", "министр обороны Пакистана").
OWNER_BEFORE_CHARS = 16
OWNER_AFTER_CHARS = 16


def _home_pair(sentence: SentenceFacts, context: _Context, partner: bool = False) -> Optional[tuple[str, ...]]:
    """The pair of the one state a story names and the outlet's own state, when the sentence's act or
    meeting has a defence actor or an authority (a parliament, a president) named with no state of its
    own: the press names its own ministry, minister, chiefs or parliament without their state ("Defence
    Minister Zakir Hasanov received the commander of the Pakistan Navy" on an Azerbaijani site, "the
    National Assembly ratified the agreement with India" on an Armenian one), and a host names only its
    guest. With ``partner``, the
    one state is named as the partner of an unnamed side, which stands for the actor. None when the
    outlet's state is unknown or the story names another state to pair with."""
    home = context.home
    named = rules.unique(sentence.states)
    if home is None or len(named) != 1 or named[0] == home or rules.ranked_states(context.story, named + [home]):
        return None
    actors = sorted(sentence.spans.get("defence_actor", []) + sentence.spans.get("authority", []))
    # (a language that puts the possessor first, "Türkiyə Silahlı Qüvvələrinin Baş Qərargah rəisi", its postpositions
    # after their noun, has a title's owner only before it: a state right after the title begins its object)
    possessor_first = context.lex is not None and not context.lex.terms["with"].entries
    if not partner and not (actors and _unowned(sentence, *actors[0], after=not possessor_first)) \
            and not _bare_title_opens(sentence, context):
        # The sentence's first actor is the one who acts, and has no state of its own: "Turkey's defence
        # minister met the Chief of General Staff" names one state's own officials.
        return None
    return tuple(sorted((named[0], home)))


def _bare_title_opens(sentence: SentenceFacts, context: _Context) -> bool:
    """True when the sentence opens on a minister's bare title (``bare_title``: "Die Ministerin telefonierte mit
    dem Verteidigungsminister der Niederlande", "Министр провел телефонный разговор с министром обороны
    Нидерландов", "أجرى الوزير اتصالا", at most one word before it), no defence title of its own and no state's
    name before it (nor right after it, where the verb's object does not come first): the outlet's own minister,
    named as its press names him once the story has said who he is, acting on the other state's defence
    official."""
    actors = sentence.spans.get("defence_actor", [])
    object_first = context.lex is not None and not context.lex.terms["with"].entries
    for start, end in sentence.spans.get("bare_title", []):
        before = sentence.text[:start].split()
        if len(before) > 1 or any(low < end and start < high for low, high in actors):
            # the bare words open a full title ("The Minister of National Defence of Lithuania"): no bare title
            continue
        if any(position < start or (not object_first and end <= position <= end + OWNER_AFTER_CHARS)
               for position in sentence.state_starts):
            continue
        return True
    return False


def _unowned(sentence: SentenceFacts, start: int, end: int, after: bool = True) -> bool:
    """True when no state's name stands right before or (with ``after``) right after a defence actor's title, or the
    title is a body's own voice ("Bakanlığımız ile Moğolistan ...": our ministry, whatever state follows it)."""
    if start in sentence.cues.get("own_voice", []):
        return True
    return not any(start - OWNER_BEFORE_CHARS <= position < start
                   or (after and end <= position <= end + OWNER_AFTER_CHARS) for position in sentence.state_starts)


def _multilateral_parties(sentence: SentenceFacts, context: _Context) -> tuple[str, ...]:
    """The parties of a sentence framed as multilateral ("member states", "trilateral"): the states and
    blocs it names, and when it names fewer than three (no bloc), every state and bloc of the story,
    so that a multilateral frame naming two states is not read as bilateral. Empty when even the story
    names only two (the CPLP's ministers "among them those of Portugal and Angola", "troops of the US,
    Bulgaria and ten allied states"): the frame's other members are unnamed, and no pair can be told."""
    codes = set(sentence.states) | set(sentence.blocs)
    if len(codes) < 3 and not sentence.blocs:
        codes |= set(rules.article_states_and_blocs(context.story))
    return tuple(sorted(codes)) if len(codes) >= 3 or sentence.blocs else ()


def _is_background(sentence: SentenceFacts, context: _Context, when: Optional[date],
                   year: Optional[int], kind: Optional[str] = None) -> bool:
    """Background: "earlier"/"last year" wording or an old year governing the act, or a date well
    before the page date. Words far after the act ("ratified the pact signed last spring") describe
    something else and do not count, nor, for a ratification, the time of the document's own signing
    (``rules.documents_own_time``)."""
    reach = rules.act_reach(sentence)
    if sentence.has("today") and not _today_of_the_act(sentence):
        # The act's clause, set off from the day's other event by a comma, reaches to that comma: "who signed the
        # military cooperation plan with Georgia last year, today opened ..."
        reach = max(reach, _clause_end(sentence))
    if any(position <= reach and not _past_a_clause_break(sentence, position)
           for position in sentence.cues.get("elapsed", [])):
        # "Today marks 20 years since they signed": the day is the anniversary's, the act is old.
        return True
    if kind in _ACT_KINDS and (_signed_in_a_timeless_relative_clause(sentence)
                               or _signed_in_a_participle_before_its_signer(sentence)):
        return True
    ratified = kind == rules.RATIFIED
    if not _today_of_the_act(sentence) and any(
            start <= reach and not _past_a_clause_break(sentence, start)
            and not (ratified and rules.documents_own_time(sentence, start, end))
            and not _in_a_parenthetical(sentence, start)
            for start, end in sentence.spans.get("background", [])):
        return True
    if context.reference_year and any(
            value < context.reference_year and value != year
            and not (ratified and rules.documents_own_time(sentence, start, start + 4))
            and not _in_a_parenthetical(sentence, start)
            for start, value in _act_years(sentence, reach)):
        return True
    if when is None and any(
            start <= reach and not _past_a_clause_break(sentence, start) and not _in_a_parenthetical(sentence, start)
            and not (ratified and rules.documents_own_time(sentence, start, end))
            for start, end in _months_long_before(sentence, context)):
        return True
    if kind in _ACT_KINDS and context.reference_year is None and when is None and sentence.index >= UNDATED_LEAD \
            and not _tells_a_day_or_a_covered_year(sentence, context) and any(
            value != year and not (ratified and rules.documents_own_time(sentence, start, start + 4))
            and not _in_a_parenthetical(sentence, start) and not _NAMED_YEAR.search(sentence.lowered, 0, start)
            for start, value in _act_years(sentence, reach)):
        # A page with no date: "In 2024 the two ministries signed a memorandum" told after the lead is the
        # story recalling, since news dates its event by a day ("on Tuesday", "5 March") or not at all. Only
        # a signing or ratification: an exercise's year is as often its code name's ("Atatürk-2027").
        return True
    return bool(when and context.page.day and when < context.page.day - timedelta(days=BACKGROUND_DAYS))


def _today_of_the_act(sentence: SentenceFacts) -> bool:
    """True when the sentence's "today" may date its act: not when each "today" stands past a clause break after the
    act's word, in a clause that tells another event rather than a statement about it. "The minister, who signed the
    plan with Georgia last year, today opened a hospital" ("подписавший в прошлом году план ..., сегодня открыл",
    "რომელმაც გასულ წელს ... მოაწერა ხელი, დღეს ... გახსნა"): the signing is last year's, told to describe the
    minister; "signed the plan earlier, the ministry said today" dates the statement, and leaves the act as
    "earlier" and "today" together tell it."""
    todays = sentence.cues.get("today", [])
    return any(not _today_of_another_clause(sentence, position) for position in todays)


def _signed_in_a_timeless_relative_clause(sentence: SentenceFacts) -> bool:
    """True when the sentence's first signing is told in a relative clause on its signer that gives it no time of its
    own, closed by a comma, and a "today" or a day past it ("on Tuesday") tells the day's other event: "Georgia's defence minister, who signed
    the cooperation plan with Azerbaijan, today opened a military hospital", "Министр обороны Грузии, подписавший план
    ..., сегодня открыл", "Министърът ..., който подписа плана ..., днес откри". The clause describes the minister by
    what he once did; the day's news is the hospital. A time inside the clause ("who signed the plan today", "on 2
    September") is the act's own, and other rules read it."""
    signs = sentence.cues.get("sign", [])
    relatives = sentence.cues.get("relative", [])
    days = sentence.cues.get("today", []) + [mention.start for mention in sentence.dates]
    if not signs or not relatives or not days:
        return False
    first = min(signs)
    text = sentence.lowered
    opening = [position for position in relatives if position == first or (
        position < first and first - position <= RELATIVE_CHARS and text[:position].rstrip().endswith(",")
        and not any(mark in text[position:first] for mark in ",;"))]
    if not opening:
        return False
    start = min(opening)
    ends = [position for position in (text.find(",", first), text.find(";", first)) if position >= 0]
    if not ends:
        return False
    end = min(ends)
    clause = text[start:end]
    if any(character.isdigit() for character in clause) or any(start <= position < end for position in days) or any(
            start <= position < end for name in _TIMES_OF_A_CLAUSE for position in sentence.cues.get(name, [])):
        return False
    return any(position > end and _today_of_another_clause(sentence, position) for position in days)


def _signed_in_a_participle_before_its_signer(sentence: SentenceFacts) -> bool:
    """True when the sentence's first signing is a participle set before the noun of its signer, with no comma
    (``relative`` starting where the signing's word does: kk "жоспарына қол қойған министр", the relative form of
    signing right before "министр"), no time of its own before it in its clause, and a "today" or a day after it that
    tells the signer's other event: "Өзбекстанмен ... жоспарына қол қойған министр бүгін Астанада госпиталь ашты" (the
    minister who signed the plan today opened a hospital). A Turkic relative clause comes before its noun and closes
    with no comma, so ``_signed_in_a_timeless_relative_clause`` cannot see its end: the participle's own word is it. A
    day before the participle ("Бүгін ... қол қойған министр") may be the signing's, and is left to the other rules."""
    signs = sentence.cues.get("sign", [])
    relatives = sentence.spans.get("relative", [])
    days = sentence.cues.get("today", []) + [mention.start for mention in sentence.dates]
    if not signs or not relatives or not days:
        return False
    first = min(signs)
    ends = [end for start, end in relatives if start == first]
    if not ends:
        return False
    end = ends[0]
    text = sentence.lowered
    clause = max(text.rfind(",", 0, first), text.rfind(";", 0, first)) + 1
    if any(character.isdigit() for character in text[clause:end]) or any(
            clause <= position < end for name in _TIMES_OF_A_CLAUSE for position in sentence.cues.get(name, [])) \
            or any(clause <= position < end for position in days):
        return False
    return any(position >= end for position in days)


# The cues that give a clause a time of its own.
_TIMES_OF_A_CLAUSE = ("today", "yesterday", "background", "past_period", "coming", "future", "elapsed")


def _clause_end(sentence: SentenceFacts) -> int:
    """Where the clause of the sentence's first event word ends: its next comma or semicolon (the sentence's end)."""
    words = [position for name in _EVENT_VERBS for position in sentence.cues.get(name, [])]
    first = min(words, default=0)
    text = sentence.lowered
    ends = [position for position in (text.find(",", first), text.find(";", first)) if position >= 0]
    return min(ends, default=len(text))


def _today_of_another_clause(sentence: SentenceFacts, position: int) -> bool:
    """True when a "today" at ``position`` stands after the act's word past a comma or semicolon, and no statement's
    word ("said", "сообщили") follows that break: the clause tells another event of the day."""
    if not _past_a_clause_break(sentence, position):
        return False
    text = sentence.lowered
    clause = max(text.rfind(",", 0, position), text.rfind(";", 0, position))
    return not any(start > clause for start in sentence.cues.get("reporting", []))


def _told_in_the_pluperfect(sentence: SentenceFacts) -> bool:
    """True when the sentence's first event word (a signing, a ratification, an exercise held, a meeting) is told in
    the pluperfect ("had been signed", "είχε υπογραφεί", "avait été signé", "war ... unterzeichnet worden",
    "imzalanmıştı"): the word stands inside a stretch of the pluperfect's own words (``pluperfect``)."""
    spans = sentence.spans.get("pluperfect", [])
    if not spans:
        return False
    words = [position for name in _EVENT_VERBS for position in sentence.cues.get(name, [])]
    first = min(words, default=None)
    return first is not None and any(start <= first < end for start, end in spans)


def _told_in_the_plain_past(sentence: SentenceFacts) -> bool:
    """True when the sentence's first event word is told in the plain past passive with its auxiliary (ru, uk:
    "План на 2026 год был подписан в Москве", "було підписано"; ``past_passive``), with no day of its own and no word
    tying it to the day's occasion (``occasion``: "По итогам встречи был подписан план", "також"): told after the
    story's own news, as the pluperfect is in other languages (``_earlier_in_the_pluperfect``), it looks back."""
    spans = sentence.spans.get("past_passive", [])
    if not spans or sentence.has("occasion") or sentence.has("today") or sentence.has("yesterday") or sentence.dates:
        return False
    words = [position for name in _EVENT_VERBS for position in sentence.cues.get(name, [])]
    first = min(words, default=None)
    return first is not None and any(start <= first < end for start, end in spans)


def _earlier_in_the_pluperfect(found: tuple[list[Candidate], ...], story: StoryFacts,
                               told: Optional[Callable[[SentenceFacts], bool]] = None) -> tuple[list[Candidate], ...]:
    """Each list with the events told in the pluperfect after the story has told one of its own marked as background:
    a report of a signing today that goes on "the plan for 2026 had been signed in Nicosia" (el "είχε υπογραφεί", de
    "war ... unterzeichnet worden", fr "avait été signé") looks back from its news to what came before it, as "earlier"
    does. A pluperfect with no current event before it (reported speech: "the ministry said the two ministers had
    signed the plan") is left as it is. With ``told`` the plain past of ru and uk (``_told_in_the_plain_past``), whose
    day's news may also be a sentence telling "today" something that is no event (a seminar opened today), and must
    be no signing: acts told beside a signing of the day are taken as that occasion's."""
    plain_past = told is not None
    told = told or _told_in_the_pluperfect
    pluperfect = {index for index in {c.sentence for group in found for c in group}
                  if told(story.sentences[index])}
    if not pluperfect:
        return found
    current = [c.sentence for group in found for c in group if not c.background and c.sentence not in pluperfect]
    if plain_past:
        if any(not c.background and c.sentence not in pluperfect for c in found[0]):
            # The day's news is itself a signing: documents "были утверждены" beside it are its own, at one occasion.
            return found
        current += [sentence.index for sentence in story.sentences
                    if sentence.has("today") and sentence.index not in pluperfect]
    if not current:
        return found
    first = min(current)
    return tuple([replace(c, background=True) if c.sentence in pluperfect and c.sentence > first else c for c in group]
                 for group in found)


def _talks_at_the_exercise(meeting: Candidate, exercises: list[Candidate], story: StoryFacts) -> bool:
    """True for talks of a pair whose sentence names an exercise, in a story that reports that pair's exercise as an
    event of its own: the commanders who "met at the range and discussed the course of the exercise" ("встретились
    командующие ..., которые обсудили ход учений"), ministers watching it together, are part of the exercise's
    report, no second event. Talks told in a sentence of their own, naming no exercise ("During the talks in New
    Delhi the sides discussed ..."), are still talks."""
    sentence = story.sentences[meeting.sentence]
    if not sentence.has("exercise") or meeting.background:
        return False
    return any(not exercise.background and exercise.event.parties == meeting.event.parties for exercise in exercises)


# Month names that are also common words ("may sign", "troops march", "an august body", Romanian "mai", Bulgarian
# "май" (it seems), Arabic "مارس" (practised)): a month only when written with a capital.
_AMBIGUOUS_MONTHS = frozenset({"may", "march", "august", "mai", "май", "kasım", "ekim", "مارس"})


def _months_long_before(sentence: SentenceFacts, context: _Context) -> list[tuple[int, int]]:
    """Where the sentence names a month, with no day, that ended well before the page's printed day ("In March,
    the ministers met in Baku" on a page of 2 September; "mart ayında görüşmüştü"): the month's last day, in the
    page's year or, for a later month, the year before, is more than ``BACKGROUND_DAYS`` before it. A month
    with a day is a date of its own (``sentence_dating``)."""
    page = context.page
    if context.lex is None or not page.printed or page.day is None:
        return []
    found = []
    aligned = len(sentence.text) == len(sentence.lowered)
    for start, end, month in context.lex.months.finditer(sentence.lowered, sentence.lowered):
        word = sentence.lowered[start:end]
        if word in _AMBIGUOUS_MONTHS and not (aligned and sentence.text[start].isupper()):
            continue
        if any(mention.start <= start < mention.end for mention in sentence.dates):
            continue
        year = page.day.year if month <= page.day.month else page.day.year - 1
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        if last < page.day - timedelta(days=BACKGROUND_DAYS):
            found.append((start, end))
    return found


# The headline and the lead: a bare year there may date the story's own news, on a page with no date.
UNDATED_LEAD = 2
_ACT_KINDS = (rules.PLAN, rules.AGREEMENT, rules.RATIFIED)
# A year joined by a hyphen to a name ("форум «Армия-2027»", "Teknofest-2027") is the name's, not a time.
_NAMED_YEAR = re.compile(r"[^\W\d_][\w'’»\"]*\s?[-–]\s?$")


def _tells_a_day_or_a_covered_year(sentence: SentenceFacts, context: _Context) -> bool:
    """True when the sentence dates its event by a day ("today", "yesterday", a weekday: "подписаны в среду"),
    or names a year a document covers ("программа на 2026-2030 годы"), whose years describe documents, not
    when the act was: on a page with no date, its bare years do not make it background."""
    if sentence.has("today") or sentence.has("yesterday") or any(
            isinstance(mention.value, tuple) and mention.value[:1] == ("weekday",) for mention in sentence.dates):
        return True
    return context.lex is not None and bool(plan_years(sentence.lowered, context.lex))


# The cues of the words that tell an event (an act, an exercise held, a meeting).
_EVENT_VERBS = ("sign", "approve", "ratify", "conduct", "meeting")


def _in_a_parenthetical(sentence: SentenceFacts, position: int) -> bool:
    """True when a time word stands in a stretch set off by commas on both sides, after the sentence's
    first words and before its event word, that tells an earlier meeting or exercise of its own: it
    describes who or what it follows ("The ministers, who last met in 2022, held talks in Rome", "The joint
    exercise, held annually since 2021, began on Monday"), not when the event was. A stretch that holds an
    act's word ("The ministers, who signed the plan last year, met today") still dates that act, and a bare
    time phrase ("In Baku, in 2019, the ministers signed the plan") dates the event."""
    text = sentence.lowered
    opening = text.rfind(",", 0, position)
    closing = text.find(",", position)
    if opening <= 0 or closing < 0 or not text[:opening].strip():
        return False
    told = [cue for name in ("meeting", "conduct") for cue in sentence.cues.get(name, []) if opening < cue < closing]
    events = [cue for name in _EVENT_VERBS for cue in sentence.cues.get(name, []) if cue > closing]
    return bool(told) and bool(events) and not _acts_inside(sentence, opening, closing)


def _acts_inside(sentence: SentenceFacts, opening: int, closing: int) -> bool:
    """True when an act's word (a signing, an approval, a ratification) stands between the two commas."""
    return any(opening < cue < closing for name in ("sign", "approve", "ratify") for cue in sentence.cues.get(name, []))


def _past_a_clause_break(sentence: SentenceFacts, position: int) -> bool:
    """True when a background word stands after the act's first word with a comma or semicolon between
    them: it tells of another clause ("signed the plan, which builds on the pact of ten years ago", "planı
    imzalayıblar, plan 10 il əvvəl imzalanmış sazişə əsaslanır"), not when the act was done."""
    acts = (sentence.cues.get("sign", []) + sentence.cues.get("approve", []) + sentence.cues.get("ratify", [])
            + sentence.cues.get("conduct", []) + sentence.cues.get("meeting", []))
    first_act = min(acts, default=position)
    return first_act < position and any(mark in sentence.lowered[first_act:position] for mark in ",;")


# The characters of a year written in figures.
YEAR_DIGITS = 4
# How close after a document's name a year is that year's date ("the Agreement of 1993").
DOCUMENT_YEAR_CHARS = 60


def _act_years(sentence: SentenceFacts, reach: int) -> list[tuple[int, int]]:
    """The years (with where each stands) that may govern the act: those within its reach, less a year that dates a document
    named before the act word ("in accordance with the Agreement of 1993, the ministers signed the
    plan": the old agreement frames the new act), or that stands right before a document named as a
    frame ("1995 tarihli anlaşma uyarınca")."""
    acts = sentence.cues.get("sign", []) + sentence.cues.get("approve", []) + sentence.cues.get("ratify", [])
    first_act = min(acts) if acts else reach
    documents = [position for name in rules.DOCUMENT_CATEGORIES + (FRAMED,)
                 for position in sentence.cues.get(name, [])]
    framed = sentence.cues.get(FRAMED, [])
    # A year that begins within the reach is the act's, even if its last digits fall past it ("signed a military
    # cooperation plan in 2021").
    return [(start, year) for start, year in years_at(sentence.lowered[:reach + YEAR_DIGITS])
            if start < reach and not (start < first_act and (any(0 < start - position <= DOCUMENT_YEAR_CHARS for position in documents)
                                           or any(0 < position - start <= FRAMED_YEAR_CHARS for position in framed)))]


# How close before a document named as a frame a year is that document's date, in languages that put
# it first ("1995 tarihli anlaşma uyarınca", "1995 yilgi bitimga muvofiq").
FRAMED_YEAR_CHARS = 25


def _acts(sentence: SentenceFacts, context: _Context, lex: Lexicon) -> list[Candidate]:
    """The act a sentence reports; one per pair when one state signs with several ("Belarus approved
    plans with Kazakhstan, Kyrgyzstan and Tajikistan": three bilateral acts, in the order named)."""
    act = _act(sentence, context, lex)
    if act is None or _approval_to_sign(act, sentence, context):
        return []
    pairs = rules.hub_and_spokes(sentence)
    if not pairs:
        return _plan_signed_beside(act, sentence, lex) + _bilateral_documents(act, sentence, lex)
    return [replace(act, event=replace(act.event, parties=pair)) for pair in pairs]


def _plan_signed_beside(act: Candidate, sentence: SentenceFacts, lex: Lexicon) -> list[Candidate]:
    """The act, and the plan signed with it: a signing that names an agreement, then a plan or a programme bound
    to a year ("signed an agreement on military cooperation and the cooperation programme for 2012", "соглашение
    ..., а также программу сотрудничества на 2012 год") signs two documents (train's labels: an event each, the
    agreement told first the main one). The year is the plan's: the agreement is bound to none of it."""
    if act.event.kind != rules.AGREEMENT or not sentence.has("agreement_nouns"):
        return [act]
    years = plan_years(sentence.lowered, lex)
    first = sentence.first("agreement_nouns")
    for category in ("plan_nouns", "programme_nouns"):
        year = rules.year_of_document(sentence, years, category)
        if year is None or sentence.first(category) < first:
            continue
        named_both = "both_named" in act.event.signals
        agreement = replace(act.event, plan_year=None,
                            signals=rules.signals(rules.AGREEMENT, named_both, sentence, None, act.generic))
        plan = replace(act.event, kind=rules.PLAN, plan_year=year,
                       signals=rules.signals(rules.PLAN, named_both, sentence, year, False))
        return [replace(act, event=agreement), replace(act, event=plan)]
    return [act]


def _ends_an_agreement(sentence: SentenceFacts) -> bool:
    """True when the sentence ends an agreement (denounces, terminates, suspends it: ``terminate``): "Niger
    terminated its military agreement with France", "signed a law denouncing the agreement", "anlaşmasını
    feshetti". A signing it also names is the old one, or the law of denunciation: no act of cooperation.
    The ending word governs the document: it stands before the first document named, or right after one
    where the verb closes the clause; a clause about the document's term ("... in force unless either
    party terminates it") ends nothing."""
    ends = sentence.cues.get("terminate", [])
    if not ends:
        return False
    documents = [span for name in rules.DOCUMENT_CATEGORIES for span in sentence.spans.get(name, [])]
    if not documents:
        return False
    first = min(start for start, _ in documents)
    return any(position < first or any(0 <= position - end <= ENDING_CHARS for _, end in documents)
               for position in ends)


# How close after a document's name a verb that ends it stands in a verb-final clause ("anlaşmasını feshetti").
ENDING_CHARS = 30


# How many sentences back "the documents" may point to the documents a story named.
DOCUMENTS_BACK = 3


def _documents_named_before(sentence: SentenceFacts, context: _Context) -> bool:
    """True when "the documents" of this sentence point back to documents the story just named in
    defence terms ("the agreement between the defence ministries on military airfields ... Both
    documents were signed on 15 April"): they are as much defence as those."""
    return any(any(other.has(name) for name in ("plan_nouns", "programme_nouns", "agreement_nouns"))
               and (other.has("defence_actor") or other.has("defence_topic"))
               for other in context.story.sentences[max(0, sentence.index - DOCUMENTS_BACK):sentence.index])


def _defence_meeting_before(sentence: SentenceFacts, context: _Context) -> bool:
    """True when the sentence just before tells a meeting of defence officials (a meeting word and a defence
    actor, no civil one): "the document(s)" the sides then sign are that meeting's."""
    if sentence.index == 0:
        return False
    before = context.story.sentences[sentence.index - 1]
    return before.has("meeting") and before.has("defence_actor") and not before.has("civil_actor")


def _year_bound_document(sentence: SentenceFacts, years: list[tuple[int, int]],
                         reference_year: Optional[int]) -> Optional[tuple[str, int]]:
    """(plan, its year) for "a document on cooperation for 2027" that the story names no better: a document
    bound to a year is a plan under another name (SCHEMA.md: a year-bound programme or plan is a plan). A year
    long past dates an old document, as for agreements (``_year``)."""
    year = rules.year_of_document(sentence, years, "generic_doc_nouns")
    if year is None or (reference_year is not None and year < reference_year - 1):
        return None
    return rules.PLAN, year


def _same_document_named_before(sentence: SentenceFacts, context: _Context) -> bool:
    """True when a sentence just before names the same kind of document as the act's (a plan, a programme,
    an agreement) in defence terms: the act's document is that one, as defence as it was named, though
    the act's own sentence names it bare ("the plan", "faaliyet planını")."""
    kinds = [name for name in ("plan_nouns", "programme_nouns", "agreement_nouns") if sentence.has(name)]
    return any(any(other.has(name) for name in kinds) and (other.has("defence_actor") or other.has("defence_topic"))
               for other in context.story.sentences[max(0, sentence.index - DOCUMENTS_BACK):sentence.index])


def _names_no_document(sentence: SentenceFacts) -> bool:
    """True when the act's sentence names no document at all, its object a pronoun ("ratified it")."""
    return not any(sentence.has(name) for name in rules.DOCUMENT_CATEGORIES)


# How far from a programme's name the time ahead it covers may stand ("программа военного сотрудничества на
# следующий год", "gelecek yılın askeri işbirliği programı").
PROGRAMME_YEAR_AHEAD_CHARS = 60


def _programme_of_a_year_ahead(sentence: SentenceFacts) -> bool:
    """True when a programme's name has next year as its attribute (``time_ahead_of``: "το πρόγραμμα αμυντικής
    συνεργασίας του επόμενου έτους", "el programa de cooperación para el próximo año", "kelgusi yil uchun
    harbiy hamkorlik dasturi"), after it or, where the attribute comes first, before it: a programme bound to a
    year is a plan under another name (SCHEMA.md), as "the programme for 2027" is. (A headline's "signing of the
    cooperation programme" is bound by the story's sentence that names its year ahead, as ``_document_year``
    binds it to a year another sentence gives.)"""
    programmes = sentence.spans.get("programme_nouns", [])
    return any(0 <= low - end <= PROGRAMME_YEAR_AHEAD_CHARS or 0 <= start - high <= PROGRAMME_YEAR_AHEAD_CHARS
               for start, end in programmes for low, high in sentence.spans.get("time_ahead_of", []))


def _antecedent_document(sentence: SentenceFacts, context: _Context,
                         lex: Lexicon) -> Optional[tuple[str, Optional[int]]]:
    """(kind, year) of the document the sentence before named, when this sentence signs and names no document,
    its object a pronoun or left unsaid ("It was signed by the two ministers", "Его подписали заместители
    министров", "Er wurde am Dienstag unterzeichnet", "Podpisali go wiceministrowie"), and the sentence before
    (a headline too) names a plan, programme or agreement in defence terms with no act of its own ("the
    ministries have drawn up a military cooperation plan for 2027"): the signing is that document's. A sentence
    before that signs, approves or ratifies tells its own act, and the pronoun retells it; a draft discussed is
    not what a bare "signed" that follows signs ("... discussed the draft plan. The minister signed the book of
    honour"). A sentence before that names two documents apart ("satisfied with how this year's programme is
    carried out, they stressed what next year's must hold") gives the pronoun no one antecedent: none is read."""
    if sentence.index == 0 or not sentence.has("sign") or sentence.has("ratify") or sentence.has("approve") \
            or not _names_no_document(sentence):
        return None
    before = context.story.sentences[sentence.index - 1]
    if not before.cues and not before.states and sentence.index > 1:
        # a dateline between the headline and the sentence ("3 декабря 2026")
        before = context.story.sentences[sentence.index - 2]
    named = [name for name in ("plan_nouns", "programme_nouns", "agreement_nouns") if before.has(name)]
    if not named or any(before.has(name) for name in ("sign", "approve", "ratify", "civil_actor", "draft")) \
            or not (before.has("defence_actor") or before.has("defence_topic")) or _documents_named(before) > 1:
        return None
    first = min(named, key=before.first)
    years = plan_years(before.lowered, lex)
    year = rules.year_of_document(before, years, first)
    kind = rules.PLAN if first == "plan_nouns" or (first == "programme_nouns" and year is not None) \
        else rules.AGREEMENT
    return kind, (year if kind == rules.PLAN else _year(before, years, kind, context.reference_year))


def _own_body_between(sentence: SentenceFacts, context: _Context) -> bool:
    """True when the side of "between" that names no state is the outlet's own defence body, named with no state as
    its own release names it ("Bakanlığımız ile Moğolistan Savunma Bakanlığı arasında ... imzalandı", "Nazirliyimiz
    ilə ... arasında"): the act is between the outlet's state and the one named (``_home_pair``), not between a state
    and a company."""
    return context.home is not None and _home_pair(sentence, context) is not None


def _retells_an_authorisation(sentence: SentenceFacts, context: _Context) -> bool:
    """True when a ratification's sentence names no document ("Karar bugünkü Resmi Gazete'de yayımlandı", "the
    decree was published in the official gazette") and the nearest sentence before it that names one tells that
    document's signing as still to come (a minister authorised to sign it, a draft approved, "imzalamak üzere ...
    yetkilendirildi"): the decision published is that authorisation, which precedes the act (SCHEMA.md), not the
    document's ratification."""
    for other in reversed(context.story.sentences[max(0, sentence.index - DOCUMENTS_BACK):sentence.index]):
        if any(other.has(name) for name in rules.DOCUMENT_CATEGORIES):
            return not other.has("ratify") and rules.announced_not_done(other)
    return False


def _documents_named(sentence: SentenceFacts) -> int:
    """How many documents the sentence names apart: its plan, programme and agreement nouns' spans, those that
    overlap ("next year's programme" read as a plan and as a programme) counted once."""
    spans = sorted(span for name in ("plan_nouns", "programme_nouns", "agreement_nouns")
                   for span in sentence.spans.get(name, []))
    count, reach = 0, -1
    for start, end in spans:
        if start >= reach:
            count += 1
        reach = max(reach, end)
    return count


def _bare_document_subject(sentence: SentenceFacts) -> bool:
    """True when the sentence opens on a document's bare noun ("Plan, ...", "The agreement was signed
    ...", at most a short determiner before it) and names no state of its own: the noun stands for
    the document the story just named, as a pronoun would."""
    if sentence.states:
        return False
    for name in rules.DOCUMENT_CATEGORIES:
        for start, _ in sentence.spans.get(name, []):
            before = sentence.text[:start].split()
            if len(before) <= 1 and len("".join(before)) <= 4:
                return True
    return False


def _document_told_after(sentence: SentenceFacts, context: _Context) -> bool:
    """True when the act's sentence names a document and the sentence right after opens on a document's
    bare noun ("The document ...", "Документ ...") in defence terms: that sentence says what the
    document just named is, as a headline over its story would (a short wire item that names the
    defence subject only once)."""
    if _names_no_document(sentence) or sentence.index + 1 >= len(context.story.sentences):
        return False
    after = context.story.sentences[sentence.index + 1]
    return _bare_document_subject(after) and (after.has("defence_actor") or after.has("defence_topic")) \
        and not after.has("civil_actor")


def _approval_to_sign(act: Candidate, sentence: SentenceFacts, context: _Context) -> bool:
    """True for an agreement "approved" with no signing verb and no authority named (a headline's
    "Protocol approved", read as its ratification by rules.agreement_approved_by_no_one_named) when the story tells that approval as one to sign ("the Council of
    Ministers approved the signing of the protocol"): it precedes the act (SCHEMA.md)."""
    if sentence.has("sign") or not sentence.has("approve"):
        return False
    if act.event.kind == rules.RATIFIED and not sentence.has("ratify"):
        # A headline "Council of Ministers approves defence accord with Ruritania" over "approved the draft
        # accord ..., to be signed during the visit": the next sentence in which an authority approves
        # tells the same approval, and when it tells it of a draft or of a signing still to come, the approval
        # authorises a signing (SCHEMA.md) and ratifies nothing.
        retold = next((other for other in context.story.sentences[sentence.index + 1:]
                       if other.has("approve") and other.has("authority")), None)
        if retold is not None and not retold.has("ratify") and rules.announced_not_done(retold):
            return True
    unnamed = act.event.kind == rules.RATIFIED and rules.agreement_approved_by_no_one_named(sentence)
    if act.event.kind != rules.AGREEMENT and not unnamed:
        return False
    return any(other.index != sentence.index and other.has("approve") and rules.announced_not_done(other)
               for other in context.story.sentences)


def _bilateral_documents(act: Candidate, sentence: SentenceFacts, lex: Lexicon) -> list[Candidate]:
    """The bilateral documents a multilateral act also signs, each an act of its own pair: a
    trilateral plan and a two-state programme signed together ("rules.document_pairs")."""
    if _bilateral(act) or act.event.kind == rules.RATIFIED:
        return []
    found = []
    years = plan_years(sentence.lowered, lex)
    for pair, category in rules.document_pairs(sentence):
        year = rules.year_of_document(sentence, years, category) if category != "generic_doc_nouns" else None
        kind = rules.PLAN if category == "plan_nouns" or (category == "programme_nouns" and year) \
            else rules.AGREEMENT
        event = replace(act.event, kind=kind, parties=pair, plan_year=year,
                        signals=rules.signals(kind, True, sentence, year, category == "generic_doc_nouns"))
        found.append(replace(act, event=event))
    return found


def _act(sentence: SentenceFacts, context: _Context, lex: Lexicon) -> Optional[Candidate]:
    if not (sentence.has("sign") or sentence.has("approve") or sentence.has("ratify")):
        return None
    years = plan_years(sentence.lowered, lex)
    # A programme is bound to years by its own sentence or by another that names it ("Программа на
    # 2022-2024 годы ..."): either way it is a plan under another name.
    programme_year = rules.year_of_document(sentence, years, "programme_nouns")
    if programme_year is None:
        programme_year = _document_year(sentence, context, lex, "programme_nouns")
    year_ahead = sentence.has("programme_nouns") and any(_programme_of_a_year_ahead(other)
                                                         for other in context.story.sentences)
    kind = rules.act_kind(sentence, programme_year is not None or year_ahead)
    antecedent = _antecedent_document(sentence, context, lex) if kind is None else None
    if antecedent is not None:
        # "... have drawn up a military cooperation plan for 2027. It was signed by the deputy ministers": the
        # signing's object is the document the sentence before named.
        kind = antecedent[0]
    if kind is None or rules.announced_not_done(sentence) or sentence.has("company") or _ends_an_agreement(sentence):
        return None
    if _headline_of_an_act_to_come(sentence, context.story):
        return None
    if kind == rules.RATIFIED and _names_no_document(sentence) and _retells_an_authorisation(sentence, context):
        return None
    if (rules.names_one_state_and_a_non_state(sentence) and not _own_body_between(sentence, context)) \
            or _civil_signatory(sentence):
        return None
    if rules.act_as_a_habit(sentence) and _prose_index(sentence) >= 0:
        # (a headline's present is the news: "Azerbaijan, Georgia sign plan, as every year" reports the signing)
        return None
    generic = rules.only_generic_document(sentence)
    defence_article = context.defence_article and (not generic or _documents_named_before(sentence, context))
    if _names_no_document(sentence) and _documents_named_before(sentence, context):
        # "... On Wednesday the parliament ratified it": the act's object is the document just named.
        defence_article = True
    if antecedent is not None:
        defence_article = True
    if _bare_document_subject(sentence) and _documents_named_before(sentence, context):
        # a headline "Türkiye-Kırgızistan 2026 Askeri İşbirliği Planı" over "Plan, Bişkek'te ... imzalandı":
        # "the plan" is the one just named.
        defence_article = True
    if generic and _defence_meeting_before(sentence, context):
        # "The defence ministers met in Baku. The sides signed a document on cooperation for 2027": the
        # document is that meeting's, as defence as the meeting.
        defence_article = True
    if _same_document_named_before(sentence, context):
        # a headline "Türkiye ile Özbekistan arasında askeri işbirliği planı" over "... faaliyet planını
        # imzaladı": the plan signed is the one the headline named in defence terms.
        defence_article = True
    if _document_told_after(sentence, context):
        # a short item "Россия и Таджикистан подписали план" over "Документ определяет мероприятия военного
        # сотрудничества ...": the next sentence says in defence terms what the document is.
        defence_article = True
    if not rules.is_defence(sentence, context.story, defence_article):
        return None
    year = _year(sentence, years, kind, context.reference_year) if antecedent is None else antecedent[1]
    if generic and kind == rules.AGREEMENT:
        kind, year = _generic_document_named(sentence, context, lex) or \
            _year_bound_document(sentence, years, context.reference_year) \
            or (kind, year)
    pairs = rules.hub_and_spokes(sentence)
    resolved = (pairs[0], True) if pairs else _parties(sentence, context)
    if resolved is None:
        return None
    parties, named_both = resolved
    if kind == rules.PLAN and year is None and not sentence.has("plan_nouns"):
        year = programme_year
    elif kind == rules.PLAN and year is None and sentence.has("plan_nouns"):
        year = _document_year(sentence, context, lex, "plan_nouns", only=True)
    if kind == rules.PLAN and year is None and _document_told_after(sentence, context):
        after = context.story.sentences[sentence.index + 1]
        year = rules.year_of_document(after, plan_years(after.lowered, lex), "generic_doc_nouns")
    dating = sentence_dating(sentence, kind, lex, context.dates, year)
    when = dating.day
    event = Event(kind=kind, parties=parties, plan_year=year,
                  date=when.isoformat() if when else None, evidence=_evidence(sentence),
                  signals=rules.signals(kind, named_both, sentence, year, generic))
    background = _is_background(sentence, context, when, year, kind) or _signing_of_a_document_in_ratification(
        sentence, context, kind) or _dated_relative_signing(sentence, context, when)
    return Candidate(event, sentence.index, background, generic, dating, _prose_index(sentence), bool(sentence.states))


# How many days before the page's day a signing told in a relative clause on its document must be dated to be
# background: a report of the signing says "the plan, which the ministers signed on Monday, ..." within days.
RELATIVE_SIGNING_DAYS = 7
# How far after the relative word (or its comma) the signing word it introduces may stand.
RELATIVE_CHARS = 80


def _dated_relative_signing(sentence: SentenceFacts, context: _Context, when: Optional[date]) -> bool:
    """True when the sentence's first signing is told in a relative clause on its document (``relative``: a
    relative word right after a comma, "the plan, which the two ministries signed on 2 September", "плана ...,
    который ... подписали 2 сентября", or a participle that is the relative form itself, "2 Eylül'de imzaladığı
    ... planının") and dated more than ``RELATIVE_SIGNING_DAYS`` before the page's day: it describes the document
    another event of the story is about (a seminar, "the first event of the plan"), no signing of the day."""
    day = context.page.day
    signs = sentence.cues.get("sign", [])
    relatives = sentence.cues.get("relative", [])
    if when is None or day is None or not signs or not relatives or (day - when).days <= RELATIVE_SIGNING_DAYS:
        return False
    first = min(signs)
    text = sentence.lowered
    for position in relatives:
        if position == first:
            return True
        if position < first and first - position <= RELATIVE_CHARS and text[:position].rstrip().endswith(",") \
                and not any(mark in text[position:first] for mark in ",;"):
            return True
    return False


def _signing_of_a_document_in_ratification(sentence: SentenceFacts, context: _Context, kind: str) -> bool:
    """True for the signing of an agreement told after the story has named a ratification (or a step of one:
    a bill, a committee's approval, a first reading), in a sentence that names neither state: "The agreement was signed
    in Tallinn in March and covers training", under a lead on the ratification bill. A document is signed
    before it is ratified: its signing is the history of the document whose ratification is the story's news,
    whether or not that ratification is done yet. A sentence naming the two states tells an act of its own."""
    if kind != rules.AGREEMENT or len(rules.unique(sentence.states)) >= 2:
        return False
    return any((other.has("ratify") or (other.has("approve") and rules.ratification_step(other)))
               and any(other.has(name) for name in rules.DOCUMENT_CATEGORIES)
               for other in context.story.sentences[:sentence.index])


# How many sentences after an act on "the documents" the story may say what they were.
DOCUMENTS_AFTER = 1


def _generic_document_named(sentence: SentenceFacts, context: _Context,
                            lex: Lexicon) -> Optional[tuple[str, Optional[int]]]:
    """The kind and plan year of the document that "the document(s)" of an act stand for, when the
    story names it in the headline, a sentence just before, or the one just after with no act of its
    own ("signed a number of documents. Among them, a plan of military cooperation for 2024"; a
    headline "Plan of military cooperation for 2025" over "The document was signed by ..."): the
    document told nearest before the act, else the one told right after. None when the story names
    no such document nearby."""
    sentences = context.story.sentences
    before = [other for other in sentences[max(0, sentence.index - DOCUMENTS_BACK):sentence.index][::-1]]
    if sentence.index > DOCUMENTS_BACK:
        before.append(sentences[0])
    after = [other for other in sentences[sentence.index + 1:sentence.index + 1 + DOCUMENTS_AFTER]
             if not (other.has("sign") or other.has("approve") or other.has("ratify"))]
    for other in before + after:
        if rules.only_generic_document(other) or not any(
                other.has(name) for name in ("plan_nouns", "programme_nouns", "agreement_nouns")):
            continue
        years = plan_years(other.lowered, lex)
        plan_year = rules.year_of_document(other, years, "plan_nouns") if other.has("plan_nouns") else None
        programme_year = rules.year_of_document(other, years, "programme_nouns")
        first = {name: min(other.cues.get(name, [len(other.lowered)]))
                 for name in ("plan_nouns", "programme_nouns", "agreement_nouns")}
        plan_first = min(first["plan_nouns"], first["programme_nouns"] if programme_year else len(other.lowered))
        if plan_first < first["agreement_nouns"]:
            return rules.PLAN, plan_year if first["plan_nouns"] == plan_first else programme_year
        return rules.AGREEMENT, None
    return None


def _year(sentence: SentenceFacts, years: list[tuple[int, int]], kind: str,
          reference_year: Optional[int] = None) -> Optional[int]:
    """The plan year of the act's document: the plan's, else the programme's, else the agreement's
    when it is bound to a year not long past ("the memorandum for 2024"; "the 2005 agreement" in
    languages that say both with one genitive dates an old document, it binds no new one)."""
    if kind == rules.PLAN and sentence.has("plan_nouns"):
        return rules.year_of_document(sentence, years, "plan_nouns")
    if kind == rules.PLAN:
        return rules.year_of_document(sentence, years, "programme_nouns")
    if kind == rules.AGREEMENT:
        year = rules.year_of_document(sentence, years, "programme_nouns")
        if year is None:
            # A memorandum "for 2024" or a roadmap "for 2025-2027" is bound to years: its first year.
            year = rules.year_of_document(sentence, years, "agreement_nouns")
            if year is not None and reference_year is not None and year < reference_year - 1:
                year = None
        return year
    return None


def _document_year(sentence: SentenceFacts, context: _Context, lex: Lexicon, category: str,
                   only: bool = False) -> Optional[int]:
    """A programme's (or plan's) first year stated in another sentence about the same document ("The
    plan for 2026 includes 120 events"). With ``only``, the year counts only when the story's other
    sentences give that kind of document one year and no other (a story that also recalls last
    year's plan says nothing certain)."""
    if not sentence.has(category):
        return None
    found = []
    for other in context.story.sentences:
        if other.index != sentence.index and other.has(category):
            year = rules.year_of_document(other, plan_years(other.lowered, lex), category)
            if year is not None:
                if not only:
                    return year
                found.append(year)
    return found[0] if found and len(set(found)) == 1 else None


def _exercise(sentence: SentenceFacts, context: _Context, lex: Lexicon) -> Optional[Candidate]:
    # An exercise held, or a joint one that officials visit or attend ("the minister, on a visit,
    # watched the joint exercise"): it is under way. A visit during one side's own exercise is talks.
    # A sentence that names the two states' joint exercise by its noun alone ("the joint exercise of
    # Turkish and Azerbaijani troops", a headline's "Türk ve Azerbaycan askerleri ortak tatbikatta")
    # reports it when another sentence of the story tells an exercise as held.
    if not sentence.has("exercise"):
        return None
    if not (sentence.has("conduct") or (sentence.has("meeting") and sentence.has("joint"))
            or ((context.exercise_held or _headline_exercise(sentence, context)) and rules.held_together(sentence))):
        return None
    if sentence.has("discussion") or sentence.has("civil_actor") or _exercise_to_come(sentence) \
            or _exercise_prepared(sentence, not lex.terms["with"].entries):
        return None
    if sentence.has("civil_topic") and not (sentence.has("defence_actor") or sentence.has("defence_topic")):
        # Joint flights of two airlines, students' joint classes: a civil topic and no word of armed forces, as for
        # acts (rules.is_defence); the nouns of joint training are not all military ones.
        return None
    if _exercise_agreed(sentence) or _exercise_as_a_habit(sentence):
        return None
    if _talks_about_an_exercise(sentence, not lex.terms["with"].entries) and context.defence_actor:
        # (in a story that names no defence body, talks are read as _talks reads them, not at all: the exercise
        # stays, the story still flagged)
        return None
    named = rules.unique(sentence.states)
    if len(named) < 2:
        return _exercise_of_the_lead_pair(sentence, named, context, lex)
    if lex.terms["joint"].entries and not (rules.multilateral_sentence(sentence) or rules.held_together(sentence)):
        # One state's exercise told beside another state is no joint one (a language whose lexicon
        # names no joint words yet cannot tell them apart, and keeps reading two states as a pair).
        return None
    counted = _exercise_counted_after(sentence, context)
    if rules.multilateral_sentence(sentence) or counted is not None:
        parties = _multilateral_parties(counted or sentence, context)
    else:
        parties = rules.pick_two(named, context.story, sentence)
    if not parties:
        return None
    return _exercise_candidate(sentence, parties, context, lex, named=True)


# How far after talks and the word that gives their topic ("staff talks ... on", "переговоры по") the exercise
# they are about may begin ("joint exercises", "вопросам совместных учений").
TALKS_TOPIC_CHARS = 40


def _talks_about_an_exercise(sentence: SentenceFacts, topic_first: bool) -> bool:
    """True when every exercise the sentence names is the topic of talks (``talks_noun``: the talks' noun and the
    word that gives their topic, "staff talks between Poland and Lithuania on", "штабные переговоры по", "rozmowy
    sztabowe dotyczące"), named right after them with no clause break: "staff talks on joint exercises were held in
    Warsaw" tells talks held, the exercise their topic, as "discussed ... joint exercises" does (``discussion``).
    Talks and an exercise told side by side ("held talks and watched the joint exercise") are not so joined. A
    language that puts the topic first (``topic_first``: one with no "with" words, its postpositions after their
    noun) names the exercise before the topic's word or inside the entry ("ortak tatbikatlara ilişkin kurmay
    görüşmeleri", "բանակցություններ համատեղ զորավարժությունների վերաբերյալ")."""
    spans = sentence.spans.get("talks_noun", [])
    if not spans:
        return False

    def topic(start: int) -> bool:
        for low, end in spans:
            if topic_first and (low - TALKS_TOPIC_CHARS <= start < end) \
                    and not _CLAUSE_BREAK.search(sentence.text[min(start, low):end]):
                return True
            if not topic_first and 0 <= start - end <= TALKS_TOPIC_CHARS \
                    and not _CLAUSE_BREAK.search(sentence.text[low:start]):
                return True
        return False

    return all(topic(start) for start in sentence.cues["exercise"])


# How many sentences after an exercise's may go on telling who takes part in it.
EXERCISE_FOLLOW = 2


def _exercise_counted_after(sentence: SentenceFacts, context: _Context) -> Optional[SentenceFacts]:
    """The sentence just after an exercise told by two states that counts its participants as three
    or more states ("Georgian and US troops held a joint drill. Troops from 14 countries take part in
    the exercise"; "В учениях участвуют военные из восьми государств"; "Over 1,500 troops from ten states
    take part in it"): the exercise is multinational, whichever two states the first sentence names. The
    sentence names the exercise, or a taking part, or (right after it) troops by their count; one that
    tells an act or a meeting, or calls something bilateral, tells of something else."""
    if sentence.has("bilateral"):
        return None
    following = context.story.sentences[sentence.index + 1:sentence.index + 1 + EXERCISE_FOLLOW]
    for step, after in enumerate(following):
        # It names the exercise, or a taking part in something, or (right after) troops by their count.
        tells = after.has("exercise") or after.has("conduct") or \
            (step == 0 and (after.has("defence_actor") or after.has("defence_topic")))
        if not tells or after.has("bilateral") or any(
                after.has(cue) for cue in ("sign", "approve", "ratify", "meeting")):
            continue
        if after.has("multilateral") or len(set(after.states)) >= 3:
            return after
    return None


def _exercise_candidate(sentence: SentenceFacts, parties, context: _Context, lex: Lexicon,
                        named: bool) -> Candidate:
    """The exercise of `parties` told in `sentence`, dated by it; `named` when the sentence names both."""
    dating = sentence_dating(sentence, rules.EXERCISE, lex, context.dates, None)
    when = dating.day
    event = Event(kind=rules.EXERCISE, parties=parties, date=when.isoformat() if when else None,
                  evidence=_evidence(sentence),
                  signals=rules.signals(rules.EXERCISE, named, sentence, None, False))
    return Candidate(event, sentence.index, _is_background(sentence, context, when, None), False, dating,
                     named=named)


def _exercise_of_the_lead_pair(sentence: SentenceFacts, named: list[str], context: _Context,
                               lex: Lexicon) -> Optional[Candidate]:
    """An exercise told as held by a sentence that names fewer than two states, in a story whose
    headline or lead names it as the two states' joint one ("Turkish and Azerbaijani troops at joint
    exercise" ... "The exercise began in Nakhchivan on 5 September"; "Türk-Azerbaycan ortak
    tatbikatı" ... "Tatbikat kapsamında atışlar icra edildi"): the exercise is the lead's, so are its
    parties. A state the sentence names outside that pair makes it another exercise."""
    pair = context.exercise_pair
    if pair is None and not context.multilateral and not rules.multilateral_sentence(sentence):
        pair = _pair_just_before(sentence, named, context) or _home_exercise_pair(sentence, named, context) \
            or _guest_of_the_headline_host(sentence, named, context) or _forces_of_the_two_countries(sentence, named, context)
    if pair is None or context.multilateral or not set(named) <= set(pair) or \
            rules.multilateral_sentence(sentence):
        return None
    return _exercise_candidate(sentence, pair, context, lex, named=False)


def _pair_just_before(sentence: SentenceFacts, named: list[str], context: _Context) -> Optional[tuple[str, ...]]:
    """The two states whose forces the sentence just before names as one pair ("Turkish Armed Forces and
    Azerbaijani Army units met in Kars"), when this sentence tells a joint exercise held and names no
    state of its own ("The units held a joint offensive drill"): its subject is those forces."""
    if named or not sentence.has("joint") or sentence.index == 0 or _names_a_document(sentence):
        return None
    before = context.story.sentences[sentence.index - 1]
    if before.has("sign"):
        # "The ministers signed a plan. The document covers joint training": the plan's content.
        return None
    pair = rules.unique(before.states)
    if len(pair) != 2 or not before.has("defence_actor") or rules.multilateral_sentence(before) \
            or not rules.held_together(before) or rules.announced_not_done(before) \
            or rules.exercise_on_a_coming_day(before):
        return None
    return tuple(sorted(pair))


def _forces_of_the_two_countries(sentence: SentenceFacts, named: list[str], context: _Context) -> Optional[tuple[str, ...]]:
    """The story's two states, when a sentence that names none tells the forces of "the two countries" exercising
    ("On departure, the navies of the two countries conducted a PASSEX", "troops of both countries held a joint
    drill"): the forces are those of the pair the story named before, as "the sides" of talks are. None unless the
    sentences before name exactly two states, the story no other state nor bloc, and the sentence names armed
    forces; nor when a sentence before tells the exercise still ahead (its forces are those of that exercise)."""
    if named or sentence.index == 0 or not sentence.has("bilateral") or not sentence.has("defence_actor"):
        return None
    earlier = context.story.sentences[:sentence.index]
    before = {code for other in earlier for code in other.states}
    story_states = {code for other in context.story.sentences for code in other.states}
    if len(before) != 2 or story_states != before or context.story.blocs:
        return None
    if any(other.has("exercise") and _exercise_to_come(other) for other in earlier):
        # "The joint exercise begins tomorrow. 500 servicemen of the two countries take part": the exercise told
        # before, still ahead
        return None
    pair = rules.fill_pair(sentence, context.story)
    return pair if pair is not None and set(pair) == before else None


def _guest_of_the_headline_host(sentence: SentenceFacts, named: list[str], context: _Context) -> Optional[tuple[str, ...]]:
    """The pair of a headline's joint exercise named with one state, its host ("Azerbaycan'da ortak tatbikat"),
    and the other state whose forces a later sentence tells taking part in it ("Tatbikata Türk Silahlı
    Kuvvetlerinden 500 personel katılıyor"): host and guest. None when the headline names another number of
    states, is still to come, or makes the exercise multilateral."""
    if len(named) != 1 or sentence.index == 0 or not (sentence.has("defence_actor") or sentence.has("defence_topic")):
        return None
    headline = context.story.sentences[0]
    hosts = rules.unique(headline.states)
    if len(hosts) != 1 or hosts[0] == named[0] or not (headline.has("exercise") and headline.has("joint")) \
            or rules.multilateral_sentence(headline) or rules.announced_not_done(headline):
        return None
    return tuple(sorted((hosts[0], named[0])))


DOCUMENT_NOUNS = ("generic_doc_nouns", "plan_nouns", "programme_nouns", "agreement_nouns")


def _names_a_document(sentence: SentenceFacts) -> bool:
    """True when the sentence names a document: its joint training or exercises are what the document
    provides for, not an exercise held."""
    return any(sentence.has(category) for category in DOCUMENT_NOUNS)


# How far before the one state named a "with" makes it the partner of an unnamed side ("joint
# exercises with Turkish troops", "совместные учения с военными Китая").
WITH_STATE_CHARS = 12


def _home_exercise_pair(sentence: SentenceFacts, named: list[str], context: _Context) -> Optional[tuple[str, ...]]:
    """The outlet's state and the one state its joint exercise is held with, when that state is named
    only as the partner ("began joint drills with Turkish troops" on an Azerbaijani site), or the
    sentence names a defence actor with no state of its own; as for talks (``_home_pair``). A state whose forces "also"
    took part ("Azerbaycan Silahlı Kuvvetleri personeli de katıldı", ``guest``) is the guest of the outlet's state."""
    if len(named) != 1 or not rules.held_together(sentence):
        return None
    start = sentence.state_starts[0]
    end = start + len(rules.state_name_at(sentence, start))
    # "with Turkish troops"; in a language that puts "with" after its noun, "Azerbaycan ile ... tatbikatı"
    partner = any(0 <= start - position <= WITH_STATE_CHARS for position in sentence.cues.get("with", [])) or \
        (not sentence.has("with") and any(0 < position - end <= 3 for position in sentence.cues.get("joiner", []))) or \
        sentence.has("bilateral") or \
        (sentence.has("guest") and not sentence.has("observer"))
    # "the two countries' troops", or one state's forces that "also" joined (not observers): the other is the outlet's own
    return _home_pair(sentence, context) or (_home_pair(sentence, context, partner=True) if partner else None)


def _exercises_across_sentences(story: StoryFacts, context: _Context, lex: Lexicon) -> list[Candidate]:
    """The exercise of a story that no one sentence tells whole: its pair in one sentence, the verb
    that tells it held in another ("Turkish and Azerbaijani troops at joint exercise" ... "The
    exercise began in Nakhchivan"). Read only when no sentence told an exercise with both its states
    and its verb, so a story that does keeps its reading."""
    context.exercise_pair = _lead_exercise_pair(story, lex)
    context.exercise_held = any(_tells_exercise_held(sentence) for sentence in story.sentences)
    if context.exercise_pair is None and not context.exercise_held:
        return []
    found = [_exercise(sentence, context, lex) for sentence in story.sentences]
    return [candidate for candidate in found if candidate]


def _headline_exercise(sentence: SentenceFacts, context: _Context) -> bool:
    """True for a headline (a first line with no closing punctuation) that names the two states' joint
    exercise by its noun alone, not as announced nor by a verb of starting, whose tense a lexicon may not
    read ("Türk ve Azerbaycan askerlerinin ortak tatbikatı"): a headline names its news."""
    return sentence.index == 0 and _prose_index(sentence) < 0 and context.exercise_pair is not None \
        and not sentence.has("start")


def _tells_exercise_held(sentence: SentenceFacts) -> bool:
    """True when the sentence tells an exercise as held, begun or under way by a verb ("the exercise
    began in Nakhchivan", "tatbikat icra edildi"), not as announced, discussed or in the past."""
    if not (sentence.has("exercise") and sentence.has("conduct")) or sentence.has("discussion") \
            or sentence.has("civil_actor") or sentence.has("background"):
        return False
    return not _exercise_to_come(sentence)


def _exercise_to_come(sentence: SentenceFacts) -> bool:
    """True when the sentence tells its exercise as announced and not under way ("will begin"), or on a day
    ahead ("begins tomorrow", ``rules.exercise_on_a_coming_day``)."""
    return (rules.announced_not_done(sentence) and not rules.told_as_done(sentence, "under_way")) or \
        rules.exercise_on_a_coming_day(sentence)


# How far apart a verb of agreeing and the exercise it governs may stand ("acuerdan un ejercicio conjunto", "ortak bir
# tatbikat düzenlemeyi kararlaştırdı").
AGREED_CHARS = 60


# How far an exercise's word may stand from the word that names its preparation ("the planning conference for the
# joint exercise", "ortak tatbikatın ana planlama konferansı").
PREPARATION_CHARS = 40


def _exercise_prepared(sentence: SentenceFacts, topic_first: bool) -> bool:
    """True when every exercise the sentence names is the object of its preparation (``preparation``: a planning
    conference, a reconnaissance, "in preparation for", "в рамках подготовки", "hazırlık kapsamında"), named right
    after it (right before it in a language that puts the topic first, ``topic_first``), no clause break between:
    "the main planning conference for the joint exercise was held", "в рамках подготовки совместных учений прошла
    рекогносцировка", "ortak tatbikatın planlama konferansı yapıldı" tell the preparation held, the exercise still
    ahead (SCHEMA.md counts an exercise held, not its preparation; train's c059 reads preparatory meetings as the
    future exercise's background). "The exercise, prepared at a conference in May, began today" names the exercise
    first, and is one."""
    preparations = sentence.spans.get("preparation", [])
    if not preparations:
        return False

    def prepared(start: int, end: int) -> bool:
        for low, high in preparations:
            gap = (end, low) if topic_first else (high, start)
            if 0 <= gap[1] - gap[0] <= PREPARATION_CHARS and not _CLAUSE_BREAK.search(sentence.text[gap[0]:gap[1]]):
                return True
        return False

    return all(prepared(start, end) for start, end in sentence.spans.get("exercise", []))


def _exercise_agreed(sentence: SentenceFacts) -> bool:
    """True when the sentence's exercise is what two sides agreed on (``agree_on`` within ``AGREED_CHARS`` of the
    exercise's word, before or after it, with no comma or semicolon between): "Verteidigungsminister ... vereinbaren
    gemeinsame Übung", "acuerdan un ejercicio conjunto", "birgə təlim keçirməyi razılaşdırıb" announce an exercise
    to come, the talks' outcome, not one held; unless a verb of the sentence tells it begun ("the exercise agreed
    last year began today")."""
    agreed = sentence.cues.get("agree_on", [])
    if not agreed or rules.told_as_done(sentence, "under_way"):
        return False
    text = sentence.lowered
    for start, end in sentence.spans.get("exercise", []):
        for position in agreed:
            low, high = (position, start) if position < start else (end, position)
            if high - low <= AGREED_CHARS and not any(mark in text[low:high] for mark in ",;"):
                return True
    return False


def _exercise_as_a_habit(sentence: SentenceFacts) -> bool:
    """True when every exercise word of the sentence is told as a habit (``habitual`` within ``HABIT_CHARS`` of it,
    no clause break between), and the sentence names no day of its own ("today", "yesterday", a date) nor tells an
    exercise begun: "the two armies have for years held joint exercises", "desfășoară de ani buni exerciții comune",
    "регулярно проводят совместные учения", "her yıl düzenli olarak ortak tatbikatlar düzenliyor" describe what the
    two states do, no exercise held on a day (a background line of a report of talks or a signing). "The joint
    exercise, held annually since 2015, began today" is one."""
    habits = sentence.spans.get("habitual", [])
    exercises = sentence.spans.get("exercise", [])
    if not habits or not exercises or sentence.has("today") or sentence.has("yesterday") or sentence.dates:
        return False
    if rules.told_as_done(sentence, "under_way"):
        return False

    def told_as_a_habit(start: int, end: int) -> bool:
        for habit_start, habit_end in habits:
            low, high = (habit_end, start) if habit_end <= start else (end, habit_start)
            if high - low <= EXERCISE_HABIT_CHARS and not _CLAUSE_BREAK.search(sentence.text[min(low, high):high]):
                return True
        return False

    return all(told_as_a_habit(start, end) for start, end in exercises)


# How far from an exercise's word (end to start) a word telling a habit still qualifies it ("have for years held joint
# exercises", "her yıl düzenli olarak ortak tatbikatlar").
EXERCISE_HABIT_CHARS = 30


def _lead_exercise_pair(story: StoryFacts, lex: Lexicon) -> Optional[tuple[str, ...]]:
    """The two states the story's headline or lead names as holding a joint exercise (a joint word,
    the two listed as one pair, a "between"), with or without a verb, not announced as still to come;
    None when no lead sentence does."""
    joint_words = bool(lex.terms["joint"].entries)
    for sentence in story.sentences[:LEAD]:
        if not sentence.has("exercise") or sentence.has("discussion") or sentence.has("civil_actor"):
            continue
        named = rules.unique(sentence.states)
        if len(named) != 2 or rules.multilateral_sentence(sentence):
            continue
        if joint_words and not rules.held_together(sentence):
            continue
        if _exercise_to_come(sentence):
            continue
        return tuple(sorted(named))
    return None


def _day_of_the_visit_before(sentence: SentenceFacts, context: _Context, lex: Lexicon) -> Optional[Dating]:
    """The day of the visit the sentence just before tells, for talks that name no day and no second state of their
    own ("Bugun Turkiya ... delegatsiyasi Mudofaa vazirligiga tashrif buyurdi. Mudofaa vaziri o'rinbosari
    mehmonlar bilan uchrashib, ... muhokama qildi"): the talks are held during that visit, with the guests it
    brought. The sentence before must tell a meeting with a defence actor, and a day of its own."""
    if sentence.index == 0:
        return None
    before = context.story.sentences[sentence.index - 1]
    if not (before.has("meeting") and before.has("defence_actor")) or before.has("civil_actor"):
        return None
    dating = sentence_dating(before, rules.TALKS, lex, context.dates, None)
    return dating if dating.day is not None else None


def _talks(sentence: SentenceFacts, context: _Context, lex: Lexicon) -> Optional[Candidate]:
    if not sentence.has("meeting") or not context.defence_actor:
        return None
    if not (sentence.has("defence_actor") or sentence.has("defence_topic")):
        return None
    if context.port_call and not sentence.has("counterpart"):
        # "the cadets visited the naval academy" during a port call: officials meeting their
        # counterparts would still be talks.
        return None
    if sentence.has("civil_actor") and not sentence.has("defence_actor"):
        return None
    if sentence.has("defence_actor") and set(sentence.cues["defence_actor"]) <= set(sentence.cues.get("defence_body", [])) and (
            sentence.has("civil_actor") or _civil_meeting(context.story, sentence.index)
            or _defence_body_on_a_civil_agenda(sentence)):
        # "the foreign ministers discussed the military dialogue": civil officials meet, the defence
        # establishments' body is only their topic; so for "the sides" of a civil commission's meeting told
        # before ("the commission on trade met ... The sides discussed energy and the defence industry").
        return None
    if sentence.has("civil_actor") and sentence.has("defence_actor") and _defence_actors_in_civil_names(sentence):
        return None
    if not sentence.has("defence_actor") and _civil_meeting(context.story, sentence.index):
        return None
    if not sentence.states and _civil_ministry_met_before(context.story, sentence.index):
        return None
    if _call_about_something_else(sentence, context.story) or _settlement_meeting(sentence, context.story):
        return None
    if _courtesy_only(sentence, context.story) or _meetings_counted(sentence):
        return None
    if sentence.has("interview"):
        # "in an interview, the minister spoke of his talks with his Turkish counterpart": the meetings an
        # official speaks of are the interview's subject, not the story's event.
        return None
    if _own_forces_visited(sentence, lex) or _maker_visited_abroad(sentence, lex) or _own_envoy_met(sentence, lex) \
            or _own_envoy_in_the_lead(sentence, context.story, lex):
        return None
    if _civil_ministry_met(sentence) or _lay_group_met(sentence) or _security_body_met(sentence) \
            or _attended_a_civil_meeting(sentence, context.story):
        return None
    if _pastime_meeting(sentence) or _former_officials(sentence) or _lay_visit(sentence) \
            or _guests_of_a_lay_visit(sentence, context.story):
        return None
    makers = _company_states(sentence) | _company_states(sentence, "lay_visitor", reach_after=LAY_FROM_CHARS)
    if makers and not sentence.has("counterpart") and \
            len([code for code in rules.unique(sentence.states) if code not in makers]) < 2:
        # "the minister met a delegation of the Turkish company Baykar": a maker, not a state, is met; nor is
        # a state whose journalists or cadets are met ("met a group of Turkish journalists").
        return None
    nouns_listed = bool(lex.terms["meeting_noun"].entries)
    if (rules.announced_not_done(sentence, ignore="meeting", nouns_listed=nouns_listed)
            and not (rules.told_as_done(sentence, "met") and not _occasion_of_an_act_to_come(sentence))) or _meeting_to_come(sentence, context.story, nouns_listed) \
            or _headline_of_a_meeting_to_come(sentence, context.story, nouns_listed) \
            or _visit_named_for_a_day_ahead(sentence) or _item_of_a_list_ahead(sentence):
        return None
    named = rules.unique(sentence.states)
    # Two states meeting "between" themselves, on the sidelines of a larger gathering, or told by a verb
    # as having met (an item of a round-up whose lead is a NATO exercise) meet as a pair.
    explicit = sentence.has("bilateral") or (len(named) == 2 and any(
        sentence.has(cue) for cue in ("between", "sidelines", "met", "counterpart")))
    pair = rules.pair_before_event(sentence)
    if rules.multilateral_sentence(sentence):
        parties, named_both = _multilateral_parties(sentence, context), True
        if not parties:
            return None
    elif context.multilateral and not explicit:
        return None
    elif len(named) == 2:
        parties, named_both = tuple(sorted(named)), True
    elif pair is not None:
        parties, named_both = pair, True
    elif len(named) <= 1 and (sentence.has("counterpart") or sentence.has("bilateral")
                              or (not named and (sentence.has("between") or _discussed_during_the_visit(sentence, context)))):
        # "his Georgian counterpart", "the sides discussed military cooperation between the two
        # countries": the pair is the story's.
        pair = rules.fill_pair(sentence, context.story) or _home_pair(sentence, context)
        if pair is None:
            return None
        parties, named_both = pair, False
    elif (pair := _home_pair(sentence, context) or _visit_to_a_capital(sentence, named, context)
          or _bare_title_named_before(sentence, named, context)) is not None:
        parties, named_both = pair, False
    else:
        return None
    dating = sentence_dating(sentence, rules.TALKS, lex, context.dates, None)
    if dating.day is None and not dating.refused and len(named) <= 1:
        dating = _day_of_the_visit_before(sentence, context, lex) or dating
    when = dating.day
    event = Event(kind=rules.TALKS, parties=parties, date=when.isoformat() if when else None,
                  evidence=_evidence(sentence),
                  signals=rules.signals(rules.TALKS, named_both, sentence, None, False))
    return Candidate(event, sentence.index, _is_background(sentence, context, when, None), False, dating)


def _defence_body_on_a_civil_agenda(sentence: SentenceFacts) -> bool:
    """True when every defence body of the sentence (``defence_body``: the defence industry, a military commission)
    is an item of a list of civil topics (``civil_topic``), set beside one by a comma or a joining word only: "The
    deputy prime ministers met to discuss trade, the defence industry and energy", "ticarət, müdafiə sənayesi və
    enerji məsələlərini müzakirə ediblər", "ticaret, savunma sanayii ve enerji konularını ele aldı" list the defence
    industry on a civil agenda, no defence officials' talks (SCHEMA.md). A body that meets ("the joint military
    commission met to discuss trade") stands apart from the topics, and stays."""
    topics = sentence.spans.get("civil_topic", [])
    bodies = sentence.spans.get("defence_body", [])
    if not topics or not bodies:
        return False
    text = sentence.lowered

    def listed(start: int, end: int) -> bool:
        for low, high in topics:
            gap = text[high:start] if high <= start else text[end:low] if end <= low else None
            if gap is not None and _LIST_GAP.fullmatch(gap):
                return True
        return False

    return all(listed(start, end) for start, end in bodies)


# What may stand between two items of a list: a comma and a short joining word ("and the", "və", "ve", "и").
_LIST_GAP = re.compile(r"\s*,?\s*(?:\w{1,4}\s+)?(?:the\s+)?")


def _defence_actors_in_civil_names(sentence: SentenceFacts) -> bool:
    """True when every defence actor of the sentence stands inside a civil actor's name (``civil_actor``): the
    "military consultations" of "political-military consultations", "siyasi-hərbi məsləhətləşmələr", "политико-военни
    консултации" are the foreign ministries' format, no defence officials' talks (SCHEMA.md: talks are defence
    officials'; foreign ministers' talks are not, dev n028). A defence official named beside them ("with the
    participation of the defence ministry") stands outside, and the talks stay."""
    civil = sentence.spans.get("civil_actor", [])
    return all(any(start <= position < end for start, end in civil) for position in sentence.cues["defence_actor"])


def _names_a_place(sentence: SentenceFacts) -> bool:
    """True when the sentence names a state as a place ("on the border with Afghanistan", "Afg'oniston bilan
    chegaradosh"): the state is then among its capitals, a venue, never a host."""
    return sentence.has("place") or sentence.has("place_after")


# What a visit to a capital is for when it is no visit to its state: a multilateral gathering, a fair or show
# (``contest``), a firm, a pastime; or who is there: a state's envoy or attaché at his posting.
_NOT_A_HOST = ("multilateral", "contest", "company", "pastime", "envoy")


def _visit_to_a_capital(sentence: SentenceFacts, named: list[str], context: _Context) -> Optional[tuple[str, ...]]:
    """The pair of a defence official (or delegation) of the one state the sentence names, on a visit in another
    state's capital, the only capital it names: "Өзбекстан Қорғаныс министрі Астанаға жұмыс сапарымен келді",
    "Міністр оборони Польщі прибув до Києва з робочим візитом", "Վրաստանի պաշտպանության նախարարը աշխատանքային
    այցով ժամանել է Երևան": the capital stands for its state, the host (SCHEMA.md: defence officials visiting are
    talks). Not a capital named as a place ("near the border with Afghanistan": ``place``), nor beside a bloc, a
    multilateral frame (a council held in that capital) or a fair ("посетил выставку вооружений в Москве"); nor a
    state's own envoy or attaché posted there ("the defence attaché of Pakistan hosted a reception in Baku"), nor a
    guest received by an official the sentence does not name ("Der Minister empfing ... den Verteidigungsminister
    Litauens in Berlin": the outlet's minister, whose state only the outlet's address tells, ``_bare_title_opens``)."""
    if len(named) != 1 or not sentence.has("defence_actor") or _names_a_place(sentence) or sentence.blocs \
            or any(sentence.has(name) for name in _NOT_A_HOST) or _bare_title_opens(sentence, context):
        return None
    hosts = set(sentence.capitals) - set(named)
    if len(hosts) != 1 or len(set(sentence.capitals)) != 1:
        return None
    return tuple(sorted((named[0], *hosts)))


def _bare_title_named_before(sentence: SentenceFacts, named: list[str], context: _Context) -> Optional[tuple[str, ...]]:
    """The pair of the one state a sentence names and the state whose defence official the story named before, when
    the sentence opens on that official's bare title ("The Minister of National Defence of Lithuania is on his first
    trip abroad since taking office. ... The minister held talks with the Polish defence minister"): the press names
    its official in full once, then by his bare title (``_bare_title_opens``), whether or not the outlet's address
    tells its state. None unless the sentences before own exactly one other state's defence title (a state's name
    right before or after it); other states they name only as places ("spent the week in Poland and Germany") own
    no title."""
    if len(named) != 1 or not _bare_title_opens(sentence, context):
        return None
    owners = set()
    for other in context.story.sentences[:sentence.index]:
        for start, end in other.spans.get("defence_actor", []):
            owners.update(code for code, position in zip(other.states, other.state_starts)
                          if start - OWNER_BEFORE_CHARS <= position < start or end <= position <= end + OWNER_AFTER_CHARS)
    owners.discard(named[0])
    if len(owners) != 1:
        return None
    return tuple(sorted((named[0], *owners)))


def _occasion_of_an_act_to_come(sentence: SentenceFacts) -> bool:
    """True when the sentence tells its meeting only as the occasion (``occasion``: "during a visit", "following the
    talks") of an act a future word governs before it ("Turkey and Indonesia will sign a defence agreement next week
    during a visit by the Indonesian defence minister"): the visit is as far ahead as the signing. Not when a verb of
    its own tells the meeting held ("the ministers met and will sign ...")."""
    occasions = sentence.cues.get("occasion", [])
    met = sentence.cues.get("met", [])
    if not occasions or any(position not in occasions for position in met):
        return False
    future = sentence.cues.get("future", [])
    acts = sentence.cues.get("sign", []) + sentence.cues.get("approve", []) + sentence.cues.get("ratify", [])
    return any(word - rules.FUTURE_BEFORE_ACT <= position <= word < occasion
               for position in future for word in acts for occasion in occasions)


# The cues that tell a meeting still to come.
_STILL_TO_COME = ("coming", "future", "time_ahead_of")


def _discussed_during_the_visit(sentence: SentenceFacts, context: _Context) -> bool:
    """True for a sentence that names no state and tells what was discussed during the visit or meeting it names
    first: "Сапар барысында әскери ынтымақтастық мәселелері талқыланды", "Tashrif davomida harbiy hamkorlik
    masalalari muhokama qilindi", "Під час візиту обговорено питання військового співробітництва". The visit is the
    one the story told before (a delegation of one state in the other's capital), and its pair the story's, as "the
    sides discussed" takes it (``rules.fill_pair``; a story naming one state makes none, nor one whose other state is
    only a place named before: "a unit near the border with Afghanistan")."""
    discussed = sentence.cues.get("discussion", [])
    if not discussed:
        return False
    first = min(discussed)
    if not any(position < first for position in sentence.cues.get("meeting", [])):
        return False
    before = context.story.sentences[:sentence.index]
    if any(other.has("meeting") and any(other.has(name) for name in _STILL_TO_COME) for other in before + [sentence]):
        # "Міністр ... наступного тижня вирушить з візитом до Варшави. Під час візиту міністри обговорять ...": a visit
        # still to come, and what it will discuss
        return False
    pair = rules.fill_pair(sentence, context.story)
    # each of the pair named before as a state, or as a capital in a sentence that names no place ("a unit near the
    # border with Afghanistan": a place, not the host of a visit)
    return pair is not None and all(any(code in other.states or (code in other.capitals and not _names_a_place(other))
                                        for other in before) for code in pair)


def _call_about_something_else(sentence: SentenceFacts, story: StoryFacts) -> bool:
    """True for a call by telephone about a war, a crisis or "the situation" in a story that never names
    cooperation, relations, partnership or anything bilateral: two defence ministers on the phone about a
    war (keeping channels open) hold no cooperation talks (SCHEMA.md: talks are on military cooperation;
    train's labels). A call that names cooperation anywhere in its story, or names no topic at all (a
    short wire item), stays talks. A sentence that tells on a call told before it ("During the conversation the
    sides touched upon the situation in Ukraine") is that call."""
    if not sentence.has("phone") and not any(other.has("phone") and other.has("meeting")
                                             for other in story.sentences[:sentence.index]):
        return False
    crisis = False
    for other in story.sentences:
        if other.has("cooperation") or other.has("bilateral"):
            return False
        crisis = crisis or other.has("crisis")
    return crisis


def _settlement_meeting(sentence: SentenceFacts, story: StoryFacts) -> bool:
    """True for a meeting about a settlement between adversaries (a ceasefire, prisoners, peace talks, a
    border's delimitation: ``settlement``) in a story that never names cooperation, relations or anything
    bilateral beside a meeting or an act: the chiefs of staff of two states at war who meet on the border about
    a truce hold no cooperation talks (SCHEMA.md: talks are on military cooperation), as two ministers on the
    phone about a war do not (``_call_about_something_else``)."""
    if not sentence.has("settlement"):
        return False
    # "the two countries" counted in the incident's own telling ("a shoot-out between the border guards of the two
    # countries") names no bilateral dealings: only beside a meeting, an act or an exercise does it
    return not any(other.has("cooperation") or (other.has("bilateral") and any(
        other.has(cue) for cue in ("meeting", "sign", "approve", "ratify", "exercise"))) for other in story.sentences)


def _courtesy_only(sentence: SentenceFacts, story: StoryFacts) -> bool:
    """True for a call, a message or a reception that exchanges greetings, congratulations or condolences
    (``courtesy``: "congratulated each other on the holiday", "offered condolences") in a story that never
    names cooperation, relations or partnership: a courtesy between two defence ministers is no talks on
    military cooperation (SCHEMA.md), as a letter of congratulations is not. A story that also names
    cooperation ("... and discussed military cooperation") stays talks."""
    if any(other.has("cooperation") for other in story.sentences):
        return False
    if sentence.has("courtesy"):
        return True
    # A visit or a meeting told with no purpose of its own (a headline: "the minister visited the Pakistani
    # embassy") in a story whose only purpose told is a courtesy (signing a book of condolences) and that
    # discusses nothing beside it: the same courtesy.
    return any(other.has("courtesy") for other in story.sentences) and not any(
        other.has("discussion") and not other.has("courtesy") for other in story.sentences)


# How near a meeting word a count or a habit word stands to be its own ("have met five times", "meet
# regularly", "beş dəfə görüşüblər").
HABIT_CHARS = 20


def _meetings_counted(sentence: SentenceFacts) -> bool:
    """True when every meeting word of the sentence is counted or told as a habit (``habitual``: "have
    met five times this year", "meet regularly", "встречались пять раз", "on dəfədən çox görüşüblər"): a
    summary of many meetings, none of them the story's event. A meeting told apart from the count ("met
    in Baku on Tuesday and agreed to meet regularly": its verb far from the habit word; "who meet
    regularly, held talks on Tuesday": a clause between them) stays talks."""
    habits = sentence.cues.get("habitual", [])
    meetings = sentence.cues.get("meeting", [])
    if not habits or not meetings:
        return False

    def counted(meeting: int) -> bool:
        # the habit word qualifies the meeting word within its clause ("who meet regularly, held talks on
        # Tuesday": the talks held are one meeting)
        return any(abs(meeting - habit) <= HABIT_CHARS and not _CLAUSE_BREAK.search(
            sentence.text[min(meeting, habit):max(meeting, habit)]) for habit in habits)

    return all(counted(meeting) for meeting in meetings)


# How close after a state's name the forces it qualifies stand ("the Turkish troops", "российскую военную базу").
FORCES_CHARS = 25


def _own_forces_visited(sentence: SentenceFacts, lex: Lexicon) -> bool:
    """True when an official visits his own state's forces abroad, or meets his own state's envoy to
    another: the sentence names one state twice, the second time as its forces', base's or envoy's ("the
    Turkish defence minister visited the Turkish troops serving in Kosovo", "министр обороны России
    посетил российскую военную базу в Таджикистане", "received the Turkish ambassador to Georgia"), and
    the other state once, as where they serve, with nothing called bilateral, no "between" and no
    partner met "with": the host state is a place, not a party to talks. A minister who meets the
    host's officials names them (the host's name followed by its own official, body or envoy)."""
    if any(sentence.has(cue) for cue in ("between", "bilateral", "with")):
        return False
    starts = _mentions_apart(sentence)
    counts = Counter(starts.values())
    if len(counts) != 2 or sorted(counts.values()) != [1, 2]:
        return False
    own = next(code for code, count in counts.items() if count == 2)
    host = next(code for code, count in counts.items() if count == 1)
    second_own = sorted(position for position, code in starts.items() if code == own)[-1]
    if _named_as_place(sentence, lex, second_own, own):
        # "hosted in Georgia Armenia's ambassador": the second mention is where, not whose.
        return False
    forces = sentence.cues.get("defence_topic", []) + sentence.cues.get("defence_actor", [])
    owned = [position for position in forces + sentence.cues.get("envoy", [])
             if 0 < position - second_own <= FORCES_CHARS]
    if not owned:
        return False
    host_at = next(position for position, code in starts.items() if code == host)
    if any(0 < position - host_at <= 2 * FORCES_CHARS and not any(host_at < other < position for other in starts)
           for position in forces + sentence.cues.get("envoy", [])):
        # "Irak Savunma Bakanı", "Armenia's plenipotentiary ambassador": the host's own official is met.
        return False
    if _named_as_place(sentence, lex, host_at, host):
        return True
    # "посетил российскую военную базу в Таджикистане": the host named right after the forces (not
    # written with them as one pair), no other meeting told between, is where they are.
    return min(owned) < host_at <= second_own + 2 * FORCES_CHARS and not any(
        second_own < position < host_at for position in sentence.cues.get("meeting", []))


# How many words may stand between a state's name and the name of its own body that names the state again, written
# as one phrase ("Türkiye Cumhuriyeti Milli Savunma Bakanı").
ONE_NAME_WORDS = 2


def _mentions_apart(sentence: SentenceFacts) -> dict[int, str]:
    """The sentence's mentions of states by where they start, a state's name and the name of its own defence body
    that names the state again (the body's name begins where the state's second mention does), written right after
    it as one title ("Türkiye Milli Savunma Bakanı", "Türkiye Cumhuriyeti Milli Savunma Bakanı": the
    ministry's name, "Milli Savunma", names Türkiye again) counted once: one official of one state, not his state
    named twice as an official's and as his forces' abroad."""
    mentions: dict[int, str] = {}
    last: Optional[tuple[int, str]] = None
    bodies = set(sentence.cues.get("defence_actor", []))
    for start, code in zip(sentence.state_starts, sentence.states):
        if last is not None and last[1] == code and start in bodies:
            between = sentence.text[last[0]:start]
            if len(between.split()) <= ONE_NAME_WORDS and not re.search(r"[,;:()]", between):
                continue
        mentions[start] = code
        last = (start, code)
    return mentions


# How far from its state's name an envoy's word stands ("Azerbaijan's ambassador", "посла Казахстана", "Türkiye'nin
# Pakistan Büyükelçisi"), and how far the state of his posting stands after that name ("... to Pakistan").
ENVOY_CHARS = 30
POSTING_CHARS = 40


def _own_envoy_met(sentence: SentenceFacts, lex: Lexicon) -> bool:
    """True when a defence official meets his own state's envoy or attaché to another state: the sentence names his
    state first, then again as the envoy's, then the other state once, as the envoy's posting, with no official of
    that state between or right after ("Azerbaijan's defence minister received Azerbaijan's ambassador to
    Pakistan", "Министр обороны Казахстана принял посла Казахстана в Турции", "Türkiye Milli Savunma Bakanı,
    Türkiye'nin Pakistan Büyükelçisi ile görüştü", "Министърът на отбраната на България прие посланика на България
    в Турция"). His own envoy is no counterpart: the other state is where the envoy serves, no party to talks. The
    other state's envoy ("received Turkey's ambassador to Azerbaijan") is named before the minister's state comes
    again, and stays talks (SCHEMA.md); a counterpart, "between" or a bilateral word names the other side's
    officials."""
    envoys = sentence.cues.get("envoy", [])
    if not envoys or not sentence.has("meeting") or any(sentence.has(cue) for cue in ("counterpart", "between",
                                                                                         "bilateral")):
        return False
    counts = Counter(sentence.states)
    if len(counts) != 2 or min(counts.values()) != 1 or max(counts.values()) < 2:
        return False
    own = next(code for code, count in counts.items() if count >= 2)
    starts = sorted(zip(sentence.state_starts, sentence.states))
    owned = [position for position, code in starts if code == own]
    first_own, second_own = owned[0], owned[-1]
    host_at = next(position for position, code in starts if code != own)
    if not first_own < second_own < host_at <= second_own + POSTING_CHARS \
            or second_own <= sentence.first("defence_actor"):
        # "Türkiye Milli Savunma Bakanı": a state named again in its own official's title is still the official's.
        return False
    if _named_as_place(sentence, lex, second_own, own):
        # "Azərbaycanda akkreditə olunmuş Türkiyə səfirini": the envoy accredited in the minister's state is the
        # other's.
        return False
    meeting = sentence.first("meeting")
    if second_own < meeting and not max(envoys) < meeting:
        # The state named again before the verb that meets, the envoy after it, is the minister's title's ("Ο
        # υπουργός Εθνικής Άμυνας της Ελλάδας δέχθηκε τον πρέσβη της Ιαπωνίας"); the verb after both (az, tr, kk,
        # uz) closes the sentence.
        return False
    if not any(abs(position - second_own) <= ENVOY_CHARS or abs(position - host_at) <= ENVOY_CHARS
               for position in envoys):
        return False
    # The attaché's own defence word ("military attaché", "hərbi attaşesini") is no official of the other state.
    officials = [position for position in sentence.cues.get("defence_actor", [])
                 if not any(0 <= envoy - position <= ENVOY_CHARS // 2 for envoy in envoys)]
    return not any(second_own < position < host_at or 0 < position - host_at <= FORCES_CHARS
                   for position in officials)


def _own_envoy_in_the_lead(sentence: SentenceFacts, story: StoryFacts, lex: Lexicon) -> bool:
    """True for a headline or lead line naming an envoy whose meeting the story's next sentence with a meeting and an
    envoy tells as the minister's own state's envoy (``_own_envoy_met``): "Defence minister meets Azerbaijan's
    ambassador to Pakistan", over "Azerbaijan's defence minister received Azerbaijan's ambassador to Pakistan". The
    headline names the envoy's state and his posting, which the lead shows to be no pair of talks."""
    if not sentence.has("envoy") or sentence.index >= LEAD:
        return False
    for later in story.sentences[sentence.index + 1:LEAD + 1]:
        if later.has("meeting") and later.has("envoy"):
            return _own_envoy_met(later, lex)
    return False


def _maker_visited_abroad(sentence: SentenceFacts, lex: Lexicon) -> bool:
    """True when an official visits a factory or a company (``works``, ``company``) in another state, named
    only as where it stands, and meets no one of that state ("the defence minister visited the Baykar drone
    factory in Turkey", "visitou a fábrica da Saab na Suécia"): the maker is visited,
    the host state is a place, not a party to talks, as a company's delegation received at home is not
    (``_company_states``). A counterpart, a "with", a "between" or a bilateral word names the host's
    officials met as well."""
    if not (sentence.has("works") or sentence.has("company")):
        return False
    if any(sentence.has(cue) for cue in ("between", "bilateral", "with", "counterpart")):
        return False
    mentions = list(zip(sentence.state_starts, sentence.states))
    if len(rules.unique(sentence.states)) != 2:
        return False
    hosts = {code for start, code in mentions if _named_as_place(sentence, lex, start, code)}
    return len(hosts) == 1 and all(_named_as_place(sentence, lex, start, code)
                                   for start, code in mentions if code in hosts)


def _named_as_place(sentence: SentenceFacts, lex: Lexicon, at: int, code: str) -> bool:
    """True when the state named at ``at`` is named as a place: a venue word just before it ("in
    Kosovo"), one just after it ("Kosova'da"), or its name in the locative ("Kosovoda")."""
    word = re.match(r"[\w'’]+", sentence.lowered[at:])
    return any(0 <= at - position <= FORCES_CHARS for position in sentence.cues.get("venue", [])) \
        or any(0 < position - at <= FORCES_CHARS for position in sentence.cues.get("venue_after", [])) \
        or bool(word and lex.in_locative(word.group(), code))


# How far a defence body's name may stand from a team's or veterans' word and still be theirs ("the army
# football team", "veterans of the Soviet army"): a few words, no punctuation between.
PASTIME_REACH = 16
_CLAUSE_BREAK = re.compile(r"[,;:()\u2013\u2014]")


def _pastime_meeting(sentence: SentenceFacts) -> bool:
    """True when the sentence names a team, athletes, fans, veterans or a band, and every defence body it
    names is theirs, joined to their word by a few words and no punctuation ("the army football teams of
    Serbia and Greece met", "veterans of the Soviet army from Armenia and Russia met in Yerevan"): sport
    and remembrance are no defence talks (SCHEMA.md). Ministers named apart from the team ("the defence
    ministers, after the national teams' match, met") stay talks."""
    groups = sentence.spans.get("pastime", [])
    if not groups:
        return False

    def theirs(start: int, end: int) -> bool:
        for group_start, group_end in groups:
            left, right = (end, group_start) if end <= group_start else (group_end, start)
            if right - left <= PASTIME_REACH and not _CLAUSE_BREAK.search(sentence.text[left:right]):
                return True
        return False

    return all(theirs(start, end) for start, end in sentence.spans.get("defence_actor", []))


# How far before a defence official's title a word that makes him a former one stands ("former defence
# minister", "keçmiş müdafiə naziri", "бывший министр обороны", "ex-chief of staff").
FORMER_REACH = 12


def _former_officials(sentence: SentenceFacts) -> bool:
    """True when every defence official the sentence names is a former one ("former defence ministers of
    Azerbaijan and Turkey met at a veterans' forum"): they hold no office, so they hold no talks for their
    states (SCHEMA.md: talks are defence officials'). A former minister named beside a serving one ("the
    minister received his former counterpart") leaves the serving one's talks."""
    formers = sentence.cues.get("former", [])
    actors = sentence.spans.get("defence_actor", [])
    if not formers or not actors:
        return False
    return all(any(0 < start - former <= FORMER_REACH for former in formers) for start, _ in actors)


def _civil_signatory(sentence: SentenceFacts) -> bool:
    """True when a state is named only as a civil body's, by the adjective right after a university, a
    municipality or a region (``civil_signatory``: "a universidade portuguesa de Coimbra", "la région
    française Sud", "il comune italiano di Bari"), and fewer than two other states are left: the body signs,
    not its state, so the sentence tells no act between two states (SCHEMA.md: a bilateral act of two
    states; defence universities and academies are not civil bodies)."""
    bodies = _company_states(sentence, "civil_signatory", reach_before=-1)
    return bool(bodies) and len([code for code in rules.unique(sentence.states) if code not in bodies]) < 2


# How far before a lay group's word the defence body it belongs to may end ("the military academy's cadets",
# "Ali Hərbi Məktəbin kursantları").
LAY_REACH = 16
# How near a sentence's start a verb stands to open it, its subject after it (Arabic's verb-first order).
VERB_FIRST_CHARS = 2


# How many words may stand between the one meeting word and the lay group met ("met representatives of the
# Azerbaijani community").
LAY_MET_WORDS = 5


def _lay_group_met(sentence: SentenceFacts) -> bool:
    """True when the one meeting word of the sentence has a lay group (``lay_visitor``: a community or diaspora,
    veterans, students, journalists) as its object a few words after it (or before it, in a language that puts the
    object first), with no counterpart and every defence actor named before both ("Azerbaijan's defence minister met representatives of the Azerbaijani community
    living in Georgia"): the people met are no officials of the state where they live, so the visit holds no
    talks with it (talks are defence officials', SCHEMA.md). A second meeting word ("met in Tbilisi and later met
    students") or an official met keeps the talks."""
    actors = sentence.cues.get("defence_actor", [])
    # a meeting word before the official describes him ("Gürcüstanda səfərdə olan ... nazir", on a visit in Georgia)
    meetings = [(start, end) for start, end in sentence.spans.get("meeting", []) if not actors or start > min(actors)]
    lay = sentence.spans.get("lay_visitor", [])
    if len(meetings) != 1 or not lay or sentence.has("counterpart"):
        return False
    start, end = meetings[0]

    def met(lay_start: int, lay_end: int) -> bool:
        # after the verb ("met representatives of the community"), or before it where the object precedes the
        # verb ("icmasının nümayəndələri ilə görüşüb", "Türk toplumu temsilcileriyle bir araya geldi")
        left, right = (end, lay_start) if lay_start >= end else (lay_end, start)
        return left <= right and len(sentence.lowered[left:right].split()) <= LAY_MET_WORDS \
            and not _CLAUSE_BREAK.search(sentence.text[left:right]) \
            and all(actor < min(start, lay_start) for actor in actors)

    return any(met(lay_start, lay_end) for lay_start, lay_end in lay)


def _civil_ministry_met_before(story: StoryFacts, index: int) -> bool:
    """True when the first meeting the story's lead tells with a state, before sentence ``index``, is a civil
    ministry's (``_civil_ministry_met``): "the sides" who then discuss wounded servicemen's care, in a sentence
    naming no state, are that ministry's delegation and the official it met."""
    for sentence in story.sentences[:min(index, LEAD)]:
        if sentence.has("meeting") and sentence.states:
            return _civil_ministry_met(sentence)
    return False


def _civil_ministry_met(sentence: SentenceFacts) -> bool:
    """True when a meeting sentence names a civil line ministry (``civil_ministry``: health, labour, social
    services, family, education, culture, finance) and no counterpart: a defence official meeting such a
    ministry's minister or delegation ("the deputy defence minister met a delegation of Türkiye's Ministry of
    Family and Social Services") meets no defence official of the other state, about that ministry's matters:
    talks are defence officials' (SCHEMA.md). A counterpart named keeps the talks."""
    return sentence.has("civil_ministry") and sentence.has("meeting") and not sentence.has("counterpart")


def _attended_a_civil_meeting(sentence: SentenceFacts, story: StoryFacts) -> bool:
    """True when defence officials "also attended" a meeting (``attendance``: "was also attended by the defence
    ministers of both countries", "Во встрече также приняли участие министры обороны", "Görüşdə ... müdafiə nazirləri də
    iştirak ediblər") in a sentence naming no state of its own, and the meeting the story's lead told before it is
    held by officials none of them defence ones (presidents, foreign ministers): the defence ministers sat in those
    delegations, and the meeting is the leaders', on what they discussed, no defence talks (SCHEMA.md)."""
    if not sentence.has("attendance") or sentence.states:
        return False
    for before in story.sentences[:min(sentence.index, LEAD)]:
        if before.has("meeting") and len(set(before.states)) >= 2:
            return not before.has("defence_actor")
    return False


# How far before a security body's name the words for its head stand ("con el ministro del Interior").
BODY_HEAD_CHARS = 15
# How far before a security body's name a word joining it to another official stands ("defence and interior").
JOINER_CHARS = 6


def _security_body_met(sentence: SentenceFacts) -> bool:
    """True when a meeting's defence officials all stand on one side of a security or emergency body it names
    (``security_body``: an interior ministry, police, a border service, customs, an emergency ministry, a gendarmerie)
    and none on the other, with no counterpart named: "Azerbaijan's defence minister met Turkey's interior minister",
    "Министр обороны Казахстана встретился с председателем таможенного комитета Узбекистана", "Savunma Bakanı,
    Jandarma Genel Komutanı ile görüştü". The body met acts for its state, and no defence official of that state
    meets him: no defence talks (SCHEMA.md: talks are defence officials'). So with a civil official (``civil_official``:
    a governor, a mayor, members of parliament, businessmen). "The defence and interior ministers of Azerbaijan met
    Turkey's defence minister" names defence officials on both sides, and stays talks."""
    bodies = sentence.spans.get("security_body", []) + sentence.spans.get("civil_official", [])
    if not bodies or not sentence.has("meeting"):
        return False
    if any(not any(0 <= start - position <= BODY_HEAD_CHARS for start, _ in bodies)
           for position in sentence.cues.get("counterpart", [])):
        # A counterpart of his own ("his Turkish counterpart") is a defence official met; "con el ministro del
        # Interior", "z ministrem spraw wewnętrznych" name the body's head by the words a counterpart's are.
        return False
    actors = [position for position in sentence.cues.get("defence_actor", [])
              if not any(start <= position < end for start, end in bodies)]
    if not actors:
        return False
    if max(actors) - min(actors) > BODY_HEAD_CHARS:
        # Two defence officials named apart ("met the defence minister and the interior minister of Uzbekistan"):
        # one of them is met.
        return False
    defence = sentence.cues.get("defence_actor", []) + sentence.cues.get("defence_topic", [])
    if any(0 < start - joiner <= JOINER_CHARS and any(0 < joiner - word <= BODY_HEAD_CHARS + 5 for word in defence)
           for start, _ in bodies for joiner in sentence.cues.get("joiner", [])):
        # "The defence and interior ministers of Azerbaijan", "müdafiə naziri və daxili işlər naziri": the body's
        # head is named beside a defence official, both of one side.
        return False
    first, last = min(start for start, _ in bodies), max(end for _, end in bodies)
    return all(position < first for position in actors) or all(position >= last for position in actors)


def _lay_visit(sentence: SentenceFacts) -> bool:
    """True when the first actor of a visit or a meeting is a lay group (``lay_visitor``: cadets, students,
    journalists, pupils): their word stands before every meeting word (or after a verb that opens the
    sentence), and every defence body named before it is their own school or unit, a few words before with no
    punctuation ("Students of Kazakhstan's defence university visited units in Uzbekistan", "Türkiyəli
    jurnalistlər ... təlim mərkəzini ziyarət ediblər"). A
    study trip or a press tour is no talks: talks are defence officials' (SCHEMA.md). An official named first
    ("the commandant, with a group of cadets, visited") or a counterpart keeps the talks."""
    lay = sentence.cues.get("lay_visitor", [])
    meetings = sentence.cues.get("meeting", [])
    if not lay or not meetings or sentence.has("counterpart"):
        return False
    first = min(lay)
    if first > min(meetings) > VERB_FIRST_CHARS:
        # (a verb that opens its sentence has its subject after it: "زار وفد من الصحفيين ...")
        return False

    def theirs(end: int) -> bool:
        return 0 <= first - end <= LAY_REACH and not _CLAUSE_BREAK.search(sentence.text[end:first])

    return all(theirs(end) for start, end in sentence.spans.get("defence_actor", []) if start < first)


def _guests_of_a_lay_visit(sentence: SentenceFacts, story: StoryFacts) -> bool:
    """True for a meeting told of people the sentence does not name by state ("The guests visited the Armed
    Forces Museum", "Гости посетили ...") when the story's first meeting that names a state is a lay group's
    (veterans, cadets, journalists: ``_lay_visit``, or a group whose state is named only as theirs): the
    guests are that group, no official delegation."""
    if sentence.states:
        return False
    for other in story.sentences[:sentence.index]:
        if other.has("meeting") and other.states:
            return _lay_visit(other) or bool(_company_states(other, "lay_visitor", reach_after=LAY_FROM_CHARS))
    return False


# How far before a company's word a state's name may begin and still be the company's ("the Turkish
# defence company", "Azerbaijani state-owned firm").
COMPANY_REACH = 28


# How far after a lay group's word its state's name may stand, a short preposition between ("veterans from
# Kazakhstan", "ветеранов из Казахстана").
LAY_FROM_CHARS = 6


def _company_states(sentence: SentenceFacts, category: str = "company", reach_before: int = COMPANY_REACH,
                    reach_after: int = 2) -> set[str]:
    """The states the sentence names only as a company's ("the Turkish company Baykar", "турецкой
    компании"): each of their mentions a few words from a company's word, no punctuation between. With
    another ``category`` (``civil_signatory``), the states named only as that body's."""
    companies = sentence.spans.get(category, [])
    if not companies:
        return set()

    def of_company(start: int) -> bool:
        for company_start, company_end in companies:
            # the state's adjective or name before the company's word, or its name just after it
            # ("компании Азербайджана"), not a partner named further on ("... и послом Франции")
            before = start <= company_start
            left, right = (start, company_start) if before else (company_end, start)
            reach = reach_before if before else reach_after
            if right - left <= reach and not _CLAUSE_BREAK.search(sentence.text[left:right]):
                return True
        return False

    mentions: dict[str, list[bool]] = {}
    for code, start in zip(sentence.states, sentence.state_starts):
        mentions.setdefault(code, []).append(of_company(start))
    return {code for code, flags in mentions.items() if all(flags)}


def _meeting_to_come(sentence: SentenceFacts, story: StoryFacts, nouns_listed: bool = False) -> bool:
    """True when the sentence names its meeting only by a noun and the nearest sentence before it that
    tells a meeting by a verb tells it in the future ("The minister will meet his counterpart tomorrow.
    The visit is part of ..."): "the visit" is that meeting, still to come."""
    if not rules.meeting_named_only(sentence):
        return False
    for other in story.sentences[:sentence.index][::-1]:
        if other.has("meeting") and not rules.meeting_named_only(other):
            return rules.announced_not_done(other, ignore="meeting", nouns_listed=nouns_listed)
    return False


def _visit_named_for_a_day_ahead(sentence: SentenceFacts) -> bool:
    """True when the sentence names its visit or meeting only by a noun and names a day ahead (``coming``:
    "next week", "tomorrow"): "հաջորդ շաբաթ պաշտոնական այցով կմեկնի Աթենք", "sledeće nedelje ... u zvaničnu
    posetu": a noun has no tense, and the day still to come tells it (a verb of meeting told as done keeps
    it: "met on Monday and will meet again next week" is not a noun alone)."""
    return sentence.has("coming") and rules.meeting_named_only(sentence) and not rules.told_as_done(sentence, "met")


def _item_of_a_list_ahead(sentence: SentenceFacts) -> bool:
    """True for an item of a list read after its lead-in (``story.read_lists``) that names its meeting with no verb
    told as done, when the lead-in names a time ahead: "The ministry published the minister's agenda for the coming
    week: - Tuesday: talks with the Polish defence minister": the item is the agenda's, its time the lead-in's."""
    colon = sentence.lowered.find(": ")
    if colon < 0 or rules.told_as_done(sentence, "met"):
        return False
    meetings = sentence.cues.get("meeting", [])
    return any(position < colon for position in sentence.cues.get("coming", [])) and bool(meetings) \
        and all(position > colon for position in meetings)


def _headline_of_a_meeting_to_come(sentence: SentenceFacts, story: StoryFacts, nouns_listed: bool = False) -> bool:
    """True for a headline (the story's first line, no closing punctuation) that tells a visit or a meeting
    in the present, the tense headlines use for what is done and for what is coming ("Defence minister
    visits Poland", "Ministro da Defesa visita Portugal", "Polonya'yı ziyaret ediyor"), when every sentence
    of the story that tells a meeting tells it as still to come ("will travel to Warsaw next week", "inicia na
    próxima segunda-feira uma visita"): the headline announces that visit. A story that tells the meeting as
    held anywhere, or a headline in a past tense, keeps it."""
    if sentence.index != 0 or _prose_index(sentence) >= 0 or len(sentence.text.strip()) > HEADLINE_MAX \
            or sentence.has("reporting") or rules.told_as_done(sentence, "met"):
        # A long first line, or one that cites its source ("..., the ministry's press service said"), is
        # the story's lead run on, not a headline.
        return False
    meetings = [other for other in story.sentences[1:] if other.has("meeting")]
    return bool(meetings) and all(
        rules.announced_not_done(other, ignore="meeting", nouns_listed=nouns_listed)
        and not rules.told_as_done(other, "met") for other in meetings)


def _headline_of_an_act_to_come(sentence: SentenceFacts, story: StoryFacts) -> bool:
    """(c4, s15) True for a headline (the story's first line, no closing punctuation) that names a signing by its noun
    ("Signing of defence agreement with Brazil", "Підписання угоди з Бразилією",
    "Assinatura de acordo com o Chile"), when every sentence of the story that tells a signing tells it as still to
    come ("the ministers will sign it next week"): the headline announces that signing, as a headline's visit does
    one still to come (``_headline_of_a_meeting_to_come``). A story that tells the signing as done anywhere keeps it.
    (c3, s16) So does a headline that tells the signing in the present (``present``: "وزيرا الدفاع يوقعان اتفاقية",
    "Ministers sign defence pact"), the tense headlines use for what is done and for what is coming."""
    if sentence.index != 0 or _prose_index(sentence) >= 0 or len(sentence.text.strip()) > HEADLINE_MAX \
            or not (sentence.has("act_noun") or sentence.has("present")):
        return False
    # a signing told by its verb, or by a future word and a time ahead ("vão assinar o acordo na próxima semana")
    signings = [other for other in story.sentences[1:]
                if other.has("sign") or (other.has("future") and other.has("coming"))]
    return bool(signings) and all(rules.announced_not_done(other) for other in signings)


def _civil_meeting(story: StoryFacts, index: int) -> bool:
    """True when the meeting the story's lead reports, before sentence ``index``, is held by civil
    officials only ("Armenia's foreign minister held talks with his Greek counterpart ... The sides
    discussed defence cooperation"): "the sides" who then discuss defence are those officials; so are a
    defence official and the civil ministry he met (``_civil_ministry_met``)."""
    for sentence in story.sentences[:min(index, LEAD)]:
        if sentence.has("meeting") and (sentence.has("civil_actor") or sentence.has("defence_actor")):
            return not sentence.has("defence_actor") or _civil_ministry_met(sentence) or _security_body_met(sentence) \
                or (sentence.has("civil_actor") and _defence_actors_in_civil_names(sentence))
    return False


# The story's first lines (its title, and the title repeated or a lead line): not links to other stories.
HEADING_LINES = 2


def _linked_headline(candidate: Candidate, story: StoryFacts) -> bool:
    """True for an event told only by a headline line set between two paragraphs of the story, past its
    first lines, that names a state its first lines do not: the headline of another story (a link the
    page put between paragraphs), not a subheading of this one."""
    index = candidate.sentence
    sentence = story.sentences[index]
    if index < HEADING_LINES or index + 1 >= len(story.sentences) or _prose_index(sentence) >= 0:
        return False
    if _prose_index(story.sentences[index - 1]) < 0 or _prose_index(story.sentences[index + 1]) < 0:
        # Not between two paragraphs: a heading of the story's own, or a list of lines.
        return False
    lead = {code for first in story.sentences[:HEADING_LINES] for code in first.states + first.capitals}
    return bool(lead) and bool(set(sentence.states) - lead)


def _prose_index(sentence: SentenceFacts) -> int:
    """The sentence's index when it is prose; -1 for a headline (a line with no closing punctuation)."""
    return -1 if not sentence.text.rstrip().endswith(_CLOSING) else sentence.index


def _evidence(sentence: SentenceFacts) -> str:
    text = " ".join(sentence.text.split())
    return text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS - 1].rstrip() + "…"


def _bilateral(candidate: Candidate) -> bool:
    return two_states(candidate.event.parties)


def _rank(acts: list[Candidate], exercises: list[Candidate], talks: list[Candidate]) -> list[Candidate]:
    """Main event first: a bilateral act (ratification before signing, named documents before
    "documents"), else a bilateral exercise, else bilateral talks when nothing was signed."""
    current_acts = [c for c in acts if not c.background]
    if any(not c.generic for c in current_acts):
        named = [c for c in current_acts if not c.generic]
        _date_from_documents(named, [c for c in current_acts if c.generic])
        current_acts = named
    # An act whose sentence names no state ("Plans approved") borrows its parties from the story: one
    # that names them comes first.
    current_acts.sort(key=lambda c: (c.event.kind != rules.RATIFIED, not c.named, c.sentence))
    current_exercises = [c for c in exercises if not c.background]
    current_talks = [] if current_acts else [c for c in talks if not c.background]
    ordered = ([c for c in current_acts if _bilateral(c)] + [c for c in current_exercises if _bilateral(c)]
               + [c for c in current_talks if _bilateral(c)])
    ordered += [c for c in current_acts + current_exercises + current_talks if not _bilateral(c)]
    return _dedupe(ordered)


def _partners_from_the_story(acts: list[Candidate], story: StoryFacts) -> list[Candidate]:
    """An act whose sentence names one party and borrowed the other ("Senate ratifies defence pact with
    Japan" over "The Philippine Senate ... ratified the agreement with Japan") is the act another sentence
    of the story tells of the same kind with both parties named, that one among them: its partner is the one
    named there, not the story's most prominent other state (a third state named in a closing line, "a
    similar agreement with Australia", may weigh as much). Background acts lend no partner."""
    complete = [c for c in acts if "both_named" in c.event.signals and _bilateral(c) and not c.background]
    if not complete:
        return acts
    result = []
    for act in acts:
        named = rules.unique(story.sentences[act.sentence].states)
        if "both_named" not in act.event.signals and len(named) == 1 and _bilateral(act):
            same = {c.event.parties for c in complete
                    if c.event.kind == act.event.kind and named[0] in c.event.parties}
            if len(same) == 1:
                act = replace(act, event=replace(act.event, parties=same.pop()))
        result.append(act)
    return result


def _date_from_documents(named: list[Candidate], generic: list[Candidate]) -> None:
    """"The document was signed on 10 December" dates the plan or agreement the story names."""
    for document in generic:
        if document.event.date is None:
            continue
        for position, candidate in enumerate(named):
            if candidate.event.date is None and candidate.event.parties == document.event.parties:
                named[position] = replace(candidate, event=replace(candidate.event, date=document.event.date))


def _dedupe(candidates: list[Candidate]) -> list[Candidate]:
    """One event per (kind, parties, plan year); a later mention only fills a missing year or date.

    An exercise or talks whose first mention refuses a date ("the ministry said on Tuesday") takes no
    date from later mentions: a story often goes on to other exercises and meetings of the same pair.
    First mentions of talks keep what their own sentence says of the day it could not place (a day and
    month with no year on the page, a weekday): a later sentence repeating the talks takes none of it
    away ("met in Paris on 16 December ... the sides also discussed ..."). An act's or an exercise's
    first mention does not (its day with no year comes from its occasion, `_date_undated_act`): kept
    for them too, two right pairs with a held-out article were lost (BENCHMARKS.md section 7, wip-s9e1).
    """
    kept: list[Candidate] = []
    for candidate in candidates:
        event = candidate.event
        for position, other in enumerate(kept):
            known = other.event
            if known.kind == event.kind and known.parties == event.parties and \
                    (known.plan_year == event.plan_year or event.plan_year is None or known.plan_year is None):
                fill = known.kind in ACT_KINDS or not other.dating.refused
                merged = Event(known.kind, known.parties, known.plan_year or event.plan_year,
                               known.date or (event.date if fill else None), known.evidence,
                               signals=tuple(dict.fromkeys(known.signals + event.signals + ("repeated",))))
                own = known.kind == rules.TALKS
                dating = Dating(other.dating.day, other.dating.report_day or candidate.dating.report_day,
                                other.dating.conflict or candidate.dating.conflict,
                                other.dating.refused or candidate.dating.refused,
                                other.dating.weekday if own else None, other.dating.month_day if own else None)
                kept[position] = Candidate(merged, other.sentence, other.background, other.generic, dating,
                                           max(other.last_prose, candidate.last_prose))
                break
        else:
            kept.append(candidate)
    return kept


def _date_undated_act(candidate: Candidate, context: _Context, lex: Lexicon) -> Event:
    """An act no sentence dates takes the date of the occasion the story reports before it ("met in
    Baku on 6 October ... at the end of the talks the ministers signed the plan"), else the day a
    statement about it was made, else the day of the report's date line or stamp, unless its sentence
    ties it to another dated event or the story names a weekday that day is not."""
    event = candidate.event
    if event.date is not None or event.kind not in ACT_KINDS:
        return event
    when, weekday, month_day = _occasion(event, candidate.last_prose, context, lex)
    when = when or candidate.dating.report_day
    weekday = candidate.dating.weekday if candidate.dating.weekday is not None else weekday
    if when is None and not candidate.dating.conflict and not _names_a_past_period(candidate, context):
        when = _report_day(event, context)
        if when is not None and weekday is not None and when.weekday() != weekday:
            when = None
    if when is None and month_day is not None and candidate.dating.month_day is None:
        return replace(event, partial_date=_month_day(month_day))
    return replace(event, date=when.isoformat()) if when else event


def _names_a_past_period(candidate: Candidate, context: _Context) -> bool:
    """True when the act's sentence dates it by a period before the page's day and no day of its own ("signed ...
    last week", "earlier this month", "на прошлой неделе", "geçen hafta", "la semaine dernière", "letzte Woche",
    ``past_period``): the act was not on the report's day, so it takes no day from the date line."""
    return context.story.sentences[candidate.sentence].has("past_period")


def _occasion(event: Event, last_prose: int, context: _Context,
              lex: Lexicon) -> tuple[Optional[date], Optional[int], Optional[tuple[int, int]]]:
    """The date of the meeting, visit or session the story's first sentences report before the act
    (or of the signing ceremony itself), among sentences naming no other state; or the weekday it
    names when that cannot be placed; and the day and month a sentence naming the pair states when
    the page gives no year ("on 23 October the two states' consultations were held": kept as the
    act's partial date). An act told only in the headline takes the occasion its story tells, and
    one told again after its sentence takes the day told with it: a signing's later sentence on the
    signing, a ratification's on the ratification by its noun ("the ratification was on the agenda of
    the session on 16 December"); a later sentence on the signing of the ratified document dates the
    document, not the ratification."""
    weekday = month_day = None
    for sentence in context.story.sentences[:OCCASION_SENTENCES]:
        if set(sentence.states) - set(event.parties):
            continue
        if last_prose >= 0 and sentence.index >= last_prose and not _retells(sentence, event) \
                and not (sentence.has("sign") and event.kind != rules.RATIFIED):
            continue
        dating = sentence_dating(sentence, OCCASION, lex, context.dates, event.plan_year)
        if dating.day is not None and not _is_background(sentence, context, dating.day, event.plan_year):
            return dating.day, None, None
        weekday = dating.weekday if weekday is None else weekday
        if month_day is None and (set(sentence.states) == set(event.parties) or _retells(sentence, event)) and \
                not _is_background(sentence, context, None, event.plan_year):
            month_day = dating.month_day  # a day with no year: from a sentence naming the pair or the act
    return None, weekday, month_day


def _retells(sentence: SentenceFacts, event: Event) -> bool:
    """A sentence naming no state that tells a ratification again by its noun ("the ratification was
    on the agenda of the session on 16 December"): the story's own act, not another of the pair."""
    return event.kind == rules.RATIFIED and not sentence.states and sentence.has("ratify_noun")


def _with_partial_date(event: Event, candidate: Candidate, context: _Context) -> Event:
    """An event left without a date keeps what is known of it: the day and month its sentence
    states with no year ("--06-17"), else those of the report's date line, else the page's month
    ("2019-10"), so that merging can still tell which of a pair's events it reports."""
    if event.date is not None or event.partial_date is not None:
        return event
    dates, month_day = context.dates, candidate.dating.month_day
    if candidate.dating.conflict:  # its sentence dates another event: the report's day is not its own
        return replace(event, partial_date=_month_day(month_day)) if month_day else event
    if month_day is None and isinstance(dates.line, tuple) and not isinstance(dates.line[0], str):
        month_day = dates.line
    if month_day is not None:
        return replace(event, partial_date=_month_day(month_day))
    if dates.page.year is not None and dates.page.month is not None:
        return replace(event, partial_date=f"{dates.page.year:04d}-{dates.page.month:02d}")
    return event


def _month_day(value: tuple[int, int]) -> str:
    return f"--{value[0]:02d}-{value[1]:02d}"


def _report_day(event: Event, context: _Context) -> Optional[date]:
    dates = context.dates
    if dates.line is not None:
        return resolve(dates.line, dates.page, event.plan_year)
    return dates.page.day if dates.page.printed else None
