"""Discovery parsers and date readers, for any text a site may serve: they answer or refuse in
their own terms (NotAFeed, NotASitemap, None), never with another exception."""

from datetime import date, datetime

from hypothesis import example, given, settings
from hypothesis import strategies as st

from crawlers.discovery.dates import is_before, parse_machine_date
from crawlers.discovery.feeds import NotAFeed, parse_feed
from crawlers.discovery.listings import next_page, page_links
from crawlers.discovery.sitemaps import NotASitemap, parse_sitemap
from crawlers.extraction import parse_visible_date
from crawlers.page_dates import DateRules

TAGS = ["<rss>", "<channel>", "<item>", "<link>", "</link>", "<feed>", "<entry>", '<link href="', '"/>',
        "<urlset>", "<url>", "<loc>", "</loc>", "<sitemapindex>", "<sitemap>", "<!DOCTYPE x [", "<!ENTITY e '",
        "&e;", "]>", "<![CDATA[", "]]>", "&amp;", "&#0;", "&#x110000;", "http://e.org/", "/rel", "\x00", "\ufeff"]
XMLISH = st.lists(st.one_of(st.sampled_from(TAGS), st.text(max_size=20)), max_size=40).map("".join)


@given(XMLISH)
def test_the_feed_parser_answers_or_refuses_any_text(body):
    try:
        entries = parse_feed(body)
    except NotAFeed:
        return
    assert all(isinstance(entry.url, str) and entry.url for entry in entries)


@given(XMLISH)
def test_the_sitemap_parser_answers_or_refuses_any_text(body):
    try:
        sitemap = parse_sitemap(body)
    except NotASitemap:
        return
    assert all(entry.url for entry in sitemap.children + sitemap.pages)


@given(st.lists(st.one_of(st.sampled_from(['<a href="', '">', "</a>", '<a rel="next" href="', "http://[::1",
                                           "Next", "javascript:", "#"]), st.text(max_size=15)), max_size=30)
       .map("".join), st.sampled_from(["https://e.org/list/", "http://127.0.0.1:8000/"]))
@example('<a href="<a href="<a href="<a href="\x0b">', "https://e.org/list/")
def test_listing_links_never_raise_and_are_absolute(body, base):
    assert all(link.startswith(("http://", "https://")) for link in page_links(body, base))
    following = next_page(body, base)
    assert following is None or isinstance(following, str)


MACHINE_DATES = st.one_of(
    st.text(max_size=40),
    st.datetimes(min_value=datetime(1, 1, 2), timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes(min_value=datetime(1900, 1, 1)).map(lambda d: d.strftime("%a, %d %b %Y %H:%M:%S +0400")),
)


@given(MACHINE_DATES)
def test_machine_dates_are_iso_or_none_and_read_back_unchanged(value):
    parsed = parse_machine_date(value)
    if parsed is None:
        return
    assert parse_machine_date(parsed) == parsed
    (date.fromisoformat if len(parsed) == 10 else datetime.fromisoformat)(parsed)
    assert is_before(parsed, date(9999, 12, 31)) in (True, False)


@given(st.one_of(st.text(max_size=60), st.sampled_from(["13:51, 15 августа 2025", "6 October 2023 16:16",
                                                         "99.99.9999", "31 февраля", "yesterday", "0000-00-00"])),
       st.sampled_from([(), ("ru",), ("en", "az"), ("tr",)]))
@settings(max_examples=60)
def test_visible_dates_are_iso_or_none(text, languages):
    parsed = parse_visible_date(text, DateRules(languages=languages))
    if parsed is not None:
        (date.fromisoformat if len(parsed) == 10 else datetime.fromisoformat)(parsed)
