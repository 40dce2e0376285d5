"""Commands given input they cannot read or an output they cannot write: one line naming the file,
a non-zero exit, no traceback, and nothing half-done (run as a user runs them: real processes)."""

import os
import socket
import subprocess
import sys

import pytest

from storage import open_db
from tests.storage.test_unwritable_database import read_only

PACTWATCH = os.path.join(os.path.dirname(sys.executable), "pactwatch")
SIGNING = ("Azerbaijan and Kazakhstan sign military cooperation plan\n"
           "The defence ministers of Azerbaijan and Kazakhstan signed the plan of bilateral military "
           "cooperation for 2025 in Astana on 3 December 2024.\n")


def pactwatch(*args, db_path=None, stdin=None):
    command = [PACTWATCH, *(["--db", str(db_path)] if db_path else []), *args]
    return subprocess.run(command, stdin=stdin, capture_output=True, text=True, timeout=120)


def unreadable_file(folder):
    """A path that exists and is no directory, yet cannot be read, whoever runs the test (even root):
    a Unix socket."""
    path = folder / "socket.txt"
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.close()
    return path


def stored_urls(db_path):
    if not db_path.exists():
        return []
    db = open_db(db_path)
    try:
        return [row[0] for row in db.execute("SELECT url FROM articles")]
    finally:
        db.conn.close()


def test_classify_with_stdin_closed_says_so_in_one_line():
    result = subprocess.run([PACTWATCH, "classify", "-"], preexec_fn=lambda: os.close(0), capture_output=True,
                            text=True, timeout=60)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == ["Error: Could not open file '-': standard input is closed"]


def test_classify_reads_undecodable_bytes_on_stdin_as_it_reads_a_file(tmp_path):
    data = SIGNING.encode() + b"\xff\xfe broken bytes\n"
    (tmp_path / "article.txt").write_bytes(data)
    with (tmp_path / "article.txt").open("rb") as stdin:
        from_stdin = pactwatch("classify", "-", stdin=stdin)
    from_file = pactwatch("classify", str(tmp_path / "article.txt"))

    assert from_stdin.returncode == 0, from_stdin.stderr
    assert from_stdin.stdout.replace('"path": "-"', "") == \
        from_file.stdout.replace(f'"path": "{tmp_path / "article.txt"}"', "")
    assert '"flagged": true' in from_stdin.stdout


def test_ingest_stores_nothing_when_one_file_cannot_be_read_and_names_each_such_file(tmp_path, db_path):
    good = tmp_path / "good.txt"
    good.write_text(SIGNING, encoding="utf-8")
    bad = unreadable_file(tmp_path)

    result = pactwatch("ingest", "--source", "wire", str(good), str(bad), db_path=db_path)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert f"cannot read {bad}: No such device or address" in result.stderr
    assert "nothing stored: 1 of 2 files could not be read" in result.stderr
    assert stored_urls(db_path) == []

    again = pactwatch("ingest", "--source", "wire", str(good), db_path=db_path)
    assert again.returncode == 0, again.stderr
    assert stored_urls(db_path) == [good.resolve().as_uri()]


@pytest.mark.parametrize("command", [("export", "--format", "json"), ("report",)])
def test_an_output_into_a_missing_folder_is_one_line_and_writes_nothing(command, stories_db, tmp_path):
    target = tmp_path / "missing" / "out.file"

    result = pactwatch(*command, "--out", str(target), db_path=stories_db)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip() == f"Error: cannot write {target}: no such folder {target.parent}"
    assert not target.parent.exists()


@pytest.mark.parametrize("command", [("export", "--format", "csv"), ("report",)])
def test_an_output_over_a_read_only_file_keeps_the_old_file_whole(command, stories_db, tmp_path):
    target = tmp_path / "out.file"
    target.write_text("the previous export\n", encoding="utf-8")

    with read_only(target):
        result = pactwatch(*command, "--out", str(target), db_path=stories_db)

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert str(target) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.file"]


@pytest.mark.parametrize("command", [("export", "--format", "jsonl"), ("report",)])
def test_an_output_into_a_read_only_folder_is_one_line_and_leaves_nothing(command, stories_db, tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    target = folder / "out.file"

    with read_only(folder):
        result = pactwatch(*command, "--out", str(target), db_path=stories_db)
        left = list(folder.iterdir())

    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert str(target) in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert left == []
