"""The classifier against the labelled corpora in ../shared (skipped when the folder is absent)."""

from pathlib import Path

import pytest

from monitor.analysis.evaluate import evaluate

SHARED = Path(__file__).resolve().parents[2] / "../shared"
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
    assert result["clustering"]["f1"] >= 0.90


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
