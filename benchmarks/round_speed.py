"""A round of 25 sites at the speed of politeness: one process against a process per source.

Twenty-five benchmark sites (benchmarks/site.py, served by one process: benchmarks/server.py) on
distinct loopback hosts, 127.0.0.2 to 127.0.0.26, so that each is a download slot of its own;
each has ARTICLES articles new to the database and is a source with download_delay DELAY s (its
RSS feed, no robots.txt, no AutoThrottle: the delay is the only wait). In the same run, into a
fresh database each, two shapes crawl them:

- `round`: `pactwatch crawl --all`, every source at once in one round process (crawlers/round.py);
- `per_source`: the shape before it, one `scrapy crawl` process per source, two at a time
  (run_crawl on a pool of two threads: what `run --once` did with max_parallel = 2).

For each: wall seconds; the politeness floor, i.e. the most requests one site needed times its
delay (what the slowest site needs however the crawl is organised); wall / floor; the CPU seconds
of the whole process tree (on a busy machine a round is bound by CPU, not by the floor); the peak
PSS and RSS of the whole process tree (the command and every process under it); articles stored, distinct
URLs, and article pages requested more than once.

Then `faulty`: the round again, with the last FAULTY of the 25 sources broken: one answers 500
to everything, one accepts connections and never answers (it fails after the download timeout
and its retries), one refuses connections. The other 22 should finish as fast as in the
all-good round: `good_done_seconds` is when the last of those 22 sources' runs finished
(crawl_runs.finished_at, to the second, from the command's start), in both rounds; each broken
source's run status and the failures recorded against it are listed.
"""

from __future__ import annotations

import json
import socket
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from contextlib import ExitStack
from datetime import datetime, timezone
from pathlib import Path
from typing import Optional

from benchmarks.crawl_speed import measured_process
from benchmarks.dataset import why_not_on_hosts
from benchmarks.server import ServedSites
from benchmarks.site import BROKEN_PREFIX
from monitor.config import load_config
from monitor.runs.crawling import crawl_environment, run_crawl
from storage import open_db

SITES = 25
ARTICLES = 20
DELAY = 0.5
OLD_PARALLEL = 2
FAULTY = ("broken", "hanging", "unreachable")
HOSTS = [f"127.0.0.{number}" for number in range(2, 2 + SITES)]
TARGET_WALL_TO_FLOOR = 1.3
TARGET_PSS_MB = 450
CONFIG_HEAD = """\
[storage]
path = "round.db"

[crawler]
obey_robots = false
autothrottle = false
"""
SOURCE = """
[[sources]]
name = "site{number:02d}"
title = "Benchmark site {number}"
feeds = ["{base}/feed.xml"]
allow = ["/news/\\\\d{{4}}/"]
download_delay = {delay}
allow_private = true
"""


def source_name(number: int) -> str:
    return f"site{number:02d}"


def write_config(folder: Path, base_urls: list[str], feeds: Optional[dict[int, str]] = None) -> Path:
    """One source per site, reading its feed; `feeds` replaces the feed URL of some (by number)."""
    path = folder / "pactwatch.toml"
    path.write_text(CONFIG_HEAD + "".join(SOURCE.format(number=number, base=base, delay=DELAY)
                                          for number, base in enumerate(base_urls, 1)), encoding="utf-8")
    for number, feed in (feeds or {}).items():
        text = path.read_text(encoding="utf-8")
        path.write_text(text.replace(f'feeds = ["{base_urls[number - 1]}/feed.xml"]', f'feeds = ["{feed}"]'),
                        encoding="utf-8")
    return path


