"""Extraction of title, text, date and language from article pages."""

import hashlib
import importlib
import inspect
from copy import copy, deepcopy
from pathlib import Path

import pytest
import trafilatura
from lxml import etree
from lxml.html import HtmlElement
from parsel import Selector
from trafilatura import core, htmlprocessing, json_metadata, main_extractor, metadata, xml
from trafilatura.htmlprocessing import prune_unwanted_nodes, tree_cleaning
from trafilatura.metadata import JSON_MINIFY, extract_meta_json, extract_metainfo, normalize_authors
from trafilatura.settings import BASIC_CLEAN_XPATH, Document, Extractor
from trafilatura.utils import load_html, trim
from trafilatura.xpaths import (
    AUTHOR_DISCARD_XPATHS,
    AUTHOR_XPATHS,
    OVERALL_DISCARD_XPATH,
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
)

from crawlers.extraction import (
    AFTER_HEADLINE,
    BYLINE_CHARS,
    BYLINE_DISCARD_XPATHS,
    BYLINE_XPATHS,
    FAST,
    HEAD_METAS_PATH,
    ITEMPROP_DATE,
    JSON_LD,
    LEAD_LINES,
    META_JSON_SCRIPTS,
    META_TAGS,
    OPENGRAPH_XPATH,
    TIME_DATETIMES,
    PageTags,
    _basic_clean_selection,
    _basic_cleaning,
    _byline,
    _byline_candidates,
    _byline_selections,
    _content_language,
    _HeadMetas,
    _json_ld_date,
    _meta_date,
    _overall_discarded,
    _page_language,
    _prune_raw_tree,
    _published_in_tree,
    _raw_tree_selections,
    _time_datetime,
    _title_and_author,
    _trafilatura_text,
    after_headline_lines,
    clean_title,
    extract_article,
    extraction_options,
    json_ld_text,
    meta_json,
    parse_page,
)
from crawlers.page_dates import DateRules
from monitor.config import Selectors
from tests.sites import article_html, words


def test_story_text_without_navigation_or_latest_headlines():
    html = article_html("Ministers meet", [words("one"), words("two")], latest=["Other story about a plan"])
    extracted = extract_article(html, "https://e.org/1")

    assert extracted.title == "Ministers meet"
    assert "(one)" in extracted.text and "(two)" in extracted.text
    assert "Other story about a plan" not in extracted.text
    assert extracted.published_at == "2024-03-05T10:00:00+04:00"
    assert extracted.lang == "en"


def test_selectors_win_over_automatic_extraction():
    html = ('<html><body><div class="n_title"><h2>The real headline</h2><span>17 October 2022 13:07</span></div>'
            '<h1>Site name</h1><div class="vi_in_desc"><p>First paragraph of the story.</p><p>Second one.</p></div>'
            '<div class="sidebar"><p>' + words("sidebar") + '</p></div></body></html>')
    selectors = Selectors(title=".n_title h2", date=".n_title span", body=".vi_in_desc")
    extracted = extract_article(html, "https://mod.example/en/news/1.html", selectors, DateRules(languages=("en",)))

    assert extracted.title == "The real headline"
    assert extracted.text == "First paragraph of the story.\nSecond one."
    assert extracted.published_at == "2022-10-17T13:07:00"


def test_xpath_selectors_are_accepted():
    html = ('<html><body><div id="c"><p>The body of this story is selected by an XPath expression.</p></div>'
            '</body></html>')
    extracted = extract_article(html, "https://e.org/1", Selectors(body="//div[@id='c']"))
    assert extracted.text == "The body of this story is selected by an XPath expression."


def test_metadata_date_wins_over_visible_date_and_json_ld_is_read():
    html = ('<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
            '"datePublished": "2025-12-06T15:49:00+04:00"}</script></head><body><article><h1>T</h1>'
            f'<time datetime="2020-01-01">1 January 2020</time><p>{words("x")}</p></article></body></html>')
    assert extract_article(html, "https://e.org/1").published_at == "2025-12-06T15:49:00+04:00"


def test_page_without_text_gives_nothing():
    assert extract_article("<html><body><nav>Home</nav></body></html>", "https://e.org/1") is None


def test_media_suffixes_are_dropped_from_titles():
    assert clean_title("  Pilots train over the Caspian - VIDEO ") == "Pilots train over the Caspian"
    assert clean_title("Tank crews compete - FOTO") == "Tank crews compete"
    assert clean_title("Video games and defence") == "Video games and defence"


BAKU_DATES = DateRules(languages=("en",), timezone="Asia/Baku")


def story_page(head="", story="", aside=""):
    return (f"<html><head>{head}</head><body><aside class='latest'>{aside}</aside><article><h1>Talks held</h1>"
            f"{story}<p>{words('story')}</p></article></body></html>")


def test_date_precedence_is_metadata_then_visible_text_then_url():
    url = "https://e.org/news/2024/03/01/talks"
    meta = "<meta property='article:published_time' content='2024-03-03T09:00:00'>"
    visible = "<p class='when'>2 March 2024 11:30</p>"
    selectors = Selectors(date=".when")

    both = extract_article(story_page(meta, visible), url, selectors, BAKU_DATES)
    assert (both.published_at, both.date_from) == ("2024-03-03T09:00:00+04:00", "metadata")
    shown = extract_article(story_page(story=visible), url, selectors, BAKU_DATES)
    assert (shown.published_at, shown.date_from) == ("2024-03-02T11:30:00+04:00", "date selector")
    bare = extract_article(story_page(), url, selectors, BAKU_DATES)
    assert (bare.published_at, bare.date_from) == ("2024-03-01", "url")


def test_a_date_in_a_sidebar_is_never_the_article_date():
    sidebar = "<ul><li><time datetime='2020-01-01T08:00:00+00:00'>1 January 2020</time> Old story</li></ul>"
    extracted = extract_article(story_page(aside=sidebar), "https://e.org/news/talks", Selectors(), BAKU_DATES)
    assert extracted.published_at is None


