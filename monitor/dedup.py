"""Copies of one article: exact (same content hash) and near (MinHash LSH over word shingles).

An aggregator republishing a wire story with its own boilerplate gives a near-duplicate; the
link records which article came first. Only recently fetched articles are compared, which
keeps the index small however large the database grows.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import numpy as np
import sqlite_utils
from datasketch import MinHash, MinHashLSH

from storage import links

NUM_PERM = 64
SCHEME = "affine32"
SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.5
WINDOW_DAYS = 30
BATCH = 200
_WORD = re.compile(r"\w+")
# Every MinHash of one scheme and size uses the same permutations; sharing them saves making
# them again (random draws) for every article, and their memory.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, scheme=SCHEME).permutations


def signature(title: str, text: str) -> MinHash:
    """The MinHash of an article's five-word shingles (lower-cased, punctuation ignored)."""
    words = _WORD.findall(f"{title} {text}".lower())
    shingles = {" ".join(words[i:i + SHINGLE_WORDS]) for i in range(max(1, len(words) - SHINGLE_WORDS + 1))}
    minhash = MinHash(num_perm=NUM_PERM, scheme=SCHEME, permutations=_PERMUTATIONS)
    minhash.update_batch(s.encode("utf-8") for s in shingles)
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype="<u4"), scheme=SCHEME,
                   permutations=_PERMUTATIONS)


def link_duplicates(db: sqlite_utils.Database, window_days: int = WINDOW_DAYS) -> int:
    """Sign every article not yet signed and link it to earlier copies; return the links made.

    Unsigned articles are read BATCH at a time, and earlier signatures are kept as bare hash
    values: a first crawl of 10,000 articles held every text and a full MinHash per article in
    memory at once (+120 MB, benchmarks/crawl_speed.py).
    """
    since = (datetime.now(timezone.utc) - timedelta(days=window_days)).replace(microsecond=0).isoformat()
    index = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
    known: dict[int, np.ndarray] = {}
    for article_id, data in links.recent_signatures(db, since):
        minhash = from_bytes(data)
        known[article_id] = minhash.hashvalues
        index.insert(article_id, minhash)
    made, after = 0, 0
    while batch := links.unsigned_articles(db, after=after, limit=BATCH):
        with db.conn:
            for article_id, title, text, content_hash in batch:
                minhash = signature(title, text)
                made += _link_one(db, index, known, article_id, minhash, content_hash)
                links.save_signature(db, article_id, to_bytes(minhash))
                known[article_id] = minhash.hashvalues
                index.insert(article_id, minhash)
        after = batch[-1][0]
    return made


def _link_one(db, index: MinHashLSH, known: dict[int, np.ndarray], article_id: int, minhash: MinHash,
              content_hash: str) -> int:
    original = links.same_hash(db, content_hash, article_id)
    if original is not None and original < article_id:
        links.link(db, article_id, original, links.EXACT, 1.0)
        return 1
    candidates = [other for other in index.query(minhash) if other < article_id]
    scored = [(_jaccard(minhash.hashvalues, known[other]), other) for other in candidates]
    scored = [(score, other) for score, other in scored if score >= NEAR_THRESHOLD]
    if not scored:
        return 0
    score, other = max(scored, key=lambda pair: (pair[0], -pair[1]))
    links.link(db, article_id, other, links.NEAR, score)
    return 1


def _jaccard(hashvalues: np.ndarray, other: np.ndarray) -> float:
    """The Jaccard similarity two MinHashes estimate: the share of equal hash values."""
    return float(np.count_nonzero(hashvalues == other)) / NUM_PERM
