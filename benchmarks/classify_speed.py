"""Classification speed: articles per second over the dev corpus repeated to 10,000+ articles,
and the ratio to trafilatura's extraction time for the same articles rendered as news pages,
measured in the same run (target: classify <= 0.25 x extraction).
"""

from __future__ import annotations

import html
import json
import statistics
import sys
import time
from pathlib import Path

import trafilatura

from monitor.classify import classify
from monitor.classify.model import Article

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TARGET_ARTICLES = 10_000
EXTRACTION_ROUNDS = 3


def corpus(folder: Path) -> list[tuple[str, str]]:
    """(title, text) of each article: the first non-empty line is the title."""
    articles = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        articles.append((title, text))
    return articles


def as_page(title: str, text: str) -> str:
    """The article as a news page: navigation, the story in paragraphs, a related block, a footer."""
    paragraphs = "".join(f"<p>{html.escape(line)}</p>" for line in text.splitlines() if line.strip())
    related = "".join(f'<li><a href="/r/{i}">Related headline number {i}</a></li>' for i in range(8))
    return (f"<html><head><title>{html.escape(title)} | Outlet</title></head><body>"
            f'<nav><a href="/">Home</a><a href="/politics">Politics</a><a href="/world">World</a></nav>'
            f"<article><h1>{html.escape(title)}</h1>{paragraphs}</article>"
            f"<aside><h3>Related</h3><ul>{related}</ul></aside><footer>© Outlet. All rights reserved.</footer>"
            f"</body></html>")


def time_classify(articles: list[tuple[str, str]]) -> float:
    repeated = [articles[i % len(articles)] for i in range(max(TARGET_ARTICLES, len(articles)))]
    started = time.perf_counter()
    for title, text in repeated:
        classify(Article(title=title, text=text))
    return (time.perf_counter() - started) / len(repeated), len(repeated)


def time_extraction(articles: list[tuple[str, str]]) -> float:
    pages = [as_page(title, text) for title, text in articles]
    rounds = []
    for _ in range(EXTRACTION_ROUNDS):
        started = time.perf_counter()
        for page in pages:
            trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
        rounds.append((time.perf_counter() - started) / len(pages))
    return min(rounds)


def main() -> dict:
    folder = SHARED / "corpus" / "dev"
    if not folder.is_dir():
        print(f"skipped: {folder} not found", file=sys.stderr)
        return {}
    articles = corpus(folder)
    extraction = time_extraction(articles)
    per_article, count = time_classify(articles)
    result = {
        "articles_classified": count,
        "classify_articles_per_second": round(1 / per_article),
        "classify_ms_per_article": round(per_article * 1000, 3),
        "extraction_ms_per_article": round(extraction * 1000, 3),
        "classify_to_extraction_ratio": round(per_article / extraction, 3),
        "median_article_chars": int(statistics.median(len(text) for _, text in articles)),
    }
    print(json.dumps(result, indent=2))
    return result


if __name__ == "__main__":
    main()
