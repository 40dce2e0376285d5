"""A future word in the clause of a signed document tells what the document will do, not whether it was
signed (issue 15): "signed a pact that will deepen their cooperation" reports a signing."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,text,kind,parties", [
    ("en", "Azerbaijan and Turkey signed a pact that will deepen their military cooperation.",
     "agreement_signed", ("AZ", "TR")),
    ("en", "Greece and Israel signed an MoU, which will expand their defence cooperation.",
     "agreement_signed", ("GR", "IL")),
    ("ru", "Беларусь и Россия подписали план, которым будет руководствоваться военное сотрудничество в "
           "следующем году.", "plan_signed", ("BY", "RU")),
])
def test_the_future_of_a_signed_documents_own_clause(lang, text, kind, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == (kind, parties)


@pytest.mark.parametrize("lang,text", [
    ("en", "The plan of military cooperation between Azerbaijan and Turkey will be signed next week."),
    ("en", "Azerbaijan and Turkey are expected to sign a pact that will deepen their military cooperation."),
    ("ru", "Министры обороны России и Белоруссии подпишут план, который определит сотрудничество."),
])
def test_an_act_to_come_stays_to_come(lang, text):
    conftest.assert_not_flagged("", text, lang=lang)
