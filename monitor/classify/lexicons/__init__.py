"""Per-language lexicons compiled once, on first use, into word-indexed matchers (``matcher.py``).

Each language module (``en.py``, ``ru.py`` ...) holds one ``LEXICON`` dict of plain data. Entries
are written in a tiny pattern syntax so that linguists can edit them without regex knowledge:

- lowercase words, matched against lowercased text on word boundaries;
- ``*`` = any run of word characters (a stem with its inflections: ``азербайдж*``);
- ``?`` = exactly one word character (``defen?e`` = defence/defense);
- ``#`` = a number written in digits (``# countries``);
- a space = any whitespace;
- a leading ``=`` = case-sensitive, matched on the original text (``=US``, ``=CIS``);
- a leading ``re:`` = a raw regular expression (case-insensitive).

A module's ``combining`` ({code: stems}) lists the forms that name a state only as the first part of
a hyphenated adjective ("italo" of "italo-francese", "franco" of "franco-marocain"): they are matched
only right before a hyphen.

State, month and weekday names come from CLDR (``monitor/classify/cldr.py``) for every language
and are added to the module's own ``countries``, ``months`` and ``weekdays``: a module writes only
what CLDR lacks (inflected stems, demonyms, abbreviations in use), and a module with act vocabulary
alone already reads names and dates. A CLDR name that an entry of the module already matches whole
(for any state, capital or bloc) is left to the module's entry: its author's choice stands.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Callable, Iterable, Optional

from monitor.classify import cldr, compiled
from monitor.classify.matcher import Matcher, entry_regex
from monitor.classify.parliaments import NAMED
from monitor.classify.text import normalise

# The languages with a lexicon module here: those the classifier has rules for.
LANGS = tuple(sorted(module.name for module in pkgutil.iter_modules(__path__)))

# Categories added for precision (issue 15), each read by one rule:
# - ``courtesy``: greetings, congratulations, condolences exchanged (detect._courtesy_only);
# - ``habitual``: meetings counted or told as a habit (detect._meetings_counted);
# - ``interview``: an interview, whose subject the meetings an official speaks of are (detect._talks);
# - ``former``: a former or retired official's word (detect._former_officials);
# - ``works``: a factory or plant, whose visit abroad is the maker's (detect._maker_visited_abroad);
# - ``submission``: a bill submitted or sent to parliament, not yet voted (rules.submitted_unapproved);
# - ``other_law``: amendments, a budget: a law on another matter passed (rules.law_on_another_matter);
# - ``citizen``, ``citizen_after``: a citizenship word before or after a state ("гражданин Турции", "a Swiss
#   national"): the state is a person's nationality, no party (facts._attach_mentions);
# - ``lay_visitor``: cadets, students, journalists, a group that is no official delegation (detect._lay_visit);
# - ``civil_signatory``: a civil university, a municipality, a region, whose state's adjective follows
#   (detect._civil_signatory);
# - ``passive_approval``: an approval told in the passive, its giver unnamed ("the memorandum has been approved",
#   "меморандум одобрен", "mutabakat onaylandı"): of an agreement, an authority's approval (rules.act_kind);
# - ``guest``, ``observer``: forces that "also" joined an exercise, guests of its host, unless observers
#   (detect._home_exercise_pair).
TERM_CATEGORIES = (
    "multilateral", "bilateral", "between", "counterpart", "sidelines", "sign", "approve", "ratify",
    "authority", "plan_nouns", "programme_nouns", "agreement_nouns", "generic_doc_nouns", "meeting",
    "exercise", "conduct", "discussion", "defence_actor", "defence_topic", "civil_actor",
    "civil_topic", "company", "future", "background", "today", "yesterday", "reporting", "start",
    "draft", "ratify_noun", "frame", "frame_after", "place",
    "place_after", "venue", "venue_after", "act_noun", "arms_control", "purchase", "joint", "turn", "with", "draft_law", "signed_attr",
    "present", "coming", "meeting_noun", "met", "under_way", "port_call", "stage", "joiner",
    "phone", "cooperation", "crisis", "negotiation", "standards", "pastime", "defence_body", "elapsed",
    "settlement", "envoy", "terminate", "vote",
    "courtesy", "habitual", "interview", "former", "works", "submission", "other_law", "contest",
    "citizen", "citizen_after", "lay_visitor", "civil_signatory", "passive_approval", "guest", "observer",
    # (c1, s12) talks named by their noun ("staff talks", "переговоры"), whose topic an exercise named right
    # after them is (detect._talks_about_an_exercise)
    "talks_noun",
)
# - ``civil_ministry`` (c2, s12): a state's civil line ministry (health, labour, social services, family,
#   education, culture, finance...): a defence official meeting its delegation holds no defence talks
#   (detect._civil_ministry_met).
TERM_CATEGORIES += ("civil_ministry",)
# - ``pluperfect`` (c2, s13): the pluperfect's words around an event's verb ("had been signed", "είχε υπογραφεί",
#   "avait été signé", "imzalanmıştı"): an event so told after the story's own looks back from it
#   (detect._earlier_in_the_pluperfect).
TERM_CATEGORIES += ("pluperfect",)
# - ``agree_on`` (c2, s13): verbs of two sides agreeing ("acuerdan", "vereinbaren", "договорились",
#   "razılaşdırıb"): an exercise they govern is the outcome of talks, still to come (detect._exercise_agreed).
TERM_CATEGORIES += ("agree_on",)
# - ``relative`` (c2, s13): the words that open a relative clause ("which", "который", "რომელიც") or a participle
#   that is the relative form of signing ("imzaladığı"): a signing so told, dated well before the page's day,
#   describes its document (detect._dated_relative_signing).
TERM_CATEGORIES += ("relative",)
# - ``past_period`` (c2, s13): a period before the page's day with no day of its own ("last week", "на прошлой
#   неделе", "geçen hafta"): an act so dated takes no day from the date line (detect._names_a_past_period).
TERM_CATEGORIES += ("past_period",)

# - ``time_ahead_of`` (c1, s13): a time ahead written as an attribute of a noun, the time a document or an
#   event covers ("le plan de l'an prochain", "gelecek yılın planı", "il piano del prossimo anno"): a future
#   word inside it is no tense of the sentence's act (facts._drop_times_ahead_of_nouns).
TERM_CATEGORIES += ("time_ahead_of",)
# - ``bare_title`` (c1, s13): a minister named by the bare title that opens a sentence ("Die Ministerin", "Министр",
#   "Bakan"): on an outlet's site, its own state's minister, as its own ministry is (detect._bare_title_opens).
TERM_CATEGORIES += ("bare_title",)
# - ``law_in_force`` (c1, s13): a law published or entered into force ("опубликован", "набрав чинності", "została
#   opublikowana"): of a ratification law, the ratification done (rules.ratification_law_in_force).
TERM_CATEGORIES += ("law_in_force",)
# - ``security_body`` (c2, s14): a state's interior ministry, police, border service, customs, emergency service or
#   gendarmerie, named as a body that acts for it: a defence official meeting its head meets no defence official of
#   that state, no defence talks (detect._security_body_met).
TERM_CATEGORIES += ("security_body",)
# - ``civil_official`` (c2, s14): a governor, a mayor, a member of parliament, a businessman: a civil person met on one
#   side of a meeting whose defence officials all stand on the other holds no defence talks with him, as a security
#   body's head does not (detect._security_body_met).
TERM_CATEGORIES += ("civil_official",)
# - ``attendance`` (c2, s14): officials who "also attended" or "were also present at" a meeting told before: members
#   of its delegations (detect._attended_a_civil_meeting).
TERM_CATEGORIES += ("attendance",)
# - ``not_future`` (c2, s14): names of places and people that end as a future verb does (es "Alborán", "Orán",
#   "Durán"): no future cue where one stands (facts.build).
TERM_CATEGORIES += ("not_future",)
# - ``past_passive``, ``occasion`` (c2, s14): ru and uk tell a signing of before in the plain past passive with its
#   auxiliary ("был подписан", "було підписано"), as other languages do in the pluperfect; told after the story's own
#   news, with no day of its own and no word tying it to the day's occasion (``occasion``: "по итогам", "в ходе",
#   "за підсумками"), it looks back (detect._earlier_in_the_plain_past).
TERM_CATEGORIES += ("past_passive", "occasion")
# - ``preparation`` (c2, s15): the preparation of an exercise named as its own event ("the main planning conference for
#   the joint exercise", "в рамках подготовки совместных учений", "tatbikatın planlama konferansı"): what is held is the
#   preparation, the exercise still ahead (detect._exercise_prepared).
TERM_CATEGORIES += ("preparation",)
# - ``ratification_ahead`` (c2, s15): a ratification told as still to come, the condition of a document's entry into
#   force ("which will enter into force after its ratification", "после его ратификации", "ratifikasiya edildikdən
#   sonra", "subject to ratification", "must be ratified"): its ratification words are no act (facts.build drops them).
TERM_CATEGORIES += ("ratification_ahead",)
# - ``own_voice`` (c2, s16): a body named by its own release in the first person ("Bakanlığımız", "Nazirliyimiz", our
#   ministry): the outlet's own, whatever state stands beside it (detect._unowned).
TERM_CATEGORIES += ("own_voice",)

# - ``ratified_attr`` (c3, s16): a ratification word that describes a document ("the framework agreement ratified by
#   both parliaments in 2021", "the agreement, which was ratified in 2021,"): beside a signing told by its verb, the
#   signing is the act and the ratified document its background (facts.build drops its ratification words).
TERM_CATEGORIES += ("ratified_attr",)


class TermSet:
    """One category of entries; ``finditer`` yields (start, end) of each match, like a regex scan.

    Its regexes are compiled on first use: most categories are read only through the lexicon's
    one combined matcher (``Lexicon.scan``), and compiling them all would double a lexicon's load.
    """

    def __init__(self, entries) -> None:
        self.entries = tuple(entries)

    @cached_property
    def _matcher(self) -> Matcher:
        return Matcher({"terms": {None: self.entries}})

    @cached_property
    def _full(self) -> re.Pattern:
        return re.compile("|".join(f"(?:{entry_regex(entry)[0]})" for entry in self.entries
                                   if not entry.startswith("=")) or r"(?!x)x")

    @cached_property
    def _anywhere(self) -> Optional[re.Pattern]:
        if any(entry.startswith("=") for entry in self.entries):
            return None
        return re.compile("|".join(rf"(?<!\w)(?:{entry_regex(entry)[0]})(?!\w)" for entry in self.entries)
                          or r"(?!x)x")

    def finditer(self, lowered: str, original: str = ""):
        for start, end, _ in self._matcher.scan(lowered, original or lowered)["terms"]:
            yield start, end

    def search(self, lowered: str, original: str = "") -> bool:
        """True when some entry occurs in the text (one regex when no entry is case-sensitive)."""
        if self._anywhere is None:
            return any(True for _ in self.finditer(lowered, original))
        return bool(self._anywhere.search(lowered))

    def fullmatch(self, word: str) -> bool:
        """True when the whole (lowercase) ``word`` is one of the entries."""
        return bool(self._full.fullmatch(word))


class LabelledSet:
    """Entries grouped under labels (ISO codes, month numbers): each match reports its label
    (compiled on first use, like ``TermSet``)."""

    def __init__(self, groups: dict) -> None:
        self.groups = groups

    @cached_property
    def _matcher(self) -> Matcher:
        return Matcher({"labelled": self.groups})

    def finditer(self, lowered: str, original: str = ""):
        """Yield (start, end, label) for every match."""
        yield from self._matcher.scan(lowered, original or lowered)["labelled"]


@dataclass
class Lexicon:
    """A language's compiled lexicon."""

    lang: str
    terms: dict[str, TermSet]
    states: LabelledSet
    capitals: LabelledSet
    blocs: LabelledSet
    months: LabelledSet
    weekdays: LabelledSet
    plan_year: tuple[re.Pattern, ...]
    story_end: Optional[re.Pattern]
    story_skip: Optional[re.Pattern]
    # The heading of a "Read also"/"Related" block, which a page may also put inside the story.
    story_aside: Optional[re.Pattern] = None
    # The same heading leading a one-line link ("Read also: <headline>").
    story_aside_link: Optional[re.Pattern] = None
    # A ticker's label leading another story's headline ("Breaking: <headline>", "Son dakika: ...").
    story_ticker: Optional[re.Pattern] = None
    stopwords: frozenset = field(default_factory=frozenset)
    participles: TermSet = None
    determiners: TermSet = None
    aux: TermSet = None
    matcher: Optional[Matcher] = None
    day_before: Optional[re.Pattern] = None
    day_range: Optional[re.Pattern] = None
    # A year after a date's day and month ("6 May 2024", "29 de julio de 2024").
    year_after: Optional[re.Pattern] = None
    # The locative ending of a language that writes "in Georgia" as one word ("Gürcüstanda",
    # "Վրաստանում", "გერმანიაში"): a state named with it is the venue of the act.
    venue_suffix: Optional[re.Pattern] = None

    def in_locative(self, word: str, code: str) -> bool:
        """True when ``word`` (a state's name as written) is that state's name with the locative ending,
        not a name that merely ends like it ("Kanada" is no locative of "Kana")."""
        if self.venue_suffix is None or not (match := self.venue_suffix.search(word)):
            return False
        stem = word[:match.start()]
        return any(start == 0 and end == len(stem) and label == code
                   for start, end, label in self.states.finditer(stem))

    def scan(self, lowered: str, original: str) -> dict[str, list[tuple[int, int, object]]]:
        """Every term category, ``states``, ``capitals``, ``blocs``, ``months`` and ``weekdays`` in one
        pass: per name, the (start, end, label) of each match in reading order."""
        return self.matcher.scan(lowered, original)