def test_a_date_in_a_sidebar_after_a_short_story_is_never_the_article_date():
    """The lines after the headline were read up to the sidebar that follows a one-paragraph story."""
    page = (f"<html><body><article><h1>Talks held</h1><p>{words('story')}</p></article><aside><h3>Latest</h3>"
            "<p>5 January 2021</p></aside></body></html>")
    assert extract_article(page, "https://e.org/news/talks", Selectors(), BAKU_DATES).published_at is None


def test_a_date_line_or_dateline_opening_the_story_is_read():
    line = extract_article(story_page(story="<p>17 October 2022 13:07</p>"), "https://e.org/n/1", Selectors(),
                           BAKU_DATES)
    assert (line.published_at, line.date_from) == ("2022-10-17T13:07:00+04:00", "text")
    dateline = extract_article(story_page(story=f"<p>Baku/02.10.20/Turan: {words('lead')}</p>"), "https://e.org/n/2",
                               Selectors(), BAKU_DATES)
    assert dateline.published_at == "2020-10-02"


def test_author_selector_gives_the_byline():
    html = story_page(story="<div class='author'><h6>By Trend</h6></div>")
    assert extract_article(html, "https://e.org/n/1", Selectors(author=".author h6")).author == "By Trend"


def test_author_comes_from_metadata_else_from_the_byline_and_the_byline_costs_no_other_field():
    """The byline is looked for last, in the page's own tree, which it prunes (its <time> included):
    the date, title and text read before it stay."""
    byline = ("<span class='byline'>Leyla Aliyeva</span>"
              "<time datetime='2024-03-02T11:30:00+04:00'>2 March 2024</time>")
    from_byline = extract_article(story_page(story=byline), "https://e.org/n/1", Selectors(), BAKU_DATES)
    assert from_byline.author == "Leyla Aliyeva"
    assert (from_byline.published_at, from_byline.date_from) == ("2024-03-02T11:30:00+04:00", "time element")
    assert from_byline.title == "Talks held" and "(story)" in from_byline.text

    meta = "<meta name='author' content='Rashad Mammadov'>"
    from_meta = extract_article(story_page(meta, byline), "https://e.org/n/2", Selectors(), BAKU_DATES)
    assert from_meta.author == "Rashad Mammadov"


def test_metadata_dates_are_read_in_order_of_trust_whatever_their_order_in_the_page():
    """The first tag of the most trusted kind that names a date wins; a kind whose first tag does not
    parse gives way to the next kind, as the one XPath a kind each did."""
    def date_of(head, story=""):
        extracted = extract_article(story_page(head, story), "https://e.org/n/1", Selectors(), BAKU_DATES)
        return extracted.published_at

    named = "<meta name='date' content='2021-03-04'>"
    published = "<meta property='article:published_time' content='2022-05-06T10:00:00+04:00'>"
    assert date_of(named + published) == "2022-05-06T10:00:00+04:00"
    assert date_of("<meta property='article:published_time' content='soon'>"
                   "<meta property='article:published_time' content='2019-09-09'>" + named) == "2021-03-04"
    assert date_of(named, "<time itemprop='datePublished' datetime='2016-06-06'>June</time>") == "2016-06-06"
    assert date_of("<meta itemprop='datePublished' content='2013-03-03'>"
                   "<meta property='og:article:published_time' content='2012-02-02'>") == "2012-02-02"
    in_body = "<div><meta property='article:published_time' content='2008-08-08'></div>"
    assert date_of(named, in_body) == "2008-08-08"


def test_a_page_is_parsed_as_trafilatura_parses_it_with_plain_html_elements():
    pages = [story_page("<meta name='date' content='2021-03-04'>", "<form><input value='a'><textarea>t</textarea>"
                        "<select><option>o</option></select><label>l</label></form>"),
             "<!DOCTYPE html>\n<html/>\n<body><p>after a self-closed root</p><p>and more</p></body>",
             "<?xml version='1.0' encoding='utf-8'?><html><body><p>declared</p></body></html>",
             "<div><p>a fragment</p></div>", "plain words, no markup at all",
             '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">'
             "\n<html><body><p>a doctype libxml2 misreads</p></body></html>",
             "<!DOCTYPE html><html><body><p>one line and no line feed</p></body></html>",
             "<html><head><meta charset='windows-1251'></head><body><p>Переговоры, ünïcödé, 中文, 😀</p></body></html>",
             "<html><head><meta http-equiv='Content-Type' content='text/html; charset=iso-8859-1'></head>"
             "<body><p>Ελληνικά</p></body></html>",
             "<html><body><p>a control\x01 char,\x0c a form feed, \ufffe and \uffff</p></body></html>",
             "<html><body><p>Переговоры and a noncharacter \ufffe alone</p></body></html>",
             "<html><body><p>中文 and the other noncharacter \uffff alone</p></body></html>",
             "<html>\x0b<body class='x'/>\n<p>after a vertical tab</p></html>",
             "<?xml version='1.0' encoding='windows-1251'?><html><body><p>Киев</p></body></html>",
             "\ufeff<html><body><p>after a byte order mark</p></body></html>",
             "<html><body><p>a lone \ud800 surrogate</p></body></html>"]
    for page in pages:
        ours, theirs = parse_page(page), load_html(page)
        assert (ours is None) == (theirs is None)
        if ours is not None:
            assert etree.tostring(ours) == etree.tostring(theirs)
            assert {type(element) for element in ours.iter()} <= {HtmlElement}
        if "\ud800" not in page:  # handed its UTF-8 bytes (an extraction worker has them), the same tree
            given = parse_page(page, page.encode("utf-8"))
            assert (given is None) == (ours is None) and (ours is None or etree.tostring(given) == etree.tostring(ours))


