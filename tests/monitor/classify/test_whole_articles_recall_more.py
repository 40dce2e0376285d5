"""Whole articles that report a real bilateral act in the languages whose recall rested on sentence probes (issue
15, recall; session s12, helper c1): uk, ka, hy, kk, uz (Latin and Cyrillic), ar, de, el, ro, sr (Latin and
Cyrillic), pl, fr, es, it. One-sentence probes pass where real articles fail: these are short complete articles
written for these tests (a headline, a dateline or none, quotes, a background paragraph, a trailing list of other
headlines), each in one of the shapes issue 15's "Why" lists: a plan "for 2027" or "for 2026-2028" signed by
defence ministries; an agreement, memorandum, roadmap, letter of intent or technical arrangement signed by defence
officials; a ratification told by a house's vote or the head of state's signature; talks by phone or a visit to
the ministry; an exercise that "begins today" or "ended"; a short wire item; an excerpt that starts mid-article
with no headline; the act told in the headline and a quote; the outlet's own state named only as "the minister"
or "the ministry" (files named ``own_*``: read with an address in the outlet's country domain, as a crawl reads
them, ``home.home_state``).

Each file under ``whole_articles_recall/<lang>/`` is read as ``pactwatch classify`` reads a ``.txt`` file (its
first line the headline, its date from the dateline). What failed on main and was fixed, as principles:
- the names the press writes beside CLDR's (Georgian "ლიტვა" for Lithuania);
- the Republic of Korea by its official name in treaty titles (pl "Republiką Korei", and 13 more languages);
- an Armenian outlet's own ministry named with no state ("ՊՆ", a sentence opening with "Պաշտպանության նախարարը"),
  as az, ka, kk and uz already read;
- "the guests" stand for the visiting side, a counterpart (uz "mehmonlar", and 11 more languages);
- German separable verbs of ending split around their time ("ging am Freitag zu Ende");
- Greek joins the two states in one compound adjective ("η ελληνοαιγυπτιακή άσκηση"): it names both, Greece too;
- Ukrainian "навчання" is an exercise when the pair's joint adjective stands before it ("українсько-польські
  навчання");
- Arabic puts "joint" after a chain of adjectives ("التدريب البحري السعودي الباكستاني المشترك").
"""

import dataclasses
from pathlib import Path

import pytest

from crawlers.documents import read_document
from monitor.classify import Article, classify

ARTICLES = Path(__file__).parent / "whole_articles_recall"

# The outlet's address for the ``own_*`` articles, by language: its country domain names the outlet's state.
HOME_DOMAINS = {"uk": "ua", "ka": "ge", "hy": "am", "kk": "kz", "uz": "uz", "sr": "rs"}

