"""The pactwatch command line: `pactwatch [--config PATH] [--db PATH] COMMAND ...`.

Exit codes: 0 success, 1 a crawl or an operation failed, 2 a usage or configuration error.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from typing import Optional

import click

from monitor.config import Config, ConfigError, load_config


class ConfigProblem(click.ClickException):
    """A configuration error: printed as one line, exit code 2."""

    exit_code = 2


@dataclass
class AppContext:
    """What the global options chose; the config is read on first use."""

    config_path: Optional[str] = None
    db_path: Optional[str] = None
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
        from monitor.alerts.settings import check_secrets

        try:
            check_secrets(self.config.alerts, self.config.path, channels)
        except ConfigError as exc:
            raise ConfigProblem(str(exc)) from None

    def open_db(self):
        from storage import open_db
        from storage.db import StorageError, describe

        try:
            return open_db(self.config.storage_path)
        except StorageError as exc:
            raise click.ClickException(str(exc)) from None


class PactwatchGroup(click.Group):
    """Any command that meets a database it cannot read or write (disk full, read-only file) ends
    with one line naming the file and exit code 1, never a traceback."""

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
@click.option("-v", "--verbose", is_flag=True, help="Log debug messages.")
@click.version_option(package_name="pactwatch")
@click.pass_context
def main(ctx: click.Context, config_path: Optional[str], db_path: Optional[str], verbose: bool) -> None:
    """pactwatch: monitor defence diplomacy — bilateral defence-cooperation signings, ratifications,
    talks and exercises — from ministry and news sites."""
    logging.basicConfig(level=logging.DEBUG if verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    ctx.obj = AppContext(config_path=config_path, db_path=db_path)


def _register() -> None:
    from monitor.commands import (alerts, articles, check_source, classify, crawl, demo, evaluate, events, ingest,
                                  reclassify, run, sources, status)

    for command in (crawl.crawl, run.run, status.status, sources.sources, articles.articles, events.events,
                    classify.classify, ingest.ingest, reclassify.reclassify, evaluate.eval_command,
                    alerts.alerts, demo.demo, check_source.check_source_command):
        main.add_command(command)
    _register_read_side()


def _register_read_side() -> None:
    """The commands that only read the database: browsing, feeds, reports and exports."""
    from monitor.commands import export, report, serve

    for command in (serve.serve, report.report, export.export):
        main.add_command(command)


_register()