# What BYLINE_XPATHS and BYLINE_DISCARD_XPATHS were written from: trafilatura's expressions, hashed.
TRAFILATURA_AUTHOR_XPATHS_SHA256 = "bd5f280624916a837f627a558a6f87d6ebde80d97a00908c8a856c7b7b9eae82"
PROBE_TAGS = ("a", "address", "div", "link", "p", "span", "strong", "h3", "h4", "section", "li", "em")
PROBE_ATTRIBUTES = ("rel", "id", "class", "itemprop", "data-testid", "data-component", "name")
PROBE_VALUES = ("author", "author name", "me", "AuthorCard", "AuthorURL", "author-name", "the authorname box",
                "AuthorName", "x authorName", "byline", "username", "byl", "BBL", "channel-name", "zuozhe",
                "bianji-1", "xiaobian", "submitted-by", "posted-by", "journalist-name", "Author", "screenname",
                "writer", "Byline", "big-byline", "comments", "comments-area", "my comments", "Comments here",
                "commentlist", "comment-list", "comments-list", "ProductReviews", "title", "date", "sidebar",
                "is-hidden", "quote", "embedly-instagram", "article-share", "article-support", "article-other",
                "print", "category", "meta-date", "meta-reviewer", "Figure", "FigureCaption", "plain", "")


def probe_page():
    """Every tag with every attribute value any byline XPath tests, and near misses."""
    cells = [f'<{tag} {attribute}="{value}">{tag} {attribute} {value}<em>in</em> text</{tag}>'
             for tag in PROBE_TAGS for attribute in PROBE_ATTRIBUTES for value in PROBE_VALUES]
    cells += ["<div><rel>me</rel>rel child</div>", "<p><rel>me too</rel></p>", "<author>An Author</author>",
              "<time>today</time>", "<figure>a figure</figure>"]
    return f"<html><head><title>Probe</title></head><body>{''.join(cells)}</body></html>"


def test_the_byline_xpaths_select_what_trafilaturas_select():
    """BYLINE_XPATHS and BYLINE_DISCARD_XPATHS test the attributes there are instead of every element's;
    on a page of every value they test (and near misses) they pick the same elements, before and after
    the pruning. When trafilatura's expressions change, the hash fails: write ours again from theirs."""
    theirs = "\n".join(xpath.path for xpath in AUTHOR_XPATHS + AUTHOR_DISCARD_XPATHS)
    assert hashlib.sha256(theirs.encode()).hexdigest() == TRAFILATURA_AUTHOR_XPATHS_SHA256
    tree = parse_page(probe_page())
    for ours, trafilaturas in zip(BYLINE_DISCARD_XPATHS, AUTHOR_DISCARD_XPATHS):
        assert ours(tree) == trafilaturas(tree) and len(ours(tree)) >= 2
    for ours, trafilaturas in zip(BYLINE_XPATHS, AUTHOR_XPATHS):
        assert ours(tree) == trafilaturas(tree) and len(ours(tree)) >= 2
    pruned = prune_unwanted_nodes(tree, BYLINE_DISCARD_XPATHS)
    for ours, trafilaturas in zip(BYLINE_XPATHS, AUTHOR_XPATHS):
        assert ours(pruned) == trafilaturas(pruned) and len(ours(pruned)) > 2


def test_the_lines_after_the_headline_are_the_first_the_whole_xpath_selects():
    """after_headline_lines tests the texts after the headline one by one, and stops at LEAD_LINES."""
    pages = ["<html><body><h1>Talks</h1>the headline's tail<aside>aside<p>in an aside</p></aside> after the aside "
             "<script>var x = 1</script><p class='top sidebar-box'>side <b>bold</b> after bold</p><footer>foot</footer>"
             "<div><nav>menu</nav>after the menu</div><p>one</p><p>two</p><p>three</p></body></html>",
             "<html><body><div class='related'><h1>Inside a related box</h1><p>related</p></div><p>out</p>"
             "<p>   </p><p>next</p><p>last</p></body></html>",
             "<html><body><p>no headline here</p></body></html>",
             story_page(story="<p>17 October 2022</p><ul class='latest-list'><li>5 May 2020</li></ul><p>after</p>")]
    for page in pages:
        tree = parse_page(page)
        assert after_headline_lines(tree) == [str(text) for text in tree.xpath(AFTER_HEADLINE)][:LEAD_LINES]
    assert after_headline_lines(parse_page(pages[0])) == ["the headline's tail", " after the aside ", "after the menu"]


def test_the_extraction_options_are_those_trafilatura_builds_for_the_page():
    for url in ("https://e.org/news/2024/03/01/talks", "https://e.org/r\u00e9sum\u00e9", ""):
        ours = extraction_options(url)
        theirs = Extractor(output_format="python", url=url, fast=FAST, comments=False, tables=False)
        fields = [name for name in Extractor.__slots__ if name != "date_params"]
        assert [getattr(ours, name) for name in fields] == [getattr(theirs, name) for name in fields]
        assert not ours.with_metadata  # the only step that reads date_params
    assert extraction_options("https://e.org/1").url == "https://e.org/1"
    assert extraction_options("https://e.org/2").url == "https://e.org/2"


def test_the_text_is_the_one_bare_extraction_gives_from_a_copy_of_the_tree():
    """_trafilatura_text extracts from the tree itself (bare_extraction copies any tree it is given):
    the same text, and None where bare_extraction gives None."""
    pages = [story_page("<meta name='author' content='A B'>", "<p class='byline'>By C D</p>",
                        "<ul><li><a href='/1'>One</a></li><li><a href='/2'>Two</a></li></ul>"),
             article_html("Ministers meet", [words("one"), words("two")], latest=["Other story about a plan"]),
             "<html><body><div id='comments'><p>" + words("a comment") + "</p></div><table><tr><td>"
             + words("a cell") + "</td></tr></table><p>" + words("the story") + "</p></body></html>",
             "<html><body><div><a href='/1'>menu</a> <a href='/2'>links</a></div><p>short</p></body></html>",
             "<html><body><nav>Home</nav></body></html>",
             "<html><head><title>t</title></head><body><p> </p><script>x</script></body></html>"]
    for index, page in enumerate(pages):
        url = f"https://e.org/n/{index}"
        tree = parse_page(page)
        document = trafilatura.bare_extraction(copy(tree), options=extraction_options(url))
        assert _trafilatura_text(tree, extraction_options(url)) == (document.text if document else None)
    assert _trafilatura_text(parse_page(pages[0]), extraction_options("https://e.org/n/0"))
    assert _trafilatura_text(parse_page(pages[-1]), extraction_options("https://e.org/n/5")) is None


