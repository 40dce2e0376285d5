"""What each sentence of a story says, as plain facts: which states it names and which cues it holds.

Every lexicon category is matched in one pass over the whole story and the matches are binned into
sentences by offset, so the cost is a few regex passes per article whatever its length.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterator, Optional

from monitor.classify.countries import BLOC, CAPITAL, STATE, find_mentions
from monitor.classify.dates import Mention, mentions
from monitor.classify.lexicons import TERM_CATEGORIES, Lexicon
from monitor.classify.text import Span, lowercase, sentences

# A time phrase right after a participle ("signed on Monday", "signed May 5"); a year is no day
# ("signed the 2025 plan" is a finite verb with its object, not "the 20").
_NEXT_TIME = re.compile(
    r"^\s*,?\s*(?:(?:on|this|last)\s+)?(?:\w+day|today|yesterday|[a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?(?!\d)|\d{1,2}\s+[a-z]+)?\s*,?\s*")
DOCUMENTS = ("plan_nouns", "programme_nouns", "agreement_nouns", "generic_doc_nouns")
# The cue category of documents named as a frame ("in accordance with the 1993 agreement").
FRAMED = "framed_document"
# The cue category of signing/approving participles that modify a noun ("the plan signed in 2004").
MODIFIER = "act_modifier"
_PREV_WORDS = re.compile(r"((?:[\w'-]+\W+){0,2})$")


@dataclass
class SentenceFacts:
    """One sentence: its text, the states and blocs it names, and the cue categories it contains."""

    index: int
    start: int
    end: int
    text: str
    lowered: str
    states: list[str] = field(default_factory=list)
    capitals: list[str] = field(default_factory=list)
    blocs: list[str] = field(default_factory=list)
    # Where each of ``states`` is named (offsets in the sentence).
    state_starts: list[int] = field(default_factory=list)
    bloc_starts: list[int] = field(default_factory=list)
    cues: dict[str, list[int]] = field(default_factory=dict)
    spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    dates: list[Mention] = field(default_factory=list)

    def has(self, category: str) -> bool:
        # ``cues`` holds a category only once it has a position.
        return category in self.cues

    def __post_init__(self) -> None:
        # (s15p) ``has`` answered by the dict itself (``cues.__contains__``, bound once): the rules ask it ~175
        # times an article, and a method of Python's own costs several times a C call. ``cues`` is never
        # replaced by another dict; the method above stays for the class and its readers.
        self.has = self.cues.__contains__

    def first(self, category: str) -> int:
        positions = self.cues.get(category)
        return min(positions) if positions else -1


@dataclass
class StoryFacts:
    """A story's sentences and the article-level tallies rules need for context."""

    sentences: list[SentenceFacts]
    state_weight: Counter
    blocs: set[str]
    text: str
    lowered: str
    dates: list[Mention] = field(default_factory=list)
    # The main lexicon's scan of the story (``Lexicon.scan``), kept for ``attach_dates``.
    scan: dict = field(default_factory=dict, repr=False)


