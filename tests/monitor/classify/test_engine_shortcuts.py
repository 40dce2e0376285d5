"""The classifier's shortcuts (wip-s15p) answer what their plain forms answer.

Speed work on the engine keeps every output the same (``python -m benchmarks.classify_identity``
compares every detection of the shared texts with another tree's); these hold the shortcuts to their
plain forms on random texts too: the invisible characters looked for with ``in``, a date line's prefix
told by its last character before its regex, and sentences' hard wrapping told by their wide lines first.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify import dates, text
from monitor.classify.dates import Mention

INVISIBLE = "ab \u00ad\u200b\u200c\u200d\u2060\ufeff\u200e"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=INVISIBLE, max_size=30))
def test_visible_removes_what_the_regex_removes(written):
    assert text.visible(written) == text._INVISIBLE.sub("", written)


def _plain_dateline(line: str, mention: Mention) -> bool:
    before, after = line[:mention.start], line[mention.end:]
    if len(before) > dates.DATELINE_PREFIX_CHARS or not dates._DATELINE_PREFIX.match(before) \
            or not dates._DATELINE_SUFFIX.match(after):
        return False
    words = dates._LETTERS.findall(before)
    return bool(words) and all(word[0].isupper() for word in words)


LINE = "Ab ,./()–—-:\u00a0\u2003\n1"


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=LINE, max_size=30), st.text(alphabet=LINE, max_size=8))
def test_a_date_line_is_told_as_its_plain_regexes_tell_it(before, after):
    line = before + "5 May" + after
    mention = Mention(len(before), len(before) + 5, None)
    assert dates._is_dateline(line, mention) == _plain_dateline(line, mention)


def _plain_hard_wrapped(lines: list[str]) -> bool:
    full = [line for line in lines if line.strip()]
    if len(full) < 6:
        return False
    wrapped = sum(1 for line in full if text._HARD_WRAPPED_LINE.match(line.strip())
                  and not line.rstrip().endswith((".", "!", "?", ":", '"')))
    unwrapped = sum(1 for line in full if len(line.strip()) > text.UNWRAPPED_LINE)
    return wrapped / len(full) > 0.4 and unwrapped <= len(full) * 0.1


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["", "x" * 10, "y" * 45, "z" * 60 + ".", "w" * 120, " "]), max_size=14))
def test_hard_wrapping_is_told_as_before(lines):
    assert text._is_hard_wrapped(lines) == _plain_hard_wrapped(lines)
