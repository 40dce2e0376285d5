"""The extraction baseline: plain trafilatura `fast` over the article pages a crawl fetched.

With bare Scrapy's fetch (benchmarks/bare_spider.py) this is the least any crawler that fetches
and extracts the benchmark site's articles with trafilatura must spend: the sum of the two is
what pactwatch's CPU per article is compared with (benchmarks/crawl_speed.py).

`python -m benchmarks.trafilatura_pass PATHS_FILE` extracts, for each article path in the file
(one a line, as the benchmark site serves it), the real page the site serves there, decoded as
UTF-8, with `trafilatura.extract(html, url=url, fast=True)`, and prints as JSON the CPU seconds
of the extractions alone (the imports and reading the pages are not counted) and how many
pages gave a text.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import trafilatura

from benchmarks.dataset import load_pages
from benchmarks.site import _ARTICLE_PATH


def main(paths_file: Path) -> dict:
    pages = load_pages()
    paths = [line.strip() for line in paths_file.read_text(encoding="utf-8").splitlines() if line.strip()]
    articles = [(path, pages[int(_ARTICLE_PATH.match(path).group(1)) % len(pages)].html)
                for path in paths if _ARTICLE_PATH.match(path)]
    extracted, started = 0, time.process_time()
    for path, body in articles:
        html = body.decode("utf-8", errors="replace")
        extracted += bool(trafilatura.extract(html, url="http://bench.example" + path, fast=True))
    return {"pages": len(articles), "extracted": extracted, "cpu_seconds": round(time.process_time() - started, 2)}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]))))
