"""The word-indexed lexicon matcher gives what one alternation regex per category would give."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from monitor.classify.matcher import Matcher, _guarded_heads, _may_hold, _required_texts, entry_regex

GROUPS = {
    "states": {"AZ": ("azerbaijan*", "azeri*"), "GE": ("georgia*",), "US": ("=US", "united states")},
    "acts": {None: ("sign*", "signed the plan", "plan", "plan of action", "# countries", "re:last (?:may|june)",
                    "defen?e", "on the sidelines")},
    "modal": {None: ("=may",)},
    # Regular expressions: one beginning with letters (indexed by them), one not.
    "meeting": {None: ("re:receive[sd](?!\\s+batch)", "re:\\w+ment", "held talks")},
    # Phrase-only first words, one phrase starting inside another ("the two countries").
    "counterpart": {None: ("the two", "the sides", "in the past")},
    "bilateral": {None: ("two countries", "both sides", "the two ministries of defen?e")},
    # Regular expressions opening with a lookbehind or a choice of words: indexed by the words after.
    "attr": {None: ("re:(?<=the )signed", "re:(?<!to be )held", "re:(?:both|two)(?=\\s+sides)",
                    "re:(?<=[dt]o )(?:be|us)(?!\\w)")},
    # Regular expressions opening with a word boundary: indexed by the words after it.
    "pluperfect": {None: ("re:\\bhad\\s+(?:been\\s+)?signed", "re:\\b(?:was|were)\\s+held", "re:\\bbe(?!\\w)")},
}
WORDS = ("azerbaijan", "azerbaijani", "azeris", "georgia", "georgian", "us", "US", "united", "states", "sign",
         "signed", "signing", "the", "plan", "planned", "plans", "of", "action", "12", "3x", "countries", "last",
         "may", "May", "june", "defence", "defense", "defences", "on", "sidelines", "bonus", "BONUS", "xUS",
         "İstanbul", "_US", "2024", "two", "both", "sides", "past", "in", "ministries", "twofold",
         "received", "receives", "receiver", "batch", "agreement", "ment", "held", "talks", "to", "be", "do",
         "bees", "had", "hadn", "been", "was", "were", "washed")
SEPARATORS = (" ", "  ", ", ", ".\n", " (", ") ", "-", "\t")


def _reference(groups: dict, lowered: str, original: str) -> dict:
    """One alternation per group and case mode, longest entry first, scanned by ``re``."""
    result = {}
    for name, labelled in groups.items():
        items = sorted(((entry, label) for label, entries in labelled.items() for entry in entries),
                       key=lambda item: len(item[0]), reverse=True)
        found = []
        for exact, text in ((False, lowered), (True, original)):
            chosen = [(entry_regex(entry)[0], label) for entry, label in items
                      if entry.startswith("=") == exact]
            if not chosen:
                continue
            scanner = re.compile("|".join(rf"(?<!\w)({source})(?!\w)" for source, _ in chosen))
            found += [(match.start(), match.end(), chosen[match.lastindex - 1][1])
                      for match in scanner.finditer(text)]
        result[name] = sorted(found, key=lambda item: (item[0], item[1]))
    return result


def _scan(text: str) -> dict:
    return Matcher(GROUPS).scan(text.lower(), text)


def test_stem_matches_inflections_and_a_plain_word_only_itself():
    found = _scan("Azerbaijani and Georgian plans; the plan")["states"]
    assert [label for _, _, label in found] == ["AZ", "GE"]
    plans = [(start, end) for start, end, _ in _scan("the plans and the plan")["acts"]]
    assert plans == [(18, 22)]


def test_longest_entry_wins_and_matches_do_not_overlap():
    text = "They signed the plan of action, then the plan of action was published."
    assert [text[start:end] for start, end, _ in _scan(text)["acts"]] == ["signed the plan", "plan of action"]


def test_case_sensitive_entry_needs_its_case_and_a_word_start():
    assert [label for _, _, label in _scan("US troops")["states"]] == ["US"]
    assert _scan("us troops, BONUS, xUS")["states"] == []
    assert len(_scan("talks may follow in May")["modal"]) == 1


def test_a_phrase_inside_another_phrase_is_found():
    text = "In the past the two countries met."
    found = _scan(text)
    assert [text[start:end] for start, end, _ in found["bilateral"]] == ["two countries"]
    assert [text[start:end] for start, end, _ in found["counterpart"]] == ["In the past", "the two"]


def test_regular_expression_entries_with_and_without_a_leading_word():
    text = "They received batch two, then received them; the agreement followed held talks."
    found = [text[start:end] for start, end, _ in _scan(text)["meeting"]]
    assert found == ["received", "agreement", "held talks"]


def test_a_regular_expression_opening_with_a_lookbehind_or_a_choice_is_indexed_by_its_words():
    assert _guarded_heads("(?<=the )signed") == (("signed",), True)
    assert _guarded_heads("(?<!la\\s)(?<!una\\s)firma(?!\\s+de)") == (("firma",), False)
    assert _guarded_heads("(?<=['’])(?:da|de)(?!\\w)") == (("da", "de"), True)
    assert _guarded_heads("(?:kam|kommt)\\s+zusammen") == (("kam", "kommt"), False)
    # A word boundary is past too: every match of an entry searched alone begins after no word character.
    assert _guarded_heads("\\bhad\\s+(?:been\\s+)?signed") == (("had",), False)
    assert _guarded_heads("\\b(?:was|were)\\s+held") == (("was", "were"), False)
    assert _guarded_heads("(?<!not )\\bbe(?!\\w)") == (("be",), True)
    assert _guarded_heads("\\\\bhad") == ((), False)  # a backslash, then "bhad"
    # Nothing every match begins with: the entry is scanned over the whole text.
    assert _guarded_heads("(?:drei|\\d+)\\s+staaten") == ((), False)
    assert _guarded_heads("(?:kam|kommt)?zusammen") == ((), False)
    assert _guarded_heads("\\w+(?:rá|rán)") == ((), False)
    assert _guarded_heads("(?<=a)b|c") == ((), False)


@pytest.mark.parametrize("entry, text, found", [
    ("re:(?:kam|kommt)\\s+(?:\\S+\\s+){0,3}?zusammen", "sie kam und kommt zusammen, dann kamen sie", [(4, 26, None)]),
    # Opening with a word boundary.
    ("re:\\bhad\\s+(?:(?:already|also)\\s+)?(?:been\\s+)?(?:signed|held)",
     "they had signed, shad had held and had been held; chad had also been signed",
     [(5, 15, None), (22, 30, None), (35, 48, None), (55, 75, None)]),
])
def test_an_indexed_regular_expression_finds_what_a_scan_of_it_alone_finds(entry, text, found):
    matcher = Matcher({"meeting": {None: (entry,)}})
    alone = re.compile(r"(?<!\w)(?:" + entry_regex(entry)[0] + r")(?!\w)")
    assert not matcher._raw
    assert matcher.scan(text)["meeting"] == [(m.start(), m.end(), None) for m in alone.finditer(text)] == found


def test_number_entry_matches_digits_only():
    text = "Ministers of 12 countries and 3x countries met."
    assert [text[start:end] for start, end, _ in _scan(text)["acts"]] == ["12 countries"]


def test_raw_regular_expression_entry_is_still_found():
    text = "The talks held last June were the first."
    assert [text[start:end] for start, end, _ in _scan(text)["acts"]] == ["last June"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_matcher_agrees_with_one_alternation_per_category(pieces):
    text = "".join(word + separator for word, separator in pieces)
    assert _scan(text) == _reference(GROUPS, text.lower(), text)


@pytest.mark.parametrize("source, required", [
    (r"\w+show\b", (("show", True),)),
    (r"\b(?:has|have)\s+(?:formally\s+)?approved", (("approved", False),)),
    (r"ab?cd", (("cd", False),)),
    (r"abc|abd", (("ab", False),)),
    (r"(?i)approved", ()),
    (r"x(?i:approved)", (("x", False),)),
    (r"(?:one|two)\s+(?:three|four)", (("three", False), ("four", False))),
    (r"(?:one|two|)\s+four", (("four", False),)),
    (r"\b(?:has|was)\s+(?:(?:formally|now)\s+)?(?:approved|endorsed|green-?lit)\b",
     (("approved", False), ("endorsed", False), ("green", False))),
    (r"\w+(?:ausschuss|kommission)\w*", (("ausschuss", False), ("kommission", False))),
    (r"(?:\w+)?show", (("show", False),)),
])
def test_an_entry_searched_over_the_whole_text_is_skipped_only_where_it_cannot_match(source, required):
    found = _required_texts(source)
    assert found == required
    scanner = re.compile(source)
    for text in ("the airshow opened", "it has formally approved it", "abcd acd abd", "APPROVED one  four",
                 "was green-lit and now greenlit", "der Bundestagsausschuss und die EU-Kommission", "show"):
        for match in scanner.finditer(text):
            assert not found or any(run in match.group(0) for run, _ in found)
            assert _may_hold(text, found)
            assert _may_hold(match.group(0), found)


def test_a_run_marked_after_a_word_character_is_held_only_there():
    required = _required_texts(r"\w+shows?\b")
    assert not _may_hold("show shows: a show", required)  # each "show" opens its word
    assert not _may_hold("show", required)
    assert _may_hold("the show and the airshow", required)
    assert _may_hold("", ())


def test_a_text_without_an_entrys_required_run_gives_the_scan_it_gave_before():
    matcher = Matcher({"contest": {"c": ("re:\\w+show",)}, "sign": {"s": ("signed",)}})
    assert [(s, e) for s, e, _ in matcher.scan("the airshow was signed")["contest"]] == [(4, 11)]
    assert matcher.scan("the air was signed")["contest"] == []
    assert matcher.scan("the show was signed")["contest"] == []
    approval = Matcher({"passive": {"p": ("re:\\b(?:has|was)\\s+(?:approved|endorsed)\\b",)}})
    assert [(s, e) for s, e, _ in approval.scan("it was endorsed")["passive"]] == [(3, 15)]
    assert approval.scan("it was signed")["passive"] == []


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), max_size=30))
def test_a_prepared_matcher_scans_as_one_that_makes_its_choices_as_words_come(pieces):
    text = "".join(word + separator for word, separator in pieces)
    prepared = Matcher(GROUPS)
    prepared.prepare()
    assert prepared.scan(text.lower(), text) == Matcher(GROUPS).scan(text.lower(), text)


def test_a_prepared_matcher_compiles_nothing_as_it_scans(monkeypatch):
    """Matcher.prepare makes the choices of every indexed word and stem, and of the words that begin with
    a stem: a scan of words it has not met compiles no regular expression."""
    prepared = Matcher(GROUPS)
    prepared.prepare()
    assert prepared._choices

    def refused(*args, **kwargs):
        raise AssertionError("a regular expression was compiled")

    monkeypatch.setattr(re, "compile", refused)
    text = " ".join(WORDS) + " signatures defences Azerbaijanis georgians 1990 countries plans of actions"
    assert prepared.scan(text.lower(), text)["acts"]
