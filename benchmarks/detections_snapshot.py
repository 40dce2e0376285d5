"""Every detection the classifier makes on the shared texts, one JSON line per text, to diff.

`python -m benchmarks.detections_snapshot OUT.jsonl` classifies the dev corpus, the seeds and the
article each of the 181 benchmark pages yields (extracted by trafilatura), and writes
`[name, repr(detection)]` per text. Run it before and after a change meant to make the classifier
faster, not different, and compare the two files byte for byte (`cmp`): speed work on the
matcher and the rules was held to identical output this way.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys

from benchmarks.classify_speed import SHARED, extract
from monitor.classify import classify
from monitor.classify.model import Article


def texts() -> list[tuple[str, str, str]]:
    """(name, title, text) of every text: the first non-empty line of a .txt file is its title."""
    found = []
    for path in sorted((SHARED / "corpus" / "dev").glob("*.txt")) + sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        found.append((path.name, next((line.strip() for line in text.splitlines() if line.strip()), ""), text))
    for path in sorted((SHARED / "datasets" / "article-extraction-benchmark" / "html").glob("*.html.gz")):
        found.append((path.name, *extract(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))))
    return found


def main(out: str) -> int:
    if not (SHARED / "corpus" / "dev").is_dir():
        print(f"skipped: {SHARED / 'corpus' / 'dev'} not found", file=sys.stderr)
        return 0
    with open(out, "w", encoding="utf-8") as handle:
        for name, title, text in texts():
            detection = classify(Article(title=title, text=text))
            handle.write(json.dumps([name, repr(detection)], ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(prog="python -m benchmarks.detections_snapshot", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default="detections.jsonl", help="the JSON lines file to write")
    sys.exit(main(parser.parse_args().out))
