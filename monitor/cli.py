"""The pactwatch command line: `pactwatch [--config PATH] [--db PATH] COMMAND ...`.

Exit codes: 0 success, 1 a crawl or an operation failed, 2 a usage or configuration error.
"""

from __future__ import annotations

import importlib
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import click

from monitor.config import Config, ConfigError, load_config
from monitor.runs.stopping import StopRequest, stop_on_signals


class ConfigProblem(click.ClickException):
    """A configuration error: printed as one line, exit code 2."""

    exit_code = 2


@dataclass
class AppContext:
    """What the global options chose; the config is read on first use."""

    config_path: Optional[str] = None
    db_path: Optional[str] = None
    verbose: bool = False  # -v: debug logging, and crawls log to stderr rather than to a file
    stop: StopRequest = field(default_factory=StopRequest)  # set by SIGTERM/SIGINT for the STOPPABLE commands
    _config: Optional[Config] = field(default=None, repr=False)

    @property
    def config(self) -> Config:
        if self._config is None:
            try:
                self._config = load_config(self.config_path, self.db_path)
            except ConfigError as exc:
                raise ConfigProblem(str(exc)) from None
        return self._config

    def require_secrets(self, channels: Optional[tuple[str, ...]] = None) -> None:
        """Exit 2 naming the file and key when a secret's environment variable is not set."""
        from monitor.config.alerts import check_secrets

        try:
            check_secrets(self.config.alerts, self.config.path, channels)
        except ConfigError as exc:
            raise ConfigProblem(str(exc)) from None

    def open_db(self, *, existing: bool = False):
        """The database, its schema brought up to date. `existing`: for commands that only read it,
        a file that does not exist is a usage error (exit 2) rather than a new empty database, so
        a mistyped --db never passes for a database with nothing in it."""
        from storage import open_db
        from storage.db import StorageError

        path = self.config.storage_path
        if existing and not Path(path).exists():
            where = self.config.path or "the bundled config"
            raise ConfigProblem(f"no database at {path}: check --db or [storage] path in {where};"
                                " `pactwatch crawl` or `pactwatch demo` creates one")
        try:
            return open_db(path)
        except StorageError as exc:
            raise click.ClickException(str(exc)) from None


# Each command's module is imported only when that command runs (or `--help` lists them all), so
# `pactwatch events` or `status` does not pay for importing Scrapy, trafilatura and the lexicons.
COMMANDS = {
    "alerts": "monitor.commands.alerts:alerts",
    "articles": "monitor.commands.articles:articles",
    "check-source": "monitor.commands.check_source:check_source_command",
    "classify": "monitor.commands.classify:classify",
    "crawl": "monitor.commands.crawl:crawl",
    "demo": "monitor.commands.demo:demo",
    "eval": "monitor.commands.evaluate:eval_command",
    "events": "monitor.commands.events:events",
    "export": "monitor.commands.export:export",
    "export-labels": "monitor.commands.export_labels:export_labels",
    "ingest": "monitor.commands.ingest:ingest",
    "reclassify": "monitor.commands.reclassify:reclassify",
    "report": "monitor.commands.report:report",
    "review": "monitor.commands.review:review",
    "run": "monitor.commands.run:run",
    "serve": "monitor.commands.serve:serve",
    "sources": "monitor.commands.sources:sources",
    "status": "monitor.commands.status:status",
    "worker": "monitor.commands.worker:worker",
}

# The commands that run until stopped. SIGTERM and SIGINT are recorded for them from the moment the
# command line names them, before their module is even imported, so a stop during their start-up
# is honoured (monitor.runs.stopping) instead of killing them half-way or being lost.
STOPPABLE = {"run", "serve", "worker"}
STOP_REQUEST = "pactwatch.stop"


class PactwatchGroup(click.Group):
    """Commands loaded on first use (COMMANDS). Any command that meets a database it cannot read or
    write (disk full, read-only file) ends with one line naming the file and exit code 1, never a
    traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *COMMANDS})

    def resolve_command(self, ctx: click.Context, args: list[str]):
        if args and args[0] in STOPPABLE and STOP_REQUEST not in ctx.meta:
            ctx.meta[STOP_REQUEST] = ctx.with_resource(stop_on_signals())
        return super().resolve_command(ctx, args)

    def get_command(self, ctx: click.Context, name: str) -> Optional[click.Command]:
        command = super().get_command(ctx, name)
        if command is None and name in COMMANDS:
            module, attribute = COMMANDS[name].split(":")
            command = getattr(importlib.import_module(module), attribute)
            self.add_command(command, name)
        return command

    def invoke(self, ctx: click.Context):
        from storage.db import StorageError, describe

        try:
            return super().invoke(ctx)
        except StorageError as exc:
            raise click.ClickException(str(exc)) from None
        except sqlite3.Error as exc:
            app = ctx.obj
            where = app.config.storage_path if isinstance(app, AppContext) and app._config else "database"
            raise click.ClickException(f"{where}: {describe(exc)}") from None


@click.group(cls=PactwatchGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--config", "config_path", metavar="PATH", envvar="PACTWATCH_CONFIG",
              help="Config file (default: ./pactwatch.toml, then the bundled default). Env: PACTWATCH_CONFIG.")
@click.option("--db", "db_path", metavar="PATH", envvar="PACTWATCH_DB",
              help="SQLite database, overriding [storage] path. Env: PACTWATCH_DB.")
@click.option("-v", "--verbose", is_flag=True,
              help="Log debug messages; `crawl` and `demo` show the crawler's log instead of writing it to a file.")
@click.version_option(package_name="pactwatch")
@click.pass_context
def main(ctx: click.Context, config_path: Optional[str], db_path: Optional[str], verbose: bool) -> None:
    """pactwatch: monitor defence diplomacy — bilateral defence-cooperation signings, ratifications,
    talks and exercises — from ministry and news sites."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = AppContext(config_path=config_path, db_path=db_path, verbose=verbose,
                         stop=ctx.meta.get(STOP_REQUEST) or StopRequest())