def measure(command: list[str], config_path: Path, sites: ServedSites, good: int = SITES) -> dict:
    """Run one shape into a fresh database; its time, memory, runs and what the sites served.
    Sources 1 to `good` are the ones expected to crawl well (the command fails when others do)."""
    config = load_config(config_path)
    for old in config.storage_path.parent.glob(config.storage_path.name + "*"):
        old.unlink()
    sites.reset()
    started = datetime.now(timezone.utc)
    measured = measured_process(command, crawl_environment(config), check=good == len(config.enabled_sources))
    db = open_db(config.storage_path)
    runs = list(db.query("SELECT source, status, requests, articles_new, errors, finished_at FROM crawl_runs"))
    stored, distinct = db.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM articles").fetchone()
    failures = dict(db.execute("SELECT source, COUNT(*) FROM url_failures GROUP BY source").fetchall())
    db.conn.close()
    fetched = [base + path for base in sites.base_urls for path in sites.requested(base) if path.endswith(".html")]
    good_names = {source_name(number) for number in range(1, good + 1)}
    good_runs = [run for run in runs if run["source"] in good_names]
    most_requests = max(run["requests"] for run in good_runs)
    floor = most_requests * DELAY
    good_done = max(datetime.fromisoformat(run["finished_at"]) for run in good_runs) - started
    return {"seconds": round(measured.seconds, 2), "floor_seconds": round(floor, 2),
            "wall_to_floor": round(measured.seconds / floor, 2), "cpu_seconds": round(measured.cpu_seconds, 1),
            "good_sources": len(good_runs), "good_done_seconds": round(good_done.total_seconds()),
            "most_requests_of_one_site": most_requests,
            "tree_peak_pss_mb": round(measured.tree.peak_pss_mb), "tree_peak_rss_mb": round(measured.tree.peak_rss_mb),
            "most_processes": measured.tree.most_processes, "runs": len(runs),
            "runs_ok": sum(run["status"] == "ok" for run in runs),
            "good_runs_ok": sum(run["status"] == "ok" for run in good_runs),
            "errors": sum(run["errors"] for run in runs),
            "articles_stored": stored, "distinct_urls": distinct,
            "articles_fetched_twice": len(fetched) - len(set(fetched)),
            "broken_sources": {run["source"]: {"status": run["status"], "failures": failures.get(run["source"], 0)}
                               for run in runs if run["source"] not in good_names} if len(runs) > good else {}}


def faulty_feeds(sites: ServedSites, stack: ExitStack) -> dict[int, str]:
    """Feed URLs for the last len(FAULTY) sources: one answering 500, one that accepts connections and
    never answers (a listening socket nobody reads), one refusing them (bound, never listening)."""
    first = SITES - len(FAULTY) + 1
    hanging = stack.enter_context(socket.socket())
    hanging.bind((HOSTS[first], 0))
    hanging.listen(16)
    refusing = stack.enter_context(socket.socket())
    refusing.bind((HOSTS[first + 1], 0))
    return {first: f"{sites.base_urls[first - 1]}{BROKEN_PREFIX}feed.xml",
            first + 1: "http://{}:{}/feed.xml".format(*hanging.getsockname()),
            first + 2: "http://{}:{}/feed.xml".format(*refusing.getsockname())}


def round_command(config_path: Path) -> list[str]:
    """`pactwatch crawl --all`: every source in one round process."""
    return [sys.executable, "-m", "monitor", "--config", str(config_path), "crawl", "--all", "--quiet"]


def per_source(config_path: str) -> int:
    """The shape before the round: each source's `scrapy crawl`, OLD_PARALLEL at a time."""
    config = load_config(config_path)
    names = [source.name for source in config.enabled_sources]
    with ThreadPoolExecutor(OLD_PARALLEL) as pool:
        outcomes = list(pool.map(lambda name: run_crawl(config, name, log_level="WARNING"), names))
    return 0 if all(outcome.ok for outcome in outcomes) else 1


def main() -> Optional[dict]:
    problem = why_not_on_hosts(HOSTS)
    if problem:
        print(f"skipped: {problem}", file=sys.stderr)
        return None
    good = SITES - len(FAULTY)
    with tempfile.TemporaryDirectory() as root, ServedSites(ARTICLES, HOSTS) as sites, ExitStack() as stack:
        config_path = write_config(Path(root), sites.base_urls)
        (Path(root) / "faulty").mkdir()
        faulty_path = write_config(Path(root) / "faulty", sites.base_urls, faulty_feeds(sites, stack))
        results = {
            "sites": SITES, "articles_per_site": ARTICLES, "download_delay": DELAY,
            "round": measure(round_command(config_path), config_path, sites, good),
            "per_source": measure([sys.executable, "-m", "benchmarks.round_speed", "per-source", str(config_path)],
                                  config_path, sites, good),
            "faulty": measure(round_command(faulty_path), faulty_path, sites, good),
        }
    shape, faulty = results["round"], results["faulty"]
    results["faulty_good_done_to_round"] = round(faulty["good_done_seconds"] / shape["good_done_seconds"], 2)
    results["targets"] = {"wall_to_floor_at_most": TARGET_WALL_TO_FLOOR, "tree_peak_pss_mb_at_most": TARGET_PSS_MB,
                          "met": shape["wall_to_floor"] <= TARGET_WALL_TO_FLOOR
                          and shape["tree_peak_pss_mb"] <= TARGET_PSS_MB}
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["per-source"]:
        sys.exit(per_source(sys.argv[2]))
    main()
