"""Extraction of title, text, date and language from article pages."""

from crawlers.extraction import clean_title, extract_article, parse_visible_date
from monitor.config import Selectors
from tests.sites import article_html, words


def test_story_text_without_navigation_or_latest_headlines():
    html = article_html("Ministers meet", [words("one"), words("two")], latest=["Other story about a plan"])
    extracted = extract_article(html, "https://e.org/1")

    assert extracted.title == "Ministers meet"
    assert "(one)" in extracted.text and "(two)" in extracted.text
    assert "Other story about a plan" not in extracted.text
    assert extracted.published == "2024-03-05T10:00:00+04:00"
    assert extracted.lang == "en"


def test_selectors_win_over_automatic_extraction():
    html = ('<html><body><div class="n_title"><h2>The real headline</h2><span>17 October 2022 13:07</span></div>'
            '<h1>Site name</h1><div class="vi_in_desc"><p>First paragraph of the story.</p><p>Second one.</p></div>'
            '<div class="sidebar"><p>' + words("sidebar") + '</p></div></body></html>')
    selectors = Selectors(title=".n_title h2", date=".n_title span", body=".vi_in_desc")
    extracted = extract_article(html, "https://mod.example/en/news/1.html", selectors, ("en",))

    assert extracted.title == "The real headline"
    assert extracted.text == "First paragraph of the story.\nSecond one."
    assert extracted.published == "2022-10-17T13:07:00"


def test_xpath_selectors_are_accepted():
    html = '<html><body><div id="c"><p>The body of this story is selected by an XPath expression.</p></div></body></html>'
    extracted = extract_article(html, "https://e.org/1", Selectors(body="//div[@id='c']"))
    assert extracted.text == "The body of this story is selected by an XPath expression."


def test_metadata_date_wins_over_visible_date_and_json_ld_is_read():
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2025-12-06T15:49:00+04:00"}</script></head><body><article><h1>T</h1>'
            f'<time datetime="2020-01-01">1 January 2020</time><p>{words("x")}</p></article></body></html>')
    assert extract_article(html, "https://e.org/1").published == "2025-12-06T15:49:00+04:00"


def test_page_without_text_gives_nothing():
    assert extract_article("<html><body><nav>Home</nav></body></html>", "https://e.org/1") is None


def test_media_suffixes_are_dropped_from_titles():
    assert clean_title("  Pilots train over the Caspian - VIDEO ") == "Pilots train over the Caspian"
    assert clean_title("Tank crews compete - FOTO") == "Tank crews compete"
    assert clean_title("Video games and defence") == "Video games and defence"


def test_visible_dates_in_several_languages():
    assert parse_visible_date("13:51, 15 августа 2025", ("ru",)) == "2025-08-15T13:51:00"
    assert parse_visible_date("6 Dekabr 2025 15:49", ("az",)) == "2025-12-06T15:49:00"
    assert parse_visible_date("24 September 2024") == "2024-09-24"
    assert parse_visible_date("not a date at all") is None
