"""A small HTTP server on 127.0.0.1 that serves pages held in memory.

It serves the bundled demo site, and tests use it as the real site a spider crawls: every
request is recorded so a test can assert what was (and was not) fetched.
"""

from __future__ import annotations

import mimetypes
import socket
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Optional
from urllib.parse import urlsplit

BASE_PLACEHOLDER = "{{BASE}}"
TEXT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml; charset=utf-8",
              ".txt": "text/plain; charset=utf-8"}


@dataclass
class Page:
    """A response the server gives for one path."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass(frozen=True)
class SeenRequest:
    path: str
    headers: dict[str, str]
    at: float = 0.0  # time.monotonic() when the request arrived (politeness tests read the gaps)


def loopback_answers(hosts: list[str]) -> Optional[str]:
    """None when every one of these loopback addresses can be served and reached here (Linux answers
    on all of 127.0.0.0/8; some systems only on 127.0.0.1), else why not."""
    for host in hosts:
        try:
            with socket.socket() as server:
                server.bind((host, 0))
                server.listen()
                socket.create_connection(server.getsockname(), timeout=2).close()
        except OSError as exc:
            return f"{host}: {exc}"
    return None


class LocalSite:
    """Serve `pages` (path, with query if any, -> Page) on an OS-chosen port of a loopback address
    (`host`: any of 127.0.0.0/8, so that sites on one machine are distinct hosts to a crawler)."""

    def __init__(self, pages: Optional[dict[str, Page]] = None, host: str = "127.0.0.1"):
        self.pages: dict[str, Page] = dict(pages or {})
        self.host = host
        self.requests: list[SeenRequest] = []
        self.peak_concurrency = 0
        self._active = 0
        self._lock = threading.Lock()
        self._server: Optional[ThreadingHTTPServer] = None
        self._thread: Optional[threading.Thread] = None

    @classmethod
    def from_directory(cls, root: Path) -> "LocalSite":
        """Every file under `root`; a folder's index.html is also served at the folder's path."""
        site = cls()
        for path in sorted(root.rglob("*")):
            if path.is_file():
                relative = "/" + path.relative_to(root).as_posix()
                site.add(relative, path.read_bytes(), TEXT_TYPES.get(path.suffix) or
                         mimetypes.guess_type(path.name)[0] or "application/octet-stream")
                if path.name == "index.html":
                    site.add(relative[: -len("index.html")], path.read_bytes())
        return site

    def add(self, path: str, body: bytes | str, content_type: str = "text/html; charset=utf-8",
            status: int = 200, headers: Optional[dict[str, str]] = None, delay: float = 0.0) -> None:
        """Serve `body` at `path`; `delay` seconds pass before the answer (a slow site)."""
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = Page(data, content_type, status, dict(headers or {}), delay)

    @property
    def base_url(self) -> str:
        if self._server is None:
            raise RuntimeError("the site is not started")
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def paths_requested(self) -> list[str]:
        return [seen.path for seen in self.requests]

    def start(self) -> "LocalSite":
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                site._answer(self)

            def log_message(self, format, *args):
                return

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="local-site", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> "LocalSite":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    def _answer(self, handler: BaseHTTPRequestHandler) -> None:
        with self._lock:
            self._active += 1
            self.peak_concurrency = max(self.peak_concurrency, self._active)
        handler.counted_as_active = True
        try:
            self._respond(handler)
        finally:
            self._answered(handler)

    def _answered(self, handler: BaseHTTPRequestHandler) -> None:
        """The request no longer counts as in flight: from its body's first byte on, the client
        may already be starting its next request, which must not count as overlapping this one."""
        if getattr(handler, "counted_as_active", False):
            handler.counted_as_active = False
            with self._lock:
                self._active -= 1

    def _respond(self, handler: BaseHTTPRequestHandler) -> None:
        self.requests.append(SeenRequest(handler.path, dict(handler.headers.items()), time.monotonic()))
        page = self.pages.get(handler.path) or self.pages.get(urlsplit(handler.path).path)
        if page is None:
            page = Page(b"<html><body><h1>Not found</h1></body></html>", status=404)
        if page.delay:
            time.sleep(page.delay)
        self.send(handler, page)

    def send(self, handler: BaseHTTPRequestHandler, page: Page) -> None:
        """Answer `page`: its status, headers, Content-Length and body ({{BASE}} filled in)."""
        body = page.body.replace(BASE_PLACEHOLDER.encode(), self.base_url.encode())
        handler.send_response(page.status)
        handler.send_header("Content-Type", page.content_type)
        handler.send_header("Content-Length", str(len(body)))
        for name, value in page.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        self._answered(handler)
        self.write(handler, body)

    def write(self, handler: BaseHTTPRequestHandler, data: bytes) -> bool:
        """Write body bytes; False when the client has gone away."""
        try:
            handler.wfile.write(data)
        except OSError:
            return False
        return True
