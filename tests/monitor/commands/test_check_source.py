"""`pactwatch check-source`: discovery and the first articles, shown without storing anything;
fetching from anywhere but loopback needs --live."""

import json

from click.testing import CliRunner

from monitor.cli import main
from monitor.config import bundled_config_path
from tests.sites import article_html, rss, words

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "wire"
languages = ["en"]
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""
DATE = "Tue, 05 Mar 2024 10:00:00 +0400"


def run_check(config, db_path, *args):
    return CliRunner().invoke(main, ["--config", str(config), "--db", str(db_path), "check-source", *args])


def test_check_shows_discovery_and_the_first_articles_and_stores_nothing(site, write_config, db_path):
    paths = [f"/news/{n}.html" for n in (1, 2, 3)]
    for number, path in enumerate(paths, start=1):
        site.add(path, article_html(f"Story {number}", [words(f"s{number}")],
                                    published=f"2024-03-0{number}T10:00:00+04:00"))
    site.add("/rss.xml", rss([(site.url(p), f"Story {n}", DATE) for n, p in enumerate(paths, start=1)]),
             "application/rss+xml")
    result = run_check(write_config(CONFIG.replace("{base}", site.base_url)), db_path, "wire", "--limit", "2", "--json")

    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert report["ok"] is True and report["live"] is False
    [feed] = report["discovery"]
    assert feed["kind"] == "feed" and [link["url"] for link in feed["links"]] == [site.url(p) for p in paths]
    assert [a["title"] for a in report["articles"]] == ["Story 1", "Story 2"]
    first = report["articles"][0]
    assert (first["published"], first["date_from"], first["lang"]) == ("2024-03-01T10:00:00+04:00", "metadata", "en")
    assert "(s1)" in first["text"] and first["fetched"] is True
    assert "/news/3.html" not in site.paths_requested()
    assert not db_path.exists()


def test_check_exits_1_and_names_the_urls_that_failed(site, write_config, db_path):
    site.add("/news/1.html", article_html("Story 1", [words("s1")]))
    site.add("/rss.xml", rss([(site.url("/news/gone.html"), "Gone", DATE),
                              (site.url("/news/1.html"), "Story 1", DATE)]), "application/rss+xml")
    result = run_check(write_config(CONFIG.replace("{base}", site.base_url)), db_path, "wire")

    assert result.exit_code == 1
    assert f"{site.url('/news/gone.html')}: HTTP 404" in result.output
    assert "title:  Story 1" in result.output
    assert "Result: problems found" in result.output


def test_a_source_on_the_internet_is_not_fetched_without_live(db_path):
    result = run_check(bundled_config_path(), db_path, "azernews")

    assert result.exit_code == 2
    assert "fetches from www.azernews.az" in result.output and "--live" in result.output
    assert not db_path.exists()
