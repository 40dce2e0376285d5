"""`pactwatch classify`: classify .txt/.html files (or stdin) and print one verdict per input."""

from __future__ import annotations

import json

import click

from crawlers.documents import read_document
from monitor.classify import classify as classify_article
from monitor.output.tables import format_table


def _table_row(record: dict) -> tuple:
    main = record["events"][0] if record["events"] else {}
    flagged = "yes" if record["flagged"] else "no" if record["supported"] else "unsupported language"
    return (record["path"], record["lang"], flagged, main.get("kind", ""),
            "–".join(main.get("parties", ())), main.get("plan_year") or "", main.get("date") or "")


@click.command()
@click.option("--format", "output", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True,
              help="One JSON line per input, or a table.")
@click.argument("paths", nargs=-1, required=True)
def classify(output, paths):
    """Classify articles: PATH is a .txt or .html file, or - for stdin.

    Each JSON line: {"path", "lang", "supported", "flagged", "events": [{"kind", "parties",
    "plan_year", "date", "evidence", "confidence"}]}, the main event first. "supported" is false
    for a language pactwatch has no rules for: such an article is not read, and so never flagged.
    """
    records = []
    for path in paths:
        try:
            document = read_document(path)
        except OSError as exc:
            raise click.FileError(path, hint=exc.strerror) from None
        record = {"path": path, **classify_article(document.for_classifier()).to_dict()}
        if output == "jsonl":
            click.echo(json.dumps(record, ensure_ascii=False))
        records.append(record)
    if output == "table":
        click.echo(format_table(("path", "lang", "flagged", "main event", "parties", "plan year", "date"),
                                [_table_row(record) for record in records]))
