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

from monitor.config import is_private_host

logger = logging.getLogger(__name__)


class PublicAddressResolver(CachingThreadedResolver):
    """Scrapy's default resolver, refusing loopback, private and link-local results.

    `allow_private` is set by the spider of the process (one crawl per process) from its
    source's `allow_private`.
    """

    allow_private = False
    # Twisted turns every resolver failure into "no results for hostname lookup"; the real
    # reason is kept here, by name, for the failure a user reads.
    refused: dict[str, str] = {}

    def getHostByName(self, name, timeout=()):
        resolved = super().getHostByName(name, timeout)
        resolved.addCallback(self._refuse_private, name)
        return resolved

    def _refuse_private(self, address: str, name: str) -> str:
        if not type(self).allow_private and is_private_host(address):
            reason = f"{name} resolves to {address}, a private or loopback address (allow_private is off)"
            if name not in self.refused:
                logger.warning("refused: %s", reason)
            self.refused[name] = reason
            raise DNSLookupError(reason)
        return address


def refusal_for(url: str) -> str | None:
    """Why the resolver refused the host of `url`, if it did."""
    return PublicAddressResolver.refused.get((urlsplit(url).hostname or "").lower())