# The main event of each article: (kind, "AA BB", plan year, date). The date is the day the text gives the act
# (a weekday or "today" read against the dateline; the dateline's day when the text names none), None when the
# text gives no day.
EXPECTED = {
    "ar/exercise_ended": ("exercise", "PK SA", None, "2026-12-03"),
    "ar/memorandum": ("agreement_signed", "EG JO", None, "2026-12-02"),
    "ar/naval_training_today": ("exercise", "PK SA", None, "2026-12-06"),
    "ar/ratification": ("agreement_ratified", "FR JO", None, "2026-12-03"),
    "ar/wire_talks": ("talks", "QA TR", None, None),
    "de/bundestag": ("agreement_ratified", "DE LT", None, "2026-12-03"),
    "de/excerpt_exercise": ("exercise", "DE PL", None, None),
    "de/letter_of_intent": ("agreement_signed", "DE NO", None, "2026-12-01"),
    "el/compound_exercise": ("exercise", "EG GR", None, "2026-12-07"),
    "el/compound_memorandum": ("agreement_signed", "FR GR", None, "2026-12-01"),
    "el/exercise_today": ("exercise", "EG GR", None, None),
    "el/plan_2027": ("plan_signed", "CY GR", 2027, "2026-12-03"),
    "el/ratification": ("agreement_ratified", "FR GR", None, "2026-12-03"),
    "es/exercise_ended": ("exercise", "ES PT", None, None),
    "es/headline_quote": ("agreement_ratified", "CO PE", None, None),
    "es/plan_2027": ("plan_signed", "ES MA", 2027, "2026-12-01"),
    "es/wire_memorandum": ("agreement_signed", "AR CL", None, None),
    "fr/phone": ("talks", "BE FR", None, None),
    "fr/roadmap": ("agreement_signed", "AM FR", None, "2026-12-01"),
    "fr/senate_vote": ("agreement_ratified", "CY FR", None, "2026-12-03"),
    "hy/exercise_ended": ("exercise", "AM US", None, "2026-12-05"),
    "hy/own_phone": ("talks", "AM CY", None, "2026-12-02"),
    "hy/plan_2027": ("plan_signed", "AM FR", 2027, "2026-12-04"),
    "hy/ratification": ("agreement_ratified", "AM IN", None, "2026-12-03"),
    "hy/roadmap": ("agreement_signed", "AM GR", None, "2026-12-02"),
    "hy/visit_quote": ("talks", "AM GR", None, None),
    "hy/wire_memorandum": ("agreement_signed", "AM FR", None, None),
    "it/exercise_today": ("exercise", "GR IT", None, None),
    "it/letter_of_intent": ("agreement_signed", "IT JP", None, "2026-12-02"),
    "it/visit_talks": ("talks", "AL IT", None, "2026-12-04"),
    "ka/excerpt_talks": ("talks", "EE GE", None, None),
    "ka/exercise_ended": ("exercise", "GE US", None, None),
    "ka/exercise_today": ("exercise", "GE US", None, None),
    "ka/memorandum": ("agreement_signed", "GE LT", None, "2026-12-05"),
    "ka/own_phone": ("talks", "GE PL", None, "2026-12-03"),
    "ka/parliament_vote": ("agreement_ratified", "GE TR", None, "2026-12-04"),
    "ka/plan_2027": ("plan_signed", "AZ GE", 2027, "2026-12-02"),
    "kk/excerpt_exercise": ("exercise", "KG KZ", None, None),
    "kk/exercise_ended": ("exercise", "KZ UZ", None, "2026-12-05"),
    "kk/memorandum": ("agreement_signed", "KZ TR", None, "2026-12-03"),
    "kk/own_visit": ("talks", "KZ MN", None, "2026-12-03"),
    "kk/phone": ("talks", "AZ KZ", None, None),
    "kk/plan_span": ("plan_signed", "KG KZ", 2026, "2026-12-02"),
    "kk/president_law": ("agreement_ratified", "KZ TR", None, None),
    "pl/exercise_today": ("exercise", "PL US", None, "2026-12-07"),
    "pl/plan_2027": ("plan_signed", "LT PL", 2027, "2026-12-02"),
    "pl/president_law": ("agreement_ratified", "KR PL", None, None),
    "ro/exercise_ended": ("exercise", "RO US", None, None),
    "ro/plan_2027": ("plan_signed", "MD RO", 2027, "2026-12-02"),
    "ro/technical_arrangement": ("agreement_signed", "PL RO", None, "2026-12-01"),
    "sr/agreement": ("agreement_signed", "GR RS", None, "2026-12-02"),
    "sr/cyr_plan_2027": ("plan_signed", "HU RS", 2027, "2026-12-04"),
    "sr/own_visit": ("talks", "EG RS", None, "2026-12-03"),
    "uk/excerpt_exercise": ("exercise", "RO UA", None, None),
    "uk/own_phone": ("talks", "NL UA", None, "2026-12-07"),
    "uk/pair_adjective_exercise": ("exercise", "PL UA", None, None),
    "uk/plan_wire": ("plan_signed", "LT UA", 2027, "2026-12-02"),
    "uk/rada_vote": ("agreement_ratified", "PL UA", None, "2026-12-03"),
    "uz/cyr_exercise_today": ("exercise", "CN UZ", None, "2026-12-07"),
    "uz/cyr_memorandum": ("agreement_signed", "TR UZ", None, "2026-12-02"),
    "uz/cyr_phone": ("talks", "TR UZ", None, None),
    "uz/cyr_plan_2027": ("plan_signed", "KZ UZ", 2027, "2026-12-03"),
    "uz/exercise_ended": ("exercise", "TJ UZ", None, "2026-12-05"),
    "uz/own_delegation": ("talks", "TR UZ", None, "2026-12-02"),
    "uz/plan_2027": ("plan_signed", "TJ UZ", 2027, "2026-12-04"),
    "uz/president_law": ("agreement_ratified", "AZ UZ", None, None),
    "uz/roadmap_wire": ("agreement_signed", "KZ UZ", None, None),
}

