"""A fault-injection site: a real HTTP server on 127.0.0.1 whose pages misbehave on purpose.

FaultSite serves ordinary pages like LocalSite (and records every request the same way), and
paths given a Fault answer with it instead: bursts of errors (429 with Retry-After too), hangs,
connection resets, truncated bodies, redirects, a gzip bomb, endless bodies. It counts the
bytes it sends per path, so a test can tell a refused download from a completed one.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from typing import Optional

from monitor.demo.server import LocalSite, Page, SeenRequest

MIB = 1024 * 1024


class Fault:
    """How one path answers; `attempt` counts this path's requests from 1."""

    def respond(self, site: "FaultSite", handler: BaseHTTPRequestHandler, attempt: int) -> None:
        raise NotImplementedError


@dataclass
class Burst(Fault):
    """`times` answers of `status` (500, 502, 503, 429...) with `headers`, then the page.

    `answered_at` keeps the time of every answer, so a test can see how long a client waited.
    """

    status: int
    times: int
    page: Page
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self):
        self.answered_at: list[float] = []

    def respond(self, site, handler, attempt):
        self.answered_at.append(time.monotonic())
        if attempt <= self.times:
            site.send(handler, Page(b"<h1>not now</h1>", status=self.status, headers=self.headers))
        else:
            site.send(handler, self.page)


@dataclass
class Hang(Fault):
    """Say nothing for `seconds` (past the crawler's download timeout), then answer the page."""

    seconds: float
    page: Page

    def respond(self, site, handler, attempt):
        if not site.stopping.wait(self.seconds):
            site.send(handler, self.page)


class Reset(Fault):
    """Read the request, then reset the connection (TCP RST) without a byte of answer."""

    def respond(self, site, handler, attempt):
        handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        handler.connection.close()
        handler.close_connection = True


@dataclass
class Truncated(Fault):
    """Promise `body` in Content-Length, send only its first `sent` bytes, and hang up."""

    body: bytes
    sent: int

    def respond(self, site, handler, attempt):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(len(self.body)))
        handler.end_headers()
        site.write(handler, self.body[: self.sent])
        handler.close_connection = True


@dataclass
class Redirect(Fault):
    """A redirect to `location` ({{BASE}} is this site's address)."""

    location: str
    status: int = 302

    def respond(self, site, handler, attempt):
        location = self.location.replace("{{BASE}}", site.base_url)
        site.send(handler, Page(b"", status=self.status, headers={"Location": location}))


def gzip_bomb(expanded: int) -> bytes:
    """A gzip stream of `expanded` zero bytes, about 1/1000 of that size.

    Built of 1 MiB gzip members (a valid multi-member stream), so it costs nothing to make.
    """
    return gzip.compress(b"\0" * MIB, compresslevel=9) * (expanded // MIB)


@dataclass
class GzipBomb(Fault):
    """A small body sent with `Content-Encoding: gzip` that expands to `expanded` bytes."""

    expanded: int

    def respond(self, site, handler, attempt):
        site.send(handler, Page(gzip_bomb(self.expanded), headers={"Content-Encoding": "gzip"}))


@dataclass
class Endless(Fault):
    """A body of `size` bytes of HTML filler, streamed; with `declare_length` off, no Content-Length."""

    size: int
    declare_length: bool = True

    def respond(self, site, handler, attempt):
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if self.declare_length:
            handler.send_header("Content-Length", str(self.size))
        handler.end_headers()
        chunk = b"<p>" + b"filler " * (64 * 1024 // 7) + b"</p>\n"
        remaining = self.size
        while remaining > 0 and not site.stopping.is_set():
            if not site.write(handler, chunk[:remaining]):
                return
            remaining -= len(chunk)
        handler.close_connection = True


class FaultSite(LocalSite):
    """LocalSite plus faults by path; `bytes_sent[path]` counts the body bytes that left the server."""

    def __init__(self, pages: Optional[dict[str, Page]] = None):
        super().__init__(pages)
        self.faults: dict[str, Fault] = {}
        self.bytes_sent: Counter[str] = Counter()
        self.stopping = threading.Event()
        self._attempts: Counter[str] = Counter()

    def fault(self, path: str, fault: Fault) -> None:
        self.faults[path] = fault

    def requests_of(self, path: str) -> int:
        return self._attempts[path]

    def stop(self) -> None:
        self.stopping.set()
        super().stop()

    def _respond(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self._attempts[handler.path] += 1
            attempt = self._attempts[handler.path]
        fault = self.faults.get(handler.path)
        if fault is None:
            super()._respond(handler)
            return
        self.requests.append(SeenRequest(handler.path, dict(handler.headers.items())))
        fault.respond(self, handler, attempt)

    def write(self, handler: BaseHTTPRequestHandler, data: bytes) -> bool:
        """Write body bytes, counting them; False once the client has gone away."""
        if not super().write(handler, data):
            handler.close_connection = True
            return False
        with self._lock:
            self.bytes_sent[handler.path] += len(data)
        return True
