"""A source's cleanup rules applied to an article's text: widget lines, trailers, hard wraps.

Extraction keeps whatever the site put inside the article: an accessibility notice, a motto,
a font-size widget, "Follow us on ...", a legal disclaimer, a "Latest News" list. The rules
(monitor.config.source_options.Cleanup) name those lines; this module removes them, and re-joins
paragraphs that a site wrapped at a fixed width.
"""

from __future__ import annotations

import re
from functools import lru_cache

from monitor.config.source_options import Cleanup

BLANK_LINE = re.compile(r"\n\s*\n")
MIN_WRAPPED_LINES = 3
WIDTH_SLACK = 10


def clean_text(text: str, rules: Cleanup) -> str:
    """The text without the lines the rules drop; paragraphs re-joined when `unwrap` is set."""
    lines = [line.strip() for line in text.split("\n")]
    leading, trailing = _patterns(rules.drop_leading), _patterns(rules.drop_trailing)
    while lines and (not lines[0] or _matches(lines[0], leading)):
        lines.pop(0)
    # Each line is tested only when the source has such rules (most have none: ~0.03 ms an article).
    end_at = _patterns(rules.end_at)
    for index, line in enumerate(lines[1:] if end_at else (), start=1):
        if _matches(line, end_at):
            lines = lines[:index]
            break
    anywhere = _patterns(rules.drop_lines)
    if anywhere:
        lines = [line for line in lines if not _matches(line, anywhere)]
    while lines and (not lines[-1] or _matches(lines[-1], trailing)):
        lines.pop()
    cleaned = "\n".join(lines)
    if rules.unwrap:
        cleaned = unwrap_lines(cleaned)
    return re.sub(r"\n{3,}", "\n\n", cleaned).strip()


def unwrap_lines(text: str) -> str:
    """Re-join lines broken at a fixed width: a line is a wrap when the next word would not have fit on it.

    The width is read from the text itself (the length full lines reach), so a site that wraps
    at 65 characters and one that wraps at 72 need no setting.
    """
    paragraphs = []
    for block in BLANK_LINE.split(text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if len(lines) < MIN_WRAPPED_LINES:
            paragraphs.extend(lines)
            continue
        width = _wrap_width(lines)
        current = lines[0]
        for previous, line in zip(lines, lines[1:]):
            wrapped = len(previous) <= width < len(previous) + 1 + len(line.split()[0]) and len(line) <= width
            if wrapped:
                current += " " + line
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return "\n".join(paragraphs)


def _wrap_width(lines: list[str]) -> int:
    """The longest length another line comes close to: one long unwrapped line does not set the width."""
    lengths = sorted((len(line) for line in lines), reverse=True)
    for longest, next_longest in zip(lengths, lengths[1:]):
        if longest - next_longest <= WIDTH_SLACK:
            return longest
    return lengths[-1]


def _matches(line: str, patterns: tuple[re.Pattern, ...]) -> bool:
    return any(pattern.search(line) for pattern in patterns)


@lru_cache(maxsize=256)
def _patterns(expressions: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(expression) for expression in expressions)
