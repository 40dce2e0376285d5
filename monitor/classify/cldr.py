"""State, month and weekday names of every language from CLDR (the locale data Babel ships).

A lexicon then needs hand-written names only for what CLDR lacks: inflected stems, demonyms,
capitals used as metonyms. Names come back as lexicon entries (``lexicons/__init__.py`` syntax),
normalised and lowercased as the classifier reads text, and shaped by three principles:

- a state's name of six letters or more matches with any ending (``gürcüstan*`` finds
  Gürcüstanın, ``საქართველო*`` საქართველოს): most of these languages inflect names by suffixes;
- a one-word name of five letters or fewer matches only written as a name, capitalised or in
  capitals (``=Mali``, ``=MALI``): short names are often also common words (Turkish *mali*
  "financial", Russian *того* "of that", Spanish *chile* "chili pepper"), and a state's name is
  capitalised in every cased script;
- names that are common words of the language all the same are listed in ``COMMON_WORDS`` and
  left out (each CLDR name matched in the training corpus was read in context);
- in the languages that decline a name by replacing its last vowel (``VOWEL_ENDINGS``: Romanian
  "Brazilia" -> "Braziliei", Polish "Indonezja" -> "Indonezji", Serbian "Аустралија" -> "Аустралије",
  Ukrainian "Бразилія" -> "Бразилії", Greek "Μεξικό" -> "Μεξικού"), a name of six letters or more
  that ends in a vowel also matches as its stem less that vowel, with any ending (c4, s15: issue 15's
  rest of the world, whose names the press of those languages declines); a short name, written as a
  name, takes the case endings of its last letter there (``SHORT_ENDINGS``: Romanian "Kenya" ->
  "Kenyei", "Maroc" -> "Marocului", Greek "Κένυα" -> "Κένυας", Serbian "Иран" -> "Ирана").

Month names of five letters or more also match with an ending (those of six or more, or ending in
a vowel, less their last letter: "января" gives "январ*"), since dates read them only beside a day
number; weekday names, which date an act alone ("on Monday"), only as CLDR writes them, and wide
forms only (an abbreviation such as "Sat" or "ВС" is a word of its own far more often than a
weekday). ``date_joiners`` reads what CLDR's date patterns put between day, month and year
("d 'de' MMMM 'de' y", "d. MMMM y", "d-MMMM, y"). dateparser is not used: it reads no inflected
Georgian date ("12 მარტს 2024") and its search costs about 18 ms a sentence.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_date_format, get_day_names, get_month_names

from monitor.classify.text import lowercase, normalise

logger = logging.getLogger(__name__)

# Two-letter CLDR territory codes that are not states a defence act can bind: dependent
# territories, pseudo and grouping codes (EU is a bloc, listed by the lexicons' "blocs").
NOT_STATES = frozenset(
    "AC AI AQ AS AW AX BL BM BQ BV CC CK CP CQ CW CX DG EA EH EU EZ FK FO GF GG GI GL GP GS GU HK HM IC "
    "IM IO JE KY MF MO MP MQ MS NC NF NU PF PM PN PR QO RE SH SJ SX TA TC TF TK UM UN VG VI WF XA XB "
    "YT ZZ".split())

# Further CLDR locales read for a language written in more than one script or naming months
# differently by region (Levantine and Maghrebi month names in Arabic).
EXTRA_LOCALES = {"uz": ("uz_Cyrl",), "sr": ("sr_Latn",), "ar": ("ar_SY", "ar_MA", "ar_TN")}

# CLDR names (normalised, lowercase) that are common words of the language: never entries.
COMMON_WORDS: dict[str, frozenset] = {
    "ka": frozenset({"კვირა"}),  # Sunday, and "week"
    # Grenada's CLDR name is also the Spanish city's ("la Universidad de Granada"), which the Spanish and
    # Portuguese press name far more often than the island state
    "es": frozenset({"granada", "mauricio"}),  # and Mauritius's is a first name
    "pt": frozenset({"granada"}),
    "fr": frozenset({"grenade"}),  # Grenada's name is the weapon's ("lancer de grenades")
    # Mali's name is also the adjective "financial" ("دعم مالي", financial support), which Arabic, having no
    # capitals, writes alike: the state only where a preposition or "Republic" governs it (lexicons/ar.py)
    "ar": frozenset({"مالي"}),
}

STEM_LETTERS = 6      # a state name this long or longer takes any ending
# Languages whose names decline by replacing their last vowel (see the module docstring); a stem that would
# also begin common words of the language is listed in ``COMMON_STEMS`` and keeps its name's own entry.
VOWEL_ENDINGS = frozenset({"el", "pl", "ro", "sr", "uk"})
COMMON_STEMS: dict[str, frozenset] = {
    # Liberia's stem, and "free" (plural); the Comoros', and "treasures"; Dominica's, and a first name
    "ro": frozenset({"liberi", "comor", "dominic"}),
    "pl": frozenset({"dominik", "komor"}),  # Dominica's stem, and a first name; the Comoros', and "chamber"
    "sr": frozenset({"доминик", "dominik"}),
    "uk": frozenset({"домінік", "комор"}),  # Dominica's stem, and a first name; the Comoros', and "storeroom"
}
# The case endings of a short name (five letters or fewer) by how it ends, per language: (ending it drops, the
# endings that replace it), the first that fits; "" stands for a last consonant, which takes endings after it.
# Names that do not decline in the language (Greek "Ιράκ", Ukrainian "Чилі") end in no listed ending.
SHORT_ENDINGS: dict[str, tuple[tuple[str, tuple[str, ...]], ...]] = {
    "de": (("a", ("as",)), ("e", ("es",)), ("i", ("is",)), ("o", ("os",)), ("u", ("us",)), ("", ("s",))),
    "el": (("α", ("ας",)), ("ά", ("άς",)), ("η", ("ης",)), ("ή", ("ής",))),
    "ro": (("a", ("ei",)), ("", ("ul", "ului"))),
    "pl": (("ia", ("ii", "ią", "ię")), ("ja", ("ji", "ją", "ję")), ("a", ("y", "ie", "ą", "ę")),
           ("", ("u", "em", "ie"))),
    "sr": (("а", ("е", "и", "у", "ом")), ("a", ("e", "i", "u", "om")), ("е", ("еа", "еу")), ("e", ("ea", "eu")),
           ("", ("а", "у", "ом", "a", "u", "om"))),
    "uk": (("ія", ("ії", "ію", "ією")), ("я", ("ї", "ю", "єю")), ("а", ("и", "і", "у", "ою")),
           ("", ("у", "і", "ом"))),
}
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
SHORT_LETTERS = 5     # a one-word state name this short matches only capitalised
SHORT_MONTH_LETTERS = 4  # a month name this short takes no ending
MONTH_STEM_LETTERS = 6  # a month name this long drops its last letter before taking any ending
MIN_ABBREVIATION = 3  # shorter month abbreviations ("ма") are not read
# Vowels that end a month name in the nominative and give way to an ending ("მარტი" -> "მარტს").
_VOWELS = frozenset("aeiouyəıöüáéíóúàèìòùãõаеиоуыэюяіїєәөұүაეიოუաեէըիոօαεηιουωάέήίόύώ")
_APOSTROPHES = str.maketrans({"'": "ʻ", "ʻ": "'"})
_PARENTHESES = re.compile(r"\s*\(([^)]*)\)")
_LETTERS = re.compile(r"[^\W\d_]")
# A word of a name, an apostrophe inside it included (Ukrainian "В'єтнам" is one word)
_WORDS = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")


def locales(lang: str) -> list[Locale]:
    """The CLDR locales of a language (none when CLDR does not know it)."""
    found = []
    for name in (lang, *EXTRA_LOCALES.get(lang, ())):
        try:
            found.append(Locale.parse(name))
        except (UnknownLocaleError, ValueError):
            logger.debug("CLDR has no locale %s", name)
    return found


def clean(name: str) -> str:
    """A CLDR name as the classifier reads text: normalised (quotes, dashes, ё) and lowercased."""
    return lowercase(normalise(name)).strip().rstrip(".")


@lru_cache(maxsize=None)
def state_names(lang: str) -> dict[str, tuple[tuple[str, str], ...]]:
    """{ISO code: ((name, entry), ...)} of every state CLDR names in ``lang``: each name (normalised,
    lowercase) with its lexicon entry ("Myanmar (Burma)" gives both names)."""
    skip = COMMON_WORDS.get(lang, frozenset())
    names: dict[str, dict[tuple[str, str], None]] = {}
    for locale in locales(lang):
        for code, name in locale.territories.items():
            if len(code) != 2 or not code.isalpha() or code in NOT_STATES:
                continue
            for variant in _variants(name):
                if clean(variant) not in skip:
                    names.setdefault(code, {}).update(
                        dict.fromkeys((clean(variant), entry) for entry in _state_entries(variant, lang)))
    return {code: tuple(pairs) for code, pairs in names.items() if pairs}


def _variants(name: str) -> list[str]:
    """A name without and within its parentheses; an apostrophe letter both as "ʻ" and as "'" (Uzbek
    Latin is written either way)."""
    variants = [_PARENTHESES.sub("", name), *_PARENTHESES.findall(name)]
    variants = [normalise(variant).strip() for variant in variants]
    return variants + [variant.translate(_APOSTROPHES) for variant in variants if "'" in variant or "ʻ" in variant]


def _state_entries(name: str, lang: str = "") -> tuple[str, ...]:
    """The entries for one state name (see the module docstring)."""
    lowered = clean(name)
    if not _LETTERS.search(lowered):
        return ()
    if " " not in lowered and len(lowered) <= SHORT_LETTERS:
        forms = (name, *_short_declined(name, lang))
        return tuple(dict.fromkeys(entry for form in forms for entry in ("=" + form, "=" + form.upper())))
    last_word = _WORDS.findall(lowered)[-1]
    if not (lowered.endswith(last_word) and len(last_word) >= STEM_LETTERS):
        return (lowered,)
    if lang in VOWEL_ENDINGS and " " not in lowered and lowered[-1] in _VOWELS \
            and lowered[:-1] not in COMMON_STEMS.get(lang, frozenset()):
        return (lowered + "*", lowered[:-1] + "*")
    return (lowered + "*",)


def _short_declined(name: str, lang: str) -> tuple[str, ...]:
    """A short name's case forms in ``lang`` (``SHORT_ENDINGS``), written as the name is."""
    for ending, replacements in SHORT_ENDINGS.get(lang, ()):
        if ending and name.endswith(ending):
            stem = name[:-len(ending)]
        elif not ending and name[-1:].isalpha() and name[-1].lower() not in _VOWELS:
            stem = name
        else:
            continue
        cyrillic = bool(_CYRILLIC.search(name))
        return tuple(stem + replacement for replacement in replacements
                     if bool(_CYRILLIC.search(replacement)) == cyrillic or not replacement.isalpha()
                     or lang != "sr")
    return ()


