"""`pactwatch eval`: measure the classifier and event clustering on a labelled corpus, and fail
under floors given on the command line (a gate for tests and CI)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from monitor.analysis.evaluate import NONE, evaluate
from monitor.classify import EVENT_KINDS
from monitor.output.tables import format_table

# (option, label, where the figure is in the result)
FLOORS = (
    ("min_f1", "flag F1", ("flag", "f1")),
    ("min_kind", "main kind", ("kind_accuracy",)),
    ("min_parties", "parties", ("parties_exact",)),
    ("min_plan_year", "plan year", ("plan_year_accuracy",)),
    ("min_cluster_f1", "cluster F1", ("clustering", "f1")),
)
_SHORT_KIND = {"plan_signed": "plan", "agreement_signed": "agreement", "agreement_ratified": "ratified",
               "talks": "talks", "exercise": "exercise", NONE: NONE}


def _fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def _row(name: str, metrics: dict) -> tuple:
    flag, clusters, detected = metrics["flag"], metrics["clustering"], metrics["clustering_detected"]
    return (name, metrics["articles"], _fmt(flag["precision"]), _fmt(flag["recall"]), _fmt(flag["f1"]),
            _fmt(metrics["kind_accuracy"]), _fmt(metrics["parties_exact"]), _fmt(metrics["plan_year_accuracy"]),
            _fmt(clusters["precision"]), _fmt(clusters["recall"]), _fmt(clusters["f1"]), _fmt(detected["f1"]),
            metrics["unsupported"]["articles"] or "")


def _figure(result: dict, path: tuple):
    for key in path:
        result = result[key]
    return result


def below_floors(result: dict, floors: dict) -> list[str]:
    """One line per floor the result does not meet ("flag F1 0.627 < 0.950"); a figure that cannot
    be measured (no article flagged in both) fails its floor too."""
    failed = []
    for option, label, path in FLOORS:
        floor = floors.get(option)
        if floor is None:
            continue
        value = _figure(result, path)
        if value is None or value < floor:
            failed.append(f"{label} {_fmt(value)} < {floor:.3f}")
    return failed


def _unsupported_line(result: dict) -> str:
    unsupported = result["unsupported"]
    if not unsupported["articles"]:
        return ""
    langs = ", ".join(f"{lang} {metrics['unsupported']['articles']}" for lang, metrics in result["by_lang"].items()
                      if metrics["unsupported"]["articles"])
    return (f"no rules for the language of {unsupported['articles']} articles ({langs}): never flagged, "
            f"{unsupported['flagged_in_labels']} of them labelled flagged count as missed")


def _reliability_table(reliability: dict) -> str:
    rows = [(f"{band['low']:.1f}–{band['high']:.1f}", band["count"], _fmt(band["precision"]))
            for band in reliability["bands"]]
    confident = reliability["confident"]
    rows.append((f"≥ {confident['low']:.1f}", confident["count"], _fmt(confident["precision"])))
    return format_table(("confidence", "flagged", "precision"), rows)


def _confusion_table(matrix: dict) -> str:
    kinds = EVENT_KINDS + (NONE,)
    rows = [(_SHORT_KIND[gold],) + tuple(matrix[gold][predicted] for predicted in kinds) for gold in kinds]
    return format_table(("labelled \\ read",) + tuple(_SHORT_KIND[kind] for kind in kinds), rows)


@click.command("eval")
@click.argument("corpus_dirs", nargs=-1, required=True,
                type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--by-lang", is_flag=True, help="Also print the confusion matrix of each language.")
@click.option("--no-errors", is_flag=True, help="Do not list the misclassified articles (when measuring a "
                                                "held-out set whose ids must stay unseen).")
@click.option("--min-f1", type=click.FloatRange(0, 1), help="Exit 1 when flag F1 is below this.")
@click.option("--min-kind", type=click.FloatRange(0, 1), help="Exit 1 when main-kind accuracy is below this.")
@click.option("--min-parties", type=click.FloatRange(0, 1), help="Exit 1 when parties accuracy is below this.")
@click.option("--min-plan-year", type=click.FloatRange(0, 1), help="Exit 1 when plan-year accuracy is below this.")
@click.option("--min-cluster-f1", type=click.FloatRange(0, 1), help="Exit 1 when event clustering F1 is below this.")
def eval_command(corpus_dirs, as_json, by_lang, no_errors, **floors):
    """Evaluate on CORPUS_DIRS (*.txt + labels*.jsonl each): overall and per-language metrics, the
    reliability of the confidence and a confusion matrix of main kinds. With --min-* floors, exit
    1 (listing them on stderr) when a figure is below its floor.

    Several folders are evaluated together, as one corpus: articles of one story in different
    folders count as a pair for the event clustering. "detected F1" is the clustering F1 over
    the articles flagged with the right pair of states only (what event merging answers for).
    """
    result = evaluate(list(corpus_dirs))
    if no_errors:
        result.pop("misclassified")
        result.pop("right")
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        _print(result, by_lang)
    failed = below_floors(result, floors)
    for line in failed:
        click.echo(f"below the floor: {line}", err=True)
    if failed:
        raise SystemExit(1)


def _print(result: dict, by_lang: bool) -> None:
    rows = [_row("overall", result)] + [_row(lang, metrics) for lang, metrics in result["by_lang"].items()]
    click.echo(format_table(("lang", "n", "flag P", "flag R", "flag F1", "kind", "parties", "plan year",
                             "cluster P", "cluster R", "cluster F1", "detected F1", "no rules"), rows))
    unsupported = _unsupported_line(result)
    if unsupported:
        click.echo("\n" + unsupported)
    click.echo("\nconfidence of the flagged articles' main events (right: flagged in the labels, "
               "kind and parties as labelled):")
    click.echo(_reliability_table(result["reliability"]))
    click.echo("\nmain kinds, labelled (rows) against read (columns):")
    click.echo(_confusion_table(result["confusion"]))
    if by_lang:
        for lang, metrics in result["by_lang"].items():
            click.echo(f"\n{lang}:")
            click.echo(_confusion_table(metrics["confusion"]))
    if result.get("misclassified"):
        click.echo("\nmisclassified:")
        for entry in result["misclassified"]:
            click.echo(f"  {entry['id']} ({entry['lang']}): {entry['problem']}")
