"""Crawl workers on a cluster: throughput with 1, 2 and 4 workers, and what one writer can absorb.

SITES benchmark sites (benchmarks/site.py, real pages of the benchmark dataset, served by one process:
benchmarks/server.py) on distinct loopback hosts, ARTICLES articles each discovered through the sites'
sitemaps (the feed lists only the newest), no delay, no robots.txt: the
crawl is bound by CPU (extraction above all), which is what more workers are for. A local redis-server
(monitor/demo/redis_server.py) carries the rounds. For each worker count, into a fresh database and a
flushed Redis: that many `pactwatch worker` processes, each pinned to one core with `taskset` (cores
taken in turn; extraction in the worker's own process, extraction_workers = 0), and, once they are
ready (their round processes in standby have stopped using CPU), one writer, `pactwatch crawl --all`,
unpinned. Reported: the writer's wall seconds from the round's start to its end, articles stored per
second, the workers' CPU milliseconds per article while the writer ran (their process trees, from
/proc) and over their whole life (from wait4: the warm-up of the standby that ran the round is in it),
articles fetched twice, and the machine's load (load average, and the
share of the time some process waited for a core: Linux's CPU pressure). The counts run 1, 2, 1, 2,
1, 2, 4 workers: the ratio of two workers to one is given for each pair and as their median. Then the writer alone:
WRITER_ARTICLES handed-over articles (texts of the dataset's pages, classified beforehand) waiting in
Redis, stored by Writer.drain(): articles per second one writer absorbs, the ceiling of the design
(README says how many workers it feeds), in wall time and per CPU second (on a loaded machine the wall
time is mostly waiting for a core).
"""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Optional

from benchmarks.crawl_speed import measured_process
from benchmarks.dataset import load_pages, why_not_on_hosts
from benchmarks.memory import CLOCK_TICKS, _cpu_seconds, _tree
from benchmarks.server import ServedSites
from crawlers.cluster.connection import connect
from crawlers.cluster.handover import article_message, hand_over
from crawlers.extraction import extract_article
from crawlers.page_dates import DateRules
from monitor.analysis.store import ArticleRecord, classify_article
from monitor.config import Selectors, load_config
from monitor.demo.redis_server import REDIS_SERVER, RedisServer
from monitor.runs.cluster import Writer
from monitor.runs.crawling import crawl_environment
from storage import open_db

SITES = 4
ARTICLES = 120
# One and two workers in turn, three times each, then four: on a shared machine one count may meet a
# busier moment than the next, so the ratio of two workers to one is given for each pair and as
# their median, not from a single pair.
WORKER_COUNTS = (1, 2, 1, 2, 1, 2, 4)
WRITER_ARTICLES = 2000
HOSTS = [f"127.0.0.{number}" for number in range(2, 2 + SITES)]
TARGET_TWO_TO_ONE = 1.6
SETTLE_SECONDS = 60
CONFIG = """\
[storage]
path = "cluster.db"

[crawler]
obey_robots = false
autothrottle = false
extraction_workers = 0

[cluster]
redis_url = "{redis_url}"
"""
SOURCE = """
[[sources]]
name = "site{number:02d}"
sitemaps = ["{base}/sitemap.xml"]
allow = ["/news/\\\\d{{4}}/"]
download_delay = 0
allow_private = true
"""


def write_config(folder: Path, base_urls: list[str], redis_url: str) -> Path:
    path = folder / "pactwatch.toml"
    path.write_text(CONFIG.format(redis_url=redis_url) + "".join(
        SOURCE.format(number=number, base=base) for number, base in enumerate(base_urls, 1)), encoding="utf-8")
    return path


