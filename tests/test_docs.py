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
                    "cluster": "### `[cluster]`", "sources": "### `[[sources]]`"}
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


def command_options() -> list[tuple[str, str]]:
    """(command, --option) of every option of every command and subcommand of the CLI."""
    import click

    from monitor.cli import main

    context = click.Context(main)
    found = []

    def walk(command: click.Command, name: str) -> None:
        for param in command.params:
            if isinstance(param, click.Option):
                long = [opt for opt in param.opts if opt.startswith("--") and opt != "--help"]
                found.extend((name, opt) for opt in long)
        if isinstance(command, click.Group):
            for sub in command.list_commands(context):
                walk(command.get_command(context, sub), f"{name} {sub}".strip())

    walk(main, "")
    return found


@pytest.mark.parametrize("command, option", command_options(), ids=lambda v: v or "pactwatch")
def test_every_command_option_is_documented_in_readme(command, option):
    """Each option of a command appears in README's row (or text) for that command, in backticks."""
    words = command.split()
    rows = [line for line in README.splitlines() if line.startswith("| `") and
            (not words or line.split("`")[1].split()[0] == words[0] or f"`{command}" in line)]
    spans = " ".join(CODE_SPAN.findall("\n".join(rows))) if words else " ".join(CODE_SPAN.findall(README))
    assert re.search(rf"(?<![\w-]){re.escape(option)}(?![\w-])", spans), f"{command or 'pactwatch'} {option}"
