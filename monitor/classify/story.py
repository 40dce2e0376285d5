"""Cut an article's own story out of the stored page text.

Pages carry furniture around the story: trailing lists of other headlines, "Latest"/"Related"
blocks, tags, share buttons, comment forms ("Leave a Reply") and copyright footers. Events in that
furniture belong to other stories, so the classifier reads only what this module keeps.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple, Optional

from monitor.classify.lexicons import load, supported
from monitor.classify.text import LIST_ITEM, MAX_CHARS, lowercase, sentences

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


def split_story(text: str, lang: str, title: str = "") -> tuple[str, str]:
    """(the article's own story, the page text after the line that ends it); ``title``, the page's
    headline, tells where the story begins when the text holds it among its first lines."""
    text = text[:MAX_CHARS * 2]
    patterns = _line_patterns(lang)
    lines = text.split("\n")
    tickers = _opening_tickers(lines, patterns) | _opening_furniture(lines) | _above_the_headline(lines, title)
    kept: list[str] = []
    offset = 0
    furniture = ""
    index = prose = 0
    while index < len(lines):
        line = lines[index]
        stripped = line.strip()
        # Only short lines can be headings or links; a paragraph is not lowercased for them.
        lowered = lowercase(stripped) if len(stripped) <= LINK_MAX else ""
        begun = (offset >= MIN_CUT_OFFSET and prose >= 1) or prose >= STORY_BEGUN_PROSE
        if begun and _ends_story(line, lowered, patterns):
            code = _EDITOR_CODE.search(line)
            if code and code.start() > 0:
                kept.append(line[:code.start()])
            furniture = text[offset:offset + 2000]
            break
        if begun and _is_aside(lowered, patterns):
            resume = _story_resumes(lines, index + 1, patterns)
            if resume is None:
                furniture = text[offset:offset + 2000]
                break
            offset += sum(len(skipped) + 1 for skipped in lines[index:resume])
            index = resume
            continue
        offset += len(line) + 1
        index += 1
        if _skipped(lowered, patterns) or _aside_link(line, lowered, patterns) or index - 1 in tickers:
            continue
        kept.append(line)
        # A line longer than any headline is a paragraph, its closing punctuation there or not (a
        # byline run into it, an ending the page cut off).
        prose += 1 if _is_prose(stripped) or len(stripped) > HEADLINE_MAX else 0
    kept = _drop_trailing_headlines(kept, lang)
    return "\n".join(kept)[:MAX_CHARS], furniture


# How many lines before its first line of prose a page's opening (ticker, headline, dateline) may hold.
OPENING_MAX_LINES = 15
# A clock time leading a headline: a news feed's item ("12:40 Ministers meet in Ankara").
_CLOCK_ITEM = re.compile(r"^\W{0,3}\d{1,2}:\d{2}\s*[-|:]?\s*[^\W\d_]")
# A headline of its own: three or more words of three letters or more (a dateline has fewer).
_HEADLINE_WORD = re.compile(r"[^\W\d_]{3,}")


def opening_tickers(lines: list[str], lang: str) -> set[int]:
    """The indices of the lines, among ``lines`` before the first line of prose, that are items of a
    ticker of other stories: a headline led by a ticker's label ("Breaking:", "Срочно:", "Son dakika:")
    or by a clock time ("12:40 ..."), on a page whose opening also holds a headline with no such mark,
    the article's own. With no unmarked headline, a marked one is the article's own and is kept. A page
    that opens with a list's heading ("Latest news", "Son xəbərlər", the lexicons' story-end headings)
    then several headlines holds the list's items and, last before the dateline or the prose, its own."""
    return _opening_tickers(lines, _line_patterns(lang if supported(lang) else "en"))


def _opening_tickers(lines: list[str], patterns: "_Lines") -> set[int]:
    marked: set[int] = set()
    headlines: list[int] = []  # the unmarked headlines of the opening, in order
    heading: Optional[int] = None  # a list's heading ("Latest news") opening the page, before any headline
    for index, line in enumerate(lines[:OPENING_MAX_LINES]):
        stripped = line.strip()
        if not stripped:
            continue
        if _is_prose(stripped) or not _headline_like(stripped) or _wrapped(lines, index):
            break
        if _ticker_item(stripped, patterns):
            marked.add(index)
        elif heading is None and not headlines and _line_is(lowercase(stripped), patterns.story_end):
            heading = index
        elif len(_HEADLINE_WORD.findall(stripped)) >= 3:
            headlines.append(index)
    if not headlines:
        return set()
    if heading is not None:
        # "Latest news", other stories' headlines, then the article's own: the last headline before its dateline
        # and prose is the article's, those between it and the heading are the list's.
        marked |= {heading, *headlines[:-1]}
    return marked


