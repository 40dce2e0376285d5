"""State, month and weekday names from CLDR: probes written for these tests, one principle each."""

import json
import sys
from datetime import date
from types import ModuleType

import pytest

from monitor.classify import cldr, language, lexicons
from monitor.classify.dates import absolute_mentions, mentions
from monitor.classify.lexicons import load, supported
from monitor.classify.text import lowercase, normalise
from tests.monitor.classify.conftest import run


def states(lang: str, text: str) -> list[str]:
    text = normalise(text)
    return [code for _, _, code in load(lang).states.finditer(lowercase(text), text)]


def dates(lang: str, text: str) -> list:
    return [mention.value for mention in absolute_mentions(lowercase(normalise(text)), load(lang))]


def test_a_state_no_hand_list_names_is_found_in_every_language():
    assert states("en", "Botswana and Zambia held talks.") == ["BW", "ZM"]
    assert states("ru", "Ботсвана и Замбия провели переговоры.") == ["BW", "ZM"]


def test_a_long_name_takes_the_endings_of_a_suffixing_language():
    # Georgian: genitive -ს; Kazakh: locative -да; Uzbek: dative -ga.
    assert states("ka", "საქართველოს თავდაცვის სამინისტრო") == ["GE"]
    assert states("kk", "Қазақстанда өтті") == ["KZ"]
    assert states("uz", "Ozarbayjonga tashrif") == ["AZ"]
    # Uzbek Latin writes its apostrophe letter as ʻ or as '.
    assert states("uz", "Oʻzbekistonda va O'zbekistonda") == ["UZ", "UZ"]


def test_a_short_name_is_a_state_only_written_as_a_name():
    # Turkish "mali" is "financial", Russian "того" is "of that": only the capitalised word is a state.
    assert states("tr", "mali destek paketi açıklandı") == []
    assert states("tr", "Mali ile görüşme yapıldı") == ["ML"]
    assert states("ru", "кроме того, министр отметил") == []
    assert states("ru", "соглашение с Того ратифицировано") == ["TG"]
    assert states("ru", "ТОГО И РОССИИ") == ["TG", "RU"]
    # Five letters still: Portuguese "chile" is not the hand list's, and the pepper is no state.
    assert states("pt", "molho de chile") == []
    assert states("pt", "Chile e Peru") == ["CL", "PE"]


def test_names_in_parentheses_and_both_scripts_of_a_language():
    assert states("en", "Burma and Myanmar") == ["MM", "MM"]
    assert states("uz", "Россия ва Rossiya") == ["RU", "RU"]


def test_a_hand_entry_that_matches_a_name_keeps_its_authors_choice():
    # en.py writes Niger case-sensitively (=Niger): CLDR's "Niger" adds no lowercase entry.
    assert states("en", "the Niger army") == ["NE"]
    assert states("en", "the niger delta") == []


def test_territories_and_groupings_are_not_states():
    codes = set(cldr.state_names("en"))
    assert not codes & {"EU", "UN", "ZZ", "HK", "JE", "PR", "AQ"}
    assert {"US", "XK", "PS", "TW", "VA"} <= codes
    assert all(len(code) == 2 for code in codes)


def test_a_language_with_no_module_reads_states_and_dates_from_cldr_alone():
    assert not supported("nl")
    assert states("nl", "Nederland en België") == ["NL", "BE"]
    assert dates("nl", "op 12 maart 2024 ondertekend") == [date(2024, 3, 12)]


@pytest.mark.parametrize("lang, text, expected", [
    ("de", "Am 12. März 2024 unterzeichneten die Minister", (2024, 3, 12)),
    ("pt", "assinado em 12 de março de 2024 em Lisboa", (2024, 3, 12)),
    ("es", "firmado el 3 de mayo de 2024", (2024, 5, 3)),
    ("it", "firmato il 12 marzo 2024 a Roma", (2024, 3, 12)),
    ("el", "υπεγράφη στις 12 Μαρτίου 2024", (2024, 3, 12)),
    ("pl", "podpisano 12 marca 2024 r.", (2024, 3, 12)),
    ("uk", "підписали 12 березня 2024 року", (2024, 3, 12)),
    ("ar", "وقع في 12 مارس 2024", (2024, 3, 12)),
    ("ar", "وقع في 12 آذار 2024", (2024, 3, 12)),
    ("uz", "2024 yil 24-sentabr kuni imzolandi", (2024, 9, 24)),
    ("ka", "12 მარტს ხელი მოეწერა", (3, 12)),
    ("kk", "12 қазанда қол қойылды", (10, 12)),
])
def test_dates_read_with_cldr_month_names(lang, text, expected):
    found = dates(lang, text)
    assert len(found) == 1
    value = found[0]
    assert (tuple(value) if isinstance(value, tuple) else (value.year, value.month, value.day)) == expected


