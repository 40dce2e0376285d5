"""Hostile feeds and sitemaps: entities are never expanded or loaded, limits are applied and
logged, and none of it stops the crawl.

The parsers are checked directly; then one crawl reads a source whose feeds and sitemaps
are all hostile (external entities, billion laughs, an HTML page at a feed URL, a sitemap
index that lists itself, a 100,000-URL sitemap, a gzip bomb of a sitemap).
"""

from __future__ import annotations

import json

import pytest

from crawlers.discovery.feeds import NotAFeed, parse_feed
from crawlers.discovery.sitemaps import MAX_BYTES, MAX_ENTRIES, NotASitemap, parse_sitemap
from monitor.config import load_config
from monitor.demo.server import LocalSite
from storage import open_db
from tests.faults import MIB, gzip_bomb
from tests.processes import crawl_with_peak_rss
from tests.sites import article_html, words

MAX_PAGES = 40
BIG_SITEMAP_URLS = 100_000
CHILD_RSS_BOUND_MIB = 400

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "hostile_xml"
feeds = ["{base}/feeds/xxe.xml", "{base}/feeds/laughs.xml", "{base}/feeds/page.xml"]
sitemaps = ["{base}/sitemap-index.xml", "{base}/sitemap-bomb.xml.gz"]
max_pages = {max_pages}
download_delay = 0
allow_private = true
"""


def entity_bomb(levels: int = 10) -> str:
    """A DOCTYPE whose last entity expands to 10**levels 'lol's (billion laughs)."""
    entities = "".join(f'<!ENTITY l{i} "{("&l%d;" % (i - 1)) * 10 if i else "lol"}">' for i in range(levels))
    return f"<!DOCTYPE rss [{entities}]>"


def xxe_feed(secret_file, stray: LocalSite, base: str = "{{BASE}}") -> str:
    """A feed whose entities would, if resolved, read a local file and call another server."""
    return (f'<?xml version="1.0"?><!DOCTYPE rss SYSTEM "{stray.url("/evil.dtd")}" ['
            f'<!ENTITY file SYSTEM "file://{secret_file}"><!ENTITY web SYSTEM "{stray.url("/probe")}">]>'
            f'<rss version="2.0"><channel>'
            f'<item><title>&file;</title><link>&file;</link></item>'
            f'<item><title>&web;</title><link>{base}/news/1.html</link></item>'
            f'</channel></rss>')


def urlset(urls: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{u}</loc></url>" for u in urls) + "</urlset>")


# The parsers


def test_external_entities_and_dtds_are_never_loaded(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("/news/leaked.html")
    with LocalSite() as stray:
        entries = parse_feed(xxe_feed(secret, stray, base="https://e.org"))
        assert stray.requests == []
    assert [e.url for e in entries] == ["https://e.org/news/1.html"]
    assert all("leaked" not in (e.title or "") for e in entries)


def test_an_entity_bomb_is_refused_at_the_parser_limit():
    bomb = (f'<?xml version="1.0"?>{entity_bomb()}<rss><channel><item><title>&l9;</title>'
            f'<link>https://e.org/1</link></item></channel></rss>')
    with pytest.raises(NotAFeed, match="XML parser limit: Maximum entity amplification"):
        parse_feed(bomb)


@pytest.mark.parametrize("body, limit", [
    ("<urlset>" + "<x>" * 300 + "</x>" * 300 + "</urlset>", "Excessive depth"),
    ("<urlset><url><loc>" + "a" * (11 * MIB) + "</loc></url></urlset>", "Text node too long"),
])
def test_too_deep_or_too_long_xml_is_refused_at_the_parser_limit(body, limit):
    with pytest.raises(NotASitemap, match=limit):
        parse_sitemap(body)


def test_a_sitemap_past_the_protocols_50000_urls_is_read_up_to_them():
    sitemap = parse_sitemap(urlset([f"https://e.org/a/{n}.html" for n in range(MAX_ENTRIES + 7)]))

    assert len(sitemap.pages) == MAX_ENTRIES
    assert sitemap.pages[-1].url == f"https://e.org/a/{MAX_ENTRIES - 1}.html"
    assert sitemap.skipped == 7


# One crawl of it all


@pytest.fixture(scope="module")
def hostile_xml(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile_xml")
    secret = folder / "secret.txt"
    secret.write_text("/news/leaked.html")
    with LocalSite() as site, LocalSite() as stray:
        site.add("/feeds/xxe.xml", xxe_feed(secret, stray), "application/rss+xml")
        site.add("/feeds/laughs.xml", f'<?xml version="1.0"?>{entity_bomb()}<rss version="2.0"><channel>'
                 f'<item><title>&l9;</title><link>{{{{BASE}}}}/news/2.html</link></item></channel></rss>',
                 "application/rss+xml")
        site.add("/feeds/page.xml", "<!DOCTYPE html><html><body><h1>Our feeds &nbsp; moved</h1></body></html>")
        site.add("/sitemap-index.xml", '<?xml version="1.0"?><sitemapindex>'
                 "<sitemap><loc>{{BASE}}/sitemap-index.xml</loc></sitemap>"
                 "<sitemap><loc>{{BASE}}/sitemap-big.xml</loc></sitemap>"
                 "<sitemap><loc>{{BASE}}/sitemap-index.xml?again=1</loc></sitemap></sitemapindex>")
        site.add("/sitemap-index.xml?again=1", '<?xml version="1.0"?><sitemapindex>'
                 "<sitemap><loc>{{BASE}}/sitemap-index.xml</loc></sitemap></sitemapindex>")
        site.add("/sitemap-big.xml", urlset([f"{{{{BASE}}}}/a/{n}.html" for n in range(BIG_SITEMAP_URLS)]),
                 "application/xml")
        site.add("/sitemap-bomb.xml.gz", gzip_bomb(512 * MIB), "application/x-gzip")
        for number in range(1, 3):
            site.add(f"/news/{number}.html", article_html(f"News {number}", [words(f"news{number}")]))
        for number in range(MAX_PAGES):
            site.add(f"/a/{number}.html", article_html(f"Archive {number}", [words(f"archive{number}")]))
        config_path = folder / "pactwatch.toml"
        config_path.write_text(CONFIG.format(base=site.base_url, max_pages=MAX_PAGES))
        config = load_config(config_path, db=folder / "pactwatch.db")
        log_path = folder / "crawl.log"
        outcome, peak_mib = crawl_with_peak_rss(config_path, config.storage_path, "hostile_xml", log_path,
                                                log_level="INFO", timeout=120)
        assert outcome.run is not None, log_path.read_text()
        db = open_db(config.storage_path)
        failures = {url.replace(site.base_url, ""): reason for url, reason in
                    db.execute("SELECT url, reason FROM url_failures WHERE run_id = ?", [outcome.run["id"]])}
        stored = [url.replace(site.base_url, "") for (url,) in db.execute("SELECT url FROM articles")]
        titles = [title for (title,) in db.execute("SELECT title FROM articles")]
        db.conn.close()
        yield {"site": site, "stray": stray, "run": outcome.run, "stats": json.loads(outcome.run["stats"]),
               "failures": failures, "stored": stored, "titles": titles, "peak_mib": peak_mib,
               "log": log_path.read_text(encoding="utf-8"), "requested": site.paths_requested()}


def test_the_crawl_of_hostile_xml_finishes(hostile_xml):
    assert hostile_xml["run"]["status"] == "ok", hostile_xml["log"][-3000:]
    assert not any(key.startswith("spider_exceptions/") for key in hostile_xml["stats"])
    assert "Traceback" not in hostile_xml["log"]


def test_no_entity_is_expanded_or_fetched(hostile_xml):
    assert hostile_xml["stray"].requests == []
    assert "/news/leaked.html" not in hostile_xml["requested"]
    assert "/news/1.html" in hostile_xml["stored"]
    assert not any("lol" in title for title in hostile_xml["titles"])


def test_each_hostile_document_is_a_recorded_failure_with_its_reason(hostile_xml):
    failures = hostile_xml["failures"]
    assert "Maximum entity amplification" in failures["/feeds/laughs.xml"]
    assert failures["/feeds/page.xml"].startswith("not a feed: root element is <html>")
    assert failures["/sitemap-bomb.xml.gz"] == (
        f"not a sitemap: larger than {MAX_BYTES} bytes once decompressed; refused")
    assert "/news/2.html" not in hostile_xml["requested"]


def test_a_sitemap_index_listing_itself_is_read_once(hostile_xml):
    requested = hostile_xml["requested"]
    assert requested.count("/sitemap-index.xml") == 1
    assert requested.count("/sitemap-index.xml?again=1") == 1
    assert "already read in this run; not read again" in hostile_xml["log"]


def test_a_100000_url_sitemap_is_cut_at_the_protocol_limit_and_max_pages(hostile_xml):
    skipped = BIG_SITEMAP_URLS - MAX_ENTRIES
    assert f"lists {skipped} more entries than the protocol's {MAX_ENTRIES}" in hostile_xml["log"]
    assert hostile_xml["stats"]["pactwatch/sitemap_entries_skipped"] == skipped
    assert hostile_xml["stats"]["pactwatch/max_pages_reached"] is True
    assert "max_pages=40 reached" in hostile_xml["log"]
    archive = [path for path in hostile_xml["requested"] if path.startswith("/a/")]
    assert 0 < len(archive) < MAX_PAGES
    assert sorted(path for path in hostile_xml["stored"] if path.startswith("/a/")) == sorted(archive)


def test_memory_stays_bounded_through_the_gzip_bomb(hostile_xml):
    assert hostile_xml["peak_mib"] < CHILD_RSS_BOUND_MIB