def build(story: str, lexicons: list[Lexicon], lead_sentences: int = 4,
          scans: Optional[list[dict]] = None, lowered: Optional[str] = None) -> StoryFacts:
    """Split the story into sentences and attach the cues of every lexicon category to each (the dates
    they state come with ``attach_dates``). ``scans`` are the lexicons' scans of the story
    (``Lexicon.scan``) when already made, ``lowered`` its ``lowercase`` when already made."""
    if lowered is None:
        lowered = lowercase(story)
    spans = sentences(story)
    facts = [SentenceFacts(span.index, span.start, span.end, story[span.start:span.end],
                           lowered[span.start:span.end]) for span in spans]
    starts = [span.start for span in spans]
    if scans is None:
        scans = [lex.scan(lowered, story) for lex in lexicons]
    mentions = find_mentions(scans)
    _attach_mentions(facts, starts, mentions, _places(scans), _locative(lexicons[0], lowered), lowered,
                     _citizenships(scans))
    # (c1, s13) A state's or a capital's name, written with its capital, is no verb: es "Irán", "Teherán" and pt
    # "Irão" end as a future does ("firmarán", "irão": they will go), and read as one they made every act beside
    # them one to come.
    names = {mention.start for mention in mentions if story[mention.start:mention.start + 1].isupper()}
    # (c2, s14) So are the names of seas, cities and people that end as a future does ("el mar de Alborán", "Orán",
    # "Durán": ``not_future``).
    names |= {start for scan in scans for start, _, _ in scan.get("not_future", ())}
    documents = [sorted(start for name in DOCUMENTS for start, _, _ in scan[name]) for scan in scans]
    framed = [_framed_documents(scan, lowered) for scan in scans]
    frame_acts = [_frame_ratifications(scan, lowered, frames) for scan, frames in zip(scans, framed)]
    # Most categories match nowhere in a story.
    present = {name for scan in scans for name, matches in scan.items() if matches}
    bisect_right = bisect.bisect_right
    for category in TERM_CATEGORIES:
        if category not in present:
            continue
        # (s15p) What the checks below ask of the category, asked once per category, and each match's sentence
        # found inline (``_sentence_at``): the same tests in the same order, ~50 matches a story.
        verb = category in ("sign", "approve")
        future = category == "future"
        frame_told = category in _FRAME_TOLD
        document = category in DOCUMENTS
        for lex, scan, nouns, frames, told in zip(lexicons, scans, documents, framed, frame_acts):
            for start, end, _ in scan[category]:
                position = bisect_right(starts, start) - 1
                if position < 0:
                    continue
                sentence = facts[position]
                if start >= sentence.end:
                    continue
                offset = sentence.start
                span = (start - offset, end - offset)
                if future and start in names:
                    continue
                if frame_told and start in told:
                    # "under the agreement ratified by both parliaments": the frame's past, not the act.
                    sentence.spans.setdefault(MODIFIER, []).append(span)
                    continue
                if document and start in frames:
                    # "in accordance with the protocol": the basis of what is told, not its object.
                    sentence.cues.setdefault(FRAMED, []).append(span[0])
                    continue
                if verb and start > offset and not _is_headline(sentence) and \
                        _is_reduced_participle(lex, lowered, start, end, nouns):
                    # "the agreement signed on 5 May": not this sentence's act, but it owns that date.
                    sentence.spans.setdefault(MODIFIER, []).append(span)
                    continue
                sentence.cues.setdefault(category, []).append(span[0])
                sentence.spans.setdefault(category, []).append(span)
    # A language with no "with" word puts its postpositions, and a verb's object, first (tr, az, kk ...).
    object_first = not lexicons[0].terms["with"].entries
    month_ends = frozenset(end for start, end, _ in scans[0].get("months", []))
    for sentence in facts:
        if sentence.blocs and "standards" in sentence.cues:
            _drop_blocs_of_standards(sentence)
        if sentence.states and "crisis" in sentence.cues:
            _drop_places_of_crises(sentence)
        if "approve" in sentence.cues and "meeting" in sentence.cues:
            _drop_receptions(sentence, object_first)
        if "vote" in sentence.spans and ("future" in sentence.cues or "present" in sentence.cues):
            _drop_tense_inside_votes(sentence)
        if "time_ahead_of" in sentence.spans and ("future" in sentence.cues or "coming" in sentence.cues) \
                and (any(name in sentence.cues for name in DOCUMENTS) or "meeting" in sentence.cues):
            _drop_times_ahead_of_nouns(sentence)
        if "ratification_ahead" in sentence.spans and "ratify" in sentence.cues:
            _drop_ratifications_ahead(sentence)
        if "ratified_attr" in sentence.spans and "ratify" in sentence.cues and "sign" in sentence.cues:
            _drop_ratified_documents(sentence)
        if "exercise" not in sentence.cues:
            _code_named_exercise(sentence, month_ends)
    weights = _state_weights(facts, lead_sentences)
    blocs = {bloc for sentence in facts for bloc in sentence.blocs}
    return StoryFacts(facts, weights, blocs, story, lowered, scan=scans[0])


def attach_dates(story: StoryFacts, lex: Lexicon) -> None:
    """Find the dates the story states and give each sentence its own (only stories that may report
    an event need them)."""
    story.dates = mentions(story.lowered, lex, story.scan)
    starts = [sentence.start for sentence in story.sentences]
    for mention in story.dates:
        sentence = _sentence_at(story.sentences, starts, mention.start)
        if sentence is not None:
            sentence.dates.append(Mention(mention.start - sentence.start, mention.end - sentence.start,
                                          mention.value))


def _sentence_at(facts: list[SentenceFacts], starts: list[int], offset: int):
    position = bisect.bisect_right(starts, offset) - 1
    if position < 0 or offset >= facts[position].end:
        return None
    return facts[position]


