"""`python -m monitor.calibrate [--write] CORPUS_DIR...`: fit the classifier's confidence on
labelled corpora (see ``monitor/classify/confidence.py``).

Classifies every article, takes the signals of each flagged article's main event and whether it
was right (flagged in the labels, kind and parties as labelled), fits a logistic model with a
Gaussian prior on the weights (ridge, by Newton's method: deterministic) and prints it with its
cross-validated reliability: the corpora split by story into folds (as val was split from train),
each fold scored by the model fitted on the others. ``--write`` replaces
``monitor/classify/calibration.py`` with the fit. Fit on the sets the rules were tuned on (train and
dev) after changing the rules; check on another with ``pactwatch eval``.

Rules tuned on a text are right on it: fitted on that alone, the confidence promises more than new
text gives. So a corpus may come with its first contact, ``monitor/classify/first_contact/NAME.json``:
the ``misclassified`` list of ``pactwatch eval NAME --json`` run with the rules from before they
were tuned on it. A detection of an article the rules then flagged wrongly (a false flag, a wrong
kind or wrong parties) counts as wrong in the fit even when the rules now get it right: the rules
learnt that article, and new text of its kind was not learnt.
"""

from __future__ import annotations

import argparse
import json
import pprint
import zlib
from collections import Counter
from pathlib import Path

import numpy

from monitor.analysis.evaluate import BANDS, CONFIDENT, article_of, load_corpus, main_right
from monitor.classify import classify
from monitor.classify.confidence import LOWERS, RAISES, SIGNALS, TESTED, features, language_signals, score

# The prior's weight (inverse variance of each signal's weight): with a few hundred articles, a
# signal seen a handful of times moves the estimate little.
RIDGE = 1.0
NEWTON_STEPS = 50
# Folds of the cross-validation; every article of one story falls in the same fold.
FOLDS = 5
TARGET = Path(__file__).resolve().parent / "classify" / "calibration.py"
FIRST_CONTACT = TARGET.parent / "first_contact"

Sample = tuple[tuple[str, ...], bool]


def records_of(corpus_dirs) -> list[dict]:
    return [record for folder in corpus_dirs for record in load_corpus(Path(folder))]


def samples(records: list[dict], languages: dict[str, int],
            learnt: frozenset = frozenset()) -> list[tuple[str, Sample]]:
    """(story, (signals of the main event, right)) for each article the classifier flags; an
    article in ``learnt`` (flagged wrongly at first contact) counts as wrong.

    Whether the article's language is a tested one is read from ``languages`` (the corpora's own
    counts), not from the shipped fit."""
    found = []
    for record in records:
        detection = classify(article_of(record))
        if detection.flagged:
            signals = tuple(name for name in detection.events[0].signals if name != TESTED)
            signals += language_signals(detection.lang, languages)
            right = main_right(record, detection) and record["id"] not in learnt
            found.append((record.get("story") or record["id"], (signals, right)))
    return found


def first_contact_errors(corpus_dirs, folder: Path = FIRST_CONTACT) -> frozenset:
    """Ids of the articles the rules flagged wrongly before they were tuned on their corpus (see
    the module's docstring); a corpus without a first-contact file adds none."""
    wrong = set()
    for corpus in corpus_dirs:
        path = folder / f"{Path(corpus).name}.json"
        if path.is_file():
            data = json.loads(path.read_text(encoding="utf-8"))
            wrong |= {row["id"] for row in data["misclassified"] if not row["problem"].startswith("missed")}
    return frozenset(wrong)


def language_counts(records: list[dict]) -> dict[str, int]:
    """Labelled articles per language (flagged or not): how much text each language's rules met."""
    return dict(sorted(Counter(record.get("lang", "und") for record in records).items()))


