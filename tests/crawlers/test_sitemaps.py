"""Sitemap indexes, news sitemaps and gzip sitemaps."""

import gzip

from storage.articles import list_articles
from tests.sites import article_html, words

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "daily"
sitemaps = ["{base}/sitemap.xml"]
allow = ["/\\\\d{4}/\\\\d{2}/.+\\\\.html$"]
download_delay = 0
allow_private = true
"""

INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{{BASE}}/sitemap-news.xml</loc></sitemap>
  <sitemap><loc>{{BASE}}/sitemap-pages.xml.gz</loc></sitemap>
</sitemapindex>"""

NEWS = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
  <url><loc>{{BASE}}/2023/10/plan-signed.html</loc>
    <news:news><news:publication><news:name>Daily</news:name><news:language>az</news:language></news:publication>
      <news:publication_date>2023-10-06T16:16:00+04:00</news:publication_date>
      <news:title>Plan signed</news:title></news:news></url>
</urlset>"""

PAGES = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{{BASE}}/2023/09/exercise-ends.html</loc><lastmod>2023-09-20</lastmod></url>
  <url><loc>{{BASE}}/about.html</loc></url>
</urlset>"""


def test_sitemap_index_news_sitemap_and_gzip_child_are_all_followed(site, write_config, crawl, db):
    site.add("/sitemap.xml", INDEX, "application/xml")
    site.add("/sitemap-news.xml", NEWS, "application/xml")
    site.add("/sitemap-pages.xml.gz", gzip.compress(PAGES.replace("{{BASE}}", site.base_url).encode()),
             "application/x-gzip")
    site.add("/2023/10/plan-signed.html", article_html("Plan signed", [words("plan")], published=None, lang="az"))
    site.add("/2023/09/exercise-ends.html", article_html("Exercise ends", [words("exercise")]))
    site.add("/about.html", article_html("About", [words("about")]))

    outcome = crawl(write_config(CONFIG.replace("{base}", site.base_url)), "daily")

    assert outcome.ok, outcome
    rows = {row["title"]: row for row in list_articles(db)}
    assert set(rows) == {"Plan signed", "Exercise ends"}
    assert rows["Plan signed"]["published_at"] == "2023-10-06T16:16:00+04:00"
    assert rows["Plan signed"]["lang"] == "az"
    assert "/about.html" not in site.paths_requested()