def _locative(lex: Lexicon, lowered: str):
    """A test of whether a state mention is written in the locative case ("Gürcüstanda"): a venue."""
    return lambda mention: lex.in_locative(lowered[mention.start:mention.end], mention.code)


def _attach_mentions(facts, starts, mentions, places, locative=lambda mention: False, lowered: str = "",
                     citizenships=((), ())) -> None:
    """Give each sentence the states, capitals and blocs it names. A state named as a place ("on the
    border with Afghanistan") counts like a capital: a venue, not a party. A state named as where
    the act happens ("en territorio de Uruguay", "Katar'da") is a party unless the sentence names
    two other states (the host of a joint exercise is one of its two sides; a third state is the
    ground two others exercise on). A state named as a person's citizenship ("a Swiss national",
    "гражданин Турции", "İsviçre vatandaşı") names no party at all: it is left out."""
    border, venue = places
    venues = []
    for mention in mentions:
        sentence = _sentence_at(facts, starts, mention.start)
        if sentence is None:
            continue
        if mention.how == STATE and _is_place(mention, citizenships, CITIZEN_CHARS, lowered):
            continue
        if mention.how == STATE and (_is_place(mention, venue, VENUE_CHARS) or locative(mention)):
            venues.append((sentence, mention))
            continue
        how = CAPITAL if mention.how == STATE and _is_place(mention, border, text=lowered) else mention.how
        _attach(sentence, mention, how)
    for sentence, mention in venues:
        others = set(sentence.states) - {mention.code}
        _attach(sentence, mention, CAPITAL if len(others) >= 2 else STATE)


# How close to a verb of receiving/adopting its object stands ("anlaşmayı kabul etti", "прие закона").
OBJECT_CHARS = 25
# What an adoption adopts: a document, the law on it, or an authority's act.
_ADOPTED = DOCUMENTS + ("draft_law", "ratify_noun", "ratify")


def _drop_receptions(sentence: SentenceFacts, object_first: bool) -> None:
    """Forget the approvals that are receptions: one word both receives a visitor and adopts a text
    ("kabul etti", "qəbul edib", "прие", "принял"); with no document, law or ratification named as its
    object, right before it in a language that puts the object first, right after it in the others
    ("Bakanını kabul etti", "прие посланика"), it received someone (a meeting, told by the same word),
    it adopted nothing."""
    meetings = set(sentence.cues["meeting"])
    objects = [span for name in _ADOPTED for span in sentence.spans.get(name, [])]

    def adopts(start: int, end: int) -> bool:
        if object_first:
            return any(0 <= start - low_end <= OBJECT_CHARS and _close(sentence.lowered[low_end:start])
                       for _, low_end in objects)
        return any(0 <= low - end <= OBJECT_CHARS and _close(sentence.lowered[end:low]) for low, _ in objects)

    kept = [(start, end) for start, end in sentence.spans["approve"] if start not in meetings or adopts(start, end)]
    if len(kept) == len(sentence.spans["approve"]):
        return
    if kept:
        sentence.spans["approve"] = kept
        sentence.cues["approve"] = [start for start, _ in kept]
    else:
        del sentence.spans["approve"]
        del sentence.cues["approve"]


# How far a standards word stands from the bloc that sets them ("NATO standards", "стандартам НАТО",
# "in line with the standards of NATO").
STANDARDS_CHARS = 20


def _drop_blocs_of_standards(sentence: SentenceFacts) -> None:
    """Forget the blocs a sentence names only as the owner of standards ("trained in line with NATO
    standards", "учения по стандартам НАТО", "NATO standartlarına uyğun"): the bloc sets a norm, it
    takes no part; two states' joint exercise so described stays theirs."""
    standards = sentence.spans["standards"]

    def sets_standards(bloc: int) -> bool:
        for low, end in standards:
            if 0 <= low - bloc <= STANDARDS_CHARS and _close(sentence.lowered[bloc:low]):
                return True  # "NATO standards": the bloc's name, then the standards
            if 0 <= bloc - end <= STANDARDS_CHARS and _close(sentence.lowered[end:bloc]):
                return True  # "стандартам НАТО", "the standards of NATO"
        return False

    kept = [(bloc, start) for bloc, start in zip(sentence.blocs, sentence.bloc_starts) if not sets_standards(start)]
    sentence.blocs = [bloc for bloc, _ in kept]
    sentence.bloc_starts = [start for _, start in kept]


