"""A detection's confidence: how often detections with the same signals were right on text the
rules had not been tuned on, stated conservatively, so that ``[alerts] min_confidence = 0.8``
keeps only events whose kind of evidence was right at least 8 times in 10 on such text.

Each event carries its ``signals`` (``Event.signals``): its kind, both states named in the act's
sentence, a defence actor there, a plan year, "bilateral" wording, only "documents" as the
document, the event reported in more than one sentence, told in the headline or first sentence
("lead"), the act told by a verb rather than a noun ("act_verb"), no other state prominent in the
story, and the language one whose rules met many labelled articles ("tested_language"). A
logistic model over them, fitted on labelled corpora (``python -m monitor.calibrate``, which writes
``calibration.py``), gives the chance that such a detection is right (the article flagged in the
labels, the main event's kind and parties as labelled). Rules are right on the text they were
tuned on, so a detection counts as right in the fit only when the rules were also right on that
article before they were tuned on it (its corpus's first contact, ``monitor/calibrate.py``);
evidence may only raise the estimate (``RAISES``), a weak document only lower it. The confidence
is the lower end of that chance's one-sided 95% interval (Laplace approximation: the logit less
``Z`` standard deviations): a combination of signals seldom seen gets a lower confidence than a
common one with the same estimate.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Iterable

from monitor.classify import calibration

# The signal of a language whose rules were written and checked on many labelled articles: rules
# drawn from a handful of examples are right on those examples and less often on new text.
TESTED = "tested_language"
# How many labelled articles (flagged or not) of a language the calibration corpora must hold.
TESTED_ARTICLES = 20

SIGNALS = ("plan_signed", "agreement_signed", "agreement_ratified", "talks", "exercise", "both_named",
           "defence_actor", "plan_year", "bilateral_word", "generic_document", "repeated", "only_parties",
           "lead", "act_verb", TESTED)
# The direction each piece of evidence may move the estimate: evidence for the act may only raise it,
# and a weak document only lower it. Rules tuned on the labelled text already mend what went wrong
# there, so in it an act whose states were taken from context is right as often as one that names
# both; unconstrained, a fit would even reward the weaker evidence, which new text does not bear out.
RAISES = ("both_named", "defence_actor", "plan_year", "bilateral_word", "repeated", "only_parties", "lead",
          "act_verb", TESTED)
LOWERS = ("generic_document",)
# One-sided 95%: the confidence is the 5th percentile of the estimated chance of being right.
Z = 1.6449


def language_signals(lang: str, languages: dict = None) -> tuple[str, ...]:
    """``(TESTED,)`` when the calibration corpora held enough labelled articles of ``lang``."""
    counts = calibration.FIT.get("languages", {}) if languages is None else languages
    return (TESTED,) if counts.get(lang, 0) >= TESTED_ARTICLES else ()


def features(signals: Iterable[str], names: tuple[str, ...]) -> list[float]:
    """1 (the intercept) then one 0/1 per signal name: the model's input."""
    present = set(signals)
    return [1.0] + [1.0 if name in present else 0.0 for name in names]


def score(signals: Iterable[str], fitted: dict = None) -> float:
    """The confidence (0-1, two decimals) of an event with these signals."""
    if fitted is None:
        return _shipped(frozenset(signals))
    active = [index for index, value in enumerate(features(signals, tuple(fitted["signals"]))) if value]
    logit = sum(fitted["weights"][index] for index in active)
    covariance = fitted["covariance"]
    variance = sum(covariance[i][j] for i in active for j in active)
    return round(_sigmoid(logit - Z * math.sqrt(max(0.0, variance))), 2)


@lru_cache(maxsize=4096)
def _shipped(signals: frozenset) -> float:
    """The shipped model's score: the same few combinations of signals recur in every crawl."""
    return score(signals, calibration.FIT)


def _sigmoid(value: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, value))))
