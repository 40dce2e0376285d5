"""Article pages whose declared charset is wrong are still read right; right ones are left alone."""

from scrapy.http import HtmlResponse

from crawlers.encoding import decoded_page, page_text

RUSSIAN = ("<html><head><title>Учения</title></head><body><p>Министры обороны двух стран обсудили "
           "совместные учения инженерных подразделений и подготовку офицеров.</p></body></html>")


def response(body: bytes, content_type: str) -> HtmlResponse:
    return HtmlResponse("http://127.0.0.1/news/1.html", body=body, headers={"Content-Type": content_type})


def test_a_windows_1251_page_served_as_utf8_is_decoded_as_windows_1251():
    assert page_text(response(RUSSIAN.encode("cp1251"), "text/html; charset=utf-8")) == RUSSIAN


def test_the_pages_own_meta_charset_wins_over_a_header_that_cannot_read_it():
    page = RUSSIAN.replace("<head>", '<head><meta charset="koi8-r">')
    assert page_text(response(page.encode("koi8-r"), "text/html; charset=utf-8")) == page


def test_a_utf8_page_with_one_broken_byte_stays_utf8():
    body = RUSSIAN.encode("utf-8").replace("Учения".encode(), "Учения".encode() + b"\xff")
    text = page_text(response(body, "text/html; charset=utf-8"))

    assert "Министры обороны" in text
    assert text.count("\ufffd") == 1


def test_a_byte_order_mark_wins_over_a_wrong_header():
    body = b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8")
    assert page_text(response(body, "text/html; charset=windows-1251")) == RUSSIAN


def test_a_page_decoded_from_its_body_and_encoding_reads_as_the_response_does():
    meta_koi8 = RUSSIAN.replace("<head>", '<head><meta charset="koi8-r">')
    cases = [
        (RUSSIAN.encode("utf-8"), "text/html; charset=utf-8"),  # declared and right
        (RUSSIAN.encode("cp1251"), "text/html; charset=utf-8"),  # declared and wrong: the fallback
        (meta_koi8.encode("koi8-r"), "text/html"),  # declared by the page alone
        (meta_koi8.encode("koi8-r"), "text/html; charset=utf-8"),  # the page's declaration wins
        (RUSSIAN.encode("cp1251"), "text/html"),  # declared nowhere: inferred
        (RUSSIAN.encode("utf-8"), "text/html"),
        (b"\xef\xbb\xbf" + RUSSIAN.encode("utf-8"), "text/html; charset=windows-1251"),  # a byte order mark
        (b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), "text/html"),
        (RUSSIAN.encode("utf-8").replace("Учения".encode(), "Учения".encode() + b"\xff"), "text/html; charset=utf-8"),
    ]
    for body, content_type in cases:
        page = response(body, content_type)
        expected = page_text(response(body, content_type))
        assert decoded_page(page.body, page.encoding, page.url) == expected, (body[:40], content_type)
