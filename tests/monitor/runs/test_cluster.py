"""Crawl workers sharing a real redis-server, one writer: the same articles and alerts as one process.

Real parts only: a redis-server on a free loopback port (tests/redis_server.py), fixture sites on
distinct loopback hosts, `pactwatch worker` processes, `pactwatch run --once` as the writer, a webhook
receiver for the alerts, workers killed with SIGKILL.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import ExitStack, contextmanager
from dataclasses import replace

import pytest

from crawlers.cluster import keys
from crawlers.cluster.connection import connect
from crawlers.cluster.handover import Inbox, article_message, hand_over
from monitor.analysis.store import ArticleRecord, classify_article
from monitor.demo.server import LocalSite
from monitor.runs.cluster import Writer, cluster_status
from storage import open_db
from tests.crawlers.test_round import HOSTS, SOURCE, pytestmark  # noqa: F401 (distinct loopback hosts, skipped alike)
from tests.processes import descendants
from tests.sites import article_html, rss, serve_wire

HEAD = """
[crawler]
autothrottle = false
retry_times = 1
download_timeout = 5
extraction_workers = 0

[alerts]
max_age_days = 0

[alerts.webhook]
url = "{webhook}"
"""
CLUSTER = """
[cluster]
redis_url = "{url}"
"""
PLAN = ("Baku, 5 March. Azerbaijan and Kazakhstan signed the plan of bilateral military cooperation for 2024 "
        "when their defence ministers met in Baku on Tuesday. The plan lists joint staff exercises and "
        "exchanges of instructors.")
AGREEMENT = ("Tbilisi, 4 March. Georgian and Armenian defence ministers signed an agreement on military cooperation "
             "in Tbilisi on 4 March. It provides for training of engineers and joint exercises of sapper units.")


def serve_news(site, stories: int) -> None:
    """`stories` filler stories and two that are alerted (a plan signed, an agreement signed), in one feed."""
    paths = serve_wire(site, stories)
    site.add("/news/plan.html", article_html("Azerbaijan and Kazakhstan sign cooperation plan for 2024", [PLAN]))
    site.add("/news/ge-am.html", article_html("Georgia and Armenia sign military agreement", [AGREEMENT],
                                              published="2024-03-04T12:00:00+04:00"))
    items = [(site.url(path), f"Story {n}", "Tue, 05 Mar 2024 10:00:00 +0400") for n, path in enumerate(paths)]
    items += [(site.url("/news/plan.html"), "Plan", "Tue, 05 Mar 2024 10:00:00 +0400"),
              (site.url("/news/ge-am.html"), "Agreement", "Mon, 04 Mar 2024 12:00:00 +0400")]
    site.add("/rss.xml", rss(items), "application/rss+xml")


@pytest.fixture
def sites():
    with ExitStack() as stack:
        started = [stack.enter_context(LocalSite(host=host)) for host in HOSTS[:3]]
        serve_news(started[0], 6)
        serve_wire(started[1], 8)
        serve_wire(started[2], 8)
        yield started


def config_text(sites, webhook, delay: float = 0) -> str:
    return HEAD.format(webhook=webhook) + "".join(
        SOURCE.format(name=f"site{n}", feed=site.url("/rss.xml"), delay=delay) for n, site in enumerate(sites))


def pactwatch(config, db_path, *args) -> list[str]:
    return [sys.executable, "-m", "monitor", "--config", str(config), "--db", str(db_path), *args]


def run_once(config, db_path, tmp_path, timeout=240) -> subprocess.CompletedProcess:
    log = tmp_path / "writer.log"
    done = subprocess.run(pactwatch(config, db_path, "run", "--once", "--log-file", str(log)),
                          capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stdout + done.stderr + log.read_text()
    return done


@contextmanager
def workers(config, db_path, tmp_path, count: int):
    """`count` real `pactwatch worker` processes; stopped with SIGTERM (or found dead) afterwards."""
    started = []
    try:
        for number in range(count):
            log = tmp_path / f"worker{number}.log"
            started.append(subprocess.Popen(pactwatch(config, db_path, "worker", "--name", f"w{number}",
                                                      "--log-file", str(log)),
                                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE))
        yield started
    finally:
        for process in started:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
        for process in started:
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def stored(db_path) -> dict[str, tuple]:
    db = open_db(db_path)
    try:
        return {row[0]: tuple(row[1:]) for row in db.execute("SELECT url, source, title, text FROM articles")}
    finally:
        db.conn.close()


def events_of(db_path) -> set[tuple]:
    db = open_db(db_path)
    try:
        return {(row[0], row[1]) for row in db.execute("SELECT kind, parties FROM events")}
    finally:
        db.conn.close()


def alerted(receiver) -> list[tuple]:
    return sorted((r["json"]["event"]["kind"], tuple(p["code"] for p in r["json"]["event"]["parties"]))
                  for r in receiver.accepted if r["json"]["type"] == "event.new")


@pytest.fixture
def one_process(sites, write_config, tmp_path, webhook_receiver):
    """What one local round stores and alerts over the fixture sites (the reference)."""
    db_path = tmp_path / "local.db"
    run_once(write_config(config_text(sites, webhook_receiver.url), name="local.toml"), db_path, tmp_path)
    found = (stored(db_path), events_of(db_path), alerted(webhook_receiver))
    webhook_receiver.requests.clear()
    for site in sites:
        site.requests.clear()
    return found


@pytest.mark.parametrize("count", [2, 3])
def test_workers_store_and_alert_exactly_what_one_process_does(
        count, sites, one_process, redis_server, write_config, db_path, tmp_path, webhook_receiver):
    articles, events, alerts = one_process
    assert len(articles) == 24 and len(alerts) == 2
    config = write_config(config_text(sites, webhook_receiver.url) + CLUSTER.format(url=redis_server.url))

    with workers(config, db_path, tmp_path, count):
        run_once(config, db_path, tmp_path)
        shown = json.loads(subprocess.run(pactwatch(config, db_path, "status", "--json"), capture_output=True,
                                          text=True, timeout=60, check=True).stdout)["cluster"]
        status_text = subprocess.run(pactwatch(config, db_path, "status"), capture_output=True, text=True,
                                     timeout=60, check=True).stdout

    assert sorted((w["name"], w["alive"], w["state"]) for w in shown["workers"]) == [
        (f"w{n}", True, "waiting") for n in range(count)]
    # Each worker ran the round in one process: a worker whose spiders opened while another held the
    # sources' feeds waited for the articles they queued, instead of closing at once and paying
    # Scrapy's start again in a second round process.
    assert [w["rounds"] for w in shown["workers"]] == [1] * count
    assert shown["round"] is None and shown["waiting_for_writer"] == 0
    assert "w0" in status_text and "round: none open" in status_text

    assert stored(db_path) == articles
    assert events_of(db_path) == events
    assert alerted(webhook_receiver) == alerts
    for site in sites:  # each article fetched once, whichever worker fetched it
        fetched = [path for path in site.paths_requested() if path.startswith("/news/")]
        assert len(fetched) == len(set(fetched))
    runs = query(db_path, "SELECT source, status, articles_new FROM crawl_runs ORDER BY source")
    assert runs == [("site0", "ok", 8), ("site1", "ok", 8), ("site2", "ok", 8)]
    client = connect(redis_server.url)
    assert client.scard(keys.KNOWN) == 24  # the writer published what it stored
    assert client.get(keys.ROUND) is None and not client.llen(keys.ITEMS) and not client.llen(keys.PROCESSING)


def query(db_path, sql):
    db = open_db(db_path)
    try:
        return [tuple(row) for row in db.execute(sql)]
    finally:
        db.conn.close()


def test_a_worker_killed_mid_round_loses_nothing_and_nothing_is_stored_twice(
        sites, one_process, redis_server, write_config, db_path, tmp_path, webhook_receiver):
    articles, _events, alerts = one_process
    # Slow pages, so that the kill lands while pages are being fetched: each takes longer than the
    # workers' 1-second in-flight report, so a report always lands while some are held (at 0.3 s a
    # page, a loaded machine could fetch a site's pages between two reports and show none).
    for site in sites:
        for path, page in list(site.pages.items()):
            if path.startswith("/news/"):
                site.pages[path] = replace(page, delay=1.2)
    config = write_config(config_text(sites, webhook_receiver.url) + CLUSTER.format(url=redis_server.url))
    client = connect(redis_server.url)

    with workers(config, db_path, tmp_path, 3) as started:
        writer = subprocess.Popen(pactwatch(config, db_path, "run", "--once", "--log-file", str(tmp_path / "w.log")),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not (
                client.zscore(keys.busy_key(_round_id(client) or "-"), "w0")
                and sum(1 for site in sites for p in site.paths_requested() if p.startswith("/news/")) >= 3):
            time.sleep(0.05)
        while time.monotonic() < deadline and not any(w["in_flight"] for w in cluster_status(client)["workers"]):
            time.sleep(0.05)
        assert time.monotonic() < deadline, "no worker ever showed a request in flight"
        _kill_tree(started[0].pid)  # mid-round: some pages fetched, most not
        _out, err = writer.communicate(timeout=240)
        assert writer.returncode in (0, 1), err
        assert set(stored(db_path)) <= set(articles)
        run_once(config, db_path, tmp_path)  # the next round fetches what the first one lost

    assert stored(db_path) == articles
    assert query(db_path, "SELECT COUNT(*) FROM articles") == [(len(articles),)]
    assert alerted(webhook_receiver) == alerts  # each event alerted once, over both rounds


def _round_id(client):
    raw = client.get(keys.ROUND)
    return json.loads(raw)["id"] if raw else None


def _kill_tree(pid: int) -> None:
    """SIGKILL a worker and its round process (the crawl, in its own session), as a machine dying would."""
    for child in [pid, *descendants(pid)]:
        try:
            os.kill(child, signal.SIGKILL)
        except ProcessLookupError:
            pass


def test_a_writer_that_dies_before_its_commit_is_acked_leaves_the_article_to_the_next_one_stored_once(
        redis_server, db_path):
    client = connect(redis_server.url)
    article = ArticleRecord(url="https://news.example/plan", source="wire", title="Plan signed", text=PLAN)
    hand_over(client, article_message(article, classify_article(article), round_id=None, run_id=None))
    db = open_db(db_path)
    try:
        first = Writer(db, client)
        raw, message = Inbox(client).take(1)  # taken, then the writer dies: neither stored nor acked
        assert client.llen(keys.PROCESSING) == 1
        first.write(message)  # ... or dies after its commit, before the ack: the article is stored once already

        second = Writer(db, client)
        second.recover()
        assert second.drain() == 1
        assert [tuple(row) for row in db.execute("SELECT url, title FROM articles")] == [
            ("https://news.example/plan", "Plan signed")]
        assert db.execute("SELECT COUNT(*) FROM detections").fetchone()[0] == 1
        assert client.llen(keys.ITEMS) == 0 and client.llen(keys.PROCESSING) == 0
        assert client.sismember(keys.KNOWN, "https://news.example/plan")
    finally:
        db.conn.close()


def test_the_writer_blocks_on_redis_for_the_next_message_and_commits_what_waits_as_one_batch(redis_server, db_path):
    """The writer does not poll: one blocking take waits for a message handed over while it waits. The
    messages waiting behind one are taken, committed in one transaction and acked together."""
    client = connect(redis_server.url)
    articles = [ArticleRecord(url=f"https://news.example/{n}", source="wire", title=f"Story {n}",
                              text=f"{PLAN} ({n})") for n in range(5)]
    db = open_db(db_path)
    begun = []
    db.conn.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("BEGIN") else None)
    try:
        writer = Writer(db, client)
        client.config_resetstat()
        later = threading.Timer(0.5, hand_over, [connect(redis_server.url), article_message(
            articles[0], classify_article(articles[0]), round_id=None, run_id=None)])
        later.start()
        assert writer.step(timeout=30) == 1  # taken as it came
        later.join()
        assert client.info("commandstats")["cmdstat_blmove"]["calls"] == 1

        for article in articles[1:]:
            hand_over(client, article_message(article, classify_article(article), round_id=None, run_id=None))
        begun.clear()
        assert writer.step(timeout=1) == 4
        assert len(begun) == 1  # one transaction for the four
        assert sorted(row[0] for row in db.execute("SELECT url FROM articles")) == [a.url for a in articles]
        assert client.smismember(keys.KNOWN, [a.url for a in articles]) == [True] * 5
        assert client.llen(keys.ITEMS) == 0 and client.llen(keys.PROCESSING) == 0
    finally:
        db.conn.close()


def test_a_source_whose_crawl_a_worker_cut_short_is_interrupted_and_one_closed_as_done_is_ok(redis_server, db_path):
    """The writer closes a source's run as the workers' crawls of it ended: interrupted when one was cut
    short (its time limit, a stop; the worker says so in its counts), ok when each finished."""
    from monitor.runs.cluster import _finish
    from storage.runs import start_run

    db = open_db(db_path)
    try:
        writer = Writer(db, connect(redis_server.url), round_id="r1")
        runs = {name: start_run(db, name) for name in ("cut", "done")}
        for source, reason, cut_short in (("cut", "finished", False), ("cut", "time_limit", True),
                                          ("done", "finished", False)):
            writer.write({"kind": "counts", "round": "r1", "run_id": runs[source], "source": source,
                          "reason": reason, "interrupted": cut_short,
                          "counts": {"requests": 3, "discovery_pages": 1}})
        closed = {name: _finish(db, name, runs[name], "ok", "finished", writer.tallies[name]).run for name in runs}
    finally:
        db.conn.close()

    assert (closed["cut"]["status"], closed["cut"]["finish_reason"]) == ("interrupted", "time_limit")
    assert (closed["done"]["status"], closed["done"]["finish_reason"]) == ("ok", "finished")


def test_a_site_gets_no_more_than_its_delay_and_concurrency_whichever_worker_fetches(
        redis_server, write_config, db_path, tmp_path, webhook_receiver):
    with LocalSite(host=HOSTS[0]) as spaced, LocalSite(host=HOSTS[1]) as slow:
        serve_wire(spaced, 8)
        serve_wire(slow, 8)
        for path, page in list(slow.pages.items()):
            if path.startswith("/news/"):
                slow.pages[path] = replace(page, delay=0.4)
        config = write_config(HEAD.format(webhook=webhook_receiver.url).replace(
            "extraction_workers = 0", "extraction_workers = 0\nconcurrent_per_domain = 2")
            + SOURCE.format(name="spaced", feed=spaced.url("/rss.xml"), delay=0.5)
            + SOURCE.format(name="slow", feed=slow.url("/rss.xml"), delay=0)
            + CLUSTER.format(url=redis_server.url))

        with workers(config, db_path, tmp_path, 3):
            run_once(config, db_path, tmp_path)

        assert len(stored(db_path)) == 16
        times = sorted(seen.at for seen in spaced.requests)
        gaps = [later - earlier for earlier, later in zip(times, times[1:])]
        # 0.5 s apart on Redis's clock; the arrival here may lag a grant by a few tens of milliseconds.
        assert len(times) >= 9 and min(gaps) >= 0.4, gaps
        assert slow.peak_concurrency <= 2


def test_redis_stopped_and_restarted_mid_round_the_round_ends_and_the_next_leaves_nothing_lost_or_twice(
        sites, one_process, redis_server, write_config, db_path, tmp_path, webhook_receiver):
    articles, events, alerts = one_process
    for site in sites:
        for path, page in list(site.pages.items()):
            if path.startswith("/news/"):
                site.pages[path] = replace(page, delay=0.3)
    config = write_config(config_text(sites, webhook_receiver.url) + CLUSTER.format(url=redis_server.url))

    with workers(config, db_path, tmp_path, 2):
        writer = subprocess.Popen(pactwatch(config, db_path, "run", "--once", "--log-file", str(tmp_path / "w.log")),
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and sum(
                1 for site in sites for p in site.paths_requested() if p.startswith("/news/")) < 3:
            time.sleep(0.05)
        redis_server.stop()
        time.sleep(3)
        redis_server.start()
        _out, err = writer.communicate(timeout=240)
        assert writer.returncode == 0, err + (tmp_path / "w.log").read_text()  # the round went on and ended
        # A command Redis ran as it stopped but never answered (a request taken from a queue, a URL
        # marked seen) can leave a page to the next round: never lost for good, never stored twice.
        assert set(stored(db_path)) <= set(articles)
        run_once(config, db_path, tmp_path)

    assert stored(db_path) == articles
    assert query(db_path, "SELECT COUNT(*) FROM articles") == [(len(articles),)]
    assert events_of(db_path) == events
    assert alerted(webhook_receiver) == alerts
    assert "Redis unreachable" in (tmp_path / "w.log").read_text() + "".join(
        (tmp_path / f"worker{n}.log").read_text() for n in range(2))


def test_without_redis_the_round_fails_and_the_health_alert_goes_out(
        sites, redis_server, write_config, db_path, tmp_path, webhook_receiver):
    redis_server.stop()  # its port now refuses connections
    config = write_config(config_text(sites, webhook_receiver.url) + CLUSTER.format(url=redis_server.url)
                          + "\n[health]\nafter_runs = 1\n")

    done = subprocess.run(pactwatch(config, db_path, "run", "--once", "--log-file", str(tmp_path / "w.log")),
                          capture_output=True, text=True, timeout=120)

    assert done.returncode == 1
    runs = query(db_path, "SELECT source, status, finish_reason FROM crawl_runs ORDER BY source")
    assert [run[:2] for run in runs] == [("site0", "failed"), ("site1", "failed"), ("site2", "failed")]
    assert all("Redis unreachable" in run[2] for run in runs)
    health = sorted(r["json"]["source"] for r in webhook_receiver.accepted if r["json"]["type"] == "source.health")
    assert health == ["site0", "site1", "site2"]
    assert "retry 1 of 3" in (tmp_path / "w.log").read_text()
    assert not any(site.requests for site in sites)


def test_ingest_from_redis_writes_what_workers_handed_over_and_a_worker_needs_a_cluster(
        redis_server, write_config, db_path):
    from click.testing import CliRunner

    from monitor.cli import main

    client = connect(redis_server.url)
    article = ArticleRecord(url="https://news.example/plan", source="wire", title="Plan signed", text=PLAN,
                            published_at="2024-03-05")
    hand_over(client, article_message(article, classify_article(article), round_id=None, run_id=None))
    config = write_config('[[sources]]\nname = "wire"\nfeeds = ["https://news.example/rss"]\n'
                          + CLUSTER.format(url=redis_server.url))

    result = CliRunner().invoke(main, ["--config", str(config), "--db", str(db_path), "ingest", "--from-redis"])

    assert result.exit_code == 0, result.output
    assert "1 handed-over messages written (1 articles); 1 new events" in result.output
    assert query(db_path, "SELECT url, source FROM articles") == [("https://news.example/plan", "wire")]
    assert not client.llen(keys.ITEMS) and not client.llen(keys.PROCESSING)
    plain = write_config('[[sources]]\nname = "wire"\nfeeds = ["https://news.example/rss"]\n', name="plain.toml")
    refused = CliRunner().invoke(main, ["--config", str(plain), "--db", str(db_path), "worker"])
    assert refused.exit_code == 2 and "set [cluster] redis_url" in refused.output


def test_a_worker_whose_round_process_keeps_failing_gives_the_round_up_and_says_why(
        sites, redis_server, write_config, db_path, tmp_path, webhook_receiver):
    """A round naming a source this worker's config lacks fails its round process at once; the worker
    tries three times, logs why it leaves the round, and starts no more round processes for it. Nor
    does it warm up the next round's process while this round is open (its CPU is the round's): only
    once the round is closed."""
    from crawlers.cluster.connection import connect as redis_connect
    from monitor.runs.cluster import describe_round
    from monitor.runs.cluster_worker import FAILED_STARTS_BEFORE_GIVING_UP
    config = write_config(config_text(sites, webhook_receiver.url) + CLUSTER.format(url=redis_server.url))
    client = redis_connect(redis_server.url)
    client.set(keys.ROUND, json.dumps(describe_round("r-missing", ["nowhere"], {}, since=None, max_pages=None)))
    log = tmp_path / "worker0.log"

    with workers(config, db_path, tmp_path, 1) as started:
        deadline = time.monotonic() + 180
        while "gives up round r-missing" not in (log.read_text() if log.exists() else ""):
            assert time.monotonic() < deadline, log.read_text() if log.exists() else "no worker log"
            time.sleep(0.5)
        held = []
        for _ in range(16):  # two round processes' start-up: none is started while the round is open
            held += descendants(started[0].pid)
            time.sleep(0.5)
        text = log.read_text()
        client.delete(keys.ROUND)
        while not descendants(started[0].pid):  # the round closed: the next one's process warms up
            assert time.monotonic() < deadline, "no round process in standby after the round closed"
            time.sleep(0.2)

    assert not held

    assert text.count("crawls round r-missing") == FAILED_STARTS_BEFORE_GIVING_UP
    assert "nowhere" in text  # the round process's own error, above the worker's
    assert not any(site.requests for site in sites)
