"""A counterpart is often named only by the adjective of the state ("his Kenyan counterpart"): the
adjectives that CLDR's state names do not start. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

COUNTERPARTS = [
    ("ro", "Ministrul apărării naționale s-a întâlnit cu omologul său albanez pentru a discuta cooperarea militară "
           "dintre cele două țări. România sprijină armata albaneză.", ("AL", "RO")),
    ("ro", "Șeful Statului Major al Apărării din România a primit vizita omologului său kazah pentru a discuta "
           "cooperarea militară.", ("KZ", "RO")),
    ("bg", "Министърът на отбраната на България се срещна с английския си колега за двустранното военно "
           "сътрудничество.", ("BG", "GB")),
    ("bg", "Министърът на отбраната на България се срещна с немския си колега за двустранното военно "
           "сътрудничество.", ("BG", "DE")),
    ("it", "Il ministro della Difesa italiano ha incontrato a Roma il suo omologo keniota per discutere della "
           "cooperazione militare.", ("IT", "KE")),
    ("it", "Il ministro della Difesa italiano ha ricevuto il suo omologo etiope per un colloquio sulla "
           "cooperazione militare.", ("ET", "IT")),
    ("es", "El ministro de Defensa de España se reunió con su homólogo holandés para analizar la cooperación "
           "militar.", ("ES", "NL")),
]


@pytest.mark.parametrize("lang,text,parties", COUNTERPARTS, ids=[f"{lang}-{p[0]}{p[1]}" for lang, _, p in COUNTERPARTS])
def test_a_counterpart_named_by_the_adjective_of_the_state(lang, text, parties):
    assert conftest.flagged_main("Defence", text, lang=lang)[:2] == ("talks", parties)
