"""Turning an article page into title, body text, date, author and language.

trafilatura does the work; a source's selectors win where set. The date comes from page
metadata (keeping its time and offset), else from visible text (the source's date selector, a
<time> in the story, a date line opening the text), else from the URL; never from a sidebar.
"""

from __future__ import annotations

import importlib
import json
import logging
import re
from copy import copy
from dataclasses import dataclass
from html import unescape
from typing import Iterator, Optional

import lxml.html
from lxml import etree
from lxml.html import HtmlComment, HtmlElement, HtmlEntity, HtmlProcessingInstruction
from parsel import Selector
from trafilatura import core as trafilatura_core
from trafilatura import main_extractor
from trafilatura.baseline import basic_cleaning
from trafilatura.core import trafilatura_sequence
from trafilatura.htmlprocessing import prune_unwanted_nodes
from trafilatura.json_metadata import JSON_UNICODE_REPLACE, extract_json, extract_json_parse_error
from trafilatura.metadata import examine_meta, extract_title, normalize_authors
from trafilatura.settings import BASIC_CLEAN_XPATH, Document, Extractor
from trafilatura.utils import (
    DOCTYPE_TAG,
    FAULTY_HTML,
    HTML_STRIP_TAGS,
    is_dubious_html,
    load_html,
    repair_faulty_html,
    trim,
)
from trafilatura.xml import delete_element, xmltotxt
from trafilatura.xpaths import (
    AUTHOR_DISCARD_XPATHS,
    OVERALL_DISCARD_XPATH,
    RAW_TREE_PRUNE_XPATH,
    REMOVE_COMMENTS_AND_LISTS_XPATH,
)

from crawlers.discovery.dates import parse_machine_date
from crawlers.page_dates import DateRules, parse_visible_date, url_date, with_zone
from monitor.config import Selectors

logger = logging.getLogger(__name__)
trafilatura_baseline = importlib.import_module("trafilatura.baseline")  # `trafilatura.baseline` is its function

# The publish date in the page's metadata, in order of trust: the first <meta> tag (in the page's
# order) whose attribute has one of the values, read from its content; the first element whose
# itemprop is datePublished, read from its datetime, comes fourth. The <meta> tags are found in one
# walk of the page (META_TAGS) and sorted here: one XPath each walked the page up to five times,
# 0.2 ms a walk (BENCHMARKS.md section 1).
META_DATES = (
    ("property", ("article:published_time",)),
    ("property", ("og:article:published_time",)),
    ("itemprop", ("datePublished",)),
    ("name", ("pubdate", "publishdate", "publish-date", "date", "DC.date.issued", "dcterms.created")),
)
ITEMPROP_DATE_BEFORE = 3  # the datePublished of any element is tried before META_DATES[3]
META_TAGS = etree.XPath("//meta[@content]")
# The datetime of every element whose itemprop is datePublished, from the attributes there are (a test of
# every element's attribute, `//*[@itemprop='datePublished']/@datetime`, took 0.33 against 0.21 ms a page).
ITEMPROP_DATE = etree.XPath("//@itemprop[. = 'datePublished']/../@datetime", smart_strings=False)
JSON_LD = etree.XPath("//script[@type='application/ld+json']/text()", smart_strings=False)
TEXT_NODES = etree.XPath("text()", smart_strings=False)
OUTSIDE_STORY = ("ancestor::aside or ancestor::nav or ancestor::footer or ancestor::*[contains(@class, 'sidebar')"
                 " or contains(@class, 'latest') or contains(@class, 'related') or contains(@class, 'widget')]")
TIME_XPATHS = (f"(//article//time[not({OUTSIDE_STORY})])[1]/@datetime",
               f"(//time[not({OUTSIDE_STORY})])[1]/@datetime")
# TIME_XPATHS and the page's language attributes, compiled once: parsel's `Selector.xpath` compiles its
# expression at every call (lxml's `_Element.xpath`), and wraps each result in a Selector.
TIME_DATETIMES = tuple(etree.XPath(expression, smart_strings=False) for expression in TIME_XPATHS)
HTML_LANG = etree.XPath("/html/@lang", smart_strings=False)
CONTENT_LANGUAGE = etree.XPath("//meta[@http-equiv='content-language']/@content", smart_strings=False)
IS_OUTSIDE_STORY = etree.XPath(f"boolean({OUTSIDE_STORY})")
LEAD_LINES = 3
BYLINE_CHARS = 120  # trafilatura's limit on an author's length (extract_author)
# The text after the headline, not a sidebar's: a "Latest" list's dates are other stories'.
AFTER_HEADLINE = (f"(//h1)[1]/following::text()[normalize-space()]"
                  f"[not(ancestor::script or ancestor::style or {OUTSIDE_STORY})]")
# AFTER_HEADLINE's first lines, found by testing the text after the headline one by one until LEAD_LINES
# pass: evaluated whole, its test ran on every text of the page after the headline (1.9 ms a page,
# against 0.4 for the texts alone). The test of a text is made on the element it sits in.
FOLLOWING_HEADLINE = etree.XPath("(//h1)[1]/following::text()[normalize-space()]")
IN_STORY = etree.XPath("not(ancestor-or-self::script or ancestor-or-self::style or "
                       + OUTSIDE_STORY.replace("ancestor::", "ancestor-or-self::") + ")")
