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
"""

from __future__ import annotations

import json
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Optional

from benchmarks.crawl_speed import measured_process
from benchmarks.dataset import why_not_on_hosts
from benchmarks.server import ServedSites
from monitor.config import load_config
from monitor.runs.crawling import crawl_environment, run_crawl
from storage import open_db

SITES = 25
ARTICLES = 20
DELAY = 0.5
OLD_PARALLEL = 2
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


def write_config(folder: Path, base_urls: list[str]) -> Path:
    path = folder / "pactwatch.toml"
    path.write_text(CONFIG_HEAD + "".join(SOURCE.format(number=number, base=base, delay=DELAY)
                                          for number, base in enumerate(base_urls, 1)), encoding="utf-8")
    return path


def measure(command: list[str], config_path: Path, sites: ServedSites) -> dict:
    """Run one shape into a fresh database; its time, memory, runs and what the sites served."""
    config = load_config(config_path)
    for old in config.storage_path.parent.glob(config.storage_path.name + "*"):
        old.unlink()
    sites.reset()
    measured = measured_process(command, crawl_environment(config))
    db = open_db(config.storage_path)
    runs = list(db.query("SELECT source, status, requests, articles_new, errors FROM crawl_runs"))
    stored, distinct = db.execute("SELECT COUNT(*), COUNT(DISTINCT url) FROM articles").fetchone()
    db.conn.close()
    fetched = [base + path for base in sites.base_urls for path in sites.requested(base) if path.endswith(".html")]
    most_requests = max(run["requests"] for run in runs)
    floor = most_requests * DELAY
    return {"seconds": round(measured.seconds, 2), "floor_seconds": round(floor, 2),
            "wall_to_floor": round(measured.seconds / floor, 2), "cpu_seconds": round(measured.cpu_seconds, 1),
            "most_requests_of_one_site": most_requests,
            "tree_peak_pss_mb": round(measured.tree.peak_pss_mb), "tree_peak_rss_mb": round(measured.tree.peak_rss_mb),
            "most_processes": measured.tree.most_processes, "runs": len(runs),
            "runs_ok": sum(run["status"] == "ok" for run in runs), "errors": sum(run["errors"] for run in runs),
            "articles_stored": stored, "distinct_urls": distinct,
            "articles_fetched_twice": len(fetched) - len(set(fetched))}


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
    with tempfile.TemporaryDirectory() as root, ServedSites(ARTICLES, HOSTS) as sites:
        config_path = write_config(Path(root), sites.base_urls)
        pactwatch = [sys.executable, "-m", "monitor", "--config", str(config_path)]
        results = {
            "sites": SITES, "articles_per_site": ARTICLES, "download_delay": DELAY,
            "round": measure([*pactwatch, "crawl", "--all", "--quiet"], config_path, sites),
            "per_source": measure([sys.executable, "-m", "benchmarks.round_speed", "per-source", str(config_path)],
                                  config_path, sites),
        }
    shape = results["round"]
    results["targets"] = {"wall_to_floor_at_most": TARGET_WALL_TO_FLOOR, "tree_peak_pss_mb_at_most": TARGET_PSS_MB,
                          "met": shape["wall_to_floor"] <= TARGET_WALL_TO_FLOOR
                          and shape["tree_peak_pss_mb"] <= TARGET_PSS_MB}
    print(json.dumps(results, indent=2))
    return results


if __name__ == "__main__":
    if sys.argv[1:2] == ["per-source"]:
        sys.exit(per_source(sys.argv[2]))
    main()