def _line_regex(entries) -> Optional[re.Pattern]:
    """A whole-line matcher: the line is one of the entries, maybe followed by a colon or a short tail."""
    alternatives = _alternatives(entries)
    return re.compile(rf"^\W{{0,3}}(?:{alternatives})\W{{0,3}}$") if alternatives else None


def _link_regex(entries) -> Optional[re.Pattern]:
    """A line that starts with one of the entries, then a colon or dash and more text."""
    alternatives = _alternatives(entries)
    return re.compile(rf"^\W{{0,3}}(?:{alternatives})\s*[:\-|>]\s*\w") if alternatives else None


def _alternatives(entries) -> str:
    """The entries as one regex alternation, each on word boundaries ("" for none)."""
    return "|".join(rf"(?<!\w)(?:{entry_regex(entry)[0]})(?!\w)" for entry in entries)


def _as_text_reads(data: dict) -> dict:
    """The module's entries written as the classifier reads text: ``text.normalise`` turns â, î, û,
    ё, typographic quotes and dashes into their plain forms, so an entry written with them ("no
    âmbito do", "câmara dos deputados", "партнёрство") would never match; each is normalised the same
    way (same length, so nothing else changes)."""
    def plain(value):
        if isinstance(value, str):
            return normalise(value)
        if isinstance(value, tuple):
            return tuple(plain(item) for item in value)
        if isinstance(value, list):
            return [plain(item) for item in value]
        if isinstance(value, dict):
            return {key: plain(item) for key, item in value.items()}
        return value

    return {name: (plain(value) if name in _READ_AS_TEXT else value) for name, value in data.items()}