def byline_of_the_pruned_copy(tree):
    """trafilatura's own way (extract_author): the author XPaths over a deep copy pruned of what the
    discard XPaths select, its result trimmed as the metadata's."""
    author = extract_metainfo(prune_unwanted_nodes(deepcopy(tree), BYLINE_DISCARD_XPATHS), BYLINE_XPATHS,
                              len_limit=BYLINE_CHARS)
    if not author:
        return None
    found = Document()
    found.author = normalize_authors(None, author)
    found.clean_and_trim()
    return found.author


def test_the_byline_reads_the_page_as_its_pruned_copy_would_and_leaves_the_page_whole():
    """_byline skips what the pruning would remove, joins the texts on either side of a removed element
    as the pruning joins them, and changes nothing in the page."""
    bylines = ["<span class='byline'>Leyla<time>2 March</time>Aliyeva</span>",  # joined: no space
               "<span class='byline'><time>2 March</time>Rashad Mammadov</span>",  # to the parent's text
               "<span class='byline'>By <b>Anar</b><time>1</time><figure>f</figure> Guliyev, <i>Baku</i></span>",
               "<span class='byline'><figure>f</figure><time>t</time>Two removed first</span>",
               "<div class='quote'><span class='byline'>Inside a quote</span></div><p class='byline'>Kept One</p>",
               "<span class='byline date'>x</span><span class='date'><span class='byline'>Not me</span></span>"
               "<span class='author'>Mina <span class='sidebar'>side<time>t</time></span>Safarova</span>",
               "<div class='byline'><span class='comments'>12 comments</span></div><a rel='author'>Ok Author</a>",
               "<span class='byline'><time>only a date</time></span><span class='writer'>Later Writer</span>",
               "<span class='byline'>x</span>"]
    for byline in bylines:
        tree = parse_page(story_page(story=byline))
        before = etree.tostring(tree)
        expected = byline_of_the_pruned_copy(tree)
        assert _byline(tree) == expected
        assert etree.tostring(tree) == before
        assert extract_article(story_page(story=byline), "https://e.org/n/1").author == expected
    assert _byline(parse_page(story_page(story=bylines[0]))) == "LeylaAliyeva"
    assert _byline(parse_page(story_page(story=bylines[1]))) == "Rashad Mammadov"
    assert _byline(parse_page(story_page(story=bylines[4]))) == "Kept One"


def test_the_byline_candidates_read_as_in_the_pruned_copy_on_a_page_of_every_tested_value_nested():
    """Every element an author XPath selects, with its text, in order, as trafilatura reads them from
    the pruned copy: on the probe page, and on one where each cell holds another (a byline inside a
    sidebar, a date or a comments box inside a byline, and so on)."""
    cells = [f'<{tag} {attribute}="{value}">{tag} {value}<em>in</em> text</{tag}>'
             for tag in PROBE_TAGS for attribute in PROBE_ATTRIBUTES for value in PROBE_VALUES]
    nested = [f"{outer[:outer.index('>') + 1]}before {inner} after{outer[outer.index('>') + 1:]}"
              for outer, inner in zip(cells, cells[7:] + cells[:7])]
    prunable = [f'<{tag} {attribute}="{value}">{tag} {value}<em>in</em> text</{tag}>'
                for tag in ("a", "div", "section", "span") for attribute in ("id", "class", "data-component")
                for value in PROBE_VALUES] + ["<time>a time</time>", "<figure>a figure</figure>"]
    nested += [f"{cell[:cell.index('>') + 1]}<span class='author'>Named Inside</span>{cell[cell.index('>') + 1:]}"
               for cell in prunable]  # a byline inside each
    nested += [f"<span class='byline'>By {cell} and Someone</span>" for cell in prunable]  # each inside a byline
    nested += ["<span class='byline'>A<time>t</time><time>u</time>B<figure>f</figure></span>",
               "<div class='quote'><p><span class='author'>Deep Inside</span></p></div>"]
    for page in (probe_page(), f"<html><body>{''.join(nested)}</body></html>"):
        tree = parse_page(page)
        pruned = prune_unwanted_nodes(deepcopy(tree), BYLINE_DISCARD_XPATHS)
        expected = [trim(" ".join(element.itertext()))
                    for expression in BYLINE_XPATHS for element in expression(pruned)]
        assert list(_byline_candidates(tree)) == expected and len(expected) > 100


SHARED_PAGES = Path(__file__).resolve().parents[2] / "../shared/datasets/article-extraction-benchmark"


def test_the_byline_selections_of_one_walk_are_the_xpaths_selections():
    """_byline_selections finds in one walk of the page what each of BYLINE_XPATHS selects, in the same
    order: on the probe page (every value tested, and near misses), pruned and whole; on a page whose
    elements carry several attributes, a value holding another and elements named `rel` and `author`
    (with and without attributes); on a fragment (lxml.html gives an element under the root); and on the
    extraction benchmark's 181 real pages (../shared, read at test time)."""
    several = "".join(f'<{tag} class="x {value}" id="{other}" itemprop="{value} y" data-component="{other}">'
                      f"{tag} text</{tag}>"
                      for tag in PROBE_TAGS for value, other in zip(PROBE_VALUES, PROBE_VALUES[3:] + PROBE_VALUES[:3]))
    named = ("<p class='author'><rel>me</rel></p><div><rel class='byline'>me</rel></div><author class='x'>A</author>"
             "<author id='author'>B</author><span rel='author' data-testid='AuthorURL'>C</span>")
    pages = [probe_page(), f"<html><body>{several}</body></html>", f"<html><body>{named}{several}</body></html>",
             f"<html><body>{several.replace('rel', 'x')}</body></html>"]
    trees = [parse_page(page) for page in pages]
    fragment = parse_page("<p class='byline'>By One</p><span class='author'>Two</span>")
    trees += [prune_unwanted_nodes(parse_page(probe_page()), BYLINE_DISCARD_XPATHS), fragment]
    if (SHARED_PAGES / "ground-truth.json").is_file():
        from benchmarks.dataset import load_pages

        trees += [parse_page(page.html.decode("utf-8", errors="replace")) for page in load_pages(SHARED_PAGES)]
    selected = 0
    for tree in trees:
        if tree is None:
            continue
        expected = tuple(expression(tree) for expression in BYLINE_XPATHS)
        assert _byline_selections(tree) == expected
        selected += sum(map(len, expected))
    assert selected > 1000 and fragment.getparent() is not None  # the fragment's element is not the root
    assert [len(selection) for selection in _byline_selections(fragment)] == [1, 2, 2]


