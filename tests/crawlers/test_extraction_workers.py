"""Extraction in worker processes: the same articles as in the crawl process, and a worker that
dies fails only what it was extracting."""

import asyncio
import os
import signal

import pytest

from crawlers.extraction_pool import Extractor, WorkerDied
from crawlers.page_dates import DateRules
from monitor.config import Selectors, load_config
from monitor.runs.crawling import run_crawl
from storage import open_db
from tests.sites import article_html, serve_wire, words

CONFIG = """
[crawler]
autothrottle = false
extraction_workers = {workers}

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""
PAGE = article_html("Defence ministers meet", [words("meeting", 80), words("training", 80)])


def stored(db) -> list[tuple]:
    return db.execute("SELECT url, title, text, published_at, lang FROM articles ORDER BY url").fetchall()


def test_articles_are_the_same_with_or_without_extraction_workers(site, write_config, tmp_path):
    serve_wire(site, 6, story_words=120)
    found = {}
    for workers in (0, 2):
        config = load_config(write_config(CONFIG.format(workers=workers, base=site.base_url)),
                             db=tmp_path / f"workers-{workers}.db")
        outcome = run_crawl(config, "wire", log_level="WARNING", timeout=120)
        assert outcome.ok and outcome.run["articles_new"] == 6
        db = open_db(config.storage_path)
        found[workers] = stored(db)
        db.conn.close()

    assert found[2] == found[0]


def test_a_dead_worker_fails_its_page_and_the_rest_is_extracted_in_process():
    extractor = Extractor(1)
    try:
        for process in list(extractor._pool._processes.values()):
            os.kill(process.pid, signal.SIGKILL)
            process.join(10)
        with pytest.raises(WorkerDied):
            asyncio.run(extractor.extract(PAGE, "https://e.org/a", Selectors(), DateRules()))
        extracted = asyncio.run(extractor.extract(PAGE, "https://e.org/a", Selectors(), DateRules()))
    finally:
        extractor.close()

    assert extracted.title == "Defence ministers meet"
