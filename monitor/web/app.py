"""Datasette over one pactwatch database, read-only, while the daemon may be writing to it.

The file is opened the way Datasette opens a mutable database: every read connection is
`mode=ro`, so the UI can never write, and in WAL mode readers see each commit as it lands
and never block the writer. (Immutable mode would be wrong here: it tells SQLite the file
never changes, so new rows in the WAL would go unseen.) No canned query writes, and
Datasette 0.65 has no write API, so no write connection is ever opened; only the review page of
`serve --review` writes, through a connection of its own (monitor.web.review_page).
"""

from __future__ import annotations

import logging
import socket
from pathlib import Path
from typing import Callable, Optional

from datasette.app import Datasette
from datasette.plugins import pm

from monitor.runs.stopping import StopRequest
from monitor.web import errors, plugin
from monitor.web.metadata import SETTINGS, build_metadata
from monitor.web.review_page import ReviewDesk

logger = logging.getLogger(__name__)
TEMPLATES = Path(__file__).with_name("templates")  # base.html: every page links the Atom feed for readers


def register_plugin() -> None:
    if pm.get_plugin(plugin.PLUGIN) is None:
        pm.register(plugin, name=plugin.PLUGIN)
    errors.install()


def make_datasette(db_path: Path, base_url: Optional[str] = None, review: Optional[ReviewDesk] = None) -> Datasette:
    """A Datasette instance over `db_path` with pactwatch's metadata and plugin; `base_url` is
    `[web] base_url`, the address people reach it at; with `review`, the review page takes
    decisions (monitor.web.review_page), else it does not exist."""
    register_plugin()
    name = Path(db_path).stem
    datasette = Datasette([str(db_path)], metadata=build_metadata(name, base_url), settings=SETTINGS,
                          template_dir=str(TEMPLATES))
    assert name in datasette.databases, f"Datasette named the database {list(datasette.databases)}"
    datasette.pactwatch_review = review
    return datasette


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on host:port (port 0: one the OS chooses), bound before the server starts,
    so the address printed is the address served."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def serve(datasette: Datasette, sock: socket.socket, stop: StopRequest, *,
          on_ready: Optional[Callable[[], None]] = None) -> None:
    """Run Datasette on `sock` until `stop` is requested (SIGTERM or SIGINT), then return normally.

    A stop requested before the server is ready is honoured: nothing is served when it came
    before `on_ready`, and uvicorn starts with `should_exit` already set (it finishes its start-up
    and shuts down at once) when it came later. While uvicorn runs, its own handlers take the
    signals (graceful shutdown); it gives them back to `stop` when it has shut down.
    """
    import uvicorn

    # log_config=None: uvicorn's loggers propagate to the root's handler (monitor/web/logs.py), rather
    # than to handlers of its own that would write from the event loop.
    config = uvicorn.Config(datasette.app(), log_level="warning", log_config=None, lifespan="on", workers=1)
    server = uvicorn.Server(config)
    with stop.forwarded_to(lambda: setattr(server, "should_exit", True)):
        if stop.requested:
            logger.info("stop requested (%s) before serving", stop.signal.name)
            return
        if on_ready:
            on_ready()
        server.run(sockets=[sock])
