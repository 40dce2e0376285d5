"""Every source fixture served on loopback, the default config pointed at it, one crawl of them all.

Each real host gets its own server on 127.0.0.1 (port chosen by the OS). The bundled
pactwatch.toml is rewritten by replacing each real host with its server's address, nothing
else but what a test needs (allow_private, no delays, no autothrottle); fixture pages are
rewritten the same way, so their absolute links point at the servers too. All sources are then
crawled by the real spider in one Scrapy process, which keeps the suite fast.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import tomllib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawlers.canonical import canonicalize_url
from monitor.config import bundled_config_path
from monitor.demo.server import LocalSite, Page, SeenRequest
from tests.sources.fixture import SourceFixture
from tests.sources.toml_text import toml_document

REPO = Path(__file__).resolve().parents[2]
CRAWL_TIMEOUT_SECONDS = 240


class FixtureHost(LocalSite):
    """One real host's pages; with guards, a request whose header does not match gets a 403 challenge."""

    def __init__(self, guards: dict[str, str]):
        super().__init__()
        self.guards = guards

    def _respond(self, handler) -> None:
        for name, pattern in self.guards.items():
            if not re.search(pattern, handler.headers.get(name, "")):
                self.requests.append(SeenRequest(handler.path, dict(handler.headers.items())))
                body = b"<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>"
                handler.send_response(403)
                handler.send_header("Content-Type", "text/html")
                handler.send_header("Content-Length", str(len(body)))
                handler.end_headers()
                handler.wfile.write(body)
                return
        super()._respond(handler)


@dataclass
class FixtureWorld:
    """The running servers, by real host, and the rewriting of real URLs to them."""

    hosts: dict[str, FixtureHost]

    def rewrite(self, text: str) -> str:
        for host in sorted(self.hosts, key=len, reverse=True):
            base = self.hosts[host].base_url
            text = text.replace(f"https://{host}", base).replace(f"http://{host}", base)
            text = text.replace(f'"{host}"', f'"{urlsplit(base).netloc}"')
        return text

    def local(self, url: str) -> str:
        return canonicalize_url(self.rewrite(url))

    def requested(self, url: str) -> bool:
        """Whether the crawl asked for this real URL (in its canonical form)."""
        parts = urlsplit(self.local(url))
        host = next(h for h, server in self.hosts.items() if server.base_url.endswith(parts.netloc))
        target = parts.path + (f"?{parts.query}" if parts.query else "")
        return any(seen.path == target for seen in self.hosts[host].requests)

    def requests_of(self, fixture: SourceFixture) -> list[SeenRequest]:
        return [seen for host in fixture.pages for seen in self.hosts[host].requests if seen.path != "/robots.txt"]

    def stop(self) -> None:
        """Stop every server at once (each shutdown waits up to half a second for its loop)."""
        stopping = [threading.Thread(target=server.stop) for server in self.hosts.values()]
        for thread in stopping:
            thread.start()
        for thread in stopping:
            thread.join()


def serve(fixtures: list[SourceFixture]) -> FixtureWorld:
    """Start a server for every real host of the fixtures and load their pages, rewritten."""
    guards: dict[str, dict[str, str]] = {}
    for fixture in fixtures:
        for host in fixture.pages:
            guards.setdefault(host, {}).update(fixture.guards.get(host, {}))
    world = FixtureWorld({host: FixtureHost(guards[host]).start() for host in guards})
    for fixture in fixtures:
        for host, pages in fixture.pages.items():
            server = world.hosts[host]
            for path, page in pages.items():
                body = _rewrite_bytes(world, page.body)
                for served_at in {path, _canonical_path(server.base_url + path)}:
                    server.pages[served_at] = Page(body, page.content_type, page.status, page.headers)
    return world


def write_config(world: FixtureWorld, folder: Path) -> Path:
    """The bundled config with real hosts replaced by the fixture servers, written into `folder`."""
    data = tomllib.loads(world.rewrite(bundled_config_path().read_text(encoding="utf-8")))
    data["storage"] = {"path": "fixtures.db"}
    data["crawler"].update(autothrottle=False, retry_times=0, download_timeout=20)
    for source in data["sources"]:
        source.update(allow_private=True, download_delay=0)
    path = folder / "pactwatch.toml"
    path.write_text(toml_document(data), encoding="utf-8")
    return path


def crawl_all(config: Path, db: Path, names: list[str]) -> subprocess.CompletedProcess:
    """Crawl the named sources with the real spiders, all in one Scrapy process."""
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawlers.settings", PACTWATCH_CONFIG=str(config),
               PACTWATCH_DB=str(db))
    return subprocess.run([sys.executable, "-m", "tests.sources.crawl_many", *names], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=CRAWL_TIMEOUT_SECONDS)


def _canonical_path(url: str) -> str:
    parts = urlsplit(canonicalize_url(url))
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _rewrite_bytes(world: FixtureWorld, body: bytes) -> bytes:
    for host in sorted(world.hosts, key=len, reverse=True):
        base = world.hosts[host].base_url.encode()
        body = body.replace(f"https://{host}".encode(), base).replace(f"http://{host}".encode(), base)
    return body
