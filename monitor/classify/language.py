"""Language detection without dependencies: the script decides first, stopwords and letters next.

It knows the languages the lexicons cover (Armenian, Georgian, Greek and Arabic by their script) and,
so that their pages are not read with the wrong lexicon, a few more that outlets in the region
publish in (Dutch; Kyrgyz, Tajik, Mongolian, Belarusian and Macedonian in Cyrillic letters; Chinese,
Japanese, Korean, Hebrew, Hindi, Thai): ``classify`` reports them as languages it has no rules for. A declared
language (from the source's config or the page) wins unless it is written in another script than
the text: a page marked "en" whose text is Cyrillic is read as Russian. Kazakh, Uzbek and Serbian
are written in both Latin and Cyrillic letters, so either script suits a page declared in them.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import filterfalse
from typing import Optional

from monitor.classify.lexicons import stopwords

_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 6000
_SCRIPT_SAMPLE = 1500
# Letters that single out one language among those of its script.
# ö, ü, ş and ç are Turkish and Azerbaijani letters as much as German or French ones: a Turkish
# page full of "görüştü" must not read as German.
# Azerbaijani writes ı, İ and ğ as Turkish does, so only ə (and its q and x words) tell them apart.
# ê is Portuguese as much as French ("três", "Eslovênia"); ù Italian as much as French ("più", "où").
# щ is Russian and Ukrainian too, and Bulgarian's ъ is read by its place (see _LETTER_PATTERNS).
_MARKER_LETTERS = {"az": "əƏşŞçÇöÖüÜıİğĞ", "tr": "ığİĞşŞçÇöÖüÜ", "ro": "ăĂțȚșȘţŢşŞ", "fr": "çèêëœù", "es": "ñ¿¡",
                   "it": "èìòùÈÌÒÙ", "ru": "ыЫэЭёЁ", "de": "äöüßÄÖÜ", "pt": "ãõêôÃÕÊÔçÇ", "pl": "ąęłńśźżĄĘŁŃŚŹŻ",
                   # Uzbek Cyrillic shares қ and ғ with Kazakh; ў and ҳ are its own. Kazakh in the
                   # Latin alphabet of 2018 writes ǵ; Serbian (and Bosnian) Latin đ, č, š, ž.
                   # ы is Kazakh as much as Russian, dotless ı Kazakh Latin as much as Turkish.
                   "uz": "ўЎҳҲқҚғҒ", "uk": "іїєґІЇЄҐ", "kk": "әғқңөұүһӘҒҚҢӨҰҮҺыЫǵǴýÝı",
                   "sr": "ђћџљњјЂЋЏЉЊЈđĐčČšŠžŽćĆ",
                   # Languages without a lexicon, so that their pages are not read as Russian or Kazakh:
                   # Kyrgyz and Mongolian write ө, ү, ы (and Kyrgyz ң) as Kazakh does, but none of Kazakh's ә,
                   # ғ, қ, ұ, һ, і; Tajik has ӣ, ӯ and ҷ of its own (ҳ, қ and ғ as Uzbek); Belarusian ў
                   # as Uzbek (and і as Ukrainian); Macedonian ѓ, ќ and ѕ of its own (љ, њ, џ, ј as Serbian).
                   "ky": "өүңӨҮҢыЫ", "mn": "өүӨҮыЫ", "tg": "ӣӯҷӢӮҶҳҲқҚғҒ", "be": "ўЎіІ",
                   "mk": "ѓќѕЃЌЅљњџјЉЊЏЈ"}
_MARKED_BY = {char: tuple(lang for lang, chars in _MARKER_LETTERS.items() if char in chars)
              for chars in _MARKER_LETTERS.values() for char in chars}
_ANY_MARKER = re.compile("[" + re.escape("".join(_MARKED_BY)) + "]")
# Languages without a lexicon: recognised, so their pages are not misread, but never flagged.
_DETECTION_ONLY = {
    "nl": ("het", "een", "van", "en", "niet", "zijn", "voor", "met", "ook", "werd", "naar", "deze"),
    # Function words the Cyrillic neighbours do not write (Kazakh's are "және", "мен", "үшін", "бойынша").
    "ky": ("жана", "менен", "үчүн", "боюнча", "болуп", "анын", "ошондой", "тарабынан", "болгон", "ортосунда",
           "катары", "экенин"),
    "mn": ("болон", "нь", "юм", "энэ", "байна", "бол", "тухай", "гэж", "нар", "ба", "мөн", "байгаа", "хоёр"),
    "tg": ("ва", "бо", "дар", "аз", "барои", "ки", "ин", "шуд", "карданд", "ҳамчунин", "мебошад", "байни"),
    "be": ("і", "ў", "што", "гэта", "таксама", "пра", "якія", "быў", "былі", "паміж", "пасля", "падчас"),
    "mk": ("во", "од", "со", "дека", "беше", "исто", "кои", "меѓу", "како", "ќе", "нивните", "двете"),
}
_CANDIDATES = {"latin": ("en", "tr", "az", "fr", "es", "ro", "de", "it", "pt", "pl", "nl", "uz", "kk", "sr"),
               "cyrillic": ("ru", "bg", "uk", "kk", "sr", "uz", "ky", "tg", "mn", "be", "mk")}
_SCRIPT_OF = {"hy": "armenian", "ka": "georgian", "zh": "cjk", "ja": "cjk", "ar": "arabic", "fa": "arabic",
              "ur": "arabic", "el": "greek", "he": "hebrew", "ko": "hangul", "hi": "devanagari", "th": "thai", **{lang: "cyrillic" for lang in _CANDIDATES["cyrillic"]}}
# Languages written in both scripts: a page declared in one of them may be in either.
_BOTH_SCRIPTS = frozenset(_CANDIDATES["latin"]) & frozenset(_CANDIDATES["cyrillic"])
# Marks that are a letter in its place rather than a letter alone (counted in the lowercased text):
# - Uzbek Latin writes oʻ and gʻ with an apostrophe (any of ʻ ‘ ' once normalised to '): its mark,
#   since it has none of the Turkish and Azerbaijani letters;
# - French elides que, de, ne, se, ce, je, me before a vowel (qu'il, d'un, n'a); Italian elides
#   the articles joined to a preposition and un (dell', nell', un'); l' is both languages';
# - Bulgarian writes ъ as a vowel, before a consonant or at a word's end ("във", "държава");
#   Russian only as a sign before е, ё, ю, я ("объявил", "подъём");
# - Uzbek and Kazakh in Latin letters write q without a u after it ("qol", "qabul"); Turkish has
#   no q at all, and the Romance languages write it as qu. A hint only (weight 1, as a function
#   word): names written with a q ("Qatar", "Iraq") are in every language's news.
# Each pattern matches the apostrophe and looks back for the letters before it ("[og]'" is written
# "'(?<=[og]')"): a pattern that opens with a rare character lets re skip to it, where one opening
# with a common letter or a word boundary is tried at every character of the text (the French and
# Italian ones cost a page as much as the rest of language detection).
_Q_ALONE = re.compile(r"q(?!u)")
_LETTER_PATTERNS = {
    "latin": (("uz", re.compile(r"['ʻ‘’ʼ](?<=[og].)(?=[a-z]{2})"), 2),
              ("fr", re.compile(r"'(?=[aeiouyhéèêâîô])(?:(?<=\bqu')|(?<=\b[dnscjm]'))"), 2),
              ("it", re.compile(r"'(?=[aeiouàèìòù])(?:(?<=\b[dn]ell')|(?<=\b[dsa]ll')|(?<=\bun'))"), 2),
              ("uz", _Q_ALONE, 1), ("kk", _Q_ALONE, 1)),
    "cyrillic": (("bg", re.compile(r"ъ(?![еёюя])"), 2),),
}
# Frequent function words each language's lexicon module does not list (its stopwords are what
# its rules skip; these only help tell the language). A word shared by two languages counts for
# both, so only the words the other candidates lack decide.
_MORE_FUNCTION_WORDS = {
    "fr": ("de", "que", "il", "ne", "pas", "a", "été", "sont", "ses", "son", "leur", "lors", "deux", "également"),
    "en": ("a", "an", "it", "be", "been", "will", "which", "also", "after", "this", "they"),
    "es": ("ha", "han", "lo", "sus", "como", "desde", "sobre", "este", "esta", "también"),
    "pt": ("o", "a", "e", "as", "pelos", "pelas", "seus", "suas", "durante", "sobre"),
    "it": ("la", "sua", "suo", "ed", "nei", "negli", "alle", "dello", "sui", "stato", "stata", "oggi", "oltre"),
    "kk": ("bul", "osy", "dep", "eki", "degen", "sonymen"),
    "ru": ("за", "до", "при", "после", "со", "во", "года", "году", "который", "которые", "которых", "которая"),
}

# Runs of each script's characters: counting the characters of runs rather than each character
# alone keeps a Cyrillic page from making a thousand one-letter strings.
_SCRIPT_RANGES = {"cyrillic": "\u0400-\u04FF", "armenian": "\u0530-\u058F", "georgian": "\u10A0-\u10FF\u1C90-\u1CBF",
                  "arabic": "\u0600-\u06FF", "cjk": "\u3040-\u30FF\u4E00-\u9FFF", "greek": "\u0370-\u03FF",
                  "hebrew": "\u0590-\u05FF", "hangul": "\uAC00-\uD7AF\u1100-\u11FF", "devanagari": "\u0900-\u097F",
                  "thai": "\u0E00-\u0E7F"}
_SCRIPTS = tuple((name, re.compile(f"[{chars}]+")) for name, chars in _SCRIPT_RANGES.items())
# Scripts of one language each here (Greek and Arabic have lexicons; the others are recognised, so
# never misread).
_LANGUAGE_OF_SCRIPT = {"armenian": "hy", "georgian": "ka", "arabic": "ar", "greek": "el", "hebrew": "he",
                       "hangul": "ko", "devanagari": "hi", "thai": "th"}
_LETTER = re.compile(r"[^\W\d_]")
_LETTERS = re.compile(r"[^\W\d_]+")
_NOT_LETTERS = re.compile(r"[\W\d_]+")


_NON_LATIN = re.compile("[" + "".join(_SCRIPT_RANGES.values()) + "]")


def _script(text: str) -> Optional[str]:
    """The script most of the text's letters are written in ("latin" for any other letters)."""
    sample = text[:_SCRIPT_SAMPLE]
    if not _NON_LATIN.search(sample):
        return "latin" if _LETTER.search(sample) else None
    # The letters counted as what is left once every run of other characters is cut out (the two classes
    # are each other's complement): ~35 % less than summing the letter runs found.
    letters = len(_NOT_LETTERS.sub("", sample))
    counts = {}
    for name, pattern in _SCRIPTS:
        counts[name] = _characters(pattern, sample)
        if 2 * counts[name] > letters:
            return name  # most of the letters: no other script can have more
    counts["latin"] = letters - sum(counts.values())
    best = max(counts, key=lambda name: (counts[name], name == "latin"))
    return best if counts[best] > 0 else None


