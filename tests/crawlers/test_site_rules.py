"""What a polite, robust crawler must do: robots.txt, encodings, off-site links, broken pages."""

from storage.articles import list_articles
from storage.runs import failures
from tests.sites import article_html, rss, words

CONFIG = """
[crawler]
autothrottle = false
retry_times = 1

[[sources]]
name = "site"
languages = ["ru"]
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""
DATE = "Tue, 05 Mar 2024 10:00:00 +0400"


def feed_of(site, paths):
    site.add("/rss.xml", rss([(site.url(p) if p.startswith("/") else p, p, DATE) for p in paths]),
             "application/rss+xml")


def test_robots_txt_disallow_is_honoured(site, write_config, crawl, db):
    site.add("/robots.txt", "User-agent: *\nDisallow: /private/\n", "text/plain")
    site.add("/news/1.html", article_html("Public", [words("public")]))
    site.add("/private/2.html", article_html("Private", [words("private")]))
    feed_of(site, ["/news/1.html", "/private/2.html"])
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "site")

    assert outcome.ok
    assert "/private/2.html" not in site.paths_requested()
    assert [row["title"] for row in list_articles(db)] == ["Public"]


def test_windows_1251_page_is_decoded_right(site, write_config, crawl, db):
    title = "Министры обороны подписали план сотрудничества"
    paragraph = "Документ подписан в Баку министрами обороны двух государств. " * 4
    html = article_html(title, [paragraph], lang="ru", charset="windows-1251")
    site.add("/news/1251.html", html.encode("cp1251"), "text/html")
    feed_of(site, ["/news/1251.html"])
    crawl(write_config(CONFIG.replace("{base}", site.base_url)), "site")

    row = db.execute("SELECT title, text, lang FROM articles").fetchone()
    assert row[0] == title
    assert "Документ подписан в Баку" in row[1]
    assert row[2] == "ru"


def test_broken_pages_are_recorded_as_failures_and_the_crawl_goes_on(site, write_config, crawl, db):
    site.add("/news/good.html", article_html("Good", [words("good")]))
    site.add("/news/error.html", "<h1>oops</h1>", status=500)
    site.add("/news/missing.html", "<h1>gone</h1>", status=404)
    site.add("/news/report.pdf", b"%PDF-1.4 not really", "application/pdf")
    site.add("/news/empty.html", "<html><body></body></html>")
    feed_of(site, ["/news/error.html", "/news/missing.html", "/news/report.pdf", "/news/empty.html",
                   "/news/good.html"])
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "site")

    assert outcome.ok
    assert [row["title"] for row in list_articles(db)] == ["Good"]
    reasons = {row["url"].rsplit("/", 1)[1]: row["reason"] for row in failures(db, outcome.run["id"])}
    assert reasons["error.html"] == "HTTP 500"
    assert reasons["missing.html"] == "HTTP 404"
    assert reasons["report.pdf"].startswith("not an HTML page")
    assert reasons["empty.html"] == "no article text found"
    assert outcome.run["errors"] == 4


def test_links_to_other_hosts_are_not_followed(site, write_config, crawl, db):
    site.add("/news/1.html", article_html("Local", [words("local")]))
    feed_of(site, ["/news/1.html", "http://example.invalid/news/2.html",
                   site.base_url.replace("127.0.0.1", "localhost") + "/news/3.html"])
    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "site")

    assert outcome.ok
    assert [row["title"] for row in list_articles(db)] == ["Local"]
    assert "/news/3.html" not in site.paths_requested()


def test_redirect_off_the_source_hosts_is_refused_and_recorded(site, write_config, crawl, db):
    with type(site)() as other:
        other.add("/news/elsewhere.html", article_html("Elsewhere", [words("elsewhere")]))
        site.add("/news/moved.html", "", status=302, headers={"Location": other.url("/news/elsewhere.html")})
        feed_of(site, ["/news/moved.html"])
        outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "site")
        target = other.url("/news/elsewhere.html")

        assert other.paths_requested() == []
    assert list_articles(db) == []
    [failure] = failures(db, outcome.run["id"])
    assert failure["url"] == site.url("/news/moved.html")
    assert failure["reason"] == f"redirected to {target}: host 127.0.0.1 is not one of the source's domains"


def test_no_more_requests_at_once_than_concurrent_per_domain(site, write_config, crawl, db):
    paths = [f"/news/slow-{n}.html" for n in range(8)]
    for path in paths:
        site.add(path, article_html(path, [words(path)]), delay=0.3)
    feed_of(site, paths)
    config = CONFIG.replace("[crawler]", "[crawler]\nconcurrent_per_domain = 2").replace("{base}", site.base_url)
    outcome = crawl(write_config(config), "site")

    assert outcome.ok
    assert len(list_articles(db)) == 8
    assert site.peak_concurrency == 2


def test_links_with_a_script_scheme_on_the_site_host_are_never_fetched_or_stored(site, write_config, crawl, db):
    """The host filter read only the host, so `javascript://<the site's host>/%0aalert(1)` passed
    it; a crawl now takes only http(s) URLs, whichever discovery found them."""
    host = site.base_url.split("//", 1)[1]
    hostile = [f"javascript://{host}/%0aalert(document.domain)", f"JaVaScRiPt://{host}/news/%0aalert(1)",
               f"vbscript://{host}/x", f"data://{host}/text/html,<script>alert(1)</script>"]
    site.add("/news/1.html", article_html("Local", [words("local")]))
    feed_of(site, ["/news/1.html", *hostile])
    site.add("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
             'schemas/sitemap/0.9">' + "".join(f"<url><loc>{u.replace('<', '&lt;')}</loc></url>"
                                               for u in [site.url("/news/1.html"), *hostile]) + "</urlset>",
             "application/xml")
    site.add("/news/", "<html><body>" + "".join(f'<a href="{u.replace("<", "&lt;")}">story</a>'
                                                for u in [site.url("/news/1.html"), *hostile]) + "</body></html>")
    config = CONFIG.replace("{base}", site.base_url).replace(
        "download_delay", f'sitemaps = ["{site.base_url}/sitemap.xml"]\nlistings = ["{site.base_url}/news/"]\n'
        "download_delay")
    outcome = crawl(write_config(config), "site")

    assert outcome.ok
    assert [row["url"] for row in list_articles(db)] == [site.url("/news/1.html")]
    assert failures(db, outcome.run["id"]) == []
