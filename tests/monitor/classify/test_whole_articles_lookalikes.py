"""Whole articles, session s14 (c2): what only looks like talks, a ratification or a signing (issue 15, precision).

Each file under ``whole_articles_lookalikes/<lang>/`` is a short article written for these tests (a headline, a
dateline, a few paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A ``neg_`` article reports no
bilateral act and must not be flagged; a ``pos_`` twin tells the same story with a real act and must be read as the
act given below. The shapes:
- **a security or emergency body met**: a defence minister meeting another state's interior minister, border service,
  customs chief, emergency minister or gendarmerie commander (``detect._security_body_met``); the twin meets that
  state's defence minister or chief of general staff;
- **his own state's envoy**: a defence minister receiving his own state's ambassador or military attaché to another
  state, the headline naming only the envoy and his posting (``detect._own_envoy_met``,
  ``detect._own_envoy_in_the_lead``); the twin receives the other state's envoy;
- **a charity** named with a state's adjective (``company``).
"""

from pathlib import Path

import pytest

from tests.monitor.classify.whole_article_checks import articles, check_article, check_names, name

ARTICLES = Path(__file__).parent / "whole_articles_lookalikes"

# The main event each positive twin reports: (kind, "AA BB").
EXPECTED = {
    "az/pos_interior_minister": ("talks", "AZ TR"),
    "az/pos_own_ambassador": ("talks", "AZ PK"),
    "bg/pos_interior_minister": ("talks", "BG GR"),
    "bg/pos_own_ambassador": ("talks", "BG TR"),
    "en/pos_interior_minister": ("talks", "AZ TR"),
    "en/pos_own_ambassador": ("talks", "AZ PK"),
    "ru/pos_interior_minister": ("talks", "KZ UZ"),
    "ru/pos_own_attache": ("talks", "KZ UZ"),
    "tr/pos_gendarmerie": ("talks", "AZ TR"),
    "tr/pos_own_ambassador": ("talks", "AZ TR"),
    "uk/pos_border_service": ("talks", "PL UA"),
}

FILES = articles(ARTICLES)


def test_every_positive_twin_has_its_expectation():
    check_names(FILES, EXPECTED)


@pytest.mark.parametrize("path", FILES, ids=[name(path) for path in FILES])
def test_whole_article(path):
    check_article(path, EXPECTED)
