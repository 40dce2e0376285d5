"""Several processes on one database file: opening, writing and reading at once never fails."""

import subprocess
import sys
import time

from storage import open_db
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
