"""Event clustering's pairs counted by how their two reports were placed, right and false.

`python -m benchmarks.cluster_rules ../shared/corpus/dev ../shared/corpus/train` merges the
folders' flagged articles as `pactwatch eval` does and sorts every predicted pair (two articles
whose main events share a stored event) by how each of the two reports was placed in time: its
stated date, its publish date, its plan year, or the undated rule that placed it (monitor.analysis.
events.undated: a fitting partial date, a weekday, the pair's one event of its act joined by one
shared name or by two or more, the visit, the group of undated reports of an act, the talks on
record named alike by three names, left alone or linked to other undated reports by names). The
pairs that share a story but no event (missed) are counted by cause: an article not flagged, another pair
of states read, acts of two families, plan years that differ, two dated reports too far apart (by
how many days and whether each day is stated or a publish day), or an undated report (how each
was placed). It prints counts only, never ids, so a held-out folder (`val`) can be counted without
its pairs being seen (a run that includes it is a read of its score). Both the figure over all
pairs and the one over the articles detected with the right pair of states are given.
"""

from __future__ import annotations

import argparse
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path

from monitor.analysis.evaluate import _merged_main_events, _states_right, article_of, load_corpora, page_day
from monitor.analysis.events import undated
from monitor.analysis.events.identity import family
from monitor.classify import classify


def _reason(report: undated.Mention, placed: list[undated.Placed], where) -> str:
    """Which of undated.target's rules put the report where it went."""
    if isinstance(where, tuple):
        kind = undated.family(report.kind)
        return f"group ({kind})" if where[0] == "group" else f"left, or linked by names ({kind})"
    if undated.by_code(report, placed) is not None:
        return "code name"
    if len([event for event in placed if undated.fits(report, event)]) == 1:
        return "partial date"
    if undated.on_weekday(report, placed) is not None:
        return "weekday"
    act = undated.family(report.kind)
    if act == undated.TALKS and undated._visit(report, placed) != where:
        return "talks named alike"
    one = [event for event in placed if event.act == act and event.id == where]
    if one:
        names = undated.shared(report, one[0], placed)
        return f"one {act}, {'1 name' if len(undated.once(names)) == 1 else '2+ names'}"
    return "visit"


def _apart(first: str, second: str) -> str:
    """How far apart two days are, in the bands the merging's windows use."""
    days = abs((date.fromisoformat(first[:10]) - date.fromisoformat(second[:10])).days)
    return next(f"<= {band} days" for band in (0, 1, 3, 7, 14, 31, 92, 10 ** 6) if days <= band)


def _cause(first: dict, second: dict, how: dict) -> str:
    """Why two reports of one story share no event (see the module's doc)."""
    if not (first["detection"].flagged and second["detection"].flagged):
        return "not flagged"
    one, other = first["detection"].events[0], second["detection"].events[0]
    if one.parties != other.parties:
        return "another pair of states read"
    acts = sorted((family(one.kind), family(other.kind)))
    if acts[0] != acts[1] and acts != ["signing", "talks"]:
        return f"acts {acts[0]} + {acts[1]}"
    if one.plan_year and other.plan_year and one.plan_year != other.plan_year:
        return "plan years differ"
    ways = sorted(how[row["record"]["id"]] for row in (first, second))
    days = [event.date or row["published"] and row["published"].isoformat() for event, row in
            ((one, first), (other, second))]
    if all(days):
        return f"{' + '.join(acts)} dated {_apart(*days)} apart ({' + '.join(ways)})"
    return f"{' + '.join(acts)}, undated ({' + '.join(ways)})"


def counts(folders: list[Path]) -> dict[str, tuple[dict, Counter, Counter]]:
    """{"all" | "detected": (totals, Counter of ((how, how), right) -> pairs, Counter of the missed
    pairs' causes)}."""
    rows = []
    for record in load_corpora(folders):
        article = article_of(record)
        detection = classify(article)
        rows.append({"record": record, "detection": detection, "published": page_day(article, detection.lang)})
    reasons: dict[tuple[int, str], str] = {}
    target = undated.target

    def traced(report, placed, *others):
        where = target(report, placed, *others)
        reasons[(report.article_id, report.kind)] = _reason(report, placed, where)
        return where

    found = {}
    undated.target = traced
    try:
        for name, subset in (("all", rows), ("detected", [row for row in rows if _states_right(row)])):
            reasons.clear()
            flagged = [row for row in subset if row["detection"].flagged]
            events = _merged_main_events(flagged)  # articles are stored with ids 1, 2, ... in this order
            how = {}
            for article_id, row in enumerate(flagged, 1):
                main = row["detection"].events[0]
                how[row["record"]["id"]] = reasons.get((article_id, main.kind)) or (
                    "stated" if main.date else "published" if row["published"] else "plan year")
            story = {row["record"]["id"]: row["record"].get("story") for row in subset if row["record"]["flagged"]}
            gold = {frozenset(pair) for pair in combinations(sorted(story), 2)
                    if story[pair[0]] and story[pair[0]] == story[pair[1]]}
            members = defaultdict(list)
            for article_id, event_id in events.items():
                members[event_id].append(article_id)
            pairs = Counter()
            for group in members.values():
                for first, second in combinations(sorted(group), 2):
                    pairs[(tuple(sorted((how[first], how[second]))), frozenset((first, second)) in gold)] += 1
            right = sum(value for (_, ok), value in pairs.items() if ok)
            predicted = {frozenset(pair) for group in members.values() for pair in combinations(group, 2)}
            by_id = {row["record"]["id"]: row for row in subset}
            missed = Counter(_cause(*(by_id[article_id] for article_id in sorted(pair)), how)
                             for pair in gold - predicted)
            found[name] = ({"tp": right, "fp": sum(pairs.values()) - right, "fn": len(gold) - right}, pairs, missed)
    finally:
        undated.target = target
    return found


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.cluster_rules", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    for name, (totals, pairs, missed) in counts(parser.parse_args().folders).items():
        print(f"{name}: tp {totals['tp']} fp {totals['fp']} fn {totals['fn']}")
        for key in sorted({key for key, _ in pairs}):
            print(f"  {' + '.join(key):40} right {pairs[(key, True)]:3d}  false {pairs[(key, False)]:3d}")
        for cause, value in sorted(missed.items()):
            print(f"  missed: {cause:70} {value:3d}")


if __name__ == "__main__":
    main()
