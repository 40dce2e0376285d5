"""`pactwatch demo`: the whole product, offline — the bundled demo site crawled by the main job
(`run --once`), events printed, alerts sent to an SMTP server and a webhook receiver it starts."""

from __future__ import annotations

import signal
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from importlib import resources
from pathlib import Path

import click

from monitor.commands.crawl import summary_table
from monitor.commands.events import NOT_REPORTED
from monitor.config import bundled_config_path, load_config
from monitor.demo.redis_server import REDIS_SERVER, RedisServer
from monitor.demo.server import LocalSite
from monitor.demo.sinks import SmtpSink, WebhookReceiver
from monitor.output.tables import Column, echo_table
from monitor.runs.crawl_log import crawl_log
from monitor.runs.crawling import CrawlOutcome, crawl_environment
from monitor.runs.stopping import stop_process
from monitor.scheduler.daemon import Daemon
from monitor.scheduler.steps import after_round_step
from storage import open_db
from storage.articles import article_totals
from storage.events import list_events

DEFAULT_DEMO_DB = "pactwatch-demo.db"
DEMO_WORKERS = 2
WORKER_GRACE_SECONDS = 60  # for a worker to finish its crawl's page and record its run, after SIGTERM


@click.command()
@click.option("--cluster", is_flag=True, help="Crawl on a local cluster: a redis-server, two `pactwatch worker`s "
                                            "and this process as the writer (needs redis-server installed).")
@click.pass_obj
def demo(app, cluster):
    """Serve the bundled demo site on 127.0.0.1, run the main job over its three outlets into a
    fresh database (./pactwatch-demo.db unless --db is given), and print a line per outlet as its
    crawl ends, the events found and the alerts an SMTP server and a webhook receiver (also on
    127.0.0.1) received. The crawler's log goes to a file (its path printed), or with
    `pactwatch --verbose demo` to stderr. With --cluster the round is crawled by two workers sharing a
    local Redis, this process writing what they hand over (README: "Running on several machines")."""
    started = time.monotonic()
    db_path = Path(app.db_path or DEFAULT_DEMO_DB).resolve()
    _remove_database(db_path)
    site_root = Path(str(resources.files("monitor") / "demo" / "site"))
    with ExitStack() as stack:
        site = stack.enter_context(LocalSite.from_directory(site_root))
        smtp = SmtpSink().start()
        stack.callback(smtp.stop)
        webhook = WebhookReceiver()
        webhook.start()
        stack.callback(webhook.stop)
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        config_path = _write_config(workdir, site.base_url, smtp.port, webhook.url)
        if cluster:
            config_path = _with_cluster(stack, config_path, workdir)
        config = load_config(config_path, db=db_path)
        click.echo(f"Demo site at {site.base_url}; database {db_path}")
        log = None
        if not app.verbose:
            log, log_path = stack.enter_context(crawl_log(db_path))
            click.echo(f"crawler log: {log_path}")
        if cluster:
            _start_workers(stack, config, log)
        click.echo()
        outcomes = Daemon(config, after_round=_said(after_round_step), log_file=log).run_once()
        click.echo()
        click.echo(summary_table(outcomes))
        click.echo()
        _print_events(db_path)
        _print_alerts(smtp, webhook)
    click.echo(f"\nDone in {time.monotonic() - started:.1f} s.")
    if not all(outcome.ok for outcome in outcomes):
        raise SystemExit(1)


def _said(step):
    """The step after the round, then one line per source saying how its crawl ended."""
    def after(config, outcomes: list[CrawlOutcome]) -> None:
        step(config, outcomes)
        for outcome in outcomes:
            run = outcome.run or {}
            click.echo(f"{outcome.source}: {run.get('status', f'exit {outcome.returncode}')}, "
                       f"{run.get('articles_new') or 0} new articles, {run.get('errors') or 0} errors")
    return after


def _with_cluster(stack: ExitStack, config_path: Path, workdir: Path) -> Path:
    """A local redis-server for the demo, named in the config's [cluster] section."""
    if REDIS_SERVER is None:
        raise click.ClickException("demo --cluster needs redis-server (apt install redis-server)")
    redis = RedisServer(workdir / "redis").start()
    stack.callback(redis.stop)
    with config_path.open("a", encoding="utf-8") as config:
        config.write(f'\n[cluster]\nredis_url = "{redis.url}"\n')
    click.echo(f"Redis at {redis.url}; {DEMO_WORKERS} workers")
    return config_path


def _start_workers(stack: ExitStack, config, log) -> None:
    """DEMO_WORKERS `pactwatch worker` processes, stopped (SIGTERM) when the demo ends."""
    command = [sys.executable, "-m", "monitor", "--config", str(config.path), "--db", str(config.storage_path),
               "worker", "--quiet"]
    for number in range(DEMO_WORKERS):
        worker = subprocess.Popen([*command, "--name", f"demo{number + 1}"], env=crawl_environment(config),
                                  stdout=log, stderr=log)
        stack.callback(stop_process, worker, signal.SIGTERM, WORKER_GRACE_SECONDS)


def _write_config(folder: Path, base_url: str, smtp_port: int, webhook_url: str) -> Path:
    template = bundled_config_path("demo.toml").read_text(encoding="utf-8")
    path = folder / "demo.toml"
    path.write_text(template.replace("{base}", base_url).replace("{smtp_port}", str(smtp_port))
                    .replace("{webhook_url}", webhook_url), encoding="utf-8")
    return path


def _print_events(db_path: Path) -> None:
    db = open_db(db_path)
    events = list_events(db)
    total, flagged = article_totals(db)
    db.conn.close()
    click.echo(f"{total} articles stored, {flagged} flagged; {len(events)} bilateral events:")
    if events:
        echo_table(
            (Column("kind"), Column("parties"), Column("plan year"), Column("date"), Column("sources", text=True),
             Column("first report", text=True)),
            [(e["kind"], "–".join(e["parties"]), e["plan_year"], e["date"] or NOT_REPORTED,
              ", ".join(sorted({a["source"] for a in e["articles"]})), e["articles"][0]["title"]) for e in events])


def _print_alerts(smtp: SmtpSink, webhook: WebhookReceiver) -> None:
    click.echo(f"\nAlerts sent: {len(smtp.messages)} emails to the SMTP server on 127.0.0.1:{smtp.port},"
               f" {len(webhook.accepted)} webhook calls to {webhook.url}")
    for message in smtp.messages:
        click.echo(f"  email:   {message['Subject']}")
    for request in webhook.accepted:
        event = request["json"].get("event", {})
        parties = "–".join(party["code"] for party in event.get("parties", []))
        click.echo(f"  webhook: {request['json'].get('type')} {event.get('kind')} {parties} (event {event.get('id')})")


def _remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        candidate = Path(str(path) + suffix)
        if candidate.exists():
            candidate.unlink()