DATE_LINE_CHARS = 60
DATELINE_CHARS = 30
BLOCK_TAGS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "br")
MEDIA_WORD = r"(VIDEO|VİDEO|FOTO|PHOTO|ФОТО|ВИДЕО)"
TITLE_SUFFIX = re.compile(rf"\s+[-–|]\s+{MEDIA_WORD}(\s*[/,+]\s*{MEDIA_WORD})*\s*$", re.IGNORECASE)
BLANK_LINES = re.compile(r"\n{3,}")
MIN_TEXT_CHARS = 40
# Without trafilatura's fallback extractors (readability, jusText) extraction takes a third less
# time and scores no worse: F1 0.959 against 0.957 with them on the 181 pages of the extraction
# benchmark (benchmarks/extraction_quality.py).
FAST = True
_OPTIONS = Extractor(output_format="python", fast=FAST, comments=False, tables=False)
# trafilatura's byline XPaths (trafilatura.xpaths.AUTHOR_XPATHS and AUTHOR_DISCARD_XPATHS, used by
# its `extract_author`), each written to select the same elements from their attributes: a test of
# an element's attributes, `//*[@class='byline' or re:test(@class, ...)]`, is evaluated on every
# element of the page, each clause fetching its attribute again, where `//@class[. = 'byline' or
# re:test(., ...)]/parent::*` tests only the attributes there are; and a regular expression of a
# few alternatives is cheaper as `contains` tests (re:test calls back into Python for each). On
# the 181 benchmark pages they select the same elements in 0.4-0.7x the time (0.9-1.4 against
# 1.8-2.4 ms each, BENCHMARKS.md section 1). tests/crawlers/test_extraction.py checks both select
# the same elements on a page of every clause, and fails when trafilatura's own expressions change.
_REGEX = {"re": "http://exslt.org/regular-expressions"}
BYLINE_XPATHS = [
    etree.XPath("(//@rel[. = 'author'] | //@id[. = 'author'] | //@class[. = 'author'] | //@itemprop[. = 'author name']"
                " | //rel[. = 'me'] | //@data-testid[. = 'AuthorCard' or . = 'AuthorURL']"
                " | //@class[contains(., 'author-name') or contains(., 'authorname') or contains(., 'AuthorName')"
                " or contains(., 'authorName')])"
                "/parent::*[self::a or self::address or self::div or self::link or self::p or self::span"
                " or self::strong]"
                " | //author", namespaces=_REGEX),
    etree.XPath("(//@class[. = 'byline' or . = 'username' or . = 'byl' or . = 'BBL']"
                " | //@itemprop[contains(., 'author')] | //@id[re:test(., 'author|zuozhe|bianji|xiaobian')]"
                " | //@class[re:test(., 'author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by"
                "|journalist-name')])"
                "/parent::*[self::a or self::div or self::h3 or self::h4 or self::p or self::span]", namespaces=_REGEX),
    etree.XPath("(//@data-component[contains(., 'Byline')] | //@itemprop[contains(., 'author')]"
                " | //@id[contains(., 'Author') or contains(., 'author')] | //@class[contains(., 'Author')"
                " or contains(., 'author') or contains(., 'screenname') or contains(., 'writer')"
                " or contains(., 'Byline') or contains(., 'byline')])"
                "/parent::*", namespaces=_REGEX),
]
BYLINE_DISCARD_XPATHS = [
    etree.XPath("(.//@id[. = 'comments' or re:test(., '^comments|comment-?list|ProductReviews')]"
                " | .//@class[. = 'comments' or . = 'title' or . = 'date' or re:test(., '^[Cc]omments|commentlist|"
                "comments-list|sidebar|is-hidden|quote|embedly-instagram|article-(?:share|support)|print|category|"
                "meta-date|meta-reviewer')]"
                " | .//@data-component[contains(., 'Figure')])"
                "/parent::*[self::a or self::div or self::section or self::span]",
                namespaces=_REGEX),
    AUTHOR_DISCARD_XPATHS[1],  # //time|//figure
]
# What makes an element one that BYLINE_DISCARD_XPATHS select (trafilatura's AUTHOR_DISCARD_XPATHS written
# as a test of the element itself), to test the few elements around a byline instead of finding every
# such element of the page (two XPaths over the whole page). BYLINE_DISCARD_XPATHS themselves prune the
# copy that tests compare _byline's reading with.
_DISCARDED = ("(self::a or self::div or self::section or self::span) and (@id='comments' or @class='comments'"
              " or @class='title' or @class='date' or re:test(@id, '^comments|comment-?list|ProductReviews')"
              " or re:test(@class, '^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram"
              "|article-(?:share|support)|print|category|meta-date|meta-reviewer')"
              " or contains(@data-component, 'Figure')) or self::time or self::figure")
BYLINE_DISCARDED_AROUND = etree.XPath(f"boolean(ancestor-or-self::*[{_DISCARDED}])", namespaces=_REGEX)
BYLINE_DISCARDED_INSIDE = etree.XPath(f".//*[{_DISCARDED}]", namespaces=_REGEX)
# BYLINE_XPATHS' selections made in one walk of the page's elements (_byline_selections), where the three
# expressions walk the page fifteen times (each `//@attribute` a walk, their re:test calling back into Python):
# 0.6-0.7 against 2.4 ms a benchmark page (BENCHMARKS.md section 1). Only an element with one of these
# attributes holding one of these runs can be selected by an attribute test (every value tested, exactly or by
# `contains` or re:test, holds one); its tests are then made as the expressions make them (_sort_byline).
_BYLINE_ATTRIBUTES = frozenset(("class", "id", "itemprop", "rel", "data-testid", "data-component"))
_BYLINE_TAGS = (frozenset(("a", "address", "div", "link", "p", "span", "strong")),
                frozenset(("a", "div", "h3", "h4", "p", "span")))
_AUTHOR_CLASSES = ("author-name", "authorname", "AuthorName", "authorName")
_BYLINE_IDS = ("author", "zuozhe", "bianji", "xiaobian")
_BYLINE_CLASSES = ("author", "channel-name", "zuozhe", "bianji", "xiaobian", "submitted-by", "posted-by",
                   "journalist-name")
_WRITER_CLASSES = ("Author", "author", "screenname", "writer", "Byline", "byline")
# trafilatura's parser (trafilatura.utils.HTML_PARSER), but with lxml.html's element classes picked
# in C: lxml.html's own lookup is a Python method (HtmlElementClassLookup.lookup, which gives forms,
# inputs, selects, textareas and labels classes of their own that extraction never uses), called
# each time Python reaches an element, ~2,000 times a page in extraction (BENCHMARKS.md section 1).
HTML_PARSER = lxml.html.HTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8",
                                   remove_comments=True, remove_pis=True)
HTML_PARSER.set_element_class_lookup(etree.ElementDefaultClassLookup(
    element=HtmlElement, comment=HtmlComment, pi=HtmlProcessingInstruction, entity=HtmlEntity))


@dataclass(frozen=True)
class Extracted:
    """The fields of one article page that are stored."""

    title: str
    text: str
    published_at: Optional[str]
    author: Optional[str]
    lang: Optional[str]
    date_from: Optional[str] = None


