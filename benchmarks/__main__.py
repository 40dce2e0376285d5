"""`python -m benchmarks [merge|classify|all]`: run benchmarks and print their figures as JSON."""

from __future__ import annotations

import argparse
import importlib

BENCHMARKS = {"merge": "benchmarks.merge_events", "classify": "benchmarks.classify_speed"}


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument("name", choices=[*BENCHMARKS, "all"], nargs="?", default="all")
    args = parser.parse_args()
    for name, module in BENCHMARKS.items():
        if args.name in (name, "all"):
            importlib.import_module(module).main()


main()
