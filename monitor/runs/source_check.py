"""Checking one source: what its discovery finds and how its first articles extract.

The check is a real crawl of the source (the same spider, a `scrapy crawl` subprocess) into a
throw-away database, bounded to the first N articles, with the spider writing what it saw to
a report file. The user's database is never touched. Without `live`, every host the source
may fetch must be a loopback address (a local mirror or a test fixture); `live` is the only
way a check reaches the internet.
"""

from __future__ import annotations

import ipaddress
import json
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from monitor.config import Config, Source
from monitor.runs.crawling import run_crawl
from storage import open_db
from storage.runs import OK, failures

PAGES_PER_START_URL = 3
CHECK_TIMEOUT_SECONDS = 600


class LiveRequired(Exception):
    """The source fetches from the internet and the check was not asked to go live."""


@dataclass
class CheckResult:
    """One check: the crawl's run row, the discovery pages read, the articles extracted, the failures."""

    source: str
    live: bool
    run: Optional[dict]
    discovery: list[dict] = field(default_factory=list)
    articles: list[dict] = field(default_factory=list)
    failures: list[dict] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """Discovery was read, at least one article extracted, and nothing failed."""
        return bool(self.run and self.run["status"] == OK and self.discovery and self.articles and not self.failures)

    def as_dict(self) -> dict:
        return {"source": self.source, "live": self.live, "ok": self.ok,
                "status": self.run["status"] if self.run else None, "discovery": self.discovery,
                "articles": self.articles, "failures": self.failures}


def check_source(config: Config, name: str, *, limit: int = 3, live: bool = False) -> CheckResult:
    """Crawl `name` into a temporary database, extracting at most `limit` articles; see the module doc."""
    source = config.source(name)
    remote = sorted(host for host in source.allowed_hosts if not is_loopback(host))
    if remote and not live:
        raise LiveRequired(f"source '{name}' fetches from {', '.join(remote)}; add --live to check it "
                           f"against the real site (the only mode that leaves this machine)")
    with tempfile.TemporaryDirectory(prefix="pactwatch-check-") as workdir:
        report = Path(workdir) / "report.jsonl"
        scratch = config.with_storage_path(Path(workdir) / "check.db")
        outcome = run_crawl(scratch, name, log_level="WARNING", timeout=CHECK_TIMEOUT_SECONDS,
                            max_pages=len(source.start_urls) * PAGES_PER_START_URL + limit,
                            spider_args={"max_articles": str(limit), "report": str(report)})
        result = CheckResult(source=name, live=live, run=outcome.run)
        _read_report(result, report, source)
        if outcome.run:
            db = open_db(scratch.storage_path)
            result.failures = failures(db, outcome.run["id"])
            db.conn.close()
    return result


def is_loopback(host: str) -> bool:
    """True for 'localhost', 127.0.0.0/8 and ::1, with or without a port."""
    name = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    name = name.strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def _read_report(result: CheckResult, report: Path, source: Source) -> None:
    """Discovery pages as read; articles in the order discovery listed them (fetches finish in any order)."""
    if not report.exists():
        return
    kinds = _start_kinds(source)
    for line in report.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        event = record.pop("event")
        if event == "discovery":
            record["kind"] = kinds.get(record["start"], "sitemap")
            result.discovery.append(record)
        elif event == "article":
            result.articles.append(record)
    order = {link["url"]: index for index, link in
             enumerate(link for page in result.discovery for link in page["links"])}
    result.articles.sort(key=lambda article: order.get(article["url"], len(order)))


def _start_kinds(source: Source) -> dict[str, str]:
    from crawlers.canonical import canonicalize_url

    kinds = {}
    for kind, urls in (("feed", source.feeds), ("sitemap", source.sitemaps),
                       ("listing", [listing.url for listing in source.listings]),
                       ("api", [api.url for api in source.apis]), ("telegram", source.telegram)):
        for url in urls:
            kinds[url] = kinds[canonicalize_url(url)] = kind
    return kinds
