"""A stored XSS through an article URL, tried through the real surface: a site whose JSON API lists
an item at `javascript://<the site's own host>/%0aalert(document.domain)`, a real crawl of it,
then `pactwatch serve` opened in headless Chromium, every "original" link clicked with the
mouse, and the Atom feed read.

That URL passed the host filter (its host is the site's), was stored, and was rendered as a link
on the events table, event rows and canned queries and in the feed; a click ran the script.
Two layers hold now: a crawl accepts only http(s) URLs, and the pages link only http(s) and
file URLs, so a database written before (the second test) is safe to browse too.
"""

from __future__ import annotations

import json
import urllib.request
from datetime import date

import pytest

from storage import open_db
from tests.browser import Chromium, require_chromium
from tests.serving import serving

HOSTILE = "javascript://{host}/%0aalert(document.domain)"
CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "wire"
download_delay = 0
allow_private = true

[[sources.apis]]
url = "{base}/api/news.json"
link = "url"
title = "title"
date = "date"
body = "body"
"""
YEAR = date.today().year
GOOD_TEXT = (f"<p>Baku. The defence ministers of Azerbaijan and Kazakhstan signed the plan of military cooperation "
             f"between the two ministries for {YEAR} at a meeting in Baku. The plan covers staff training, joint "
             f"exercises and exchanges of military education specialists.</p>")
HOSTILE_TEXT = (f"<p>Astana. Kazakhstan and Azerbaijan: the defence ministers signed the plan of military "
                f"cooperation for {YEAR}, the ministry said. Officers of both armies will train together and "
                f"exchange cadets of the military academies over the coming months.</p>")
PAGES = ("{db}/events", "{db}/events/{event}", "{db}/events_with_sources", "{db}/new_agreements",
         "{db}/articles/{article}")
SAFE_PROTOCOLS = {"http:", "https:", "file:"}


@pytest.fixture
def hostile_site(site):
    """The site's API: one ordinary item and one whose URL is a script on the site's own host."""
    today = date.today().isoformat()
    items = [{"url": site.url("/news/1.html"), "title": "Azerbaijan and Kazakhstan sign military cooperation plan",
              "date": today, "body": GOOD_TEXT},
             {"url": HOSTILE.format(host=site.base_url.split("//", 1)[1]), "title": "Plan signed in Baku",
              "date": today, "body": HOSTILE_TEXT}]
    site.add("/api/news.json", json.dumps(items), "application/json")
    return site


def crawled(hostile_site, write_config, crawl, db_path) -> None:
    outcome = crawl(write_config(CONFIG.format(base=hostile_site.base_url)), "wire")
    assert outcome.ok, outcome


def test_a_crawled_javascript_url_is_never_stored_linked_or_run(hostile_site, write_config, crawl, db_path):
    require_chromium()
    crawled(hostile_site, write_config, crawl, db_path)

    db = open_db(db_path)
    urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    db.conn.close()
    assert urls == [hostile_site.url("/news/1.html")], "only the http(s) item is stored"
    assert_pages_are_safe(db_path, clicks_expected=1)


def test_a_javascript_url_already_in_a_database_is_shown_as_text_not_a_link(hostile_site, write_config, crawl,
                                                                             db_path):
    """A database written before the crawl refused such URLs (or by hand) is safe to browse."""
    require_chromium()
    crawled(hostile_site, write_config, crawl, db_path)
    db = open_db(db_path)
    with db.conn:
        db.execute("UPDATE OR IGNORE articles SET url = ? WHERE url = ?",
                   [HOSTILE.format(host=hostile_site.base_url.split("//", 1)[1]), hostile_site.url("/news/1.html")])
    db.conn.close()

    assert_pages_are_safe(db_path, clicks_expected=0)


def assert_pages_are_safe(db_path, *, clicks_expected: int) -> None:
    """Every page that lists the event's sources links only http(s)/file URLs, and clicking each
    "original" (link or text) opens no script dialog; the feed holds no javascript: URL."""
    db = open_db(db_path)
    [(event, article)] = db.execute("SELECT event_id, MIN(article_id) FROM event_articles GROUP BY event_id")
    db.conn.close()
    with serving(db_path) as base, Chromium() as browser:
        originals = 0
        for page in PAGES:
            url = base + page.format(db=db_path.stem, event=event, article=article)
            browser.open(url)
            protocols = set(browser.evaluate("[...document.links].map(link => link.protocol)"))
            count = browser.evaluate("document.querySelectorAll('.pactwatch-original, .pactwatch-unlinked').length")
            originals += browser.evaluate("document.querySelectorAll('a.pactwatch-original').length")
            dialogs = []
            for index in range(count):
                browser.open(url)
                dialogs += browser.click(".pactwatch-original, .pactwatch-unlinked", index)
            assert dialogs == [], f"clicking an original link on {url} ran a script"
            assert protocols <= SAFE_PROTOCOLS, (url, protocols)
        assert originals >= 3 * clicks_expected, "the good article's original page is linked"
        with urllib.request.urlopen(base + "-/events.atom", timeout=30) as response:
            feed = response.read().decode("utf-8")
    assert "<entry>" in feed and "javascript" not in feed.lower()
