"""`pactwatch reclassify`: run the current classifier over stored articles, without re-crawling."""

from __future__ import annotations

import click

from monitor.analysis.aftercrawl import after_crawl
from monitor.analysis.classification import classify_fields, store_detection


@click.command()
@click.option("--since", type=click.DateTime(["%Y-%m-%d"]), help="Only articles published (or fetched) since.")
@click.pass_obj
def reclassify(app, since):
    """Classify stored articles again and re-merge events; unchanged events keep their ids."""
    db = app.open_db()
    sql = "SELECT id, url, title, text, lang, published_at FROM articles"
    params = []
    if since:
        sql += " WHERE COALESCE(published_at, fetched_at) >= ?"
        params.append(since.date().isoformat())
    changed = total = 0
    for article_id, url, title, text, lang, published_at in db.execute(sql, params).fetchall():
        detection = classify_fields(title=title, text=text, lang=lang, published_at=published_at, url=url)
        changed += store_detection(db, article_id, detection)
        total += 1
    done = after_crawl(db)
    click.echo(f"{total} articles classified, {changed} changed; {done['events_new']} new events")
