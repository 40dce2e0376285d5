"""Whole articles, second set (session s12, issue 15): precision in the thinly covered languages.

Each file under ``whole_articles_precision/<lang>/`` is a short article written for these tests (a headline, a
dateline, a few paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A ``neg_`` article reports no
bilateral act and must not be flagged; a ``pos_`` twin tells the same story with a real act and must be read as the
act given below. The shapes:
- **ticker**: headlines of other stories above the article's own, led by a ticker's label ("Breaking:", "Срочно:",
  "Son dakika:", "Təcili:") or a clock time ("12:40 ..."), are not this story's (``story.opening_tickers``); a
  marked headline with no unmarked one after it is the article's own and is kept; so are the headlines under a
  list's heading that opens the page ("Latest news", "Son xəbərlər", "Главные новости"), all but the last before
  the dateline, the article's own;
- **civil ministry**: a defence official meeting a delegation of another state's civil ministry (family and social
  services, labour, health; all 20 languages) meets no defence official, about that ministry's matters: no defence
  talks, and "the sides" who then discuss wounded servicemen in a sentence naming no state are those two; a
  delegation of the other state's defence ministry is talks;
- **an exercise on a day ahead**: a joint exercise that "begins tomorrow" ("начинаются завтра", "sabah ... başlayır",
  "ხვალ ... დაიწყება", "počinje sutra") is still to come, and so are the sentences that count its troops; one
  that began today, or began on Monday and ends next week, is held (``rules.exercise_on_a_coming_day``);
- **compatriots**: a minister abroad meeting his state's community or diaspora there ("representatives of the
  Azerbaijani community living in Georgia", "Türk toplumu temsilcileriyle", "ქართული დიასპორის წარმომადგენლებს")
  meets no official of that state: no talks; his talks with his counterpart there, in the same story, are;
- **parliamentarians**: members of parliament (of a defence committee too) meeting other parliamentarians are no
  defence officials: no talks; a defence ministry's delegation is;
- **a wreath laid**: an attaché visiting a memorial and laying a wreath on his state's holiday is a courtesy of
  remembrance, unless the story also names cooperation;
- **a border incident**: two defence ministers agreeing on the phone to a ceasefire after a shoot-out "between the
  border guards of the two countries" hold no cooperation talks ("the two countries" in the incident's telling is
  no bilateral dealing);
- **a visit still to come** in Uzbek ("keyingi hafta ... tashrif bilan boradi"), **a possible act** in Arabic ("قد
  توقعان", they may sign: an analysis);
- and, in the thin languages (ka, hy, kk, uz in both scripts, uk, ar, de, el, ro, sr, pl, fr, es, it), the shapes
  real reports take that the classifier already read right: an earlier signing recalled, a signing "on Monday" to
  come, foreign ministers agreeing to advance defence cooperation, a trilateral exercise, a draft approved by the
  government, a committee, an arms contract ceremony, a minister at a third state's parade, an analysis piece,
  border and interior bodies, a multilateral meeting, a phone call on a third state's war.
"""

from pathlib import Path

from crawlers.documents import text_document
from tests.monitor.classify.whole_article_checks import whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_precision"

