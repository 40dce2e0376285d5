"""Confidence: fitted on labelled text, conservative where evidence is thin, and kept up to date."""

import json
from pathlib import Path

import pytest

from monitor import calibrate
from monitor.classify import calibration
from monitor.classify.confidence import TESTED, TESTED_ARTICLES, language_signals, score
from tests.monitor.classify.conftest import main, run

SHARED = Path(__file__).resolve().parents[3] / "../shared"


def test_a_plan_told_fully_and_twice_is_more_confident_than_documents_named_from_context():
    strong = main(run("Azerbaijan and Kazakhstan sign military cooperation plan for 2025",
                      "The defence ministers of Azerbaijan and Kazakhstan signed the plan of bilateral "
                      "military cooperation for 2025 in Baku on 14 November 2024.\n"
                      "The plan for 2025 was signed by the two ministers after their talks."))
    weak = main(run("Talks in Baku",
                    "Officials from Moldova were in Baku this week.\n"
                    "They signed several documents on military cooperation with the host side."))
    assert strong.kind == "plan_signed" and strong.confidence >= 0.8
    assert weak.confidence < strong.confidence


FIT = {"signals": ["common", "rare"], "weights": [0.0, 2.0, 2.0],
       "covariance": [[0.01, 0.0, 0.0], [0.0, 0.01, 0.0], [0.0, 0.0, 1.0]]}


def test_a_rarely_seen_signal_gives_less_confidence_than_a_common_one_with_the_same_weight():
    assert score(["common"], FIT) > score(["rare"], FIT)
    assert 0.0 <= score(["rare"], FIT) <= score([], {**FIT, "weights": [5.0, 0.0, 0.0]}) <= 1.0


def test_the_fit_learns_which_signals_go_with_right_detections():
    found = [(("good",), True)] * 40 + [(("good",), False)] * 2 + [(("bad",), False)] * 20 + [(("bad",), True)] * 5
    fitted = calibrate.fit(found, names=("good", "bad"))
    assert fitted["signals"] == ["good", "bad"] and fitted["articles"] == 67 and fitted["right"] == 45
    assert score(["good"], fitted) > 0.8 > 0.5 > score(["bad"], fitted)
    assert calibrate.fit(found, names=("good", "bad")) == fitted  # deterministic


def test_evidence_never_lowers_the_confidence_even_where_the_labelled_text_says_so():
    # In text the rules were tuned on, acts whose states came from context happen to be all right:
    # the fit must not conclude that naming both states is worse.
    found = ([(("both_named",), True)] * 40 + [(("both_named",), False)] * 4 + [((), True)] * 20
             + [(("weak",), False)] * 3 + [(("weak",), True)] * 10)
    fitted = calibrate.fit(found, names=("both_named", "weak"))
    assert fitted["weights"][1] == 0.0 and fitted["covariance"][1] == [0.0, 0.0, 0.0]
    assert score(["both_named"], fitted) == score([], fitted)


def test_a_language_counts_as_tested_only_with_enough_labelled_articles():
    counts = {"en": TESTED_ARTICLES, "pt": TESTED_ARTICLES - 1}
    assert language_signals("en", counts) == (TESTED,)
    assert language_signals("pt", counts) == () == language_signals("ka", counts)


def test_cross_validation_scores_every_detection_by_a_model_that_never_saw_its_story():
    stories = [f"story-{number}" for number in range(30)]
    found = [(story, (("good",), number % 7 != 0)) for number, story in enumerate(stories)]
    found += [(story, (("good",), True)) for story in stories[:10]]  # a second report of ten stories
    scored = calibrate.cross_validate(found, names=("good",))
    assert len(scored) == len(found)
    assert {calibrate.fold_of(story) for story in stories} == set(range(calibrate.FOLDS))
    assert scored == calibrate.cross_validate(found, names=("good",))  # deterministic
    table = calibrate.reliability(scored)
    assert sum(band["flagged"] for name, band in table.items() if not name.startswith(">=")) == len(found)


def test_an_article_the_rules_flagged_wrongly_at_first_contact_counts_as_wrong(tmp_path):
    # The rules were later mended on "x2": new text of its kind would not have been, so the fit
    # must not learn that such detections are right. A miss at first contact says nothing of that.
    (tmp_path / "mine.json").write_text(json.dumps({"misclassified": [
        {"id": "x1", "problem": "missed"}, {"id": "x2", "problem": "false flag"},
        {"id": "x3", "problem": "wrong kind, plan_year"}]}), encoding="utf-8")
    assert calibrate.first_contact_errors(["corpora/mine", "corpora/other"], tmp_path) == {"x2", "x3"}


def test_the_shipped_fit_is_the_fit_of_the_current_rules_on_train_and_dev():
    folders = [SHARED / "corpus" / name for name in ("train", "dev")]
    if not all(folder.is_dir() for folder in folders):
        pytest.skip("../shared/corpus not available")
    fitted = calibrate.calibrate(folders)
    assert fitted["signals"] == calibration.FIT["signals"]
    assert (fitted["articles"], fitted["right"]) == (calibration.FIT["articles"], calibration.FIT["right"]), \
        "the rules changed: refit with python -m monitor.calibrate --write ../shared/corpus/train ../shared/corpus/dev"
    assert fitted["weights"] == pytest.approx(calibration.FIT["weights"], abs=1e-3)
    assert fitted["languages"] == calibration.FIT["languages"]
    assert fitted["first_contact_errors"] == calibration.FIT["first_contact_errors"] > 0
