"""Tables for terminal output: fitted to a terminal's width, or plain aligned text in a pipe.

In a terminal every row is one line and the table fits the width: only the columns of free text
(titles, names) give way, each cut at a word boundary and marked with "…", while codes, numbers
and timestamps are never cut; `wide` shows every cell whole, free text wrapped at word
boundaries. In a pipe or a file the plain aligned text of format_table, which scripts and logs
can rely on, is printed instead.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass
from datetime import datetime, timezone
from itertools import zip_longest
from typing import Iterable, Optional, Sequence, Union

import click
from rich.cells import cell_len

GAP = "  "
ELLIPSIS = "…"
PLAIN_CELL_CHARS = 70  # a cell of plain text longer than this is cut (unless wide)
MIN_TEXT_WIDTH = 8  # a free-text column is never narrowed below this (or its header)
# Where text is cut: after a word; an identifier with no space ("mil_ru_legacy") after a part.
WORD_END = re.compile(r"\s")
PART_END = re.compile(r"[_\-/.,;:]")


@dataclass(frozen=True)
class Column:
    """A table column: `text` columns (free text) may be shortened or wrapped to fit; the others
    (codes, numbers, timestamps) are shown whole; `right` aligns numbers."""

    header: str
    text: bool = False
    right: bool = False


Columns = Sequence[Union[Column, str]]


def _columns(columns: Columns) -> list[Column]:
    return [c if isinstance(c, Column) else Column(c) for c in columns]


def cell_text(value: object) -> str:
    """A value as one line of text ("" for None)."""
    return "" if value is None else " ".join(str(value).split())


def shorten(text: str, width: int) -> str:
    """`text` in at most `width` cells, cut at the end of a word and marked with "…"; only a first
    word longer than the width itself is cut inside."""
    if cell_len(text) <= width:
        return text
    room = width - 1
    cut = _cut(text, room, WORD_END) or _cut(text, room, PART_END)
    if not cut:
        cut = text
        while cut and cell_len(cut) > room:
            cut = cut[:-1]
    return cut + ELLIPSIS


def _cut(text: str, room: int, ends: re.Pattern) -> str:
    """The longest start of `text` that ends where `ends` matches and fits `room` cells ("" if none)."""
    cut = ""
    for match in ends.finditer(text):
        if cell_len(text[:match.start()]) > room:
            break
        cut = text[:match.start()]
    return cut.rstrip(" _-/.,;:")


def short_time(value: Optional[str]) -> Optional[str]:
    """An ISO timestamp as "2026-12-06 11:40" in UTC (the zone said once, in the header), a date
    as itself; None stays None."""
    if not value:
        return value
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return value
    if len(value) <= 10:
        return value
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M")


def format_table(headers: Columns, rows: Iterable[Sequence[object]], wide: bool = False) -> str:
    """Plain aligned text: a header, a line of dashes, one line per row; cells longer than
    PLAIN_CELL_CHARS are shortened at a word boundary unless `wide`."""
    columns = _columns(headers)
    cells = [[cell_text(value) for value in row] for row in rows]
    if not wide:
        cells = [[shorten(c, PLAIN_CELL_CHARS) for c in row] for row in cells]
    widths = [max([cell_len(c.header)] + [cell_len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    lines = [GAP.join(_pad(c.header, w, c.right) for c, w in zip(columns, widths)).rstrip(),
             GAP.join("-" * w for w in widths)]
    lines += [GAP.join(_pad(cell, w, c.right) for cell, c, w in zip(row, columns, widths)).rstrip()
              for row in cells]
    return "\n".join(lines)


def fit_widths(columns: Sequence[Column], cells: Sequence[Sequence[str]], width: int) -> list[int]:
    """Column widths within `width` cells of terminal: each column as wide as its widest cell,
    then the widest free-text column narrowed, one cell at a time, until the table fits or every
    free-text column is at its minimum (a table of codes and numbers alone wider than the
    terminal is left as it is: a cut code or timestamp would mislead)."""
    widths = [max([cell_len(c.header)] + [cell_len(row[i]) for row in cells]) for i, c in enumerate(columns)]
    floors = [max(cell_len(c.header), MIN_TEXT_WIDTH) if c.text else widths[i] for i, c in enumerate(columns)]
    excess = sum(widths) + len(GAP) * (len(columns) - 1) - width
    while excess > 0:
        candidates = [i for i, c in enumerate(columns) if c.text and widths[i] > floors[i]]
        if not candidates:
            break
        widest = max(candidates, key=lambda i: widths[i])
        widths[widest] -= 1
        excess -= 1
    return widths


def terminal_lines(headers: Columns, rows: Iterable[Sequence[object]], width: int, wide: bool = False) -> list[str]:
    """The table for a terminal `width` cells wide, as lines of text (the header first, then a rule):
    one line per row with free text shortened, or with `wide` free text wrapped at word boundaries."""
    columns = _columns(headers)
    cells = [[cell_text(value) for value in row] for row in rows]
    widths = fit_widths(columns, cells, width)
    lines = [GAP.join(_pad(c.header, w, c.right) for c, w in zip(columns, widths)).rstrip(),
             GAP.join("─" * w for w in widths)]
    for row in cells:
        if wide:
            parts = [textwrap.wrap(cell, w, break_long_words=False, break_on_hyphens=False) or [""]
                     if c.text else [cell] for cell, c, w in zip(row, columns, widths)]
            for pieces in zip_longest(*parts, fillvalue=""):
                lines.append(GAP.join(_pad(p, w, c.right) for p, c, w in zip(pieces, columns, widths)).rstrip())
        else:
            lines.append(GAP.join(_pad(shorten(cell, w) if c.text else cell, w, c.right)
                                  for cell, c, w in zip(row, columns, widths)).rstrip())
    return lines


def _pad(text: str, width: int, right: bool) -> str:
    room = max(width - cell_len(text), 0)
    return " " * room + text if right else text + " " * room


def echo_table(headers: Columns, rows: Iterable[Sequence[object]], wide: bool = False) -> None:
    """Print a table: in a terminal fitted to its width (terminal_lines, the header in bold);
    anywhere else the plain aligned text of format_table."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal or console.is_dumb_terminal:
        click.echo(format_table(headers, rows, wide=wide))
        return
    header, *rest = terminal_lines(headers, rows, console.width, wide=wide)
    click.echo(click.style(header, bold=True))
    for line in rest:
        click.echo(line)


def echo_text(text: str) -> None:
    """Print a line of prose: in a terminal wrapped at word boundaries to its width, anywhere else as is."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal or console.is_dumb_terminal:
        click.echo(text)
        return
    click.echo(textwrap.fill(text, console.width, break_long_words=False, break_on_hyphens=False,
                             subsequent_indent="  "))