# trafilatura's JSON-LD reading as meta_json and json_ld_text were written from (trafilatura 2.3.1).
TRAFILATURA_META_JSON_SHA256 = "56ad6a99f3f14491c47027a2ac6904963ba501c1d995308acbb5201cf021717a"
JSON_LD_TEXTS = (
    '{"@context": "https://schema.org", "@type": "NewsArticle",\n  "headline": "Two  ministers\tmet",'
    '  "author": {"@type": "Person", "name": "Anna \\u00c9criture"}}',
    '{ "a" : "x \\" y" , "b":"unterminated }',  # an escaped quote; a quote never closed
    '{"a": "\\u0041\\u00e9 \\ud83d\\ude00 \\ud800 alone", "b": "line\\nbreak\\ttab\\rret"}',
    '{"name": "Fish &amp; Chips <b>bold</b> <!-- note -->", "x": "\\\\"}',
    '{"s":"\u00a0keep\u2003inside"}\u00a0\u2003\u3000\x1c\x0b\x0c  {"t" : 1}',
    '"" "" "a""b" "\\"',
    '{"a": "back\\\nslash newline", "b": "\\\\", "c": "end \\"}  "open \\" "',
    'no json at all < here > & there',
    '',
)


def _document_fields(document: Document) -> dict:
    """The metadata a Document holds (its body and comments are new empty elements in each)."""
    return {name: getattr(document, name, None) for name in Document.__slots__ if name not in ("body", "commentsbody")}


def test_json_ld_reading_is_trafilaturas():
    """meta_json and json_ld_text give what trafilatura's extract_meta_json and its minifying and
    normalising give, on texts of every case (strings with escapes, quotes never closed, unicode
    escapes and lone surrogates, entities, tags, every kind of space inside and outside strings); when
    trafilatura's functions change, the hash fails: write them again from theirs."""
    theirs = "\n".join([inspect.getsource(metadata.extract_meta_json), inspect.getsource(json_metadata.normalize_json),
                        JSON_MINIFY.pattern, json_metadata.JSON_UNICODE_REPLACE.pattern])
    assert hashlib.sha256(theirs.encode()).hexdigest() == TRAFILATURA_META_JSON_SHA256
    for text in JSON_LD_TEXTS:
        assert json_ld_text(text) == json_metadata.normalize_json(JSON_MINIFY.sub(r"\1", text)), text
    scripts = "".join(f'<script type="application/ld+json">{text}</script>' for text in JSON_LD_TEXTS)
    page = (f'<html><head><title>T</title>{scripts}<script type="application/settings+json">'
            '{"headline": "Settings"}</script></head><body><p>Text</p>'
            '<script type="application/ld+json">{"@context": "http://schema.org", "@type": "Article",'
            ' "articleSection": "Defence", "author": [{"name": "Some One"}]}</script></body></html>')
    for html in (page, article_html("Ministers meet", [words("one")])):
        ours, trafilaturas = meta_json(parse_page(html), Document()), extract_meta_json(parse_page(html), Document())
        assert _document_fields(ours) == _document_fields(trafilaturas)
    assert _document_fields(meta_json(parse_page(page), Document())) != _document_fields(Document())


def test_json_ld_reading_is_trafilaturas_on_the_benchmark_pages():
    """The same on every JSON-LD script of the extraction benchmark's 181 real pages (../shared, read at
    test time)."""
    folder = SHARED_PAGES
    if not (folder / "ground-truth.json").is_file():
        pytest.skip("../shared/datasets/article-extraction-benchmark is not here")
    from benchmarks.dataset import load_pages

    scripts = 0
    for page in load_pages(folder):
        tree = parse_page(page.html.decode("utf-8", errors="replace"))
        if tree is None:
            continue
        for element in tree.xpath('.//script[@type="application/ld+json" or @type="application/settings+json"]'):
            if element.text:
                scripts += 1
                assert json_ld_text(element.text) == json_metadata.normalize_json(JSON_MINIFY.sub(r"\1", element.text))
        assert _document_fields(meta_json(tree, Document())) == _document_fields(extract_meta_json(tree, Document()))
    assert scripts > 100


# trafilatura's examine_meta and extract_opengraph, whose two selections _HeadMetas answers (trafilatura 2.3.1).
TRAFILATURA_EXAMINE_META_SHA256 = "ba1565636c37cd2f7e5474460ec6893164aee04863e74f4d2b57d4fb0c0b2f5e"


