"""Finding article URLs: feeds, sitemaps and listings, each a pure parser of one page."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from lxml import etree
from parsel import Selector


@dataclass(frozen=True)
class Entry:
    """An article link found by discovery, with what the discovery page says of it."""

    url: str
    published: Optional[str] = None
    title: Optional[str] = None


def xml_document(body: str, error: type[ValueError]) -> Selector:
    """Parse a feed or sitemap safely; raise `error` if it is not XML or breaks the parser's limits.

    Entities are never expanded and nothing outside the document is loaded (no DTD, no
    network, no file), and libxml2's hardening limits stay on (no huge_tree): entity
    amplification (billion laughs), nesting deeper than 256, text nodes over 10 MB. A document
    that hits a limit is refused as a whole; namespaces are dropped.
    """
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False, encoding="utf-8")
    try:
        root = etree.fromstring(body.encode("utf-8", errors="replace"), parser)
    except etree.XMLSyntaxError as exc:
        raise error(f"not XML: {exc}") from None
    limits = [e.message for e in parser.error_log if e.type_name == "ERR_RESOURCE_LIMIT"]
    if limits:
        raise error(f"refused at an XML parser limit: {limits[0]}")
    if root is None:
        raise error("not XML: empty document")
    selector = Selector(root=root, type="xml")
    selector.remove_namespaces()
    return selector
