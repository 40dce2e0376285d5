"""The year patterns find what their plain form finds.

``dates._YEAR`` and ``dates._SPAN_END`` check "no digit before the year" after its first two digits
(a pattern that opens with a lookbehind is tried at every character of a text; one that opens with
"19"/"20" lets ``re`` skip to those digits). Their matches must be those of the plain form.
"""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify.dates import _SPAN_END, _YEAR, plan_years, years_at
from monitor.classify.lexicons import load

PLAIN_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
PLAIN_SPAN_END = re.compile(r"(?<!\d)20\d\d\s*[-–—/]\s*(20\d\d)(?!\d)")


def _spans(pattern: re.Pattern, text: str) -> list:
    return [(match.span(), match.span(1)) for match in pattern.finditer(text)]


@settings(max_examples=1000, deadline=None)
@given(st.text(alphabet="1902 -–/a٢", max_size=30))
def test_the_year_patterns_match_where_their_plain_forms_match(text):
    assert _spans(_YEAR, text) == _spans(PLAIN_YEAR, text)
    assert _spans(_SPAN_END, text) == _spans(PLAIN_SPAN_END, text)


def test_years_of_a_sentence_and_none_in_a_sentence_without_digits():
    assert years_at("signed in 1995, renewed 2019-2024 and 12024") == [(10, 1995), (24, 2019), (29, 2024)]
    english = load("en")
    assert plan_years("the plan for 2026-2030 was signed", english) == [(13, 2026)]
    assert plan_years("the plan for next year was signed", english) == []
