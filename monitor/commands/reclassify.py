"""`pactwatch reclassify`: run the current classifier over stored articles, without re-crawling."""

from __future__ import annotations

import click

from monitor.analysis.aftercrawl import after_crawl
from monitor.analysis.store import ArticleRecord, classify_article, store_article
from storage.articles import stored_articles


@click.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published (or fetched) since.")
@click.pass_obj
def reclassify(app, since):
    """Classify stored articles again and re-merge events; unchanged events keep their ids."""
    db = app.open_db()
    changed = total = 0
    for row in stored_articles(db, since.date().isoformat() if since else None):
        article = ArticleRecord(**row)
        changed += store_article(db, article, classify_article(article)).verdict_changed
        total += 1
    done = after_crawl(db)
    click.echo(f"{total} articles classified, {changed} changed; {done['events_new']} new events")
