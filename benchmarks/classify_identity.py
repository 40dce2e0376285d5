"""Same output, faster: every detection of the shared texts compared with another tree's, in full.

`python -m benchmarks.classify_identity --against /tmp/base` classifies dev, train and val (each
file as `pactwatch eval` reads it), the seeds, and the article each of the 181 pages of
../shared/datasets/article-extraction-benchmark yields (extracted by trafilatura, as a crawl does),
here and in a child process that imports `monitor` from the other tree (`PYTHONPATH`, e.g. a
`git archive` of main), and compares the full JSON of every result (every field of the detection
and its events, the signals and the partial date included). Only digests cross between the two
processes and nothing is stored. It prints, per set, how many texts differ; the names of those that
differ for dev, train, the seeds and the pages, never for val (val is an identity check only: its
results are neither printed nor read). Exit status 1 when any text differs.

Speed work on the classifier (BENCHMARKS.md section 8, wip-s15p) was held to this.
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPORA = ("dev", "train", "val")
# Sets whose differing texts are named; val's never are.
NAMED = ("dev", "train", "seeds", "pages")


def texts() -> list[tuple[str, str, object]]:
    """(set, name, Article) of every text."""
    from monitor.analysis.evaluate import article_of, load_corpus
    from monitor.classify.model import Article

    found = []
    for name in CORPORA:
        folder = SHARED / "corpus" / name
        if folder.is_dir():
            found += [(name, record["id"], article_of(record)) for record in load_corpus(folder)]
    for path in sorted((SHARED / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace")
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        found.append(("seeds", path.name, Article(title=title, text=text)))
    pages = sorted((SHARED / "datasets" / "article-extraction-benchmark" / "html").glob("*.html.gz"))
    if pages:
        from benchmarks.classify_speed import extract

        for path in pages:
            title, text = extract(gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace"))
            found.append(("pages", path.name, Article(title=title, text=text)))
    return found


def digests() -> dict[tuple[str, str], str]:
    """{(set, name): sha256 of the detection's full JSON}, classified by the `monitor` this process imports."""
    from monitor.classify import classify

    result = {}
    for set_name, name, article in texts():
        detection = dataclasses.asdict(classify(article))
        full = json.dumps(detection, ensure_ascii=False, sort_keys=True, default=str)
        result[(set_name, name)] = hashlib.sha256(full.encode("utf-8")).hexdigest()
    return result


def digests_of(tree: Path) -> dict[tuple[str, str], str]:
    """The digests made by `tree`'s `monitor` (its `benchmarks` too, for the extraction), in a child process."""
    environment = {**os.environ, "PYTHONPATH": str(tree)}
    # The child runs this file by path: the other tree need not have it.
    done = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--digests"], cwd=tree,
                          env=environment, capture_output=True, text=True, check=True)
    print(next((line for line in done.stderr.splitlines() if line.startswith("monitor from")), ""))
    lines = done.stdout.splitlines()
    return {(set_name, name): digest for set_name, name, digest in (line.split("\t") for line in lines)}


def compare(against: Path) -> int:
    theirs = digests_of(against)
    ours = digests()
    status = 0
    for set_name in (*CORPORA, "seeds", "pages"):
        keys = sorted({key for key in ours.keys() | theirs.keys() if key[0] == set_name})
        differ = [name for (_, name) in keys if ours.get((set_name, name)) != theirs.get((set_name, name))]
        print(f"{set_name}: {len(keys)} texts, {len(differ)} differ"
              + (f": {', '.join(differ)}" if differ and set_name in NAMED else ""))
        status |= bool(differ)
    return status


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.classify_identity", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", type=Path, help="the other tree (a git archive of main, say)")
    parser.add_argument("--digests", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if not (SHARED / "corpus" / "dev").is_dir():
        print(f"skipped: {SHARED / 'corpus' / 'dev'} not found", file=sys.stderr)
        return 0
    if arguments.digests:
        import monitor

        print(f"monitor from {Path(monitor.__file__).parent}", file=sys.stderr)
        for (set_name, name), digest in digests().items():
            print(f"{set_name}\t{name}\t{digest}")
        return 0
    if arguments.against is None:
        parser.error("--against is required")
    return compare(arguments.against.resolve())


if __name__ == "__main__":
    if __package__ in (None, ""):
        # Run by path in the other tree's child: its own root first, then this one's for the rest.
        sys.path[0] = os.getcwd()
    sys.exit(main())
