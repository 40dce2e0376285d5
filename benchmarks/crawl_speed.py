"""Crawl throughput against bare Scrapy, incremental re-crawls, crawl memory and database size.

For each size N the benchmark site (benchmarks/site.py) is served alone first, to show it is
not the bottleneck; then pactwatch crawls it into a fresh database exactly as `pactwatch crawl`
does (one `scrapy crawl` process: discover, fetch, extract, classify, store, then link copies
and merge events), and a bare Scrapy spider fetches the same URLs in the same run. On the
largest site two re-crawls follow: one of the unchanged site, one after 50 new articles.

Politeness is off for both crawlers (no robots.txt, no AutoThrottle, no delay, 16 requests at
once to the one host): the figures measure pactwatch's own cost, not a wait it chooses.

The CPU per article is measured in rounds (ROUNDS, `--rounds N`): each round crawls with pactwatch,
then fetches with bare Scrapy and extracts with trafilatura `fast`, so the three take turns on a
shared machine; every round's figures are reported (on stderr as they end, and in the JSON) with
the median ratio. `--against DIR` crawls with another checkout's code too in every round (DIR's
modules, this environment; the two crawls in turn, which goes first alternating), each against the
same baselines: a before/after pair measured side by side.

    python -m benchmarks.crawl_speed [--rounds N] [--against DIR] [SIZE ...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Optional

from benchmarks.bare_spider import CONCURRENCY
from benchmarks.bare_spider import MIN_DOWNLOAD_DELAY as BARE_MIN_DOWNLOAD_DELAY
from benchmarks.dataset import DatasetMissing, load_pages
from benchmarks.memory import TreeSampler
from benchmarks.serve_speed import serve_rate
from benchmarks.server import REPO, ServedSite
from benchmarks.site import article_paths
from crawlers.loader import MIN_DOWNLOAD_DELAY
from monitor.config import load_config
from monitor.runs.crawling import crawl_command, crawl_environment
from storage import open_db

SOURCE = "bench"
NEW_ARTICLES = 50
ROUNDS = 3
CONFIG = """\
[storage]
path = "bench.db"

[crawler]
obey_robots = false
autothrottle = false
concurrent_per_domain = {concurrency}

