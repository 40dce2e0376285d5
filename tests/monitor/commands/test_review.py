"""Review that sticks: decisions taken with `pactwatch review` on a real database file (the stories
database, built with `pactwatch ingest`), honoured by every read command, the web UI's canned
queries and feed, and kept over `reclassify` and over a classifier that rebuilds every event."""

from __future__ import annotations

import json
import sqlite3

from monitor.web.app import make_datasette
from tests.monitor.commands.reviewing import cli, event_id, events, query
from tests.monitor.web.conftest import get


def web_rows(db_path, path):
    datasette = make_datasette(db_path)
    try:
        page, _, rest = path.partition("?")
        response = get(datasette, f"{page}.json?_shape=array" + (f"&{rest}" if rest else ""))
        assert response.status_code == 200, response.text
        return response.json()
    finally:
        for database in datasette.databases.values():
            database.close()


def feed_text(db_path):
    datasette = make_datasette(db_path)
    try:
        return get(datasette, "/-/events.atom").text
    finally:
        for database in datasette.databases.values():
            database.close()


def test_a_rejected_event_leaves_listings_exports_report_feed_and_canned_queries(reviewed_db, tmp_path):
    moldova = event_id(reviewed_db, "AZ-MD")
    assert "Moldova" in feed_text(reviewed_db)

    out = cli(reviewed_db, "review", "reject", str(moldova), "--note", "nothing says who signed", "--by", "analyst")

    assert f"event {moldova} rejected" in out
    assert "AZ-MD" not in events(reviewed_db) and "AZ-MD" not in events(reviewed_db, "--all")
    exported = json.loads(cli(reviewed_db, "export", "events"))
    assert moldova not in {event["id"] for event in exported} and len(exported) == 5
    articles = json.loads(cli(reviewed_db, "export", "articles"))
    assert not [article for article in articles if moldova in article["event_ids"]]
    cli(reviewed_db, "report", "--out", str(tmp_path / "report.html"))
    report = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "Moldova" not in report and "Serbia" in report
    assert "Moldova" not in feed_text(reviewed_db)
    for path in ("/stories/new_agreements", "/stories/events_with_sources", "/stories/events_by_pair"):
        assert "Moldova" not in json.dumps(web_rows(reviewed_db, path)), path
    assert {row["states"] for row in web_rows(reviewed_db, "/stories/new_agreements")} == {"Azerbaijan – Serbia"}
    assert not [row for row in web_rows(reviewed_db, "/stories/low_confidence?below=1") if "Baku" in row["title"]]
    [decision] = json.loads(cli(reviewed_db, "review", "list", "--json"))
    assert (decision["action"], decision["event_id"], decision["note"], decision["by"]) == (
        "reject", moldova, "nothing says who signed", "analyst")


def test_a_correction_replaces_what_the_classifier_read_and_confirm_records_who(reviewed_db):
    georgia = event_id(reviewed_db, "AZ-GE")

    cli(reviewed_db, "review", "correct", str(georgia), "--kind", "plan_signed", "--plan-year", "2025",
        "--date", "2024-09-04", "--note", "the document is the plan for 2025")
    kazakhstan = event_id(reviewed_db, "AZ-KZ")
    cli(reviewed_db, "review", "confirm", str(kazakhstan))

    corrected = events(reviewed_db)["AZ-GE"]
    assert (corrected["kind"], corrected["plan_year"], corrected["date"]) == ("plan_signed", 2025, "2024-09-04")
    cli(reviewed_db, "review", "correct", str(georgia), "--parties", "ge,am", "--date", "none")
    corrected = events(reviewed_db)["AM-GE"]
    assert (corrected["id"], corrected["kind"], corrected["date"]) == (georgia, "plan_signed", None)
    assert dict(query(reviewed_db, "SELECT id, review FROM events WHERE review IS NOT NULL")) == {
        georgia: "corrected", kazakhstan: "confirmed"}
    decisions = json.loads(cli(reviewed_db, "review", "list", "--json"))
    assert [d["action"] for d in decisions] == ["correct", "confirm", "correct"]
    assert decisions[2]["changes"] == {"parties": ["AM", "GE"], "date": None}
    assert all(d["by"] and d["at"] for d in decisions)
    listing = cli(reviewed_db, "review", "list")
    assert "plan_year=2025" in listing and "the document is the plan for 2025" in listing


def test_merge_two_events_then_move_an_article_out_again(reviewed_db):
    kazakhstan, uzbek_talks = event_id(reviewed_db, "AZ-KZ"), event_id(reviewed_db, "KZ-UZ")

    cli(reviewed_db, "review", "merge", str(kazakhstan), str(uzbek_talks))

    listed = events(reviewed_db)
    assert "KZ-UZ" not in listed and len(listed["AZ-KZ"]["articles"]) == 3
    assert query(reviewed_db, "SELECT COUNT(*) FROM events WHERE id = ?", [uzbek_talks]) == [(0,)]
    [talks_article] = [row[0] for row in query(reviewed_db, "SELECT id FROM articles WHERE title LIKE 'Uzbek%'")]
    cli(reviewed_db, "review", "move", str(talks_article), "--out-of", str(kazakhstan))
    listed = events(reviewed_db)
    assert len(listed["AZ-KZ"]["articles"]) == 2
    assert listed["KZ-UZ"]["kind"] == "talks" and [a["title"] for a in listed["KZ-UZ"]["articles"]] == [
        "Uzbek and Kazakh defence chiefs discuss border training"]


