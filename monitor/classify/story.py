"""Cut an article's own story out of the stored page text.

Pages carry furniture around the story: trailing lists of other headlines, "Latest"/"Related"
blocks, tags, share buttons, comment forms ("Leave a Reply") and copyright footers. Events in that
furniture belong to other stories, so the classifier reads only what this module keeps.
"""

from __future__ import annotations

import re

from monitor.classify.lexicons import Lexicon, load
from monitor.classify.text import MAX_CHARS, lowercase

# A cut marker before this offset is page header (navigation), not the end of the story.
MIN_CUT_OFFSET = 200
# ... or once this many lines of prose (PROSE_MIN chars or more, closing punctuation) have been read:
# a very short story is over before that offset.
STORY_BEGUN_PROSE = 2
PROSE_MIN = 40
# Trailing lines shorter than this without sentence punctuation read as other stories' headlines.
HEADLINE_MAX = 130
# A heading ("Read also", "Tags", "© 2024") is at most this long.
HEADING_MAX = 60
# A one-line link to another story ("Read also: <headline>") is at most this long.
LINK_MAX = HEADLINE_MAX + 40
_EDITOR_CODE = re.compile(r"-{1,3}\d{2}[A-Z]-{1,3}")
_COPYRIGHT = re.compile(r"^\s*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
_SENTENCE_DONE = (".", "!", "?", ";", '"', "'", ")", "…", "»", "։")


def own_story(text: str, lang: str) -> str:
    """The article's own story: page furniture and trailing headline lists removed, size bounded."""
    return split_story(text, lang)[0]


def split_story(text: str, lang: str) -> tuple[str, str]:
    """(the article's own story, the page text after the line that ends it)."""
    text = text[:MAX_CHARS * 2]
    lexicons = [load(lang)] + ([load("en")] if lang != "en" else [])
    lines = text.split("\n")
    kept: list[str] = []
    offset = 0
    furniture = ""
    index = prose = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        # Only short lines can be headings or links; a paragraph is not lowercased for them.
        lowered = lowercase(stripped) if len(stripped) <= LINK_MAX else ""
        begun = offset >= MIN_CUT_OFFSET or prose >= STORY_BEGUN_PROSE
        if begun and _ends_story(line, lowered, lexicons):
            code = _EDITOR_CODE.search(line)
            if code and code.start() > 0:
                kept.append(line[:code.start()])
            furniture = text[offset:offset + 2000]
            break
        if begun and _is_aside(lowered, lexicons):
            resume = _story_resumes(lines, index + 1, lexicons)
            if resume is None:
                furniture = text[offset:offset + 2000]
                break
            offset += sum(len(skipped) + 1 for skipped in lines[index:resume])
            index = resume
            continue
        offset += len(line) + 1
        index += 1
        if _skipped(lowered, lexicons) or _aside_link(line, lowered, lexicons):
            continue
        kept.append(line)
        prose += 1 if _is_prose(stripped) else 0
    kept = _drop_trailing_headlines(kept)
    return "\n".join(kept)[:MAX_CHARS], furniture


# How many headline lines a "Read also" block inside a story may hold.
ASIDE_MAX_LINES = 8


def _story_resumes(lines: list[str], start: int, lexicons: list[Lexicon]):
    """Where the story goes on after a "Read also"/"Related" block that starts at ``start``: the
    block's headlines (short lines with no closing punctuation) are passed over, and the story
    resumes when two lines of prose follow them. None when they do not: the block ends the story."""
    index, headlines = start, 0
    while index < len(lines) and headlines <= ASIDE_MAX_LINES:
        line = lines[index].strip()
        if line and not _headline_like(line):
            break
        headlines += 1 if line else 0
        index += 1
    if headlines == 0 or headlines > ASIDE_MAX_LINES:
        return None
    prose = [line.strip() for line in lines[index:index + 4] if line.strip()][:2]
    if len(prose) < 2 or any(_headline_like(line) for line in prose):
        return None
    if any(_ends_story(line, lowercase(line), lexicons) for line in prose):
        return None
    return index


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN and line.endswith(_SENTENCE_DONE)


def _headline_like(line: str) -> bool:
    return len(line) <= HEADLINE_MAX and not line.endswith(_SENTENCE_DONE)


def _is_aside(lowered: str, lexicons: list[Lexicon]) -> bool:
    return _line_is(lowered, (lex.story_aside for lex in lexicons))


def _aside_link(line: str, lowered: str, lexicons: list[Lexicon]) -> bool:
    """A one-line link to another story ("Read also: <headline>"), not a sentence of this one."""
    return _line_is(lowered, (lex.story_aside_link for lex in lexicons), LINK_MAX)


def _ends_story(line: str, lowered: str, lexicons: list[Lexicon]) -> bool:
    if _EDITOR_CODE.search(line) or _COPYRIGHT.match(line):
        return True
    return _line_is(lowered, (lex.story_end for lex in lexicons))


def _skipped(lowered: str, lexicons: list[Lexicon]) -> bool:
    return _line_is(lowered, (lex.story_skip for lex in lexicons))


def _line_is(lowered: str, patterns, longest: int = HEADING_MAX) -> bool:
    """True when the (stripped, lowercased) line is no longer than ``longest`` and one of the
    lexicons' line ``patterns`` (None where a lexicon has none) matches it."""
    if not lowered or len(lowered) > longest:
        return False
    return any(pattern is not None and pattern.match(lowered) for pattern in patterns)


def _drop_trailing_headlines(lines: list[str]) -> list[str]:
    """Remove a trailing run of two or more headline-like lines (short, no closing punctuation)."""
    end = len(lines)
    cut = end
    headlines = 0
    for index in range(end - 1, -1, -1):
        line = lines[index].strip()
        if not line:
            continue
        if _headline_like(line):
            headlines += 1
            cut = index
            continue
        break
    return lines[:cut] if headlines >= 2 else lines
