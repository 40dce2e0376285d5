"""A detection's confidence: how often detections with the same strength of evidence were right on
text the rules had not been tuned on, stated conservatively, so that ``[alerts] min_confidence =
0.8`` keeps only events of a kind of evidence that was nearly never wrong.

Each event carries its ``signals`` (``Event.signals``: what spoke for it). Most of them (both states
named, "bilateral" wording, a plan year, the act told by a verb ...) go as often with a lookalike as
with a real act: the rules were written to find them, and on labelled text a detection with them is
right about as often as one without. Four tell a story *about* the act from a mention of it, and
their sum is the event's ``strength`` (0-4):

- ``headline`` and ``lead``: where the story tells the event. Told in its first sentence, its
  headline, the story is about it (both signals: the headline is also the lead); told in the line
  after it, the lead, the story most likely is (``lead`` alone); told deeper, it may be something
  else the story mentions;
- ``defence_actor``: a defence body (ministry, minister, armed forces, general staff) acts in the
  event's sentence: not foreign ministers, border guards or a government approving a draft;
- ``only_parties``: no third state is prominent in the story: no trilateral frame, no regional
  round-up where the pair is one of many.

Detections with all four were right on all but one labelled article of train and dev; lacking any
one, about one in seven was wrong (the lookalikes: another event of the story, another body, another
pair). With the headline counted once, an event told in the lead line but not the headline weighed
as much as one in the headline, and that larger, weaker group (seven in eight right) reached 0.8. The fit (``python -m monitor.calibrate``, which writes ``calibration.py``) counts, per
strength, the detections and the right ones on labelled corpora (right: flagged in the labels, with
the main event's kind and parties as labelled; an article the rules got wrong at their first
contact with its corpus counts as wrong, see ``monitor/calibrate.py``). A strength's confidence is
the lower end of the one-sided 95% Wilson interval of its share right, and never more than a
stronger strength's: a strength seldom seen stays low, and more evidence never lowers it.
"""

from __future__ import annotations

import math
from typing import Iterable

from monitor.classify import calibration

STRONG = ("headline", "lead", "defence_actor", "only_parties")
# One-sided 95%: the confidence is the lower end of the interval of the share right.
Z = 1.6449


def strength(signals: Iterable[str], strong: Iterable[str] = STRONG) -> int:
    """How many of the ``strong`` signals are among ``signals`` (0 to their number)."""
    present = set(signals)
    return sum(1 for name in strong if name in present)


def score(signals: Iterable[str], fitted: dict = None) -> float:
    """The confidence (0-1, two decimals) of an event with these signals."""
    fitted = calibration.FIT if fitted is None else fitted
    return fitted["confidence"][strength(signals, fitted["signals"])]


def lower_bound(right: int, count: int, z: float = Z) -> float:
    """The lower end of the one-sided Wilson interval of ``right`` out of ``count`` (0 for none)."""
    if not count:
        return 0.0
    share, spread = right / count, z * z / count
    centre = share + spread / 2
    margin = z * math.sqrt(share * (1 - share) / count + spread / (4 * count))
    return max(0.0, (centre - margin) / (1 + spread))


def confidences(counts: list[tuple[int, int]]) -> list[float]:
    """Per strength (``(detections, right)`` from weakest to strongest), the confidence: its lower
    bound, capped by the lowest bound of any stronger strength that was seen (monotone: evidence
    never lowers the confidence; an unseen strength gets 0 and caps nothing)."""
    found, cap = [], 1.0
    for count, right in reversed(counts):
        bound = lower_bound(right, count)
        found.append(round(min(bound, cap), 2))
        if count:
            cap = min(cap, bound)
    return found[::-1]
