"""A rank or title abbreviated before a name ("Brig. Gen. Ali", "Wg. Cdr. Khan", "Hon. Minister") ends no
sentence: the act that follows keeps the states named before it. Sentences written for these tests."""

from monitor.classify.text import sentences
from tests.monitor.classify.conftest import flagged_main


def test_a_rank_abbreviation_ends_no_sentence():
    text = "Gen. Hasanov and Brig. Gen. Ali of Pakistan met in Baku on Dec. 5 to discuss military cooperation."
    assert len(sentences(text)) == 1


def test_an_act_after_abbreviated_ranks_keeps_its_states():
    text = ("The Azerbaijani Chief of General Staff and Brig. Gen. Tariq Khan, head of the Pakistani military "
            "delegation, signed a bilateral military cooperation plan for 2025.")
    kind, parties, year, _ = flagged_main("Plan", text, lang="en")
    assert (kind, parties, year) == ("plan_signed", ("AZ", "PK"), 2025)
