"""Private and loopback addresses are refused for real sources, whether written as addresses or
reached through a name that resolves to one; `allow_private = true` (the demo, tests) lets them in."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from scrapy.resolver import dnscache
from twisted.internet.error import DNSLookupError

from crawlers.middlewares import SourceGuardMiddleware
from crawlers.resolver import PublicAddressResolver, Refusals, refusal_for
from monitor.config import Source
from storage import open_db
from storage.articles import list_articles
from storage.runs import failures, last_runs
from tests.sites import article_html, rss, words

REPO = Path(__file__).resolve().parents[2]
CONFIG = """
[crawler]
autothrottle = false
retry_times = 0

[[sources]]
name = "wire"
feeds = ["http://{host}:{port}/rss.xml"]
download_delay = 0
{allow}
"""


@pytest.fixture
def own_name():
    """This machine's host name, when it resolves to a loopback or private address (it usually does)."""
    name = socket.gethostname()
    try:
        address = socket.gethostbyname(name)
    except OSError:
        pytest.skip(f"the host name {name} does not resolve")
    if not (address.startswith("127.") or address.startswith(("10.", "192.168.", "172."))):
        pytest.skip(f"the host name {name} resolves to a public address {address}")
    return name, address


def serve_feed(site, host: str) -> None:
    site.add("/news/1.html", article_html("Local story", [words("local")]))
    site.add("/rss.xml", rss([(f"http://{host}:{site.base_url.rsplit(':', 1)[1]}/news/1.html", "Local story",
                               "Tue, 05 Mar 2024 10:00:00 +0400")]), "application/rss+xml")


def config_text(site, host: str, allow: str = "") -> str:
    return CONFIG.format(host=host, port=site.base_url.rsplit(":", 1)[1], allow=allow)


def test_a_name_resolving_to_a_private_address_is_refused_before_connecting(site, write_config, crawl, db, own_name):
    name, address = own_name
    serve_feed(site, name)
    outcome = crawl(write_config(config_text(site, name)), "wire")

    assert site.requests == []
    [failure] = failures(db, outcome.run["id"])
    assert failure["url"] == f"http://{name}:{site.base_url.rsplit(':', 1)[1]}/rss.xml"
    assert f"{name} resolves to {address}, a private or loopback address (allow_private is off)" in failure["reason"]


def test_allow_private_lets_the_same_name_through(site, write_config, crawl, db, own_name):
    name, address = own_name
    if not address.startswith("127."):
        pytest.skip("the test site listens on 127.0.0.1 only")
    serve_feed(site, name)
    outcome = crawl(write_config(config_text(site, name, "allow_private = true")), "wire")

    assert outcome.ok
    assert [row["title"] for row in list_articles(db)] == ["Local story"]


@pytest.mark.parametrize("url", ["http://127.0.0.1/x", "http://10.1.2.3/x", "http://192.168.0.1/x",
                                 "http://169.254.169.254/latest/meta-data/", "http://[::1]/x", "http://localhost/x",
                                 "http://0.0.0.0/x", "http://news.localhost/x"])
def test_a_redirect_to_a_private_address_is_refused_for_a_real_source(url):
    source = Source(name="real", feeds=("https://news.example/rss",), domains=("127.0.0.1", "10.1.2.3",
                    "192.168.0.1", "169.254.169.254", "[::1]", "localhost", "0.0.0.0"))

    assert SourceGuardMiddleware._refusal(url, source) == "private or loopback address refused (allow_private is off)"
    assert SourceGuardMiddleware._refusal("https://news.example/a.html", source) is None


TWO_SOURCES = """
[crawler]
autothrottle = false
retry_times = 0

[[sources]]
name = "mirror"
feeds = ["http://127.0.0.1:{port}/rss.xml"]
download_delay = 0
allow_private = true

[[sources]]
name = "wire"
feeds = ["http://{name}:{port}/rss.xml"]
download_delay = 0
"""


def test_allow_private_is_each_sources_own_when_two_crawl_in_one_process(site, write_config, db_path, own_name):
    """allow_private was a class attribute of the resolver, set by whichever spider was built last:
    two sources crawled in one process (tests.sources.crawl_many) shared one value."""
    name, address = own_name
    if not address.startswith("127."):
        pytest.skip("the test site listens on 127.0.0.1 only")
    port = site.base_url.rsplit(":", 1)[1]
    site.add("/news/1.html", article_html("Mirrored story", [words("mirror")]))
    site.add("/rss.xml", rss([(f"http://127.0.0.1:{port}/news/1.html", "Mirrored story",
                               "Tue, 05 Mar 2024 10:00:00 +0400")]), "application/rss+xml")
    config = write_config(TWO_SOURCES.format(port=port, name=name))
    env = dict(os.environ, SCRAPY_SETTINGS_MODULE="crawlers.settings", PACTWATCH_CONFIG=str(config),
               PACTWATCH_DB=str(db_path))
    for order in (["mirror", "wire"], ["wire", "mirror"]):
        subprocess.run([sys.executable, "-m", "tests.sources.crawl_many", *order], cwd=REPO, env=env,
                       capture_output=True, text=True, timeout=120, check=False)
        db = open_db(db_path)
        try:
            assert [(row["source"], row["title"]) for row in list_articles(db)] == [("mirror", "Mirrored story")]
            run = last_runs(db)["wire"]
            [failure] = failures(db, run["id"])
            assert f"{name} resolves to {address}, a private or loopback address" in failure["reason"]
        finally:
            db.conn.close()


def test_a_refusal_is_the_record_of_the_crawls_that_met_it_and_ends_with_them():
    """The resolver's reasons were one class-level map, for the whole process: every later crawl of
    a round read (and kept growing) it. Now each crawl holds its own, from its opening to its closing."""
    resolver = PublicAddressResolver(None, cache_size=dnscache.limit, timeout=1.0)  # no lookup: no reactor
    intranet = Refusals(["intranet.example:8080"]).open()
    news = Refusals(["news.example"]).open()
    try:
        with pytest.raises(DNSLookupError):
            resolver._refuse_private("10.0.0.5", "intranet.example")
        reason = "intranet.example resolves to 10.0.0.5, a private or loopback address (allow_private is off)"
        assert intranet.reason_for("http://intranet.example:8080/a.html") == reason
        assert news.reason_for("http://intranet.example/a.html") is None  # not a host of that crawl
    finally:
        intranet.close()
    later = Refusals(["intranet.example"]).open()
    try:
        assert later.reason_for("http://intranet.example/a.html") is None  # a later crawl starts afresh
        assert refusal_for("http://intranet.example/a.html") is None  # nothing outlives the crawl
    finally:
        later.close()
        news.close()
