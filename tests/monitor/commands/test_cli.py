"""The pactwatch command line, run as a user runs it (a real process, real crawls, a real database)."""

import json
import os
import subprocess
import sys

import click

from tests.sites import article_html, rss, words

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "wire"
title = "The Wire"
country = "AZ"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true

[[sources]]
name = "dead"
feeds = ["{base}/missing.xml"]
allow_private = true
enabled = false
"""


def pactwatch(*args, config, db_path, module=False):
    command = [sys.executable, "-m", "monitor"] if module else [os.path.join(os.path.dirname(sys.executable),
                                                                             "pactwatch")]
    return subprocess.run([*command, "--config", str(config), "--db", str(db_path), *args],
                          capture_output=True, text=True, timeout=120)


def wire_site(site, count=2):
    items = []
    for number in range(1, count + 1):
        site.add(f"/news/{number}.html", article_html(f"Story {number}", [words(str(number))],
                                                      published=f"2024-03-0{number}T10:00:00+04:00"))
        items.append((site.url(f"/news/{number}.html"), f"Story {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/rss.xml", rss(items), "application/rss+xml")


def test_crawl_then_articles_json_lists_what_was_stored(site, write_config, db_path):
    wire_site(site)
    config = write_config(CONFIG.replace("{base}", site.base_url))
    crawled = pactwatch("crawl", "wire", "--quiet", config=config, db_path=db_path)
    assert crawled.returncode == 0, crawled.stderr
    assert "wire" in crawled.stdout and "ok" in crawled.stdout

    listed = pactwatch("articles", "--json", config=config, db_path=db_path)
    rows = json.loads(listed.stdout)
    assert [row["title"] for row in rows] == ["Story 2", "Story 1"]
    assert set(rows[0]) == {"id", "url", "source", "title", "published_at", "lang", "fetched_at"}
    assert rows[0]["source"] == "wire" and rows[0]["url"] == site.url("/news/2.html")

    limited = json.loads(pactwatch("articles", "--json", "--limit", "1", config=config, db_path=db_path).stdout)
    assert [row["title"] for row in limited] == ["Story 2"]


def test_sources_shows_each_source_with_its_last_run(site, write_config, db_path):
    wire_site(site, count=1)
    config = write_config(CONFIG.replace("{base}", site.base_url))
    pactwatch("crawl", "--all", "--quiet", config=config, db_path=db_path)

    result = json.loads(pactwatch("sources", "--json", config=config, db_path=db_path).stdout)
    by_name = {row["name"]: row for row in result}
    assert by_name["wire"]["status"] == "ok" and by_name["wire"]["articles"] == 1 and by_name["wire"]["new"] == 1
    assert by_name["dead"]["enabled"] is False and by_name["dead"]["last_run"] is None

    table = pactwatch("sources", config=config, db_path=db_path).stdout
    assert "wire" in table and "dead" in table


def test_crawl_exits_1_when_no_discovery_page_can_be_read(site, write_config, db_path):
    config = write_config(CONFIG.replace("{base}", site.base_url))
    result = pactwatch("crawl", "wire", "--quiet", config=config, db_path=db_path)

    assert result.returncode == 1
    assert result.stdout.splitlines()[-1].split()[:2] == ["wire", "failed"]
    runs = json.loads(pactwatch("sources", "--json", config=config, db_path=db_path).stdout)
    assert runs[0]["status"] == "failed" and runs[0]["errors"] == 1


def test_crawl_of_an_unknown_source_is_a_usage_error(site, write_config, db_path):
    config = write_config(CONFIG.replace("{base}", site.base_url))
    result = pactwatch("crawl", "nosuch", config=config, db_path=db_path)

    assert result.returncode == 2
    assert "no source named 'nosuch'" in result.stderr


def test_python_dash_m_monitor_is_the_same_command(site, write_config, db_path, db):
    config = write_config(CONFIG.replace("{base}", site.base_url))
    result = pactwatch("sources", "--json", config=config, db_path=db_path, module=True)

    assert result.returncode == 0
    assert [row["name"] for row in json.loads(result.stdout)] == ["wire", "dead"]


def test_every_command_has_help():
    from click.testing import CliRunner

    from monitor.cli import main

    runner = CliRunner()
    listing = runner.invoke(main, ["--help"])
    assert listing.exit_code == 0
    names = main.list_commands(click.Context(main))
    assert {"crawl", "run", "events", "classify", "serve", "export", "check-source", "eval"} <= set(names)
    for name in names:
        assert name in listing.output, name
        result = runner.invoke(main, [name, "--help"])
        assert result.exit_code == 0 and "Usage:" in result.output, name
