"""What one `check-source` crawl saw, written as JSON lines for the command to print.

The spider writes here only when given `-a report=PATH`: every discovery page with the article
links it gave, and every article as extracted (with where its date came from). Normal crawls
write nothing.
"""

from __future__ import annotations

import json
from typing import Iterable, Optional

from crawlers.discovery import Entry


class CheckReport:
    """A JSON-lines file of discovery pages and extracted articles; a no-op without a path."""

    def __init__(self, path: Optional[str] = None):
        self._file = open(path, "a", encoding="utf-8") if path else None

    def discovery(self, page_url: str, start_url: str, entries: Iterable[Entry], known: set[str]) -> None:
        if self._file is None:
            return
        links = [{"url": e.url, "title": e.title, "published": e.published, "known": e.url in known,
                  "has_text": bool(e.text)} for e in entries]
        self._write({"event": "discovery", "start": start_url, "page": page_url, "links": links})

    def article(self, item, date_from: Optional[str], fetched: bool) -> None:
        if self._file is None:
            return
        self._write({"event": "article", "url": item.url, "title": item.title, "published": item.published_at,
                     "date_from": date_from, "lang": item.lang, "author": item.author, "text": item.text,
                     "origin_outlet": item.origin_outlet, "origin_source": item.origin_source,
                     "fetched": fetched})

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None

    def _write(self, record: dict) -> None:
        self._file.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._file.flush()
