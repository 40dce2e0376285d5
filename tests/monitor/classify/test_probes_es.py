"""Spanish probes, written for these tests: Latin American partners, the usual verbs and documents
(memorándum, carta de intención), and the usual traps."""

from datetime import date
from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="es")
not_flagged = partial(conftest.assert_not_flagged, lang="es")


def test_memorandum_signed_by_the_ministers():
    kind, parties, _, _ = flagged_main(
        "Defensa", "Los ministros de Defensa de Chile y Uruguay firmaron en Santiago un memorándum de "
                   "entendimiento sobre cooperación militar.")
    assert (kind, parties) == ("agreement_signed", ("CL", "UY"))


def test_plan_for_a_year():
    assert flagged_main(
        "Plan", "Los jefes de Estado Mayor de Colombia y Perú suscribieron el plan de cooperación militar "
                "para el año 2026.")[:3] == ("plan_signed", ("CO", "PE"), 2026)


def test_congress_ratifies():
    kind, parties, _, _ = flagged_main(
        "Congreso", "El Congreso ratificó el convenio de cooperación en materia de defensa entre Paraguay y "
                    "Brasil.")
    assert (kind, parties) == ("agreement_ratified", ("BR", "PY"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Reunión", "El ministro de Defensa de Ecuador se reunió con su homólogo peruano para analizar la "
                   "cooperación militar en la frontera común.")
    assert (kind, parties) == ("talks", ("EC", "PE"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Ejercicio", "Las armadas de Argentina y Chile realizaron un ejercicio naval conjunto en el canal "
                     "Beagle.")
    assert (kind, parties) == ("exercise", ("AR", "CL"))


def test_police_protocol_is_not_defence():
    not_flagged("Policía", "La Policía Nacional de Colombia y la Policía de Ecuador firmaron un protocolo de "
                           "cooperación en la frontera.")


def test_a_signing_still_to_come_is_not_flagged():
    not_flagged("Próxima firma", "Bolivia y Perú firmarán la próxima semana un acuerdo de cooperación en "
                                 "defensa.")


def test_an_exercise_that_begins_today():
    assert flagged_main("Ejercicio", "Comienza hoy en Zaragoza un ejercicio conjunto de militares españoles y "
                                     "franceses.", published=date(2025, 3, 6)) == \
        ("exercise", ("ES", "FR"), None, "2025-03-06")


def test_headline_participle_before_the_document_is_the_act():
    kind, parties, _, _ = flagged_main("Firmado convenio de cooperación en defensa entre Ecuador y Colombia", "")
    assert (kind, parties) == ("agreement_signed", ("CO", "EC"))


def test_a_signing_named_as_a_noun_whose_verb_is_future_is_not_an_act():
    not_flagged("Firma", "La firma del acuerdo de cooperación en defensa entre España y Marruecos está prevista "
                         "para la próxima semana en Rabat.")


def test_a_signing_named_as_a_noun_whose_verb_is_past_is_an_act():
    assert flagged_main(
        "Firma", "La firma del acuerdo de cooperación en defensa entre España y Marruecos tuvo lugar ayer en "
                 "Rabat.")[:2] == ("agreement_signed", ("ES", "MA"))


def test_an_agreement_sent_for_ratification_is_not_ratified():
    not_flagged("Ratificación", "El acuerdo de cooperación en defensa entre España y Colombia fue enviado al Congreso "
                                "para su ratificación.")


def test_a_contract_to_buy_aircraft_is_a_purchase_not_cooperation():
    not_flagged("Compra", "Los ministros de Defensa de España y Turquía firmaron un contrato para la compra de 24 "
                          "aviones de entrenamiento.")


def test_a_state_named_as_the_border_of_an_exercise_is_no_party():
    not_flagged("Ejercicio", "Las Fuerzas Armadas de Colombia realizaron un ejercicio conjunto en la frontera con "
                             "Venezuela.")


def test_what_the_story_turns_to_after_mientras_tanto_is_secondary():
    assert flagged_main(
        "Reunión", "El ministro de Defensa de España se reunió en Madrid con su homólogo de Marruecos para tratar la "
                   "cooperación militar. Mientras tanto, el Congreso de Colombia ratificó el acuerdo de cooperación en "
                   "defensa con Perú.")[:2] == ("talks", ("ES", "MA"))


def test_the_present_of_a_signing_set_for_tomorrow_is_the_future():
    not_flagged("Mañana", "Los ministros de Defensa de España y Marruecos firman mañana un acuerdo de cooperación "
                          "militar.")


def test_a_signing_this_morning_is_done():
    assert flagged_main(
        "Esta mañana", "Los ministros de Defensa de España y Marruecos firmaron esta mañana un acuerdo de cooperación "
                       "militar.")[:2] == ("agreement_signed", ("ES", "MA"))


def test_a_plan_for_next_year_signed_is_an_act():
    assert flagged_main(
        "Plan", "Los ministros de Defensa de España y Marruecos firmaron el plan de cooperación militar para el próximo "
                "año.")[:2] == ("plan_signed", ("ES", "MA"))


def test_a_headline_present_signs_with_what_the_agreement_will_allow_is_an_act():
    assert flagged_main(
        "Acuerdo", "El Ministerio de Defensa de España firma un acuerdo de cooperación militar con Marruecos que "
                   "permitirá ampliar la formación conjunta de oficiales.")[:2] == ("agreement_signed", ("ES", "MA"))


def test_a_conditional_signing_is_not_flagged():
    not_flagged("Defensa", "Bolivia y Rusia podrían firmar un acuerdo de cooperación técnico-militar.")


def test_an_authorisation_to_sign_is_not_a_signing():
    not_flagged("Defensa", "El presidente autorizó al ministro de Defensa a firmar el acuerdo de cooperación "
                           "militar con Brasil y Chile.")


def test_an_agreement_recalled_from_before_1990_is_background():
    not_flagged("Cumbre", "El presidente participó en la cumbre de la OTAN. España y Estados Unidos firmaron en 1988 el "
                          "Convenio de Cooperación para la Defensa, recordó. Los aliados decidieron aumentar el gasto "
                          "en defensa.", published=date(2025, 6, 10))
