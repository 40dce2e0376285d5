"""Extraction quality on the 181 pages of the article-extraction benchmark, with its own metric.

The metric, as the benchmark defines it: the article body and the extracted text are split
into word tokens (`\\w+`, case kept), each into its multiset of 4-token shingles; per page the
true-positive, false-positive and false-negative shingle counts are normalised to sum to 1, so
long articles weigh no more than short ones; precision and recall are averaged over the pages
where they are defined, and F1 is the harmonic mean of the two averages (the per-page F1,
averaged, is given too). pactwatch's extraction (`crawlers.extraction.extract_article`) is
measured next to plain trafilatura (`trafilatura.extract` with its defaults) in the same run.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from typing import Callable, Optional

import trafilatura

from benchmarks.dataset import DatasetMissing, load_pages
from crawlers.extraction import extract_article

SHINGLE = 4
_TOKEN = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE) -> Counter:
    """The multiset of `size`-token shingles of `text` (a text shorter than `size` is one shingle)."""
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i:i + size]) for i in range(max(1, len(tokens) - size + 1)) if tokens)


def page_counts(truth: str, extracted: str) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page's shingles, normalised to sum to 1 (all 0 when both texts are empty)."""
    expected, found = shingles(truth), shingles(extracted)
    tp = sum((expected & found).values())
    fp = sum((found - expected).values())
    fn = sum((expected - found).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def precision(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fp)


def recall(tp: float, fp: float, fn: float) -> float:
    return 1.0 if fp == fn == 0 else tp / (tp + fn)


def scores(counts: list[tuple[float, float, float]]) -> dict:
    """The benchmark's precision, recall and F1 over pages, plus the mean of per-page F1."""
    precisions = [precision(*c) for c in counts if c[0] + c[1] > 0]
    recalls = [recall(*c) for c in counts if c[0] + c[2] > 0]
    p, r = sum(precisions) / len(precisions), sum(recalls) / len(recalls)
    per_page = [_f1(precision(*c), recall(*c)) for c in counts]
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(_f1(p, r), 4),
            "mean_page_f1": round(sum(per_page) / len(per_page), 4)}


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def pactwatch_text(html: str, url: str) -> str:
    extracted = extract_article(html, url)
    return extracted.text if extracted else ""


def trafilatura_text(html: str, url: str) -> str:
    return trafilatura.extract(html, url=url) or ""


EXTRACTORS: dict[str, Callable[[str, str], str]] = {"pactwatch": pactwatch_text, "trafilatura": trafilatura_text}


def evaluate(extractor: Callable[[str, str], str], pages) -> dict:
    """Scores of one extractor, and its CPU time per page (steadier than wall time on a shared machine)."""
    counts, seconds = [], 0.0
    for page in pages:
        html = page.html.decode("utf-8", errors="replace")
        started = time.process_time()
        text = extractor(html, page.url)
        seconds += time.process_time() - started
        counts.append(page_counts(page.body, text))
    return scores(counts) | {"cpu_ms_per_page": round(seconds / len(pages) * 1000, 1)}


def main() -> Optional[dict]:
    try:
        pages = load_pages()
    except DatasetMissing as exc:
        print(f"skipped: {exc}", file=sys.stderr)
        return None
    result = {"pages": len(pages)} | {name: evaluate(extractor, pages) for name, extractor in EXTRACTORS.items()}
    result["f1_difference"] = round(result["pactwatch"]["f1"] - result["trafilatura"]["f1"], 4)
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
