"""Whole articles, session s16 (c3): what s15 left, talks that are not defence talks, ratifications that are not.

Each file under ``whole_articles_s16_precision/<lang>/`` is a short article written for these tests (a headline, a
dateline, a few paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A ``neg_`` article reports no
bilateral act and must not be flagged; a ``pos_`` twin tells the same story with a real act and must be read as the act
given below. The shapes:
- **a vote postponed** (bg "гласуването беше отложено": the vote named by its noun, no approval); the twin ratifies;
- **a ratification in the present-future** (ru "Госдума ратифицирует", uk "Рада ратифікує": one to come); the twin's
  chamber "ратифицировала", "ратифікувала";
- **the year in review** (ru "В уходящем году ... подписало:", az "Bu il ərzində ... imzalayıb:" and a list of the
  year's documents, ``background``); the twin signs one plan today;
- **a chiefs of staff's call about an incident on the border** (en, ``crisis``); the twin's call is about cooperation;
- **something done ahead of talks** (en "Ahead of his talks ... next week, the minister praised ..."); the twin holds
  the talks;
- **a headline in the present over a signing still to come** (ar "يوقعان" and "من المقرر أن يوقع ... غدا"); the twin's
  story tells the signing done;
- **an agreement's termination approved** (tr "anlaşmanın feshini onayladı", ``terminate``); the twin approves the
  agreement.
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_s16_precision"

# The main event each positive twin reports: (kind, "AA BB").
EXPECTED = {
    "ar/pos_headline_signing_ahead": ("agreement_signed", "AZ TR"),
    "az/pos_year_in_review": ("plan_signed", "AZ TR"),
    "bg/pos_vote_postponed": ("agreement_ratified", "BG GR"),
    "en/pos_ahead_of_talks": ("talks", "AZ TR"),
    "en/pos_border_incident_call": ("talks", "AZ GE"),
    "ru/pos_ratifies_present_future": ("agreement_ratified", "KZ RU"),
    "ru/pos_year_in_review": ("plan_signed", "KZ UZ"),
    "tr/pos_termination_approved": ("agreement_ratified", "AZ TR"),
    "uk/pos_ratifies_present_future": ("agreement_ratified", "PL UA"),
}

test_every_positive_twin_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED)
