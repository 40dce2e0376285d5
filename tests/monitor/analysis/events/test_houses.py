"""Which state's parliament a ratification sentence says acts (monitor.analysis.events.houses).

Sentences written for these tests, in the shapes the sources use."""

from __future__ import annotations

import pytest

from monitor.analysis.events.houses import compatible, documents, state


@pytest.mark.parametrize("sentence, lang, expected", [
    # A parliament known by its own name, in any language.
    ("Milli Məclis Gürcüstanla sazişi ratifikasiya edib", "az", "AZ"),
    ("The Milli Majlis approved the memorandum with Turkey", "en", "AZ"),
    ("TBMM Azerbaycan ile anlaşmayı onayladı", "tr", "TR"),
    ("Türkiye Büyük Millet Meclisi Genel Kurulu anlaşmayı kabul etti", "tr", "TR"),
    ("Верховна Рада ратифікувала угоду з Польщею", "uk", "UA"),
    ("Госдума ратифицировала соглашение с Белоруссией", "ru", "RU"),
    ("Der Bundestag hat das Abkommen mit Polen ratifiziert", "de", "DE"),
    ("Жогорку Кенеш ратифицировал соглашение с Казахстаном", "ru", "KG"),
    ("Депутаты Мажилиса ратифицировали соглашение с Узбекистаном", "ru", "KZ"),
    # A word for a parliament beside a state's name or adjective.
    ("Georgian parliament ratifies the agreement with Azerbaijan", "en", "GE"),
    ("Armenia's parliament ratified the agreement with Georgia", "en", "AM"),
    ("The Parliament of Georgia on Friday ratified the agreement", "en", "GE"),
    ("Парламент Грузии ратифицировал соглашение с Арменией", "ru", "GE"),
    ("Gürcüstan parlamenti sazişi ratifikasiya edib", "az", "GE"),
    ("Das georgische Parlament hat das Abkommen ratifiziert", "de", "GE"),
    # None: no parliament, or both states' parliaments, or a state beside the act, not the parliament.
    ("The agreement between Georgia and Azerbaijan was ratified", "en", None),
    ("The parliaments of Georgia and Azerbaijan ratified the agreement", "en", None),
    ("Парламенты Грузии и Азербайджана ратифицировали соглашение", "ru", None),
    ("Parliament ratified the agreement with Azerbaijan on Tuesday", "en", None),
    ("Milli Məclis Gürcüstan parlamenti ilə birgə bəyanat qəbul edib", "az", None),
])
def test_the_state_whose_parliament_acts(sentence, lang, expected):
    assert state(sentence, lang) == expected


def test_a_named_parliament_is_read_without_the_languages_lexicon():
    assert state("The Verkhovna Rada ratified the agreement", None) == "UA"
    assert state("The parliament of Georgia ratified the agreement", None) is None


def test_two_reports_are_compatible_unless_they_name_two_states_parliaments():
    assert compatible("AZ", "AZ") and compatible("AZ", None) and compatible(None, None)
    assert not compatible("AZ", "GE")


@pytest.mark.parametrize("sentence, expected", [
    ("Kyrgyzstan has ratified the memorandum of understanding with Kazakhstan", {"memorandum"}),
    ("Меморандум о взаимопонимании ратифицирован", {"memorandum"}),
    ("Anlaşma Memorandumu ratifikasiya edilib", {"memorandum"}),
    ("Жогорку Кенеш ратифицировал протокол к соглашению", {"protocol"}),
    ("The parliament ratified the agreement on defence cooperation", set()),
])
def test_the_kinds_of_document_a_ratification_names(sentence, expected):
    assert documents(sentence) == expected