_READ_AS_TEXT = frozenset(TERM_CATEGORIES) | {"countries", "capitals", "blocs", "combining", "story_end",
                                               "story_skip", "story_aside", "story_ticker"}


@lru_cache(maxsize=None)
def load(lang: str) -> Lexicon:
    """The compiled lexicon of ``lang``: its module's entries with CLDR's names added. A language
    without a module gets CLDR's names alone, enough to read its dates and states but no act (see
    ``supported``). Read from a file when this process keeps compiled lexicons (``compiled.py``)."""
    return compiled.loaded(lang, _compile, _finish)


def _finish(lexicon: Lexicon) -> None:
    """A lexicon about to be written to a file (``compiled.py``): its matcher's choices made for every
    word now, not in each process that reads it as its scans meet the words (``Matcher.prepare``)."""
    if lexicon.matcher is not None:
        lexicon.matcher.prepare()


def _with_parliaments(capitals: dict) -> dict:
    """A lexicon's capitals and every parliament known by a name of its own (``parliaments.NAMED``), read as
    its state's capital: "the Milli Majlis ratified" names Azerbaijan as "Baku ratified" would."""
    merged = dict(capitals)
    for code, names in NAMED.items():
        own = tuple(merged.get(code, ()))
        merged[code] = own + tuple(entry for entry in (f"{name}*" for name in names) if entry not in own)
    return merged


