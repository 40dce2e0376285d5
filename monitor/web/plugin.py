"""pactwatch's Datasette plugin: SQL functions the canned queries use, cells rendered as links to
an event's source articles, and the Atom feed route.

Every hook acts only on the database named in the plugin's config (metadata `plugins.pactwatch.
database`), so other databases served beside it are left as Datasette shows them.
"""

from __future__ import annotations

import json
from urllib.parse import urljoin

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from monitor.alerts.names import country_name
from monitor.classify.model import EVENT_KINDS
from monitor.config.links import link_target
from monitor.web import pages
from monitor.web.feed import atom_feed
from monitor.web.metadata import FEED_PATH
from storage import queries

PLUGIN = "pactwatch"
FEED_LIMIT, FEED_MAX = 50, 500


def _our_database(datasette) -> str | None:
    return (datasette.plugin_config(PLUGIN) or {}).get("database")


@hookimpl
def prepare_connection(conn, database, datasette):
    """`country_name('AZ')` → 'Azerbaijan', for the canned queries."""
    if database == _our_database(datasette):
        conn.create_function("country_name", 1, lambda code: country_name(code) if code else None,
                             deterministic=True)


@hookimpl
def extra_template_vars():
    """base.html links the feed from every page, so a feed reader given any page finds it."""
    return {"pactwatch_feed_path": FEED_PATH}


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if database != _our_database(datasette):
        return None
    if table == "events" and column == "parties" and value:
        return " – ".join(f"{country_name(code)} ({code})" for code in json.loads(value))
    if table == "events" and column == "evidence":
        return _evidence_with_sources(datasette, database, row["id"], value)
    if table is None and column == "source_articles" and value:
        return _source_links(datasette, database, json.loads(value))
    if table is None and column in ("event", "article") and isinstance(value, int):
        target = "events" if column == "event" else "articles"
        return Markup(f'<a href="{escape(datasette.urls.row(database, target, str(value)))}">{value}</a>')
    return None


def _evidence_with_sources(datasette, database: str, event_id: int, evidence):
    async def render():
        result = await datasette.get_database(database).execute(
            "SELECT a.id, a.title, a.url, a.source FROM event_articles m JOIN articles a ON a.id = m.article_id"
            " WHERE m.event_id = ? ORDER BY COALESCE(a.published_at, a.fetched_at), a.id", [event_id])
        articles = [dict(zip(("id", "title", "url", "source"), row)) for row in result.rows]
        return Markup(f"<p>{escape(evidence or '')}</p>") + _source_links(datasette, database, articles)
    return render


def _source_links(datasette, database: str, articles: list[dict]) -> Markup:
    """A list of articles: each title links to its row here, "original" to the page it came from
    (only an http(s) or file URL is a link: monitor.config.links)."""
    items = []
    for article in articles:
        row_url = datasette.urls.row(database, "articles", str(article["id"]))
        target = link_target(article["url"])
        original = (f'<a class="pactwatch-original" href="{escape(target)}" rel="noreferrer">original ↗</a>'
                    if target else '<span class="pactwatch-unlinked">(original address not linked)</span>')
        items.append(
            f'<li class="pactwatch-source"><a href="{escape(row_url)}">{escape(article["title"] or article["url"])}'
            f'</a> <span class="pactwatch-outlet">({escape(article["source"])})</span> {original}</li>')
    return Markup(f'<ul class="pactwatch-sources">{"".join(items)}</ul>')


@hookimpl
def register_routes():
    return [(r"^" + FEED_PATH.replace(".", r"\.") + "$", events_feed),
            (r"^/-/event/(?P<id>\d{1,18})$", _for_our_database(pages.event_page)),
            (r"^/-/pair/(?P<pair>[^/]{1,20})$", _for_our_database(pages.pair_page)),
            (r"^/-/events$", _for_our_database(pages.events_page))]


def _for_our_database(view):
    """A route's view, given the name of the database the plugin serves."""
    async def route(datasette, request):
        return await view(datasette, request, _our_database(datasette))
    route.__name__ = view.__name__
    return route


async def events_feed(datasette, request):
    """The newest events first seen, as Atom; `?kind=K`, `?country=CC`, `?limit=N` (at most 500)."""
    database = _our_database(datasette)
    kind = request.args.get("kind") or None
    country = request.args.get("country") or None
    if kind is not None and kind not in EVENT_KINDS:
        return Response.text(f"unknown kind {kind!r}; one of: {', '.join(EVENT_KINDS)}", status=400)
    try:
        limit = min(int(request.args.get("limit") or FEED_LIMIT), FEED_MAX)
    except ValueError:
        return Response.text("limit must be a whole number", status=400)

    def read(conn):
        return list(queries.events(sqlite_utils.Database(conn), kind=kind, country=country, newest="first_seen",
                                   limit=limit))

    events = await datasette.get_database(database).execute_fn(read)
    body = atom_feed(
        events, feed_url=request.url, site_url=urljoin(request.url, datasette.urls.instance()),
        event_url=lambda event_id: urljoin(request.url, datasette.urls.row(database, "events", str(event_id))),
        database=database)
    return Response(body, content_type="application/atom+xml; charset=utf-8")