# What trafilatura's examine_meta selects with an expression of its own (extract_opengraph's XPath, its
# ElementPath), answered from PageTags (_HeadMetas).
OPENGRAPH_XPATH = './/head/meta[starts-with(@property, "og:")]'
HEAD_METAS_PATH = ".//head/meta[@content]"
JSON_LD_TYPES = ("application/ld+json", "application/settings+json")  # META_JSON_SCRIPTS' types


class PageTags:
    """The page's <meta>, <script> and <time> elements, in document order, found in one walk (lxml's `iter` by
    tag name, in C): the metadata, the date and the language each looked for them with an XPath or ElementPath
    of its own, each walking the whole page (0.13-0.18 ms a benchmark page, five or more a page: BENCHMARKS.md
    section 1). Made only for a tree that is its document's root element (`//` and `.//` then select from the
    same elements) and is none of these tags; a page whose <meta> tags sit in more than one <head> keeps
    trafilatura's own selections (ElementPath and XPath may then order them differently)."""

    __slots__ = ("metas", "scripts", "times", "single_head")

    def __init__(self, root) -> None:
        self.metas: list = []
        self.scripts: list = []
        self.times: list = []
        found = {"meta": self.metas, "script": self.scripts, "time": self.times}
        for element in root.iterdescendants("meta", "script", "time"):
            found[element.tag].append(element)
        head = None
        self.single_head = True
        for meta in self.metas:
            parent = meta.getparent()
            if parent.tag == "head":
                if head is None:
                    head = parent  # kept: lxml gives one element the same proxy while it lives
                elif parent is not head:
                    self.single_head = False

    @classmethod
    def of(cls, tree) -> Optional[PageTags]:
        if tree is None or tree.getparent() is not None or tree.tag in ("meta", "script", "time", "head"):
            return None
        return cls(tree)

    def head_metas(self) -> list:
        """The <meta> tags that are children of a <head>: `.//head/meta` from the root."""
        return [meta for meta in self.metas if meta.getparent().tag == "head"]


class _HeadMetas:
    """The page as trafilatura's examine_meta reads it, its two selections (OPENGRAPH_XPATH, HEAD_METAS_PATH)
    answered from PageTags; anything else is the tree's."""

    def __init__(self, tree, tags: PageTags) -> None:
        self._tree = tree
        self._metas = tags.head_metas()

    def xpath(self, expression, **options):
        if expression == OPENGRAPH_XPATH and not options:
            return [meta for meta in self._metas if (meta.get("property") or "").startswith("og:")]
        return self._tree.xpath(expression, **options)

    def iterfind(self, path, namespaces=None):
        if path == HEAD_METAS_PATH and namespaces is None:
            return iter([meta for meta in self._metas if meta.get("content") is not None])
        return self._tree.iterfind(path, namespaces)

    def __getattr__(self, name):
        return getattr(self._tree, name)


def extract_article(html: str, url: str, selectors: Selectors = Selectors(),
                    dates: DateRules = DateRules(), utf8: Optional[bytes] = None) -> Optional[Extracted]:
    """Extract an article; None when the page holds no article text (under MIN_TEXT_CHARS of it).
    `utf8`: `html.encode("utf-8")`, when the caller has it (the response's own bytes: parse_page).

    The page is parsed once (parse_page, as trafilatura's loader does). The selectors, metadata,
    dates, language and byline read that tree first; trafilatura then extracts the text from the
    tree itself, which it prunes (_trafilatura_text), where `bare_extraction` would extract from a
    copy of it (0.6 ms a page, BENCHMARKS.md section 1).
    """
    tree = parse_page(html, utf8)
    page = Selector(root=tree, type="html") if tree is not None else Selector(text=html)
    selected = _select_text(page, selectors.body) if selectors.body else None
    if selectors.body and (not selected or len(selected.strip()) < MIN_TEXT_CHARS):
        return None
    # What the tree tells, read before trafilatura prunes it; used only when trafilatura finds a text.
    tags = PageTags.of(tree)
    metadata, named_author = _title_and_author(tree, tags) if tree is not None else (Document(), False)
    selected_title = _select_text(page, selectors.title) if selectors.title else None
    # The <title>, when neither the selector nor the metadata gives one (a body selector's page keeps
    # its text when trafilatura finds none, and with it no metadata).
    page_title = None if selected_title or (metadata.title and not selectors.body) else page.css("title::text").get()
    published, date_from = _published_in_tree(page, selectors, dates, tags)
    lang = _page_language(page, tags)
    selected_author = _select_text(page, selectors.author) if selectors.author else None
    byline = None
    if tree is not None and not selected_author and not metadata.author and not named_author:
        byline = _byline(tree)
    extracted_text = _trafilatura_text(tree, extraction_options(url)) if tree is not None else None
    document = extracted_text is not None
    text = selected if selectors.body else extracted_text
    if not text or len(text.strip()) < MIN_TEXT_CHARS:
        return None
    if not document:
        metadata, byline = Document(), None
    title = clean_title(selected_title or metadata.title or page_title or "")
    text = _without_headline(BLANK_LINES.sub("\n\n", text.strip()), title)
    if date_from is None:
        published, date_from = _published_in_text(text, url, dates)
    author = selected_author or metadata.author or byline
    return Extracted(title=title, text=text, published_at=published, author=author or None,
                     lang=lang, date_from=date_from)


def _trafilatura_text(tree: HtmlElement, options: Extractor) -> Optional[str]:
    """`bare_extraction(tree, options=options).text`, None where it gives None, extracting from `tree`
    itself (which it prunes) where bare_extraction extracts from a copy of any tree it is given. Its
    steps for these options (no metadata, target language, pruning XPath, size limit or
    deduplication): trafilatura's cascade, the size check, the text. A test compares the two."""
    main_extractor.prune_unwanted_nodes = _prune_unwanted_nodes  # for this call (_overall_discarded)
    trafilatura_core.prune_unwanted_nodes = _prune_raw_tree  # and _raw_tree_selections
    trafilatura_baseline.basic_cleaning = _basic_cleaning  # and _basic_clean_selection
    try:
        postbody, text, _, comments = trafilatura_sequence(tree, options, options.url)
        if len(text) < options.min_output_size and len(comments) < options.min_output_comm_size:
            return None
    except (TypeError, ValueError):  # as bare_extraction: no text
        return None
    finally:
        main_extractor.prune_unwanted_nodes = prune_unwanted_nodes
        trafilatura_core.prune_unwanted_nodes = prune_unwanted_nodes
        trafilatura_baseline.basic_cleaning = basic_cleaning
    return xmltotxt(postbody, options.formatting)


