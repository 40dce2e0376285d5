"""A government approving a draft agreement authorises a signing still to come (SCHEMA.md, settled
decisions): not an event, in any language and whatever the word order. Texts written for these tests."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

_APPROVED_DRAFTS = {
    "en": "The government approved the draft agreement on military cooperation between Azerbaijan and Georgia.",
    "fr": "Le gouvernement marocain a adopté le projet d'accord de coopération militaire entre le Maroc et la "
          "Mauritanie.",
    "es": "El Gobierno de Perú aprobó el proyecto de acuerdo de cooperación en defensa entre Perú y Paraguay.",
    "pt": "O Governo português aprovou o projeto de acordo de cooperação em defesa entre Portugal e Cabo Verde.",
    "it": "Il Consiglio dei ministri ha approvato lo schema di accordo di cooperazione nel settore della difesa tra "
          "Italia e Tunisia.",
    "el": "Το υπουργικό συμβούλιο ενέκρινε σχέδιο συμφωνίας αμυντικής συνεργασίας μεταξύ Ελλάδας και Αρμενίας.",
    # The verb first, its subject between it and the draft.
    "ar": "وافق مجلس الوزراء المصري على مشروع اتفاقية للتعاون العسكري بين مصر والأردن.",
    "pl": "Rada Ministrów przyjęła projekt umowy o współpracy obronnej między Polską a Ukrainą.",
    "ro": "Guvernul a aprobat proiectul de acord privind cooperarea în domeniul apărării dintre România și "
          "Republica Moldova.",
    "de": "Das Bundeskabinett hat den Entwurf eines Abkommens über militärische Zusammenarbeit zwischen "
          "Deutschland und Moldau gebilligt.",
}


@pytest.mark.parametrize("lang", sorted(_APPROVED_DRAFTS))
def test_a_government_approving_a_draft_agreement_is_not_flagged(lang):
    assert_not_flagged("", _APPROVED_DRAFTS[lang], lang=lang)


def test_parliament_adopting_the_draft_ratification_law_is_the_ratification():
    kind, parties, _, _ = flagged_main(
        "", "The Milli Majlis adopted the draft law on ratification of the military cooperation agreement "
            "between Azerbaijan and Pakistan.", lang="en")
    assert (kind, parties) == ("agreement_ratified", ("AZ", "PK"))