def fit(found: list[Sample], names: tuple[str, ...] = SIGNALS, ridge: float = RIDGE) -> dict:
    """The fitted model: signal names, weights (intercept first) and their covariance.

    A signal whose weight comes out against its direction (``RAISES``, ``LOWERS``) is held at 0 and
    the rest refitted, until every weight keeps its direction (each round holds one more signal, so
    it ends)."""
    x = numpy.array([features(signals, names) for signals, _ in found])
    y = numpy.array([1.0 if right else 0.0 for _, right in found])
    held: set[int] = set()
    while True:
        free = [index for index in range(x.shape[1]) if index not in held]
        weights, covariance = _newton(x[:, free], y, ridge)
        wrong = [index for index, weight in zip(free, weights) if _against(names, index, weight)]
        if not wrong:
            break
        held.add(wrong[0])
    full_weights = numpy.zeros(x.shape[1])
    full_weights[free] = weights
    full_covariance = numpy.zeros((x.shape[1], x.shape[1]))
    full_covariance[numpy.ix_(free, free)] = covariance
    return {"signals": list(names), "weights": [round(float(w), 4) for w in full_weights],
            "covariance": [[round(float(c), 5) for c in row] for row in full_covariance],
            "articles": len(found), "right": int(y.sum())}


def _against(names: tuple[str, ...], index: int, weight: float) -> bool:
    """True when feature ``index`` (0 is the intercept) has a weight against its direction."""
    name = names[index - 1] if index else None
    return (name in RAISES and weight < 0) or (name in LOWERS and weight > 0)


def _newton(x, y, ridge: float):
    """Weights and their covariance of a logistic model with a Gaussian prior (free intercept)."""
    prior = ridge * numpy.eye(x.shape[1])
    prior[0, 0] = 0.0  # the intercept is free
    weights = numpy.zeros(x.shape[1])
    for _ in range(NEWTON_STEPS):
        p = 1.0 / (1.0 + numpy.exp(-x @ weights))
        hessian = x.T @ (x * (p * (1 - p))[:, None]) + prior
        weights = weights - numpy.linalg.solve(hessian, x.T @ (p - y) + prior @ weights)
    return weights, numpy.linalg.inv(hessian)


def fold_of(story: str) -> int:
    """The story's fold: a checksum of its slug, so the split is the same on every run."""
    return zlib.crc32(story.encode("utf-8")) % FOLDS


def cross_validate(found: list[tuple[str, Sample]], names: tuple[str, ...] = SIGNALS) -> list[tuple[float, bool]]:
    """(confidence, right) of each sample, scored by the model fitted on the other folds' stories."""
    scored = []
    for fold in range(FOLDS):
        held = [sample for story, sample in found if fold_of(story) == fold]
        rest = [sample for story, sample in found if fold_of(story) != fold]
        if not held or not rest:
            continue
        model = fit(rest, names)
        scored += [(score(signals, model), right) for signals, right in held]
    return scored


def reliability(scored: list[tuple[float, bool]]) -> dict:
    """Per confidence band, and at or above ``CONFIDENT``: detections and the share right."""
    def summary(rights):
        return {"flagged": len(rights), "precision": round(sum(rights) / len(rights), 3) if rights else None}

    bounds = BANDS + (1.01,)
    table = {f"{low:.1f}": summary([right for value, right in scored if low <= value < high])
             for low, high in zip(bounds, bounds[1:])}
    table[f">={CONFIDENT}"] = summary([right for value, right in scored if value >= CONFIDENT])
    return table


def calibrate(corpus_dirs) -> dict:
    """The fit on the corpora, with each language's labelled articles and the cross-validated
    reliability of the confidence it gives."""
    records = records_of(corpus_dirs)
    languages = language_counts(records)
    learnt = first_contact_errors(corpus_dirs)
    found = samples(records, languages, learnt)
    fitted = fit([sample for _, sample in found])
    fitted["languages"] = languages
    fitted["first_contact_errors"] = len(learnt)
    fitted["cross_validated"] = reliability(cross_validate(found))
    return fitted


def module_text(fitted: dict, corpus_dirs) -> str:
    names = ", ".join(Path(folder).name for folder in corpus_dirs)
    return ('"""The fitted confidence model (``monitor/classify/confidence.py``). Generated by\n'
            f"``python -m monitor.calibrate --write`` on {names}: do not edit by hand.\"\"\"\n\n"
            f"FIT = {pprint.pformat(fitted, width=110, compact=True, sort_dicts=False)}\n")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m monitor.calibrate", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus_dirs", nargs="+")
    parser.add_argument("--write", action="store_true", help=f"replace {TARGET.name} with the fit")
    args = parser.parse_args(argv)
    text = module_text(calibrate(args.corpus_dirs), args.corpus_dirs)
    if args.write:
        TARGET.write_text(text, encoding="utf-8")
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
