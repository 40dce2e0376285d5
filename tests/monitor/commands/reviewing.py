"""Helpers of the review tests: the CLI on a database file, events by their pair of states."""

from __future__ import annotations

import json
import sqlite3

from click.testing import CliRunner

from monitor.cli import main


def cli(db_path, *args, code=0):
    result = CliRunner().invoke(main, ["--db", str(db_path), *args])
    assert result.exit_code == code, result.output
    return result.output


def events(db_path, *args) -> dict[str, dict]:
    """The listed events by their pair of states ("AZ-MD")."""
    return {"-".join(event["parties"]): event for event in json.loads(cli(db_path, "events", "--json", *args))}


def event_id(db_path, pair: str) -> int:
    return events(db_path)[pair]["id"]


def query(db_path, sql, params=()):
    with sqlite3.connect(db_path) as conn:
        return conn.execute(sql, params).fetchall()
