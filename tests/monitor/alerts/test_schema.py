"""Schema v4: an older database keeps its outbox rows and gains what retries and digests need."""

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
