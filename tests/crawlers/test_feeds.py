"""Crawling a source discovered through an RSS feed, against a real loopback server."""

from storage.articles import list_articles
from tests.sites import article_html, rss, words

CONFIG = """
[storage]
path = "unused.db"

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
allow = ["/news/\\\\d+\\\\.html$"]
deny = ["/news/9\\\\d\\\\.html$"]
download_delay = 0
allow_private = true

[crawler]
autothrottle = false
"""


def wire_site(site, count=3):
    items = []
    for number in range(1, count + 1):
        path = f"/news/{number}.html"
        site.add(path, article_html(f"Story number {number}", [words(f"story{number}")]))
        items.append((site.url(path), f"Story number {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    return items


def test_feed_articles_are_fetched_extracted_and_stored(site, write_config, crawl, db):
    site.add("/rss.xml", rss(wire_site(site)), "application/rss+xml")
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "wire")

    assert outcome.ok, outcome
    stored = {row["url"]: row for row in list_articles(db)}
    assert set(stored) == {site.url(f"/news/{n}.html") for n in (1, 2, 3)}
    first = stored[site.url("/news/1.html")]
    assert first["title"] == "Story number 1"
    assert first["published_at"] == "2024-03-05T10:00:00+04:00"
    assert first["lang"] == "en"
    text = db.execute("SELECT text FROM articles WHERE url = ?", [site.url("/news/1.html")]).fetchone()[0]
    assert "(story1)" in text
    assert outcome.run["articles_new"] == 3


def test_tracking_parameters_and_fragments_do_not_make_new_articles(site, write_config, crawl, db):
    items = wire_site(site, count=1)
    url, title, date = items[0]
    items += [(url + "?utm_source=rss&utm_medium=feed", title, date), (url + "#comments", title, date)]
    site.add("/rss.xml", rss(items), "application/rss+xml")
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "wire")

    assert outcome.ok
    assert [row["url"] for row in list_articles(db)] == [url]
    assert site.paths_requested().count("/news/1.html") == 1


def test_allow_and_deny_rules_decide_which_links_are_fetched(site, write_config, crawl, db):
    items = wire_site(site, count=1)
    site.add("/news/95.html", article_html("Denied", [words("denied")]))
    site.add("/about.html", article_html("About us", [words("about")]))
    items += [(site.url("/news/95.html"), "Denied", items[0][2]), (site.url("/about.html"), "About", items[0][2])]
    site.add("/rss.xml", rss(items), "application/rss+xml")
    crawl(write_config(CONFIG.replace("{base}", site.base_url)), "wire")

    requested = site.paths_requested()
    assert "/news/1.html" in requested
    assert "/news/95.html" not in requested
    assert "/about.html" not in requested


def test_second_crawl_fetches_only_articles_it_has_not_stored(site, write_config, crawl, db):
    items = wire_site(site, count=3)
    site.add("/rss.xml", rss(items), "application/rss+xml")
    config = write_config(CONFIG.replace("{base}", site.base_url))
    assert crawl(config, "wire").ok

    site.requests.clear()
    site.add("/news/4.html", article_html("Story number 4", [words("story4")]))
    site.add("/rss.xml", rss(items + [(site.url("/news/4.html"), "Story number 4", items[0][2])]),
             "application/rss+xml")
    second = crawl(config, "wire")

    article_paths = [p for p in site.paths_requested() if p.startswith("/news/")]
    assert article_paths == ["/news/4.html"]
    assert second.run["articles_new"] == 1
    assert second.run["articles_seen"] == 3
    assert len(list_articles(db)) == 4


def test_since_skips_feed_items_published_earlier(site, write_config, crawl, db):
    site.add("/news/1.html", article_html("Old story", [words("old")], published="2020-01-10T09:00:00+00:00"))
    site.add("/news/2.html", article_html("New story", [words("new")], published="2024-06-01T09:00:00+00:00"))
    site.add("/rss.xml", rss([(site.url("/news/1.html"), "Old story", "Fri, 10 Jan 2020 09:00:00 +0000"),
                              (site.url("/news/2.html"), "New story", "Sat, 01 Jun 2024 09:00:00 +0000")]),
             "application/rss+xml")
    from datetime import date

    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "wire", since=date(2024, 1, 1))

    assert outcome.ok
    assert [row["title"] for row in list_articles(db)] == ["New story"]
    assert "/news/1.html" not in site.paths_requested()


def test_max_pages_bounds_the_requests_of_a_run(site, write_config, crawl, db):
    site.add("/rss.xml", rss(wire_site(site, count=6)), "application/rss+xml")
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "wire", max_pages=3)

    assert outcome.ok
    assert len([p for p in site.paths_requested() if p.startswith("/news/")]) == 2
    assert len(list_articles(db)) == 2
