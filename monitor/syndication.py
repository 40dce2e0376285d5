"""Linking a republished article to its original, once both are stored.

A copy records the outlet it names (crawlers/syndication.py). When that outlet is a configured
source, the copy is linked (relation "republishes") to the most similar article of that
source, compared by the MinHash signatures monitor/dedup.py already keeps. A copy stored
before its original is linked by a later run, within the same window as duplicate linking.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import sqlite_utils
from datasketch import MinHashLSH

from monitor.dedup import NEAR_THRESHOLD, NUM_PERM, WINDOW_DAYS, from_bytes
from storage import links, origins


def link_republications(db: sqlite_utils.Database, window_days: int = WINDOW_DAYS) -> int:
    """Link every copy that has an original among its origin source's recent articles; return the links made."""
    since = (datetime.now(timezone.utc) - timedelta(days=window_days)).replace(microsecond=0).isoformat()
    indexes: dict[str, tuple[MinHashLSH, dict]] = {}
    made = 0
    with db.conn:
        for article_id, origin_source, data in list(origins.unlinked_republications(db, since)):
            if origin_source not in indexes:
                indexes[origin_source] = _index(db, origin_source, since)
            index, signatures = indexes[origin_source]
            copy = from_bytes(data)
            scored = [(copy.jaccard(signatures[other]), other) for other in index.query(copy)]
            scored = [pair for pair in scored if pair[0] >= NEAR_THRESHOLD]
            if scored:
                score, original = max(scored, key=lambda pair: (pair[0], -pair[1]))
                links.link(db, article_id, original, origins.REPUBLISHES, score)
                made += 1
    return made


def _index(db: sqlite_utils.Database, source: str, since: str) -> tuple[MinHashLSH, dict]:
    index = MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM)
    signatures = {}
    for article_id, data in origins.source_signatures(db, source, since):
        signatures[article_id] = from_bytes(data)
        index.insert(article_id, signatures[article_id])
    return index, signatures