def _characters(runs: re.Pattern, text: str) -> int:
    return sum(map(len, runs.findall(text)))


@lru_cache(maxsize=1)
def _stopword_lists() -> dict[str, frozenset]:
    """Each language's stopwords: its lexicon module's and the list above, both when a module now
    reads a language listed there (a new module's words add to the detection, not replace it)."""
    lists = {lang: set(words) for lang, words in _DETECTION_ONLY.items()}
    for lang, words in _MORE_FUNCTION_WORDS.items():
        lists.setdefault(lang, set()).update(words)
    for lang, words in stopwords().items():
        lists.setdefault(lang, set()).update(words)
    return {lang: frozenset(words) for lang, words in lists.items()}


@lru_cache(maxsize=1)
def _languages_of_words() -> dict[str, tuple[str, ...]]:
    """Each stopword with the languages whose lists hold it: a text's words are looked up once."""
    index: dict[str, list[str]] = {}
    for lang, words in _stopword_lists().items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {word: tuple(langs) for word, langs in index.items()}


def load_word_lists() -> None:
    """Read every language's stopword lists now (importing every lexicon module, ~0.07 s of CPU and
    5 MB), rather than on the first text whose language is detected. The crawl process calls this
    before it forks its extraction workers (crawlers/extraction_pool.py): paid once there and shared,
    where each worker read its own copy; the lexicon modules are then imported in every worker too,
    so a worker's first article in a language compiles its lexicon without importing its module."""
    _languages_of_words()


