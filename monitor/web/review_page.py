"""The review page, `/-/review/ID`, served only by `pactwatch serve --review` (on loopback).

It shows one event with its reports and forms that take the decisions `pactwatch review` takes
(confirm, reject, correct, merge, move an article out), stored through the same library
(monitor.analysis.review) on a connection of its own: the UI's Datasette connections stay
read-only. Every form carries Datasette's CSRF token (asgi-csrf refuses a POST without it), and
a POST whose Host is not a loopback name is refused, so another site can neither submit the
forms nor read them through a rebound DNS name. Without --review the page does not exist.
"""

from __future__ import annotations

import asyncio
import secrets
from dataclasses import dataclass
from typing import Optional
from urllib.parse import quote, urlsplit

import sqlite_utils
from asgi_csrf import DEFAULT_SIGNING_NAMESPACE
from datasette.utils.asgi import Response
from itsdangerous import BadSignature

from monitor.alerts.names import country_name, kind_label
from monitor.alerts.reviewed import after_review
from monitor.analysis.review import ReviewError, parse_changes, record
from monitor.classify.model import EVENT_KINDS
from monitor.config.alerts import AlertSettings
from monitor.config.links import link_target
from monitor.runs.source_check import is_loopback
from storage import open_db
from storage.events import event_articles
from storage.queries import event_sources
from storage.reviews import event_summary

PATH = r"^/-/review/(?P<event_id>[0-9]+)$"
ACTIONS = ("confirm", "reject", "correct", "merge", "move")
CSRF_COOKIE = "ds_csrftoken"  # the cookie Datasette's asgi-csrf sets


@dataclass(frozen=True)
class ReviewDesk:
    """What `serve --review` hands the page: the file decisions are written to, who takes them
    (the user running the server), and the alert settings a decision may touch."""

    db_path: str
    by: str
    alerts: AlertSettings


async def review_page(datasette, request):
    desk: Optional[ReviewDesk] = getattr(datasette, "pactwatch_review", None)
    if desk is None:
        return Response.text("review is off: start the UI with `pactwatch serve --review`", status=404)
    event_id = int(request.url_vars["event_id"])
    if request.method == "POST":
        origin = request.headers.get("origin")
        if not is_loopback(request.host) or (origin and not is_loopback(urlsplit(origin).netloc)):
            return Response.text("review forms are taken on loopback addresses only", status=403)
        form = await request.post_vars()
        if not _token_ok(datasette, request, form):
            return Response.text("the form's CSRF token is missing or wrong: reload the page and try again",
                                 status=403)
        message, shown = await asyncio.to_thread(_decide, desk, event_id, form)
        return Response.redirect(f"/-/review/{shown}?done={quote(message)}", status=303)
    event = await datasette.get_database().execute_fn(lambda conn: _read(sqlite_utils.Database(conn), event_id))
    if event is None:
        return Response.html(await datasette.render_template(
            "pactwatch_review.html", {"event": None, "event_id": event_id}, request=request), status=404)
    return Response.html(await datasette.render_template("pactwatch_review.html", {
        "event": event, "event_id": event_id, "done": request.args.get("done"), "by": desk.by,
        "kinds": EVENT_KINDS, "states": " – ".join(f"{country_name(c)} ({c})" for c in event["parties"]),
        "kind_label": kind_label(event["kind"])}, request=request))


def _read(db: sqlite_utils.Database, event_id: int) -> Optional[dict]:
    """The event, its reports (with a link only to an http(s) or file URL) and its articles' titles,
    read on one of Datasette's read-only connections."""
    event = event_summary(db, event_id)
    if event is None:
        return None
    event["sources"] = [dict(a, link=link_target(a["url"])) for a in event_articles(db, event_id)]
    sources = sorted(event_sources(db, event_id), key=lambda article: article["id"])
    event["article_titles"] = {a["id"]: a["url"] if a["title"] is None else a["title"] for a in sources}
    return event


def _decide(desk: ReviewDesk, event_id: int, form) -> tuple[str, int]:
    """Take the decision the form asks for; return the message to show and the event to show it on."""
    action = form.get("action")
    if action not in ACTIONS:
        return f"unknown action {action!r}", event_id
    options: dict = {"note": form.get("note") or None, "by": (form.get("by") or desk.by).strip() or desk.by}
    try:
        if action == "correct":
            options["changes"] = parse_changes(kind=form.get("kind"), parties=form.get("parties"),
                                               plan_year=form.get("plan_year"), day=form.get("date"))
        elif action == "merge":
            options["other_event_id"] = _number(form.get("other_id"), "the other event's id")
        elif action == "move":
            options["article_id"] = _number(form.get("article_id"), "the article's id")
    except (ValueError, ReviewError) as exc:
        return f"not taken: {exc}", event_id
    db = open_db(desk.db_path)
    try:
        review_id = record(db, action, event_id, **options)
        after_review(db, desk.alerts, event_id, action)
        if action == "merge":
            after_review(db, desk.alerts, options["other_event_id"], action)
    except ReviewError as exc:
        return f"not taken: {exc}", event_id
    finally:
        db.conn.close()
    return f"review {review_id}: {action} recorded", event_id


def _token_ok(datasette, request, form) -> bool:
    """The form carries the CSRF token of the cookie this server signed. Datasette's asgi-csrf checks
    a POST only when it carries cookies (a cross-site form usually does not: SameSite), so the
    page checks it again: no cookie, no decision."""
    token, cookie = form.get("csrftoken") or "", request.cookies.get(CSRF_COOKIE) or ""
    if not token or not secrets.compare_digest(token, cookie):
        return False
    try:
        datasette.unsign(cookie, DEFAULT_SIGNING_NAMESPACE)
    except BadSignature:
        return False
    return True


def _number(value: Optional[str], what: str) -> int:
    if not (value or "").strip().isdigit():
        raise ValueError(f"{what} must be a number")
    return int(value)
