"""Classification speed against extraction, measured in the same run (target: classify <= 0.25 x
trafilatura's extraction of the same articles' HTML).

Two figures, each the best of ROUNDS interleaved rounds of both sides (the machine is shared;
the least disturbed round of each is compared):

- dev corpus: the labelled articles of ../shared/corpus/dev, classified repeatedly up to 10,000+
  classifications a round; their HTML does not exist, so each is rendered into a minimal news
  page (navigation, the story, a related block, a footer) for trafilatura to extract;
- real pages: the 181 real news pages of ../shared/datasets/article-extraction-benchmark, each
  extracted by trafilatura and the article it gives classified, as a crawl does.
"""

from __future__ import annotations

import gzip
import html
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Callable

import trafilatura

from monitor.classify import classify
from monitor.classify.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TARGET_ARTICLES = 10_000
ROUNDS = 3
TARGET_RATIO = 0.25


def corpus(folder: Path) -> list[tuple[str, str]]:
    """(title, text) of each article: the first non-empty line is the title."""
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        articles.append((title, text))
    return articles


def as_page(title: str, text: str) -> str:
    """The article as a minimal news page: navigation, the story in paragraphs, a related block, a footer."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    related = "".join(f'<li><a href="/r/{i}">Related headline number {i}</a></li>' for i in range(8))
    return (f"<html><head><title>{html.escape(title)} | Outlet</title></head><body>"
            f'<nav><a href="/">Home</a><a href="/politics">Politics</a><a href="/world">World</a></nav>'
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            f"<aside><h3>Related</h3><ul>{related}</ul></aside><footer>© Outlet. All rights reserved.</footer>"
            f"</body></html>")


def real_pages(folder: Path) -> list[str]:
    return [gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")
            for path in sorted(folder.glob("html/*.html.gz"))]


def extract(page: str) -> tuple[str, str]:
    document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
    return ((document.title or "", document.text or "") if document else ("", ""))


def per_item_seconds(work: Callable[[], int]) -> float:
    """Seconds per item of one round of `work` (which returns how many items it did)."""
    started = time.perf_counter()
    count = work()
    return (time.perf_counter() - started) / count


def compare(classify_round: Callable[[], int], extract_round: Callable[[], int]) -> dict:
    """Interleaved rounds of both; the best round of each."""
    classify_times, extract_times = [], []
    for _ in range(ROUNDS):
        extract_times.append(per_item_seconds(extract_round))
        classify_times.append(per_item_seconds(classify_round))
    classify_best, extract_best = min(classify_times), min(extract_times)
    ratio = classify_best / extract_best
    return {
        "classify_articles_per_second": round(1 / classify_best),
        "classify_ms_per_article": round(classify_best * 1000, 3),
        "extraction_ms_per_article": round(extract_best * 1000, 3),
        "classify_to_extraction_ratio": round(ratio, 3),
        "target_met": ratio <= TARGET_RATIO,
    }


def dev_corpus_figures(articles: list[tuple[str, str]]) -> dict:
    repeated = [Article(title=title, text=text)
                for title, text in (articles[i % len(articles)] for i in range(max(TARGET_ARTICLES, len(articles))))]
    pages = [as_page(title, text) for title, text in articles]
    for article in repeated[:len(articles)]:
        classify(article)  # lexicons are compiled on first use: not part of the figure

    def classify_round() -> int:
        for article in repeated:
            classify(article)
        return len(repeated)

    def extract_round() -> int:
        for page in pages:
            extract(page)
        return len(pages)

    return {"articles": len(articles), "classifications_per_round": len(repeated),
            "median_article_chars": int(statistics.median(len(text) for _, text in articles)),
            **compare(classify_round, extract_round)}


def real_page_figures(pages: list[str]) -> dict:
    extracted = [Article(title=title, text=text) for title, text in map(extract, pages)]

    def classify_round() -> int:
        for article in extracted:
            classify(article)
        return len(extracted)

    def extract_round() -> int:
        for page in pages:
            extract(page)
        return len(pages)

    return {"pages": len(pages), "median_page_kb": round(statistics.median(len(p) for p in pages) / 1024),
            **compare(classify_round, extract_round)}


def main() -> dict:
    dev = SHARED / "corpus" / "dev"
    benchmark_pages = SHARED / "datasets" / "article-extraction-benchmark"
    if not dev.is_dir():
        print(f"skipped: {dev} not found", file=sys.stderr)
        return {}
    result = {"dev_corpus_minimal_pages": dev_corpus_figures(corpus(dev))}
    if benchmark_pages.is_dir():
        result["real_pages"] = real_page_figures(real_pages(benchmark_pages))
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
