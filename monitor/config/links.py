"""Which URLs pactwatch accepts from a site, and which stored URLs it turns into links.

One allow-list of schemes for each side. A crawl takes only http(s) URLs from feeds, sitemaps,
listings, APIs and channels (crawlers.canonical.host_allowed, the filter every discovered link
and every request passes). The pages and messages pactwatch writes (the web UI, the Atom
feed, the report, the e-mails) link only http(s) URLs, and file:// URLs, which `ingest` stores
for local files; anything else in a database (a javascript: or data: URL stored by an older
version, or written by hand) is shown as text, never as a link a reader could click.
"""

from __future__ import annotations

from typing import Optional
from urllib.parse import urlsplit

WEB_SCHEMES = ("http", "https")
LINK_SCHEMES = WEB_SCHEMES + ("file",)


def scheme(url: str) -> str:
    """The URL's scheme in lower case, read as a browser reads it (leading control characters and
    spaces, tabs and newlines inside it ignored); '' for a URL that cannot be parsed."""
    try:
        return urlsplit(url).scheme.lower()
    except ValueError:
        return ""


def is_web_url(url: str) -> bool:
    """True for an http or https URL: the only kind a crawl fetches or stores."""
    return scheme(url) in WEB_SCHEMES


def link_target(url: Optional[str]) -> Optional[str]:
    """`url` when it may be a link's href (http, https or file), else None."""
    return url if url and scheme(url) in LINK_SCHEMES else None


# Where the web UI shows one event and one pair of states (monitor.web.plugin serves them; the feed,
# the report, the alerts and the tables link there).
EVENT_PATH = "/-/event/{id}"
PAIR_PATH = "/-/pair/{first}-{second}"


def event_path(event_id: int) -> str:
    return EVENT_PATH.format(id=int(event_id))


def pair_path(parties) -> str:
    """The pair page of two states, whichever order they are given in ('/-/pair/AZ-KZ')."""
    first, second = sorted(code.upper() for code in parties)
    return PAIR_PATH.format(first=first, second=second)


def absolute(base_url: Optional[str], path: str) -> Optional[str]:
    """`path` under the UI's public address (`[web] base_url`); None when no address is set."""
    return base_url.rstrip("/") + path if base_url else None
