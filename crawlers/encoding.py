"""An article page's text when its declared charset is wrong.

Scrapy decodes with the BOM, then the Content-Type header, then <meta charset>, and detects
(charset_normalizer) only when nothing is declared. Servers often send a default
`charset=utf-8` for pages written in windows-1251 or KOI8-R: decoding those as declared turns
every letter into U+FFFD. When the declared charset cannot read the bytes, the page's own
<meta> declaration is tried, then detection, as a browser's fallback would.
"""

from __future__ import annotations

import codecs
import logging
from typing import Optional

from charset_normalizer import from_bytes
from scrapy.http import TextResponse
from w3lib.encoding import html_body_declared_encoding, html_to_unicode, read_bom, resolve_encoding

logger = logging.getLogger(__name__)

# A few broken bytes in a real UTF-8 page are the page's fault, not a wrong charset.
MAX_REPLACEMENT_SHARE = 0.01


def page_text(response: TextResponse) -> str:
    """The response's text, decoded with a charset that can actually read its bytes."""
    return _readable(response.text, response.body, response.encoding, response.url)


def decoded_page(body: bytes, encoding: str, url: str) -> str:
    """page_text(response) made from `response.body` and `response.encoding` alone, as Scrapy's
    `response.text` decodes once the encoding is known: what an extraction worker is handed, so that
    the page crosses to it as the bytes it came in, not as a decoded copy (crawlers/page_article.py)."""
    return decoded_page_and_utf8(body, encoding, url)[0]


def decoded_page_and_utf8(body: bytes, encoding: str, url: str) -> tuple[str, Optional[bytes]]:
    """decoded_page(body, encoding, url), and `body` when it is exactly that text in UTF-8 (else None): a
    UTF-8 page without a byte order mark, decoded as declared without a replacement character (a byte
    UTF-8 cannot read gives one). Extraction parses these bytes instead of encoding the text again
    (crawlers/extraction.py: parse_page)."""
    text = html_to_unicode(f"charset={encoding}", body)[1]
    readable = _readable(text, body, encoding, url)
    same = (readable is text and "\ufffd" not in text and resolve_encoding(encoding) == "utf-8"
            and read_bom(body)[0] is None)
    return readable, body if same else None


def _readable(text: str, body: bytes, encoding: str, url: str) -> str:
    # `in` stops at the first U+FFFD (most pages have none) where count reads the whole page: 33 against
    # 64 us a page of the benchmark's.
    if "\ufffd" not in text or text.count("\ufffd") <= MAX_REPLACEMENT_SHARE * len(text):
        return text
    fallback = _strict(body, html_body_declared_encoding(body)) or _detected(body)
    if fallback is None:
        return text
    decoded_as, decoded = fallback
    logger.info("%s: the declared %s cannot read the page; decoded as %s", url, encoding, decoded_as)
    return decoded


def _strict(body: bytes, encoding: Optional[str]) -> Optional[tuple[str, str]]:
    if not encoding:
        return None
    name = resolve_encoding(encoding)
    if not name:
        return None
    try:
        return name, codecs.decode(body, name)
    except (UnicodeDecodeError, LookupError):
        return None


def _detected(body: bytes) -> Optional[tuple[str, str]]:
    match = from_bytes(body).best()
    return (match.encoding, str(match)) if match is not None else None
