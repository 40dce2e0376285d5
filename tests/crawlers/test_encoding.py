"""Article pages whose declared charset is wrong are still read right; right ones are left alone."""

from scrapy.http import HtmlResponse

from crawlers.encoding import page_text

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
