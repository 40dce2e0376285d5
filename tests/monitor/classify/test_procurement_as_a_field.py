"""Procurement named as one field of a cooperation agreement is no arms purchase (issue 15): only buying
something, or a contract to, rules an act out as a purchase."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,text,parties", [
    ("tr", "Türkiye ile Azerbaycan arasında askeri eğitim, tedarik ve lojistik alanlarında işbirliği anlaşması "
           "imzalandı.", ("AZ", "TR")),
    ("en", "India and the US signed an agreement on defence cooperation covering training, procurement and "
           "logistics.", ("IN", "US")),
    ("en", "The defence ministers of the UK and Ukraine signed a memorandum on cooperation in defence "
           "procurement.", ("GB", "UA")),
    ("ru", "Министры обороны России и Белоруссии подписали соглашение о сотрудничестве в области подготовки "
           "кадров и закупки вооружений.", ("BY", "RU")),
])
def test_procurement_as_a_field_of_cooperation(lang, text, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == ("agreement_signed", parties)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Türkiye, Pakistan'dan dört korvet tedariki için sözleşme imzaladı."),
    ("en", "Azerbaijan signed a contract with Pakistan for the procurement of JF-17 fighters."),
    ("ru", "Министерство обороны Казахстана подписало с Россией контракт на закупку вертолетов."),
])
def test_buying_arms_is_still_a_purchase(lang, text):
    conftest.assert_not_flagged("", text, lang=lang)
