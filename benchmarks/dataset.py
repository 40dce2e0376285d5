"""The article-extraction benchmark pages in ../shared: 181 real news pages and their ground truth.

They are read from ../shared at run time and never copied into the repository. Benchmarks that
need them call `load_pages()`, which raises `DatasetMissing` (a clear message) when they are absent.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DATASET = SHARED / "datasets" / "article-extraction-benchmark"


class DatasetMissing(RuntimeError):
    """../shared/datasets/article-extraction-benchmark is not there."""


@dataclass(frozen=True)
class BenchmarkPage:
    """One page of the dataset: its id, original URL, HTML and the article body a person marked."""

    key: str
    url: str
    html: bytes
    body: str


@lru_cache(maxsize=1)
def load_pages(folder: Path = DATASET) -> tuple[BenchmarkPage, ...]:
    """Every page with ground truth, in the order of the ids (a stable order for cycling)."""
    truth_path = folder / "ground-truth.json"
    if not truth_path.is_file():
        raise DatasetMissing(f"{truth_path} not found: the benchmark needs ../shared/datasets")
    truth = json.loads(truth_path.read_text(encoding="utf-8"))
    pages = []
    for key in sorted(truth):
        html = gzip.decompress((folder / "html" / f"{key}.html.gz").read_bytes())
        pages.append(BenchmarkPage(key=key, url=truth[key].get("url", ""), html=html,
                                   body=truth[key].get("articleBody", "")))
    return tuple(pages)


def why_not_on_hosts(hosts: list[str]) -> Optional[str]:
    """Why a benchmark of sites on these loopback hosts cannot run here (no data set, hosts that do
    not answer), or None."""
    from monitor.demo.server import loopback_answers

    try:
        load_pages()
    except DatasetMissing as exc:
        return str(exc)
    unreachable = loopback_answers(hosts)
    return f"the loopback addresses do not answer here ({unreachable})" if unreachable else None
