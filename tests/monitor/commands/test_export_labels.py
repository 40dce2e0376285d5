"""`pactwatch export-labels DIR` writes the reviewed articles as a labelled corpus, and `pactwatch
eval DIR` measures the classifier on those verdicts (the round trip a user makes)."""

from __future__ import annotations

import json

from tests.monitor.commands.reviewing import cli, event_id


def test_reviewed_articles_round_trip_through_eval(reviewed_db, tmp_path):
    cli(reviewed_db, "review", "confirm", str(event_id(reviewed_db, "AZ-KZ")))
    cli(reviewed_db, "review", "reject", str(event_id(reviewed_db, "AZ-MD")))
    georgia = event_id(reviewed_db, "AZ-GE")
    cli(reviewed_db, "review", "correct", str(georgia), "--kind", "plan_signed", "--plan-year", "2024")
    folder = tmp_path / "my-labels"

    assert "4 reviewed articles written" in cli(reviewed_db, "export-labels", str(folder))

    labels = {label["url"].rsplit("/", 1)[1]: label
              for label in map(json.loads, (folder / "labels.jsonl").read_text(encoding="utf-8").splitlines())}
    assert set(labels) == {"kz-plan.txt", "kz-plan-ru.txt", "md-vague.txt", "ge-agreement.html"}
    assert all((folder / f"{label['id']}.txt").exists() for label in labels.values())
    assert (labels["md-vague.txt"]["flagged"], labels["md-vague.txt"]["events"]) == (False, [])
    assert labels["ge-agreement.html"]["events"] == [
        {"kind": "plan_signed", "parties": ["AZ", "GE"], "plan_year": 2024, "date": "2024-09-03"}]
    kazakhstan = event_id(reviewed_db, "AZ-KZ")
    assert labels["kz-plan.txt"]["story"] == labels["kz-plan-ru.txt"]["story"] == f"event-{kazakhstan}"
    assert (labels["kz-plan-ru.txt"]["lang"], labels["kz-plan.txt"]["flagged"]) == ("ru", True)

    metrics = json.loads(cli(reviewed_db, "eval", str(folder), "--json"))
    assert metrics["articles"] == 4
    assert (metrics["flag"]["tp"], metrics["flag"]["fp"], metrics["flag"]["fn"]) == (3, 1, 0)
    assert metrics["clustering"]["f1"] == 1.0
    problems = {entry["id"]: entry["problem"] for entry in metrics["misclassified"]}
    assert problems == {labels["md-vague.txt"]["id"]: "false flag",
                        labels["ge-agreement.html"]["id"]: "wrong kind, plan_year"}


def test_export_labels_into_a_file_path_is_a_clear_error(reviewed_db, tmp_path):
    cli(reviewed_db, "review", "reject", str(event_id(reviewed_db, "AZ-MD")))
    blocker = tmp_path / "taken"
    blocker.write_text("a file, not a folder", encoding="utf-8")

    result = cli(reviewed_db, "export-labels", str(blocker / "labels"), code=1)

    assert "cannot write" in result and "Traceback" not in result