# A page's opening furniture: a notice about cookies (the word is the same in most languages the
# sources write), a line of one or two words with no digit (share buttons, "Facebook", "Print"), a
# breadcrumb or a menu of items between separators ("Home / News / Defence", "News | World").
_COOKIE = re.compile(r"cookie", re.IGNORECASE)
_SEPARATED = re.compile(r"^[^\W\d_][^/|>»]{0,40}(?:\s[/|>»]\s[^/|>»]{1,40}){2,}$")
_DIGIT = re.compile(r"\d")
FURNITURE_WORDS_MAX = 2


# A headline this short may be a line of furniture too ("News", "Defence"): it marks no place.
HEADLINE_MARK_MIN = 20


def _headline_line(lines: list[str], title: str) -> Optional[int]:
    """The index of the page's headline among its first lines, None when it is not there."""
    if len(title) < HEADLINE_MARK_MIN:
        return None
    return next((index for index, line in enumerate(lines[:OPENING_MAX_LINES + 1]) if line.strip() == title), None)


def holds_headline(story: str, title: str) -> bool:
    """True when the story holds its headline as one of its first lines (below a date line, say)."""
    return _headline_line(story.split("\n", OPENING_MAX_LINES + 1), title) is not None


def _above_the_headline(lines: list[str], title: str) -> set[int]:
    """The lines a page prints above its headline (a menu, a breadcrumb, a cookie notice, share
    buttons, a list of other headlines): the page's header, no sentences of the story. Lines with
    a digit stay: a date line above the headline dates the page."""
    index = _headline_line(lines, title)
    return {above for above in range(index or 0) if not _DIGIT.search(lines[above])}


def _opening_furniture(lines: list[str]) -> set[int]:
    """The indices of the lines of site furniture among the page's first lines, before its first line
    of prose (a cookie notice, though written in sentences, is not one): they are no sentences of the
    story, and read as such they push its lead down ("the lead's first four sentences"). Short lines
    count only in a run of two or more (a block of buttons): one alone may be a dateline ("Tbilisi")."""
    furniture: set[int] = set()
    run: list[int] = []
    for index, line in enumerate(lines[:OPENING_MAX_LINES]):
        stripped = line.strip()
        if not stripped:
            continue
        short = len(stripped.split()) <= FURNITURE_WORDS_MAX and not _DIGIT.search(stripped)
        if not short:
            furniture.update(run if len(run) >= 2 else ())
            run = []
        if _COOKIE.search(stripped) and len(stripped) <= LINK_MAX + 200:
            furniture.add(index)
        elif _is_prose(stripped) or not _headline_like(stripped):
            break
        elif short:
            run.append(index)
        elif _SEPARATED.match(stripped):
            furniture.add(index)
    furniture.update(run if len(run) >= 2 else ())
    return furniture


def _wrapped(lines: list[str], index: int) -> bool:
    """True when the next non-empty line after ``index`` begins with a lowercase letter: the line is the first
    of a paragraph wrapped across lines, prose, not a headline."""
    following = next((line.strip() for line in lines[index + 1:] if line.strip()), "")
    return following[:1].islower()


def _ticker_item(line: str, patterns: "_Lines") -> bool:
    if _CLOCK_ITEM.match(line):
        return True
    return _line_is(lowercase(line), patterns.story_ticker, LINK_MAX)


class _Lines(NamedTuple):
    """The line patterns of the story's language and English (pages in every language carry English
    furniture), each kind joined into one regex: a line is tried once per kind, not once per
    lexicon. None for a kind neither lexicon has."""

    story_end: Optional[re.Pattern]
    story_skip: Optional[re.Pattern]
    story_aside: Optional[re.Pattern]
    story_aside_link: Optional[re.Pattern]
    story_ticker: Optional[re.Pattern]


# Per language: the lexicons its line patterns were joined from, and those patterns.
_JOINED: dict[str, tuple[list, _Lines]] = {}


