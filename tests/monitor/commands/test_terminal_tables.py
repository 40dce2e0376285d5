"""`events` and `status` in a terminal: tables fitted to its width (`--wide`: long titles wrapped);
in a pipe: plain aligned text."""

import json
import re
import subprocess

from tests.stories import MARKUP_TITLE
from tests.terminal import PACTWATCH, run_in_terminal


def test_events_wide_in_a_terminal_wrap_long_titles_within_the_width(stories_db):
    code, screen = run_in_terminal(["--db", str(stories_db), "events", "--wide"], columns=100)

    assert code == 0, screen
    lines = [line for line in screen.splitlines() if line.strip()]
    assert all(len(line) <= 100 for line in lines)
    assert lines[0].split() == ["id", "date", "kind", "states", "plan", "src", "first", "report"]
    rows = [line for line in lines if re.match(r" {0,3}\d+  ", line)]
    assert len(rows) == 6
    text = " ".join(" ".join(line.split()) for line in lines)
    assert "Kazakhstan and Azerbaijan agree military cooperation plan for 2025" in text
    assert MARKUP_TITLE.replace(" ", "") in text.replace(" ", "")


def test_events_and_status_in_a_pipe_stay_plain_and_json_stays_json(stories_db):
    plain = subprocess.run([PACTWATCH, "--db", str(stories_db), "events"], capture_output=True, text=True,
                           timeout=60)
    assert plain.returncode == 0 and "\x1b[" not in plain.stdout
    assert plain.stdout.splitlines()[1].startswith("--  ")

    status = subprocess.run([PACTWATCH, "--db", str(stories_db), "status", "--json"], capture_output=True,
                            text=True, timeout=60)
    assert set(json.loads(status.stdout)) == {"sources", "pending_alerts"}


def test_status_in_a_terminal_is_a_table(stories_db, write_config):
    config = write_config("""
        [[sources]]
        name = "wire"
        feeds = ["https://wire.example/rss.xml"]
        """)
    code, screen = run_in_terminal(["--config", str(config), "--db", str(stories_db), "status"], columns=120)

    assert code == 0, screen
    header = next(line for line in screen.splitlines() if "last run" in line)
    assert header.split()[:3] == ["source", "last", "run"]
    assert any(line.split()[:1] == ["wire"] for line in screen.splitlines())
    assert "pending alerts: 0" in screen