def tag_pages() -> list[str]:
    """Pages of every case the walk for PageTags must answer as the expressions do: <meta> tags in the head,
    in the body and in a second head, of every attribute the metadata and dates read; JSON-LD and other
    scripts in both; <time> elements in an article, in an aside within it, outside it, without datetime."""
    head = ("<meta property='og:title' content='OG title'><meta property='og:author' content='Og Author'>"
            "<meta property='og:x'><meta property='article:author' content='Prop Author'>"
            "<meta name='author' content='Name Author'><meta name='description' content='D'>"
            "<meta http-equiv='content-language' content='az-AZ'><meta http-equiv='x'>"
            "<meta itemprop='headline' content='Item headline'><meta itemprop='datePublished' content='2024-01-02'>"
            "<meta property='article:published_time' content='2024-01-03T10:00'><meta name='date' content='2024-01-04'>"
            "<meta charset='utf-8'><meta content='no attribute'>"
            "<script type='application/ld+json'>{\"datePublished\": \"2024-02-03\","
            " \"author\": {\"name\": \"Ld One\"}}</script>"
            "<script type='application/settings+json'>{\"headline\": \"Settings\"}</script><script>var a;</script>")
    body = ("<meta name='date' content='2024-06-06'><article><aside><time datetime='2024-03-01'>x</time></aside>"
            "<time>no datetime</time><time datetime='2024-03-02'>y</time></article><time datetime='2024-03-03'>z</time>"
            "<div class='sidebar'><time datetime='2024-03-04'>s</time></div>"
            "<span itemprop='datePublished' datetime='2024-04-04'>d</span>"
            "<script type='application/ld+json'>[{\"datePublished\": \"2024-05-05\"}]</script>"
            "<h1>Headline</h1><p>Text</p>")
    pieces = head.split("><")
    pages = [f"<html lang='en'><head>{head}</head><body>{body}</body></html>",
             f"<html><head>{head}</head><body>{body}</body>"
             "<head><meta name='author' content='Late Head'></head></html>",
             f"<html><body>{body}</body></html>", "<html><head></head><body><p>bare</p></body></html>",
             "<html><head><meta http-equiv='content-language'><meta http-equiv='content-language' content='ru'>"
             "</head><body><p>No content first</p></body></html>"]
    for cut in range(0, len(pieces), 2):  # the head without one piece after another: each fallback reached
        kept = "><".join(pieces[:cut] + pieces[cut + 2:])
        pages.append(f"<html><head>{kept}</head><body>{body}</body></html>")
    article = body[body.index("<article>"):body.index("</article>") + len("</article>")]
    for cut in ("<aside>", "<article>", "<time>no datetime</time>", "datetime='2024-03-02'", "datetime='2024-03-03'",
                "itemprop", article):
        pages.append(f"<html><head><title>T</title></head><body>{body.replace(cut, '<b>')}</body></html>")
    return pages


def test_the_page_tags_of_one_walk_answer_as_the_expressions_do():
    """PageTags (one walk for the <meta>, <script> and <time> elements) gives every step that reads them what
    its own expression selects: trafilatura's examine_meta its two selections (whose expressions are pinned),
    the JSON-LD reading, the dates and the language, on pages of every case and on the extraction benchmark's
    181 real pages (../shared, read at test time); none for a fragment. The same for ITEMPROP_DATE, written
    from the attributes there are."""
    theirs = inspect.getsource(metadata.examine_meta) + inspect.getsource(metadata.extract_opengraph)
    assert f"tree.xpath('{OPENGRAPH_XPATH}')" in theirs and f'tree.iterfind("{HEAD_METAS_PATH}")' in theirs
    assert hashlib.sha256(theirs.encode()).hexdigest() == TRAFILATURA_EXAMINE_META_SHA256
    trees = [parse_page(page) for page in tag_pages()]
    if (SHARED_PAGES / "ground-truth.json").is_file():
        from benchmarks.dataset import load_pages

        trees += [parse_page(page.html.decode("utf-8", errors="replace")) for page in load_pages(SHARED_PAGES)]
    assert PageTags.of(parse_page("<p class='a'>One</p><meta name='author' content='A B'>")) is None
    dated, times = set(), set()
    for tree in trees:
        tags = PageTags.of(tree)
        assert tags is not None
        assert tags.head_metas() == tree.xpath(".//head/meta")
        if tags.single_head:
            proxy = _HeadMetas(tree, tags)
            assert proxy.xpath(OPENGRAPH_XPATH) == tree.xpath(OPENGRAPH_XPATH)
            assert list(proxy.iterfind(HEAD_METAS_PATH)) == list(tree.iterfind(HEAD_METAS_PATH))
        assert [meta for meta in tags.metas if meta.get("content") is not None] == META_TAGS(tree)
        assert [script for script in tags.scripts if script.get("type") in
                ("application/ld+json", "application/settings+json")] == META_JSON_SCRIPTS(tree)
        assert ITEMPROP_DATE(tree) == tree.xpath("//*[@itemprop='datePublished']/@datetime")
        for within_article, expression in zip((True, False), TIME_DATETIMES):
            assert _time_datetime(tree, tags, within_article) == next(iter(expression(tree)), None)
            times.add(_time_datetime(tree, tags, within_article))
        assert _meta_date(tree, tags) == _meta_date(tree) and _json_ld_date(tree, tags) == _json_ld_date(tree)
        assert _content_language(tree, tags) == _content_language(tree)
        page = Selector(root=tree, type="html")
        assert _page_language(page, tags) == _page_language(page)
        published = _published_in_tree(page, Selectors(), BAKU_DATES, tags)
        assert published == _published_in_tree(page, Selectors(), BAKU_DATES)
        dated.add(published[1])
        ours, plain = _title_and_author(tree, tags), _title_and_author(tree)
        assert (_document_fields(ours[0]), ours[1]) == (_document_fields(plain[0]), plain[1])
        assert _document_fields(meta_json(tree, Document(), tags)) == _document_fields(meta_json(tree, Document()))
    assert {"metadata", "time element", "text", None} <= dated
    assert sum(1 for tree in trees if not PageTags.of(tree).single_head) >= 1
    assert JSON_LD(trees[0]) and {None, "2024-03-02", "2024-03-03"} <= times


# trafilatura's OVERALL_DISCARD_XPATH and the two functions through which its cascade prunes with it, as
# _overall_discarded was written from them (trafilatura 2.3.1).
TRAFILATURA_OVERALL_DISCARD_SHA256 = "bbf1d073c0da0d622b66205f9ef5773e46d4250e7f8390ae11b129bdb90790bf"
DISCARD_TAGS = ("div", "item", "list", "p", "section", "span", "li", "a")
DISCARD_VALUES = ("cookie", "my-cookie", "share-bar", "shared", "social", "nav", "Nav", "navbar", "subnav", "menu",
                  "footer", "ad", "x ad y", "ad-top", "top-ad-x", "dfpAd", "byline", "hidden", "x hidden", "hide-me",
                  "a-hide-b", "reply-1", "x reply-1", "comments-title", "akismet", "reader-comments", "noprint",
                  "display:none", "color: red; display: none", "true", "false", "MostPopularStories", "NAVIGATION",
                  "main", "story", "")