def _line_patterns(lang: str) -> _Lines:
    lexicons = [load(lang)] + ([load("en")] if lang != "en" else [])
    known = _JOINED.get(lang)
    if known is None or any(old is not new for old, new in zip(known[0], lexicons)):
        # Joined once per language (again only if its lexicons were loaded anew).
        known = _JOINED[lang] = (lexicons, _Lines(*(_joined([getattr(lex, kind) for lex in lexicons])
                                                     for kind in _Lines._fields)))
    return known[1]


def _joined(patterns: list) -> Optional[re.Pattern]:
    """One regex that matches where any of ``patterns`` (None for none) matches."""
    sources = [pattern.pattern for pattern in patterns if pattern is not None]
    if len(sources) <= 1:
        return next((pattern for pattern in patterns if pattern is not None), None)
    return re.compile("|".join(f"(?:{source})" for source in sources))


# How many headline lines a "Read also" block inside a story may hold.
ASIDE_MAX_LINES = 8


def _story_resumes(lines: list[str], start: int, patterns: _Lines):
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
    if any(_ends_story(line, lowercase(line), patterns) for line in prose):
        return None
    return index


def _is_prose(line: str) -> bool:
    return len(line) >= PROSE_MIN and line.endswith(_SENTENCE_DONE)


def _headline_like(line: str) -> bool:
    return len(line) <= HEADLINE_MAX and not line.endswith(_SENTENCE_DONE)


def _is_aside(lowered: str, patterns: _Lines) -> bool:
    return _line_is(lowered, patterns.story_aside)


def _aside_link(line: str, lowered: str, patterns: _Lines) -> bool:
    """A one-line link to another story ("Read also: <headline>"), not a sentence of this one."""
    return _line_is(lowered, patterns.story_aside_link, LINK_MAX)


def _ends_story(line: str, lowered: str, patterns: _Lines) -> bool:
    if _EDITOR_CODE.search(line) or _COPYRIGHT.match(line):
        return True
    return _line_is(lowered, patterns.story_end)


def _skipped(lowered: str, patterns: _Lines) -> bool:
    return _line_is(lowered, patterns.story_skip)


def _line_is(lowered: str, pattern: Optional[re.Pattern], longest: int = HEADING_MAX) -> bool:
    """True when the (stripped, lowercased) line is no longer than ``longest`` and the lexicons'
    line ``pattern`` (None when they have none) matches it."""
    if not lowered or len(lowered) > longest or pattern is None:
        return False
    return pattern.match(lowered) is not None


# A paragraph the page cut off mid-sentence reads as a headline (short, no closing punctuation), but
# it shows itself: a sentence ends inside it, or it opens with a clause closed by a comma after two
# words or more ("After the talks, the ministers signed ..."), or it runs longer than headlines do.
_SENTENCE_INSIDE = re.compile(r"[.!?] +[^\W\d_]")
_OPENING_CLAUSE = re.compile(r"^[^\W\d_]+(?: [^\s,]+){1,5},")
CUT_PARAGRAPH_WORDS = 14


def _cut_paragraph(line: str) -> bool:
    return bool(_SENTENCE_INSIDE.search(line) or _OPENING_CLAUSE.match(line)
                or len(line.split()) >= CUT_PARAGRAPH_WORDS)


# A list's lead-in: a sentence of the story that ends in a colon ("The following documents were signed:", "The
# spokesman told reporters about the week's activities:"), longer than a heading of other stories ("Read also:").
LEAD_IN_MIN = 30


def _lead_in(line: str) -> bool:
    stripped = line.strip()
    return len(stripped) >= LEAD_IN_MIN and stripped.endswith(":")


def read_lists(story: str, lang: str) -> str:
    """The story with each item of a list read as the end of the sentence that leads the list in: "The following
    documents were signed: 3. Plan of military cooperation between ..." (a list of documents signed during a visit,
    the week's activities of a press briefing, a digest). An item that names only a document has its verb, its
    tense and its signatories in the lead-in; an item that is a sentence of its own stays one after the colon. The
    lead-in, read in every item, is not read again alone; the sentences before it on its line are."""
    lines = story.split("\n")
    read: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        items = _items_after(lines, index, lang) if _lead_in(line) else []
        if not items:
            read.append(line)
            index += 1
            continue
        last = sentences(line)[-1]  # the lead-in proper: the line's last sentence, those before it read alone
        if line[:last.start].strip():
            read.append(line[:last.start].rstrip())
        read.extend(f"{line[last.start:last.end]} {lines[item].strip()}" for item in items)
        index = items[-1] + 1
    return "\n".join(read)