# trafilatura's OVERALL_DISCARD_XPATH, which its cascade evaluates on every page (prune_unwanted_sections, with
# its backup guard): two expressions testing every element's id, class and style with re:test, a call back into
# Python for each, 2.8 ms of a benchmark page's ~12 (0.22 of trafilatura `fast`, BENCHMARKS.md section 1).
# _overall_discarded makes the same two selections in one walk of the elements, each regular expression asked
# once per distinct value a page holds. Its regular expressions are read from trafilatura's expressions (a test
# pins their text by hash and compares the selections); `re:test(@id|@class, ...)` and `starts-with(@id|@class,
# ...)` read the first of the two attributes the element has, in its order, as lxml and XPath do.
_RE_TEST = re.compile(r"re:test\((@[\w|@-]+), '((?:[^'])*)'\)")
_DISCARD_TESTS = tuple(dict(_RE_TEST.findall(expression.path)) for expression in OVERALL_DISCARD_XPATH)
_CONSENT = re.compile(_DISCARD_TESTS[0]["@id|@class"]).search
_DISCARD_ID = re.compile(_DISCARD_TESTS[0]["@id"]).search
_DISCARD_CLASS = re.compile(_DISCARD_TESTS[0]["@class"]).search
_HIDDEN = re.compile(_DISCARD_TESTS[1]["@id|@style"]).search
_HIDDEN_ID = re.compile(_DISCARD_TESTS[1]["@id"]).search
_HIDDEN_CLASS = re.compile(_DISCARD_TESTS[1]["@class"]).search
_SECTION_TAGS = frozenset(("div", "item", "list", "p", "section", "span"))
_DISCARD_ATTRIBUTES = frozenset(("id", "class", "style", "role", "data-component", "data-lp-replacement-content",
                                 "aria-hidden"))


def _overall_discarded(tree) -> tuple[list, list]:
    """What each of OVERALL_DISCARD_XPATH selects below `tree`, in document order, in one walk."""
    first: list = []
    second: list = []
    answers: dict = {}

    def found(search, value: Optional[str]) -> bool:
        if value is None:  # an attribute the element lacks reads as "", which none of them matches
            return False
        key = (search, value)
        answer = answers.get(key)
        if answer is None:
            answer = answers[key] = search(value) is not None
        return answer

    for element in tree.iterdescendants(etree.Element):
        attributes = element.items()
        if not attributes:
            continue
        id_ = class_ = style = role = component = hidden = None
        replaced = False
        id_or_class = id_or_style = None
        for name, value in attributes:
            if name not in _DISCARD_ATTRIBUTES:
                continue
            if name == "class":
                class_ = value
                id_or_class = value if id_or_class is None else id_or_class
            elif name == "id":
                id_ = value
                id_or_class = value if id_or_class is None else id_or_class
                id_or_style = value if id_or_style is None else id_or_style
            elif name == "style":
                style = value
                id_or_style = value if id_or_style is None else id_or_style
            elif name == "role":
                role = value
            elif name == "data-component":
                component = value
            elif name == "aria-hidden":
                hidden = value
            else:
                replaced = True
        if element.tag in _SECTION_TAGS and (
                replaced or (role is not None and "nav" in role.replace("N", "n"))
                or (component is not None and "MostPopularStories" in component)
                or found(_CONSENT, id_or_class) or found(_DISCARD_ID, id_) or found(_DISCARD_CLASS, class_)):
            first.append(element)
        if (class_ == "comments-title" or (id_or_class is not None and id_or_class.startswith("reply-"))
                or found(_HIDDEN, id_or_style)
                or (style is not None and ("display:none" in style or "display: none" in style))
                or found(_HIDDEN_ID, id_) or found(_HIDDEN_CLASS, class_) or hidden == "true"):
            second.append(element)
    return first, second


def _prune_unwanted_nodes(tree, nodelist, with_backup: bool = False):
    """trafilatura's prune_unwanted_nodes, handed _overall_discarded's selections for OVERALL_DISCARD_XPATH."""
    if nodelist is OVERALL_DISCARD_XPATH:
        nodelist = [lambda _tree, selected=selected: selected for selected in _overall_discarded(tree)]
    return prune_unwanted_nodes(tree, nodelist, with_backup)


# The raw tree's pruning at the start of trafilatura's cascade (trafilatura_sequence): RAW_TREE_PRUNE_XPATH (in
# `fast` too) and, with comments off, REMOVE_COMMENTS_AND_LISTS_XPATH (ours only): three expressions, each a walk
# of every element, their re:test calling back into Python for each <div>, <section>, <ul>...: 2.4 ms of a
# benchmark page (BENCHMARKS.md section 1). _raw_tree_selections makes each list's selections in one walk of the
# elements of the tags they test (lxml's `iterdescendants` by tag name, in C), each regular expression (read from
# trafilatura's expressions, whose text a test pins by hash) asked only of the attributes an element has (a
# missing one reads as "", which none of them matches). An expression after the first of its list selects from
# the tree the ones before it have pruned: an element no longer under the tree is left out.
_RE_TESTS = re.compile(r"re:test\((@[\w|@-]+), '([^']*)'\)")
_CONTAINS = re.compile(r"contains\(@class, '([^']*)'\)")


def _searches(expression) -> tuple:
    """The regular expressions of the expression's re:test calls, in order, when they test @id, @class, @id,
    @class (the shape _raw_tree_selections was written for), else ()."""
    tests = _RE_TESTS.findall(expression.path)
    if [attribute for attribute, _ in tests] != ["@id", "@class", "@id", "@class"]:
        return ()
    return tuple(re.compile(pattern).search for _, pattern in tests)


