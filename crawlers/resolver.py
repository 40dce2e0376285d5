"""Name resolution that refuses private addresses: the domain filter sees names, not where they lead.

A public name pointed at 127.0.0.1 or 10.0.0.5 (by mistake, or DNS rebinding), or the
machine's own host name, would otherwise let a crawl of a real source reach services on the
crawler's own network. The address a name resolves to is checked here, before any connection.

Why a name was refused is each crawl's own record (Refusals), kept from its spider's opening to
its closing by SourceGuardMiddleware: the reason reaches that crawl's failures and log, and dies
with the crawl instead of staying with the process for the next crawls of a round.
"""

from __future__ import annotations

import logging
from typing import Iterable, Optional
from urllib.parse import urlsplit

from scrapy.resolver import CachingThreadedResolver
from twisted.internet.error import DNSLookupError

from monitor.config import ConfigError, is_private_host, load_config

logger = logging.getLogger(__name__)


class PublicAddressResolver(CachingThreadedResolver):
    """Scrapy's default resolver, refusing loopback, private and link-local results, except for
    the hosts of the sources that set `allow_private`.

    Scrapy builds one resolver per process, from the process's settings, before any spider's
    custom_settings apply; so the hosts that may resolve to a private address are read from the
    configuration the spider loader reads, once, here, and never depend on which spider runs.
    """

    private_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_crawler(cls, crawler, reactor):
        resolver = super().from_crawler(crawler, reactor)
        resolver.private_hosts = hosts_allowed_private(crawler.settings.get("PACTWATCH_CONFIG") or None)
        return resolver

    def getHostByName(self, name, timeout=()):
        resolved = super().getHostByName(name, timeout)
        resolved.addCallback(self._refuse_private, name)
        return resolved

    def _refuse_private(self, address: str, name: str) -> str:
        if is_private_host(address) and not self._may_be_private(name):
            reason = f"{name} resolves to {address}, a private or loopback address (allow_private is off)"
            Refusals.record(name, reason)
            raise DNSLookupError(reason)
        return address

    def _may_be_private(self, name: str) -> bool:
        return name_under(name, self.private_hosts)


class Refusals:
    """The names the resolver refused for one crawl, and why: `open` when its spider opens, `close`
    when it closes (SourceGuardMiddleware does both).

    Twisted turns every resolver failure into "no results for hostname lookup"; the real reason is
    kept here, by name, for the failure a user reads. Scrapy builds one resolver per process, shared
    by the crawls of a round, and a lookup does not say which crawl asked; a crawl looks up only its
    own source's hosts (SourceGuardMiddleware refuses any other request before a lookup), so a
    refusal goes to each open crawl whose hosts hold the name.
    """

    _open: set["Refusals"] = set()  # the records of this process's running crawls

    def __init__(self, hosts: Iterable[str]):
        self.hosts = frozenset(urlsplit(f"//{host}").hostname or host for host in hosts)  # ports dropped
        self.reasons: dict[str, str] = {}

    def open(self) -> "Refusals":
        Refusals._open.add(self)
        return self

    def close(self) -> None:
        Refusals._open.discard(self)

    @classmethod
    def record(cls, name: str, reason: str) -> None:
        """Give a refusal to the open crawls whose hosts hold `name`, logged when one of them meets it
        for the first time."""
        crawls = [refusals for refusals in tuple(cls._open) if name_under(name, refusals.hosts)]
        if not crawls or any(name.lower() not in refusals.reasons for refusals in crawls):
            logger.warning("refused: %s", reason)
        for refusals in crawls:
            refusals.reasons[name.lower()] = reason

    def reason_for(self, url: str) -> Optional[str]:
        """Why the resolver refused the host of `url` in this crawl, if it did."""
        return self.reasons.get((urlsplit(url).hostname or "").lower())


def name_under(name: str, hosts: frozenset[str]) -> bool:
    """Whether a host name is one of `hosts` or under one of them."""
    name = name.lower().strip("[]").rstrip(".")
    return any(name == host or name.endswith("." + host) for host in hosts)


def hosts_allowed_private(config_path) -> frozenset[str]:
    """The hosts (ports dropped: a resolver sees names) of every source with allow_private."""
    try:
        sources = load_config(config_path).sources
    except ConfigError:
        return frozenset()  # the spider loader reports it and the crawl exits 2
    return frozenset(urlsplit(f"//{host}").hostname for source in sources if source.allow_private
                     for host in source.allowed_hosts)


def refusal_for(url: str) -> Optional[str]:
    """Why the resolver refused the host of `url` for one of this process's running crawls, if it did
    (for a line of the log, which does not say which crawl it is about)."""
    return next((reason for refusals in tuple(Refusals._open) if (reason := refusals.reason_for(url))), None)
