"""Datasette's error pages, with a one-line log instead of a 45 KB traceback.

Datasette's own handler (datasette/handle_exception.py) prints every exception it turns into an
error page with rich's `print_exception(show_locals=True)` when rich is installed (pactwatch
installs it): a rejected `?sql=` query, an everyday 400, printed some 45 KB of traceback and local
variables to stdout and cost about 0.45 s of the event loop, and with stdout on a pipe nobody
read, two of them filled the pipe and froze the server. Handlers of `handle_exception` are all
called (it is not a first-result hook), so this module replaces Datasette's rather than adding
to it: the same status, message and page, and a log record through `logging` (see
monitor/web/logs.py): one line at INFO for a client's error (4xx), the error with a plain
traceback, no locals, for a server's (5xx).
"""

from __future__ import annotations

import logging
import sys

from datasette import hookimpl
from datasette.plugins import pm
from datasette.utils import add_cors_headers
from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError
from markupsafe import Markup

PLUGIN = "pactwatch.errors"
DATASETTE_HANDLER = "datasette.handle_exception"
logger = logging.getLogger(__name__)


def install() -> None:
    """Put this module in the place of Datasette's exception handler (once per process)."""
    if pm.get_plugin(PLUGIN) is not None:
        return
    if pm.get_plugin(DATASETTE_HANDLER) is not None:
        pm.unregister(name=DATASETTE_HANDLER)
    pm.register(sys.modules[__name__], name=PLUGIN)


def describe(exception: BaseException) -> tuple[int, str, dict, str | None]:
    """The status, message, extra details and title of the error page, as Datasette gives them."""
    if isinstance(exception, Base400):
        return exception.status, exception.args[0], {}, None
    if isinstance(exception, DatasetteError):
        message = Markup(exception.message) if exception.message_is_html else exception.message
        return exception.status, message, dict(exception.error_dict or {}), exception.title
    return 500, str(exception), {}, None


@hookimpl
def handle_exception(datasette, request, exception):
    async def error_page():
        status, message, info, title = describe(exception)
        where = f"{request.method} {request.path}" + (f"?{request.query_string[:200]}" if request.query_string else "")
        if status >= 500:
            logger.error("%s: %s: %s", where, type(exception).__name__, _one_line(message), exc_info=exception)
        else:
            logger.info("%s: %d %s", where, status, _one_line(message))
        info.update({"ok": False, "error": message, "status": status, "title": title})
        headers = {}
        if datasette.cors:
            add_cors_headers(headers)
        if request.path.endswith(".json"):
            return Response.json(info, status=status, headers=headers)
        template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
        page = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                                menu_links=lambda: []))
        return Response.html(page, status=status, headers=headers)

    return error_page


def _one_line(message, limit: int = 300) -> str:
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[:limit] + "…"
