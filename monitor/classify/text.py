"""Text plumbing shared by the classifier: length-preserving normalisation and sentence spans.

Every later step works on character offsets into one normalised string, so normalisation must
never change the length of the text (a lowercase copy is aligned with the original).
"""

from __future__ import annotations

import re
from typing import NamedTuple

MAX_CHARS = 20_000

# Each replaced by one character that is never itself replaced, so the order of replacement is free.
_SAME_LENGTH = (
    ("’", "'"), ("‘", "'"), ("`", "'"), ("´", "'"), ("ʼ", "'"), ("ʻ", "'"), ("“", '"'), ("”", '"'), ("„", '"'),
    ("«", '"'), ("»", '"'), ("\u00a0", " "), ("\u2009", " "), ("\u202f", " "), ("\t", " "), ("\r", " "),
    ("–", "-"), ("—", "-"), ("‑", "-"), ("â", "a"), ("î", "i"), ("û", "u"), ("Â", "A"), ("Î", "I"),
    ("Û", "U"), ("ё", "е"), ("Ё", "Е"),
)


# Characters a page may carry inside words that no reader sees: the soft hyphen (a line-break hint),
# the zero-width space, non-joiner and joiner, the word joiner and the byte-order mark. Inside a word
# they cut it in two for every rule ("sig\u00adned" is no "signed"), so they are removed, before
# normalise (which keeps offsets: this step is the one that does not).
_INVISIBLE = re.compile("[\u00ad\u200b-\u200d\u2060\ufeff]+")
# Its characters one by one: ``in`` finds one in a text 15-40 times faster than re searching a class.
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"


def visible(text: str) -> str:
    """The text without its invisible characters (the text itself when it has none)."""
    for char in _INVISIBLE_CHARS:
        if char in text:
            return _INVISIBLE.sub("", text)
    return text


def normalise(text: str) -> str:
    """Unify quotes, dashes and spaces without changing the text's length.

    One str.replace per character present: each is a C loop, where str.translate with a
    mapping looks every character up in Python (40 times slower on these texts).
    """
    for char, replacement in _SAME_LENGTH:
        if char in text:
            text = text.replace(char, replacement)
    return text


# A headline this short is too little to be told apart from the start of a sentence.
HEADLINE_APART_MIN = 20


def headline_apart(body: str, title: str) -> str:
    """The page text with its headline on a line of its own: a page whose text runs the headline
    into the story on one line ("<headline> Baku, 3 May. The ministers ...") is read as one
    sentence of both otherwise, the headline's states beside the story's first act. Length kept:
    the space after the headline becomes a newline. Not when a lowercase word follows: a text whose
    first sentence begins with the headline's words ("<headline> for 2027.") goes on."""
    if len(title) < HEADLINE_APART_MIN:
        return body
    start = len(body) - len(body.lstrip())
    after = start + len(title)
    # A lowercase word after it: the headline's words open the story's first sentence, which goes on.
    if body[after:after + 1] == " " and not body[after + 1:after + 2].islower() and body.startswith(title, start) \
            and title[-1:] not in ".!?":
        return body[:after] + "\n" + body[after + 1:]
    return body


def lowercase(text: str) -> str:
    """A lowercase copy aligned character by character with ``text`` (Turkish "İ" becomes "i",
    where str.lower would make it two characters)."""
    lowered = text.replace("İ", "i").lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


class Span(NamedTuple):
    """A sentence: offsets into the story text, and its index in reading order (a tuple: made for
    every sentence of every article)."""

    start: int
    end: int
    index: int


_ABBREVIATIONS = frozenset(
    "mr mrs ms dr gen col lt maj st no jan feb mar apr jun jul aug sep sept oct nov dec vs etc "
    "inc ltd co corp gov rep sen adm capt sgt cmdr prof u.s u.k e.g i.e г гг им ул т.е тыс млн "
    "млрд св ген "
    # military ranks and titles before a name ("Brig. Gen. Ali", "Wg. Cdr.", "Hon. Minister")
    "brig cdr cdre lieut cpl pvt wg sqn ldr hon amb dept korg org tümg tuğg".split())