@lru_cache(maxsize=None)
def month_names(lang: str) -> dict[int, tuple[tuple[str, str], ...]]:
    """{month number 1-12: ((name, entry), ...)}: wide names (format and stand-alone) with any
    ending, and abbreviations as written."""
    skip = COMMON_WORDS.get(lang, frozenset())
    names: dict[int, dict[tuple[str, str], None]] = {}
    for locale in locales(lang):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in get_month_names(width, context, locale).items():
                    lowered = clean(name)
                    if lowered in skip or len(lowered) < MIN_ABBREVIATION:
                        continue
                    entry = _month_entry(lowered) if width == "wide" else lowered
                    names.setdefault(number, {})[(lowered, entry)] = None
    return {number: tuple(pairs) for number, pairs in names.items()}


def _month_entry(lowered: str) -> str:
    """A wide month name with its endings: "января" -> "январ*", "მარტი" -> "მარტ*", "қазан" ->
    "қазан*" (not "қаза*", which would find "қазақ"); a name of four letters or fewer as written
    ("maio" must not find "maior")."""
    if " " in lowered or not lowered.isalpha() or len(lowered) <= SHORT_MONTH_LETTERS:
        return lowered
    if len(lowered) >= MONTH_STEM_LETTERS or lowered[-1] in _VOWELS:
        return lowered[:-1] + "*"
    return lowered + "*"