_SCROLL_TESTS = _searches(RAW_TREE_PRUNE_XPATH[0])
_SHARE_BUTTONS = _CONTAINS.findall(RAW_TREE_PRUNE_XPATH[1].path) if len(RAW_TREE_PRUNE_XPATH) == 2 else []
_COMMENT_TESTS = _searches(REMOVE_COMMENTS_AND_LISTS_XPATH[0]) if len(REMOVE_COMMENTS_AND_LISTS_XPATH) == 1 else ()
_SCROLL_TAGS = ("div", "section", "aside")
_COMMENT_TAGS = ("div", "list", "section", "details", "ol", "ul")
_LIST_TAGS = ("ol", "ul")


def _raw_tree_selections(tree, nodelist) -> Optional[list[list]]:
    """What each expression of RAW_TREE_PRUNE_XPATH or REMOVE_COMMENTS_AND_LISTS_XPATH selects below `tree` before
    any is pruned, in document order; None for another list (or one whose shape is not the one written for)."""
    if nodelist is RAW_TREE_PRUNE_XPATH and _SCROLL_TESTS and len(_SHARE_BUTTONS) == 1:
        scroll_id, scroll_class, appended_id, appended_class = _SCROLL_TESTS
        share_buttons = _SHARE_BUTTONS[0]
        scrolls: list = []
        shares: list = []
        for element, id_, class_ in _with_id_or_class(tree, _SCROLL_TAGS):
            if _tested(scroll_id, scroll_class, id_, class_) and (
                    next(element.iterdescendants("h1"), None) is None
                    or _tested(appended_id, appended_class, id_, class_)):
                scrolls.append(element)
            if class_ is not None and share_buttons in class_:
                shares.append(element)
        return [scrolls, shares]
    if nodelist is REMOVE_COMMENTS_AND_LISTS_XPATH and _COMMENT_TESTS:
        comment_id, comment_class, list_id, list_class = _COMMENT_TESTS
        comments: list = []
        for element, id_, class_ in _with_id_or_class(tree, _COMMENT_TAGS):
            if _tested(comment_id, comment_class, id_, class_) and (
                    element.tag not in _LIST_TAGS or _tested(list_id, list_class, id_, class_)):
                comments.append(element)
        return [comments]
    return None


def _with_id_or_class(tree, tags: tuple) -> Iterator[tuple]:
    """(element, its @id, its @class) of every element below `tree` of one of the `tags` with either attribute."""
    for element in tree.iterdescendants(*tags):
        id_, class_ = element.get("id"), element.get("class")
        if id_ is not None or class_ is not None:
            yield element, id_, class_


def _tested(search_id, search_class, id_: Optional[str], class_: Optional[str]) -> bool:
    """`re:test(@id, ...) or re:test(@class, ...)`: an attribute the element lacks reads as "", which none of
    the expressions matches."""
    return (id_ is not None and search_id(id_) is not None) or (class_ is not None and search_class(class_) is not None)


def _prune_raw_tree(tree, nodelist, with_backup: bool = False):
    """trafilatura's prune_unwanted_nodes, with _raw_tree_selections' selections for the raw tree's lists."""
    selections = None if with_backup else _raw_tree_selections(tree, nodelist)
    if selections is None:
        return prune_unwanted_nodes(tree, nodelist, with_backup)
    for index, selected in enumerate(selections):
        for element in selected:
            if index and not any(ancestor is tree for ancestor in element.iterancestors()):
                continue  # pruned with an element an expression before this one selected
            delete_element(element)
    return tree


# trafilatura's basic_cleaning (BASIC_CLEAN_XPATH), which its cascade runs on a copy of the raw tree wherever the
# text found is short (the page's text measured by html2txt, to tell whether to retry in recall mode: 80 of the 181
# benchmark pages) and in its baseline: an expression whose re:test calls back into Python twice for every element,
# 2.5-2.9 ms a page where reached (BENCHMARKS.md section 1). _basic_clean_selection makes its selection in one walk
# of the elements, the regular expression (read from the expression, whose text a test pins by hash) asked once per
# distinct @class and @id value; `contains(@class|@id, ...)` reads the first of the two in the element's order.
_BASIC_CLEAN_TAGS = frozenset(("aside", "fencedframe", "footer", "script", "style", "svg", "template"))
_BASIC_CLEAN_START = (".//aside|.//div[contains(@class|@id, 'footer')]|.//fencedframe|.//footer|.//script|.//style"
                      "|.//svg|.//template|.//*[re:test(@class, '")
_COOKIE_TESTS = re.findall(r"re:test\((@\w+), '([^']*)', 'i'\)", BASIC_CLEAN_XPATH.path)
_COOKIE = (re.compile(_COOKIE_TESTS[0][1], re.IGNORECASE).search
           if BASIC_CLEAN_XPATH.path.startswith(_BASIC_CLEAN_START) and len(_COOKIE_TESTS) == 2
           and _COOKIE_TESTS[0][1] == _COOKIE_TESTS[1][1] and [test for test, _ in _COOKIE_TESTS] == ["@class", "@id"]
           else None)


def _basic_clean_selection(tree) -> list:
    """What BASIC_CLEAN_XPATH selects below `tree`, in document order, in one walk."""
    selected: list = []
    answers: dict = {}
    for element in tree.iterdescendants(etree.Element):
        tag = element.tag
        if tag in _BASIC_CLEAN_TAGS:
            selected.append(element)
            continue
        class_, id_ = element.get("class"), element.get("id")
        if class_ is None and id_ is None:
            continue
        if tag == "div":
            if class_ is None or id_ is None:
                first = id_ if class_ is None else class_
            else:
                names = element.keys()
                first = class_ if names.index("class") < names.index("id") else id_
            if "footer" in first:
                selected.append(element)
                continue
        for value in (class_, id_):
            if value is not None:
                answer = answers.get(value)
                if answer is None:
                    answer = answers[value] = _COOKIE(value) is not None
                if answer:
                    selected.append(element)
                    break
    return selected


def _basic_cleaning(tree):
    """trafilatura's basic_cleaning, from _basic_clean_selection's selection."""
    if _COOKIE is None:  # an expression of another shape than the one written for
        return basic_cleaning(tree)
    for element in _basic_clean_selection(tree):
        delete_element(element)
    return tree


