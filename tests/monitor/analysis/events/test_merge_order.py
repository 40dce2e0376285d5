"""Merging is order-independent: the same reports, arriving in any order and in any number of
rounds, give the same events (issue 16). Checked on the real labelled corpus in ../shared
(skipped when absent) and on reports written here."""

import random
from pathlib import Path

import pytest

from monitor.analysis.evaluate import article_of, load_corpora, page_day
from monitor.analysis.events.merge import merge_pending
from monitor.analysis.store import ArticleRecord, store_article
from monitor.classify import classify
from storage import open_db
from storage.articles import upsert_article
from storage.detections import save_detection
from storage.events import article_mentions, resolve_event_id

CORPUS = Path(__file__).resolve().parents[4] / "../shared/corpus"


@pytest.fixture(scope="module")
def corpus_reports():
    folders = [CORPUS / name for name in ("dev", "train")]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("../shared/corpus not available")
    reports = []
    for record in load_corpora(folders):
        article = article_of(record)
        detection = classify(article)
        if detection.flagged:
            published = page_day(article, detection.lang)
            reports.append((record, detection, published.isoformat() if published else None))
    return reports


def _events_after(tmp_path, name, reports, rounds):
    """Store the reports in this order, merging after every `rounds`-th; return the partition of
    article ids into events."""
    db = open_db(tmp_path / f"{name}.db")
    ids = {}
    for number, (record, detection, published) in enumerate(reports, 1):
        stored = store_article(db, ArticleRecord(url=f"corpus:{record['id']}", source="corpus", title="",
                                                 text=record["text"], published_at=published,
                                                 lang=detection.lang), detection)
        ids[stored.id] = record["id"]
        if number % rounds == 0:
            merge_pending(db)
    merge_pending(db)
    groups = {}
    for article_id, event_id, *_ in article_mentions(db):
        groups.setdefault(event_id, set()).add(ids[article_id])
    db.conn.close()
    return {frozenset(members) for members in groups.values()}


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_corpus_in_any_order_gives_the_same_events(tmp_path, corpus_reports, seed):
    in_order = _events_after(tmp_path, "in-order", corpus_reports, rounds=len(corpus_reports))
    shuffled = list(corpus_reports)
    random.Random(seed).shuffle(shuffled)
    one_by_one = _events_after(tmp_path, f"shuffled-{seed}", shuffled, rounds=1)

    assert one_by_one == in_order
    assert any(len(members) > 2 for members in in_order)  # the corpus has stories told three times or more


def _report(db, url, kind, *, date=None, plan_year=None, published=None):
    article = upsert_article(db, url=url, source=url.split("/")[2], title="t", text=url, published_at=published)
    save_detection(db, article.id, classifier_version="test", lang="en", flagged=True,
                   events=[{"kind": kind, "parties": ["AZ", "GE"], "plan_year": plan_year, "date": date,
                            "evidence": url, "confidence": 0.9}])


# One signing told four ways: a plan for 2025 dated, "an agreement" the day after, a four-year
# document with no date, and the talks of the same visit; and a plan for 2026 a year later.
SIGNING = [("https://ministry.example/1", "plan_signed", {"date": "2024-12-10", "plan_year": 2025}),
           ("https://wire.example/2", "agreement_signed", {"published": "2024-12-11T08:00:00+00:00"}),
           ("https://agg.example/3", "plan_signed", {"plan_year": 2025}),
           ("https://tv.example/4", "talks", {"date": "2024-12-09"}),
           ("https://ministry.example/5", "plan_signed", {"date": "2025-12-02", "plan_year": 2026})]


def _merged_one_by_one(tmp_path, reports, seed, store):
    """The database after storing the reports in the seed's shuffled order with `store(db, *report)`,
    merging after each; and its events, event id -> the ids of its articles."""
    reports = list(reports)
    random.Random(seed).shuffle(reports)
    db = open_db(tmp_path / "events.db")
    for details in reports:
        store(db, *details)
        merge_pending(db)
    events = {}
    for article_id, event_id, *_ in article_mentions(db):
        events.setdefault(event_id, []).append(article_id)
    return db, events


@pytest.mark.parametrize("seed", range(6))
def test_a_signing_named_differently_by_each_outlet_is_one_event_in_any_order(tmp_path, seed):
    db, events = _merged_one_by_one(tmp_path, SIGNING, seed,
                                    lambda database, url, kind, details: _report(database, url, kind, **details))
    assert sorted(len(members) for members in events.values()) == [1, 4]
    row = db.execute("SELECT kind, plan_year, date FROM events ORDER BY date").fetchone()
    assert tuple(row) == ("plan_signed", 2025, "2024-12-10")  # the most specific reading wins
    for old_id in [row[0] for row in db.execute("SELECT old_id FROM event_redirects")]:
        assert resolve_event_id(db, old_id) in events


def _told(db, url, text, date=None):
    article = upsert_article(db, url=url, source=url.split("/")[2], title="t", text=text, published_at=None)
    save_detection(db, article.id, classifier_version="test", lang="en", flagged=True,
                   events=[{"kind": "talks", "parties": ["AZ", "GE"], "plan_year": None, "date": date,
                            "evidence": url, "confidence": 0.9}])


# Talks of one pair, dated once and otherwise told with no date: the dated meeting and an undated
# report of the same three people; two undated reports of the ministers with another deputy (whose
# two ministers the dated meeting already names: one name of their own is not enough); two undated
# reports of three other people.
MEETINGS = [("https://ministry.example/1", "Zaur Mammadli hosted Irakli Beridze; deputy Nodar Tsiklauri joined them.",
             "2024-03-04"),
            ("https://wire.example/2", "Irakli Beridze and Zaur Mammadli met; deputy Nodar Tsiklauri took part.", None),
            ("https://agg.example/3", "Zaur Mammadli met Irakli Beridze; deputy Levan Kapanadze attended.", None),
            ("https://tv.example/4", "Irakli Beridze saw Zaur Mammadli, with deputy Levan Kapanadze present.", None),
            ("https://wire.example/5", "General Anar Jafarli met Colonel Giorgi Abashidze and Major Elvin Rustamli.",
             None),
            ("https://agg.example/6", "Major Elvin Rustamli, General Anar Jafarli and Colonel Giorgi Abashidze met.",
             None)]


@pytest.mark.parametrize("seed", range(6))
def test_undated_talks_placed_by_the_people_they_name_in_any_order(tmp_path, seed):
    db, events = _merged_one_by_one(tmp_path, MEETINGS, seed, _told)

    urls = dict(db.execute("SELECT id, url FROM articles").fetchall())
    found = sorted(sorted(urls[article].split("/")[-1] for article in members) for members in events.values())
    assert found == [["1", "2"], ["3"], ["4"], ["5", "6"]]
