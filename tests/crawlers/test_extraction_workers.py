"""Extraction and classification in worker processes: the same articles and verdicts as in the
crawl process, and a worker that dies fails only what it was extracting (and no verdict)."""

import asyncio
import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.settings import Settings

from crawlers import extraction_pool
from crawlers.extraction_pool import Extractor, WorkerDied
from crawlers.page_article import PageArticle
from crawlers.page_dates import DateRules
from crawlers.pipelines import CLASSIFIED_APART_STAT
from monitor.analysis.store import ArticleRecord
from monitor.classify import Article, classify, compiled, language
from monitor.classify.lexicons import load
from monitor.config import Selectors, load_config
from monitor.runs.crawling import run_crawl
from storage import open_db
from tests.sites import article_html, rss, serve_wire, words

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
PLAN_TITLE = "Azerbaijan and Georgia sign military cooperation plan"
PLAN = ("The defence ministers of Azerbaijan and Georgia signed a plan of bilateral military cooperation for next "
        "year in Baku on Tuesday. The document covers joint training of staff officers, exchanges between military "
        "academies and mutual visits of delegations. Both ministers said the plan would deepen the partnership of "
        "the two armed forces.")


def stored(db) -> list[tuple]:
    return db.execute("SELECT url, title, text, published_at, lang FROM articles ORDER BY url").fetchall()


def verdicts(db) -> list[tuple]:
    return db.execute("SELECT a.url, d.lang, d.flagged, d.events FROM detections d JOIN articles a"
                      " ON a.id = d.article_id ORDER BY a.url").fetchall()


def crawled(write_config, site, db_path, workers: int, articles: int, read):
    """Crawl the wire with `workers` extraction workers into a fresh database; `read` of it after."""
    config = load_config(write_config(CONFIG.format(workers=workers, base=site.base_url)), db=db_path)
    outcome = run_crawl(config, "wire", log_level="WARNING", timeout=120)
    assert outcome.ok and outcome.run["articles_new"] == articles
    db = open_db(config.storage_path)
    try:
        return read(db)
    finally:
        db.conn.close()


def test_articles_are_the_same_with_or_without_extraction_workers(site, write_config, tmp_path):
    serve_wire(site, 6, story_words=120)
    found = {workers: crawled(write_config, site, tmp_path / f"workers-{workers}.db", workers, 6, stored)
             for workers in (0, 2)}

    assert found[2] == found[0]


def test_a_dead_worker_fails_its_page_and_the_rest_is_extracted_in_process():
    page = PageArticle(url="https://e.org/a")
    extractor = Extractor(1)
    try:
        for process in list(extractor._pool._processes.values()):
            os.kill(process.pid, signal.SIGKILL)
            process.join(10)
        with pytest.raises(WorkerDied):
            asyncio.run(extractor.extract_and_classify(PAGE.encode(), "utf-8", "https://e.org/a", Selectors(),
                                                       DateRules(), page))
        extracted, classified = asyncio.run(extractor.extract_and_classify(PAGE.encode(), "utf-8", "https://e.org/a",
                                                                           Selectors(), DateRules(), page))
    finally:
        extractor.close()

    assert extracted.title == "Defence ministers meet"
    assert classified.article.title == "Defence ministers meet" and not classified.detection.flagged


def test_verdicts_are_the_same_when_the_workers_classify(site, write_config, tmp_path):
    paths = serve_wire(site, 3, story_words=120)
    site.add("/news/plan.html", article_html(PLAN_TITLE, [PLAN]))
    site.add("/rss.xml", rss([(site.url(path), path, "Tue, 05 Mar 2024 10:00:00 +0400")
                              for path in paths + ["/news/plan.html"]]), "application/rss+xml")
    found = {workers: crawled(write_config, site, tmp_path / f"verdicts-{workers}.db", workers, 4, verdicts)
             for workers in (0, 2)}

    assert found[2] == found[0]
    assert [flagged for url, lang, flagged, events in found[2] if url.endswith("/plan.html")] == [1]


def test_a_dead_worker_costs_no_verdict():
    article = Article(title=PLAN_TITLE, text=PLAN, url="https://e.org/plan")
    extractor = Extractor(1)
    try:
        for process in list(extractor._pool._processes.values()):
            os.kill(process.pid, signal.SIGKILL)
            process.join(10)
        detection = asyncio.run(extractor.classify(article))
    finally:
        extractor.close()

    assert detection == classify(article) and detection.flagged