[[sources]]
name = "{source}"
title = "Benchmark site"
feeds = ["{base}/feed.xml"]
sitemaps = ["{base}/sitemap.xml"]
listings = ["{base}/news/"]
allow = ["/news/\\\\d{{4}}/"]
download_delay = 0
allow_private = true
max_pages = {max_pages}
"""


@dataclass(frozen=True)
class Crawl:
    """One crawl as measured from outside its process, with the counts it recorded."""

    seconds: float
    peak_rss_mb: float
    tree_peak_rss_mb: float
    tree_peak_pss_mb: float
    processes: int
    requests: int
    articles_new: int
    articles_known: int
    errors: int
    discovery_pages: int
    status: str
    cpu_seconds: float = 0.0
    workers_cpu_seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.articles_new / self.seconds


def write_config(folder: Path, site: ServedSite) -> Path:
    path = folder / "pactwatch.toml"
    path.write_text(CONFIG.format(concurrency=CONCURRENCY, source=SOURCE, base=site.base_url,
                                  max_pages=3 * site.count + 1000), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Measured:
    """A finished process: wall seconds, peak RSS (its own, and of its process tree), output, and the
    CPU seconds (user + system) of the process and every descendant it waited for."""

    seconds: float
    peak_rss_mb: float
    tree: TreeSampler
    output: str
    cpu_seconds: float = 0.0


def measured_process(command: list[str], env: dict | None = None, check: bool = True,
                     cwd: Path = REPO) -> Measured:
    """Run a command to its end, measuring its time and memory; `check`: raise if it fails."""
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as output:
        process = subprocess.Popen(command, env=env, cwd=cwd, stdout=output)
        with TreeSampler(process.pid) as tree:
            _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        seconds = time.perf_counter() - started
        output.seek(0)
        text = output.read()
    if check and process.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {process.returncode}")
    return Measured(seconds, usage.ru_maxrss / 1024, tree, text, usage.ru_utime + usage.ru_stime)


def pactwatch_crawl(config_path: Path, checkout: Path = REPO) -> Crawl:
    """One `pactwatch crawl bench`, i.e. one `scrapy crawl` process, as the CLI runs it; with the
    code of `checkout` (its folder comes first on the crawl's module path)."""
    config = load_config(config_path)
    measured = measured_process(crawl_command(SOURCE, log_level="WARNING"), crawl_environment(config), cwd=checkout)
    db = open_db(config.storage_path)
    run = next(iter(db.query("SELECT * FROM crawl_runs WHERE source = ? ORDER BY id DESC LIMIT 1", [SOURCE])))
    db.conn.close()
    stats = json.loads(run["stats"])
    return Crawl(seconds=round(measured.seconds, 2), peak_rss_mb=round(measured.peak_rss_mb),
                 tree_peak_rss_mb=round(measured.tree.peak_rss_mb), tree_peak_pss_mb=round(measured.tree.peak_pss_mb),
                 processes=measured.tree.most_processes, requests=run["requests"], articles_new=run["articles_new"],
                 articles_known=run["articles_seen"], errors=run["errors"],
                 discovery_pages=stats.get("pactwatch/discovery_pages", 0), status=run["status"],
                 cpu_seconds=round(measured.cpu_seconds, 2),
                 workers_cpu_seconds=round(sum(measured.tree.descendants_cpu.values()), 2))


def bare_crawl(urls: list[str], folder: Path) -> dict:
    """The bare Scrapy spider over `urls`: wall seconds, peak RSS and pages fetched."""
    urls_file = folder / "urls.txt"
    urls_file.write_text("\n".join(urls), encoding="utf-8")
    measured = measured_process([sys.executable, "-m", "benchmarks.bare_spider", str(urls_file)])
    stats = json.loads(measured.output.strip().splitlines()[-1])
    return {"seconds": round(measured.seconds, 2), "peak_rss_mb": round(measured.peak_rss_mb),
            "cpu_seconds": round(measured.cpu_seconds, 2),
            "pages": stats.get("item_scraped_count", 0), "responses": stats.get("downloader/response_count", 0)}


def trafilatura_pass(paths: list[str], folder: Path) -> dict:
    """Plain trafilatura `fast` over the article pages at `paths` (benchmarks/trafilatura_pass.py)."""
    paths_file = folder / "paths.txt"
    paths_file.write_text("\n".join(paths), encoding="utf-8")
    measured = measured_process([sys.executable, "-m", "benchmarks.trafilatura_pass", str(paths_file)])
    return json.loads(measured.output.strip().splitlines()[-1])


def cpu_per_article(full: Crawl, bare: dict, extraction: dict) -> dict:
    """CPU milliseconds per article: pactwatch's whole process tree against bare Scrapy's fetch of the
    same URLs plus plain trafilatura `fast` on the same article pages, and the ratio of the two."""
    articles = full.articles_new
    baseline = bare["cpu_seconds"] + extraction["cpu_seconds"]
    return {"pactwatch_ms": round(full.cpu_seconds / articles * 1000, 1),
            "pactwatch_crawl_process_ms": round((full.cpu_seconds - full.workers_cpu_seconds) / articles * 1000, 1),
            "pactwatch_extraction_workers_ms": round(full.workers_cpu_seconds / articles * 1000, 1),
            "bare_scrapy_ms": round(bare["cpu_seconds"] / articles * 1000, 1),
            "trafilatura_fast_ms": round(extraction["cpu_seconds"] / articles * 1000, 1),
            "ratio_to_fetch_plus_trafilatura": round(full.cpu_seconds / baseline, 3)}


def db_size(config_path: Path) -> dict:
    """The database file after a checkpoint, per 1,000 articles."""
    path = load_config(config_path).storage_path
    db = open_db(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    articles = db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    db.conn.close()
    size_mb = path.stat().st_size / 1024 / 1024
    return {"articles": articles, "db_mb": round(size_mb, 1),
            "mb_per_1000_articles": round(size_mb / articles * 1000, 2)}


def first_crawl(site: ServedSite, folder: Path, rounds: int = 1, against: Optional[Path] = None) -> dict:
    """Serve alone, then `rounds` times: crawl with pactwatch into a fresh database (and with the
    code of `against` into another), fetch the same URLs with bare Scrapy, extract the same article
    pages with trafilatura `fast`. Times are the fastest round's (the least disturbed by other
    work); the CPU per article is every round's, and the round of the median ratio."""
    paths = article_paths(site.count)
    server = serve_rate(site.base_url, paths)
    config_path = write_config(folder, site)
    codes = {"pactwatch": (REPO, config_path)}
    if against is not None:
        (folder / "against").mkdir(exist_ok=True)
        codes["against"] = (against, write_config(folder / "against", site))
    fulls, bares, extractions, others, measured = [], [], [], [], []
    for number in range(rounds):
        # Which code crawls first alternates, so that neither always follows the baselines.
        order = list(codes) if number % 2 == 0 else list(reversed(codes))
        started, load = time.strftime("%H:%M:%S", time.gmtime()), os.getloadavg()[0]
        crawled, requested = {}, None
        for label in order:
            checkout, config = codes[label]
            for old in config.parent.glob("bench.db*"):
                old.unlink()
            site.reset()
            crawled[label] = pactwatch_crawl(config, checkout)
            if label == "pactwatch":
                requested = site.requested()
        fulls.append(crawled["pactwatch"])
        bares.append(bare_crawl([site.url(path) for path in requested], folder))
        extractions.append(trafilatura_pass(requested, folder))
        row = {"round": number + 1, "started_utc": started, "load": round(load, 1),
               "order": order} | cpu_per_article(fulls[-1], bares[-1], extractions[-1])
        if against is not None:
            others.append(crawled["against"])
            row["against"] = cpu_per_article(crawled["against"], bares[-1], extractions[-1])
        measured.append(row)
        print(_round_line(site.count, row), file=sys.stderr, flush=True)
    full = min(fulls, key=lambda crawl: crawl.seconds)
    bare = min(bares, key=lambda crawl: crawl["seconds"])
    full_rate = full.articles_new / full.seconds
    results = {"articles": site.count, "rounds": rounds, "server_alone": server, "pactwatch": asdict(full),
               "pactwatch_seconds_all_runs": [crawl.seconds for crawl in fulls],
               "pactwatch_articles_per_second": round(full_rate, 1), "bare_scrapy": bare,
               "bare_seconds_all_runs": [crawl["seconds"] for crawl in bares],
               "bare_articles_per_second": round(len(paths) / bare["seconds"], 1),
               "ratio_to_bare": round(bare["seconds"] / full.seconds, 3),
               "trafilatura_fast": min(extractions, key=lambda run: run["cpu_seconds"]),
               "cpu_per_article": _median_round(measured),
               "ratio_median": _median_ratio(measured),
               "cpu_per_article_rounds": measured,
               "server_to_pactwatch": round(server["requests_per_second"] / full_rate, 1),
               "server_to_bare": round(server["requests_per_second"] * bare["seconds"] / full.requests, 1),
               "database": db_size(config_path), "_config": str(config_path)}
    if against is not None:
        results["against"] = {"checkout": str(against), "crawls": [asdict(crawl) for crawl in others],
                              "ratio_median": _median_ratio([row["against"] for row in measured])}
        print(f"{site.count} articles, median ratio over {rounds} rounds: pactwatch {results['ratio_median']}, "
              f"against {results['against']['ratio_median']}", file=sys.stderr, flush=True)
    else:
        print(f"{site.count} articles, median ratio over {rounds} rounds: {results['ratio_median']}",
              file=sys.stderr, flush=True)
    return results


def _median_ratio(rows: list[dict]) -> float:
    return round(statistics.median(row["ratio_to_fetch_plus_trafilatura"] for row in rows), 3)


def _median_round(rows: list[dict]) -> dict:
    """The round whose ratio is the median (of an even number, the lower of the middle two)."""
    ordered = sorted(rows, key=lambda row: row["ratio_to_fetch_plus_trafilatura"])
    return ordered[(len(ordered) - 1) // 2]


def _round_line(articles: int, row: dict) -> str:
    def figures(cpu: dict) -> str:
        return (f"tree {cpu['pactwatch_ms']} ms (crawl process {cpu['pactwatch_crawl_process_ms']}, workers "
                f"{cpu['pactwatch_extraction_workers_ms']}), ratio {cpu['ratio_to_fetch_plus_trafilatura']}")
    line = (f"{articles} articles, round {row['round']} ({row['started_utc']} UTC, load {row['load']}): "
            f"bare Scrapy {row['bare_scrapy_ms']} ms, trafilatura fast {row['trafilatura_fast_ms']} ms; "
            f"pactwatch {figures(row)}")
    if "against" in row:
        line += f"; against {figures(row['against'])}"
    return line


def recrawls(site: ServedSite, config_path: Path, first: dict) -> dict:
    """Re-crawl the unchanged site, then again after NEW_ARTICLES were published."""
    site.reset()
    unchanged = pactwatch_crawl(config_path)
    site.grow(NEW_ARTICLES)
    new_paths = set(article_paths(site.count)[-NEW_ARTICLES:])
    site.reset()
    grown = pactwatch_crawl(config_path)
    fetched_articles = [p for p in site.requested() if p.startswith("/news/") and p.endswith(".html")]
    db = open_db(load_config(config_path).storage_path)
    stored = {row[0] for row in db.execute("SELECT url FROM articles")}
    db.conn.close()
    first_requests = first["pactwatch"]["requests"]
    return {
        "unchanged": asdict(unchanged) | {"share_of_first_requests": round(unchanged.requests / first_requests, 4)},
        "after_new_articles": asdict(grown) | {
            "new_articles": NEW_ARTICLES, "new_stored": sum(site.url(p) in stored for p in new_paths),
            "articles_fetched": len(fetched_articles),
            "requests_allowed": NEW_ARTICLES + grown.discovery_pages},
    }


def main(sizes=(1_000, 10_000), rounds: Optional[int] = None, against: Optional[Path] = None) -> Optional[dict]:
    """Crawl each size `rounds` times (ROUNDS when not given, but the largest of several sizes, the slow
    one, once)."""
    try:
        load_pages()
    except DatasetMissing as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return None
    results = {"sizes": []}
    with tempfile.TemporaryDirectory() as root:
        for size in sizes:
            folder = Path(root) / str(size)
            folder.mkdir()
            largest = size == sizes[-1]
            size_rounds = rounds or (1 if largest and len(sizes) > 1 else ROUNDS)
            with ServedSite(size) as site:
                first = first_crawl(site, folder, size_rounds, against)
                if largest:
                    first["recrawls"] = recrawls(site, Path(first["_config"]), first)
            first.pop("_config")
            results["sizes"].append(first)
    small, large = results["sizes"][0], results["sizes"][-1]
    for figure in ("peak_rss_mb", "tree_peak_pss_mb"):
        ratio = large["pactwatch"][figure] / small["pactwatch"][figure]
        results[f"{figure}_ratio_largest_to_smallest"] = round(ratio, 2)
    print(json.dumps(results, indent=2))
    return results


def problems(results: Optional[dict]) -> list[str]:
    """What the crawls did wrong: articles missed, pages fetched twice, new articles not stored."""
    found = []
    if BARE_MIN_DOWNLOAD_DELAY != MIN_DOWNLOAD_DELAY:
        found.append(f"bare Scrapy's delay {BARE_MIN_DOWNLOAD_DELAY} is not pactwatch's floor {MIN_DOWNLOAD_DELAY}")
    for size in (results or {}).get("sizes", []):
        crawl, count = size["pactwatch"], size["articles"]
        if crawl["status"] != "ok" or crawl["articles_new"] != count or crawl["errors"]:
            found.append(f"first crawl of {count} articles: {crawl}")
        for other in size.get("against", {}).get("crawls", []):
            if other["status"] != "ok" or other["articles_new"] != count or other["errors"]:
                found.append(f"first crawl of {count} articles by {size['against']['checkout']}: {other}")
        if size["bare_scrapy"]["pages"] != crawl["requests"]:
            found.append(f"bare Scrapy fetched {size['bare_scrapy']['pages']} pages, pactwatch {crawl['requests']}")
        recrawl = size.get("recrawls")
        if recrawl:
            unchanged, grown = recrawl["unchanged"], recrawl["after_new_articles"]
            if unchanged["articles_new"] or unchanged["requests"] > unchanged["discovery_pages"]:
                found.append(f"re-crawl of the unchanged site fetched articles: {unchanged}")
            if grown["new_stored"] != NEW_ARTICLES or grown["requests"] > grown["requests_allowed"]:
                found.append(f"re-crawl after {NEW_ARTICLES} new articles: {grown}")
    return found


def cli(argv: Optional[list[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.crawl_speed", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sizes", nargs="*", type=int, metavar="SIZE", help="articles on the site (1000 10000)")
    parser.add_argument("--rounds", type=int, metavar="N",
                        help=f"rounds of each size (default {ROUNDS}; the largest of several sizes once)")
    parser.add_argument("--against", type=Path, metavar="DIR", help="another checkout crawled in every round too")
    args = parser.parse_args(argv)
    if args.rounds is not None and args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.against is not None and not (args.against / "crawlers").is_dir():
        parser.error(f"{args.against} is not a pactwatch checkout (no crawlers/ in it)")
    results = main(tuple(args.sizes) or (1_000, 10_000), args.rounds, args.against and args.against.resolve())
    found = problems(results)
    for problem in found:
        print(f"problem: {problem}", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(cli())
