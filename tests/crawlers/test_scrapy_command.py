"""`scrapy list` and `scrapy crawl NAME` work from the repository root, as with any Scrapy project."""

import os
import subprocess
import sys

from storage.articles import list_articles
from tests.conftest import REPO
from tests.sites import article_html, rss, words

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "alpha_wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true

[[sources]]
name = "beta_ministry"
listings = ["{base}/list/"]
allow_private = true
"""


def scrapy(*args, config, db_path):
    env = dict(os.environ, PACTWATCH_CONFIG=str(config), PACTWATCH_DB=str(db_path))
    env.pop("SCRAPY_SETTINGS_MODULE", None)
    return subprocess.run([sys.executable, "-m", "scrapy", *args], cwd=REPO, env=env, capture_output=True,
                          text=True, timeout=120)


def test_scrapy_list_prints_every_configured_source(site, write_config, db_path):
    result = scrapy("list", config=write_config(CONFIG.replace("{base}", site.base_url)), db_path=db_path)

    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["alpha_wire", "beta_ministry"]


def test_scrapy_crawl_runs_a_configured_source(site, write_config, db_path, db):
    site.add("/news/1.html", article_html("Through scrapy crawl", [words("scrapy")]))
    site.add("/rss.xml", rss([(site.url("/news/1.html"), "x", "Tue, 05 Mar 2024 10:00:00 +0400")]),
             "application/rss+xml")
    result = scrapy("crawl", "alpha_wire", config=write_config(CONFIG.replace("{base}", site.base_url)),
                    db_path=db_path)

    assert result.returncode == 0, result.stderr
    assert [row["title"] for row in list_articles(db)] == ["Through scrapy crawl"]
    assert db.execute("SELECT status FROM crawl_runs").fetchone()[0] == "ok"


def test_scrapy_reports_a_config_error_with_file_and_key(write_config, db_path):
    config = write_config('[[sources]]\nname = "x"\nfeeds = ["http://example.org/rss"]\nfeedz = []\n')
    result = scrapy("list", config=config, db_path=db_path)

    assert result.returncode == 2
    assert f"{config}: source 'x': key 'feedz': unknown key" in result.stderr