# A state named as the place of a war, a crisis or "the situation" (``crisis``), in the languages that write the place
# after it: the crisis word, then one or two short words (a preposition, an article), then the state ("the situation in
# Ukraine", "ситуацию на Украине", "die Lage in der Ukraine", "الوضع في أوكرانيا").
_CRISIS_THEN_PLACE = re.compile(r"\s+(?:\w{1,6}\s+){1,2}")
# ... and in the languages that write the place first: the state in a locative of place, then the crisis word at most
# one word on ("Ukrayna'daki durum", "Ukraynadakı vəziyyət", "Украинадағы жағдай", "Ukrainadagi vaziyat",
# "Ուկրաինայում տիրող իրավիճակ", "უკრაინაში არსებული ვითარება").
_PLACE_THEN_CRISIS = re.compile(r"[\w'’]*?(?:[dt][aeə][kq][iı]|[дт][аеә][гғ][ыі]|[dt]agi|[дт]аги|ում|ში)\s+(?:\w+\s+)?")


def _drop_places_of_crises(sentence: SentenceFacts) -> None:
    """Forget a state named as where a war, a crisis or "the situation" is ("discussed the situation in
    Afghanistan", "включая ситуацию на Украине", "Suriye'deki savaş"): it is the topic of the talks, not a side of
    them (two defence ministers who "touched upon the situation in Ukraine" on the phone hold no talks with Ukraine;
    train's labels), and, unlike a capital, it stands for no party elsewhere in the story either (a citizenship's
    state is left out the same way)."""
    crises = sentence.spans["crisis"]
    lowered = sentence.lowered

    def place_of_a_crisis(start: int) -> bool:
        return any(_CRISIS_THEN_PLACE.fullmatch(lowered, end, start) or _PLACE_THEN_CRISIS.fullmatch(lowered, start, low)
                   for low, end in crises)

    kept = [(code, start) for code, start in zip(sentence.states, sentence.state_starts) if not place_of_a_crisis(start)]
    if len(kept) == len(sentence.states):
        return
    sentence.states = [code for code, _ in kept]
    sentence.state_starts = [start for _, start in kept]


def _attach(sentence: SentenceFacts, mention, how: str) -> None:
    """Add one mention to its sentence's states, capitals or blocs (states kept in reading order)."""
    offset = mention.start - sentence.start
    if how == STATE:
        index = bisect.bisect_right(sentence.state_starts, offset)
        sentence.states.insert(index, mention.code)
        sentence.state_starts.insert(index, offset)
    elif how == CAPITAL:
        sentence.capitals.append(mention.code)
    else:
        sentence.blocs.append(mention.code)
        sentence.bloc_starts.append(offset)


# How far a place cue reaches to the state it makes a place ("на границе с Афганистаном",
# "the Afghan border", "Əfqanıstan sərhədində").
PLACE_CHARS = 12
# A venue cue stands right next to its state ("in Qatar", "Katar'da"): "in Tbilisi, Armenia" names
# no venue Armenia.
VENUE_CHARS = 1


def _places(scans: list[dict]) -> tuple[tuple[list[int], list[int]], tuple[list[int], list[int]]]:
    """For borders and seas, then for venues: (ends of the cues written before a state, starts of
    those written after one)."""
    def ends_and_starts(before: str, after: str) -> tuple[list[int], list[int]]:
        return ([end for scan in scans for _, end, _ in scan.get(before, [])],
                [start for scan in scans for start, _, _ in scan.get(after, [])])
    return ends_and_starts("place", "place_after"), ends_and_starts("venue", "venue_after")


# How far a citizenship word reaches to the state it names ("гражданин Турции", "a Swiss national").
CITIZEN_CHARS = 12


def _citizenships(scans: list[dict]) -> tuple[list[int], list[int]]:
    """(ends of the citizenship words written before a state, starts of those written after one):
    "гражданин Турции", "ressortissant suisse"; "a Swiss national", "İsviçre vatandaşı"."""
    return ([end for scan in scans for _, end, _ in scan.get("citizen", [])],
            [start for scan in scans for start, _, _ in scan.get("citizen_after", [])])


