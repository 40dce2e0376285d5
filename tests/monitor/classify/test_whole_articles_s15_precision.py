"""Whole articles, session s15 (c2): what s14 left, talks that are not defence talks, ratifications that are not.

Each file under ``whole_articles_s15_precision/<lang>/`` is a short article written for these tests (a headline, a
dateline, a few paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A ``neg_`` article reports no
bilateral act and must not be flagged; a ``pos_`` twin tells the same story with a real act and must be read as the act
given below. The shapes:
- **political-military consultations** of two foreign ministries (en, ru, az, tr, bg: the foreign ministries' format,
  ``civil_actor``; detect._defence_actors_in_civil_names); the twin's defence ministries consult;
- **an exercise's planning conference or reconnaissance** (en, ru, az, tr: ``preparation``, detect._exercise_prepared);
  the twin's exercise begins;
- **a commission on trade** whose sides list the defence industry (en: detect._talks through detect._civil_meeting);
  the twin is a joint military commission;
- **an attaché's national-day reception** (bg: ``courtesy``); the twin's minister receives the attaché to discuss
  cooperation;
- **a ratification set for the next session** (bg "ще ратифицира ... на следващото си заседание", uk "ратифікує ... на
  наступному пленарному засіданні": ``coming``, uk ``present``); the twin ratifies today;
- **a signing whose agreement enters into force after its ratification** (en, ru, az, tr, bg: the ratification ahead is
  no act, ``ratification_ahead``, facts._drop_ratifications_ahead; read as agreement_ratified on main), and an agreement
  that "has yet to be ratified" (en), "трябва да бъде ратифицирано" (bg: its "подписано през пролетта" after the
  document is a reduced participle, bg ``sign_participle``), no event;
- **a kk participle before its signer** ("жоспарына қол қойған министр бүгін ... ашты":
  detect._signed_in_a_participle_before_its_signer); the twin signs in the main clause.
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_s15_precision"

# The main event each positive twin reports: (kind, "AA BB").
EXPECTED = {
    "az/pos_planning_conference": ("exercise", "AZ TR"),
    "az/pos_signed_ratification_ahead": ("agreement_signed", "AZ TR"),
    "bg/pos_signed_ratification_ahead": ("agreement_signed", "BG GR"),
    "en/pos_signed_ratification_ahead": ("agreement_signed", "AZ TR"),
    "ru/pos_signed_ratification_ahead": ("agreement_signed", "KZ RU"),
    "tr/pos_signed_ratification_ahead": ("agreement_signed", "AZ TR"),
    "bg/pos_attache_reception": ("talks", "BG GR"),
    "bg/pos_ratification_next_session": ("agreement_ratified", "BG GR"),
    "en/pos_planning_conference": ("exercise", "AZ TR"),
    "en/pos_political_military": ("talks", "AZ TR"),
    "en/pos_trade_commission": ("talks", "AZ TR"),
    "kk/pos_participle_signer": ("plan_signed", "KZ UZ"),
    "ru/pos_planning_reconnaissance": ("exercise", "BY RU"),
    "ru/pos_political_military": ("talks", "KZ RU"),
    "tr/pos_planning_conference": ("exercise", "AZ TR"),
    "uk/pos_ratification_next_session": ("agreement_ratified", "PL UA"),
}

test_every_positive_twin_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED)
