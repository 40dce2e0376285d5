"""Canonical article URLs, so the same page reached by two links is stored once."""

from __future__ import annotations

import re
from typing import Optional
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from w3lib.url import safe_url_string

from monitor.config.links import is_web_url

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|yclid|msclkid|mc_cid|mc_eid|_ga|_gl|igshid|"
    r"ref_src|ncid|cmpid|from_rss|rss)$",
    re.IGNORECASE)
DEFAULT_PORTS = {"http": 80, "https": 443}


def canonicalize_url(url: str) -> str:
    """Lower-case scheme and host, no default port, no fragment, no tracking parameters, sorted query.

    The path keeps its case and its colons (some sites put ':' in article paths). A URL that
    cannot be parsed (a broken IPv6 literal, a port that is not a number) comes back as it is,
    without its fragment: it never raises, and the domain filter never lets such a URL through.
    """
    url = url.strip()
    try:
        url = safe_url_string(url)
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url.split("#", 1)[0]
    scheme = parts.scheme.lower()
    host = _bracketed((parts.hostname or "").lower())
    netloc = host if port is None or DEFAULT_PORTS.get(scheme) == port else f"{host}:{port}"
    if parts.username:
        netloc = f"{parts.username}@{netloc}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
                   if not TRACKING_PARAMS.match(k))
    return urlunsplit((scheme, netloc, parts.path or "/", urlencode(query), ""))


def absolute_url(base: str, link: str) -> Optional[str]:
    """`link` resolved against `base`; None when it cannot be parsed (a broken IPv6 literal, say),
    so one bad link on a page never stops the reading of the others."""
    try:
        return urljoin(base, link)
    except ValueError:
        return None


def url_host(url: str) -> str:
    """Host with its port when the URL names one, lower-case: the unit the domain filter compares
    ('' for a URL that cannot be parsed)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return ""
    host = _bracketed((parts.hostname or "").lower())
    return f"{host}:{port}" if port else host


def _bracketed(host: str) -> str:
    """An IPv6 literal in the brackets a URL writes it in (`urlsplit`'s hostname drops them), so
    that the host and its port stay apart and the URL reads back as the same address."""
    return f"[{host}]" if ":" in host else host


def _host_and_port(host_port: str) -> tuple[str, str]:
    """'host:port' (or '[v6]:port') apart; the port is '' when none is written."""
    if host_port.startswith("["):
        end = host_port.find("]") + 1
        return host_port[:end], host_port[end + 1:]
    host, _, port = host_port.partition(":")
    return host, port


def host_allowed(url: str, allowed_hosts: frozenset[str]) -> bool:
    """True when the URL is http(s) and its host is one of the allowed hosts or a subdomain of one
    ('www.' ignored). Every discovered link and every request passes this filter, so a link
    such as `javascript://<the site's host>/%0aalert(1)` never gets in, however its host reads."""
    if not is_web_url(url):
        return False
    host_port = url_host(url)
    if not host_port:
        return False
    host, _ = _host_and_port(host_port)
    for allowed in allowed_hosts:
        if _host_and_port(allowed)[1]:
            if host_port == allowed:
                return True
            continue
        base = allowed[4:] if allowed.startswith("www.") else allowed
        if host == base or host.endswith("." + base):
            return True
    return False
