"""A crawl of a site where almost everything goes wrong stores every good article once and
records every bad URL with its reason, within its limits, and fetches nothing off the source.

One crawl (module fixture) of a FaultSite: 20 good articles reached through a feed and a
paginated listing, 9 pages that reach an article only after a fault (5xx bursts, a 429 with
Retry-After, odd or wrong charsets, broken markup), and 17 URLs that never give an article.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass

import pytest

from monitor.config import load_config
from monitor.demo.server import LocalSite, Page
from storage import open_db
from tests.faults import MIB, Burst, Endless, FaultSite, GzipBomb, Hang, Redirect, Reset, Truncated
from tests.processes import crawl_with_peak_rss
from tests.sites import article_html, rss, words

GOOD = 20
MAX_PAGE_BYTES = MIB
CHILD_RSS_BOUND_MIB = 400
DATE = "Tue, 05 Mar 2024 10:00:00 +0400"
RUSSIAN_TITLE = "Министры обороны обсудили подготовку офицеров"
RUSSIAN_TEXT = ("Стороны договорились расширить обмен курсантами военных академий, "
                "провести совместные учения инженерных подразделений и обсудили поставки медицинского "
                "оборудования для полевых госпиталей. ") * 3

CONFIG = """
[crawler]
autothrottle = false
download_timeout = 1
retry_times = 2
concurrent_per_domain = 4
max_page_bytes = {max_bytes}

