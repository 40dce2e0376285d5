"""Talks told in the past stay talks when a later clause of their sentence announces something to come
(issue 15): the meeting verb's own tense decides, not every future word of the sentence."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "The defence ministers of Azerbaijan and Turkey held talks in Baku and agreed to hold joint "
           "exercises next year.", ("AZ", "TR")),
    ("en", "The defence ministers of Azerbaijan and Turkey met in Baku, where they discussed the plan that "
           "will be signed next month.", ("AZ", "TR")),
    ("ru", "Министры обороны России и Белоруссии провели переговоры в Минске и обсудили подготовку учений, "
           "которые пройдут в сентябре.", ("BY", "RU")),
    ("ru", "Министры обороны России и Белоруссии провели переговоры и договорились о проведении совместных "
           "учений.", ("BY", "RU")),
    ("tr", "Türkiye ve Azerbaycan savunma bakanları Bakü'de görüştü ve gelecek yıl ortak tatbikat "
           "düzenlenmesi konusunda anlaştı.", ("AZ", "TR")),
])
def test_talks_held_with_a_plan_for_later(lang, text, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == ("talks", parties)


@pytest.mark.parametrize("lang,text", [
    ("en", "The defence ministers of Azerbaijan and Turkey will have met in Baku by then."),
    ("en", "The defence ministers of Azerbaijan and Turkey are expected to meet in Baku next week."),
    ("ru", "Министры обороны России и Белоруссии проведут переговоры в Минске."),
    ("tr", "Türkiye ve Azerbaycan savunma bakanları yarın Bakü'de görüşecek."),
])
def test_talks_to_come_are_no_event(lang, text):
    conftest.assert_not_flagged("", text, lang=lang)
