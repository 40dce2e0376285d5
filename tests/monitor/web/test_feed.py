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
    assert page.startswith("http://localhost/-/event/")
    event_page = get(datasette, page.removeprefix("http://localhost"))
    assert event_page.status_code == 200
    assert "Azerbaijan and Kazakhstan signed their military cooperation plan for 2025" in event_page.text
    assert page in entry.content[0].value
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


def one_event_feed(evidence, title, published, **fields):
    event = {"id": 1, "kind": "talks", "parties": ["AZ", "GE"], "plan_year": None, "date": None,
             "first_seen": "2024-05-01T10:00:00+00:00", "updated_at": "2024-05-01T10:00:00+00:00",
             "evidence": evidence, "articles": [
                 {"id": 3, "url": "https://example.org/a", "title": title, "source": "wire",
                  "published_at": published}], **fields}
    return atom_feed([event], feed_url="https://example.org/feed", site_url="https://example.org/",
                     event_url=lambda event_id: f"https://example.org/-/event/{event_id}", database="db")


def test_control_characters_in_scraped_text_do_not_break_the_feed():
    raw = one_event_feed("Talks\x0b held\x00 in Baku", "Talks\x1f in Baku", "2024-05-01T09:00:00+04:00")

    feed = feedparser.parse(raw)
    assert not feed.bozo, feed.get("bozo_exception")
    assert "Talks held in Baku" in feed.entries[0].content[0].value


def test_an_undated_entry_says_so_and_names_its_first_report_not_the_day_it_was_stored():
    raw = one_event_feed("A plan for 2020 was signed.", "Plan", "2019-12-20T09:00:00+04:00", id=7, kind="plan_signed",
                         plan_year=2020, first_seen="2026-12-06T10:00:00+00:00")

    content = feedparser.parse(raw).entries[0].content[0].value
    assert "date: date not reported; first report 20 Dec 2019" in content
    assert "2026-12-06" not in content and "6 Dec 2026" not in content
    assert 'href="https://example.org/-/event/7"' in content
