"""The letter marks that tell Latin-script languages apart are counted as their plain form would count them.

``language._LETTER_PATTERNS`` writes each mark from its apostrophe, looking back for the letters
before it, so that ``re`` skips to apostrophes instead of trying every character; the count of each
must stay what the plain pattern (letters, then the apostrophe) gives, or languages would be told
differently.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify.language import _LETTER_PATTERNS

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
