"""A future word after the document that a done act names ("signed an agreement that will expand
cooperation") tells what the document will do, not when it is signed. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

DONE = [
    ("es", "Chile y Perú firmaron un acuerdo que permitirá ampliar la cooperación en defensa.", ("CL", "PE")),
    ("pt", "Portugal e Angola assinaram um acordo que irá reforçar a cooperação na área da defesa.", ("AO", "PT")),
    ("el", "Ελλάδα και Κύπρος υπέγραψαν συμφωνία που θα ενισχύσει την αμυντική συνεργασία.", ("CY", "GR")),
    ("pl", "Polska i Rumunia podpisały umowę, która będzie podstawą współpracy wojskowej.", ("PL", "RO")),
]


@pytest.mark.parametrize("lang,text,parties", DONE, ids=[lang for lang, _, _ in DONE])
def test_what_a_signed_document_will_do(lang, text, parties):
    assert conftest.flagged_main("Defence", text, lang=lang)[:2] == ("agreement_signed", parties)


TO_COME = [
    ("es", "El acuerdo de cooperación en defensa entre Chile y Perú será firmado la próxima semana."),
    ("pt", "O acordo de cooperação em defesa entre Portugal e Angola será assinado em breve."),
    ("el", "Η συμφωνία αμυντικής συνεργασίας Ελλάδας και Κύπρου θα υπογραφεί αύριο."),
    ("pl", "Umowa o współpracy wojskowej między Polską a Rumunią zostanie podpisana w przyszłym tygodniu."),
]


@pytest.mark.parametrize("lang,text", TO_COME, ids=[lang for lang, _ in TO_COME])
def test_a_document_still_to_be_signed(lang, text):
    conftest.assert_not_flagged("Defence", text, lang=lang)
