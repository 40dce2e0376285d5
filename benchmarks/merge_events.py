"""Event merging at scale: time and peak memory to merge N stored detections, for N and 10 N.

Detections are synthetic but shaped like real ones: a few dozen pairs of states, the five kinds,
plan years, dates over several years, and most events reported by two to five outlets.

Two orders of storing them are measured. "published": article ids follow publication, as a
database filled by daily crawls has them. "random": ids bear no relation to publication, as after
crawling a large archive in one go; merging goes in publication order, so each batch then reads
and marks rows all over the file, and the cost per detection grows with the file's size.
"""

from __future__ import annotations

import json
import multiprocessing
import random
import resource
import sqlite3
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import sqlite_utils

from monitor.analysis.events.merge import merge_pending
from storage import open_db
from storage.events import list_events

STATES = ["AZ", "GE", "KZ", "TR", "BY", "UZ", "AM", "RU", "KG", "TJ", "PK", "IL", "IT", "FR", "US"]
KINDS = ["plan_signed", "agreement_signed", "agreement_ratified", "talks", "exercise"]


def synthetic_reports(count: int, seed: int = 7):
    """(url, published_at, events) for `count` articles; each real event gets 1-5 reports."""
    rng = random.Random(seed)
    made = 0
    while made < count:
        a, b = sorted(rng.sample(STATES, 2))
        kind = rng.choice(KINDS)
        year = rng.randint(2015, 2026)
        day = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        plan_year = year + 1 if kind == "plan_signed" else None
        for _ in range(min(rng.randint(1, 5), count - made)):
            event = {"kind": kind, "parties": [a, b], "plan_year": plan_year,
                     "date": day if rng.random() < 0.6 else None, "evidence": "synthetic", "confidence": 0.8}
            yield f"https://outlet{rng.randint(1, 40)}.example/{made}", f"{day}T10:00:00+00:00", [event]
            made += 1


ORDERS = ("published", "random")


def load(db_path: Path, count: int, order: str = "random") -> None:
    """Store `count` articles with flagged detections, in bulk, ids in `order` (see ORDERS)."""
    conn = sqlite3.connect(db_path)
    now = "2026-11-22T00:00:00+00:00"
    reports = list(synthetic_reports(count))
    if order == "published":
        reports.sort(key=lambda report: report[1])
    with conn:
        for article_id, (url, published, events) in enumerate(reports, start=1):
            conn.execute("INSERT INTO articles (id, url, source, title, text, published_at, content_hash, fetched_at)"
                         " VALUES (?, ?, 's', 't', 'x', ?, ?, ?)", [article_id, url, published, url, now])
            conn.execute("INSERT INTO detections (article_id, classifier_version, lang, flagged, events,"
                         " classified_at) VALUES (?, 'bench', 'en', 1, ?, ?)", [article_id, json.dumps(events), now])
    conn.close()


@contextmanager
def loaded_db(count: int, order: str) -> Iterator[sqlite_utils.Database]:
    """A fresh database in a temporary folder holding `count` synthetic detections in `order`, none
    merged yet; closed and removed afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.db"
        open_db(db_path).conn.close()
        # Loaded in a child process: its list of reports is not part of the merge's peak memory.
        loader = multiprocessing.get_context("fork").Process(target=load, args=(db_path, count, order))
        loader.start()
        loader.join()
        db = open_db(db_path)
        try:
            yield db
        finally:
            db.conn.close()


def measure(count: int, order: str) -> dict:
    with loaded_db(count, order) as db:
        started, cpu = time.perf_counter(), time.process_time()
        created = merge_pending(db)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        events = len(list_events(db, bilateral_only=True)) if count <= 20000 else created
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"order": order, "detections": count, "events": events, "seconds": round(seconds, 2),
            "cpu_seconds": round(cpu, 2),
            "per_second": round(count / seconds), "peak_rss_mb": round(peak_mb)}


def best_of_rounds(sizes: tuple[int, ...], order: str, repeats: int) -> list[dict]:
    """The fastest run of each size over `repeats` rounds, each round measuring every size in turn:
    the machine is shared, and the minimum is the least disturbed. Taking turns exposes every size
    to the same stretches of the machine's speed: measuring all runs of one size first let a
    change over a minute (other work on the host) fall on one side of the ratio only."""
    rounds = [[measure(size, order) for size in sizes] for _ in range(repeats)]
    return [min((measured[index] for measured in rounds), key=lambda result: result["seconds"])
            for index in range(len(sizes))]


def main(sizes=(10_000, 100_000), repeats: int = 3) -> list[dict]:
    results, ratios, cpu_ratios = [], {}, {}
    for order in ORDERS:
        measured = best_of_rounds(sizes, order, repeats)
        ratios[order] = round(measured[-1]["seconds"] / measured[0]["seconds"], 2)
        cpu_ratios[order] = round(measured[-1]["cpu_seconds"] / measured[0]["cpu_seconds"], 2)
        results += measured
    # CPU seconds (the merge's own process) say less of the disk, and move less with other load.
    print(json.dumps({"results": results, "time_ratio": ratios, "cpu_time_ratio": cpu_ratios,
                      "size_ratio": sizes[-1] / sizes[0]}, indent=2))
    return results


if __name__ == "__main__":
    main()