def extraction_options(url: str) -> Extractor:
    """What `bare_extraction(tree, url=url, include_comments=False, include_tables=False, fast=FAST)`
    would build, copied from one built once: building it reads trafilatura's configuration each time
    (0.14 ms a page). Its date parameters (today's date as the latest) are those of the day it was
    built; trafilatura reads them only for its metadata step, which is not asked for."""
    options = copy(_OPTIONS)
    options.url = url
    options.source = url.encode("utf-8", "replace").decode("utf-8") if url else None
    return options


def parse_page(html: str, utf8: Optional[bytes] = None) -> Optional[HtmlElement]:
    """The page's tree as trafilatura's `load_html` makes it from a string (the same repairs, the same
    parser options), parsed with HTML_PARSER; a page that its first pass cannot parse well (an
    encoding declaration lxml refuses in a string, no element) goes to `load_html` itself, fallbacks
    and all. None when it is not HTML.

    The page is handed to lxml as UTF-8 bytes (_utf8_page) when that is the string trafilatura would
    parse: its repairs delete characters XML does not allow, which takes a regular expression over the
    whole string (0.55 ms of a benchmark page's 2 ms), where testing the UTF-8 bytes for them takes a
    fifth of that, and lxml parses bytes faster than a string (which it converts). `utf8`: the
    string's UTF-8 encoding, when the caller has it (0.2 ms a benchmark page to encode)."""
    beginning = html[:50].lower()
    page = _utf8_page(html, beginning, utf8)
    try:
        tree = lxml.html.fromstring(page if page is not None else repair_faulty_html(html, beginning),
                                    parser=HTML_PARSER)
    except Exception:  # load_html tries again from bytes, and logs why
        return load_html(html)
    if len(tree) < 1:
        return load_html(html)
    return None if is_dubious_html(beginning) and len(tree) < 2 else tree


# What trafilatura's repair_faulty_html deletes (INVALID_XML_CHARS): control characters but tab, line
# feed and carriage return, looked for in the UTF-8 bytes (bytes.translate deletes them: fewer bytes if
# any), and U+FFFE and U+FFFF, looked for in the string: the same test, since the bytes are the string's
# UTF-8, and a fifteenth of the time (0.014 against 0.21 ms a benchmark page, where a three-byte search
# of the bytes steps through every non-ASCII character's bytes).
_CONTROL_BYTES = bytes(code for code in range(0x20) if code not in (0x09, 0x0A, 0x0D))
_NONCHARACTERS = ("\ufffe", "\uffff")


def _utf8_page(html: str, beginning: str, utf8: Optional[bytes] = None) -> Optional[bytes]:
    """`repair_faulty_html(html, beginning)` in UTF-8 when it deletes no character (none XML disallows),
    else None: the string is then repaired and parsed as trafilatura does. None too for a string that
    opens with an XML declaration (lxml refuses one that names an encoding in a string, and load_html
    then parses it its own way) or that UTF-8 cannot encode (lone surrogates)."""
    if beginning.lstrip().startswith("<?xml"):
        return None
    try:
        page = utf8 if utf8 is not None else html.encode("utf-8")
    except UnicodeEncodeError:
        return None
    if len(page.translate(None, _CONTROL_BYTES)) != len(page) or any(code in html for code in _NONCHARACTERS):
        return None
    repaired = _repaired_start(html, beginning)
    return page if repaired == html else repaired.encode("utf-8")


def _repaired_start(html: str, beginning: str) -> str:
    """repair_faulty_html's repairs of a page's first lines (a doctype libxml2 misreads, a self-closed
    <html/>), trafilatura's code, for a page without the characters it deletes."""
    if "doctype" in beginning:
        firstline, _, rest = html.partition("\n")
        html = DOCTYPE_TAG.sub("", firstline, count=1) + "\n" + rest
    for line in html[:4096].splitlines()[:4]:
        if "<html" in line and line.endswith("/>"):
            html = FAULTY_HTML.sub(r"\1>", html, count=1)
            break
    return html


def _title_and_author(tree, tags: Optional[PageTags] = None) -> tuple[Document, bool]:
    """The title and the author the page's metadata names (trafilatura's own steps, in its order:
    meta tags, JSON-LD, then the page's headline), without the rest of trafilatura's metadata
    step: the publish date by htmldate, categories, tags, licence, site name and canonical URL,
    which pactwatch does not store (it reads the date itself: _published). They took a quarter
    of the extraction's CPU (`python -m benchmarks crawl`, BENCHMARKS.md section 1). The byline
    in the page's text, trafilatura's next author step, is _byline's, looked for when the metadata
    names no author (the bool returned: named, even if trimming left nothing of the name). `tags`: the
    page's PageTags, when it has them."""
    metadata = examine_meta(_HeadMetas(tree, tags) if tags is not None and tags.single_head else tree)
    if metadata.author and " " not in metadata.author:
        metadata.author = None
    try:
        metadata = meta_json(tree, metadata, tags)
    except Exception as exc:  # trafilatura's JSON-LD reading has bugs; it carries on without it, as here
        logger.debug("JSON-LD metadata not read: %s", exc)
    metadata.title = metadata.title or extract_title(tree)
    named_author = bool(metadata.author)
    metadata.clean_and_trim()
    return metadata, named_author


# trafilatura's extract_meta_json, its JSON-LD reading (trafilatura.metadata), selects these scripts.
META_JSON_SCRIPTS = etree.XPath('.//script[@type="application/ld+json" or @type="application/settings+json"]')
# A JSON string, as trafilatura's JSON_MINIFY finds them (trafilatura.metadata: '("(?:\\.|[^"\\])*")|\s'), its
# characters taken in runs without backtracking (possessive): the two alternatives start with different
# characters and neither holds a quote, so a string can end only after its longest run, and the matches are
# the same, in a third of the time (0.016 against 0.058 ms a benchmark page).
_JSON_STRING = re.compile(r'("(?:[^"\\]++|\\.)*+")')
_SURROGATES = re.compile("[\ud800-\udfff]")


