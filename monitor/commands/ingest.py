"""`pactwatch ingest --source NAME PATH...`: store local files as articles, as a crawl would.
`pactwatch ingest --from-redis`: store what a cluster's workers handed over and nobody has written.

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
@click.option("--source", help="Source name to store the articles under ([a-z0-9_]+).")
@click.option("--from-redis", is_flag=True,
              help="Instead of files: store every article, failure and count the cluster's workers handed over "
                   "([cluster] redis_url) and no writer has stored yet, then merge events.")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, dir_okay=False))
@click.pass_obj
def ingest(app, source, from_redis, paths):
    """Store .txt/.html files as articles (url file://PATH), classify them and merge events.

    Every file is read before anything is stored: if one cannot be read, nothing is stored (exit 1).
    With --from-redis: write what a cluster's workers handed over (after a writer crash, or to run
    the writer apart from the daemon); each message is removed from Redis only once committed.
    """
    if from_redis:
        if source or paths:
            raise click.UsageError("--from-redis takes no --source and no PATH")
        _ingest_from_redis(app)
        return
    if not source or not paths:
        raise click.UsageError("give --source NAME and one or more PATHs (or --from-redis)")
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


def _ingest_from_redis(app) -> None:
    from crawlers.cluster.connection import RedisUnavailable, cluster_client
    from monitor.runs.cluster import Writer

    if not app.config.cluster.redis_url:
        raise click.UsageError("--from-redis needs [cluster] redis_url in the config")
    db = app.open_db()
    client = cluster_client(app.config.cluster)
    try:
        writer = Writer(db, client)
        writer.recover()
        writer.publish_known()
        written = writer.drain()
    except RedisUnavailable as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        client.close()
    done = after_crawl(db)
    click.echo(f"{written} handed-over messages written ({writer.stored} articles); {done['events_new']} new events, "
               f"{done['duplicate_links']} duplicate links")