def _compile(lang: str) -> Lexicon:
    data = _as_text_reads(importlib.import_module(f"{__name__}.{lang}").LEXICON if supported(lang) else {})
    hand = _with_combining(data.get("countries", {}), data.get("combining", {}))
    capitals = _with_parliaments(data.get("capitals", {}))
    named = {**hand, **{f"capital {code}": entries for code, entries in capitals.items()},
             **{f"bloc {name}": entries for name, entries in data.get("blocs", {}).items()}}
    countries = _with_cldr(hand, cldr.state_names(lang), named)
    months = _with_cldr(_invert(data.get("months", {})), cldr.month_names(lang))
    weekdays = _with_cldr(_invert(data.get("weekdays", {})), cldr.weekday_names(lang))
    day_month, month_year = cldr.date_joiners(lang)
    groups = {name: {None: tuple(data.get(name, ()))} for name in TERM_CATEGORIES}
    groups.update(states=countries, capitals=capitals, blocs=data.get("blocs", {}),
                  months=months, weekdays=weekdays)
    return Lexicon(
        lang=lang,
        terms={name: TermSet(data.get(name, ())) for name in TERM_CATEGORIES},
        states=LabelledSet(countries),
        capitals=LabelledSet(capitals),
        blocs=LabelledSet(data.get("blocs", {})),
        months=LabelledSet(months),
        weekdays=LabelledSet(weekdays),
        plan_year=tuple(re.compile(source) for source in data.get("plan_year", ())),
        story_end=_line_regex(data.get("story_end", ())),
        story_skip=_line_regex(data.get("story_skip", ())),
        story_aside=_line_regex(data.get("story_aside", ())),
        story_aside_link=_link_regex(data.get("story_aside", ())),
        story_ticker=_link_regex(data.get("story_ticker", ())),
        stopwords=frozenset(data.get("stopwords", ())),
        participles=TermSet(data.get("sign_participle", ())),
        determiners=TermSet(data.get("determiners", ())),
        aux=TermSet(data.get("aux", ())),
        matcher=Matcher(groups),
        day_before=_day_before(tuple(data.get("date_joiners", ())) + day_month),
        year_after=_year_after(month_year),
        venue_suffix=re.compile(rf"(?:{data['venue_suffix']})$") if data.get("venue_suffix") else None,
        day_range=_day_range(data.get("range_words", ())),
    )


