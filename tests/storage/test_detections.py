"""Classifier verdicts: one row per article, replaced when it is classified again."""

from storage.detections import save_detection


def _article(db):
    db.execute("INSERT INTO articles (id, url, source, title, text, content_hash, fetched_at)"
               " VALUES (1, 'https://e.org/1', 's', 'T', 'text', 'h', '2024-01-01')")
    return 1


def test_a_verdict_keeps_its_best_event_confidence_and_a_new_one_replaces_it(db):
    article = _article(db)
    save_detection(db, article, classifier_version="rules-2", lang="en", flagged=True,
                   events=[{"kind": "talks", "confidence": 0.45}, {"kind": "exercise", "confidence": 0.8}])
    assert db.execute("SELECT flagged, confidence FROM detections").fetchall() == [(1, 0.8)]

    save_detection(db, article, classifier_version="rules-2", lang="en", flagged=False, events=[])
    assert db.execute("SELECT flagged, confidence FROM detections").fetchall() == [(0, None)]
