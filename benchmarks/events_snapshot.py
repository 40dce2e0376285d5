"""Every event merging makes, one JSON line per event, to diff before and after a change.

`python -m benchmarks.events_snapshot OUT.jsonl [SIZE ...]` merges the merge benchmark's
synthetic detections (benchmarks/merge_events.py; 10,000 by default, in both orders of ids) and
the flagged articles of the dev and train corpora (as `pactwatch eval` stores them), and writes,
per event: its id, kind, parties, plan year, date, dated span, confidence and evidence, and its
reports (each article by URL, with the kind, plan year and dates it was read with); then every
redirect of a merged id, and the cluster figures `pactwatch eval` gives on dev + train. Run it
before and after a change meant to make merging faster, not different, and compare the two
files byte for byte (`cmp`).
"""

from __future__ import annotations

import json
import sys
import tempfile
from pathlib import Path

from benchmarks.classify_speed import SHARED
from benchmarks.merge_events import ORDERS, loaded_db
from monitor.analysis.evaluate import article_of, evaluate, load_corpora, page_day
from monitor.analysis.events.merge import merge_pending
from monitor.analysis.store import ArticleRecord, store_article
from monitor.classify import classify
from storage import open_db


def events_of(db) -> list[str]:
    """The stored events and redirects, as JSON lines (reports by URL: ids are the store's)."""
    reports: dict[int, list] = {}
    for row in db.execute(
            "SELECT m.event_id, a.url, m.kind, m.plan_year, m.date, m.effective_date, m.partial_date"
            " FROM event_articles m JOIN articles a ON a.id = m.article_id ORDER BY m.event_id, a.url"):
        reports.setdefault(row[0], []).append(list(row[1:]))
    lines = [json.dumps({"event": row[0], "kind": row[1], "parties": json.loads(row[2]), "plan_year": row[3],
                         "date": row[4], "span": [row[5], row[6]], "confidence": row[7], "evidence": row[8],
                         "key": row[9], "reports": reports.get(row[0], [])}, ensure_ascii=False)
             for row in db.execute("SELECT id, kind, parties, plan_year, date, first_day, last_day, confidence,"
                                   " evidence, match_key FROM events ORDER BY id")]
    lines += [json.dumps({"redirect": row[0], "to": row[1]})
              for row in db.execute("SELECT old_id, event_id FROM event_redirects ORDER BY old_id")]
    return lines


def benchmark_events(count: int, order: str) -> list[str]:
    with loaded_db(count, order) as db:
        merge_pending(db)
        return events_of(db)


def corpus_events(folders: list[Path]) -> list[str]:
    """The events of the flagged articles of `folders`, stored and merged as `pactwatch eval` does."""
    with tempfile.TemporaryDirectory() as folder:
        db = open_db(Path(folder) / "eval.db")
        for record in load_corpora(folders):
            article = article_of(record)
            detection = classify(article)
            if not detection.flagged:
                continue
            day = page_day(article, detection.lang)
            store_article(db, ArticleRecord(url=f"corpus:{record['id']}", source="corpus", title="",
                                            text=record["text"], published_at=day.isoformat() if day else None,
                                            lang=detection.lang), detection)
        merge_pending(db)
        lines = events_of(db)
        db.conn.close()
    return lines


def main(out: str, sizes: tuple[int, ...] = (10_000,)) -> int:
    folders = [SHARED / "corpus" / "dev", SHARED / "corpus" / "train"]
    with open(out, "w", encoding="utf-8") as handle:
        for size in sizes:
            for order in ORDERS:
                handle.write(json.dumps({"benchmark": size, "order": order}) + "\n")
                handle.writelines(line + "\n" for line in benchmark_events(size, order))
        if all(folder.is_dir() for folder in folders):
            handle.write(json.dumps({"corpus": [folder.name for folder in folders]}) + "\n")
            handle.writelines(line + "\n" for line in corpus_events(folders))
            metrics = evaluate(folders)
            handle.write(json.dumps({"clustering": metrics["clustering"],
                                     "clustering_detected": metrics["clustering_detected"]}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], tuple(int(size) for size in sys.argv[2:]) or (10_000,)))
