"""Finished work handed from the workers to the one writer through a Redis list, reliably.

A worker RPUSHes a JSON message to ITEMS: an article (its fields and the classifier's verdict), a
URL's failure, or a crawl's counts when its spider closes. The writer takes messages onto PROCESSING
(blocking on BLMOVE for the first, then the ones waiting behind it in one atomic script), commits
them to SQLite together, then removes them from PROCESSING (LREM, one round trip for the batch). A
writer that dies between the move and the removal leaves the messages in PROCESSING, and the next
writer moves them back before taking anything (`recover`): a message is never lost, and one written
twice is harmless because an article is stored idempotently by its canonical URL (the second write
finds it unchanged).
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Optional

import redis

from crawlers.cluster import keys
from monitor.analysis.store import ArticleRecord
from monitor.classify import Detection
from monitor.classify.model import Event

ARTICLE, FAILURE, COUNTS = "article", "failure", "counts"
RECORD_FIELDS = tuple(field.name for field in fields(ArticleRecord))
# KEYS: ITEMS, PROCESSING. ARGV: the most to move. Moves the messages waiting, oldest first, up to the
# most; atomic, so that no other writer interleaves and no reply is split.
TAKE_WAITING = """
local moved = {}
for _ = 1, tonumber(ARGV[1]) do
  local message = redis.call('LMOVE', KEYS[1], KEYS[2], 'LEFT', 'RIGHT')
  if not message then break end
  moved[#moved + 1] = message
end
return moved
"""


def hand_over(client: redis.Redis, message: dict) -> None:
    client.rpush(keys.ITEMS, json.dumps(message, ensure_ascii=False))


def article_message(article: ArticleRecord, detection: Optional[Detection], *, round_id: Optional[str],
                    run_id: Optional[int]) -> dict:
    return {"kind": ARTICLE, "round": round_id, "run_id": run_id,
            "article": {name: getattr(article, name) for name in RECORD_FIELDS},
            "detection": detection.to_dict() if detection is not None else None}


def article_of(message: dict) -> tuple[ArticleRecord, Optional[Detection]]:
    """The article and verdict a worker handed over, as store_article takes them."""
    article = ArticleRecord(**{name: message["article"].get(name) for name in RECORD_FIELDS})
    data = message.get("detection")
    if data is None:
        return article, None
    events = tuple(Event(**{**event, "parties": tuple(event["parties"])}) for event in data["events"])
    return article, Detection(lang=data["lang"], flagged=data["flagged"], events=events,
                              supported=data.get("supported", True))


class Inbox:
    """The writer's end: take a message, commit it, then `done` it."""

    def __init__(self, client: redis.Redis):
        self.client = client
        self._take_waiting = client.register_script(TAKE_WAITING)

    def recover(self) -> int:
        """Put back what a previous writer took and never committed; how many messages."""
        moved = 0
        while self.client.lmove(keys.PROCESSING, keys.ITEMS, "RIGHT", "LEFT") is not None:
            moved += 1
        return moved

    def take(self, timeout: float) -> Optional[tuple[bytes, dict]]:
        """The next message (raw and decoded), waiting up to `timeout` seconds; None if none came."""
        raw = self.client.blmove(keys.ITEMS, keys.PROCESSING, timeout, "LEFT", "RIGHT")
        if raw is None:
            return None
        return raw, json.loads(raw)

    def take_waiting(self, most: int) -> list[tuple[bytes, dict]]:
        """Up to `most` of the messages waiting now (raw and decoded), without waiting for more."""
        if most <= 0:
            return []
        return [(raw, json.loads(raw)) for raw in self._take_waiting(keys=[keys.ITEMS, keys.PROCESSING],
                                                                      args=[most])]

    def done(self, raw: bytes) -> None:
        self.client.lrem(keys.PROCESSING, 1, raw)

    def done_all(self, raws: list[bytes]) -> None:
        """`done` for each of `raws`, in one round trip."""
        with self.client.pipeline(transaction=False) as acks:
            for raw in raws:
                acks.lrem(keys.PROCESSING, 1, raw)
            acks.execute()

    def waiting(self) -> int:
        return self.client.llen(keys.ITEMS) + self.client.llen(keys.PROCESSING)
