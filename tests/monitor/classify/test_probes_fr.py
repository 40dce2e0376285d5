"""French probes, written for these tests: West African and European partners, the usual verbs
and documents (letter of intent, framework agreement), and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="fr")
not_flagged = partial(conftest.assert_not_flagged, lang="fr")


def test_agreement_between_sahel_states():
    kind, parties, _, _ = flagged_main(
        "Défense", "Le Mali et le Niger ont signé mardi à Niamey un accord de coopération militaire.")
    assert (kind, parties) == ("agreement_signed", ("ML", "NE"))


def test_letter_of_intent_is_an_agreement():
    kind, parties, _, _ = flagged_main(
        "Armées", "La ministre des Armées et son homologue belge ont signé une lettre d'intention sur la "
                  "coopération de défense entre la France et la Belgique.")
    assert (kind, parties) == ("agreement_signed", ("BE", "FR"))


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "Assemblée", "L'Assemblée nationale a adopté le projet de loi autorisant la ratification de l'accord de "
                     "défense entre la France et le Sénégal.")
    assert (kind, parties) == ("agreement_ratified", ("FR", "SN"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Entretien", "Le ministre de la Défense du Tchad s'est entretenu à N'Djamena avec son homologue "
                     "soudanais de la coopération militaire.")
    assert (kind, parties) == ("talks", ("SD", "TD"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Exercice", "Des soldats ivoiriens et français ont mené un exercice conjoint près d'Abidjan.")
    assert (kind, parties) == ("exercise", ("CI", "FR"))


def test_gendarmerie_protocol_is_not_defence():
    not_flagged("Gendarmerie", "La gendarmerie du Bénin et la police du Togo ont signé un protocole sur la "
                               "surveillance de la frontière.")


def test_a_signing_still_to_come_is_not_flagged():
    not_flagged("Prévu", "Le Maroc et la France signeront la semaine prochaine un accord de coopération "
                         "militaire.")


def test_what_a_signed_agreement_will_do_does_not_make_the_signing_future():
    kind, parties, _, _ = flagged_main(
        "Accord", "Le Niger et le Tchad ont signé un accord qui sera le cadre de leur coopération militaire.")
    assert (kind, parties) == ("agreement_signed", ("NE", "TD"))


def test_a_participle_opening_the_sentence_is_the_act():
    kind, parties, _, _ = flagged_main(
        "Accord", "Signé ce mardi, l'accord de coopération militaire entre la France et le Maroc prévoit des "
                  "exercices communs.")
    assert (kind, parties) == ("agreement_signed", ("FR", "MA"))


def test_armies_that_conduct_a_joint_exercise_in_the_present():
    kind, parties, _, _ = flagged_main("", "Les armées du Mali et de la Guinée mènent un exercice conjoint près de la frontière.")
    assert (kind, parties) == ("exercise", ("GN", "ML"))


def test_a_ghanaian_counterpart_is_ghana():
    kind, parties, _, _ = flagged_main(
        "", "Le ministre de la Défense du Togo s'est entretenu avec son homologue ghanéen de la coopération militaire.")
    assert (kind, parties) == ("talks", ("GH", "TG"))


def test_the_senate_adopting_the_law_that_approves_the_agreement_ratifies_it():
    kind, parties, _, _ = flagged_main(
        "Sénat", "Le Sénat a adopté le projet de loi autorisant l'approbation de l'accord de coopération en matière "
                 "de défense entre la France et le Sénégal.")
    assert (kind, parties) == ("agreement_ratified", ("FR", "SN"))


def test_a_ratification_bill_tabled_is_no_ratification():
    not_flagged("Parlement", "Le projet de loi autorisant l'approbation de l'accord de défense entre la France et le "
                             "Sénégal a été déposé au Sénat.")


def test_forces_that_conducted_a_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Exercice", "Les éléments français au Sénégal et les forces armées sénégalaises ont conduit du 3 au 10 mai un "
                    "exercice conjoint dans la région de Thiès.")
    assert (kind, parties) == ("exercise", ("FR", "SN"))


def test_a_strategic_partnership_on_defence_signed():
    kind, parties, _, _ = flagged_main(
        "Défense", "La France et la Grèce ont signé un partenariat stratégique pour la coopération en matière de "
                   "défense et de sécurité.")
    assert (kind, parties) == ("agreement_signed", ("FR", "GR"))


def test_the_army_named_by_its_name_is_its_state():
    kind, parties, _, _ = flagged_main(
        "Défense", "Le chef d'état-major de l'Armée nationale populaire a reçu, lundi à Alger, le chef d'état-major "
                   "des armées françaises. Les deux parties ont passé en revue l'état de la coopération militaire "
                   "entre l'Algérie et la France.")
    assert (kind, parties) == ("talks", ("DZ", "FR"))
