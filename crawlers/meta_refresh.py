"""Scrapy's meta-refresh redirects, read from the start of the page without decoding all of it.

Scrapy's MetaRefreshMiddleware looks for `<meta http-equiv="refresh">` (and `<base href>`) in the
first 4,096 characters of `response.text`, and `response.text` decodes the whole body: on every
article page, in the crawl's one process, where nothing else reads the decoded page any more (it
crosses to the extraction worker as bytes and is decoded there once: crawlers/page_article.py).
This middleware reads the same 4,096 characters from a decoded prefix of the body and redirects
exactly as Scrapy's does: in a crawl of the benchmark site, 0.066 against 0.130 ms of the crawl
process's CPU a page, and no decoded copy of the page kept with its response while it waits for a
worker (BENCHMARKS.md section 1, wip-s9p).
"""

from __future__ import annotations

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import Request, Response
from scrapy.http.response.html import HtmlResponse
from scrapy.utils.httpobj import urlparse_cached
from w3lib import html
from w3lib.encoding import html_to_unicode

SCRAPY_MIDDLEWARE = "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware"
HEAD_CHARS = 4096  # what Scrapy's get_meta_refresh and get_base_url read of response.text
# No codec w3lib decodes with spends more than 4 bytes on a character, and a body cut inside one
# gives at most a few replacement characters at the end: the prefix's first HEAD_CHARS characters
# are the page's own when at least MARGIN characters follow them.
MARGIN = 16
HEAD_BYTES = 4 * (HEAD_CHARS + MARGIN)


def text_head(response: HtmlResponse, chars: int = HEAD_CHARS) -> str:
    """`response.text[:chars]`, decoding only the start of the body when that is enough."""
    body = response.body
    if len(body) <= 4 * (chars + MARGIN):
        return response.text[:chars]
    head = html_to_unicode(f"charset={response.encoding}", body[:4 * (chars + MARGIN)])[1]
    if len(head) >= chars + MARGIN:
        return head[:chars]
    return response.text[:chars]


class HeadMetaRefreshMiddleware(MetaRefreshMiddleware):
    """MetaRefreshMiddleware (same settings, same redirects) reading the page's head with text_head."""

    def process_response(self, request: Request, response: Response) -> Request | Response:
        if (request.meta.get("dont_redirect", False) or request.method == "HEAD"
                or not isinstance(response, HtmlResponse)
                or urlparse_cached(request).scheme not in {"http", "https"}):
            return response
        text = text_head(response)
        base_url = html.get_base_url(text, response.url, response.encoding)
        interval, url = html.get_meta_refresh(text, base_url, response.encoding, ignore_tags=self._ignore_tags)
        if not url:
            return response
        redirected = self._redirect_request_using_get(request, response, url)
        if urlparse_cached(redirected).scheme not in {"http", "https"}:
            return response
        if interval < self._maxdelay:
            return self._redirect(redirected, request, "meta refresh")
        return response