def _word_lists_read_before() -> int:
    """In a worker: how many times its language detection has read the stopword lists itself."""
    return language._languages_of_words.cache_info().misses


def test_the_stopword_lists_are_read_once_before_the_workers_are_forked():
    language._stopword_lists.cache_clear()
    language._languages_of_words.cache_clear()
    extractor = Extractor(1)
    try:
        in_crawl = language._languages_of_words.cache_info().currsize
        asyncio.run(extractor.classify(Article(title="Talks", text="Los ministros de defensa se reunieron hoy.")))
        in_worker = extractor._pool.submit(_word_lists_read_before).result()
    finally:
        extractor.close()

    assert in_crawl == 1
    assert in_worker == 1  # the crawl process's one reading, inherited by the fork: none of its own


def test_the_workers_keep_the_lexicons_they_compile_for_each_other_and_the_next_crawl(tmp_path, monkeypatch):
    monkeypatch.setenv(compiled.FOLDER_ENV, str(tmp_path))
    load.cache_clear()  # the worker inherits none compiled: it compiles English and writes it
    extractor = Extractor(1)
    try:
        kept = extractor._pool.submit(compiled.kept_in).result()
        detection = asyncio.run(extractor.classify(Article(title=PLAN_TITLE, text=PLAN)))
    finally:
        extractor.close()

    assert detection.flagged
    assert kept == (tmp_path / "lexicons", compiled.cache_key())
    assert compiled.kept_in() is None  # the crawl process itself reads and writes none
    assert f"en-{compiled.cache_key()}.pickle" in [path.name for path in (tmp_path / "lexicons").iterdir()]


RULES_CONFIG = CONFIG.replace('allow_private = true', '''allow_private = true
languages = ["en"]
cleanup = {{ drop_lines = ["^Follow us on"], end_at = ["^Tags:"] }}''')


def test_each_fetched_page_is_classified_with_its_extraction_as_it_is_stored(site, write_config, tmp_path):
    """The worker that extracts a page classifies the article the spider stores from it (listed title
    and date, the source's cleanup rules and language applied) in the same hand-over: the verdicts are
    those of the stored texts, and no article needs a hand-over of its own."""
    paths = serve_wire(site, 2, story_words=120)
    site.add("/news/plan.html", article_html(PLAN_TITLE, [PLAN, "Follow us on our channel", "Tags: defence, Baku",
                                                          words("related", 60)]))
    site.add("/rss.xml", rss([(site.url(path), path, "Tue, 05 Mar 2024 10:00:00 +0400")
                              for path in paths + ["/news/plan.html"]]), "application/rss+xml")

    def read(db):
        """The run's stats, each article's stored verdict, and the verdict on its stored fields."""
        run = db.execute("SELECT stats FROM crawl_runs").fetchone()[0]
        made = {url: (flagged, json.loads(events)) for url, lang, flagged, events in verdicts(db)}
        due = {}
        for url, title, text, published, lang in stored(db):
            detection = classify(ArticleRecord(url=url, source="wire", title=title, text=text, published_at=published,
                                               lang=lang).for_classifier()).to_dict()
            due[url] = (int(detection["flagged"]), json.loads(json.dumps(detection["events"])))
        texts = [text for url, title, text, published, lang in stored(db) if url.endswith("/plan.html")]
        return json.loads(run), made, due, texts

    found = {}
    for workers in (0, 2):
        config = load_config(write_config(RULES_CONFIG.format(workers=workers, base=site.base_url)),
                             db=tmp_path / f"rules-{workers}.db")
        assert run_crawl(config, "wire", log_level="WARNING", timeout=120).ok
        db = open_db(config.storage_path)
        found[workers] = read(db)
        db.conn.close()

    for stats, made, due, texts in found.values():
        assert len(made) == 3 and made == due
        assert made[site.url("/news/plan.html")][0] == 1
        assert all(line not in texts[0] for line in ("Follow us", "Tags:", "related"))
        assert stats.get(CLASSIFIED_APART_STAT, 0) == 0
    assert found[2][1:] == found[0][1:]