# Known gaps, kept visible rather than expected wrong: the date of talks told in a sentence after the visit's own
# (a delegation "visited the Ministry" today; "the deputy minister met the guests"): the visit's sentence makes no
# event of its own (its first actor is the guests' own staff, detect._home_pair), and the talks' sentence names no
# day.
DATE_GAPS = {"uz/own_delegation"}

FILES = sorted(ARTICLES.glob("*/*.txt"))


def _name(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


def _detection(path: Path):
    record = read_document(str(path))
    if path.stem.startswith("own_"):
        record = dataclasses.replace(record, url=f"https://mod.gov.{HOME_DOMAINS[path.parent.name]}/news/1")
    return classify(record.for_classifier())


def test_every_article_has_its_expectation():
    assert {_name(path) for path in FILES} == set(EXPECTED)


@pytest.mark.parametrize("path", FILES, ids=[_name(path) for path in FILES])
def test_whole_article(path):
    detection = _detection(path)
    assert detection.lang == path.parent.name
    assert detection.flagged, detection.events
    kind, parties, plan_year, _ = EXPECTED[_name(path)]
    main = detection.events[0]
    assert (main.kind, main.parties, main.plan_year) == (kind, tuple(parties.split()), plan_year), main


DATED = [
    pytest.param(
        path,
        id=_name(path),
        marks=pytest.mark.xfail(strict=True, reason="known gap: talks dated only by the visit's sentence before them"),
    )
    if _name(path) in DATE_GAPS
    else pytest.param(path, id=_name(path))
    for path in FILES
]


@pytest.mark.parametrize("path", DATED)
def test_whole_article_date(path):
    detection = _detection(path)
    assert detection.events and detection.events[0].date == EXPECTED[_name(path)][3], detection.events


# Sentence probes of the same principles, in the words of neighbouring phrasings: (lang, text, (kind, "AA BB")).
PROBES = [
    ("el", "Ολοκληρώθηκε η ελληνογαλλική άσκηση ειδικών δυνάμεων στη Θεσσαλονίκη.", ("exercise", "FR GR")),
    ("el", "Η ελληνοκυπριακή άσκηση έρευνας και διάσωσης διεξήχθη στη Λεμεσό.", ("exercise", "CY GR")),
    ("uk", "Американсько-українські навчання Sea Breeze завершилися в Одесі.", ("exercise", "UA US")),
    ("uk", "Розпочалися литовсько-українські навчання з протиповітряної оборони.", ("exercise", "LT UA")),
    ("ar", "اختتمت فعاليات التدريب الجوي المصري اليوناني المشترك.", ("exercise", "EG GR")),
    ("ar", "بدأ التدريب البري الأردني الأمريكي المشترك في الزرقاء.", ("exercise", "JO US")),
    (
        "pl",
        "Prezydent podpisał ustawę o ratyfikacji umowy między Polską a Republiką Korei o współpracy obronnej.",
        ("agreement_ratified", "KR PL"),
    ),
    (
        "tr",
        "Cumhurbaşkanı, Türkiye ile Kore Cumhuriyeti arasındaki savunma işbirliği anlaşmasının onaylanmasına dair "
        "kanunu imzaladı.",
        ("agreement_ratified", "KR TR"),
    ),
    (
        "bg",
        "Президентът подписа указ за ратифициране на споразумението между България и Република Корея за "
        "сътрудничество в областта на отбраната.",
        ("agreement_ratified", "BG KR"),
    ),
    (
        "de",
        "Die gemeinsame Übung der Streitkräfte Deutschlands und Polens ging am Freitag zu Ende.",
        ("exercise", "DE PL"),
    ),
    (
        "uz",
        "Mudofaa vaziri o'rinbosari Turkiya delegatsiyasi a'zolarini qabul qildi. Mudofaa vaziri o'rinbosari "
        "mehmonlar bilan harbiy ta'lim masalalarini muhokama qildi.",
        ("talks", "TR UZ"),
    ),
    ("ka", "საქართველოსა და ლიტვის თავდაცვის მინისტრებმა ორმხრივი თანამშრომლობა განიხილეს.", ("talks", "GE LT")),
]


@pytest.mark.parametrize("lang, text, expected", PROBES, ids=[f"{probe[0]}-{i}" for i, probe in enumerate(PROBES)])
def test_probe(lang, text, expected):
    detection = classify(Article(title="", text=text, lang=lang))
    assert detection.flagged, detection.events
    main = detection.events[0]
    assert (main.kind, main.parties) == (expected[0], tuple(expected[1].split())), main
