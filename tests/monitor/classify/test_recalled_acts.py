"""An act a speaker recalls ("he recalled that the two countries signed ...") is background, not the
story's news. Probes written for these tests."""

from datetime import date

import pytest

from tests.monitor.classify import conftest

RECALLED = [
    ("es", "El ministro visitó la base de Rota. Recordó que España y Estados Unidos firmaron el convenio de "
           "cooperación para la defensa."),
    ("pt", "O ministro visitou a base. Recordou que Portugal e os Estados Unidos assinaram o acordo de cooperação e "
           "defesa."),
    ("it", "Il ministro ha visitato la base di Aviano. Ha ricordato che Italia e Stati Uniti hanno firmato l'accordo "
           "sulle basi."),
    ("fr", "Le ministre a visité la base. Il a rappelé que la France et les Émirats ont signé un accord de défense."),
    ("ro", "Ministrul a vizitat baza de la Deveselu. El a amintit că România și SUA au semnat acordul privind "
           "apărarea antirachetă."),
    ("bg", "Министърът посети базата. Той припомни, че България и САЩ подписаха споразумение за отбранително "
           "сътрудничество."),
    ("el", "Ο υπουργός επισκέφθηκε τη βάση της Σούδας. Υπενθύμισε ότι Ελλάδα και ΗΠΑ υπέγραψαν συμφωνία αμυντικής "
           "συνεργασίας."),
]


@pytest.mark.parametrize("lang,text", RECALLED, ids=[lang for lang, _ in RECALLED])
def test_an_act_recalled_is_background(lang, text):
    conftest.assert_not_flagged("Defence", text, lang=lang, published=date(2025, 6, 10))


def test_an_act_of_today_that_a_speaker_also_recalls_is_news():
    kind, parties, _, _ = conftest.flagged_main(
        "Defensa", "Hoy España y Estados Unidos firmaron un nuevo protocolo del convenio de cooperación para la "
                   "defensa, recordó el ministro.", lang="es", published=date(2025, 6, 10))
    assert (kind, parties) == ("agreement_signed", ("ES", "US"))
