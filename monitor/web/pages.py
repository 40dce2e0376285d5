"""The pages written for people rather than tables: one event (`/-/event/ID`), one pair of states
(`/-/pair/AZ-KZ`) and the events listing with its search box (`/-/events`).

Each reads the database through storage.queries on Datasette's read-only connection and renders
a template of monitor/web/templates (autoescaped: scraped text stays text). The words come from
monitor.output.wording, the days from monitor.analysis.eventday, a pair's history from
monitor.analysis.pairs; nothing here shows the day a report was stored as the event's day.
"""

from __future__ import annotations

from datetime import date, datetime, timezone
from functools import lru_cache

import sqlite_utils
from datasette.utils.asgi import Response

from monitor.alerts.names import country_name, kind_label
from monitor.analysis.eventday import first_report_day, stated_day
from monitor.analysis.pairs import normalise_pair, pair_history
from monitor.classify.model import EVENT_KINDS
from monitor.config.countries import country_code
from monitor.config.links import event_path, link_target, pair_path
from monitor.output import wording
from monitor.web.search import Search, parse_search
from storage import queries

LISTING_ROWS = 200
BILATERAL_PARTIES = 2


@lru_cache(maxsize=None)
def language_name(code: str | None) -> str:
    """'ru' → 'Russian' (CLDR's English name); the code when CLDR has none; 'not recorded' for None."""
    if not code:
        return "not recorded"
    from babel import Locale

    return Locale("en").languages.get(code, code)


def _helpers() -> dict:
    """Functions the templates call."""
    return {"wording": wording, "kind_label": kind_label, "country_name": country_name, "event_path": event_path,
            "pair_path": pair_path, "link_target": link_target, "language_name": language_name,
            "stated_day": stated_day, "first_report_day": first_report_day,
            "is_pair": lambda event: len(event["parties"]) == BILATERAL_PARTIES}


async def _run(datasette, database: str, read):
    return await datasette.get_database(database).execute_fn(lambda conn: read(sqlite_utils.Database(conn)))


async def _page(datasette, request, template: str, context: dict, status: int = 200) -> Response:
    html = await datasette.render_template(template, {**_helpers(), **context}, request=request)
    return Response.html(html, status=status)


async def error_page(datasette, request, message: str, status: int = 400) -> Response:
    return await _page(datasette, request, "pactwatch_error.html", {"message": message, "status": status}, status)


async def event_page(datasette, request, database: str) -> Response:
    """One event: the headline, its kind explained, how sure and why, and every report in full."""
    event_id = int(request.url_vars["id"])
    event = await _run(datasette, database, lambda db: queries.event_with_mentions(db, event_id))
    if event is None:
        merged_into = await _run(datasette, database, lambda db: queries.redirected_event(db, event_id))
        if merged_into:
            return Response.redirect(datasette.urls.path(event_path(merged_into)))
        return await error_page(datasette, request, f"No event {event_id} in this database.", 404)
    return await _page(datasette, request, "pactwatch_event.html", {
        "event": event, "kind_explained": wording.KIND_EXPLAINED.get(event["kind"], ""),
        "row_url": datasette.urls.row(database, "events", str(event_id)),
        "article_url": lambda article_id: datasette.urls.row(database, "articles", str(article_id))})


async def pair_page(datasette, request, database: str, today: date | None = None) -> Response:
    """Every event of two states on a timeline, their plans by year, and the plan expected next."""
    try:
        pair = normalise_pair(request.url_vars["pair"])
    except ValueError as exc:
        return await error_page(datasette, request, str(exc))
    if f"{pair[0]}-{pair[1]}" != request.url_vars["pair"]:
        return Response.redirect(datasette.urls.path(pair_path(pair)))
    events = await _run(datasette, database, lambda db: list(queries.events(db, including=pair, bilateral_only=False,
                                                                             newest="day")))
    history = pair_history(pair, events, today or datetime.now(timezone.utc).date())
    years = list(range(min(history.plans), max(history.plans) + 1)) if history.plans else []
    with_others = [event for event in events if len(event["parties"]) > BILATERAL_PARTIES]
    return await _page(datasette, request, "pactwatch_pair.html", {
        "history": history, "plan_years": years, "pair_names": wording.states(list(pair)),
        "with_others": with_others})


async def events_page(datasette, request, database: str) -> Response:
    """The events listing: newest by their day, bilateral first; `?q=` searches (states by name or
    code, kind, words), `?country=` takes a name or a code, `?kind=` a kind."""
    search = parse_search(request.args.get("q", ""))
    countries = list(search.countries)
    country = (request.args.get("country") or "").strip()
    if country:
        try:
            countries.append(country_code(country))
        except ValueError as exc:
            return await error_page(datasette, request, str(exc))
    kind = request.args.get("kind") or search.kind
    if kind and kind not in EVENT_KINDS:
        return await error_page(datasette, request, f"unknown kind {kind!r}; one of: {', '.join(EVENT_KINDS)}")
    countries = list(dict.fromkeys(countries))
    filters = Search(countries=tuple(countries), kind=kind, words=search.words)

    def read(db):
        common = dict(kind=kind, including=tuple(countries), words=filters.words, newest="day", limit=LISTING_ROWS)
        bilateral = list(queries.events(db, **common)) if len(countries) <= BILATERAL_PARTIES else []
        return bilateral, list(queries.events(db, bilateral_only=False, multilateral_only=True, **common))

    bilateral, others = await _run(datasette, database, read)
    return await _page(datasette, request, "pactwatch_events.html", {
        "bilateral": bilateral, "others": others, "q": request.args.get("q", ""), "filters": filters,
        "limit": LISTING_ROWS, "table_url": datasette.urls.table(database, "events")})
