"""The stage of a ratification a sentence reports: who acts (a house, the head of state, the two
states' instruments), read in the sentence's language. Sentences written for these tests."""

import pytest

from monitor.classify.stages import EXCHANGE, LOWER_VOTE, SIGNATURE, UPPER_VOTE, VOTE, compatible, stage


@pytest.mark.parametrize(("sentence", "lang", "expected"), [
    # a house votes; which one, when the words name one house of two
    ("Lawmakers ratified the defence agreement with Norway on Tuesday.", "en", VOTE),
    ("The Senate approved the bill ratifying the defence pact.", "en", UPPER_VOTE),
    ("Депутаты Государственной думы ратифицировали соглашение о военном сотрудничестве.", "ru", LOWER_VOTE),
    ("Сенаторы одобрили закон о ратификации соглашения.", "ru", UPPER_VOTE),
    ("Milli Məclis hərbi əməkdaşlıq sazişini ratifikasiya edib.", "az", VOTE),
    ("Parlamentul a ratificat acordul de cooperare militară.", "ro", VOTE),
    # the head of state signs the law, or promulgates it
    ("President Novak signed into law the ratification of the defence agreement.", "en", SIGNATURE),
    ("Президент подписал закон о ратификации соглашения с Арменией.", "ru", SIGNATURE),
    ("Ильхам Алиев подписал закон об утверждении меморандума.", "ru", SIGNATURE),
    ("Prezident sazişin təsdiq edilməsi barədə qanunu imzalayıb.", "az", SIGNATURE),
    ("Președintele a promulgat legea de ratificare a acordului.", "ro", SIGNATURE),
    ("O presidente promulgou o decreto que aprova o acordo de defesa.", "pt", SIGNATURE),
    # the instruments exchanged or deposited
    ("The two ministers exchanged the instruments of ratification in Baku.", "en", EXCHANGE),
    ("Стороны обменялись ратификационными грамотами.", "ru", EXCHANGE),
    # nothing said of who acts, or a language with no words here
    ("The agreement on military cooperation was ratified.", "en", None),
    ("Соглашение о военном сотрудничестве ратифицировано.", "ru", None),
    ("The parliament ratified the agreement.", "xx", None),
])
def test_the_stage_is_who_acts(sentence, lang, expected):
    assert stage(sentence, lang) == expected


def test_a_house_that_votes_on_an_agreement_the_presidents_signed_is_a_vote():
    """The agreement's own signing by the presidents, named beside the house's vote, is no signature
    of the ratification law; nor is a house's officer promulgating its own decree."""
    assert stage("The Duma ratified the agreement signed by the two presidents in 2023.", "en") == LOWER_VOTE
    assert stage("Депутаты ратифицировали соглашение, подписанное президентами в Москве.", "ru") == VOTE
    assert stage("O presidente do Senado promulgou o decreto legislativo que aprova o acordo.", "pt") == UPPER_VOTE


def test_stages_are_compatible_when_either_is_unknown_or_a_vote_names_no_house():
    assert compatible(None, SIGNATURE) and compatible(VOTE, VOTE)
    assert compatible(VOTE, LOWER_VOTE) and compatible(UPPER_VOTE, VOTE)
    assert not compatible(LOWER_VOTE, UPPER_VOTE)
    assert not compatible(VOTE, SIGNATURE) and not compatible(SIGNATURE, EXCHANGE)
