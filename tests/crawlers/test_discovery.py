"""Discovery parsers: feeds and sitemaps of every common shape; HTML is not a feed."""

import pytest

from crawlers.discovery.feeds import NotAFeed, parse_feed
from crawlers.discovery.listings import next_page, page_links
from crawlers.discovery.sitemaps import NotASitemap, parse_sitemap

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
<entry><title>One</title><link href="https://e.org/1"/><published>2024-05-01T08:00:00Z</published></entry>
<entry><title>Two</title><link rel="alternate" href="/2"/><updated>2024-05-02</updated></entry>
</feed>"""

RSS_GUID = """<rss version="2.0"><channel>
<item><title>By guid</title><guid>https://e.org/g</guid><pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Opaque guid</title><guid isPermaLink="false">abc-123</guid></item>
</channel></rss>"""


def test_atom_entries_with_dates():
    entries = parse_feed(ATOM)
    assert [(e.url, e.published, e.title) for e in entries] == [
        ("https://e.org/1", "2024-05-01T08:00:00+00:00", "One"), ("/2", "2024-05-02", "Two")]


def test_rss_permalink_guid_is_used_when_there_is_no_link():
    assert [e.url for e in parse_feed(RSS_GUID)] == ["https://e.org/g"]


@pytest.mark.parametrize("body", ["<html><body><h1>Feeds</h1></body></html>", "not xml at all", ""])
def test_html_or_garbage_is_not_a_feed(body):
    with pytest.raises(NotAFeed):
        parse_feed(body)


def test_html_is_not_a_sitemap():
    with pytest.raises(NotASitemap):
        parse_sitemap("<html><body>Sitemap</body></html>")


def test_listing_links_and_next_page_by_words_in_other_languages():
    html = ('<a href="/news/1.html">One</a><a href="mailto:x@e.org">Mail</a><a href="#top">Top</a>'
            '<a href="/news/1.html">Again</a><a href="?page=2">Növbəti</a>')
    assert page_links(html, "https://e.org/list/") == ["https://e.org/news/1.html", "https://e.org/list/?page=2"]
    assert next_page(html, "https://e.org/list/") == "https://e.org/list/?page=2"
    assert next_page('<a href="/p/2">Далее »</a>', "https://e.org/") == "https://e.org/p/2"
    assert next_page('<a href="/p/2">Next week in parliament</a>', "https://e.org/") is None


def test_feeds_never_resolve_external_entities_or_expand_entity_bombs():
    xxe = ('<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/hostname">]>'
           '<rss><channel><item><title>&x;</title><link>https://e.org/1</link></item></channel></rss>')
    assert [e.title for e in parse_feed(xxe)] == [None]

    levels = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10 if i else "lol"}">' for i in range(10))
    bomb = (f'<?xml version="1.0"?><!DOCTYPE rss [{levels}]>'
            '<rss><channel><item><title>&l9;</title><link>https://e.org/1</link></item></channel></rss>')
    with pytest.raises(NotAFeed, match="XML parser limit: Maximum entity amplification"):
        parse_feed(bomb)