_LAST_TOKEN = re.compile(r"([\w.]+)$")
# A space and a lowercase letter after "<number>.": the dot is an ordinal's, as Serbian, Croatian and
# German write them, since no sentence starts lowercase.
_NEXT_LETTER = re.compile(r"[ \t]+([^\W\d_])")
_SENTENCE_END = re.compile(r"[.!?։;](?=[\s\"')\]]|$)")
_HARD_WRAPPED_LINE = re.compile(r"^.{40,80}$")
# A list's item: a line that opens with a number ("1.", "2)") or a bullet ("-", "•", "—", "*"). A wrapped paragraph
# goes on in lines that open with a word: an item is a line of its own, the text around it no wrapped one.
LIST_ITEM = re.compile(r"^\s*(?:\d{1,2}[.)]|[-–—•*·▪►])\s+\S")
UNWRAPPED_LINE = 100


def _is_hard_wrapped(lines: list[str]) -> bool:
    """True when the text was wrapped at a fixed width (newlines inside sentences)."""
    full = [line for line in lines if line.strip()]
    if len(full) < 6:
        return False
    # Paragraph lines far wider than any wrap width: a page of short headline, caption and menu
    # lines around unwrapped paragraphs, not a wrapped text. (Counted first: most texts have them, and
    # their lines then need no regex.)
    unwrapped = sum(1 for line in full if len(line.strip()) > UNWRAPPED_LINE)
    if unwrapped > len(full) * 0.1:
        return False
    wrapped = sum(1 for line in full if _HARD_WRAPPED_LINE.match(line.strip())
                  and not line.rstrip().endswith((".", "!", "?", ":", '"')) and not LIST_ITEM.match(line))
    return wrapped / len(full) > 0.4


def _units(text: str) -> list[tuple[int, int]]:
    """Paragraph-like units: lines, or blank-line separated blocks in hard-wrapped text."""
    lines = text.split("\n")
    units, offset = [], 0
    joined = _is_hard_wrapped(lines)
    block_start = None
    for line in lines:
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            if block_start is not None:
                units.append((block_start, start - 1))
                block_start = None
            continue
        if joined:
            block_start = start if block_start is None else block_start
        else:
            units.append((start, end))
    if block_start is not None:
        units.append((block_start, len(text)))
    return units


def sentences(text: str) -> list[Span]:
    """Split the story into sentence spans (lines are boundaries unless the text is hard-wrapped)."""
    spans: list[Span] = []
    for unit_start, unit_end in _units(text):
        start = unit_start
        for match in _SENTENCE_END.finditer(text, unit_start, unit_end):
            end = match.end()
            if _is_abbreviation(text, start, match.start()):
                continue
            _add(spans, text, start, end)
            start = end
        _add(spans, text, start, unit_end)
    return spans


def _is_abbreviation(text: str, start: int, dot: int) -> bool:
    """True when the full stop at ``dot`` ends an abbreviation or an initial, not a sentence."""
    if text[dot] != ".":
        return False
    word = _LAST_TOKEN.search(text, max(start, dot - 12), dot)
    if not word:
        return False
    token = word.group(1).lower()
    following = _NEXT_LETTER.match(text, dot + 1) if token.isdigit() else None
    if following and following.group(1).islower():
        return True  # an ordinal number ("za 2024. godinu", "11. aprila"): a lowercase word follows
    # A word of letters alone (most tokens) has no digit: the character tests are for the rest.
    mixed = not token.isalpha() and any(map(str.isdigit, token)) and any(map(str.isalpha, token))
    return len(token) == 1 or mixed or token in _ABBREVIATIONS or (dot + 1 < len(text) and text[dot + 1:dot + 2].isdigit())


def _add(spans: list[Span], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start >= 3:
        spans.append(Span(start, end, len(spans)))
