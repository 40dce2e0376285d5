"""How fast the benchmark site serves on its own: requests per second to a client that reads
every body, 32 requests at a time (twice the crawlers' concurrency).

The client is aiohttp in this process and the server is another process, so on two cores the
figure is a lower bound (the client may be the slower of the two): enough to show the server is
not what limits a crawler that is several times slower.
"""

from __future__ import annotations

import asyncio
import time

import aiohttp

CLIENT_CONCURRENCY = 32
MIN_REQUESTS = 2_000


async def _fetch_all(base_url: str, paths: list[str]) -> tuple[int, int]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for path in paths:
        queue.put_nowait(path)
    done = [0, 0]
    connector = aiohttp.TCPConnector(limit=CLIENT_CONCURRENCY)
    async with aiohttp.ClientSession(base_url, connector=connector) as session:
        async def worker() -> None:
            while not queue.empty():
                path = queue.get_nowait()
                async with session.get(path) as response:
                    body = await response.read()
                    if response.status != 200:
                        raise RuntimeError(f"{path}: HTTP {response.status}")
                done[0] += 1
                done[1] += len(body)

        await asyncio.gather(*(worker() for _ in range(CLIENT_CONCURRENCY)))
    return done[0], done[1]


def serve_rate(base_url: str, paths: list[str]) -> dict:
    """Fetch `paths` (cycled to at least MIN_REQUESTS); requests/s and MB/s as the client saw them."""
    requested = [paths[i % len(paths)] for i in range(max(len(paths), MIN_REQUESTS))]
    started = time.perf_counter()
    count, size = asyncio.run(_fetch_all(base_url, requested))
    seconds = time.perf_counter() - started
    return {"requests": count, "seconds": round(seconds, 2), "requests_per_second": round(count / seconds),
            "mb_per_second": round(size / seconds / 1024 / 1024, 1)}
