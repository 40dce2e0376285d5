"""The undated pass's indexes (undated.Record: the marks each placed event holds, the days and months
it covers) only skip comparisons that cannot succeed: every placement and every linking of undated
reports is what comparing each report with every placed event, and each two reports, gives."""

import random

from monitor.analysis.events import undated
from monitor.analysis.events.undated import Mention, Placed, Record

MARKS = [f"m{index}" for index in range(12)]
KINDS = ["talks", "exercise", "agreement_ratified", "agreement_signed", "plan_signed"]
STAGES = [None, None, "vote", "vote:lower", "vote:upper", "signature"]


def _placed(rng, event_id):
    first = f"20{rng.randint(20, 23)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    last = first if rng.random() < 0.7 else f"{first[:8]}28"
    marks = frozenset(rng.sample(MARKS, rng.randint(0, 4)))
    return Placed(event_id, undated.family(rng.choice(KINDS)), rng.choice([None, None, 2022]),
                  *sorted((first, last)), marks=marks, stated=(first, first) if rng.random() < 0.5 else None,
                  heads=frozenset(mark for mark in marks if rng.random() < 0.7),
                  persons=frozenset(mark for mark in marks if rng.random() < 0.3),
                  stages=frozenset(step for step in {rng.choice(STAGES)} if step))


def _mention(rng, article_id):
    marks = frozenset(rng.sample(MARKS, rng.randint(0, 5)))
    partial = rng.choice([None, None, f"--{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                          f"20{rng.randint(20, 23)}-{rng.randint(1, 12):02d}"])
    return Mention(1000 + article_id, article_id, rng.choice(KINDS), rng.choice([None, 2022]), partial, marks,
                   frozenset(rng.sample(range(7), rng.choice([0, 0, 1]))), frozenset(rng.sample(MARKS, 1)),
                   frozenset(mark for mark in marks if rng.random() < 0.7),
                   frozenset(mark for mark in marks if rng.random() < 0.3),
                   frozenset(mark for mark in marks if rng.random() < 0.1), rng.choice(STAGES))


def _linked_two_by_two(members, placed):
    """The parts the module's rule defines, found by comparing each report with every other."""
    parts = []
    for report in sorted(members, key=lambda mention: (mention.article_id, mention.kind)):
        joined = [part for part in parts if any(undated.alike(report, other, placed) for other in part)]
        parts = [part for part in parts if part not in joined] + [[report] + [m for part in joined for m in part]]
    return sorted((sorted(part, key=lambda mention: (mention.article_id, mention.kind)) for part in parts),
                  key=lambda part: (part[0].article_id, part[0].kind))


def test_the_indexed_record_places_and_links_as_comparing_every_report_does():
    rng = random.Random(5)
    for _ in range(60):
        placed = [_placed(rng, event_id) for event_id in range(1, rng.randint(1, 12))]
        record = Record(placed)
        reports = [_mention(rng, article_id) for article_id in range(rng.randint(1, 25))]
        assert [undated.target(report, record) for report in reports] == [
            undated.target(report, placed) for report in reports]
        for act in {undated.family(report.kind) for report in reports}:
            members = [report for report in reports if undated.family(report.kind) == act]
            assert undated.linked(members, record) == _linked_two_by_two(members, placed)