def _is_place(mention, places, reach: int = PLACE_CHARS, text: str = "") -> bool:
    before, after = places
    return bool(before) and any(0 <= mention.start - end <= reach for end in before) or \
        bool(after) and any(0 <= start - mention.end <= reach and _owns_the_place(text, mention.end, start)
                            for start in after)


# What may stand between a state and the border or sea it names as its own: marks, a possessive, another
# state joined by a hyphen, one adjective ("the Afghan border", "Afghanistan's border", "Afghan-Tajik
# border", "Azerbaijan's northern border", "Əfqanıstan sərhədində"), but no short word, a preposition or
# an article ("В Узбекистане на границе", "in Uzbekistan on the border").
_OWN_PLACE = re.compile(r"(?:-[\w'-]+)?(?:[^\w]|(?<=['’])s)*(?:\w{4,}(?:[^\w])*)?")


def _owns_the_place(text: str, end: int, start: int) -> bool:
    """True when the state ending at ``end`` qualifies the place word at ``start`` directly: a word between
    them makes the state where something happens on that border, not the border itself ("В Узбекистане на
    границе с Афганистаном начались учения": Uzbekistan is the exercise's host)."""
    return not text or bool(_OWN_PLACE.fullmatch(text, end, start))


def _is_headline(sentence: SentenceFacts) -> bool:
    """True for a story's first line written as a headline (no full stop): a headline has no finite
    verb, so its participle tells the act ("Acord de cooperare semnat între România și Franța",
    "Defence pact signed between Chile and Peru") rather than modifying a noun."""
    return sentence.index == 0 and not sentence.text.rstrip().endswith((".", ":", ";", ","))


def _is_reduced_participle(lex: Lexicon, lowered: str, start: int, end: int, documents: list[int]) -> bool:
    """True for "the plan signed in 2004" / "a disposición firmada por": a modifier, not a finite verb.
    (A participle that opens its sentence modifies nothing before it: "Firmato a Riad un memorandum"
    is a headline's act; ``build`` does not ask.)

    Only forms listed as ambiguous participles are checked; they count as finite when an
    auxiliary precedes them ("was signed") or an object follows ("signed a plan", or with no article,
    as headlines and wires write it, "signed cooperation plan", "signed MoUs").
    """
    word = lowered[start:end]
    if lex.participles is None or not lex.participles.fullmatch(word):
        return False
    previous = _PREV_WORDS.search(lowered[max(0, start - 40):start]).group(1)
    if lex.aux.search(previous) or _relative_clause_with_its_subject(lex, lowered, start):
        return False
    following = lowered[end:end + 60]
    time_phrase = _NEXT_TIME.match(following)
    rest = following[time_phrase.end():] if time_phrase else following
    if rest[:1] in ('"', "'") or not rest.strip(" \t.!") or rest.lstrip(" \t")[:1] == "\n":
        # "Military cooperation plan for 2026 signed": a headline's passive ends with its participle.
        return False
    head = re.match(r"[\w-]+", rest)
    if head and lex.determiners.search(head.group(0)):
        return False
    return not _document_follows(documents, end + (len(following) - len(rest)), lowered)


# How far before a participle the relative word opening its clause may stand ("which the defence ministers of
# Azerbaijan and Georgia signed").
RELATIVE_SUBJECT_CHARS = 60
_SUBJECT_WORD = re.compile(r"\s*[\w'-]+\s")


def _relative_clause_with_its_subject(lex: Lexicon, lowered: str, start: int) -> bool:
    """True when the participle at ``start`` is the finite verb of a relative clause that names its own subject:
    "the plan, which the ministers signed today, covers 40 events", "the agreement, which Azerbaijan and Turkey
    signed on Tuesday, ...". The relative word opens the clause right after its comma (not "underscored that the agreement
    signed between ...", a conjunction), and at least one word stands between it and the verb: the document is the clause's object, the signing the clause's own act
    with its own time, which the detection then weighs (a time long before the page's day makes it background)."""
    comma = lowered.rfind(",", max(0, start - RELATIVE_SUBJECT_CHARS), start)
    if comma < 0 or ";" in lowered[comma:start]:
        return False
    for match_start, match_end in lex.terms["relative"].finditer(lowered[comma + 1:start]):
        opens = not lowered[comma + 1:comma + 1 + match_start].strip()
        if opens and _SUBJECT_WORD.match(lowered, comma + 1 + match_end):
            return True
    return False


