"""One way in for an article: stored with its classifier verdict in one transaction.

The crawl's pipeline, `ingest`, `reclassify` and `eval` all call store_article, so an article
and its verdict are written the same way whoever read it: the article upserted by canonical
URL, the outlet it republishes recorded, and its verdict saved when it is new or differs from
the stored one (a changed verdict is merged into events again by after_crawl). An article
is never stored without its verdict, nor a verdict without its article.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional, Sequence

import sqlite_utils

from monitor.classify import CLASSIFIER_VERSION, Article, Detection, classify
from storage.articles import ArticleRow, Upserted, upsert_articles
from storage.db import transaction
from storage.detections import keep_detection, save_detection, stored_verdict
from storage.origins import save_origin


@dataclass
class ArticleRecord(ArticleRow):
    """The article, from extraction (or a local file, a stored row, a worker's hand-over) to
    storage: the crawl's item is one (crawlers.items.ArticleItem), and the classifier's Article is
    made from one, here only (for_classifier). Its own columns are storage's ArticleRow (url,
    source, title, text, published_at, lang, author, in that order); then the outlet it republishes.

    `published_at` is the publish date or time as the page or its listing gives it, ISO 8601 text
    ("2024-03-05", or "2024-03-05T10:00:00+04:00" with its zone): the column keeps the time and
    the zone, which a `date` would drop. The classifier reads only the day, as a date
    (publish_day), made in for_classifier.
    """

    origin_outlet: Optional[str] = None
    origin_source: Optional[str] = None

    def for_classifier(self) -> Article:
        """What the classifier reads: the article's own fields, its publish day as a date."""
        return Article(title=self.title or "", text=self.text or "", lang=self.lang,
                       published=publish_day(self.published_at), url=self.url or None)


def classify_article(article: ArticleRecord) -> Detection:
    """The classifier's verdict on one stored (or about to be stored) article."""
    return classify(article.for_classifier())


def store_article(db: sqlite_utils.Database, article: ArticleRecord, detection: Optional[Detection], *,
                  run_id: Optional[int] = None, verdict_of_unchanged: bool = True) -> Upserted:
    """Upsert the article, record the outlet it republishes and save its verdict, all or nothing.

    The verdict of an article whose text did not change is compared with the stored one only
    when `verdict_of_unchanged` (ingest, reclassify and eval want the current classifier's
    verdict; a crawl that meets a known page again keeps what is stored).
    """
    return store_articles(db, [(article, detection)], run_id=run_id, verdict_of_unchanged=verdict_of_unchanged)[0]


def store_articles(db: sqlite_utils.Database, articles: Sequence[tuple[ArticleRecord, Optional[Detection]]], *,
                   run_id: Optional[int] = None, verdict_of_unchanged: bool = True) -> list[Upserted]:
    """store_article for each (article, verdict), in one transaction: the same rows, the new articles
    inserted by one statement (storage.articles.upsert_articles: their search index written once)."""
    with transaction(db):
        written = upsert_articles(db, [article for article, _detection in articles], run_id=run_id)
        results = []
        for (article, detection), stored in zip(articles, written):
            if article.origin_outlet:
                save_origin(db, stored.id, article.origin_outlet, article.origin_source)
            if detection is not None and (stored.changed or verdict_of_unchanged):
                stored = Upserted(stored.id, stored.created, stored.changed,
                                  verdict_changed=store_detection(db, stored.id, detection, new_article=stored.created))
            results.append(stored)
    return results


def store_detection(db: sqlite_utils.Database, article_id: int, detection: Detection, *,
                    new_article: bool = False) -> bool:
    """Save a verdict; return True when it differs from the stored one (and so needs merging again).
    An article inserted in this transaction has none stored (`new_article`: not looked for)."""
    data = detection.to_dict()
    if not new_article and stored_verdict(db, article_id) == (data["flagged"], data["events"]):
        keep_detection(db, article_id, CLASSIFIER_VERSION)
        return False
    save_detection(db, article_id, classifier_version=CLASSIFIER_VERSION, lang=data["lang"],
                   flagged=data["flagged"], events=data["events"])
    return True


def publish_day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None