def meta_json(tree, metadata: Document, tags: Optional[PageTags] = None) -> Document:
    """trafilatura's `extract_meta_json(tree, metadata)`: each JSON-LD script's text minified and
    normalised (json_ld_text), then read by its `extract_json` (or `extract_json_parse_error` when it is
    not JSON). Its own minifying and normalising of the script's text took 0.3 ms of its 0.45 a
    benchmark page (BENCHMARKS.md section 1): a template substitution for every string and space of the
    JSON, and a per-character Python loop over the whole text for the surrogates. A test compares the
    two on pages of every case, and fails when trafilatura's functions change."""
    scripts = (META_JSON_SCRIPTS(tree) if tags is None
               else [script for script in tags.scripts if script.get("type") in JSON_LD_TYPES])
    for element in scripts:
        if not element.text:
            continue
        text = json_ld_text(element.text)
        try:
            metadata = extract_json(json.loads(text, strict=False), metadata)
        except json.JSONDecodeError:
            metadata = extract_json_parse_error(text, metadata)
    return metadata


def json_ld_text(text: str) -> str:
    """`normalize_json(JSON_MINIFY.sub(r"\\1", text))`, trafilatura's minifying and normalising of a
    JSON-LD script: its strings kept whole, every space between them removed (JSON_MINIFY tries a
    string at each position before a space, so the strings it keeps are the ones `_JSON_STRING` splits
    on, and `\\s` is what `str.split` splits on); then, when there is a backslash, its escapes read and
    lone surrogates dropped (by one regular expression instead of a loop over every character), HTML
    entities and tags removed, spaces trimmed."""
    parts = _JSON_STRING.split(text)
    parts[::2] = ["".join(part.split()) for part in parts[::2]]
    string = "".join(parts)
    if "\\" in string:
        string = string.replace("\\n", "").replace("\\r", "").replace("\\t", "")
        string = JSON_UNICODE_REPLACE.sub(lambda match: chr(int(match[1], 16)), string)
        string = _SURROGATES.sub("", string)
        string = unescape(string)
    return trim(HTML_STRIP_TAGS.sub("", string))


def _byline(tree) -> Optional[str]:
    """The author named in the page's byline: trafilatura's `extract_author` (its author XPaths
    over a deep copy of the page pruned of comments, dates, figures and sidebars; here BYLINE_XPATHS,
    the same), read from `tree` itself and without pruning it, so that trafilatura can extract from
    the tree after it and no copy is made (0.9 ms on each of the 75 of the 181 benchmark pages that
    name no author in their metadata, BENCHMARKS.md section 1). What the pruning removes is tested
    only around the elements the author XPaths select (BYLINE_DISCARDED_AROUND, _INSIDE), not looked
    for in the whole page: an element it would remove, or one inside it, is skipped; the texts of
    one kept are read as they would read once it is pruned (_kept_text). Looked for only when no
    selector, meta tag or JSON-LD gave the author. Trimmed as trafilatura trims its metadata."""
    for content in _byline_candidates(tree):
        if content and 2 < len(content) < BYLINE_CHARS:
            found = Document()
            found.author = normalize_authors(None, content)
            found.clean_and_trim()
            return found.author
    return None


def _byline_candidates(tree) -> Iterator[str]:
    """The trimmed text of each element BYLINE_XPATHS select in the page as BYLINE_DISCARD_XPATHS
    would prune it (trafilatura's `extract_metainfo` reads them in this order), the tree untouched."""
    for selected in _byline_selections(tree):
        for element in selected:
            if BYLINE_DISCARDED_AROUND(element):
                continue  # gone with the pruning
            yield trim(" ".join(_kept_text(element, set(BYLINE_DISCARDED_INSIDE(element)))))


def _byline_selections(tree) -> tuple[list, list, list]:
    """What each of BYLINE_XPATHS selects in the page, in document order, found in one walk of its elements.
    A page with an element named `rel` (the first expression selects its parent when its text is "me")
    has the first expression's selection made by the expression itself."""
    selections: tuple[list, list, list] = ([], [], [])
    rel = False
    for element in tree.getroottree().getroot().iter(etree.Element):  # `//` is the whole document's
        tag = element.tag
        for name, value in element.items():
            if name in _BYLINE_ATTRIBUTES and ("uthor" in value or "byl" in value or "Byl" in value or "BBL" in value
                                               or "name" in value or "zuozhe" in value or "bian" in value
                                               or "-by" in value or "writer" in value):
                _sort_byline(element, tag, selections)
                break
        else:
            if tag == "author":
                selections[0].append(element)
        if tag == "rel":
            rel = True
    if rel:
        return BYLINE_XPATHS[0](tree), selections[1], selections[2]
    return selections


def _sort_byline(element, tag: str, selections: tuple[list, list, list]) -> None:
    """Add the element to the selections of the BYLINE_XPATHS that select it (by its attributes: the first's
    `//author` too)."""
    get = element.get
    class_, id_, itemprop = get("class"), get("id"), get("itemprop")
    if tag == "author" or (tag in _BYLINE_TAGS[0] and (
            get("rel") == "author" or id_ == "author" or class_ == "author" or itemprop == "author name"
            or get("data-testid") in ("AuthorCard", "AuthorURL")
            or (class_ is not None and any(run in class_ for run in _AUTHOR_CLASSES)))):
        selections[0].append(element)
    if tag in _BYLINE_TAGS[1] and (
            class_ in ("byline", "username", "byl", "BBL") or (itemprop is not None and "author" in itemprop)
            or (id_ is not None and any(run in id_ for run in _BYLINE_IDS))
            or (class_ is not None and any(run in class_ for run in _BYLINE_CLASSES))):
        selections[1].append(element)
    component = get("data-component")
    if ((component is not None and "Byline" in component) or (itemprop is not None and "author" in itemprop)
            or (id_ is not None and ("Author" in id_ or "author" in id_))
            or (class_ is not None and any(run in class_ for run in _WRITER_CLASSES))):
        selections[2].append(element)


def _kept_text(element, discarded: set) -> list[str]:
    """`element.itertext()` as it reads once the `discarded` elements are pruned the way trafilatura
    prunes (trafilatura.xml.delete_element): each removed element's tail joins the text before it
    (the previous sibling's tail, else the parent's text), so the texts on either side of it make
    one string."""
    texts: list[str] = []

    def walk(node) -> None:
        current = node.text or ""
        for child in node:
            if child in discarded:
                current += child.tail or ""
                continue
            if current:
                texts.append(current)
            walk(child)
            current = child.tail or ""
        if current:
            texts.append(current)

    walk(element)
    return texts


