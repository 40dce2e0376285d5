"""Scrapy's downloader, with a site's download delay counted from when its last request reached it.

README promises `download_delay` as the time between two requests to a site. Scrapy spaces the
moments a slot releases its requests (`_process_queue` sets the slot's `lastseen` as it takes one
off the queue), but a request reaches the site later, by however long the reactor takes to start
its download, open the connection and write it, and that lag varies: in a round one reactor serves
25 sources, and a long turn (a batch of responses, the after-round step's import thread holding the
interpreter) delays the request just released while the next one goes out on time. Seen on three
loopback sites at a delay of 0.6 s, with three rounds at once (load 5-10; BENCHMARKS.md section 10,
wip-s8r): every release 0.6 s apart, the downloads starting as little as 0.42 s apart, and the
requests arriving at the sites 0.28-0.44 s apart, up to 0.28 s of it between the download's start
and the request's write (a new connection through a busy reactor).

So the delay now runs from the latest of: the release (Scrapy's), the download's start, and the
moment the response's headers came back, which is after the site had the request. With one request
at a time to a site, the next one reaches it at least the delay after the last one did, whatever
the lag. The cost is the time to the first byte of each response added to a site's chain (a few
ms on loopback, a round trip on the web).
"""

from __future__ import annotations

from time import monotonic

from scrapy import Request, signals
from scrapy.core.downloader import Downloader, Slot
from scrapy.http import Response


class PoliteDownloader(Downloader):
    def __init__(self, crawler):
        super().__init__(crawler)
        crawler.signals.connect(self._answered, signal=signals.headers_received)

    async def _download(self, slot: Slot, request: Request) -> Response:
        _pushed_back(slot)
        return await super()._download(slot, request)

    def _answered(self, headers, body_length, request: Request, spider) -> None:
        slot = self.slots.get(request.meta.get(self.DOWNLOAD_SLOT) or self.get_slot_key(request))
        if slot is not None:
            _pushed_back(slot)


def _pushed_back(slot: Slot) -> None:
    """The slot's next request waits the delay from now (_process_queue measures from lastseen)."""
    slot.lastseen = max(slot.lastseen, monotonic())
