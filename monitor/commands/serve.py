"""`pactwatch serve`: browse the database in Datasette, read-only, with an Atom feed of events."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import click

DEFAULT_PORT = 8001


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. Anything but loopback lets other machines read the database.")
@click.option("--port", type=click.IntRange(0, 65535), default=DEFAULT_PORT, show_default=True,
              help="Port to listen on; 0 lets the OS choose one (the URL printed says which).")
@click.option("--review", is_flag=True,
              help="Also serve /-/review/ID, whose forms record review decisions (loopback only).")
@click.pass_obj
def serve(app, host, port, review):
    """Serve the database read-only in Datasette: tables, facets, full-text search of articles,
    canned queries, and an Atom feed of events at /-/events.atom.

    Safe while the daemon is crawling: readers see new rows as they are committed and never
    block it. Ctrl-C or SIGTERM stops the server (exit 0), at any moment, start-up included.
    With --review (on a loopback address only) /-/review/ID takes the decisions `pactwatch
    review` takes, through CSRF-protected forms.
    """
    from monitor.web.app import bind, make_datasette
    from monitor.web.app import serve as run_server
    from monitor.web.logs import log_in_background
    from monitor.web.metadata import FEED_PATH

    # Logged from the event loop, never written by it: a log nobody reads cannot stop the server.
    click.get_current_context().call_on_close(log_in_background().close)
    db_path = Path(app.config.storage_path).resolve()
    if not db_path.exists():
        raise click.ClickException(f"{db_path}: no such database; crawl or ingest first, or pass --db")
    app.open_db().conn.close()  # brings an older file's schema up to date, as every command does
    if review and not _is_loopback(host):
        raise click.UsageError(f"--review serves on a loopback address only, not {host}")
    if not _is_loopback(host):
        click.echo(f"warning: listening on {host}: anyone who can reach it can read the database", err=True)
    try:
        sock = bind(host, port)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on {host}:{port}: {exc.strerror}") from None
    bound_port = sock.getsockname()[1]
    shown_host = f"[{host}]" if ":" in host else host
    url = f"http://{shown_host}:{bound_port}/"
    datasette = make_datasette(db_path, app.config.web.base_url, review=_desk(app, db_path) if review else None)
    mode, pages = ("for review", f"; review: {url}-/review/ID") if review else ("read-only", "")

    def ready():
        click.echo(f"Serving {db_path} {mode} at {url}  (feed: {url.rstrip('/')}{FEED_PATH}{pages}; Ctrl-C stops)")

    run_server(datasette, sock, app.stop, on_ready=ready)


def _desk(app, db_path: Path):
    """What the review page needs: the file, who decides (the user running the server), the alerts."""
    from monitor.commands.review import by_default
    from monitor.web.review_page import ReviewDesk

    return ReviewDesk(db_path=str(db_path), by=by_default(), alerts=app.config.alerts)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
