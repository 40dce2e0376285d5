"""Listing pages: pagination by rel=next, by 'Next' links and by a page_url template; incremental stops."""

from storage.articles import list_articles
from tests.sites import article_html, words

CONFIG = """
[crawler]
autothrottle = false

[[sources]]
name = "ministry"
kind = "ministry"
country = "AZ"
languages = ["en"]
listings = [{listing}]
allow = ["/news/.+\\\\.html$"]
download_delay = 0
allow_private = true
"""


def listing_page(links: list[str], next_href: str | None, style: str = "rel") -> str:
    items = "".join(f'<li><a href="{href}">Headline {href}</a></li>' for href in links)
    if next_href is None:
        nav = ""
    elif style == "rel":
        nav = f'<a rel="next" href="{next_href}">2</a>'
    else:
        nav = f'<a href="{next_href}">Next »</a>'
    return (f'<html><head><title>News</title></head><body><a href="/about.html">About</a>'
            f'<ul>{items}</ul><div class="pager">{nav}</div></body></html>')


def build_site(site, pages: int = 3, per_page: int = 2, style: str = "rel", first: int = 1) -> list[str]:
    """Pages /list/ -> /list/page/2/ -> ..., newest articles first; returns article paths in order."""
    paths = []
    for page in range(1, pages + 1):
        links = [f"/news/article-{first + (page - 1) * per_page + i}.html" for i in range(per_page)]
        paths += links
        next_href = f"/list/page/{page + 1}/" if page < pages else None
        site.add("/list/" if page == 1 else f"/list/page/{page}/", listing_page(links, next_href, style))
        for link in links:
            site.add(link, article_html(f"Article {link}", [words(link)]))
    return paths


def config_for(site, write_config, listing=None):
    listing = listing or f'"{site.url("/list/")}"'
    return write_config(CONFIG.replace("{listing}", listing))


def test_listing_pagination_by_rel_next_reaches_every_page(site, write_config, crawl, db):
    paths = build_site(site, pages=3)
    outcome = crawl(config_for(site, write_config), "ministry")

    assert outcome.ok
    assert {row["url"] for row in list_articles(db)} == {site.url(p) for p in paths}
    assert "/about.html" not in site.paths_requested()


def test_listing_pagination_follows_a_next_link_by_its_text(site, write_config, crawl, db):
    paths = build_site(site, pages=3, style="text")
    crawl(config_for(site, write_config), "ministry")

    assert len(list_articles(db)) == len(paths)


def test_listing_pagination_by_page_url_template(site, write_config, crawl, db):
    for page in (1, 2, 3):
        links = [f"/news/p{page}-{i}.html" for i in range(2)]
        site.add("/list/" if page == 1 else f"/list?page={page}", listing_page(links, None))
        for link in links:
            site.add(link, article_html(f"Article {link}", [words(link)]))
    listing = f'{{ url = "{site.url("/list/")}", page_url = "{site.url("/list?page={page}")}" }}'
    crawl(config_for(site, write_config, listing), "ministry")

    assert len(list_articles(db)) == 6
    assert "/list?page=4" in site.paths_requested()


def test_paging_stops_at_the_first_page_whose_articles_are_all_known(site, write_config, crawl, db):
    build_site(site, pages=3)
    config = config_for(site, write_config)
    crawl(config, "ministry")

    site.requests.clear()
    old_first_page = site.pages["/list/"]
    site.add("/news/article-0.html", article_html("Fresh article", [words("fresh")]))
    site.add("/list/", listing_page(["/news/article-0.html", "/news/article-1.html"], "/list/page/2/"))
    second = crawl(config, "ministry")

    requested = site.paths_requested()
    assert [p for p in requested if p.startswith("/news/")] == ["/news/article-0.html"]
    assert "/list/page/2/" in requested
    assert "/list/page/3/" not in requested
    assert second.run["articles_new"] == 1
    assert old_first_page is not site.pages["/list/"]


def test_unchanged_listing_is_read_once_and_no_article_fetched_again(site, write_config, crawl, db):
    build_site(site, pages=3)
    config = config_for(site, write_config)
    crawl(config, "ministry")
    site.requests.clear()
    crawl(config, "ministry")

    assert [p for p in site.paths_requested() if p != "/robots.txt"] == ["/list/"]


def test_without_allow_patterns_the_next_page_is_paged_not_stored_as_an_article(site, write_config, crawl, db):
    paths = build_site(site, pages=3)
    site.add("/about.html", article_html("About us", [words("about")]))
    config = config_for(site, write_config).read_text().replace('allow = ["/news/.+\\\\.html$"]\n', "")
    outcome = crawl(write_config(config), "ministry")

    assert outcome.ok
    stored = {row["url"] for row in list_articles(db)}
    assert {site.url(p) for p in paths} <= stored
    assert not any("/list/" in url for url in stored)