# How many words may stand between a verb and the document it governs ("signed defence cooperation plan").
OBJECT_WORDS = 3
_WORDS_THEN_END = re.compile(r"(?:[\w-]+\s+){0,%d}$" % OBJECT_WORDS)


def _document_follows(documents: list[int], offset: int, lowered: str) -> bool:
    """True when a document noun starts within a few words after ``offset``, with no punctuation
    between (the verb's object)."""
    index = bisect.bisect_left(documents, offset)
    if index == len(documents) or documents[index] - offset > 60:
        return False
    return bool(_WORDS_THEN_END.match(lowered[offset:documents[index]]))


# How close a frame cue stands to the document it frames ("in accordance with the 2010 agreement",
# "sazişə əsasən").
FRAME_CHARS = 30


def _framed_documents(scan: dict, lowered: str) -> set[int]:
    """Starts of document nouns named as the basis of something ("in accordance with the protocol",
    "в рамках плана", "memoranduma müvafiq olaraq"): a frame cue a few words before the noun, or in
    languages that put it after, a few words after it (no comma and no act word between them: "в
    рамках визита подписан план" frames the visit, not the plan)."""
    framed: set[int] = set()
    before = [(start, end) for start, end, _ in scan.get("frame", [])]
    after = [(start, end) for start, end, _ in scan.get("frame_after", [])]
    # a ratification told of the frame itself ("в рамках ратифицированного соглашения") does not
    # break it: that word is the frame's (``_frame_ratifications``)
    acts = [start for name in ("sign", "approve") for start, _, _ in scan[name]]

    def close(low: int, high: int) -> bool:
        return _close(lowered[low:high]) and not any(low <= act < high for act in acts)

    for name in DOCUMENTS:
        for start, end, _ in scan[name]:
            if any(cue_start <= start and close(cue_end, start) for cue_start, cue_end in before) or \
                    any(end <= cue_end and close(end, cue_start) for cue_start, cue_end in after):
                framed.add(start)
    return framed


# The categories of a ratification word told of a frame document.
_FRAME_TOLD = ("ratify", "ratify_noun", "act_noun")


def _frame_ratifications(scan: dict, lowered: str, frames: set[int]) -> set[int]:
    """Starts of ratification words that tell the past of a document named as a frame, a few words
    before or after it with no punctuation between ("under the framework agreement ratified by both
    parliaments", "в рамках ратифицированного соглашения", "onaylanması uygun bulunan çerçeve
    anlaşması kapsamında"): what the sentence reports is done under that agreement (a protocol
    signed), not its ratification."""
    if not frames:
        return set()
    documents = [(start, end) for name in DOCUMENTS for start, end, _ in scan[name] if start in frames]
    told = set()
    for start, end, _ in scan.get("ratify", []):
        if any((end <= document and _close(lowered[end:document]))
               or (start >= document_end and _close(lowered[document_end:start]))
               for document, document_end in documents):
            told.add(start)
    return told


_FEW_WORDS = re.compile(r"[\w\s'\"«»“”-]*")


def _close(between: str) -> bool:
    """True when the text between a frame cue and a document is a few words with no punctuation."""
    return len(between) <= FRAME_CHARS and bool(_FEW_WORDS.fullmatch(between))


def _state_weights(facts: list[SentenceFacts], lead_sentences: int) -> Counter:
    """How prominent each state is in the story: names count 1 (2 in the lead), capitals 0.5."""
    weights: Counter = Counter()
    for sentence in facts:
        factor = 2.0 if sentence.index < lead_sentences else 1.0
        for code in sentence.states:
            weights[code] += factor
        for code in sentence.capitals:
            weights[code] += 0.5 * factor
    return weights


# An exercise's code name: capitalised words joined by a hyphen to its year or edition number
# ("Anadolu Kartalı-2027", "TurAz Kartalı-2027", "Вечное братство-4", "Eternal Brotherhood-4"), or two capitalised
# words followed by the year ("Anatolian Eagle 2027", "Sea Breeze 2027").
# (c1, s13) Up to three words and a year written apart, inside quotation marks ('"Shakti 2026"', "« Тракия 2026 »",
# "„Panonski štit 2026“"), are a name when the first is capitalised or of a script with no capitals
# ("„კავკასიური არწივი 2026“", '"درع الصحراء 2026"'): the quotes mark it as a name, where "Paris 2026" or "Baku 2026"
# alone may be a place's year.
_OPENING_QUOTES = "\"'«„“‘"
_QUOTED_WORDS = (r"(?:(?<=[" + _OPENING_QUOTES + r"])|(?<=[" + _OPENING_QUOTES + r"]\s))[^\W\d_][\w'’]*"
                 r"(?:\s+[^\W\d_][\w'’]*){0,2}(?=\s+20\d\d\s?[\"'»“”’])")
