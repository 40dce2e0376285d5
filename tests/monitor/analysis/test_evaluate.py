"""The classifier against the labelled corpora in ../shared (skipped when the folder is absent)."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from monitor.analysis.evaluate import evaluate

SHARED = Path(__file__).resolve().parents[3] / "../shared"
DEV = SHARED / "corpus" / "dev"
SEEDS = SHARED / "seeds"


def _need(folder: Path) -> Path:
    if not folder.is_dir() or not list(folder.glob("labels*.jsonl")):
        pytest.skip(f"{folder} not available")
    return folder


def test_dev_corpus_meets_the_targets():
    result = evaluate(_need(DEV))
    assert result["flag"]["f1"] >= 0.95
    assert result["kind_accuracy"] >= 0.90
    assert result["parties_exact"] >= 0.95
    assert result["plan_year_accuracy"] >= 0.95
    # 1.000 since undated reports are placed by the day and month they state (issue 16); was 0.90.
    assert result["clustering"]["f1"] >= 0.98


# Event clustering on the two folders its rules were tuned on, together (stories that span them
# count): 0.863 with undated reports placed by their partial dates (main before: 0.796), 0.891
# once they are placed by the names and weekday they share with an event (wip-s7e), 0.923 once an
# undated signing joins the talks of its visit by the city both name, an undated act takes the day
# and month of its occasion, and a meeting a minister recalls no longer dates the talks (wip-s8e1),
# 0.933 once a ratification takes the day of the session a later sentence gives it (wip-s8e3),
# 0.943 once talks told again keep the day and month their first sentence states (wip-s9e1),
# 0.953 once undated talks naming the same three people are one meeting (wip-s10e1),
# 0.973 once an undated ratification naming the kind of document (a memorandum) joins the pair's one
# ratification of that document (wip-s14e1).
# A floor, to two decimals less 0.02; raise it, never lower it. The held-out figure is val's, below.
TUNED_MIN_CLUSTER_F1 = 0.95


def test_dev_and_train_clustering_stays_above_its_floor():
    result = evaluate([_need(DEV), _need(SHARED / "corpus" / "train")])
    assert result["clustering"]["f1"] >= TUNED_MIN_CLUSTER_F1
    assert result["clustering_detected"]["f1"] >= TUNED_MIN_CLUSTER_F1


def test_all_seeds_are_right():
    result = evaluate(_need(SEEDS))
    assert result["articles"] == 5
    assert result["misclassified"] == []
    assert len(result["right"]) == 5


def test_metrics_have_per_language_breakdown():
    result = evaluate(_need(DEV))
    assert {"en", "ru", "az", "tr"} <= set(result["by_lang"])
    for metrics in result["by_lang"].values():
        assert {"flag", "kind_accuracy", "parties_exact", "plan_year_accuracy", "clustering"} <= set(metrics)


# Ratchet floors of the gate on ../shared/corpus/val: the val figures when the floors were last
# raised (flag F1 0.891, kind 0.947, parties 1.000, plan year 0.983 with rules-6, the lexicons
# audited language by language in the evening of 2026-12-06; cluster F1 0.683, P 0.778, R 0.609,
# with event identity by act and undated reports placed from all of a pair's reports; 0.700, P
# 0.824, R 0.609, once placed by the names they share, wip-s7e; 0.757, P 1.000, R 0.609 since
# wip-s8e1; 0.789, P 1.000, R 0.652 with wip-s13c2's background and date rules; flag F1 0.929 and
# kind 0.966 with rules-15 to rules-17; flag F1 0.936, P 0.952, with rules-18 and rules-19) rounded down
# to two decimals, less 0.02 (plan year and parties kept where they were). Raise them as
# the classifier gets better; never lower them. Issue 15's targets on val: flag F1 0.95, main
# kind 0.92, parties 0.97, plan year 0.95.
VAL = SHARED / "corpus" / "val"
VAL_MIN_F1 = 0.91
VAL_MIN_KIND = 0.94
VAL_MIN_PARTIES = 0.98
VAL_MIN_PLAN_YEAR = 0.98
VAL_MIN_CLUSTER_F1 = 0.76


def pactwatch_eval(*args):
    return subprocess.run([str(Path(sys.executable).parent / "pactwatch"), "eval", *map(str, args)],
                          capture_output=True, text=True, timeout=600)


def test_val_corpus_stays_above_the_ratchet_floors():
    run = pactwatch_eval(_need(VAL), "--no-errors", "--min-f1", VAL_MIN_F1, "--min-kind", VAL_MIN_KIND,
                         "--min-parties", VAL_MIN_PARTIES, "--min-plan-year", VAL_MIN_PLAN_YEAR,
                         "--min-cluster-f1", VAL_MIN_CLUSTER_F1)
    assert run.returncode == 0, run.stderr
    assert "misclassified" not in run.stdout


# Event clustering on the pairs the classifier gets right (both articles detected with the labelled
# pair of states: the part event identity answers for), on val and on the three folders together
# (issue 16's measure, with the stories that span folders): 0.875 on val and 0.797 on the three
# (all pairs 0.747) once undated talks were no longer guessed to be the visit of their pair's one
# signing; 0.903 on val and 0.873 on the three (all pairs 0.833) once an undated report joins its
# pair's one event of its act only when it names what that event's reports name (wip-s7e); 0.903
# on val and 0.877 on the three (all pairs 0.845) with wip-s8e1's joins (above); 0.903 on val and
# 0.885 on the three (all pairs 0.852) with a ratification's day read from its session (wip-s8e3);
# 0.903 on val and 0.903 on the three (all pairs 0.870) once an undated report's weekday is matched
# only against days reports state, and talks keep the day and month they state (wip-s9e1);
# 0.903 on val and 0.910 on the three (all pairs 0.877) once undated talks naming the same three
# people are one meeting (wip-s10e1); 0.938 on val and 0.909 on the three (all pairs 0.875) with
# session s13's background and date rules (wip-s13c2) and undated exercises' scope (wip-s13e1);
# 0.938 on val and 0.923 on the three (all pairs 0.889) once a ratification's parliament and kind of
# document say which act it is (wip-s14e1: train's undated memorandum report joins its ratification);
# 0.938 on val and 0.947 on the three (all pairs 0.911) once a recurring exercise's name places an
# undated report only with its year, and one name shared with the exercise on record only when it is
# the ground (wip-s15e1: four false pairs of the three folders gone, no right one lost).
# Floors to two decimals less 0.02; raise them, never lower them.
VAL_MIN_CLUSTER_DETECTED_F1 = 0.91
ALL_MIN_CLUSTER_F1 = 0.89
ALL_MIN_CLUSTER_DETECTED_F1 = 0.92


def test_val_clustering_of_the_detected_pairs_stays_above_its_floor():
    result = evaluate(_need(VAL))
    assert result["clustering_detected"]["f1"] >= VAL_MIN_CLUSTER_DETECTED_F1


def test_clustering_of_the_three_folders_together_stays_above_its_floors():
    result = evaluate([_need(DEV), _need(SHARED / "corpus" / "train"), _need(VAL)])
    assert result["clustering"]["f1"] >= ALL_MIN_CLUSTER_F1
    assert result["clustering_detected"]["f1"] >= ALL_MIN_CLUSTER_DETECTED_F1


# A corpus written for these tests: a plan, an unrelated story, and a Dutch agreement (a language
# pactwatch has no rules for).
SMALL = {
    "t1": ({"lang": "en", "flagged": True, "story": "az-kz-plan",
            "events": [{"kind": "plan_signed", "parties": ["AZ", "KZ"], "plan_year": 2025, "date": "2024-11-14"}]},
           "Azerbaijan and Kazakhstan sign military cooperation plan for 2025\n"
           "The defence ministers of Azerbaijan and Kazakhstan signed the plan of bilateral military "
           "cooperation for 2025 in Baku on 14 November 2024.\n"),
    "t2": ({"lang": "en", "flagged": False, "story": "snow", "events": []},
           "Snow expected in the mountains\nHeavy snow is expected in the mountains this weekend, "
           "forecasters said on Friday.\n"),
    "t3": ({"lang": "nl", "flagged": True, "story": "be-nl",
            "events": [{"kind": "agreement_signed", "parties": ["BE", "NL"], "plan_year": None, "date": None}]},
           "Defensieovereenkomst ondertekend\nDe ministers van Defensie van Nederland en België hebben "
           "in Brussel een overeenkomst over militaire samenwerking ondertekend.\n"),
}


@pytest.fixture
def small_corpus(tmp_path):
    lines = []
    for article_id, (label, text) in SMALL.items():
        (tmp_path / f"{article_id}.txt").write_text(text, encoding="utf-8")
        lines.append(json.dumps({"id": article_id, "url": f"https://example.org/{article_id}", **label}))
    (tmp_path / "labels.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return tmp_path


def test_an_unsupported_language_is_counted_and_named_not_silently_missed(small_corpus):
    result = evaluate(small_corpus)
    assert result["unsupported"] == {"articles": 1, "flagged_in_labels": 1}
    assert result["by_lang"]["nl"]["unsupported"] == {"articles": 1, "flagged_in_labels": 1}
    assert result["flag"]["fn"] == 1
    assert [entry["problem"] for entry in result["misclassified"]] == ["missed (no rules for language 'nl')"]
    run = pactwatch_eval(small_corpus)
    assert "no rules for the language of 1 articles (nl 1)" in run.stdout


def test_the_summary_opens_the_output_and_errors_can_be_hidden(small_corpus):
    lines = pactwatch_eval(small_corpus).stdout.splitlines()
    assert lines[0].split()[:5] == ["lang", "n", "flag", "P", "flag"] and lines[2].startswith("overall")
    assert "  t3 (nl): missed" in "\n".join(lines)
    hidden = pactwatch_eval(small_corpus, "--no-errors").stdout
    assert "t3" not in hidden and "misclassified" not in hidden
    assert "misclassified" not in json.loads(pactwatch_eval(small_corpus, "--json", "--no-errors").stdout)


def test_reliability_table_and_confusion_matrix(small_corpus):
    result = evaluate(small_corpus)
    assert result["confusion"]["plan_signed"]["plan_signed"] == 1
    assert result["confusion"]["agreement_signed"]["none"] == 1
    assert result["confusion"]["none"]["none"] == 1
    bands = result["reliability"]["bands"]
    assert sum(band["count"] for band in bands) == 1 and sum(band["right"] for band in bands) == 1
    output = pactwatch_eval(small_corpus, "--by-lang").stdout
    assert "confidence  flagged  precision" in output and "≥ 0.8" in output
    assert "labelled \\ read" in output and "\nnl:\n" in output


def test_floors_make_the_gate_fail_and_name_what_is_below(small_corpus):
    passing = pactwatch_eval(small_corpus, "--min-f1", "0.6", "--min-kind", "1", "--min-parties", "1")
    assert passing.returncode == 0, passing.stderr
    failing = pactwatch_eval(small_corpus, "--min-f1", "0.9", "--min-kind", "1", "--min-cluster-f1", "0.5")
    assert failing.returncode == 1
    assert "below the floor: flag F1 0.667 < 0.900" in failing.stderr
    assert "kind" not in failing.stderr
    bad = pactwatch_eval(small_corpus, "--min-f1", "1.5")
    assert bad.returncode == 2 and "1.5" in bad.stderr


TRAIN = SHARED / "corpus" / "train"


def test_folders_are_measured_together_as_one_corpus():
    """Stories spanning folders count as pairs: the combined corpus has at least the pairs of its parts."""
    dev, train = evaluate(_need(DEV)), evaluate(_need(TRAIN))
    both = evaluate([DEV, TRAIN])
    assert both["articles"] == dev["articles"] + train["articles"]
    assert both["clustering"]["gold_pairs"] >= dev["clustering"]["gold_pairs"] + train["clustering"]["gold_pairs"]
    assert all(entry["id"].split("/")[0] in ("dev", "train") for entry in both["misclassified"])


def test_clustering_over_rightly_detected_articles_counts_only_their_pairs():
    result = evaluate(_need(DEV))
    detected, overall = result["clustering_detected"], result["clustering"]
    assert detected["gold_pairs"] <= overall["gold_pairs"]
    assert {"precision", "recall", "f1"} <= set(detected)
