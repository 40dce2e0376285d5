"""`pactwatch status`: per source, the last run and its outcome, and the next scheduled run; with a
cluster, its workers and its queue."""

from __future__ import annotations

import json

import click

from monitor.commands.options import wide_option
from monitor.output.tables import Column, echo_table, short_time
from monitor.scheduler.source_report import source_rows
from storage.alerts import pending_count

WORKER_COLUMNS = (Column("worker", text=True), Column("alive"), Column("state"), Column("round"),
                  Column("in flight", right=True), Column("last seen"))
COLUMNS = (Column("source", text=True), Column("last run (UTC)"), Column("status"), Column("new", right=True),
           Column("known", right=True), Column("errors", right=True), Column("next run (UTC)"))


@click.command()
@wide_option
@click.option("--json", "as_json", is_flag=True, help="Print a JSON object: sources and pending alerts.")
@click.pass_obj
def status(app, wide, as_json):
    """Show each source's last crawl (outcome and counts) and next scheduled crawl, and pending alerts;
    with [cluster] redis_url, the workers (alive, requests in flight, last seen) and the queue."""
    db = app.open_db(existing=True)
    rows = source_rows(app.config, db)
    pending = pending_count(db)
    cluster = _cluster(app.config) if app.config.cluster.redis_url else None
    if as_json:
        shown = {"sources": rows, "pending_alerts": pending, **({"cluster": cluster} if cluster else {})}
        click.echo(json.dumps(shown, ensure_ascii=False, indent=2))
        return
    echo_table(COLUMNS, [(r["name"], short_time(r["last_run"]), r["status"], r["new"], r["known"], r["errors"],
                          short_time(r["next_run"]) if r["next_run"] else "disabled") for r in rows], wide=wide)
    click.echo(f"\npending alerts: {pending}")
    if cluster:
        _echo_cluster(cluster, wide)


def _cluster(config) -> dict:
    """The cluster's state from Redis, or why it cannot be read (status never fails for it)."""
    import redis

    from crawlers.cluster.connection import cluster_client, where
    from monitor.runs.cluster import cluster_status

    client = cluster_client(config.cluster)
    try:
        return cluster_status(client)
    except redis.RedisError as exc:
        return {"error": f"Redis at {where(config.cluster.redis_url)} unreachable: {exc}"}
    finally:
        client.close()


def _echo_cluster(cluster: dict, wide: bool) -> None:
    if "error" in cluster:
        click.echo(f"cluster: {cluster['error']}")
        return
    click.echo()
    echo_table(WORKER_COLUMNS, [(w["name"], "yes" if w["alive"] else "no", w.get("state"), w.get("round") or "",
                                 w["in_flight"], f"{w['last_seen_seconds']:g} s ago") for w in cluster["workers"]],
               wide=wide)
    queued = ", ".join(f"{source} {count}" for source, count in cluster["queued"].items())
    click.echo(f"\nround: {cluster['round'] or 'none open'}" + (f"; queued requests: {queued}" if queued else ""))
    click.echo(f"waiting for the writer: {cluster['waiting_for_writer']}")
