"""Whether a host is this machine or its private network, however the address is spelt.

The config check refuses such hosts unless a source sets allow_private; the crawl's resolver and
request filter ask the same question of every address and host they meet.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Optional

# Host names made only of numbers (decimal, octal with a leading 0, or hex after 0x) joined by at
# most three dots: IPv4 in one of the forms inet_aton, and so a resolver, reads.
NUMERIC_HOST = re.compile(r"^(0x[0-9a-f]+|[0-9]+)(\.(0x[0-9a-f]+|[0-9]+)){0,3}$")


def is_private_host(host: str) -> bool:
    """True for loopback, private, link-local and unspecified addresses and 'localhost', however
    spelt: a trailing dot ('localhost.') and the short, hexadecimal, octal and single-number IPv4
    forms a resolver accepts ('127.1', '0x7f000001', '0177.0.0.1', '2130706433') included."""
    host = host.strip("[]").lower().rstrip(".")
    if host == "localhost" or host.endswith(".localhost"):
        return True
    address = ip_address_of(host)
    if address is None:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_unspecified


def ip_address_of(host: str) -> Optional[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """The address a host spells, in any form inet_aton reads, or None for a name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    if not NUMERIC_HOST.match(host):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None
