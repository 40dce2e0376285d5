"""Scrapy's downloader, with a site's download delay counted from when a request starts downloading.

README promises `download_delay` as the time between two requests to a site. Scrapy spaces the
moments a slot releases its requests (`_process_queue` sets the slot's `lastseen` as it takes one
off the queue), but the request starts downloading only when the reactor gets to its coroutine. In a
round one reactor serves 25 sources, and a long turn (a batch of responses, the after-round step's
import thread holding the interpreter) delays the request just released while the next one goes out
on time. Seen on three loopback sites at a delay of 0.6 s, with three rounds at once (load 5-10;
BENCHMARKS.md section 10, wip-s8r): every release 0.6 s apart, the downloads starting as little as
0.42 s apart (up to 0.21 s between a release and its download's start). The delay now runs from the
later of the two moments: a request that starts late pushes the next one back, one on time changes
nothing, and no request waits longer than before for one that started on time.

Not covered: the time from the download's start to the request's write (a new connection through a
busy reactor: up to 0.37 s at load 6-10), which still brings some requests closer at the site on a
loaded machine. Counting the delay from when the response's headers come back covers it (every gap
at least the delay, measured), but adds each response's time to the first byte to a site's chain.
"""

from __future__ import annotations

from time import monotonic

from scrapy import Request
from scrapy.core.downloader import Downloader, Slot
from scrapy.http import Response


class PoliteDownloader(Downloader):
    async def _download(self, slot: Slot, request: Request) -> Response:
        # Before the download: _process_queue, called when it ends, measures the next wait from here.
        slot.lastseen = max(slot.lastseen, monotonic())
        return await super()._download(slot, request)
