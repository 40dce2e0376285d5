"""The read commands as an analyst meets them in an 80-column terminal (a real pty), and the
errors that used to pass silently: a state by name, a mistyped one, a database that is not there."""

import json
import re
import subprocess

import pytest

from tests.terminal import PACTWATCH, run_in_terminal

READ_COMMANDS = (["events"], ["status"], ["sources"], ["articles"])
TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")


def cli_json(db, *args):
    result = subprocess.run([PACTWATCH, "--db", str(db), *args, "--json"], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def known_words(db) -> set[str]:
    """Every word the tables may show: those of the stored titles, names and codes, and the headers."""
    words = set(HEADER_WORDS)
    for command in ("events", "articles", "sources"):
        words.update(_words(cli_json(db, command)))
    return words


def _words(value) -> list[str]:
    if isinstance(value, dict):
        return [word for item in value.values() for word in _words(item)]
    if isinstance(value, list):
        return [word for item in value for word in _words(item)]
    return str(value).split()


HEADER_WORDS = {"id", "date", "kind", "states", "plan", "src", "first", "report", "source", "last", "run", "(UTC)",
                "status", "new", "known", "errors", "next", "name", "country", "enabled", "articles", "published",
                "lang", "title", "pending", "alerts:", "Not", "in", "the", "config,", "holding", "articles:",
                "disabled", "yes", "no", "—"}
NOT_WORDS = re.compile(r"[─-]+|\d+|\d{4}-\d{2}-\d{2}|\d{2}:\d{2}")


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda c: c[0])
def test_read_commands_fit_80_columns_one_line_a_row_and_cut_no_word(stories_db, command):
    code, screen = run_in_terminal(["--db", str(stories_db), *command], columns=80)

    assert code == 0, screen
    lines = [line for line in screen.splitlines() if line.strip()]
    assert lines and all(len(line) <= 80 for line in lines), screen
    words = known_words(stories_db)
    for line in lines:
        for token in line.split():
            # A shortened cell ends with "…" after a whole word; no token may be a piece of a word.
            parts = token.rstrip("…").split("–")  # a pair of states, AZ–KZ
            assert all(part in words or NOT_WORDS.fullmatch(part) for part in parts), \
                f"{token!r} is not a whole word, in: {line!r}"


def test_events_at_80_columns_shorten_titles_at_a_word_with_an_ellipsis(stories_db):
    code, screen = run_in_terminal(["--db", str(stories_db), "events"], columns=80)

    assert code == 0, screen
    titles = [e["articles"][0]["title"] for e in cli_json(stories_db, "events")]
    rows = [line for line in screen.splitlines() if re.match(r" {0,3}\d+  ", line)]
    assert len(rows) == len(titles) == 6
    shortened = [row for row in rows if row.endswith("…")]
    assert shortened, screen
    for row in shortened:
        shown = row.split("  ")[-1].strip().rstrip("…")
        title = next(t for t in titles if t.startswith(shown))
        assert title[len(shown)] == " ", f"cut inside a word: {shown!r} of {title!r}"
        assert len(shown.split()) >= 3, f"a title column too narrow to read: {row!r}"


def test_status_timestamps_are_never_split_at_80_columns(stories_db, write_config):
    config = write_config("""
        [[sources]]
        name = "a_source_with_a_rather_long_name_indeed"
        feeds = ["https://wire.example/rss.xml"]
        """)
    code, screen = run_in_terminal(["--config", str(config), "--db", str(stories_db), "status"], columns=80)

    assert code == 0, screen
    row = next(line for line in screen.splitlines() if line.startswith("a_source"))
    assert len(row) <= 80 and TIMESTAMP.search(row), screen
    assert row.split()[0].endswith("…")


def test_wide_shows_every_title_whole(stories_db):
    code, screen = run_in_terminal(["--db", str(stories_db), "articles", "--wide"], columns=80)

    assert code == 0, screen
    flat = " ".join(screen.split())
    for article in cli_json(stories_db, "articles"):
        for word in article["title"].split():
            assert word in flat
    pipe = subprocess.run([PACTWATCH, "--db", str(stories_db), "events", "--wide"], capture_output=True, text=True,
                          timeout=60)
    assert "Kazakhstan and Azerbaijan agree military cooperation plan for 2025" in pipe.stdout


