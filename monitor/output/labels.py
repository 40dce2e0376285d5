"""Reviewed articles as a labelled corpus (`../shared/corpus/SCHEMA.md`), so `pactwatch eval` can
measure the classifier against a user's own verdicts.

Each article becomes `a<id>.txt` (its title, a blank line, its text: `eval` reads the first line
as the title) and one line of `labels.jsonl`. Its labels are the events it reports after review
(storage.reviews.reviewed_articles): bilateral ones first, each with the event's kind, parties,
plan year and date as reviewed; `flagged` when one of them is bilateral; `story` names the main
event, so articles of one event share it (`eval` measures the clustering with it).
"""

from __future__ import annotations

import json
from pathlib import Path

from monitor.output.files import replaced_file
from storage.events import BLOCS_OF_TWO_LETTERS

LABELS_FILE = "labels.jsonl"


def bilateral(parties: list[str]) -> bool:
    """Exactly two states (storage.events.two_states_sql, in Python)."""
    return len(parties) == 2 and all(len(code) == 2 and code not in BLOCS_OF_TWO_LETTERS for code in parties)


def label_of(article: dict) -> dict:
    """The SCHEMA.md label of one reviewed article (a row of storage.reviews.reviewed_articles)."""
    events = sorted(article["events"], key=lambda event: (not bilateral(event["parties"]), event["id"]))
    main = next((event for event in events if bilateral(event["parties"])), None)
    label = {"id": f"a{article['id']}", "url": article["url"], "lang": article["lang"] or "und",
             "flagged": main is not None,
             "events": [{"kind": event["kind"], "parties": sorted(event["parties"]), "plan_year": event["plan_year"],
                         "date": event["date"][:10] if event["date"] else None} for event in events],
             "note": "exported from pactwatch review decisions"}
    if main is not None:
        label["story"] = f"event-{main['id']}"
    return label


def write_corpus(folder: Path, articles: list[dict]) -> int:
    """Write the articles' texts and `labels.jsonl` into `folder` (created if needed); return how
    many. The labels file is replaced only once complete (monitor.output.files)."""
    folder.mkdir(parents=True, exist_ok=True)
    labels = []
    for article in articles:
        label = label_of(article)
        (folder / f"{label['id']}.txt").write_text(f"{article['title'] or ''}\n\n{article['text'] or ''}",
                                                   encoding="utf-8")
        labels.append(label)
    with replaced_file(folder / LABELS_FILE) as out:
        for label in labels:
            out.write(json.dumps(label, ensure_ascii=False) + "\n")
    return len(labels)
