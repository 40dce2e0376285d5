"""Tables for terminal output: plain aligned text, or rich's when printing to a terminal."""

from __future__ import annotations

from typing import Iterable, Sequence

import click


def format_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    cells = [[_cell(value) for value in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths)).rstrip() for row in cells]
    return "\n".join(lines)


def _cell(value: object) -> str:
    if value is None:
        return ""
    text = str(value).replace("\n", " ")
    return text if len(text) <= 70 else text[:69] + "…"


def echo_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
    """Print a table: in a terminal drawn by rich, fitted to its width (long cells wrap); anywhere
    else the plain aligned text of format_table, which scripts and logs can rely on."""
    from rich.console import Console

    console = Console()
    if not console.is_terminal or console.is_dumb_terminal:
        click.echo(format_table(headers, rows))
        return
    from rich import box
    from rich.table import Table

    table = Table(header_style="bold", box=box.SIMPLE_HEAD)
    for index, header in enumerate(headers):
        last = index == len(headers) - 1
        table.add_column(header, no_wrap=not last, overflow="fold" if last else "ellipsis")
    for row in rows:
        table.add_row(*("" if value is None else str(value) for value in row))
    console.print(table, markup=False, highlight=False)
