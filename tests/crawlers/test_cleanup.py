"""Cleanup rules: widget lines, mottos and trailers go; hard-wrapped paragraphs are joined again."""

from crawlers.cleanup import clean_text, unwrap_lines
from monitor.config.source_options import Cleanup

PAGE_TEXT = """Please ensure Javascript is enabled for purposes of website accessibility
"Soldiers first" - the ministry motto
News
The minister received the visiting delegation at the headquarters.
Both sides discussed training and staff exchanges.
Read our channel on Telegram
Tags: defence, visit
Latest News
Another story headline"""


def test_leading_lines_trailers_and_lines_anywhere_are_dropped():
    rules = Cleanup(drop_leading=(r"^Please ensure Javascript", r"motto$", r"^News$"),
                    drop_lines=(r"Telegram",), end_at=(r"^Tags:", r"^Latest News$"))
    assert clean_text(PAGE_TEXT, rules) == ("The minister received the visiting delegation at the headquarters.\n"
                                            "Both sides discussed training and staff exchanges.")


def test_trailing_lines_are_dropped_only_at_the_end():
    rules = Cleanup(drop_trailing=(r"^News\.Az$",))
    text = "News.Az reports the visit.\nThe delegation met the minister.\nNews.Az"
    assert clean_text(text, rules) == "News.Az reports the visit.\nThe delegation met the minister."


def test_an_end_marker_on_the_first_line_does_not_empty_the_text():
    assert clean_text("Latest News from the front\nMore text", Cleanup(end_at=(r"^Latest News",))) == \
        "Latest News from the front\nMore text"


def test_no_rules_leave_the_text_alone():
    assert clean_text(PAGE_TEXT, Cleanup()) == PAGE_TEXT


WRAPPED = """The defence ministers of the two countries signed a plan of
military cooperation for the coming year during talks in the
capital on Tuesday.
The plan covers joint exercises, the training of officers and
exchanges between military academies, the ministry said in a
statement.
Short closing line."""


def test_hard_wrapped_paragraphs_are_joined_and_paragraph_ends_kept():
    assert unwrap_lines(WRAPPED).split("\n") == [
        "The defence ministers of the two countries signed a plan of military cooperation for the coming "
        "year during talks in the capital on Tuesday.",
        "The plan covers joint exercises, the training of officers and exchanges between military academies, "
        "the ministry said in a statement.",
        "Short closing line."]


def test_unwrap_keeps_blank_line_paragraphs_and_short_texts():
    assert unwrap_lines("One line.\n\nAnother line.") == "One line.\nAnother line."
    assert clean_text(WRAPPED, Cleanup(unwrap=True)).count("\n") == 2