_CODE_NAME = re.compile(r"(?<![\w-])([^\W\d_][\w'’]*)\s?[-–]\s?(20\d\d|[1-9]\d?)(?![\w-])"
                        r"|(?<![\w-])(" + _QUOTED_WORDS + r"|[^\W\d_][\w'’]*\s+[^\W\d_][\w'’]*)\s+(20\d\d)(?![\w-])")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w'’]*)\s+$")
# What else a name with a year names: a meeting, a fair, a firm, a purchase, a civil matter (forum "Армия-2027"),
# a contest, games, a festival or a parade ("Army Games-2027").
_NOT_AN_EXERCISE = ("meeting", "company", "purchase", "civil_topic", "civil_actor", "pastime", "contest", "plan_nouns",
                    "programme_nouns", "agreement_nouns", "generic_doc_nouns")


def code_name(text: str, months: frozenset = frozenset()) -> Optional[re.Match]:
    """The first exercise code name in ``text``: a capitalised name joined to a year (a word of four letters
    or more: "Zapad-2021") or to an edition number (six or more: "Brotherhood-4"), so that aircraft and
    missile designations ("Su-35", "MiG-29", "Ka-52") and "Covid-19" are not read as names, nor an acronym
    (fairs: "IDEF-2027"). The capital may stand on the word before ("Вечное братство-4"). Two capitalised
    words before a year written apart are a name ("Anatolian Eagle 2027"), unless the second is a month
    (``months``: the offsets where a month's name ends, "Early May 2027") or lower case."""
    return next(code_names(text, months), None)


def code_names(text: str, months: frozenset = frozenset()) -> Iterator[re.Match]:
    """Every exercise code name in ``text``, in order (see code_name)."""
    for match in _CODE_NAME.finditer(text):
        if match.group(3) is not None:
            words = match.group(3).split()
            if match.end(3) in months:
                continue
            if all(word[0].isupper() and not word.isupper() for word in words) or _quoted_name(text, match, words):
                yield match
            continue
        name, number = match.group(1), match.group(2)
        letters = sum(char.isalpha() for char in name)
        before = _WORD_BEFORE.search(text, 0, match.start())
        capitalised = name[0].isupper() or (before is not None and before.group(1)[0].isupper())
        if name.isupper():
            continue  # an acronym names fairs and shows as often ("IDEF-2027", "MAKS-2027")
        if len(number) == 4 and name[0].isupper() and before is not None and before.group(1)[0].isupper():
            # "Clear Sky-2026": a short last word joined to a year is a name with the capitalised word before it
            letters += sum(char.isalpha() for char in before.group(1))
        if capitalised and letters >= (4 if len(number) == 4 else 6):
            yield match


def _quoted_name(text: str, match: re.Match, words: list[str]) -> bool:
    """True when the name's words stand inside quotation marks and the first is capitalised (or of a script with
    no capitals), not an acronym: "„Panonski štit 2026“", '"درع الصحراء 2026"'."""
    opening = text[max(0, match.start(3) - 2):match.start(3)].strip()
    first = words[0]
    return bool(opening) and opening[-1] in _OPENING_QUOTES and not first.isupper() \
        and (first[0].isupper() or not first[0].islower() or _CAPITALLESS.match(first) is not None)


# Georgian writes no capitals (Unicode counts Mkhedruli letters as lower case).
_CAPITALLESS = re.compile("[\u10d0-\u10ff]")


def code_name_words(text: str, match: re.Match) -> tuple[list[str], str]:
    """The words of a code name code_names found (the capitalised word before a hyphenated name
    included: "Caucasus Shield-2026", "Вечное братство-4") and its year or edition number."""
    if match.group(3) is not None:
        return match.group(3).split(), match.group(4)
    before = _WORD_BEFORE.search(text, 0, match.start())
    words = [match.group(1)]
    if before is not None and before.group(1)[0].isupper():
        words.insert(0, before.group(1))
    return words, match.group(2)


