"""The undated pass at scale: one pair's reports with no date, merged, then one more merged.

`python -m benchmarks.undated_pass [N ...]` (default 1000 3000 10000) stores N reports of one pair
of states with no date and no publish date (talks, exercises, ratifications, signings in turn; a
twentieth of them dated, so the pair has events on record; the rest know part of their date or
nothing), each naming three of a few dozen surnames and places and a minister, as undated reports
do; merges them, then stores one more undated report and merges again. Every merge run places
*all* the pair's undated reports again from scratch (monitor/analysis/events/undated.py), so the
second figure is what each later run costs the pair. Prints, per N, CPU seconds of both merges,
the events made and a digest of the partition (articles per event): equal digests, equal events.

The names are few on purpose: every report shares some with many others, as a pair's ministers'
names are shared by all its reports, the case where comparing reports two by two costs most.
"""

from __future__ import annotations

import hashlib
import json
import random
import sys
import tempfile
import time
from pathlib import Path

from monitor.analysis.events.merge import merge_pending
from storage import open_db
from storage.articles import upsert_article
from storage.detections import save_detection
from storage.events import article_mentions

NAMES = ["Hasanov", "Bekov", "Tashkent", "Termez", "Shymkent", "Karimov", "Aliyev", "Zhukov", "Petrenko", "Novak",
         "Kovacs", "Ferrari", "Ghazaryan", "Dendias", "Gallant", "Akar", "Pistorius", "Garibashvili", "Ortiz",
         "Mendes", "Dubois", "Nowak", "Horvat", "Ivanov", "Orlov", "Sokolov", "Lebedev", "Kozlov", "Morozov"]
KINDS = ["talks", "exercise", "agreement_ratified", "agreement_signed"]
SENTENCES = {"agreement_ratified": ["The lower house ratified the agreement.", "The agreement was ratified.",
                                    "The president signed the law ratifying it.", "Senators approved the agreement."]}
DATED = 0.05
SIZES = (1000, 3000, 10000)


def add(db, rng: random.Random, index: int) -> None:
    """Store report `index` of the pair and its detection."""
    kind = KINDS[index % len(KINDS)]
    names = rng.sample(NAMES, 3)
    partial = rng.choice([None, None, None, f"--{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}"])
    sentence = rng.choice(SENTENCES.get(kind, [f"{kind} reported"]))
    text = (f"{sentence} Minister {rng.choice(NAMES)} said the {names[0]} and {names[1]} sides met {names[2]}."
            f" General {names[1]} attended.")
    dated = rng.random() < DATED
    day = f"20{rng.randint(18, 25)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}" if dated else None
    article = upsert_article(db, url=f"https://outlet{index % 7}.example/{index}", source="wire", title="t",
                             text=text, published_at=None)
    save_detection(db, article.id, classifier_version="bench", lang="en", flagged=True, events=[
        {"kind": kind, "parties": ["AZ", "KZ"], "plan_year": None, "date": day, "evidence": sentence,
         "confidence": 0.8, "partial_date": None if dated else partial}])


def measure(count: int) -> dict:
    rng = random.Random(11)
    with tempfile.TemporaryDirectory(prefix="pactwatch-undated-") as folder:
        db = open_db(Path(folder) / "undated.db")
        for index in range(count):
            add(db, rng, index)
        started = time.process_time()
        merge_pending(db)
        first = time.process_time() - started
        add(db, rng, count)
        started = time.process_time()
        merge_pending(db)
        more = time.process_time() - started
        events: dict[int, list[int]] = {}
        for article_id, event_id, *_ in article_mentions(db):
            events.setdefault(event_id, []).append(article_id)
        db.conn.close()
    partition = sorted(sorted(members) for members in events.values())
    return {"reports": count, "merge_cpu_seconds": round(first, 2), "one_more_cpu_seconds": round(more, 2),
            "events": len(events), "partition": hashlib.sha1(repr(partition).encode()).hexdigest()[:12]}


def main(sizes=None) -> list[dict]:
    found = [measure(count) for count in (sizes or SIZES)]
    print(json.dumps(found, indent=2))
    return found


if __name__ == "__main__":
    main([int(size) for size in sys.argv[1:]] or None)
