"""Confidence: fitted on labelled text, conservative where evidence is thin, and kept up to date."""

import json
from pathlib import Path

import pytest

from monitor import calibrate
from monitor.classify import calibration
from monitor.classify.confidence import confidences, lower_bound, score
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


def test_an_act_told_in_the_headline_by_defence_ministers_of_two_states_is_confident():
    event = main(run("Georgia and Latvia sign a defence cooperation memorandum",
                     "The defence ministers of Georgia and Latvia signed the memorandum on "
                     "military training during talks in Tbilisi on Tuesday."))
    assert {"headline", "defence_actor", "only_parties"} <= set(event.signals)
    assert event.confidence >= 0.8


def test_an_act_only_the_body_tells_is_not_confident():
    # The headline is about something else: the story mentions the act, it is not about it.
    event = main(run("Spring floods close roads in the north",
                     "Rescue teams worked through the night after the river rose.\n"
                     "Meanwhile, the defence ministers of Georgia and Latvia signed a memorandum on military "
                     "training in Tbilisi on Tuesday."))
    assert "headline" not in event.signals
    assert event.confidence < 0.8


def test_the_headline_counts_in_any_language_the_rules_read():
    told = main(run("Министры обороны Грузии и Латвии подписали меморандум о военном обучении",
                    "Документ подписан во вторник в Тбилиси по итогам переговоров министров обороны двух стран."))
    mentioned = main(run("В горах выпал снег",
                         "Дороги на севере закрыты из-за снегопада.\n"
                         "Кроме того, министры обороны Грузии и Латвии подписали меморандум о военном обучении "
                         "во вторник в Тбилиси."))
    assert (told.kind, told.parties) == (mentioned.kind, mentioned.parties) == ("agreement_signed", ("GE", "LV"))
    assert "headline" in told.signals and "headline" not in mentioned.signals
    assert mentioned.confidence < 0.8 <= told.confidence


def test_an_act_with_no_defence_body_in_its_sentences_is_not_confident():
    # Foreign ministers signing about military training: flagged (a military topic), but who acts is
    # not a defence body, as in the lookalikes (foreign ministers, border guards, a government).
    event = main(run("Georgia and Latvia sign a memorandum on military training",
                     "The foreign ministers of Georgia and Latvia signed it in Tbilisi on Tuesday, agreeing "
                     "to train officers together."))
    assert "headline" in event.signals and "defence_actor" not in event.signals
    assert event.confidence < 0.8


def test_a_third_state_prominent_in_the_story_makes_the_pair_less_certain():
    event = main(run("Georgia and Latvia sign a defence cooperation memorandum",
                     "The defence ministers of Georgia and Latvia signed a memorandum on military training "
                     "in Tbilisi on Tuesday.\n"
                     "Estonia sent observers, and Estonian officers will join the courses next year.\n"
                     "Estonia and Georgia hold a similar exchange every spring."))
    assert "only_parties" not in event.signals
    assert event.confidence < 0.8


def test_a_strength_seldom_seen_gives_less_confidence_than_a_common_one_with_the_same_share():
    assert lower_bound(9, 10) < lower_bound(90, 100) < 0.9
    assert lower_bound(0, 0) == 0.0 and 0.0 <= lower_bound(0, 5) <= lower_bound(5, 5) < 1.0


def test_more_evidence_never_lowers_the_confidence():
    # Strength 0 (8 of 8 right) would on its own bound above strength 1 (30 of 40): capped by it.
    values = confidences([(8, 8), (40, 30), (0, 0), (50, 50)])
    assert values == sorted(values[:2]) + values[2:] and values[0] == values[1] < values[3]
    assert values[2] == 0.0  # never seen: nothing known


def test_the_fit_counts_right_detections_per_strength():
    strong = ("good", "better")
    found = ([(("good", "better"), True)] * 40 + [(("good",), True)] * 20 + [(("good",), False)] * 10
             + [((), False)] * 5 + [(("better", "other"), True)] * 3)
    fitted = calibrate.fit(found, strong)
    assert fitted["signals"] == ["good", "better"] and fitted["articles"] == 78 and fitted["right"] == 63
    assert fitted["strengths"] == [{"flagged": 5, "right": 0}, {"flagged": 33, "right": 23},
                                   {"flagged": 40, "right": 40}]
    assert score(["good", "better"], fitted) > 0.8 > score(["good"], fitted) > score([], fitted)
    assert calibrate.fit(found, strong) == fitted  # deterministic


def test_cross_validation_scores_every_detection_by_a_model_that_never_saw_its_story():
    stories = [f"story-{number}" for number in range(30)]
    found = [(story, (("good",), number % 7 != 0)) for number, story in enumerate(stories)]
    found += [(story, (("good",), True)) for story in stories[:10]]  # a second report of ten stories
    scored = calibrate.cross_validate(found, ("good",))
    assert len(scored) == len(found)
    assert {calibrate.fold_of(story) for story in stories} == set(range(calibrate.FOLDS))
    assert scored == calibrate.cross_validate(found, ("good",))  # deterministic
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
    assert fitted["strengths"] == calibration.FIT["strengths"]
    assert fitted["confidence"] == calibration.FIT["confidence"]
    assert fitted["first_contact_errors"] == calibration.FIT["first_contact_errors"] > 0


def test_the_confident_band_is_nearly_never_wrong_on_stories_the_fit_did_not_see():
    # What [alerts] min_confidence = 0.8 promises (issue 15): cross-validated by story on train and
    # dev, detections at or above 0.8 are right at least 19 times in 20, and there are enough of them.
    if calibration.FIT.get("cross_validated") is None:
        pytest.skip("no cross-validation in the shipped fit")
    confident = calibration.FIT["cross_validated"][">=0.8"]
    assert confident["flagged"] >= 20 and confident["precision"] >= 0.95
