"""`pactwatch ingest --source NAME PATH...`: store local files as articles, as a crawl would."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import click

from crawlers.documents import read_document
from monitor.analysis.aftercrawl import after_crawl
from monitor.analysis.store import classify_article, store_article

SOURCE_NAME = re.compile(r"^[a-z0-9_]+$")


@click.command()
@click.option("--source", required=True, help="Source name to store the articles under ([a-z0-9_]+).")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def ingest(app, source, paths):
    """Store .txt/.html files as articles (url file://PATH), classify them and merge events."""
    if not SOURCE_NAME.match(source):
        raise click.BadParameter("lower-case letters, digits and _ only", param_hint="--source")
    db = app.open_db()
    stored = 0
    for path in paths:
        document = read_document(path)
        if not document.text.strip():
            click.echo(f"skipped {path}: no text", err=True)
            continue
        article = replace(document, url=Path(path).resolve().as_uri(), source=source)
        store_article(db, article, classify_article(article))
        stored += 1
    done = after_crawl(db)
    click.echo(f"{stored} articles stored; {done['events_new']} new events, {done['duplicate_links']} duplicate links")