def _double_or_refuse(number: int) -> int:
    if number < 0:
        raise ValueError(f"refused {number}")
    return 2 * number


def _worker_pid(_number: int) -> int:
    return os.getpid()


def test_calls_that_wait_together_are_handed_over_in_one_task_each_with_its_own_result():
    extractor = Extractor(1, handover_calls=3, handover_seconds=60)
    submitted = []
    submit = extractor._pool.submit

    def counting_submit(function, *args):
        submitted.append(len(args[0]))
        return submit(function, *args)

    extractor._pool.submit = counting_submit

    async def run():
        calls = [extractor._run(str(number), _double_or_refuse, number) for number in (1, -2, 3)]
        return await asyncio.gather(*calls, return_exceptions=True)

    try:
        doubled, refused, tripled = asyncio.run(run())
    finally:
        extractor.close()

    assert submitted == [3]  # three calls, one task of the pool
    assert (doubled, tripled) == (2, 6)
    assert isinstance(refused, ValueError) and str(refused) == "refused -2"


def test_a_lone_call_is_handed_over_after_the_short_wait():
    extractor = Extractor(1, handover_calls=8, handover_seconds=0.01)
    try:
        pid = asyncio.run(asyncio.wait_for(extractor._run("one", _worker_pid, 0), timeout=30))
    finally:
        extractor.close()

    assert pid != os.getpid()  # run in the worker, not here


def test_a_worker_that_dies_fails_every_call_it_held_and_later_calls_run_in_process():
    extractor = Extractor(1, handover_calls=2, handover_seconds=60)

    async def run():
        held = [extractor._run(str(number), _worker_pid, number) for number in (0, 1)]
        return await asyncio.gather(*held, return_exceptions=True)

    try:
        worker = next(iter(extractor._pool._processes.values()))
        os.kill(worker.pid, signal.SIGKILL)
        worker.join(10)
        held = asyncio.run(run())
        later = asyncio.run(extractor._run("later", _worker_pid, 0))
    finally:
        extractor.close()

    assert [type(outcome) for outcome in held] == [WorkerDied, WorkerDied]
    assert later == os.getpid()


WORKER_LOCALES = """
import json
from dateparser.languages.loader import default_loader
from crawlers.extraction_pool import Extractor
from crawlers.page_dates import DateRules, parse_visible_date

def loaded():
    return sorted(default_loader._loaded_locales)

def read(printed):
    return parse_visible_date(printed, DateRules()), loaded()

extractor = Extractor(1, languages=("az",))
try:
    before = extractor._pool.submit(loaded).result()
    after = extractor._pool.submit(read, "13:51, 15 августа 2025").result()
finally:
    extractor.close()
print(json.dumps([before, after, loaded()]))
"""


def test_the_workers_share_the_dates_of_english_and_the_sources_languages_and_load_others_when_met():
    # A fresh interpreter: dateparser's loaded locales are shared by everything in a process, and forked.
    found = subprocess.run([sys.executable, "-c", WORKER_LOCALES], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[2])
    in_worker, (read, in_worker_after), in_crawl = json.loads(found.stdout)

    assert in_worker == in_crawl == ["az", "en"]  # loaded before the fork, shared
    assert read == "2025-08-15T13:51:00"
    assert in_worker_after == ["az", "en", "ru"]  # Russian, declared by no source, loaded by its first date


def test_a_crawl_forks_its_workers_with_its_sources_languages(monkeypatch):
    made = []
    def extractor(workers, **options):
        made.append((workers, options))
        return SimpleNamespace(close=lambda: None)

    monkeypatch.setattr(extraction_pool, "Extractor", extractor)
    source = SimpleNamespace(languages=("ka", "ru"))
    crawler = SimpleNamespace(settings=Settings({extraction_pool.WORKERS_SETTING: 2}),
                              spidercls=SimpleNamespace(source=source),
                              signals=SimpleNamespace(connect=lambda *args, **kwargs: None))
    extraction_pool.ExtractionPool.from_crawler(crawler)
    crawler.spidercls = SimpleNamespace()  # a spider of no source: English only
    extraction_pool.ExtractionPool.from_crawler(crawler)

    assert made == [(2, {"languages": ("ka", "ru")}), (2, {"languages": ()})]
