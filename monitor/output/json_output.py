"""JSON output of listings for machines that read the CLI."""

from __future__ import annotations

import json
from typing import Iterable


def json_array(rows: Iterable[object]) -> str:
    """A JSON array with one element per line, as sqlite-utils prints rows: valid JSON that greps
    and diffs line by line, and fast to write for tens of thousands of rows (an indented dump goes
    through Python's slow encoder, a compact one through the C encoder)."""
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    if not lines:
        return "[]"
    return "[" + ",\n ".join(lines) + "]"
