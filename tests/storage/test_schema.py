"""Opening a database: WAL mode, and older files migrated forward without losing rows."""

import multiprocessing
import sqlite3

import pytest

from storage import open_db
from storage.db import StorageError
from storage.events import events_near
from storage.schema import LATEST_VERSION, current_version


def test_new_database_is_at_the_latest_version_in_wal_mode(db):
    assert current_version(db) == LATEST_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"sources", "articles", "crawl_runs", "detections", "events", "event_articles", "alerts"} <= set(
        db.table_names())


def test_older_database_is_migrated_and_keeps_its_rows(older_database):
    path = older_database(1, ("INSERT INTO articles (url, source, title, text, content_hash, fetched_at)"
                              " VALUES ('https://e.org/1', 's', 'Kept', 'kept text', 'h', '2024-01-01')", []))

    db = open_db(path)
    assert current_version(db) == LATEST_VERSION
    assert [r["title"] for r in db["articles"].search("kept")] == ["Kept"]


def test_database_from_a_newer_pactwatch_is_refused(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()

    with pytest.raises(StorageError, match="newer than this pactwatch"):
        open_db(db_path)


def test_unwritable_location_gives_an_error_naming_the_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")

    with pytest.raises(StorageError, match=str(blocker / "sub" / "db.sqlite")):
        open_db(blocker / "sub" / "db.sqlite")


def _open_and_close(path):
    open_db(path).conn.close()


def test_processes_opening_a_new_file_at_once_all_get_the_migrated_schema(tmp_path):
    for attempt in range(5):
        path = tmp_path / f"new-{attempt}.db"
        processes = [multiprocessing.Process(target=_open_and_close, args=(path,)) for _ in range(4)]
        for process in processes:
            process.start()
        for process in processes:
            process.join(60)
        assert [process.exitcode for process in processes] == [0, 0, 0, 0]
        assert current_version(open_db(path)) == LATEST_VERSION


def test_detections_stored_before_version_9_get_their_best_confidence(older_database):
    path = older_database(
        8,
        ("INSERT INTO articles (id, url, source, title, text, content_hash, fetched_at)"
         " VALUES (1, 'https://e.org/1', 's', 'T', 'text', 'h', '2024-01-01')", []),
        ("INSERT INTO detections (article_id, classifier_version, lang, flagged, events, classified_at)"
         " VALUES (1, 'rules-2', 'en', 1, ?, '2024-01-01')",
         ['[{"kind": "talks", "confidence": 0.4}, {"kind": "plan_signed", "confidence": 0.7}]']))

    assert open_db(path).execute("SELECT confidence FROM detections").fetchone()[0] == 0.7


def test_events_stored_before_version_12_are_unreviewed_and_decisions_can_be_stored(older_database):
    path = older_database(10, ("INSERT INTO events (match_key, kind, parties, first_seen, updated_at)"
                               " VALUES ('talks|AZ-GE|', 'talks', '[\"AZ\", \"GE\"]', '2024-01-01', '2024-01-01')", []))

    db = open_db(path)
    assert db.execute("SELECT kind, review FROM events").fetchall() == [("talks", None)]
    assert db["reviews"].count == 0 and "note" in db["reviews"].columns_dict


def test_events_stored_before_version_18_are_found_by_key_and_span_end(older_database):
    path = older_database(17, ("INSERT INTO events (id, match_key, kind, parties, plan_year, first_day, last_day,"
                               " first_seen, updated_at) VALUES (5, 'talks|AZ-GE|', 'talks', '[\"AZ\", \"GE\"]',"
                               " NULL, '2023-01-10', '2023-03-01', '2023-01-10', '2023-03-01')", []))

    db = open_db(path)
    indexes = {row[1] for row in db.execute("PRAGMA index_list(events)")}
    assert "events_key_end" in indexes and "events_key" not in indexes
    plan = db.execute("EXPLAIN QUERY PLAN SELECT id FROM events WHERE match_key = 'talks|AZ-GE|'"
                      " AND last_day >= '2023-02-25'").fetchall()
    assert any("events_key_end" in row[3] for row in plan)
    assert [e["id"] for e in events_near(db, ["talks|AZ-GE|"], "2023-03-03", 7)] == [5]
