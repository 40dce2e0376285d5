"""`python -m benchmarks [NAME] [--smoke]`: run benchmarks and print their figures as JSON.

NAME is one of BENCHMARKS or `all` (the default). `--smoke` runs the crawl benchmark on a
200-article site only and exits 1 when the crawl did not do what it should (every article
stored, re-crawls fetching only what is new): CI's guard that the benchmark still runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import subprocess
import sys
import time
from pathlib import Path

BENCHMARKS = {
    "quality": "benchmarks.extraction_quality",
    "crawl": "benchmarks.crawl_speed",
    "round": "benchmarks.round_speed",
    "db": "benchmarks.db_scale",
    "classify": "benchmarks.classify_speed",
    "merge": "benchmarks.merge_events",
    "cluster": "benchmarks.cluster_speed",
    "perturb": "benchmarks.perturbations",
}
SMOKE_SIZES = (200,)
REPO = Path(__file__).resolve().parents[1]


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=[*BENCHMARKS, "all"], nargs="?", default="all")
    parser.add_argument("--smoke", action="store_true", help="the crawl benchmark on 200 articles, checked")
    args = parser.parse_args()
    if args.smoke:
        crawl = importlib.import_module(BENCHMARKS["crawl"])
        problems = crawl.problems(crawl.main(SMOKE_SIZES, rounds=1))
        for problem in problems:
            print(f"smoke run failed: {problem}", file=sys.stderr)
        return 1 if problems else 0
    if args.name != "all":
        importlib.import_module(BENCHMARKS[args.name]).main()
        return 0
    return run_all()


def run_all() -> int:
    """Every benchmark in a process of its own, so that none inherits another's memory peak."""
    started, failed = time.perf_counter(), []
    for name in BENCHMARKS:
        print(f"== {name}", file=sys.stderr, flush=True)
        began = time.perf_counter()
        if subprocess.run([sys.executable, "-m", "benchmarks", name], cwd=REPO).returncode != 0:
            failed.append(name)
        print(f"== {name}: {time.perf_counter() - began:.0f} s", file=sys.stderr, flush=True)
    print(json.dumps({"total_seconds": round(time.perf_counter() - started), "failed": failed}), file=sys.stderr)
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())
