"""`pactwatch ingest --source NAME PATH...`: store local files as articles, as a crawl would.

All or nothing: every file is read and classified before anything is stored, and the articles are
stored in one transaction. A file that cannot be read is named with its reason (each such file,
not only the first), nothing is stored and the exit code is 1; fix or drop it and run again.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import click

from crawlers.documents import read_document
from monitor.analysis.aftercrawl import after_crawl
from monitor.analysis.store import ArticleRecord, classify_article, store_article
from storage.db import transaction

SOURCE_NAME = re.compile(r"^[a-z0-9_]+$")


@click.command()
@click.option("--source", required=True, help="Source name to store the articles under ([a-z0-9_]+).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def ingest(app, source, paths):
    """Store .txt/.html files as articles (url file://PATH), classify them and merge events.

    Every file is read before anything is stored: if one cannot be read, nothing is stored (exit 1).
    """
    if not SOURCE_NAME.match(source):
        raise click.BadParameter("lower-case letters, digits and _ only", param_hint="--source")
    documents = _read_all(paths)
    db = app.open_db()
    with transaction(db):
        for path, document in documents:
            article = replace(document, url=Path(path).resolve().as_uri(), source=source)
            store_article(db, article, classify_article(article))
    done = after_crawl(db)
    click.echo(f"{len(documents)} articles stored; {done['events_new']} new events, "
               f"{done['duplicate_links']} duplicate links")


def _read_all(paths) -> list[tuple[str, ArticleRecord]]:
    """Every file's document, files without text skipped (said on stderr); a ClickException naming each
    file that cannot be read."""
    documents, unreadable = [], []
    for path in paths:
        try:
            document = read_document(path)
        except OSError as exc:
            unreadable.append(f"cannot read {path}: {exc.strerror or exc}")
            continue
        if not document.text.strip():
            click.echo(f"skipped {path}: no text", err=True)
            continue
        documents.append((path, document))
    if unreadable:
        raise click.ClickException(
            "\n".join(unreadable) + f"\nnothing stored: {len(unreadable)} of {len(paths)} files could not be read")
    return documents
