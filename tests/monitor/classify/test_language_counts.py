"""Language detection counts what its plain definitions count, however it counts them fast.

``language._LETTER_PATTERNS`` writes each mark from its apostrophe, looking back for the letters
before it, so that ``re`` skips to apostrophes instead of trying every character; and stopwords are
counted from the text's space-separated runs, splitting only those that are not all letters. Each
count must stay what the plain form gives (letters then the apostrophe; every run of letters), or
languages would be told differently.
"""

import re
from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify.language import _LETTER_PATTERNS, _WORD, _stopword_counts

# The marks as first written: letters at a word's start, an apostrophe, then a vowel or two letters.
PLAIN = (("uz", r"[og]['ʻ‘’ʼ](?=[a-z]{2})"),
         ("fr", r"\b(?:qu|[dnscjm])'(?=[aeiouyhéèêâîô])"),
         ("it", r"\b(?:[dn]ell|[dsa]ll|un)'(?=[aeiouàèìòù])"))
ALPHABET = "oguqdnscjmelaè'ʻ’ 1_-\n"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_each_mark_counts_what_its_plain_pattern_counts(text):
    written = [(lang, pattern) for lang, pattern, _ in _LETTER_PATTERNS["latin"] if "'" in pattern.pattern]
    assert [lang for lang, _ in written] == [lang for lang, _ in PLAIN]
    for (lang, pattern), (_, plain) in zip(written, PLAIN):
        assert len(pattern.findall(text)) == len(re.findall(plain, text)), (lang, text)


def test_the_marks_are_found_in_words_of_their_languages():
    counts = {lang: len(pattern.findall(text)) for (lang, pattern, _), text in zip(
        _LETTER_PATTERNS["latin"][:3],
        ("o'zbekiston va g'alaba", "qu'il a dit d'un ton", "dell'accordo e un'intesa"))}
    assert counts == {"uz": 2, "fr": 2, "it": 2}


STOPWORDS = frozenset(("de", "la", "и", "un", "the", "ve", "a"))
# Letters, digits, an underscore, apostrophes, punctuation, spaces of several kinds, a superscript
# digit (a word character that is no decimal digit) and a combining accent (no word character).
TEXT_ALPHABET = "delau ithevи2_',.\n\t\u00a0\u2003²\u0301-"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=TEXT_ALPHABET, max_size=60))
def test_stopwords_are_counted_as_every_run_of_letters_would_count_them(text):
    assert _stopword_counts(text, STOPWORDS) == Counter(filter(STOPWORDS.__contains__, _WORD.findall(text)))


# (s15p) The punctuation ``_stopword_counts`` splits at as at a space, beside letters, digits, a superscript digit,
# a combining accent and spaces: the words stay the same.
PUNCTUATED = "dela ithe,.\"():;!?'-/2²\u0301 \n"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=PUNCTUATED, max_size=60))
def test_splitting_at_punctuation_first_counts_the_same_words(text):
    assert _stopword_counts(text, STOPWORDS) == Counter(filter(STOPWORDS.__contains__, _WORD.findall(text)))


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=TEXT_ALPHABET + "Иab\u0531\u10d0" + PUNCTUATED, max_size=80))
def test_letters_counted_as_what_is_left_once_the_rest_is_cut_out(text):
    from monitor.classify.language import _LETTERS, _NOT_LETTERS

    assert len(_NOT_LETTERS.sub("", text)) == sum(map(len, _LETTERS.findall(text)))