def test_sources_lists_every_source_holding_articles_also_those_not_in_the_config(stories_db):
    rows = cli_json(stories_db, "sources")
    others = {row["name"]: row["articles"] for row in rows if not row["configured"]}
    assert others == {"wire": 7, "agency": 1}

    plain = subprocess.run([PACTWATCH, "--db", str(stories_db), "sources"], capture_output=True, text=True,
                           timeout=60)
    tail = plain.stdout.split("Not in the config, holding articles:")[1]
    assert [line.split()[:2] for line in tail.splitlines()[3:]] == [["agency", "1"], ["wire", "7"]]


@pytest.mark.parametrize("name", ["Azerbaijan", "azerbaijan", "az", "AZ"])
def test_country_takes_an_english_name_or_a_code(stories_db, name):
    events = cli_json(stories_db, "events", "--country", name)
    assert len(events) == 5 and all("AZ" in e["parties"] for e in events)


def test_country_takes_cldr_and_common_variant_names(stories_db):
    assert [e["parties"] for e in cli_json(stories_db, "events", "--country", "Turkey")] == [["AZ", "TR"]]
    assert [e["parties"] for e in cli_json(stories_db, "events", "--country", "Türkiye")] == [["AZ", "TR"]]


@pytest.mark.parametrize("command", [["events"], ["export"]])
def test_an_unknown_country_is_a_usage_error(stories_db, command):
    result = subprocess.run([PACTWATCH, "--db", str(stories_db), *command, "--country", "Azerbaijann"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2 and result.stdout == ""
    assert "'Azerbaijann' is neither a state's ISO 3166-1 alpha-2 code" in result.stderr


@pytest.mark.parametrize("command", [["events"], ["status"], ["sources"], ["articles"], ["export"], ["alerts"],
                                     ["report", "--out", "report.html"]], ids=lambda c: c[0])
def test_read_commands_refuse_a_database_that_does_not_exist(tmp_path, command):
    missing = tmp_path / "mistyped.db"
    result = subprocess.run([PACTWATCH, "--db", str(missing), *command], capture_output=True, text=True,
                            timeout=60, cwd=tmp_path)
    assert result.returncode == 2, result.stderr
    assert f"no database at {missing}" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_events_pair_lists_the_two_states_history_oldest_first(stories_db):
    code, screen = run_in_terminal(["--db", str(stories_db), "events", "--pair", "Kazakhstan-Azerbaijan"],
                                   columns=80)

    assert code == 0, screen
    assert "Azerbaijan – Kazakhstan: 1 events" in screen
    assert "plans by year: 2025 (signed 2024-11-14)" in screen
    history = cli_json(stories_db, "events", "--pair", "AZ-KZ")
    assert [(e["kind"], e["parties"], e["plan_year"]) for e in history] == [("plan_signed", ["AZ", "KZ"], 2025)]
    assert cli_json(stories_db, "events", "--pair", "KZ,UZ")[0]["kind"] == "talks"


@pytest.mark.parametrize("pair", ["AZ", "AZ-AZ", "AZ-Atlantis"])
def test_a_pair_that_is_not_two_states_is_a_usage_error(stories_db, pair):
    result = subprocess.run([PACTWATCH, "--db", str(stories_db), "events", "--pair", pair], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 2 and "Invalid value for '--pair'" in result.stderr


def test_events_pair_says_which_plan_is_expected_after_a_run_of_yearly_plans(tmp_path, db_path):
    """Plans for each of the last three years, each signed in December before it: the next one is
    expected by about January (the run is built from this year, so the test holds in any year)."""
    from datetime import date

    from click.testing import CliRunner

    from monitor.cli import main

    this_year = date.today().year
    paths = []
    for plan_year in range(this_year - 3, this_year):
        path = tmp_path / f"plan-{plan_year}.txt"
        path.write_text(f"Azerbaijan and Belarus sign military cooperation plan for {plan_year}\n"
                        f"Minsk / 10.12.{(plan_year - 1) % 100:02d} / Wire:\n"
                        f"The defence ministers of Azerbaijan and Belarus signed the plan of bilateral military"
                        f" cooperation for {plan_year} in Minsk on 10 December {plan_year - 1}.\n", encoding="utf-8")
        paths.append(str(path))
    result = CliRunner().invoke(main, ["--db", str(db_path), "ingest", "--source", "wire", *paths],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output

    code, screen = run_in_terminal(["--db", str(db_path), "events", "--pair", "Belarus-Azerbaijan"], columns=80)

    assert code == 0, screen
    assert all(len(line) <= 80 for line in screen.splitlines())
    flat = " ".join(screen.split())
    years = range(this_year - 3, this_year)
    assert "plans by year: " + ", ".join(f"{y} (signed {y - 1}-12-10)" for y in years) in flat
    assert f"plan for {this_year}: not yet reported (expected by ~Jan {this_year}" in flat