def discard_probe_page() -> str:
    """Every tag with every attribute OVERALL_DISCARD_XPATH reads holding every value it tests (and near
    misses), alone and in pairs of either order (the first of @id|@class and of @id|@style is read)."""
    cells = []
    for tag in DISCARD_TAGS:
        for attribute in ("id", "class", "style", "role", "data-component", "aria-hidden",
                          "data-lp-replacement-content"):
            cells += [f'<{tag} {attribute}="{value}">{tag} text</{tag}>' for value in DISCARD_VALUES]
        for value, other in zip(DISCARD_VALUES, DISCARD_VALUES[5:] + DISCARD_VALUES[:5]):
            for first, second in (("id", "class"), ("class", "id"), ("id", "style"), ("style", "id")):
                cells.append(f'<{tag} {first}="{value}" {second}="{other}">{tag} text</{tag}>')
    return f"<html><head><title>Probe</title></head><body>{''.join(cells)}</body></html>"


def test_overall_discard_selections_of_one_walk_are_trafilaturas():
    """_overall_discarded makes in one walk the selections of trafilatura's OVERALL_DISCARD_XPATH, in the same
    order: on a page of every value its expressions test, in every order of the attributes they read together,
    and on the extraction benchmark's 181 pages (../shared, read at test time), as parsed and as trafilatura's
    cleaning leaves them; _trafilatura_text hands them to trafilatura's cascade for its own call only, and gives
    the text bare_extraction gives. When trafilatura's expressions or the functions that prune with them
    change, the hash fails: write _overall_discarded again from them."""
    theirs = "\n".join([expression.path for expression in OVERALL_DISCARD_XPATH]
                       + [inspect.getsource(main_extractor.prune_unwanted_sections),
                          inspect.getsource(htmlprocessing.prune_unwanted_nodes)])
    assert hashlib.sha256(theirs.encode()).hexdigest() == TRAFILATURA_OVERALL_DISCARD_SHA256
    cleaning = Extractor(output_format="python", fast=True, comments=False, tables=False)
    pages = [discard_probe_page()]
    if (SHARED_PAGES / "ground-truth.json").is_file():
        from benchmarks.dataset import load_pages

        pages += [page.html.decode("utf-8", errors="replace") for page in load_pages(SHARED_PAGES)]
    selected = 0
    for index, page in enumerate(pages):
        for tree in (parse_page(page), tree_cleaning(parse_page(page), cleaning)):
            expected = tuple(expression(tree) for expression in OVERALL_DISCARD_XPATH)
            assert _overall_discarded(tree) == expected
            selected += sum(map(len, expected))
        url = f"https://e.org/n/{index}"
        document = trafilatura.bare_extraction(parse_page(page), options=extraction_options(url))
        assert _trafilatura_text(parse_page(page), extraction_options(url)) == (document.text if document else None)
        assert main_extractor.prune_unwanted_nodes is htmlprocessing.prune_unwanted_nodes
    assert selected > 1000 and all(_overall_discarded(parse_page(discard_probe_page())))


def benchmark_pages() -> list[str]:
    """The extraction benchmark's 181 pages (../shared, read at test time), none when it is absent."""
    if not (SHARED_PAGES / "ground-truth.json").is_file():
        return []
    from benchmarks.dataset import load_pages

    return [page.html.decode("utf-8", errors="replace") for page in load_pages(SHARED_PAGES)]


# trafilatura's RAW_TREE_PRUNE_XPATH and REMOVE_COMMENTS_AND_LISTS_XPATH and the two functions that prune with
# them, as _raw_tree_selections and _prune_raw_tree were written from them (trafilatura 2.3.1).
TRAFILATURA_RAW_PRUNE_SHA256 = "77dd76934bbfb3d20795c14893b7e60cb6bc0be986cd1345d5cd8741d3b3aeb2"
RAW_PRUNE_TAGS = ("div", "section", "aside", "list", "details", "ol", "ul", "p", "span")
RAW_PRUNE_VALUES = ("mvp-post-add-box", "x mvp-post-add-wrap", "mvp-post-add-", "infinite-scroll", "infinitescroll",
                    "my-infinite--scroll", "elementor-share-buttons x", "elementor-share", "comment", "Comments",
                    "commentary", "Commentary-x", "comol", "x-comol", "comment-list", "disqus_thread",
                    "dsq-comments", "x dsq-comments", "article-comments", "post-comments", "my-post-comments",
                    "x comment", "", "story")


def raw_prune_probe_page() -> str:
    """Every tag with @id and @class holding every value the raw tree's pruning tests (and near misses), alone
    and in pairs of either order, with and without an <h1> inside, with tails; and the tested elements nested
    in one another (an element the first expression prunes holding ones the next select)."""
    cells = []
    for tag in RAW_PRUNE_TAGS:
        for attribute in ("id", "class"):
            for value in RAW_PRUNE_VALUES:
                cells.append(f'<{tag} {attribute}="{value}">{tag} text</{tag}> tail')
                cells.append(f'<{tag} {attribute}="{value}"><h1>Head</h1>{tag} text</{tag}>')
        for value, other in zip(RAW_PRUNE_VALUES, RAW_PRUNE_VALUES[7:] + RAW_PRUNE_VALUES[:7]):
            for first, second in (("id", "class"), ("class", "id")):
                cells.append(f'<{tag} {first}="{value}" {second}="{other}"><p>{tag}</p><h1>H</h1></{tag}>after')
    for outer in ("infinite-scroll", "mvp-post-add-box", "comments", "elementor-share-buttons"):
        inner = "".join(f'<{tag} class="{value}">in<ul id="comment-{tag}">x</ul></{tag}>tail'
                        for tag in ("div", "section", "ul") for value in RAW_PRUNE_VALUES[:12])
        cells.append(f'<div class="{outer}">before{inner}<section id="{outer}">deep{inner}</section></div>end')
    return f"<html><head><title>Probe</title></head><body>{''.join(cells)}</body></html>"


