"""`python -m benchmarks [NAME] [--smoke]`: run benchmarks and print their figures as JSON.

NAME is one of BENCHMARKS or `all` (the default). `--smoke` runs the crawl benchmark on a
200-article site only and exits 1 when the crawl did not do what it should (every article
stored, re-crawls fetching only what is new): CI's guard that the benchmark still runs.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time

BENCHMARKS = {
    "quality": "benchmarks.extraction_quality",
    "crawl": "benchmarks.crawl_speed",
    "db": "benchmarks.db_scale",
    "classify": "benchmarks.classify_speed",
    "merge": "benchmarks.merge_events",
}
SMOKE_SIZES = (200,)


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("name", choices=[*BENCHMARKS, "all"], nargs="?", default="all")
    parser.add_argument("--smoke", action="store_true", help="the crawl benchmark on 200 articles, checked")
    args = parser.parse_args()
    if args.smoke:
        crawl = importlib.import_module(BENCHMARKS["crawl"])
        problems = crawl.problems(crawl.main(SMOKE_SIZES))
        for problem in problems:
            print(f"smoke run failed: {problem}", file=sys.stderr)
        return 1 if problems else 0
    started = time.perf_counter()
    for name, module in BENCHMARKS.items():
        if args.name in (name, "all"):
            print(f"== {name}", file=sys.stderr, flush=True)
            importlib.import_module(module).main()
    print(json.dumps({"total_seconds": round(time.perf_counter() - started)}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
