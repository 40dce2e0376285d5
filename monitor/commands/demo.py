"""`pactwatch demo`: the whole pipeline, offline, against the bundled demo site."""

from __future__ import annotations

import tempfile
import time
from importlib import resources
from pathlib import Path

import click

from monitor.commands.crawl import summary_table
from monitor.config import bundled_config_path, load_config
from monitor.crawling import run_crawl
from monitor.demo.server import LocalSite
from monitor.tables import format_table
from storage import open_db
from storage.events import list_events

DEFAULT_DEMO_DB = "pactwatch-demo.db"


@click.command()
@click.pass_obj
def demo(app):
    """Serve the bundled demo site on 127.0.0.1, crawl its three outlets into a fresh database
    (./pactwatch-demo.db unless --db is given), classify, and print what was found."""
    started = time.monotonic()
    db_path = Path(app.db_path or DEFAULT_DEMO_DB).resolve()
    _remove_database(db_path)
    site_root = Path(str(resources.files("monitor") / "demo" / "site"))
    with LocalSite.from_directory(site_root) as site, tempfile.TemporaryDirectory() as workdir:
        config_path = Path(workdir) / "demo.toml"
        template = bundled_config_path("demo.toml").read_text(encoding="utf-8")
        config_path.write_text(template.replace("{base}", site.base_url), encoding="utf-8")
        config = load_config(config_path, db=db_path)
        click.echo(f"Demo site at {site.base_url}; database {db_path}\n")
        outcomes = [run_crawl(config, source.name, log_level="WARNING") for source in config.sources]
    click.echo(summary_table(outcomes))
    click.echo()
    _print_findings(db_path)
    click.echo(f"\nDone in {time.monotonic() - started:.1f} s.")
    if not all(outcome.ok for outcome in outcomes):
        raise SystemExit(1)


def _print_findings(db_path: Path) -> None:
    db = open_db(db_path)
    events = list_events(db)
    total = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    flagged = db.execute("SELECT COUNT(*) FROM detections WHERE flagged = 1").fetchone()[0]
    click.echo(f"{total} articles stored, {flagged} flagged; {len(events)} bilateral events:")
    if events:
        click.echo(format_table(
            ("kind", "parties", "plan year", "date", "sources", "first report"),
            [(e["kind"], "–".join(e["parties"]), e["plan_year"], e["date"],
              ", ".join(sorted({a["source"] for a in e["articles"]})), e["articles"][0]["title"]) for e in events]))
    click.echo("\nAlerts sent: none (alert channels arrive with the daemon).")


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
