"""Every source of the default config, crawled through its real config entry (only the hosts
rewritten to loopback servers) against a fixture of its site: what is stored must have the right
title, date with zone, language, clean start and end of text, and no boilerplate."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from monitor.config import bundled_config_path, load_config
from storage import open_db
from storage.articles import list_articles
from storage.links import links_of
from storage.origins import origin_of
from storage.runs import failures, last_runs
from tests.sources.harness import FixtureWorld, crawl_all, serve, write_config
from tests.sources.sites import all_fixtures

FIXTURES = all_fixtures()


@dataclass
class Crawl:
    world: FixtureWorld
    config: Path
    db_path: Path


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    """All fixture sites served and crawled once, in one Scrapy process, for every test of this module."""
    folder = tmp_path_factory.mktemp("default_sources")
    world = serve(list(FIXTURES.values()))
    try:
        config = write_config(world, folder)
        db_path = folder / "fixtures.db"
        result = crawl_all(config, db_path, sorted(FIXTURES))
        assert result.returncode == 0, result.stderr[-4000:]
        yield Crawl(world, config, db_path)
    finally:
        world.stop()


@pytest.fixture
def db(crawled):
    database = open_db(crawled.db_path)
    yield database
    database.conn.close()


def test_every_configured_source_has_a_fixture_site():
    assert set(FIXTURES) == {source.name for source in load_config(bundled_config_path()).sources}


def test_only_loopback_servers_were_configured(crawled):
    config = load_config(crawled.config)
    for source in config.sources:
        assert all(host.startswith("127.0.0.1:") for host in source.allowed_hosts), source.name


@pytest.mark.parametrize("name", sorted(FIXTURES))
def test_source_crawls_its_fixture_site(crawled, db, name):
    fixture, world = FIXTURES[name], crawled.world
    run = last_runs(db)[name]
    assert run["status"] == "ok", run
    assert failures(db, run["id"]) == []

    stored = {row["url"]: row for row in list_articles(db, source=name)}
    expected = {world.local(article.url): article for article in fixture.expected}
    assert sorted(stored) == sorted(expected)
    for url, article in expected.items():
        row = stored[url]
        text = db.execute("SELECT text FROM articles WHERE id = ?", [row["id"]]).fetchone()[0]
        assert (row["title"], row["published_at"], row["lang"]) == (article.title, article.published, article.lang)
        assert text.startswith(article.starts), text[:200]
        assert text.endswith(article.ends), text[-200:]
        for boilerplate in article.absent:
            assert boilerplate not in text and boilerplate not in row["title"]
        if article.origin:
            outlet, origin_source = article.origin
            assert origin_of(db, row["id"]) == {"outlet": outlet, "origin_source": origin_source}
        if article.republishes:
            original = db.execute("SELECT id FROM articles WHERE url = ?",
                                  [world.local(article.republishes)]).fetchone()
            assert {"article_id": original[0], "relation": "republishes"} in [
                {k: link[k] for k in ("article_id", "relation")} for link in links_of(db, row["id"])]

    for url in fixture.never_fetched:
        assert not world.requested(url), url
    for host, headers in fixture.guards.items():
        for seen in world.hosts[host].requests:
            if seen.path != "/robots.txt":
                assert all(re.search(pattern, seen.headers.get(header, "")) for header, pattern in headers.items())


def test_check_source_shows_a_fixture_site_through_the_real_entry(crawled, tmp_path):
    from click.testing import CliRunner

    from monitor.cli import main

    result = CliRunner().invoke(main, ["--config", str(crawled.config), "--db", str(tmp_path / "unused.db"),
                                       "check-source", "gov_kz_mod", "--limit", "2", "--json"])

    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert [page["kind"] for page in report["discovery"]] == ["api"]
    assert [a["title"] for a in report["articles"]] == [e.title for e in FIXTURES["gov_kz_mod"].expected[:2]]
    assert all(a["fetched"] is False and a["date_from"] == "discovery" for a in report["articles"])
    assert not (tmp_path / "unused.db").exists()


def test_the_readme_lists_every_source():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    sources_section = readme.split("## Sources", 1)[1].split("\n## ", 1)[0]
    listed = set(re.findall(r"^\| `([a-z0-9_]+)` \|", sources_section, flags=re.MULTILINE))
    assert listed == set(FIXTURES)