def test_raw_tree_pruning_of_one_walk_is_trafilaturas():
    """_prune_raw_tree prunes the raw tree as trafilatura's prune_unwanted_nodes does with RAW_TREE_PRUNE_XPATH
    and REMOVE_COMMENTS_AND_LISTS_XPATH, from _raw_tree_selections' one walk: the first expression's selection
    the same, and the same tree after each list and after both, on a page of every value they test (nested,
    with tails, in either order of the attributes) and on the extraction benchmark's 181 pages (../shared, read
    at test time); _trafilatura_text hands it to the cascade for its own call only. When trafilatura's
    expressions or the functions that prune with them change, the hash fails: write them again from theirs."""
    theirs = "\n".join([expression.path for expression in RAW_TREE_PRUNE_XPATH + REMOVE_COMMENTS_AND_LISTS_XPATH]
                       + [inspect.getsource(function) for function in (htmlprocessing.prune_unwanted_nodes,
                                                                       xml.delete_element)])
    assert hashlib.sha256(theirs.encode()).hexdigest() == TRAFILATURA_RAW_PRUNE_SHA256
    pages = [raw_prune_probe_page()] + benchmark_pages()
    selected = 0
    for page in pages:
        for nodelist in (RAW_TREE_PRUNE_XPATH, REMOVE_COMMENTS_AND_LISTS_XPATH):
            tree = parse_page(page)
            selections = _raw_tree_selections(tree, nodelist)
            assert selections[0] == nodelist[0](tree)
            selected += sum(map(len, selections))
            expected = etree.tostring(prune_unwanted_nodes(parse_page(page), nodelist))
            assert etree.tostring(_prune_raw_tree(tree, nodelist)) == expected
        both = prune_unwanted_nodes(prune_unwanted_nodes(parse_page(page), RAW_TREE_PRUNE_XPATH),
                                    REMOVE_COMMENTS_AND_LISTS_XPATH)
        ours = _prune_raw_tree(_prune_raw_tree(parse_page(page), RAW_TREE_PRUNE_XPATH), REMOVE_COMMENTS_AND_LISTS_XPATH)
        assert etree.tostring(ours) == etree.tostring(both)
    assert _raw_tree_selections(parse_page(pages[0]), OVERALL_DISCARD_XPATH) is None
    assert selected > 1000 and all(_raw_tree_selections(parse_page(pages[0]), RAW_TREE_PRUNE_XPATH))
    assert _trafilatura_text(parse_page(pages[0]), extraction_options("https://e.org/n/1")) is not None
    assert core.prune_unwanted_nodes is htmlprocessing.prune_unwanted_nodes


# trafilatura's BASIC_CLEAN_XPATH and the two functions that prune with it, as _basic_clean_selection and
# _basic_cleaning were written from them (trafilatura 2.3.1).
TRAFILATURA_BASIC_CLEAN_SHA256 = "67b626fc583e2be75274a1c9bbc600459ea13bfc9bd9c91389e994cf44d5373f"
BASIC_CLEAN_PROBE_TAGS = ("aside", "fencedframe", "footer", "script", "style", "svg", "template", "div", "p", "span",
                          "section")
BASIC_CLEAN_VALUES = ("footer", "site-footer", "Footer", "cookie-banner", "COOKIE_BANNER", "my cookie-notice x",
                      "cookie__bar", "notice--cookie", "notice---cookie", "consent-manager", "ConsentSDK", "borlabs",
                      "x-cookiebot", "cmplz-x", "onetrust", "moove_gdpr", "cookies", "consent", "", "story")


def basic_clean_probe_page() -> str:
    """Every tag with @class and @id holding every value BASIC_CLEAN_XPATH tests (and near misses), alone and
    in pairs of either order (the first of @class|@id is read), nested in one another, with tails."""
    cells = []
    for tag in BASIC_CLEAN_PROBE_TAGS:
        for attribute in ("class", "id", "style"):
            cells += [f'<{tag} {attribute}="{value}">{tag} <b>bold</b> text</{tag}> tail'
                      for value in BASIC_CLEAN_VALUES]
        for value, other in zip(BASIC_CLEAN_VALUES, BASIC_CLEAN_VALUES[3:] + BASIC_CLEAN_VALUES[:3]):
            for first, second in (("class", "id"), ("id", "class")):
                cells.append(f'<{tag} {first}="{value}" {second}="{other}"><p>in {tag}</p></{tag}>after')
        cells.append(f'<{tag}><aside><div class="footer"><span id="onetrust">x</span></div></aside>y</{tag}>z')
    return f"<html><head><title>Probe</title><script>var a;</script></head><body>{''.join(cells)}</body></html>"


def test_basic_cleaning_of_one_walk_is_trafilaturas():
    """_basic_clean_selection selects in one walk what trafilatura's BASIC_CLEAN_XPATH selects, in the same
    order, on a page of every value it tests (either attribute order, nested, with tails) and on the extraction
    benchmark's 181 pages (../shared, read at test time), from the root and from the <body>; _basic_cleaning
    leaves the same tree, and html2txt gives the same text with either (_trafilatura_text hands it to the cascade
    for its own call only). When trafilatura's expression or the functions that prune with it change, the hash
    fails: write them again from theirs."""
    baseline = importlib.import_module("trafilatura.baseline")  # `trafilatura.baseline` is its function
    basic_cleaning = baseline.basic_cleaning
    theirs = "\n".join([BASIC_CLEAN_XPATH.path]
                       + [inspect.getsource(function) for function in (basic_cleaning, xml.delete_element)])
    assert hashlib.sha256(theirs.encode()).hexdigest() == TRAFILATURA_BASIC_CLEAN_SHA256
    pages = [basic_clean_probe_page()] + benchmark_pages()
    selected = 0
    for page in pages:
        for tree in (parse_page(page), parse_page(page).find("body")):
            expected = BASIC_CLEAN_XPATH(tree)
            assert _basic_clean_selection(tree) == expected
            selected += len(expected)
            assert etree.tostring(_basic_cleaning(deepcopy(tree))) == etree.tostring(basic_cleaning(tree))
        expected_text = baseline.html2txt(parse_page(page))
        baseline.basic_cleaning = _basic_cleaning
        try:
            assert baseline.html2txt(parse_page(page)) == expected_text
        finally:
            baseline.basic_cleaning = basic_cleaning
    assert selected > 5000 and len(_basic_clean_selection(parse_page(pages[0]))) > 300
    assert _trafilatura_text(parse_page(pages[0]), extraction_options("https://e.org/n/1")) is not None
    assert baseline.basic_cleaning is basic_cleaning
