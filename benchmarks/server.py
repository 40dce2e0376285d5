"""Serving the benchmark site on 127.0.0.1 from memory, with aiohttp, in a process of its own.

A process of its own so that serving never shares a GIL with the measuring code, and aiohttp
(already a Scrapy dependency) because a threaded http.server spends more per request than the
crawler it is meant to outrun. Every request path is logged; the parent reads and resets the
log and grows the site through `/_bench/...` control paths, which no crawler is ever sent to.

`python -m benchmarks.server COUNT` serves a site of COUNT articles and prints its port.
`python -m benchmarks.server COUNT HOST...` serves one such site on each loopback address given
(127.0.0.2, 127.0.0.3, ...: distinct hosts to a crawler, each its own download slot), each
starting at another of the real pages, and prints their base URLs as a JSON list.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Optional

from aiohttp import web

from benchmarks.dataset import load_pages
from benchmarks.site import BenchSite

REPO = Path(__file__).resolve().parents[1]
CONTROL = "/_bench/"


def application(site: BenchSite) -> web.Application:
    """The site's pages at their paths, and the control paths."""
    log: list[str] = []

    async def page(request: web.Request) -> web.Response:
        log.append(request.raw_path)
        found = site.response(request.path)
        return web.Response(status=found.status, body=found.body, headers={"Content-Type": found.content_type})

    async def control(request: web.Request) -> web.Response:
        action = request.match_info["action"]
        if action == "requests":
            return web.json_response({"paths": log})
        if action == "reset":
            log.clear()
            return web.json_response({})
        if action == "grow":
            site.grow(int(request.query["n"]))
            return web.json_response({"count": site.count})
        return web.json_response({"error": f"unknown action {action}"}, status=404)

    app = web.Application()
    app.router.add_get(CONTROL + "{action}", control)
    app.router.add_get("/{tail:.*}", page)
    return app


async def serve(count: int) -> None:
    """Bind an OS-chosen loopback port, print it, and serve until killed."""
    site = BenchSite([page.html for page in load_pages()], count)
    runner = web.AppRunner(application(site), access_log=None)
    await runner.setup()
    tcp = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
    await tcp.start()
    port = tcp._server.sockets[0].getsockname()[1]
    site.base_url = f"http://127.0.0.1:{port}"
    print(port, flush=True)
    await asyncio.Event().wait()


async def serve_hosts(count: int, hosts: list[str]) -> None:
    """One site per loopback address, each on an OS-chosen port; print their base URLs, serve until killed."""
    pages = [page.html for page in load_pages()]
    bases = []
    for number, host in enumerate(hosts):
        shift = number * count % len(pages)
        site = BenchSite(pages[shift:] + pages[:shift], count)
        runner = web.AppRunner(application(site), access_log=None)
        await runner.setup()
        tcp = web.TCPSite(runner, host, 0, backlog=1024)
        await tcp.start()
        site.base_url = f"http://{host}:{tcp._server.sockets[0].getsockname()[1]}"
        bases.append(site.base_url)
    print(json.dumps(bases), flush=True)
    await asyncio.Event().wait()


class _ServerProcess:
    """`python -m benchmarks.server ARGS...` as a child process, until the context is left."""

    _process: Optional[subprocess.Popen] = None

    def _start(self, *args: str, answer) -> str:
        """Start the server and return the line it prints once serving (`answer(line)` says if it is one)."""
        self._process = subprocess.Popen([sys.executable, "-m", "benchmarks.server", *args],
                                         cwd=REPO, stdout=subprocess.PIPE, text=True)
        line = self._process.stdout.readline()
        if not answer(line):
            self.__exit__()
            raise RuntimeError("the benchmark site did not start (see the error above)")
        return line

    def __exit__(self, *exc) -> None:
        if self._process is not None:
            self._process.terminate()
            self._process.wait(10)
            self._process = None


class ServedSites(_ServerProcess):
    """BenchSites of `count` articles on each of `hosts`, served by one child process while open."""

    def __init__(self, count: int, hosts: list[str]):
        self.count, self.hosts = count, hosts
        self.base_urls: list[str] = []

    def __enter__(self) -> "ServedSites":
        self.base_urls = json.loads(self._start(str(self.count), *self.hosts, answer=lambda line: line.startswith("[")))
        return self

    def requested(self, base_url: str) -> list[str]:
        """Paths requested from the site at `base_url` since the last reset, in order."""
        return _control(base_url, "requests")["paths"]

    def reset(self) -> None:
        for base_url in self.base_urls:
            _control(base_url, "reset")


def _control(base_url: str, action: str) -> dict:
    with urllib.request.urlopen(base_url + CONTROL + action, timeout=30) as response:
        return json.loads(response.read())


class ServedSite(_ServerProcess):
    """A BenchSite of `count` articles served by a child process while the context is open."""

    def __init__(self, count: int):
        self.count = count
        self.port: Optional[int] = None

    def __enter__(self) -> "ServedSite":
        self.port = int(self._start(str(self.count), answer=lambda line: line.strip().isdigit()))
        return self

    @property
    def pid(self) -> int:
        return self._process.pid

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def requested(self) -> list[str]:
        """Paths requested since the last reset, in order."""
        return self._control("requests")["paths"]

    def reset(self) -> None:
        self._control("reset")

    def grow(self, new_articles: int) -> None:
        self.count = self._control(f"grow?n={new_articles}")["count"]

    def _control(self, action: str) -> dict:
        return _control(self.base_url, action)


if __name__ == "__main__":
    if len(sys.argv) > 2:
        asyncio.run(serve_hosts(int(sys.argv[1]), sys.argv[2:]))
    else:
        asyncio.run(serve(int(sys.argv[1])))