def test_bad_decisions_are_refused_with_a_clear_error_and_store_nothing(reviewed_db):
    georgia, kazakhstan = event_id(reviewed_db, "AZ-GE"), event_id(reviewed_db, "AZ-KZ")
    [talks_article] = [row[0] for row in query(reviewed_db, "SELECT id FROM articles WHERE title LIKE 'Uzbek%'")]

    assert "no event 999" in cli(reviewed_db, "review", "reject", "999", code=2)
    assert "cannot be merged with itself" in cli(reviewed_db, "review", "merge", str(georgia), str(georgia), code=2)
    assert "is not a report of event" in cli(reviewed_db, "review", "move", str(talks_article), "--out-of",
                                             str(kazakhstan), code=2)
    [(only_report,)] = query(reviewed_db, "SELECT article_id FROM event_articles WHERE event_id = ?", [georgia])
    assert "only report: reject the event instead" in cli(reviewed_db, "review", "move", str(only_report),
                                                          "--out-of", str(georgia), code=2)
    assert "nothing to correct" in cli(reviewed_db, "review", "correct", str(georgia), code=2)
    query(reviewed_db, "INSERT INTO events (id, match_key, kind, parties, first_seen, updated_at) VALUES"
                       " (500, 'talks|AZ-GE|', 'talks', '[\"AZ\", \"GE\"]', '2024-01-01', '2024-01-01')")
    assert "event 500 has no reports left" in cli(reviewed_db, "review", "confirm", "500", code=2)
    assert "parties 'Azerbaijan': give two or more ISO" in cli(reviewed_db, "review", "correct", str(georgia),
                                                               "--parties", "Azerbaijan", code=2)
    assert "date '3 May': YYYY-MM-DD" in cli(reviewed_db, "review", "correct", str(georgia), "--date", "3 May",
                                             code=2)
    assert query(reviewed_db, "SELECT COUNT(*) FROM reviews") == [(0,)]
    assert query(reviewed_db, "SELECT COUNT(*) FROM events WHERE review IS NOT NULL") == [(0,)]


def rebuild_events_as_a_new_classifier_would(db_path):
    """Drop every event and merge all verdicts again into events with new ids (one unrelated event is
    kept with a high id, so ids are not handed out again from 1)."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM event_articles")
        conn.execute("DELETE FROM events")
        conn.execute("INSERT INTO events (id, match_key, kind, parties, first_seen, updated_at)"
                     " VALUES (100, 'talks|CIS|', 'talks', '[\"CIS\"]', '2020-01-01', '2020-01-01')")
        conn.execute("UPDATE detections SET merged_at = NULL")


def test_review_survives_reclassify_and_a_rebuild_of_every_event(reviewed_db):
    moldova, georgia = event_id(reviewed_db, "AZ-MD"), event_id(reviewed_db, "AZ-GE")
    kazakhstan, uzbek_talks = event_id(reviewed_db, "AZ-KZ"), event_id(reviewed_db, "KZ-UZ")
    cli(reviewed_db, "review", "reject", str(moldova))
    cli(reviewed_db, "review", "correct", str(georgia), "--kind", "plan_signed", "--plan-year", "2025")
    cli(reviewed_db, "review", "merge", str(kazakhstan), str(uzbek_talks))
    before = events(reviewed_db)

    assert "8 articles classified, 0 changed" in cli(reviewed_db, "reclassify")
    assert events(reviewed_db) == before

    rebuild_events_as_a_new_classifier_would(reviewed_db)
    cli(reviewed_db, "reclassify")
    after = events(reviewed_db)
    assert min(event["id"] for event in after.values()) > 100
    assert set(after) == set(before) == {"AZ-GE", "AZ-KZ", "AZ-RS", "AZ-TR"}
    assert (after["AZ-GE"]["kind"], after["AZ-GE"]["plan_year"]) == ("plan_signed", 2025)
    assert len(after["AZ-KZ"]["articles"]) == 3
    [(rejected_now, parties)] = query(reviewed_db, "SELECT id, parties FROM events WHERE review = 'rejected'")
    assert parties == '["AZ", "MD"]' and rejected_now > 100
    decisions = json.loads(cli(reviewed_db, "review", "list", "--json"))
    assert [(d["event_id"], d["event_now"]) for d in decisions] == [
        (moldova, rejected_now), (georgia, after["AZ-GE"]["id"]), (kazakhstan, after["AZ-KZ"]["id"])]