def _with_combining(countries: dict, forms: dict) -> dict:
    """``countries`` ({code: entries}) with each state's combining forms ({code: stems}), matched only
    right before a hyphen: the first state of a pair written as one adjective ("esercitazione
    italo-francese", "exercice franco-marocain"), whose stem alone is another word ("franco")."""
    merged = dict(countries)
    for code, stems in forms.items():
        entries = (merged.get(code, ()),) if isinstance(merged.get(code), str) else tuple(merged.get(code, ()))
        merged[code] = entries + tuple(rf"re:{re.escape(stem)}(?=-\w)" for stem in stems)
    return merged


def supported(lang: str) -> bool:
    """True when pactwatch has rules (a lexicon module) for ``lang``; others are never flagged."""
    return lang in LANGS


def _with_cldr(hand: dict, names: dict, covering: Optional[dict] = None) -> dict:
    """``hand`` ({label: entries}) with each CLDR (name, entry) of ``names`` that no entry of
    ``covering`` (default ``hand``) matches whole, ignoring case."""
    covered = _whole_names(covering if covering is not None else hand)
    merged = {label: tuple((entries,) if isinstance(entries, str) else entries) for label, entries in hand.items()}
    for label, pairs in names.items():
        added = tuple(entry for name, entry in pairs if not (covered and covered.fullmatch(name)))
        if added:
            merged[label] = tuple(dict.fromkeys(merged.get(label, ()) + added))
    return merged


def _whole_names(groups: dict) -> Optional[re.Pattern]:
    """One case-insensitive regex of every entry of ``groups`` ({label: entries}), None for none."""
    sources = [entry_regex(entry)[0] for entries in groups.values()
               for entry in ((entries,) if isinstance(entries, str) else entries)]
    return re.compile("|".join(f"(?:{source})" for source in sources), re.IGNORECASE) if sources else None


_DAY = r"(?<!\d)(\d{1,2})(?:st|nd|rd|th|er|-?(?:ci|cü|cu|cı|si|sı|го|е|ого|ий|ый))?"


def _day_before(joiners) -> re.Pattern:
    """A day number written before a month name, maybe joined by a word ("6 of May", "29 de julio")
    or a sign ("12. März", "24-sentabr")."""
    words = "|".join(entry_regex(word)[0] for word in joiners if word[:1].isalnum())
    signs = "".join(re.escape(joiner) for joiner in joiners if len(joiner) == 1 and not joiner.isalnum())
    joined = "|".join(([rf"(?:{words})\s+"] if words else []) + ([rf"[{signs}]\s*"] if signs else []))
    return re.compile(rf"{_DAY}\s*(?:{joined})?$" if joined else rf"{_DAY}\s*$")


