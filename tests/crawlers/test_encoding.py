"""Article pages whose declared charset is wrong are still read right; right ones are left alone."""

from scrapy.http import HtmlResponse

from crawlers.encoding import decoded_page, decoded_page_and_utf8, page_text

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


def test_the_body_is_handed_on_as_the_pages_utf8_only_when_it_is_exactly_that():
    """decoded_page_and_utf8 gives the body beside the text only when the text is the body read as
    UTF-8 (extraction then parses the body instead of encoding the text again)."""
    clean = RUSSIAN.encode("utf-8")
    cases = [
        (clean, "text/html; charset=utf-8", True),
        (clean, "text/html", True),  # inferred as UTF-8
        (RUSSIAN.encode("cp1251"), "text/html; charset=utf-8", False),  # the fallback read it
        (b"\xef\xbb\xbf" + clean, "text/html; charset=utf-8", False),  # the byte order mark is not text
        (b"\xff\xfe" + RUSSIAN.encode("utf-16-le"), "text/html; charset=utf-8", False),
        (clean.replace("Учения".encode(), "Учения".encode() + b"\xff"), "text/html; charset=utf-8", False),
        (clean.replace("Учения".encode(), "\ufffd".encode()), "text/html; charset=utf-8", False),
        (RUSSIAN.encode("koi8-r"), "text/html; charset=koi8-r", False),
    ]
    for body, content_type, handed_on in cases:
        page = response(body, content_type)
        text, utf8 = decoded_page_and_utf8(page.body, page.encoding, page.url)
        assert text == decoded_page(page.body, page.encoding, page.url) == page_text(page)
        assert (utf8 is not None) == handed_on, (body[:20], content_type)
        assert utf8 is None or utf8 == text.encode("utf-8")
