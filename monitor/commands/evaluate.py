"""`pactwatch eval`: measure the classifier and event clustering on a labelled corpus."""

from __future__ import annotations

import json
from pathlib import Path

import click

from monitor.analysis.evaluate import evaluate
from monitor.output.tables import format_table


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def _row(name: str, metrics: dict) -> tuple:
    flag, clusters, detected = metrics["flag"], metrics["clustering"], metrics["clustering_detected"]
    return (name, metrics["articles"], _fmt(flag["precision"]), _fmt(flag["recall"]), _fmt(flag["f1"]),
            _fmt(metrics["kind_accuracy"]), _fmt(metrics["parties_exact"]), _fmt(metrics["plan_year_accuracy"]),
            _fmt(clusters["precision"]), _fmt(clusters["recall"]), _fmt(clusters["f1"]), _fmt(detected["f1"]))


@click.command("eval")
@click.argument("corpus_dirs", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
def eval_command(corpus_dirs, as_json):
    """Evaluate on CORPUS_DIRS (*.txt + labels*.jsonl each): overall and per-language metrics.

    Several folders are evaluated together, as one corpus: articles of one story in different
    folders count as a pair for the event clustering. "detected F1" is the clustering F1 over
    the articles flagged with the right pair of states only (what event merging answers for).
    """
    result = evaluate(list(corpus_dirs))
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    rows = [_row("overall", result)] + [_row(lang, metrics) for lang, metrics in result["by_lang"].items()]
    click.echo(format_table(("lang", "n", "flag P", "flag R", "flag F1", "kind", "parties", "plan year",
                             "cluster P", "cluster R", "cluster F1", "detected F1"), rows))
    if result["misclassified"]:
        click.echo("\nmisclassified:")
        for entry in result["misclassified"]:
            click.echo(f"  {entry['id']} ({entry['lang']}): {entry['problem']}")