[[sources]]
name = "hostile"
feeds = ["{base}/rss.xml"]
listings = ["{base}/news/"]
download_delay = 0
allow_private = true
"""


@dataclass
class HostileCrawl:
    """What the crawl left behind: the sites, the run row, its failures and the stored articles."""

    site: FaultSite
    stray: LocalSite
    run: dict
    failures: dict[str, list[str]]
    articles: dict[str, dict]
    stats: dict
    log: str
    child_peak_rss_mib: float
    expected_failures: dict[str, str]
    recoverable: dict[str, str]


def russian_page(encoding: str, label: str) -> bytes:
    """A Russian article in `encoding` that declares no charset itself; `label` makes its text unique."""
    html = article_html(RUSSIAN_TITLE, [RUSSIAN_TEXT, f"Страница {label}."], lang="ru")
    return html.replace('<meta charset="utf-8">', "").encode(encoding)


def build_site(site: FaultSite, stray: LocalSite) -> tuple[list[str], dict[str, str], dict[str, str]]:
    """Fill the site; return the good paths, the recoverable paths (with a word their text holds)
    and the bad paths with the reason their failure must give."""
    good = [f"/good/{n}.html" for n in range(1, GOOD + 1)]
    for number, path in enumerate(good, 1):
        site.add(path, article_html(f"Good story {number}", [words(f"good{number}")]))
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")

    def article(seed: str) -> Page:
        return Page(article_html(f"Recovered {seed}", [words(seed)]).encode())

    recoverable = {}
    for status in (500, 502, 503):
        site.fault(f"/flaky/{status}.html", Burst(status, 2, article(f"burst{status}")))
        recoverable[f"/flaky/{status}.html"] = f"burst{status}"
    site.fault("/flaky/429.html", Burst(429, 1, article("ratelimited"), {"Retry-After": "1"}))
    recoverable["/flaky/429.html"] = "ratelimited"
    site.add("/enc/cp1251-undeclared.html", russian_page("cp1251", "один"), "text/html")
    site.add("/enc/koi8r-undeclared.html", russian_page("koi8-r", "два"), "text/html")
    site.add("/enc/cp1251-header-says-utf8.html", russian_page("cp1251", "три"), "text/html; charset=utf-8")
    site.add("/enc/bom-header-says-1251.html", b"\xef\xbb\xbf" + russian_page("utf-8", "четыре"),
             "text/html; charset=windows-1251")
    for path in ("/enc/cp1251-undeclared.html", "/enc/koi8r-undeclared.html",
                 "/enc/cp1251-header-says-utf8.html", "/enc/bom-header-says-1251.html"):
        recoverable[path] = "курсантами военных академий"
    site.add("/malformed/readable.html",
             "<html><head><title>Broken markup</title><body><div><div><p>" + words("malformed") +
             "<p><b><i>" + words("unclosed") + "</b></i></span></td></table><p>\x00 tail</html></html>")
    recoverable["/malformed/readable.html"] = "(malformed)"

    bad = {
        "/bad/always-503.html": "HTTP 503",
        "/bad/rate-limited-for-an-hour.html": "HTTP 429",
        "/bad/hang.html": "timed out",
        "/bad/reset.html": "connection",
        "/bad/truncated.html": "truncated",
        "/bad/loop-a.html": "redirect",
        "/bad/off-site.html": "not one of the source's domains",
        "/bad/other-port.html": "not one of the source's domains",
        "/bad/gzip-bomb.html": "once decompressed",
        "/bad/huge.html": "max_page_bytes",
        "/bad/huge-streamed.html": "max_page_bytes",
        "/bad/report.pdf": "not an HTML page (application/pdf)",
        "/bad/photo.html": "not an HTML page (image/jpeg)",
        "/bad/pdf-labelled-html.html": "no article text found",
        "/bad/garbage.html": "no article text found",
        "/bad/missing.html": "HTTP 404",
        "/private/hidden.html": "robots.txt",
    }
    site.fault("/bad/always-503.html", Burst(503, 1000, article("never")))
    site.fault("/bad/rate-limited-for-an-hour.html", Burst(429, 1000, article("never"), {"Retry-After": "3600"}))
    site.fault("/bad/hang.html", Hang(30, article("never")))
    site.fault("/bad/reset.html", Reset())
    site.fault("/bad/truncated.html", Truncated(article_html("Cut", [words("cut")]).encode(), 200))
    site.fault("/bad/loop-a.html", Redirect("{{BASE}}/bad/loop-b.html"))
    site.fault("/bad/loop-b.html", Redirect("{{BASE}}/bad/loop-a.html"))
    site.fault("/bad/off-site.html", Redirect("http://example.invalid/news/1.html"))
    site.fault("/bad/other-port.html", Redirect(stray.url("/news/stolen.html")))
    site.fault("/bad/gzip-bomb.html", GzipBomb(512 * MIB))
    site.fault("/bad/huge.html", Endless(50 * MIB))
    site.fault("/bad/huge-streamed.html", Endless(50 * MIB, declare_length=False))
    site.add("/bad/report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << >> endobj\n", "application/pdf")
    site.add("/bad/photo.html", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 20, "image/jpeg")
    site.add("/bad/pdf-labelled-html.html", b"%PDF-1.4\n" + bytes(range(256)) * 40, "text/html")
    site.add("/bad/garbage.html", "<<<>>><div></p></span><!-- never closed <script>var x = '")
    site.add("/private/hidden.html", article_html("Hidden", [words("hidden")]))
    stray.add("/news/stolen.html", article_html("Stolen", [words("stolen")]))
    return good, recoverable, bad


def discovery_pages(site: FaultSite, good: list[str], others: list[str]) -> None:
    """A feed and a two-page listing that overlap, with tracking parameters, fragments and a link
    no URL parser accepts."""
    in_feed = good[:12] + others[: len(others) // 2]
    in_listing = good[8:] + others[len(others) // 2:]
    items = [(site.url(path) + ("?utm_source=rss" if n % 2 else ""), path, DATE) for n, path in enumerate(in_feed)]
    items.insert(3, ("http://[::1/broken-ipv6.html", "unparseable link", DATE))
    site.add("/rss.xml", rss(items), "application/rss+xml")
    half = len(in_listing) // 2

    def listing(paths: list[str], next_link: str) -> str:
        links = "".join(f'<li><a href="{p}#top">{p}</a></li>' for p in paths)
        return f"<html><body><ul>{links}</ul>{next_link}</body></html>"

    site.add("/news/", listing(in_listing[:half], '<a rel="next" href="/news/?page=2">Next</a>'))
    site.add("/news/?page=2", listing(in_listing[half:] + good[:3], ""))


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> HostileCrawl:
    folder = tmp_path_factory.mktemp("hostile")
    with FaultSite() as site, LocalSite() as stray:
        good, recoverable, bad = build_site(site, stray)
        discovery_pages(site, good, list(recoverable) + list(bad))
        config_path = folder / "pactwatch.toml"
        config_path.write_text(textwrap.dedent(CONFIG).format(base=site.base_url, max_bytes=MAX_PAGE_BYTES))
        config = load_config(config_path, db=folder / "pactwatch.db")
        log_path = folder / "crawl.log"
        outcome, peak_mib = crawl_with_peak_rss(config_path, config.storage_path, "hostile", log_path,
                                                log_level="INFO", timeout=120)
        assert outcome.run is not None, log_path.read_text()
        db = open_db(config.storage_path)
        failures: dict[str, list[str]] = {}
        for url, reason in db.execute("SELECT url, reason FROM url_failures WHERE run_id = ?", [outcome.run["id"]]):
            failures.setdefault(url.replace(site.base_url, ""), []).append(reason)
        articles = {row["url"].replace(site.base_url, ""): row
                    for row in db.query("SELECT url, title, text, content_hash FROM articles")}
        db.conn.close()
        yield HostileCrawl(site=site, stray=stray, run=outcome.run, failures=failures, articles=articles,
                           stats=json.loads(outcome.run["stats"]), log=log_path.read_text(encoding="utf-8"),
                           child_peak_rss_mib=peak_mib, expected_failures=bad, recoverable=recoverable)


def test_the_crawl_ends_normally_within_its_run_timeout(hostile):
    assert hostile.run["status"] == "ok", hostile.log[-3000:]
    assert hostile.run["finish_reason"] == "finished"
    assert not any(key.startswith("spider_exceptions/") for key in hostile.stats), hostile.stats


def test_all_20_good_articles_are_stored_exactly_once(hostile):
    good = {f"/good/{n}.html" for n in range(1, GOOD + 1)}
    assert good <= set(hostile.articles)
    for path in good:
        assert hostile.site.requests_of(path) == 1, path
    hashes = [row["content_hash"] for row in hostile.articles.values()]
    assert len(hashes) == len(set(hashes))


def test_pages_behind_transient_faults_and_odd_charsets_are_stored_with_their_text(hostile):
    for path, phrase in hostile.recoverable.items():
        assert path in hostile.articles, (path, hostile.failures.get(path))
        assert phrase in hostile.articles[path]["text"], (path, hostile.articles[path]["text"][:200])
    assert set(hostile.articles) == {f"/good/{n}.html" for n in range(1, GOOD + 1)} | set(hostile.recoverable)


def test_every_bad_url_is_recorded_once_with_its_reason(hostile):
    for path, reason in hostile.expected_failures.items():
        assert path in hostile.failures, (path, sorted(hostile.failures))
        assert len(hostile.failures[path]) == 1, (path, hostile.failures[path])
        assert reason in hostile.failures[path][0], (path, hostile.failures[path])
    assert set(hostile.failures) == set(hostile.expected_failures)
    assert hostile.run["errors"] == len(hostile.expected_failures)
    assert hostile.stats["pactwatch/failures"] == len(hostile.expected_failures)


def test_the_runs_stats_count_the_failures_by_kind(hostile):
    kinds = {key.split("/")[-1]: count for key, count in hostile.stats.items() if key.startswith("pactwatch/failures/")}

    assert kinds == {"http_503": 1, "http_429": 1, "http_404": 1, "timeout": 1, "connection": 1, "truncated": 1,
                     "redirect_loop": 1, "off_domain": 2, "too_large_decompressed": 1, "too_large": 2,
                     "not_html": 2, "no_text": 2, "robots_txt": 1}
    assert sum(kinds.values()) == len(hostile.expected_failures)


def test_retry_after_is_honoured_and_a_long_one_is_not_waited_for(hostile):
    short = hostile.site.faults["/flaky/429.html"]
    assert len(short.answered_at) == 2
    assert short.answered_at[1] - short.answered_at[0] >= 0.9
    assert hostile.site.requests_of("/bad/rate-limited-for-an-hour.html") == 1


def test_oversized_and_bomb_bodies_are_cut_off_and_memory_stays_bounded(hostile):
    assert hostile.site.bytes_sent["/bad/huge.html"] < 16 * MIB
    assert hostile.site.bytes_sent["/bad/huge-streamed.html"] < 16 * MIB
    assert hostile.child_peak_rss_mib < CHILD_RSS_BOUND_MIB


def test_nothing_off_the_source_is_requested(hostile):
    assert hostile.stray.requests == []
    assert "/news/stolen.html" not in hostile.site.paths_requested()
    assert "/private/hidden.html" not in hostile.site.paths_requested()