# The main event each positive twin reports: (kind, "AA BB").
EXPECTED = {
    "ar/pos_analysis": ("agreement_signed", "EG GR"),
    "ar/pos_signing_monday": ("agreement_signed", "EG SA"),
    "az/pos_civil_ministry": ("talks", "AZ TR"),
    "az/pos_compatriots": ("talks", "AZ GE"),
    "az/pos_exercise_tomorrow": ("exercise", "AZ TR"),
    "az/pos_top_stories": ("plan_signed", "AZ TR"),
    "az/pos_wreath": ("talks", "AZ TR"),
    "de/pos_trilateral_exercise": ("exercise", "DE LT"),
    "el/pos_signing_monday": ("plan_signed", "CY GR"),
    "en/pos_civil_ministry": ("talks", "AZ TR"),
    "en/pos_compatriots": ("talks", "AZ GE"),
    "en/pos_exercise_tomorrow": ("exercise", "GE US"),
    "en/pos_ticker": ("plan_signed", "AZ TR"),
    "en/pos_ticker_own_headline": ("plan_signed", "AZ TR"),
    "en/pos_top_stories": ("plan_signed", "AZ TR"),
    "en/pos_top_stories_heading_only": ("plan_signed", "AZ TR"),
    "es/pos_draft": ("agreement_signed", "ES PT"),
    "fr/pos_background": ("agreement_signed", "FR MA"),
    "hy/pos_civil_ministry": ("talks", "AM GR"),
    "hy/pos_draft": ("agreement_signed", "AM GR"),
    "hy/pos_exercise_tomorrow": ("exercise", "AM GR"),
    "it/pos_signing_monday": ("agreement_signed", "AL IT"),
    "ka/pos_compatriots": ("talks", "GE PL"),
    "ka/pos_exercise_tomorrow": ("exercise", "GE US"),
    "ka/pos_signing_monday": ("plan_signed", "GE PL"),
    "ka/pos_trilateral_exercise": ("exercise", "AZ GE"),
    "kk/pos_agenda": ("talks", "KZ UZ"),
    "kk/pos_civil_ministry": ("talks", "KZ UZ"),
    "kk/pos_committee": ("agreement_ratified", "KG KZ"),
    "pl/pos_trilateral_exercise": ("exercise", "LT PL"),
    "pt/pos_civil_ministry": ("talks", "MZ PT"),
    "ro/pos_draft": ("agreement_signed", "MD RO"),
    "ru/pos_civil_ministry": ("talks", "KZ UZ"),
    "ru/pos_compatriots": ("talks", "KZ UZ"),
    "ru/pos_exercise_tomorrow": ("exercise", "BY RU"),
    "ru/pos_incident": ("talks", "KG TJ"),
    "ru/pos_mps": ("talks", "KZ UZ"),
    "ru/pos_ticker": ("plan_signed", "KZ UZ"),
    "ru/pos_top_stories": ("plan_signed", "KZ UZ"),
    "sr/pos_exercise_tomorrow": ("exercise", "HU RS"),
    "sr/pos_signing_monday": ("plan_signed", "HU RS"),
    "tr/pos_compatriots": ("talks", "DE TR"),
    "tr/pos_mps": ("talks", "AZ TR"),
    "tr/pos_ticker": ("plan_signed", "AZ TR"),
    "uk/pos_civil_ministry": ("talks", "PL UA"),
    "uk/pos_draft": ("agreement_signed", "LT UA"),
    "uk/pos_exercise_tomorrow": ("exercise", "PL UA"),
    "uz/pos_agenda": ("talks", "KZ UZ"),
    "uz/pos_border": ("talks", "TJ UZ"),
    "uz/pos_trilateral_cyrl": ("exercise", "KZ UZ"),
}

test_every_positive_twin_has_its_expectation, test_whole_article = whole_article_tests(ARTICLES, EXPECTED)


def test_a_text_file_headline_is_the_article_own_not_a_ticker_item():
    listed = text_document(
        "Latest news\nTwo ministers meet in Ankara\nFarmers in Ganja report a record cotton harvest\n"
        "Ganja, 14 October 2026\nThe harvest ended early this year, the regional office said on Wednesday.\n"
    )
    assert listed.title == "Farmers in Ganja report a record cotton harvest"
    own = "Farmers in Ganja report a record cotton harvest"
    for ticker in ("Breaking: Two ministers meet in Ankara", "12:40 Two ministers meet in Ankara"):
        record = text_document(
            f"{ticker}\n{own}\nGanja, 14 October 2026\nThe harvest ended early this year, "
            "the regional office said on Wednesday.\n"
        )
        assert record.title == own
    # A marked headline with no other headline after it is the article's own.
    record = text_document(
        "Breaking: Two ministers meet in Ankara\nAnkara, 14 October 2026\nThe two ministers "
        "met in Ankara on Wednesday, the ministry said.\n"
    )
    assert record.title == "Breaking: Two ministers meet in Ankara"
