"""`pactwatch reclassify` may change events; it never re-sends what was already sent for the same
real-world event (issue 16). Real classifier, real SQLite file, the real webhook receiver."""

import subprocess
from datetime import datetime, timezone

from monitor.alerts.outbox import dispatch, enqueue_new_events
from monitor.analysis.events.merge import merge_pending
from monitor.config.alerts import AlertSettings
from storage import open_db
from storage.detections import save_detection
from storage.events import resolve_event_id
from tests.monitor.scheduler.test_daemon import PACTWATCH

NOW = datetime(2024, 3, 6, 8, 0, tzinfo=timezone.utc)
# One signing told by two outlets, in words written for this test.
TOLD = {
    "wire.txt": "Azerbaijan and Georgia sign defence agreement\n"
                "On 4 March 2024 the defence ministers of Azerbaijan and Georgia signed an agreement on military"
                " cooperation in Tbilisi.\n",
    "ministry.txt": "Georgia and Azerbaijan adopt military cooperation plan for 2024\n"
                    "The defence ministers of Georgia and Azerbaijan signed the plan of bilateral military"
                    " cooperation for 2024 in Tbilisi on 4 March 2024.\n",
}


def _pactwatch(db_path, *args):
    done = subprocess.run([*PACTWATCH, "--db", str(db_path), *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done


def _alert(db_path, settings, now):
    db = open_db(db_path)
    enqueue_new_events(db, settings, now=now)
    dispatch(db, settings, now=now)
    db.conn.close()


def test_reclassify_that_joins_two_alerted_events_sends_no_new_alert(tmp_path, db_path, webhook_receiver):
    """An older classifier read the wire's date wrong, so its report made an event of its own and
    both were alerted. Reclassifying puts the report back with the signing: no event.new for it
    (at most an update of the signing's event), and a second reclassify sends nothing at all."""
    for name, text in TOLD.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    _pactwatch(db_path, "ingest", "--source", "wire", str(tmp_path / "wire.txt"))
    _pactwatch(db_path, "ingest", "--source", "ministry", str(tmp_path / "ministry.txt"))
    db = open_db(db_path)
    wire = db.execute("SELECT id FROM articles WHERE url LIKE '%wire.txt'").fetchone()[0]
    save_detection(db, wire, classifier_version="rules-0", lang="en", flagged=True,
                   events=[{"kind": "agreement_signed", "parties": ["AZ", "GE"], "plan_year": None,
                            "date": "2024-06-04", "evidence": "an older reading", "confidence": 0.8}])
    merge_pending(db)
    db.conn.close()
    settings = AlertSettings(max_age_days=0, webhook=webhook_receiver.settings())
    _alert(db_path, settings, NOW)
    alerted = {delivery["json"]["event"]["id"] for delivery in webhook_receiver.accepted}
    assert len(alerted) == 2

    _pactwatch(db_path, "reclassify")
    _alert(db_path, settings, NOW.replace(day=7))
    after_first = len(webhook_receiver.accepted)
    _pactwatch(db_path, "reclassify")
    _alert(db_path, settings, NOW.replace(day=8))

    types = [delivery["json"]["type"] for delivery in webhook_receiver.accepted]
    assert types.count("event.new") == 2 and len(types) == after_first
    db = open_db(db_path)
    [(event_id,)] = db.execute("SELECT DISTINCT event_id FROM event_articles").fetchall()
    assert {resolve_event_id(db, old) for old in alerted} <= {event_id} | alerted
    assert event_id in {resolve_event_id(db, old) for old in alerted}
    db.conn.close()