def _items_after(lines: list[str], index: int, lang: str) -> list[int]:
    """The indices of the list items that follow the lead-in at ``index`` (blank lines between them passed over):
    lines opened by a number or a bullet, or, as a page's list comes out of its markup with neither, a run of two
    or more lines that name things rather than tell them, each closed by a semicolon, a comma or nothing, the
    last also by a full stop ("Agreement on cooperation in tourism;")."""
    following = [line_index for line_index in range(index + 1, len(lines)) if lines[line_index].strip()]
    marked = list(itertools.takewhile(lambda line_index: LIST_ITEM.match(lines[line_index]), following))
    if marked:
        return marked
    if not _tells_a_signing(lines[index], lang):
        return []  # bare lines after "Other news from the ministry:" are other stories' headlines
    named = list(itertools.takewhile(lambda line_index: _names_an_item(lines[line_index]), following))
    if len(named) < 2:
        return []
    if len(named) < len(following) and _names_an_item(lines[following[len(named)]], last=True):
        named.append(following[len(named)])
    return named


# An item of a list that names a thing is at most this long.
ITEM_MAX = 300


def _names_an_item(line: str, last: bool = False) -> bool:
    stripped = line.strip()
    ends = stripped.endswith((";", ",")) or not stripped.endswith(_SENTENCE_DONE) or (last and stripped.endswith("."))
    return len(stripped) <= ITEM_MAX and ends and not _lead_in(stripped)


def _told(line: str) -> bool:
    """True for a line of a story told in sentences: several words closed by a sentence's end."""
    stripped = line.strip()
    return len(stripped.split()) >= TOLD_WORDS and stripped.endswith(_SENTENCE_DONE)


# How many words a line closed by a sentence's end has at least to be a story's sentence (a dateline or a
# headline is shorter, or not closed so).
TOLD_WORDS = 8


def _tells_a_signing(line: str, lang: str) -> bool:
    """True when a list's lead-in tells a signing ("The following documents were signed during the visit:",
    "В ходе визита были подписаны следующие документы:"): its items, bare lines as a page's markup leaves them,
    name what was signed. A heading that tells nothing ("Other news from the Ministry of Defence:") leads in the
    page's links to other stories, bare lines too."""
    if not supported(lang):
        return False
    return bool(load(lang).scan(lowercase(line), line).get("sign"))


def _marked_items_follow(lines: list[str], index: int) -> bool:
    """True when the lines after ``index`` are a list's items marked by a bullet or a number."""
    following = [line for line in lines[index + 1:] if line.strip()]
    return bool(following) and all(LIST_ITEM.match(line) for line in following)


def _drop_trailing_headlines(lines: list[str], lang: str) -> list[str]:
    """Remove a trailing run of two or more headline-like lines (short, no closing punctuation). The
    run's first line stays when it is the story's last paragraph cut off by the page. A run that a
    sentence of the story leads in with a colon ("The spokesman listed the week's activities:") is
    that sentence's list, items written with no final stop, not other stories' headlines; and so is a
    run whose every line opens with a bullet or a number on a page that tells nothing else in sentences (a
    digest, "Главное за неделю" / "— Беларусь и Казахстан подписали план ..."). Below a story told in
    sentences, such a run is the page's links to other stories, as the extractor writes list items."""
    end = len(lines)
    cut = end
    headlines = 0
    at_top = False
    for index in range(end - 1, -1, -1):
        line = lines[index].strip()
        if not line:
            continue
        if _lead_in(line) and (_tells_a_signing(line, lang) or _marked_items_follow(lines, index)):
            return lines
        if _headline_like(line):
            headlines += 1
            cut = index
            continue
        break
    else:
        at_top = True  # the page is all short lines: its headline and dateline may open the run
    run = [line for line in lines[cut:] if line.strip()]
    first_item = next((position for position, line in enumerate(run) if LIST_ITEM.match(line)), len(run))
    if len(run) - first_item >= 2 and all(LIST_ITEM.match(line) for line in run[first_item:]) \
            and (at_top or not any(_told(line) for line in lines[:cut])):
        # a digest: the page's story is its list (a headline and a dateline above it at most); below a story
        # told in sentences, a run of bullet lines is a page's list of other stories' headlines, as the
        # extractor writes its <li> items ("- Turkey and Azerbaijan sign ..."), and is cut with the others
        return lines
    if headlines >= 2 and _cut_paragraph(lines[cut].strip()):
        cut += 1
    return lines[:cut] if headlines >= 2 else lines
