"""Which outlet an article says it republishes, and which configured source that outlet is."""

from crawlers.syndication import find_origin, outlet_index, resolve_outlet
from monitor.config import Source

MENAFN = r"\(MENAFN-\s*(?P<outlet>[^)]+)\)"
BYLINE = r"^By (?P<outlet>Trend|APA)$"


def test_the_marker_in_the_first_lines_names_the_outlet():
    text = "(MENAFN- AzerNews) Staff reporter Read more\nThe ministers met in Baku."
    assert find_origin([MENAFN], text) == "AzerNews"
    assert find_origin([MENAFN], "(MENAFN-  Trend News Agency) BAKU, Azerbaijan, May 2.\nText") == "Trend News Agency"


def test_a_byline_names_the_outlet():
    assert find_origin([BYLINE], "The ministers met in Baku.", author="By Trend") == "Trend"


def test_no_marker_or_a_marker_deep_in_the_text_is_no_origin():
    assert find_origin([MENAFN], "The ministers met.\nSecond.\nThird.\n(MENAFN- AzerNews)") is None
    assert find_origin([], "(MENAFN- AzerNews) x") is None


def test_outlets_resolve_to_sources_by_name_title_or_alias_ignoring_case():
    index = outlet_index([Source(name="azernews", title="AzerNews", feeds=("https://e.org/rss",)),
                          Source(name="trend_az", title="Trend News Agency (English)", aliases=("Trend",
                                 "Trend News Agency"), feeds=("https://e.org/rss",))])
    assert resolve_outlet("AZERNEWS", index) == "azernews"
    assert resolve_outlet("Trend News Agency", index) == "trend_az"
    assert resolve_outlet("trend", index) == "trend_az"
    assert resolve_outlet("Reuters", index) is None
