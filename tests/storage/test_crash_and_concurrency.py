"""Several processes on one database file, and writes that fail halfway: nothing is lost or half-kept."""

import sqlite3
import subprocess
import sys
import time

import pytest

from storage import open_db
from storage.articles import upsert_article
from storage.db import transaction
from storage.detections import save_detection
from storage.schema import LATEST_VERSION, current_version

OPEN_AT_THE_SIGNAL = """
import pathlib, sys, time
from storage import open_db
folder = pathlib.Path(sys.argv[1])
(folder / f"ready-{sys.argv[2]}").touch()
while not (folder / "go").exists():
    time.sleep(0.001)
open_db(folder / "pactwatch.db").conn.close()
"""


def start_together(folder, count: int) -> list[subprocess.Popen]:
    """Start `count` processes that each open the same new database at one signal."""
    processes = [subprocess.Popen([sys.executable, "-c", OPEN_AT_THE_SIGNAL, str(folder), str(n)],
                                  stderr=subprocess.PIPE, text=True) for n in range(count)]
    deadline = time.monotonic() + 60
    while len(list(folder.glob("ready-*"))) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    (folder / "go").touch()
    return processes


def test_processes_opening_a_new_database_at_once_migrate_it_once(tmp_path):
    for attempt in range(2):
        folder = tmp_path / str(attempt)
        folder.mkdir()
        processes = start_together(folder, 6)
        errors = [process.communicate()[1] for process in processes if process.wait() != 0]

        assert errors == []
        db = open_db(folder / "pactwatch.db")
        assert current_version(db) == LATEST_VERSION
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        db.conn.close()


def test_writes_in_one_transaction_are_kept_or_lost_together(db):
    with pytest.raises(sqlite3.IntegrityError):
        with transaction(db):
            upsert_article(db, url="https://e.org/1", source="s", title="Kept?", text="only with its verdict")
            save_detection(db, 999_999, classifier_version="1", lang="en", flagged=False, events=[])

    assert db.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 0
    with transaction(db):
        stored = upsert_article(db, url="https://e.org/1", source="s", title="Kept", text="with its verdict")
        save_detection(db, stored.id, classifier_version="1", lang="en", flagged=False, events=[])
    assert db.execute("SELECT COUNT(*) FROM detections WHERE article_id = ?", [stored.id]).fetchone()[0] == 1
