"""`pactwatch export-labels DIR`: the reviewed articles as a labelled corpus for `pactwatch eval`."""

from __future__ import annotations

from pathlib import Path

import click

from monitor.output.files import OutputFileError
from monitor.output.labels import LABELS_FILE, write_corpus
from storage.reviews import reviewed_articles


@click.command(name="export-labels")
@click.argument("folder", metavar="DIR", type=click.Path(file_okay=False, path_type=Path))
@click.pass_obj
def export_labels(app, folder):
    """Write every article a review decision was about into DIR in the labelled-corpus format
    (`<id>.txt` and labels.jsonl, ../shared/corpus/SCHEMA.md), labelled with the events it reports
    after review, so `pactwatch eval DIR` measures the classifier on your own verdicts."""
    articles = reviewed_articles(app.open_db())
    try:
        count = write_corpus(folder, articles)
    except OutputFileError as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:
        raise click.ClickException(f"cannot write {folder}: {exc.strerror or exc}") from None
    click.echo(f"{count} reviewed articles written to {folder} ({LABELS_FILE})")
