"""An exercise is held by whatever verb the press uses for carrying it out ("effettuato", "efectuaron",
"desenvolveram", "au executat", "изпълниха", "ont exécuté"), not only "held"/"began". Probes written for
these tests."""

import pytest

from tests.monitor.classify import conftest

EXERCISES = [
    ("it", "Si è tenuta a Creta l'esercitazione congiunta tra la Marina Militare italiana e la Marina greca.",
     ("GR", "IT")),
    ("it", "Reparti dell'Esercito italiano e dell'esercito greco hanno effettuato un'esercitazione congiunta.",
     ("GR", "IT")),
    ("es", "Las armadas de Chile y Perú efectuaron un ejercicio naval combinado frente a Arica.", ("CL", "PE")),
    ("es", "Se desarrolló el ejercicio naval combinado entre las armadas de Chile y Perú.", ("CL", "PE")),
    ("pt", "As marinhas do Brasil e dos Estados Unidos efetuaram um exercício conjunto no Atlântico.", ("BR", "US")),
    ("pt", "Militares de Portugal e Angola desenvolveram um exercício conjunto em Luanda.", ("AO", "PT")),
    ("ro", "Militarii români și americani au executat un exercițiu comun de tragere la Capu Midia.", ("RO", "US")),
    ("ro", "Militarii români și americani au efectuat un exercițiu comun la Capu Midia.", ("RO", "US")),
    ("bg", "Български и американски военни изпълниха съвместно учение на полигона Корен.", ("BG", "US")),
    ("bg", "Военнослужещи от България и Гърция осъществиха съвместно учение.", ("BG", "GR")),
    ("fr", "Les forces armées royales et l'armée française ont exécuté un exercice conjoint au Maroc.", ("FR", "MA")),
]


@pytest.mark.parametrize("lang,text,parties", EXERCISES, ids=[f"{lang}-{text[:25]}" for lang, text, _ in EXERCISES])
def test_an_exercise_carried_out(lang, text, parties):
    assert conftest.flagged_main("Esercizio", text, lang=lang)[:2] == ("exercise", parties)


TAKING_PART = [
    ("sr", "Pripadnici Vojske Srbije i Nacionalne garde Ohaja iz SAD učestvovali su u zajedničkoj vežbi.",
     ("RS", "US")),
    ("pl", "Żołnierze polscy i litewscy uczestniczyli we wspólnych ćwiczeniach na Litwie.", ("LT", "PL")),
]


@pytest.mark.parametrize("lang,text,parties", TAKING_PART, ids=[lang for lang, _, _ in TAKING_PART])
def test_forces_taking_part_in_a_joint_exercise(lang, text, parties):
    assert conftest.flagged_main("Exercise", text, lang=lang)[:2] == ("exercise", parties)
