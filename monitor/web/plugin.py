"""pactwatch's Datasette plugin: SQL functions the canned queries use, cells rendered as links to
an event's page and its source articles, the events table made readable, the Atom feed and the
pages for people (monitor.web.pages).

Every hook acts only on the database named in the plugin's config (metadata `plugins.pactwatch.
database`), so other databases served beside it are left as Datasette shows them.
"""

from __future__ import annotations

import json
from urllib.parse import parse_qs, urljoin

import sqlite_utils
from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from monitor.alerts.names import country_name
from monitor.classify.model import EVENT_KINDS
from monitor.config.countries import country_code
from monitor.config.links import absolute, event_path, link_target, pair_path
from monitor.web import pages, tables
from monitor.web.feed import atom_feed
from monitor.web.metadata import EVENTS_PATH, FEED_PATH
from monitor.web.review_page import PATH as REVIEW_PATH
from monitor.web.review_page import review_page
from storage import queries

PLUGIN = "pactwatch"
FEED_LIMIT, FEED_MAX = 50, 500
COUNTRY_QUERIES = ("events_with_sources",)  # canned queries that take a `country`


def _our_database(datasette) -> str | None:
    return (datasette.plugin_config(PLUGIN) or {}).get("database")


def _base_url(datasette) -> str | None:
    """`[web] base_url`: the UI's public address, for absolute links (the feed's)."""
    return (datasette.plugin_config(PLUGIN) or {}).get("base_url")


@hookimpl
def prepare_connection(conn, database, datasette):
    """`country_name('AZ')` → 'Azerbaijan' and `state_code('Azerbaijan')` → 'AZ', for the canned queries."""
    if database == _our_database(datasette):
        conn.create_function("country_name", 1, lambda code: country_name(code) if code else None,
                             deterministic=True)
        conn.create_function("state_code", 1, _state_code, deterministic=True)


def _state_code(value):
    try:
        return country_code(value) if value else None
    except ValueError:
        return None  # refused before the query runs (asgi_wrapper); never matches


@hookimpl
def asgi_wrapper(datasette):
    """A canned query given a `country` no state has (`?country=Narnia`) answers 400 with what to
    give, rather than an empty page that looks like "no events"."""
    def wrap(app):
        async def checked(scope, receive, send):
            if scope.get("type") == "http" and (problem := _unknown_state(datasette, scope)):
                await Response.text(problem, status=400).asgi_send(send)
                return
            await app(scope, receive, send)
        return checked
    return wrap


def _unknown_state(datasette, scope) -> str | None:
    """Why the request's `country` names no state, for a canned query of COUNTRY_QUERIES; else None."""
    database = _our_database(datasette)
    path = scope.get("path", "")
    prefix = datasette.urls.database(database) + "/" if database else None
    if not prefix or not path.startswith(prefix) or b"country=" not in scope.get("query_string", b""):
        return None
    query = path[len(prefix):].removesuffix(".json")
    if query not in COUNTRY_QUERIES:
        return None
    for value in parse_qs(scope["query_string"].decode("utf-8", "replace")).get("country", []):
        try:
            country_code(value)
        except ValueError as exc:
            return str(exc)
    return None


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
    if table == "events" and column == "kind" and value:
        return _event_link(datasette, row["id"], value)
    if table is None and column == "source_articles" and value:
        return _source_links(datasette, database, json.loads(value))
    if table is None and column == "event" and isinstance(value, int):
        row_url = datasette.urls.row(database, "events", str(value))
        return _event_link(datasette, value, f"event {value}") + Markup(
            f' <a class="pactwatch-row" href="{escape(row_url)}">(row)</a>')
    if table is None and column == "states" and value and _has(row, "state_a") and _has(row, "state_b"):
        href = datasette.urls.path(pair_path([row["state_a"], row["state_b"]]))
        return Markup(f'<a class="pactwatch-pair" href="{escape(href)}">{escape(value)}</a>')
    if table is None and column == "article" and isinstance(value, int):
        return Markup(f'<a href="{escape(datasette.urls.row(database, "articles", str(value)))}">{value}</a>')
    return None


def _has(row, column: str) -> bool:
    try:
        return bool(row[column])
    except (KeyError, IndexError):
        return False


def _event_link(datasette, event_id: int, text: str) -> Markup:
    href = datasette.urls.path(event_path(event_id))
    return Markup(f'<a class="pactwatch-event" href="{escape(href)}">{escape(text)}</a>')


def _evidence_with_sources(datasette, database: str, event_id: int, evidence):
    async def render():
        articles = await datasette.get_database(database).execute_fn(
            lambda conn: queries.event_sources(sqlite_utils.Database(conn), event_id))
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
def extra_css_urls(database, table, datasette):
    if database == _our_database(datasette) and table == "events":
        return [datasette.urls.path(tables.CSS_PATH)]
    return []


@hookimpl
def extra_body_script(database, table, datasette):
    if database == _our_database(datasette) and table == "events":
        return tables.events_table_js(datasette.urls.path(EVENTS_PATH))
    return None


async def events_table_css(datasette, request):
    return Response(tables.EVENTS_TABLE_CSS, content_type="text/css; charset=utf-8")


@hookimpl
def register_routes():
    return [(r"^" + FEED_PATH.replace(".", r"\.") + "$", events_feed),
            (r"^" + tables.CSS_PATH + "$", events_table_css),
            (r"^/-/event/(?P<id>\d{1,18})$", _for_our_database(pages.event_page)),
            (r"^/-/pair/(?P<pair>[^/]{1,20})$", _for_our_database(pages.pair_page)),
            (r"^" + EVENTS_PATH + "$", _for_our_database(pages.events_page)),
            (REVIEW_PATH, review_page)]


def _for_our_database(view):
    """A route's view, given the name of the database the plugin serves."""
    async def route(datasette, request):
        return await view(datasette, request, _our_database(datasette))
    route.__name__ = view.__name__
    return route


async def events_feed(datasette, request):
    """The newest events first seen, as Atom; `?kind=K`, `?country=` (a code or an English name),
    `?limit=N` (at most 500). Entries link to the event pages, under `[web] base_url` when it is set."""
    database = _our_database(datasette)
    kind = request.args.get("kind") or None
    country = request.args.get("country") or None
    if kind is not None and kind not in EVENT_KINDS:
        return Response.text(f"unknown kind {kind!r}; one of: {', '.join(EVENT_KINDS)}", status=400)
    try:
        country = country_code(country) if country else None
    except ValueError as exc:
        return Response.text(str(exc), status=400)
    try:
        limit = min(int(request.args.get("limit") or FEED_LIMIT), FEED_MAX)
    except ValueError:
        return Response.text("limit must be a whole number", status=400)

    def read(conn):
        return list(queries.events(sqlite_utils.Database(conn), kind=kind, country=country, newest="first_seen",
                                   limit=limit))

    events = await datasette.get_database(database).execute_fn(read)
    base = _base_url(datasette)
    site = absolute(base, "/") if base else urljoin(request.url, datasette.urls.instance())
    body = atom_feed(
        events, feed_url=absolute(base, FEED_PATH) if base else request.url, site_url=site,
        event_url=lambda event_id: absolute(base, event_path(event_id)) if base else urljoin(
            request.url, datasette.urls.path(event_path(event_id))),
        database=database)
    return Response(body, content_type="application/atom+xml; charset=utf-8")
