"""A source's own request headers and cookies go with every request it makes."""

from storage.articles import list_articles
from tests.sites import article_html, rss, words

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "guarded"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
headers = { "Accept-Language" = "kk", "User-Agent" = "Mozilla/5.0 (compatible; pactwatch-test)" }
cookies = { consent = "granted", region = "kz" }
"""


def test_headers_and_cookies_are_sent_on_feed_and_article_requests(site, write_config, crawl, db):
    site.add("/news/1.html", article_html("Guarded story", [words("guarded")]))
    site.add("/rss.xml", rss([(site.url("/news/1.html"), "Guarded story", "Tue, 05 Mar 2024 10:00:00 +0400")]),
             "application/rss+xml")
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "guarded")

    assert outcome.ok
    assert [row["title"] for row in list_articles(db)] == ["Guarded story"]
    seen = {request.path: request.headers for request in site.requests if request.path != "/robots.txt"}
    assert set(seen) == {"/rss.xml", "/news/1.html"}
    for headers in seen.values():
        assert headers["Accept-Language"] == "kk"
        assert headers["User-Agent"] == "Mozilla/5.0 (compatible; pactwatch-test)"
        assert headers["Cookie"] == "consent=granted; region=kz"
