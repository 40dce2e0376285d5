"""Canonical article URLs, so the same page reached by two links is stored once."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from w3lib.url import safe_url_string

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ref_src|ncid|cmpid|from_rss|rss)$",
    re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters, sorted query.

    The path keeps its case and its colons (some sites put ':' in article paths).
    """
    url = safe_url_string(url.strip())
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not TRACKING_PARAMS.match(k))
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def url_host(url: str) -> str:
    """Host with its port when the URL names one, lower-case: the unit the domain filter compares."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def host_allowed(url: str, allowed_hosts: frozenset[str]) -> bool:
    """True when the URL's host is one of the allowed hosts or a subdomain of one ('www.' ignored)."""
    host_port = url_host(url)
    host = host_port.split(":")[0] if not host_port.startswith("[") else host_port
    for allowed in allowed_hosts:
        if ":" in allowed and not allowed.startswith("["):
            if host_port == allowed:
                return True
            continue
        base = allowed[4:] if allowed.startswith("www.") else allowed
        if host == base or host.endswith("." + base):
            return True
    return False