def _without_headline(text: str, title: str) -> str:
    """The text without the headline repeating at its start (extraction often keeps the <h1>)."""
    if title and text.startswith(title) and len(text) - len(title) >= MIN_TEXT_CHARS:
        return text[len(title):].lstrip(" \n:.-–")
    return text


def clean_title(title: str) -> str:
    """The headline without surrounding space and media suffixes like ' - VIDEO'."""
    return TITLE_SUFFIX.sub("", " ".join(title.split()))


def _published_in_tree(page: Selector, selectors: Selectors, dates: DateRules,
                       tags: Optional[PageTags] = None) -> tuple[Optional[str], Optional[str]]:
    """The publish date and where it was read, from the page (metadata > visible text), before the
    story's text is known: (None, None) when neither gives one (_published_in_text then looks).

    Visible text is the source's date selector, a <time> outside asides and lists of other
    stories, then a date among the first lines after the headline.
    """
    value = _meta_date(page.root, tags) or _json_ld_date(page.root, tags)
    if value:
        return with_zone(value, dates.timezone), "metadata"
    if selectors.date:
        value = parse_visible_date(_select_text(page, selectors.date, story_only=True), dates)
        if value:
            return value, "date selector"
    for within_article in (True, False):
        value = parse_machine_date(_time_datetime(page.root, tags, within_article))
        if value:
            return with_zone(value, dates.timezone), "time element"
    value = lead_date("\n".join(after_headline_lines(page.root)), dates)
    return (value, "text") if value else (None, None)


def _published_in_text(text: str, url: str, dates: DateRules) -> tuple[Optional[str], Optional[str]]:
    """The date of a page whose tree names none: a date line opening the story, else the URL's date."""
    value = lead_date(text, dates)
    if value:
        return value, "text"
    value = url_date(url, dates.url_pattern)
    return (value, "url") if value else (None, None)


def after_headline_lines(root) -> list[str]:
    """The first LEAD_LINES texts AFTER_HEADLINE selects."""
    lines = []
    for text in FOLLOWING_HEADLINE(root):
        element = text.getparent() if text.is_text else text.getparent().getparent()  # the one it sits in
        if element is None or IN_STORY(element):
            lines.append(str(text))
            if len(lines) == LEAD_LINES:
                break
    return lines


def lead_date(text: str, dates: DateRules) -> Optional[str]:
    """A date line among the first lines of the story, or a dateline opening it ("Baku/02.10.20/Turan: ...")."""
    for line in [line for line in text.split("\n") if line.strip()][:LEAD_LINES]:
        value = parse_visible_date(line if len(line) <= DATE_LINE_CHARS else line[:DATELINE_CHARS], dates)
        if value:
            return value
    return None


def html_text(fragment: str) -> str:
    """The text of an HTML fragment, one line per paragraph, list item or line break."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (ValueError, etree.ParserError):
        return ""
    for element in root.iter(*BLOCK_TAGS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _time_datetime(root, tags: Optional[PageTags], within_article: bool) -> Optional[str]:
    """TIME_DATETIMES[0] (within_article) or [1]: the datetime of the first <time> (in an <article>) outside
    asides and lists of other stories, None when it has none."""
    if tags is None:
        return next(iter(TIME_DATETIMES[0 if within_article else 1](root)), None)
    for element in tags.times:
        if within_article and next(element.iterancestors("article"), None) is None:
            continue
        if not IS_OUTSIDE_STORY(element):
            return element.get("datetime")
    return None


def _meta_date(root, tags: Optional[PageTags] = None) -> Optional[str]:
    """The publish date in the page's <meta> tags or its datePublished: META_DATES, in order."""
    metas = META_TAGS(root) if tags is None else [meta for meta in tags.metas if meta.get("content") is not None]
    for index, (attribute, values) in enumerate(META_DATES):
        if index == ITEMPROP_DATE_BEFORE:
            value = parse_machine_date(next(iter(ITEMPROP_DATE(root)), None))
            if value:
                return value
        content = next((meta.get("content") for meta in metas if meta.get(attribute) in values), None)
        value = parse_machine_date(content)
        if value:
            return value
    return None


def _json_ld_date(root, tags: Optional[PageTags] = None) -> Optional[str]:
    blocks = (JSON_LD(root) if tags is None else
              [text for script in tags.scripts if script.get("type") == "application/ld+json"
               for text in TEXT_NODES(script)])
    for block in blocks:
        try:
            data = json.loads(block)
        except ValueError:
            continue
        for item in data if isinstance(data, list) else [data]:
            if isinstance(item, dict):
                value = parse_machine_date(str(item.get("datePublished") or ""))
                if value:
                    return value
    return None


def _select_text(page: Selector, expression: str, story_only: bool = False) -> Optional[str]:
    """The text of the nodes a selector picks; `story_only` skips nodes in asides, navigation,
    footers and lists of other stories (a date selector must not read a sidebar's dates)."""
    nodes = page.xpath(expression) if expression.startswith(("/", "(")) else page.css(expression)
    if story_only:
        nodes = [node for node in nodes
                 if isinstance(node.root, str) or node.xpath(f"boolean({OUTSIDE_STORY})").get() != "1"]
    parts = []
    for node in nodes:
        blocks = node.xpath(".//p | .//li | .//h2 | .//h3")
        texts = [" ".join(b.xpath(".//text()").getall()) for b in blocks] if blocks else \
            [" ".join(node.xpath(".//text()").getall()) if not isinstance(node.root, str) else node.root]
        parts.extend(" ".join(t.split()) for t in texts)
    return "\n".join(p for p in parts if p) or None


def _page_language(page: Selector, tags: Optional[PageTags] = None) -> Optional[str]:
    value = next(iter(HTML_LANG(page.root)), None) or _content_language(page.root, tags)
    if not value:
        return None
    code = value.strip().split("-")[0].split("_")[0].lower()
    return code if 2 <= len(code) <= 3 and code.isalpha() else None


def _content_language(root, tags: Optional[PageTags] = None) -> Optional[str]:
    """CONTENT_LANGUAGE's first value."""
    if tags is None:
        return next(iter(CONTENT_LANGUAGE(root)), None)
    return next((meta.get("content") for meta in tags.metas
                 if meta.get("http-equiv") == "content-language" and meta.get("content") is not None), None)
