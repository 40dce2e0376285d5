"""A signing that the sides "discuss" or "negotiate" is still to come: the act named as a noun takes the
tense of the verb that governs it. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

DISCUSSED = [
    ("el", "Ελλάδα και Γαλλία συζητούν την υπογραφή νέας αμυντικής συμφωνίας."),
    ("es", "Los ministros de Defensa de Chile y Perú discutieron la firma de un nuevo acuerdo de cooperación militar."),
    ("pt", "Os ministros da Defesa de Portugal e Angola discutiram a assinatura de um novo acordo de cooperação "
           "militar."),
    ("it", "I ministri della Difesa di Italia e Albania hanno discusso la firma di un nuovo accordo di cooperazione "
           "militare."),
    ("fr", "Les ministres de la Défense de la France et du Maroc ont discuté de la signature d'un nouvel accord de "
           "coopération militaire."),
    ("ro", "Miniștrii apărării din România și Polonia au discutat semnarea unui nou acord de cooperare militară."),
    ("bg", "Министрите на отбраната на България и Гърция обсъдиха подписването на ново споразумение за военно "
           "сътрудничество."),
]


@pytest.mark.parametrize("lang,text", DISCUSSED, ids=[lang for lang, _ in DISCUSSED])
def test_a_signing_under_discussion_is_no_signing(lang, text):
    detection = conftest.run("Defence", text, lang=lang)
    assert not any(event.kind in ("agreement_signed", "plan_signed") for event in detection.events), detection.events