@lru_cache(maxsize=None)
def weekday_names(lang: str) -> dict[int, tuple[tuple[str, str], ...]]:
    """{weekday 0 (Monday)-6: ((name, entry), ...)}: wide names, format and stand-alone, as written."""
    skip = COMMON_WORDS.get(lang, frozenset())
    names: dict[int, dict[tuple[str, str], None]] = {}
    for locale in locales(lang):
        for context in ("format", "stand-alone"):
            for number, name in get_day_names("wide", context, locale).items():
                lowered = clean(name)
                if lowered not in skip:
                    names.setdefault(number, {})[(lowered, lowered)] = None
    return {number: tuple(pairs) for number, pairs in names.items()}


_PATTERN_TOKEN = re.compile(r"'[^']*'|([A-Za-z])\1*|[^A-Za-z']+")


@lru_cache(maxsize=None)
def date_joiners(lang: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """What CLDR's written dates put between the day and the month name, and between the month
    name and the year, as lexicon entries: ``(("de",), ("de",))`` for "d 'de' MMMM 'de' y",
    ``((".",), ())`` for "d. MMMM y", ``(("-",), ())`` for "d-MMMM, y"."""
    day_month: dict[str, None] = {}
    month_year: dict[str, None] = {}
    for locale in locales(lang):
        for width in ("full", "long", "medium"):
            tokens = [match.group(0) for match in _PATTERN_TOKEN.finditer(get_date_format(width, locale).pattern)]
            fields = [position for position, token in enumerate(tokens) if token[:1].isalpha()]
            for first, second in zip(fields, fields[1:]):
                between = _literal("".join(tokens[first + 1:second]))
                if tokens[first][0] == "d" and tokens[second][:3] in ("MMM", "LLL"):
                    day_month[between] = None
                elif tokens[first][:3] in ("MMM", "LLL") and tokens[second][0] == "y":
                    month_year[between] = None
    return (tuple(joiner for joiner in day_month if joiner), tuple(joiner for joiner in month_year if joiner))


def _literal(text: str) -> str:
    """A pattern's literal text as the classifier reads it: quotes removed, normalised, trimmed of
    spaces and commas."""
    return lowercase(normalise(text.replace("'", ""))).strip(" ,\u202f")
