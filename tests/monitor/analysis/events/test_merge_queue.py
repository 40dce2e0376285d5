"""Which verdicts wait to be merged: the merge queue, and `merged_at` stamped once per merge run."""

from monitor.analysis.events.merge import merge_pending
from storage import open_db
from storage.articles import upsert_article
from storage.detections import save_detection
from storage.events import article_mentions, mark_merged, pending_article_ids


def signing(day, parties=("AZ", "GE")):
    return {"kind": "agreement_signed", "parties": list(parties), "plan_year": None, "date": day,
            "evidence": "signed", "confidence": 0.9}


def stored(db, url, events, published="2024-05-02T09:00:00+00:00"):
    article = upsert_article(db, url=url, source="wire", title="t", text=url, published_at=published)
    save_detection(db, article.id, classifier_version="test", lang="en", flagged=True, events=events)
    return article.id


def unmerged(db):
    return [row[0] for row in db.execute("SELECT article_id FROM detections WHERE merged_at IS NULL ORDER BY 1")]


def test_a_merge_run_stamps_every_verdict_it_merged_and_leaves_none_waiting(db):
    first = stored(db, "https://a.example/1", [signing("2024-05-01")])
    second = stored(db, "https://b.example/2", [signing("2024-05-02")], published="2024-05-01T09:00:00+00:00")
    assert pending_article_ids(db) == [second, first]

    merge_pending(db)

    assert pending_article_ids(db) == [] and unmerged(db) == []
    assert sorted(article for article, *_ in article_mentions(db)) == [first, second]


def test_a_new_verdict_on_a_merged_article_is_merged_again(db):
    article = stored(db, "https://a.example/1", [signing("2024-05-01")])
    merge_pending(db)

    save_detection(db, article, classifier_version="test", lang="en", flagged=True,
                   events=[signing("2024-05-01", parties=("AZ", "KZ"))])
    assert pending_article_ids(db) == [article] and unmerged(db) == [article]
    merge_pending(db)

    assert pending_article_ids(db) == [] and unmerged(db) == []
    assert [parties for *_, parties in article_mentions(db)] == [["AZ", "KZ"]]


def test_a_verdict_set_back_to_unmerged_by_hand_is_merged_again(db):
    article = stored(db, "https://a.example/1", [signing("2024-05-01")])
    merge_pending(db)

    db.execute("UPDATE detections SET merged_at = NULL")
    db.conn.commit()

    assert pending_article_ids(db) == [article]


def test_a_run_that_stopped_after_its_last_batch_is_stamped_by_the_next(db):
    article = stored(db, "https://a.example/1", [signing("2024-05-01")])
    mark_merged(db, [article])  # the batch was merged; the run ended before stamping it
    db.conn.commit()
    assert pending_article_ids(db) == [] and unmerged(db) == [article]

    merge_pending(db)

    assert unmerged(db) == []


def test_verdicts_waiting_in_a_file_of_version_16_still_wait_after_the_migration(older_database):
    path = older_database(
        16,
        ("INSERT INTO articles (id, url, source, title, text, content_hash, fetched_at)"
         " VALUES (1, 'https://e.org/1', 's', 'T', 'text', 'h', '2024-01-01'),"
         " (2, 'https://e.org/2', 's', 'T', 'text', 'h2', '2024-01-02')", []),
        ("INSERT INTO detections (article_id, classifier_version, lang, flagged, events, classified_at, merged_at)"
         " VALUES (1, 'rules-2', 'en', 1, '[]', '2024-01-01', NULL),"
         " (2, 'rules-2', 'en', 1, '[]', '2024-01-02', '2024-01-03')", []))

    assert pending_article_ids(open_db(path)) == [1]


def test_a_waiting_verdict_whose_article_is_redated_is_merged_once_and_leaves_the_queue(db):
    article = stored(db, "https://a.example/1", [signing("2024-05-01")])
    other = stored(db, "https://b.example/2", [signing("2024-05-01")], published="2024-05-03T09:00:00+00:00")
    upsert_article(db, url="https://a.example/1", source="wire", title="t", text="corrected and redated",
                   published_at="2024-05-04T09:00:00+00:00")
    assert pending_article_ids(db) == [other, article]

    merge_pending(db)

    assert pending_article_ids(db) == [] and unmerged(db) == []
    assert sorted(article_id for article_id, *_ in article_mentions(db)) == [article, other]


def test_a_waiting_verdict_deleted_leaves_the_queue(db):
    article = stored(db, "https://a.example/1", [signing("2024-05-01")])
    db.execute("DELETE FROM detections WHERE article_id = ?", [article])
    db.conn.commit()

    assert db.execute("SELECT COUNT(*) FROM merge_queue").fetchone()[0] == 0