def _code_named_exercise(sentence: SentenceFacts, month_ends: frozenset) -> None:
    """Read an exercise known only by its code name ("Anadolu Kartalı-2027 started", "troops of Turkey and
    Azerbaijan take part in Eternal Brotherhood-4") as an exercise word, in a sentence where armed forces
    act (a defence actor or military word, "troops", and a verb of holding or joining). A sentence naming a meeting, fair, firm,
    purchase, document or civil matter is left alone: forums, fairs and strategies carry a year as well."""
    armed = "defence_actor" in sentence.cues or "defence_topic" in sentence.cues
    if not armed or not ("conduct" in sentence.cues or "joint" in sentence.cues):
        return
    if any(name in sentence.cues for name in _NOT_AN_EXERCISE):
        return
    months = frozenset(end - sentence.start for end in month_ends if sentence.start < end <= sentence.end)
    match = code_name(sentence.text, months)
    if match is not None:
        sentence.cues["exercise"] = [match.start()]
        sentence.spans["exercise"] = [(match.start(), match.end())]


def _drop_times_ahead_of_nouns(sentence: SentenceFacts) -> None:
    """A future or coming-day word inside a time ahead written as a noun's attribute (``time_ahead_of``: "le
    plan de coopération de l'an prochain a été signé", "gelecek yılın askeri işbirliği planı imzalandı", "les
    entretiens sur les exercices de l'an prochain ont eu lieu") names the time the document or the event covers,
    not when the act happens: the act's tense is its verb's ("a été signé", "imzalandı"), and a future verb
    ("sera signé") still makes it one to come. Only beside a document or a meeting: an exercise "of next year"
    is itself still to come ("Die Übung des nächsten Jahres findet in Pommern statt")."""
    _drop_cues_inside(sentence, sentence.spans["time_ahead_of"], ("future", "coming"), from_first_word=True)


def _drop_ratifications_ahead(sentence: SentenceFacts) -> None:
    """A ratification word inside a ratification told as still to come (``ratification_ahead``: "signed an
    agreement, which will enter into force after its ratification", "подписали соглашение, которое вступит в силу
    после его ратификации", "Saziş ratifikasiya edildikdən sonra qüvvəyə minəcək", "must be ratified") names the
    condition of the document's entry into force, no ratification done: the sentence's act is its signing, or
    none (SCHEMA.md: a ratification is a parliament's or a president's approval given)."""
    _drop_cues_inside(sentence, sentence.spans["ratification_ahead"], ("ratify", "ratify_noun", "act_noun"),
                      from_first_word=True)


def _drop_ratified_documents(sentence: SentenceFacts) -> None:
    """(c3, s16) A ratification word that describes a document (``ratified_attr``: "signed the implementation protocol
    to the framework agreement ratified by both parliaments in 2021", "the agreement, which was ratified in 2021,")
    tells how that document came into force, not the sentence's act, when a signing is told by its own verb beside it
    (a sign cue outside every ``signed_attr`` span): the act is the signing (an agreement read as a ratification was
    one of val's confusions). A sentence whose only act is the ratification keeps it."""
    described = sentence.spans.get("signed_attr", [])
    if all(any(start <= position < end for start, end in described) for position in sentence.cues["sign"]):
        return
    _drop_cues_inside(sentence, sentence.spans["ratified_attr"], ("ratify", "ratify_noun"), from_first_word=True)


def _drop_tense_inside_votes(sentence: SentenceFacts) -> None:
    """A future or present word inside the phrase of a vote (``vote``), past its first word, is part of
    that phrase and no tense of the act: "voted on Tuesday to ratify the pact" is a vote taken (an
    approval), not a ratification to come nor one announced for a Tuesday."""
    _drop_cues_inside(sentence, sentence.spans["vote"], ("future", "present"))


def _drop_cues_inside(sentence: SentenceFacts, spans: list[tuple[int, int]], categories: tuple[str, ...],
                      from_first_word: bool = False) -> None:
    """Drop the cues of ``categories`` that start inside one of ``spans`` (past its first word, unless
    ``from_first_word``)."""
    for category in categories:
        positions = sentence.cues.get(category)
        if not positions:
            continue
        kept = [position for position in positions
                if not any((start <= position if from_first_word else start < position) and position < end
                           for start, end in spans)]
        if kept:
            sentence.cues[category] = kept
            sentence.spans[category] = [span for span in sentence.spans.get(category, []) if span[0] in kept]
        else:
            del sentence.cues[category]
            sentence.spans.pop(category, None)
