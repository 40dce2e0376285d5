"""Every lexicon's term categories are sequences of entries: a category written as one bare string
(a tuple missing its comma) would make each of its characters an entry, and "*" alone matches every
word of every text."""

import importlib

import pytest

from monitor.classify.lexicons import LANGS, TERM_CATEGORIES


@pytest.mark.parametrize("lang", LANGS)
def test_each_term_category_is_a_sequence_of_entries(lang):
    lexicon = importlib.import_module(f"monitor.classify.lexicons.{lang}").LEXICON
    for category in TERM_CATEGORIES:
        entries = lexicon.get(category, ())
        assert not isinstance(entries, str), (lang, category)
        # a one-letter word is an entry (a preposition, "в"); a wildcard alone is none
        assert all(isinstance(entry, str) and entry.strip("*?# ") for entry in entries), (lang, category)
