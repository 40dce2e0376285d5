"""Linking a republished article to its original, once both are stored.

A copy records the outlet it names (crawlers/syndication.py). When that outlet is a configured
source, the copy is linked (relation "republishes") to the most similar article of that
source, compared by the MinHash signatures monitor/analysis/dedup.py already keeps. A copy stored
before its original is linked by a later run, within the same window as duplicate linking.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import numpy as np
import sqlite_utils

from monitor.analysis.dedup import NEAR_THRESHOLD, WINDOW_DAYS, from_bytes, jaccard
from storage import links, origins


def link_republications(db: sqlite_utils.Database, window_days: int = WINDOW_DAYS) -> int:
    """Link every copy that has an original among its origin source's recent articles; return the links made."""
    since = (datetime.now(timezone.utc) - timedelta(days=window_days)).replace(microsecond=0).isoformat()
    signatures: dict[str, list[tuple[int, np.ndarray]]] = {}
    made = 0
    with db.conn:
        for article_id, origin_source, data in list(origins.unlinked_republications(db, since)):
            if origin_source not in signatures:
                signatures[origin_source] = [(other, from_bytes(stored)) for other, stored
                                             in origins.source_signatures(db, origin_source, since)]
            copy = from_bytes(data)
            scored = [(jaccard(copy, values), other) for other, values in signatures[origin_source]]
            scored = [pair for pair in scored if pair[0] >= NEAR_THRESHOLD]
            if scored:
                score, original = max(scored, key=lambda pair: (pair[0], -pair[1]))
                links.link(db, article_id, original, origins.REPUBLISHES, score)
                made += 1
    return made