def test_a_short_month_name_takes_no_ending():
    # Portuguese "maio" (May) must not find "maiores" (larger).
    assert dates("pt", "os 2 maiores exercícios") == []


def test_weekdays_from_cldr_and_a_weekday_that_is_also_a_common_word():
    # "ორშაბათს" (on Monday) is the Georgian lexicon's own inflected form, "ორშაბათი" CLDR's.
    lowered = lowercase("ორშაბათს და ორშაბათი")
    assert [m.value for m in mentions(lowered, load("ka"))] == [("weekday", 0), ("weekday", 0)]
    # Georgian კვირა is Sunday and also "week": not read as a weekday.
    assert mentions(lowercase("ერთი კვირა"), load("ka")) == []


MINIMAL_DUTCH = {
    # act vocabulary only: state names and months come from CLDR
    "sign": ("ondertekend*",),
    "agreement_nouns": ("overeenkomst*",),
    "defence_actor": ("ministers van defensie", "defensieminister*"),
    "defence_topic": ("militaire samenwerking",),
    "stopwords": ("de", "het", "een", "en", "van", "hebben", "wordt", "omdat", "maar"),
}


@pytest.fixture
def dutch_module(monkeypatch):
    module = ModuleType("monitor.classify.lexicons.nl")
    module.LEXICON = MINIMAL_DUTCH
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setattr(lexicons, "LANGS", lexicons.LANGS + ("nl",))
    _clear_caches()
    yield
    _clear_caches()


def _clear_caches():
    load.cache_clear()
    language._stopword_lists.cache_clear()
    language._languages_of_words.cache_clear()


def test_a_module_with_act_vocabulary_alone_flags_with_cldr_names_and_dates(dutch_module):
    detection = run("Overeenkomst ondertekend",
                    "Op 12 maart 2024 hebben de ministers van Defensie van Nederland en België in Brussel "
                    "een overeenkomst over militaire samenwerking ondertekend.", lang="nl")
    assert detection.supported and detection.flagged
    event = detection.events[0]
    assert (event.kind, event.parties, event.date) == ("agreement_signed", ("BE", "NL"), "2024-03-12")


def test_a_new_modules_stopwords_add_to_the_detection_of_its_language(dutch_module):
    # None of these is among the Dutch words language.py knows without a module.
    assert language.detect("Zij hebben gezegd: alles wordt gedaan, omdat men moet, maar later.") == "nl"


def test_an_unsupported_language_is_reported_as_such():
    detection = run("Overeenkomst ondertekend",
                    "Op 12 maart 2024 hebben de ministers van Defensie van Nederland en België "
                    "een overeenkomst over militaire samenwerking ondertekend.", lang="nl")
    assert detection.lang == "nl" and not detection.supported and not detection.flagged
    assert detection.to_dict()["supported"] is False
    assert run("Plan signed", "Azerbaijan and Kazakhstan signed a military cooperation plan.").supported


def test_pactwatch_classify_says_when_it_has_no_rules_for_a_language(tmp_path):
    from click.testing import CliRunner

    from monitor.cli import main as cli

    dutch = tmp_path / "nl.txt"
    dutch.write_text("Overeenkomst ondertekend\nDe ministers van Defensie van Nederland en België hebben "
                     "een overeenkomst over militaire samenwerking ondertekend.\n", encoding="utf-8")
    english = tmp_path / "en.txt"
    english.write_text("Plan signed\nAzerbaijan and Kazakhstan signed a military cooperation plan for 2025.\n",
                       encoding="utf-8")
    lines = CliRunner().invoke(cli, ["--db", str(tmp_path / "db"), "classify", str(dutch), str(english)]).output
    records = [json.loads(line) for line in lines.splitlines()]
    assert [(record["lang"], record["supported"], record["flagged"]) for record in records] == \
        [("nl", False, False), ("en", True, True)]
    table = CliRunner().invoke(cli, ["--db", str(tmp_path / "db"), "classify", "--format", "table", str(dutch)]).output
    assert "unsupported language" in table
