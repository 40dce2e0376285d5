"""Name resolution that refuses private addresses: the domain filter sees names, not where they lead.

A public name pointed at 127.0.0.1 or 10.0.0.5 (by mistake, or DNS rebinding), or the
machine's own host name, would otherwise let a crawl of a real source reach services on the
crawler's own network. The address a name resolves to is checked here, before any connection.
"""

from __future__ import annotations

import logging
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

    # Twisted turns every resolver failure into "no results for hostname lookup"; the real
    # reason is kept here, by name, for the failure a user reads.
    refused: dict[str, str] = {}

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
            if name not in self.refused:
                logger.warning("refused: %s", reason)
            self.refused[name] = reason
            raise DNSLookupError(reason)
        return address

    def _may_be_private(self, name: str) -> bool:
        name = name.lower().strip("[]").rstrip(".")
        return any(name == host or name.endswith("." + host) for host in self.private_hosts)


def hosts_allowed_private(config_path) -> frozenset[str]:
    """The hosts (ports dropped: a resolver sees names) of every source with allow_private."""
    try:
        sources = load_config(config_path).sources
    except ConfigError:
        return frozenset()  # the spider loader reports it and the crawl exits 2
    return frozenset(urlsplit(f"//{host}").hostname for source in sources if source.allow_private
                     for host in source.allowed_hosts)


def refusal_for(url: str) -> str | None:
    """Why the resolver refused the host of `url`, if it did."""
    return PublicAddressResolver.refused.get((urlsplit(url).hostname or "").lower())
