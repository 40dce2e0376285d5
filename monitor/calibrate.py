"""`python -m monitor.calibrate [--write] CORPUS_DIR...`: fit the classifier's confidence on
labelled corpora (see ``monitor/classify/confidence.py``).

Classifies every article, takes the strength of each flagged article's main event (how many of the
strong signals it has) and whether it was right (flagged in the labels, kind and parties as
labelled), counts detections and right ones per strength and turns them into a confidence per
strength (a conservative share right: stdlib arithmetic, deterministic). It prints the fit with
its cross-validated reliability: the corpora split by story into folds (as val was split from
train), each fold scored by the fit of the others. ``--write`` replaces
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
from pathlib import Path

from monitor.analysis.evaluate import BANDS, CONFIDENT, article_of, load_corpus, main_right
from monitor.classify import classify
from monitor.classify.confidence import STRONG, confidences, score, strength

# Folds of the cross-validation; every article of one story falls in the same fold.
FOLDS = 5
TARGET = Path(__file__).resolve().parent / "classify" / "calibration.py"
FIRST_CONTACT = TARGET.parent / "first_contact"

Sample = tuple[tuple[str, ...], bool]


def records_of(corpus_dirs) -> list[dict]:
    return [record for folder in corpus_dirs for record in load_corpus(Path(folder))]


def samples(records: list[dict], learnt: frozenset = frozenset()) -> list[tuple[str, Sample]]:
    """(story, (signals of the main event, right)) for each article the classifier flags; an
    article in ``learnt`` (flagged wrongly at first contact) counts as wrong."""
    found = []
    for record in records:
        detection = classify(article_of(record))
        if detection.flagged:
            right = main_right(record, detection) and record["id"] not in learnt
            found.append((record.get("story") or record["id"], (detection.events[0].signals, right)))
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


def fit(found: list[Sample], strong: tuple[str, ...] = STRONG) -> dict:
    """The fitted model: the strong signals, detections and right ones per strength (0 to
    ``len(strong)``), and the confidence of each strength."""
    counts = [[0, 0] for _ in range(len(strong) + 1)]
    for signals, right in found:
        counts[strength(signals, strong)][0] += 1
        counts[strength(signals, strong)][1] += bool(right)
    return {"signals": list(strong),
            "strengths": [{"flagged": count, "right": right} for count, right in counts],
            "confidence": confidences([tuple(pair) for pair in counts]),
            "articles": len(found), "right": sum(right for _, right in counts)}


def fold_of(story: str) -> int:
    """The story's fold: a checksum of its slug, so the split is the same on every run."""
    return zlib.crc32(story.encode("utf-8")) % FOLDS


def cross_validate(found: list[tuple[str, Sample]], strong: tuple[str, ...] = STRONG) -> list[tuple[float, bool]]:
    """(confidence, right) of each sample, scored by the fit of the other folds' stories."""
    scored = []
    for fold in range(FOLDS):
        held = [sample for story, sample in found if fold_of(story) == fold]
        rest = [sample for story, sample in found if fold_of(story) != fold]
        if not held or not rest:
            continue
        model = fit(rest, strong)
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
    """The fit on the corpora, with the cross-validated reliability of the confidence it gives."""
    learnt = first_contact_errors(corpus_dirs)
    found = samples(records_of(corpus_dirs), learnt)
    fitted = fit([sample for _, sample in found])
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
