"""The event clustering's mistakes on labelled corpus folders, pair by pair, to find their causes.

`python -m benchmarks.cluster_errors ../shared/corpus/dev ../shared/corpus/train` lists every pair
of articles that share a labelled story but not an event (missed) and every pair that shares an
event but no story (false join), with what the classifier read in each article (kind, pair, plan
year, stated date, partial date, page date) and the stored event its main event landed in, as
`pactwatch eval` merges them. Pairs with an article of a held-out folder (`val`) are counted, never
shown: that folder's errors must stay unseen.
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from itertools import combinations
from pathlib import Path

from monitor.analysis.evaluate import _merged_main_events, article_of, gold_main, load_corpora, page_day
from monitor.classify import classify

HELD_OUT = "val"


def pairs(folders: list[Path]) -> tuple[list[dict], dict]:
    """The rows (record, detection, page date) and {"missed": pairs, "false": pairs, "events": ...}."""
    rows = []
    for record in load_corpora(folders):
        article = article_of(record)
        detection = classify(article)
        rows.append({"record": record, "detection": detection, "published": page_day(article, detection.lang)})
    events = _merged_main_events([row for row in rows if row["detection"].flagged])
    flagged = [row["record"] for row in rows if row["record"]["flagged"]]
    gold = {frozenset((a["id"], b["id"])) for a, b in combinations(flagged, 2)
            if a.get("story") and a.get("story") == b.get("story")}
    members = defaultdict(list)
    for article_id, event_id in events.items():
        members[event_id].append(article_id)
    predicted = {frozenset(pair) for group in members.values() for pair in combinations(group, 2)}
    return rows, {"missed": gold - predicted, "false": predicted - gold, "events": events}


def describe(row: dict, event_id) -> str:
    record, detection = row["record"], row["detection"]
    label = gold_main(record) or {}
    lines = [f"  {record['id']} [{record['lang']}] story {record.get('story')}: labelled {label.get('kind')} "
             f"{'-'.join(label.get('parties', []))} year {label.get('plan_year')} date {label.get('date')}; "
             f"page date {row['published']}; event {event_id}"]
    for event in detection.events:
        lines.append(f"    read {event.kind} {'-'.join(event.parties)} year {event.plan_year} date {event.date} "
                     f"partial {event.partial_date}: {event.evidence[:100]!r}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cluster_errors", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    folders = parser.parse_args().folders
    rows, found = pairs(folders)
    by_id = {row["record"]["id"]: row for row in rows}
    # One folder: ids carry no folder name. Several: ids are "folder/id".
    whole = len(folders) == 1 and folders[0].name == HELD_OUT
    held_out = {article_id for article_id in by_id if whole or article_id.split("/")[0] == HELD_OUT}
    for name in ("missed", "false"):
        shown = sorted(sorted(pair) for pair in found[name] if not pair & held_out)
        print(f"{name}: {len(found[name])} pairs ({len(found[name]) - len(shown)} with a held-out article, not shown)")
        for first, second in shown:
            print(describe(by_id[first], found["events"].get(first)))
            print(describe(by_id[second], found["events"].get(second)))
            print()


if __name__ == "__main__":
    main()
