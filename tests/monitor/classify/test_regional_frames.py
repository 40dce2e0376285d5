"""A regional frame (UNASUR, the G5 Sahel, the B9) or "ten countries" in words makes a meeting or an
exercise multilateral, whichever two of its members a sentence names. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

FRAMED = [
    ("es", "Los ministros de Defensa de la UNASUR se reunieron en Quito con la participación de Chile y Perú."),
    ("es", "Comenzó el ejercicio combinado con militares de Chile, Perú y otros ocho países de la región."),
    ("fr", "Les ministres de la Défense du G5 Sahel se sont réunis à Nouakchott avec leurs homologues du Mali et du "
           "Niger."),
    ("ro", "Miniștrii apărării din formatul București 9, între care cei ai României și Poloniei, s-au reunit la "
           "Vilnius pentru a discuta cooperarea militară."),
    ("pt", "Os ministros da Defesa da CPLP, entre os quais os de Portugal e de Angola, reuniram-se em Luanda para "
           "discutir a cooperação militar."),
    ("it", "È iniziata in Sardegna l'esercitazione con militari italiani e francesi e di altri dieci paesi alleati."),
]


@pytest.mark.parametrize("lang,text", FRAMED, ids=[f"{lang}-{text[:20]}" for lang, text in FRAMED])
def test_a_regional_frame_is_not_bilateral(lang, text):
    conftest.assert_not_flagged("Defence", text, lang=lang)


ALLIED = [
    ("ro", "La Cincu s-a desfășurat un exercițiu comun la care au participat militari români și americani, alături de "
           "alți aliați."),
    ("bg", "На полигона Ново село се проведе съвместно учение на български и американски военнослужещи и съюзнически "
           "войски."),
    ("pt", "Militares portugueses e espanhóis realizaram um exercício conjunto com forças aliadas no Alentejo."),
    ("es", "Militares españoles y portugueses realizaron un ejercicio conjunto con otros aliados en Zaragoza."),
    ("it", "Militari italiani e francesi hanno svolto un'esercitazione congiunta con truppe alleate in Sardegna."),
    ("fr", "Des militaires français et belges ont mené un exercice conjoint avec d'autres alliés en Estonie."),
]


@pytest.mark.parametrize("lang,text", ALLIED, ids=[lang for lang, _ in ALLIED])
def test_an_exercise_with_other_allies_is_not_bilateral(lang, text):
    conftest.assert_not_flagged("Exercise", text, lang=lang)
