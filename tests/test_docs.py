"""README.md documents every config key the code accepts, as Datasette's tests check its settings.

The keys come from monitor.config.config_keys(), the sets the parsers check a file against, so
a key added to a parser and not to README fails here. A key counts as documented when it is
written as code (in backticks) in its table's section of README.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from monitor.config import config_keys

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
# Each config table's keys are documented under this heading of README.
SECTION_HEADINGS = {"storage": "### `[storage]`", "crawler": "### `[crawler]`", "schedule": "### `[schedule]`",
                    "health": "### `[health]`", "alerts": "### `[alerts]`", "web": "### `[web]`",
                    "sources": "### `[[sources]]`"}
CODE_SPAN = re.compile(r"`([^`\n]+)`")
WORD = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


def section(heading: str) -> str:
    """README's text from `heading` to the next heading of the same or a higher level."""
    start = README.index(heading)
    body = README.index("\n", start)
    level = len(heading.split(" ")[0])
    end = re.compile(r"^#{1,%d} " % level, re.M).search(README, body)
    return README[start:end.start() if end else len(README)]


def words_in_code(text: str) -> set[str]:
    return {word for span in CODE_SPAN.findall(text) for word in WORD.findall(span)}


@pytest.mark.parametrize("table", sorted(config_keys()))
def test_every_config_key_is_documented_in_readme(table):
    documented = words_in_code(section(SECTION_HEADINGS[table.split(".")[0]]))

    assert sorted(config_keys()[table] - documented) == []


def test_the_check_sees_an_undocumented_key():
    assert "download_timeout" in words_in_code(section(SECTION_HEADINGS["crawler"]))
    assert "download_timeout" not in words_in_code(section(SECTION_HEADINGS["schedule"]))
