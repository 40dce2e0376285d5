"""The web UI's main pages, timed as `pactwatch serve` answers them.

Each page is requested from the same Datasette application `pactwatch serve` runs (pactwatch's
metadata, plugin and settings), through Datasette's in-process client: the time is Datasette's
SQL plus rendering, without a socket. Pages that return an error (a query over Datasette's time
limit answers 400 or 500) are reported as such, not timed.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from monitor.web.app import make_datasette
from monitor.web.metadata import FEED_PATH

REPEATS = 5


def pages(name: str) -> dict[str, str]:
    """What a user opens: the tables with their facets, a search, each canned query, the feed, and
    the pages for people (an event, a pair, the events listing and its search box)."""
    return {
        "events table (facets: kind, parties, plan year)": f"/{name}/events",
        "events of one kind": f"/{name}/events?kind=plan_signed",
        "articles table (facets: source, language)": f"/{name}/articles",
        "articles of one source": f"/{name}/articles?source=outlet_07",
        "article search": f"/{name}/articles?_search=ratified",
        "one event": f"/{name}/events/12345",
        "canned: new agreements (30 days)": f"/{name}/new_agreements",
        "canned: events with their sources": f"/{name}/events_with_sources",
        "canned: events with their sources, one state": f"/{name}/events_with_sources?kind=&country=AZ",
        "canned: events by pair of states": f"/{name}/events_by_pair",
        "canned: sources and last crawl": f"/{name}/sources_and_last_crawl",
        "canned: low-confidence articles": f"/{name}/low_confidence?below=",
        "Atom feed of events": FEED_PATH,
        "event page": "/-/event/12345",
        "pair page (AZ-KZ)": "/-/pair/AZ-KZ",
        "events listing (bilateral first, newest by day)": "/-/events",
        "events listing, searched by state and kind": "/-/events?q=Azerbaijan+plan",
        "events listing, searched by a word": "/-/events?q=ratified",
    }


async def _time_pages(db_path: Path) -> dict[str, object]:
    datasette = make_datasette(db_path)
    await datasette.invoke_startup()
    results: dict[str, object] = {}
    for label, path in pages(Path(db_path).stem).items():
        best = None
        for _ in range(REPEATS):
            started = time.perf_counter()
            response = await datasette.client.get(path)
            elapsed = (time.perf_counter() - started) * 1000
            if response.status_code != 200:
                best = f"HTTP {response.status_code}"
                break
            best = elapsed if best is None else min(best, elapsed)
        results[label] = round(best, 1) if isinstance(best, float) else best
    return results


def time_pages(db_path: Path) -> dict[str, object]:
    """Milliseconds per page (best of REPEATS), or the HTTP status of a page that failed."""
    return asyncio.run(_time_pages(db_path))
