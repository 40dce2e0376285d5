"""Portuguese probes (European and Brazilian usage), written for these tests: signings by defence
ministers, Congress's approval and the presidential promulgation, and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="pt")
not_flagged = partial(conftest.assert_not_flagged, lang="pt")


def test_agreement_signed_by_the_defence_ministers():
    kind, parties, _, _ = flagged_main(
        "Defesa", "Os ministros da Defesa de Angola e de Portugal assinaram em Luanda um acordo de cooperação "
                  "técnico-militar.")
    assert (kind, parties) == ("agreement_signed", ("AO", "PT"))


def test_programme_for_one_year_is_a_plan():
    assert flagged_main(
        "Cooperação", "O Brasil e o Uruguai firmaram o programa de cooperação militar para 2026, informou o "
                      "Ministério da Defesa.")[:3] == ("plan_signed", ("BR", "UY"), 2026)


def test_congress_approves_a_signed_agreement():
    kind, parties, _, _ = flagged_main(
        "Senado", "O Senado aprovou o acordo entre o Brasil e a Suécia sobre cooperação em matéria de defesa, "
                  "assinado em 2022.")
    assert (kind, parties) == ("agreement_ratified", ("BR", "SE"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Reunião", "O ministro da Defesa Nacional reuniu-se com o seu homólogo cabo-verdiano para discutir a "
                   "cooperação militar entre Portugal e Cabo Verde.")
    assert (kind, parties) == ("talks", ("CV", "PT"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Exercício", "Fuzileiros brasileiros e norte-americanos realizaram um exercício conjunto no litoral do "
                     "Rio de Janeiro.")
    assert (kind, parties) == ("exercise", ("BR", "US"))


def test_border_police_protocol_is_not_defence():
    not_flagged("Fronteira", "A Polícia Federal do Brasil e a polícia do Paraguai assinaram um protocolo de "
                             "cooperação na fronteira.")


def test_a_signing_planned_for_next_month_is_not_flagged():
    not_flagged("Previsão", "Portugal e Marrocos vão assinar no próximo mês um acordo de cooperação no domínio "
                            "da defesa.")



def test_short_text_with_cedillas_is_read_as_portuguese_not_turkish():
    detection = conftest.run("", "Os ministros da Defesa do Brasil e de Angola assinaram no dia 4 de março de 2025 "
                                 "um acordo de cooperação militar.")
    assert detection.lang == "pt" and detection.flagged


def test_headline_participle_before_the_document_is_the_act():
    kind, parties, _, _ = flagged_main("Assinado acordo de cooperação militar entre Brasil e Paraguai", "")
    assert (kind, parties) == ("agreement_signed", ("BR", "PY"))


def test_agency_dateline_with_an_abbreviated_month_dates_today():
    _, _, _, when = flagged_main(
        "Defesa", "Maputo, 4 fev 2025 (Lusa) - Portugal e Moçambique assinaram hoje um protocolo de cooperação "
                  "técnico-militar, informou o Ministério da Defesa Nacional.")
    assert when == "2025-02-04"


def test_a_bill_whose_text_approves_the_agreement_is_still_pending():
    not_flagged("Proposta aprova acordo com Angola",
                "O projeto de decreto legislativo 12/2024 aprova o acordo de cooperação em defesa entre o Brasil "
                "e Angola. O texto está em análise na Câmara dos Deputados.")


def test_the_senate_passing_the_bill_that_approves_the_agreement_ratifies_it():
    assert flagged_main(
        "Senado", "O Senado aprovou nesta terça-feira o projeto de decreto legislativo que aprova o acordo "
                  "de cooperação em defesa entre o Brasil e Angola.")[:2] == ("agreement_ratified", ("AO", "BR"))


def test_a_signing_in_the_future_tense_is_not_an_act():
    not_flagged("Brasil e Angola assinarão acordo",
                "Os ministros da Defesa do Brasil e de Angola assinarão na segunda-feira um acordo de cooperação "
                "em defesa.")


def test_an_exercise_in_the_future_tense_is_not_under_way():
    not_flagged("Exercício", "As Forças Armadas do Brasil e da Argentina realizarão em maio um exercício conjunto.")


def test_subscribed_is_signed():
    assert flagged_main(
        "Acordo", "Os ministros da Defesa do Brasil e de Angola subscreveram em Luanda um memorando de "
                  "cooperação militar.")[:2] == ("agreement_signed", ("AO", "BR"))


def test_a_signing_named_as_a_noun_whose_verb_is_future_is_not_an_act():
    not_flagged("Assinatura", "A assinatura do acordo de cooperação em defesa entre o Brasil e Angola está prevista "
                              "para a próxima semana em Luanda.")


def test_a_signing_named_as_a_noun_whose_verb_is_past_is_an_act():
    assert flagged_main(
        "Assinatura", "A assinatura do acordo de cooperação em defesa entre o Brasil e Angola ocorreu ontem em "
                      "Luanda.")[:2] == ("agreement_signed", ("AO", "BR"))


def test_ministers_who_spoke_by_phone_held_talks():
    assert flagged_main(
        "Telefonema", "O ministro da Defesa do Brasil conversou por telefone com o seu homólogo "
                      "argentino.")[:2] == ("talks", ("AR", "BR"))


def test_ministers_who_will_speak_by_phone_have_not_held_talks():
    not_flagged("Telefonema", "O ministro da Defesa do Brasil vai conversar por telefone com o seu homólogo argentino "
                              "amanhã.")


def test_an_agreement_sent_for_ratification_is_not_ratified():
    not_flagged("Ratificação", "O acordo de cooperação em defesa entre o Brasil e a Eslovênia foi enviado ao Congresso "
                               "para ratificação.")


def test_a_contract_to_buy_arms_is_a_purchase_not_cooperation():
    not_flagged("Compra", "Os ministros da Defesa do Brasil e da Suécia assinaram contrato para a compra de 36 caças.")


def test_a_state_named_as_the_border_of_an_exercise_is_no_party():
    not_flagged("Exercício", "O Exército do Brasil realizou um exercício militar na fronteira com a Bolívia.")


def test_what_the_story_turns_to_after_entretanto_is_secondary():
    assert flagged_main(
        "Reunião", "O ministro da Defesa de Portugal reuniu-se em Lisboa com o seu homólogo de Angola para discutir a "
                   "cooperação militar. Entretanto, o Parlamento de Moçambique ratificou o acordo de cooperação em "
                   "defesa com a África do Sul.")[:2] == ("talks", ("AO", "PT"))


def test_a_visit_a_minister_is_going_to_pay_is_not_talks():
    not_flagged("Visita", "O ministro da Defesa de Portugal vai visitar Angola e reunir-se com o seu homólogo angolano.")


def test_a_plan_for_next_year_signed_is_an_act():
    assert flagged_main(
        "Plano", "Os ministros da Defesa de Portugal e de Angola assinaram o plano de cooperação militar para o próximo "
                 "ano.")[:2] == ("plan_signed", ("AO", "PT"))


def test_what_a_signed_agreement_will_bring_does_not_make_the_signing_future():
    assert flagged_main(
        "Acordo", "O acordo de cooperação em defesa entre Portugal e Angola, que vai reforçar a formação militar, foi "
                  "assinado ontem em Luanda.")[:2] == ("agreement_signed", ("AO", "PT"))


def test_a_bill_that_would_approve_the_agreement_is_still_under_review():
    not_flagged("Câmara", "O projeto de decreto legislativo que aprova o acordo de cooperação em defesa entre o Brasil "
                          "e a Eslovênia está em análise na Câmara dos Deputados.")


def test_demonyms_ending_in_an_accented_es():
    kind, parties, _, _ = flagged_main(
        "Defesa", "O ministro da Defesa do Brasil esteve reunido com o seu homólogo francês para discutir a "
                  "cooperação militar.")
    assert (kind, parties) == ("talks", ("BR", "FR"))
    kind, parties, _, _ = flagged_main(
        "Defesa", "O ministro da Defesa de Angola recebeu o seu homólogo português para discutir a cooperação "
                  "técnico-militar.")
    assert (kind, parties) == ("talks", ("AO", "PT"))