def detect(text: str) -> str:
    """The ISO 639-1 code of the text's language (best guess; "en" when nothing is known)."""
    sample = text[:_SAMPLE]
    script = _script(sample) or "latin"
    if script in _LANGUAGE_OF_SCRIPT:
        return _LANGUAGE_OF_SCRIPT[script]
    if script == "cjk":
        return "ja" if re.search(r"[\u3040-\u30FF]", sample) else "zh"
    scores = _scores(sample, script)
    candidates = _CANDIDATES[script]
    best = max(candidates, key=lambda lang: (scores[lang], -candidates.index(lang)))
    return best if scores[best] > 0 else candidates[0]


def _scores(sample: str, script: str) -> dict[str, int]:
    """Each candidate language of the script: how much of the sample speaks for it (its function
    words, its own letters, its letters in their place)."""
    candidates = _CANDIDATES[script]
    scores = dict.fromkeys(candidates, 0)
    languages_of = _languages_of_words()
    lowered = sample.lower()
    # Only the stopwords are counted: most words of a text are none.
    for word, count in _stopword_counts(lowered, languages_of).items():
        for lang in languages_of.get(word, ()):
            if lang in scores:
                scores[lang] += count
    for char, count in Counter(_ANY_MARKER.findall(sample)).items():
        for lang in _MARKED_BY[char]:
            if lang in scores:
                scores[lang] += 2 * count
    for lang, pattern, weight in _LETTER_PATTERNS.get(script, ()):
        scores[lang] += weight * len(pattern.findall(lowered))
    return scores


