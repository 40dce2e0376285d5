"""CPU of pactwatch's extraction a page against trafilatura `fast`, in one process, page by page.

`python -m benchmarks.extraction_cpu [ROUNDS] [--against DIR]` runs, on each of the 181 real
pages of the article-extraction benchmark, `crawlers.extraction.extract_article` and plain
`trafilatura.extract(html, url=url, fast=True)` one after the other, ROUNDS times (4 by
default), and prints as JSON each round's CPU milliseconds a page and their ratio. Taking turns
page by page, not in blocks, gives both the same load (on a shared machine the load moves by
more than the differences measured here), and who goes first changes from page to page (a
later turn on the same page may find it in the processor's caches). With `--against DIR` (a
checkout of another commit, e.g. from `git archive`), that commit's `crawlers/extraction.py`
takes its turn too, and every page's fields are checked to be the same in both: a before/after
of extraction work in one run.

This is the extraction workers' main cost per article (they also classify it); the crawl
benchmark (benchmarks/crawl_speed.py) measures the workers whole, in a real crawl.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Callable, Optional

import trafilatura

from benchmarks.dataset import DatasetMissing, load_pages
from crawlers.extraction import extract_article
from crawlers.page_dates import load_languages


def other_extract_article(checkout: Path) -> Callable:
    """`extract_article` of the extraction module in another checkout (its other modules are this one's)."""
    spec = importlib.util.spec_from_file_location("other_extraction", checkout / "crawlers" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module.extract_article


def main(rounds: int = 4, against: Optional[Path] = None) -> Optional[dict]:
    try:
        pages = [(page.html.decode("utf-8", errors="replace"), page.url) for page in load_pages()]
    except DatasetMissing as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return None
    load_languages()  # what the workers have before they fork for pages that declare no language (English)
    runs: dict[str, Callable] = {"pactwatch": extract_article,
                                 "trafilatura_fast": lambda html, url: trafilatura.extract(html, url=url, fast=True)}
    if against is not None:
        runs["against"] = other_extract_article(against)
        differ = [url for html, url in pages
                  if _fields(extract_article(html, url)) != _fields(runs["against"](html, url))]
        if differ:
            print(f"{len(differ)} pages extracted differently, e.g. {differ[:3]}", file=sys.stderr)
    for html, url in pages[:20]:  # caches warm, as in a worker after its first pages
        for run in runs.values():
            run(html, url)
    ms: dict[str, list[float]] = {name: [] for name in runs}
    for _ in range(rounds):
        seconds = dict.fromkeys(runs, 0.0)
        for index, (html, url) in enumerate(pages):
            names = list(runs)
            for name in names[index % len(names):] + names[:index % len(names)]:
                run = runs[name]
                started = time.process_time()
                run(html, url)
                seconds[name] += time.process_time() - started
        for name in runs:
            ms[name].append(round(seconds[name] / len(pages) * 1000, 2))
    result = {"pages": len(pages), "cpu_ms_per_page": ms,
              "ratio_to_trafilatura_fast": [round(a / b, 3) for a, b in zip(ms["pactwatch"], ms["trafilatura_fast"])]}
    if against is not None:
        result["same_fields"] = not differ
        result["against_ratio_to_trafilatura_fast"] = [round(a / b, 3)
                                                       for a, b in zip(ms["against"], ms["trafilatura_fast"])]
    print(json.dumps(result, indent=2))
    return result


def _fields(extracted) -> Optional[dict]:
    return asdict(extracted) if extracted is not None else None


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.extraction_cpu", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rounds", type=int, nargs="?", default=4)
    parser.add_argument("--against", type=Path, help="another checkout whose extraction takes its turn too")
    args = parser.parse_args()
    main(args.rounds, args.against)