_YEAR_SUFFIX = r"(?:\s*(?:г\.|года|год|il|yılı))?"


def _year_after(joiners) -> re.Pattern:
    """A year written after a date's month or day, maybe joined by a word ("6 May of 2024",
    "29 de julio de 2024")."""
    words = "|".join(entry_regex(word)[0] for word in ("of", *joiners) if word[:1].isalnum())
    signs = "".join(re.escape(joiner) for joiner in joiners if len(joiner) == 1 and not joiner.isalnum())
    return re.compile(rf"^(?:\s*[,{signs}]?\s*(?:(?:{words})\s+)?)((?:19|20)\d\d)(?!\d){_YEAR_SUFFIX}")


def _day_range(words) -> re.Pattern:
    """The first day of a span written before another day ("13 to 17 May", "13-17 мая", "с 13 по 17")."""
    alternatives = "|".join([r"-", "–", "—", "/"] + [entry_regex(word)[0] for word in words])
    return re.compile(rf"{_DAY}\s*(?:{alternatives})\s*$")


def year_after_name(nouns: Iterable[str], not_after: Iterable[str], words: int = 8) -> str:
    """A ``plan_year`` regex: a year written a few words after the name of a plan or programme ("Plan de
    Acción Bilateral 2024", "piano di cooperazione ... relativo all'anno 2025", "plan de coopération
    militaire 2025"), unless the word right before it makes it a date or a time of the act ("mayo de
    2025", "maggio 2025", "signé en 2019"): ``not_after`` lists those words (months, prepositions)."""
    guard = "".join(rf"(?<!\b{re.escape(word)}\s)" for word in not_after)
    return rf"\b(?:{'|'.join(nouns)})\b(?:\s+[\w'’-]+){{0,{words}}}?\s+{guard}((?:19|20)\d\d)(?![\d.,]\d)"


def _invert(mapping: dict) -> dict:
    """{pattern: value} -> {value: (patterns...)} for LabelledSet."""
    grouped: dict = {}
    for pattern, value in mapping.items():
        grouped.setdefault(value, []).append(pattern)
    return grouped


def stopwords() -> dict[str, frozenset]:
    """Every language's stopwords, for language detection: the words ``load`` gives a Lexicon, read from
    each module without compiling its lexicon, so that detecting the language of a text compiles
    none (an extraction worker compiles only the lexicons of the languages it meets: about 0.1 s
    each, where every language's took 1.5 s of CPU before a round's first request)."""
    return {lang: frozenset(importlib.import_module(f"{__name__}.{lang}").LEXICON.get("stopwords", ()))
            for lang in LANGS}


def extend(lexicon: dict, extra: dict) -> None:
    """Add each category's entries of ``extra`` after the module's own: a block of entries kept apart (by
    the principle it serves) so that work on the same categories merges without conflicts. A category of
    names by code (``countries``, ``capitals``, ``blocs``, ``combining``) gets each code's names after its own."""
    for name, entries in extra.items():
        if isinstance(entries, dict):
            names = lexicon.setdefault(name, {})
            for code, more in entries.items():
                names[code] = tuple(names.get(code, ())) + tuple(more)
        else:
            lexicon[name] = tuple(lexicon.get(name, ())) + tuple(entries)


def respell(lexicon: dict, spellings: Callable[[str], Iterable[str]], skip: tuple = ("plan_year",)) -> None:
    """Replace, in a module's ``LEXICON``, every word entry by its ``spellings`` (the entry itself
    first): Greek and Turkish headlines in capitals lose accents or dots once lowercased, Romanian
    pages write ș with a cedilla or bare. Raw (``re:``) and case-sensitive (``=``) entries, and the
    categories in ``skip``, are left as written."""
    def spelled(entries) -> tuple:
        out: list = []
        for entry in ((entries,) if isinstance(entries, str) else entries):
            for spelling in ([entry] if entry.startswith(("=", "re:")) else [entry, *spellings(entry)]):
                if spelling not in out:
                    out.append(spelling)
        return tuple(out)

    for name, value in lexicon.items():
        if name in skip:
            continue
        if isinstance(value, tuple):
            lexicon[name] = spelled(value)
        elif name in ("countries", "capitals", "blocs"):
            lexicon[name] = {code: spelled(entries) for code, entries in value.items() if entries}
        elif name in ("months", "weekdays"):
            lexicon[name] = {spelling: number for word, number in value.items() for spelling in spelled(word)}