def _stopword_counts(lowered: str, stopwords) -> Counter:
    """How often each of ``stopwords`` is written as a word (a run of letters) in ``lowered``.

    A text's words are those ``_WORD`` finds; most stand between spaces, all letters, and are taken
    by ``str.split`` (several times faster): only the other runs of non-spaces ("word,", "d'un",
    "2024") are split by ``_WORD``. Same counts either way: a space is never part of a word.
    """
    for char in _SPLIT_AT:
        # A character no word holds, made a space: the words are the same, and fewer runs are left to _WORD.
        if char in lowered:
            lowered = lowered.replace(char, " ")
    runs = lowered.split()
    counts = Counter(filter(stopwords.__contains__, filter(str.isalpha, runs)))
    rest = list(filterfalse(str.isalpha, runs))
    if rest:
        counts.update(filter(stopwords.__contains__, _WORD.findall(" ".join(rest))))
    return counts


# The punctuation that most often stands against a word ("word,", "(word", "d'un", "well-known"): no
# character of a word (``_WORD``), so splitting at it as at a space changes no word.
_SPLIT_AT = ",.\"():;!?'-/"


# ISO 639-2/3 codes of the languages known here, as pages and configs may declare them ("tur").
_THREE_LETTER = {"eng": "en", "rus": "ru", "aze": "az", "tur": "tr", "fra": "fr", "fre": "fr", "spa": "es",
                 "ron": "ro", "rum": "ro", "hye": "hy", "arm": "hy", "bul": "bg", "deu": "de", "ger": "de",
                 "ita": "it", "por": "pt", "pol": "pl", "nld": "nl", "dut": "nl", "uzb": "uz", "ukr": "uk",
                 "kaz": "kk", "srp": "sr", "kat": "ka", "geo": "ka", "zho": "zh", "chi": "zh", "jpn": "ja",
                 "ara": "ar", "fas": "fa", "per": "fa", "urd": "ur", "mkd": "mk", "mac": "mk", "kir": "ky",
                 "tgk": "tg", "mon": "mn", "bel": "be"}
# Declared codes that name no language: the text decides.
_NO_LANGUAGE = {"und", "mul", "zxx", "mis", "xx", "x"}


def declared_language(declared: Optional[str]) -> Optional[str]:
    """A declared language as an ISO 639-1 code ("en-US" -> "en", "tur" -> "tr"); None when it names
    none or one unknown here by a longer code."""
    code = re.split(r"[-_\s]", (declared or "").strip().lower(), maxsplit=1)[0]
    if not code or code in _NO_LANGUAGE:
        return None
    if len(code) == 2:
        return code
    return _THREE_LETTER.get(code)


def language_of(text: str, declared: Optional[str] = None) -> str:
    """The declared language, unless the text is written in another script; else the detected one."""
    declared = declared_language(declared)
    if not declared:
        return detect(text)
    script = _script(text[:_SAMPLE])
    if script is not None and script != _SCRIPT_OF.get(declared, "latin") and not (
            declared in _BOTH_SCRIPTS and script in ("latin", "cyrillic")):
        return detect(text)
    if script in _CANDIDATES and declared in _CANDIDATES[script]:
        return _unless_plainly_another(text[:_SAMPLE], script, declared)
    return declared


# A declared language gives way to another of its script when the text speaks for the other half as
# much again (OTHER_FACTOR) and at least OTHER_MIN times: a site that declares one language for every
# edition ("en" on its Russian pages, "tr" on its Azerbaijani ones) is misconfigured. Measured on dev
# and train, a page in its declared language scores it first, and its nearest neighbour (Azerbaijani
# beside Turkish, Kazakh beside Russian) at most two thirds as much, except Turkish, whose words are
# nearly all Azerbaijani's too: for it, see _ALWAYS_WRITTEN.
OTHER_FACTOR = 1.5
OTHER_MIN = 12
# Letters a language writes in nearly every sentence: a long text without any is not in it (a
# Turkish page declared "az" has no ə).
_ALWAYS_WRITTEN = {"az": re.compile("[əƏ]")}
ALWAYS_WRITTEN_WITHIN = 250


def _unless_plainly_another(sample: str, script: str, declared: str) -> str:
    scores = _scores(sample, script)
    best = max(scores, key=scores.__getitem__)
    if best == declared:
        return declared
    if scores[best] >= max(OTHER_MIN, OTHER_FACTOR * scores[declared]):
        return best
    always = _ALWAYS_WRITTEN.get(declared)
    if always and len(sample) >= ALWAYS_WRITTEN_WITHIN and not always.search(sample) and scores[best] >= OTHER_MIN:
        return best
    return declared
