"""Schema migrations of the outbox: v4 (retries and digests), v10 (event identity by act, updates)."""

import json

from storage import open_db
from storage.schema import LATEST_VERSION, current_version


def test_a_v3_outbox_is_migrated_with_its_rows(older_database):
    path = older_database(
        3,
        ("INSERT INTO events (id, match_key, kind, parties, first_seen, updated_at)"
         " VALUES (1, 'k', 'plan_signed', '[\"AZ\", \"KZ\"]', '2024-01-01', '2024-01-01')", []),
        ("INSERT INTO alerts (event_id, channel, idempotency_key, status, created_at)"
         " VALUES (1, 'email', '1:email', 'sent', '2024-01-01')", []))

    db = open_db(path)

    assert current_version(db) == LATEST_VERSION >= 4
    assert {"next_attempt_at", "last_attempt_at", "batch_key"} <= set(db["alerts"].columns_dict)
    assert {"health_alerts", "alert_dispatch_lock", "alert_recipients"} <= set(db.table_names())
    assert [(r["idempotency_key"], r["status"]) for r in db["alerts"].rows] == [("1:email", "sent")]


def test_a_v9_database_gets_act_keys_redirects_and_what_its_sent_alerts_announced(older_database):
    path = older_database(
        9,
        ("INSERT INTO articles (id, url, source, title, content_hash, fetched_at)"
         " VALUES (7, 'https://a.example/7', 's', 't', 'h', '2024-01-01')", []),
        ("INSERT INTO events (id, match_key, kind, parties, plan_year, first_seen, updated_at)"
         " VALUES (1, 'plan_signed|AZ-KZ|2024', 'plan_signed', '[\"AZ\", \"KZ\"]', 2024, '2024-01-01', '2024-01-01')",
         []),
        ("INSERT INTO events (id, match_key, kind, parties, first_seen, updated_at)"
         " VALUES (2, 'agreement_ratified|AZ-TR|', 'agreement_ratified', '[\"AZ\", \"TR\"]', '2024-01-01',"
         " '2024-01-01')", []),
        ("INSERT INTO event_articles (event_id, article_id, added_at) VALUES (1, 7, '2024-01-01')", []),
        ("INSERT INTO alerts (event_id, channel, idempotency_key, status, created_at)"
         " VALUES (1, 'webhook', '1:webhook', 'sent', '2024-01-01')", []))

    db = open_db(path)

    assert [row[0] for row in db.execute("SELECT match_key FROM events ORDER BY id")] == [
        "signing|AZ-KZ|2024", "ratification|AZ-TR|"]
    assert "event_redirects" in db.table_names()
    [alert] = db["alerts"].rows
    assert alert["alert_type"] == "event.new"
    assert json.loads(alert["announced"]) == {"kind": "plan_signed", "plan_year": 2024, "date": None, "articles": [7]}
