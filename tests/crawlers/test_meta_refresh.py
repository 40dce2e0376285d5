"""Meta-refresh redirects read from the start of the page: the same redirects as Scrapy's middleware,
without decoding the whole page."""

import pytest
from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import NotConfigured
from scrapy.http import HtmlResponse
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from crawlers.meta_refresh import HEAD_CHARS, SCRAPY_MIDDLEWARE, HeadMetaRefreshMiddleware, text_head

URL = "http://127.0.0.1/news/2024/05/visit.html"
# A paragraph of mixed scripts: one, two and three bytes a character in UTF-8, so that a prefix of the
# body is cut inside a character at some offset.
PARAGRAPH = ("<p>Les ministres de la défense ont signé un accord. Министры подписали соглашение. "
             "两国国防部长签署协议。</p>\n")


def response(text: str, encoding: str, content_type: str | None = None, prefix: bytes = b"") -> HtmlResponse:
    header = content_type if content_type is not None else f"text/html; charset={encoding}"
    return HtmlResponse(URL, body=prefix + text.encode(encoding), headers={"Content-Type": header})


def page(head: str = "", paragraphs: int = 400) -> str:
    return f"<html><head><title>Visit</title>{head}</head><body>{PARAGRAPH * paragraphs}</body></html>"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16", "utf-16-le", "gb18030", "windows-1251", "iso-8859-1"])
@pytest.mark.parametrize("shift", range(0, 12))
def test_the_head_of_a_page_reads_as_the_start_of_its_whole_text(encoding, shift):
    text = "x" * shift + page()
    text = text.encode(encoding, "replace").decode(encoding)  # what each encoding can hold of it
    resp = response(text, encoding)

    assert text_head(resp) == resp.text[:HEAD_CHARS]


@pytest.mark.parametrize("body, content_type", [
    (b"\xef\xbb\xbf" + page().encode("utf-8"), "text/html; charset=windows-1251"),  # a BOM wins over the header
    (page('<meta charset="koi8-r">').encode("koi8-r", "replace"), "text/html"),  # declared in the page only
    (page().encode("utf-8"), "text/html"),  # nothing declared: Scrapy infers it
    (page().encode("utf-8")[:5000] + b"\xff\xfe\x80" + page().encode("utf-8"), "text/html; charset=utf-8"),
    (page(paragraphs=3).encode("utf-8"), "text/html; charset=utf-8"),  # shorter than the head
])
def test_the_head_reads_as_scrapys_text_whatever_declares_the_encoding(body, content_type):
    resp = HtmlResponse(URL, body=body, headers={"Content-Type": content_type})
    expected = HtmlResponse(URL, body=body, headers={"Content-Type": content_type}).text[:HEAD_CHARS]

    assert text_head(resp) == expected


def middlewares(**settings):
    crawler = get_crawler(settings_dict=settings)
    return HeadMetaRefreshMiddleware.from_crawler(crawler), MetaRefreshMiddleware.from_crawler(crawler)


REFRESH_PAGES = {
    "relative target": page('<meta http-equiv="refresh" content="0; url=/news/2024/05/moved.html">'),
    "base href": page('<base href="http://127.0.0.1/other/"><meta http-equiv="refresh" content="1;URL=moved.html">'),
    "long delay": page('<meta http-equiv="refresh" content="600; url=/later.html">'),
    "inside noscript": page('<noscript><meta http-equiv="refresh" content="0; url=/nojs.html"></noscript>'),
    "no refresh": page(),
    "after the head": page() + '<meta http-equiv="refresh" content="0; url=/too-late.html">',
    "other scheme": page('<meta http-equiv="refresh" content="0; url=ftp://127.0.0.1/file">'),
}


@pytest.mark.parametrize("name", sorted(REFRESH_PAGES))
@pytest.mark.parametrize("encoding", ["utf-8", "windows-1251"])
def test_a_page_is_redirected_exactly_as_scrapys_middleware_redirects_it(name, encoding):
    ours, scrapys = middlewares()
    text = REFRESH_PAGES[name].encode(encoding, "replace").decode(encoding)

    got = ours.process_response(Request(URL), response(text, encoding))
    expected = scrapys.process_response(Request(URL), response(text, encoding))

    assert type(got) is type(expected)
    if isinstance(expected, Request):
        assert (got.url, got.method, got.meta.get("redirect_urls"), got.meta.get("redirect_reasons")) == (
            expected.url, expected.method, expected.meta.get("redirect_urls"), expected.meta.get("redirect_reasons"))
    else:
        assert got.url == expected.url


def test_a_request_that_must_not_be_redirected_is_left_alone():
    ours, _ = middlewares()
    resp = response(REFRESH_PAGES["relative target"], "utf-8")

    assert ours.process_response(Request(URL, meta={"dont_redirect": True}), resp) is resp
    assert ours.process_response(Request(URL, method="HEAD"), resp) is resp


def test_the_crawl_uses_it_in_place_of_scrapys_and_it_follows_the_same_setting():
    import crawlers.settings

    settings = Settings()
    settings.setmodule(crawlers.settings, priority="project")
    chain = settings.get_component_priority_dict_with_base("DOWNLOADER_MIDDLEWARES")
    assert SCRAPY_MIDDLEWARE not in chain
    assert chain["crawlers.meta_refresh.HeadMetaRefreshMiddleware"] == 580
    with pytest.raises(NotConfigured):
        middlewares(METAREFRESH_ENABLED=False)
