"""Italian probes, written for these tests: signings, ratification by the Chambers, meetings with
a counterpart, joint exercises, and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="it")
not_flagged = partial(conftest.assert_not_flagged, lang="it")


def test_memorandum_signed_by_the_defence_ministers():
    kind, parties, _, _ = flagged_main(
        "Difesa", "Il ministro della Difesa italiano e il suo omologo albanese hanno firmato a Tirana un "
                  "memorandum d'intesa sulla cooperazione militare.")
    assert (kind, parties) == ("agreement_signed", ("AL", "IT"))


def test_annual_plan():
    assert flagged_main(
        "Piano", "Italia e Tunisia hanno sottoscritto il piano di cooperazione militare bilaterale per il 2026.")[:3] \
        == ("plan_signed", ("IT", "TN"), 2026)


def test_senate_ratifies():
    kind, parties, _, _ = flagged_main(
        "Senato", "Il Senato ha approvato in via definitiva la legge di ratifica dell'accordo di cooperazione nel "
                  "settore della difesa tra l'Italia e il Giappone.")
    assert (kind, parties) == ("agreement_ratified", ("IT", "JP"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Incontro", "Il ministro della Difesa ha incontrato a Roma il suo omologo greco per discutere della "
                    "cooperazione militare tra i due paesi.")
    assert (kind, parties) == ("talks", ("GR", "IT"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Esercitazione", "Si è svolta in Sardegna un'esercitazione congiunta tra la Marina Militare italiana e "
                         "la marina francese.")
    assert (kind, parties) == ("exercise", ("FR", "IT"))


def test_border_police_protocol_is_not_defence():
    not_flagged("Frontiera", "La Polizia di Stato italiana e la polizia di frontiera slovena hanno firmato un "
                             "protocollo sui pattugliamenti congiunti.")


def test_a_signing_expected_next_month_is_not_flagged():
    not_flagged("Firma", "Italia e Egitto firmeranno il mese prossimo un accordo di cooperazione nel settore "
                         "della difesa.")


def test_what_a_signed_agreement_will_do_does_not_make_the_signing_future():
    kind, parties, _, _ = flagged_main(
        "Accordo", "Italia e Slovenia hanno firmato un accordo che sarà la base della cooperazione militare "
                   "tra i due paesi.")
    assert (kind, parties) == ("agreement_signed", ("IT", "SI"))


def test_a_signing_tomorrow_is_not_flagged():
    not_flagged("Domani", "Domani a Roma i ministri della Difesa di Italia e Croazia firmano un accordo di "
                          "cooperazione militare.")


def test_italian_with_grave_accents_is_not_read_as_french():
    kind, parties, _, _ = flagged_main(
        "Esercitazione", "Si è conclusa l'esercitazione congiunta tra l'Esercito italiano e le forze armate slovene.")
    assert (kind, parties) == ("exercise", ("IT", "SI"))


def test_a_participle_opening_the_sentence_is_the_act():
    kind, parties, _, _ = flagged_main(
        "Difesa", "Firmato a Riad un memorandum d'intesa tra Italia e Arabia Saudita nel settore della difesa.")
    assert (kind, parties) == ("agreement_signed", ("IT", "SA"))


def test_forces_taking_part_in_a_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Esercitazione", "Militari italiani e statunitensi hanno partecipato a un'esercitazione congiunta in Sardegna.")
    assert (kind, parties) == ("exercise", ("IT", "US"))


def test_a_ratification_bill_sent_to_committee_is_no_ratification():
    not_flagged("Parlamento", "Il disegno di legge di ratifica dell'accordo di cooperazione nel settore della difesa "
                              "tra Italia e Mongolia è stato assegnato alla commissione Esteri.")


def test_a_participle_before_the_elided_article_is_the_act():
    kind, parties, _, _ = flagged_main(
        "Difesa", "Italia e Cipro rafforzano la cooperazione militare: firmato l'accordo tra i due ministeri della "
                  "Difesa.")
    assert (kind, parties) == ("agreement_signed", ("CY", "IT"))


def test_a_joint_declaration_signed_with_a_counterpart():
    kind, parties, _, _ = flagged_main(
        "Difesa", "Il ministro della Difesa e il collega turco hanno sottoscritto ad Ankara una dichiarazione "
                  "congiunta per rafforzare la collaborazione tra le industrie della difesa dei due Paesi. Presenti "
                  "anche i vertici delle Forze armate italiane.")
    assert (kind, parties) == ("agreement_signed", ("IT", "TR"))


def test_our_country_is_the_outlets_own_state():
    kind, parties, _, _ = flagged_main(
        "Difesa", "Il ministro della Difesa ha firmato con il suo omologo giapponese un memorandum d'intesa che "
                  "rafforza la cooperazione militare tra il nostro Paese e il Giappone.")
    assert (kind, parties) == ("agreement_signed", ("IT", "JP"))
