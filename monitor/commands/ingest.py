"""`pactwatch ingest --source NAME PATH...`: store local files as articles, as a crawl would.

All or nothing: every file is read and classified before anything is stored, and the articles are
stored in one transaction. A file that cannot be read is named with its reason (each such file,
not only the first), nothing is stored and the exit code is 1; fix or drop it and run again.
"""

from __future__ import annotations

import re
from pathlib import Path

import click

from monitor.aftercrawl import after_crawl
from monitor.classification import classify_fields, store_detection
from monitor.documents import Document, read_document
from storage.articles import upsert_article
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
            url = Path(path).resolve().as_uri()
            article = upsert_article(db, url=url, source=source, title=document.title, text=document.text,
                                     published_at=document.published, lang=document.lang)
            detection = classify_fields(title=document.title, text=document.text, lang=document.lang,
                                        published_at=document.published, url=url)
            store_detection(db, article.id, detection)
    done = after_crawl(db)
    click.echo(f"{len(documents)} articles stored; {done['events_new']} new events, "
               f"{done['duplicate_links']} duplicate links")


def _read_all(paths) -> list[tuple[str, Document]]:
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
