"""Whole articles of one shape (issue 15): an act told as one item of a page that tells many.

Each file under ``whole_articles_lists/<lang>/`` (en, tr, ru, uk, az, kk, uz, fr) is an article written for these
tests, read as ``pactwatch classify`` reads a ``.txt`` file (``whole_article_checks``): a ``neg_`` article reports
no bilateral act, a ``pos_`` one reports the act below. The shapes:
- **documents signed during a visit**, numbered ("The following documents were signed: 1. ... 2. ..."), one of
  them a defence ministries' plan: the item names only the document, and the lead-in before the colon holds its
  verb and tense, so the item is read as the end of that sentence; the same list with no defence document, or
  the list of documents "expected to be signed" or "planned to be signed", is no act; the same lists as a page's
  markup leaves them, with neither numbers nor bullets, each item closed by a semicolon (``*_unnumbered``);
- **a ministry's weekly press briefing** whose spokesman lists the week's activities as bullets ("•", "-"), one
  of them a signing among domestic items, the items closed by a full stop or by none (a list a sentence leads in
  with a colon is the story's, not a trailing run of other stories' headlines);
- **a digest** ("In brief", "Günün özeti", "Главное за неделю") whose bilateral act stands third, its items led
  by a dash; the same digest with a multilateral meeting instead is no act; the same with items numbered, or with
  no final stop (``*_noperiod``, ``*_no_dateline``): a run of lines each opened by a bullet or a number is a list
  typed in the story, no trailing run of other stories' headlines, and no hard-wrapped paragraph either;
- **the minister's week**, a day per line ("Wednesday: the minister held talks with his Polish counterpart"), and
  the minister's agenda for the coming week in the same shape, no act: an item that names its meeting with no verb
  told as done takes its time from a lead-in that names a time ahead ("for the coming week:", "на следующую
  неделю:", "gelecek haftaki programını ... duyurdu:");
- **questions and answers** of a briefing, and **the week in pictures** (numbered captions in the present);
- **a year in review** listing last year's signings as background ("In 2025 we signed ...: - ..."), told at a
  meeting of the ministry's board ("заседание коллегии министерства", "засідання колегії"): a board (коллегия,
  колегія) is no colleague (коллега, колега), and its meeting no talks with a counterpart; and the same told in
  prose ("In 2025 a military cooperation plan was signed with Turkey"): a year after "in" is the act's time,
  not the plan's year, and dates the act as background.
"""

from pathlib import Path

from tests.monitor.classify.whole_article_checks import whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_lists"

# The main event each positive article reports: (kind, "AA BB").
EXPECTED = {
    "en/pos_digest_third": ("talks", "GE PL"),
    "en/pos_minister_week": ("talks", "LT PL"),
    "en/pos_visit_documents": ("plan_signed", "AZ KZ"),
    "en/pos_weekly_briefing": ("plan_signed", "GE TR"),
    "en/pos_weekly_briefing_noperiod": ("plan_signed", "GE TR"),
    "en/pos_pictures": ("plan_signed", "AZ TR"),
    "en/pos_questions": ("plan_signed", "GE TR"),
    "en/pos_visit_documents_unnumbered": ("plan_signed", "AZ KZ"),
    "az/pos_digest_third": ("talks", "AZ GE"),
    "az/pos_visit_documents": ("plan_signed", "AZ KZ"),
    "fr/pos_visit_documents": ("plan_signed", "FR MA"),
    "fr/pos_weekly_briefing": ("plan_signed", "FR GR"),
    "kk/pos_visit_documents": ("plan_signed", "AZ KZ"),
    "uz/pos_visit_documents": ("plan_signed", "KZ UZ"),
    "ru/pos_visit_documents_unnumbered": ("plan_signed", "AZ KZ"),
    "ru/pos_digest_third": ("talks", "BY KZ"),
    "ru/pos_digest_noperiod": ("plan_signed", "BY KZ"),
    "ru/pos_digest_no_dateline": ("plan_signed", "BY KZ"),
    "az/pos_digest_noperiod": ("plan_signed", "AZ TR"),
    "kk/pos_digest_noperiod": ("talks", "KG KZ"),
    "tr/pos_digest_numbered": ("plan_signed", "AZ TR"),
    "ru/pos_visit_documents": ("plan_signed", "AZ KZ"),
    "tr/pos_digest_third": ("exercise", "AZ TR"),
    "tr/pos_visit_documents": ("plan_signed", "KZ TR"),
    "tr/pos_weekly_briefing": ("plan_signed", "GE TR"),
    "tr/pos_weekly_briefing_noperiod": ("plan_signed", "GE TR"),
}

test_every_positive_twin_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED)