def start_workers(config_path: Path, count: int, folder: Path) -> list[subprocess.Popen]:
    """`count` workers, worker i pinned to core i modulo the cores there are."""
    cores = os.cpu_count() or 1
    env = crawl_environment(load_config(config_path))
    started = []
    for number in range(count):
        command = [sys.executable, "-m", "monitor", "--config", str(config_path), "worker", "--name", f"bench{number}",
                   "--quiet", "--log-file", str(folder / f"worker{number}.log")]
        if shutil.which("taskset"):
            command = ["taskset", "-c", str(number % cores), *command]
        started.append(subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    return started


def stop_workers(started: list[subprocess.Popen]) -> float:
    """SIGTERM each worker; the CPU seconds of each one's process tree (its round processes included)."""
    cpu = 0.0
    for process in started:
        process.send_signal(signal.SIGTERM)
    for process in started:
        _pid, _status, usage = os.wait4(process.pid, 0)
        process.returncode = 0
        cpu += usage.ru_utime + usage.ru_stime
    return cpu


def tree_cpu_seconds(started: list[subprocess.Popen]) -> float:
    """CPU seconds so far of the workers' process trees: each living process's own, and the children
    they have reaped (a round process that ended), from /proc/PID/stat."""
    total = 0.0
    for process in started:
        for pid in _tree(process.pid):
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except (OSError, IndexError):
                continue
            total += sum(int(value) for value in fields[11:15]) / CLOCK_TICKS  # utime stime cutime cstime
    return total


def settled(started: list[subprocess.Popen], most: float = SETTLE_SECONDS) -> None:
    """Wait until the workers are ready for a round: their process trees (each worker and the round
    process it keeps in standby, importing and warming up) have stopped using CPU, or `most` seconds."""
    end, last = time.monotonic() + most, None
    while time.monotonic() < end:
        time.sleep(0.5)
        used = sum(_cpu_seconds(pid) for process in started for pid in _tree(process.pid))
        if last is not None and used - last < 0.05:
            return
        last = used


def cpu_stall_microseconds() -> Optional[int]:
    """Microseconds some runnable task of the machine waited for a CPU since boot (Linux PSI), if known."""
    try:
        first = Path("/proc/pressure/cpu").read_text().splitlines()[0]
    except (OSError, IndexError):
        return None
    return int(first.rsplit("total=", 1)[1])


def one_count(count: int, config_path: Path, sites: ServedSites, redis: RedisServer, folder: Path) -> dict:
    config = load_config(config_path)
    for old in config.storage_path.parent.glob(config.storage_path.name + "*"):
        old.unlink()
    connect(redis.url).flushall()
    sites.reset()
    started = start_workers(config_path, count, folder)
    stall_before, load, clock = cpu_stall_microseconds(), os.getloadavg()[0], time.perf_counter()
    try:
        settled(started)  # the workers wait for rounds long before one opens (a daemon's are hours apart)
        cpu_before = tree_cpu_seconds(started)
        measured = measured_process([sys.executable, "-m", "monitor", "--config", str(config_path), "crawl", "--all",
                                     "--quiet"], crawl_environment(config))
        round_cpu = tree_cpu_seconds(started) - cpu_before
    finally:
        worker_cpu = stop_workers(started)
    db = open_db(config.storage_path)
    stored = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    db.conn.close()
    stall_after, clocked = cpu_stall_microseconds(), time.perf_counter() - clock
    fetched = [base + path for base in sites.base_urls for path in sites.requested(base) if "/news/" in path]
    return {"workers": count, "seconds": round(measured.seconds, 2), "articles_stored": stored,
            "articles_per_second": round(stored / measured.seconds, 1),
            # The workers' CPU while the writer ran (what the round cost them, and whatever else they
            # did meanwhile), and over their whole life (their standby's warm-up before the round too).
            "worker_cpu_ms_per_article": round(1000 * round_cpu / max(1, stored), 1),
            "worker_cpu_ms_per_article_with_warm_up": round(1000 * worker_cpu / max(1, stored), 1),
            "writer_cpu_ms_per_article": round(1000 * measured.cpu_seconds / max(1, stored), 1),
            "articles_fetched_twice": len(fetched) - len(set(fetched)),
            # How busy the machine was: its load average as the workers started, and the share of the
            # count's time in which some runnable process waited for a core (this benchmark's own
            # included: 4 workers on 2 cores wait by themselves; near 0 for 1 worker on an idle machine).
            "load_average": round(load, 1),
            "cpu_stalled_share": (round((stall_after - stall_before) / 1e6 / clocked, 2)
                                  if stall_before is not None and stall_after is not None else None)}


def writer_ceiling(redis: RedisServer, folder: Path) -> dict:
    """Articles per second one writer stores from the hand-over list (classified beforehand)."""
    pages = load_pages()
    texts = []
    for page in pages[:40]:
        extracted = extract_article(page.html.decode("utf-8", "replace"), page.url, Selectors(), DateRules())
        if extracted is not None:
            texts.append((extracted.title or "", extracted.text))
    client = connect(redis.url)
    client.flushall()
    for number in range(WRITER_ARTICLES):
        title, text = texts[number % len(texts)]
        article = ArticleRecord(url=f"https://bench.example/{number}", source="bench", title=title,
                                text=f"{text}\n({number})", published_at="2024-03-05")
        hand_over(client, article_message(article, classify_article(article), round_id=None, run_id=None))
    db = open_db(folder / "writer.db")
    try:
        started = time.perf_counter()
        cpu_before = resource.getrusage(resource.RUSAGE_SELF)
        written = Writer(db, client).drain()
        seconds = time.perf_counter() - started
        cpu_after = resource.getrusage(resource.RUSAGE_SELF)
    finally:
        db.conn.close()
    cpu = (cpu_after.ru_utime - cpu_before.ru_utime) + (cpu_after.ru_stime - cpu_before.ru_stime)
    return {"articles": written, "seconds": round(seconds, 2), "articles_per_second": round(written / seconds),
            "cpu_ms_per_article": round(1000 * cpu / written, 2),
            "articles_per_cpu_second": round(written / cpu) if cpu else None}


def two_to_one(counts: list[dict]) -> list[float]:
    """Two workers' throughput over one's, for each one-worker count and the two-worker count after it."""
    return [round(later["articles_per_second"] / earlier["articles_per_second"], 2)
            for earlier, later in zip(counts, counts[1:]) if (earlier["workers"], later["workers"]) == (1, 2)]


def main() -> Optional[dict]:
    problem = "redis-server is not installed" if REDIS_SERVER is None else why_not_on_hosts(HOSTS)
    if problem:
        print(f"skipped: {problem}", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as root, ServedSites(ARTICLES, HOSTS) as sites:
        folder = Path(root)
        redis = RedisServer(folder / "redis").start()
        try:
            config_path = write_config(folder, sites.base_urls, redis.url)
            counts = [one_count(count, config_path, sites, redis, folder) for count in WORKER_COUNTS]
            ceiling = writer_ceiling(redis, folder)
        finally:
            redis.stop()
    ones = [count for count in counts if count["workers"] == 1]
    ratios = two_to_one(counts)
    one = statistics.median(count["articles_per_second"] for count in ones)
    results = {"sites": SITES, "articles_per_site": ARTICLES, "cores": os.cpu_count(),
               "pinned": shutil.which("taskset") is not None, "by_workers": counts, "writer_alone": ceiling,
               "two_to_one_by_pair": ratios, "two_to_one": round(statistics.median(ratios), 2),
               "workers_one_writer_feeds": round(ceiling["articles_per_second"] / (one or 1), 1),
               # The same on CPU, which a loaded machine does not skew: one writer's core against one
               # worker's core.
               "workers_one_writer_feeds_by_cpu": round(statistics.median(
                   count["worker_cpu_ms_per_article"] for count in ones) / ceiling["cpu_ms_per_article"], 1),
               "targets": {"two_to_one_at_least": TARGET_TWO_TO_ONE,
                           "met": statistics.median(ratios) >= TARGET_TWO_TO_ONE,
                           "met_by_every_pair": min(ratios) >= TARGET_TWO_TO_ONE}}
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    main()
