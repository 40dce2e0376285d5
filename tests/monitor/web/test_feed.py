"""The Atom feed of events at /-/events.atom, read the way a feed reader reads it (feedparser)."""

import xml.etree.ElementTree as ET

import feedparser
from bs4 import BeautifulSoup

from monitor.web.app import make_datasette
from monitor.web.feed import atom_feed
from storage import open_db
from tests.monitor.web.conftest import get
from tests.stories import MARKUP_TITLE

ATOM = "{http://www.w3.org/2005/Atom}"


def fetch(datasette, query=""):
    response = get(datasette, "/-/events.atom" + query)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/atom+xml")
    return response.content


def test_feed_is_valid_atom_with_one_entry_per_bilateral_event(datasette):
    feed = feedparser.parse(fetch(datasette))

    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    assert len(feed.entries) == 6
    titles = {entry.title for entry in feed.entries}
    assert "Plan signed: Azerbaijan – Kazakhstan (2025)" in titles
    assert "Talks: Kazakhstan – Uzbekistan (2024-03-12)" in titles
    assert len({entry.id for entry in feed.entries}) == 6


def test_entries_link_to_the_event_page_and_every_source_article(datasette):
    feed = feedparser.parse(fetch(datasette))
    entry = next(e for e in feed.entries if e.title.startswith("Plan signed: Azerbaijan – Kazakhstan"))

    [page] = [link.href for link in entry.links if link.rel == "alternate"]
    assert page.startswith("http://localhost/stories/events/")
    event_page = get(datasette, page.removeprefix("http://localhost"))
    assert event_page.status_code == 200
    related = [link.href for link in entry.links if link.rel == "related"]
    assert len(related) == 2 and all(url.startswith("file://") for url in related)
    assert {tag.term for tag in entry.tags} >= {"plan_signed", "AZ", "KZ"}


def test_scraped_markup_in_entries_is_escaped_text(datasette):
    raw = fetch(datasette)
    root = ET.fromstring(raw)
    contents = [entry.find(f"{ATOM}content").text for entry in root.iter(f"{ATOM}entry")]
    [drills] = [html for html in contents if "troops hold" in html]

    assert "<script" not in drills and "&lt;script&gt;" in drills
    body = BeautifulSoup(drills, "html.parser")
    assert body.find("script") is None and body.find("b") is None
    assert MARKUP_TITLE in [a.get_text() for a in body.find_all("a")]


def test_feed_filters_by_kind_and_country(datasette):
    plans = feedparser.parse(fetch(datasette, "?kind=plan_signed"))
    assert {e.title.split(":")[0] for e in plans.entries} == {"Plan signed"} and len(plans.entries) == 2
    kazakh = feedparser.parse(fetch(datasette, "?country=kz&limit=1"))
    assert len(kazakh.entries) == 1 and "Kazakhstan" in kazakh.entries[0].title


def test_unknown_kind_is_a_bad_request(datasette):
    response = get(datasette, "/-/events.atom?kind=parade")
    assert response.status_code == 400 and "plan_signed" in response.text


def test_an_empty_database_gives_an_empty_valid_feed(db_path):
    open_db(db_path).conn.close()
    feed = feedparser.parse(fetch(make_datasette(db_path)))
    assert not feed.bozo and feed.entries == [] and feed.feed.title.startswith("pactwatch")


def test_control_characters_in_scraped_text_do_not_break_the_feed():
    event = {"id": 1, "kind": "talks", "parties": ["AZ", "GE"], "plan_year": None, "date": None,
             "first_seen": "2024-05-01T10:00:00+00:00", "updated_at": "2024-05-01T10:00:00+00:00",
             "evidence": "Talks\x0b held\x00 in Baku", "articles": [
                 {"id": 3, "url": "https://example.org/a", "title": "Talks\x1f in Baku", "source": "wire",
                  "published_at": "2024-05-01T09:00:00+04:00"}]}
    raw = atom_feed([event], feed_url="https://example.org/feed", site_url="https://example.org/",
                    event_url=lambda event_id: f"https://example.org/events/{event_id}", database="db")

    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    assert "Talks held in Baku" in feed.entries[0].content[0].value
