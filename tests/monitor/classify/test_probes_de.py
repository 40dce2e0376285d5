"""German probes, written for these tests: the participle at the end of the clause, compounds
("Verteidigungsabkommen"), adjective forms of state names, and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="de")
not_flagged = partial(conftest.assert_not_flagged, lang="de")


def test_plan_signed_with_the_participle_at_the_end():
    assert flagged_main(
        "Militärische Zusammenarbeit",
        "Die Verteidigungsminister von Georgien und Aserbaidschan haben am Dienstag in Baku einen Plan "
        "für die militärische Zusammenarbeit für das Jahr 2026 unterzeichnet.")[:3] == \
        ("plan_signed", ("AZ", "GE"), 2026)


def test_adjective_forms_name_the_parties():
    kind, parties, _, _ = flagged_main(
        "Abkommen", "Der kasachische und der usbekische Verteidigungsminister unterzeichneten ein "
                    "Verteidigungsabkommen über die Ausbildung von Offizieren.")
    assert (kind, parties) == ("agreement_signed", ("KZ", "UZ"))


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "Bundestag", "Der Bundestag hat das Abkommen zwischen Deutschland und Litauen über die Stationierung "
                     "einer Brigade ratifiziert.")
    assert (kind, parties) == ("agreement_ratified", ("DE", "LT"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Treffen", "Der polnische Verteidigungsminister traf sich in Berlin mit seinem deutschen Amtskollegen, "
                   "um über die militärische Zusammenarbeit zu sprechen.")
    assert (kind, parties) == ("talks", ("DE", "PL"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Übung", "Deutsche und niederländische Soldaten haben in Niedersachsen eine gemeinsame Übung "
                 "durchgeführt.")
    assert (kind, parties) == ("exercise", ("DE", "NL"))


def test_border_police_protocol_is_not_defence():
    not_flagged("Grenzpolizei", "Die Bundespolizei und der polnische Grenzschutz haben ein Protokoll über "
                                "gemeinsame Streifen unterzeichnet.")


def test_a_signing_announced_for_next_week_is_not_flagged():
    not_flagged("Geplant", "Deutschland und Norwegen wollen nächste Woche ein Abkommen über die militärische "
                           "Zusammenarbeit unterzeichnen.")


def test_ordinal_day_with_a_full_stop_dates_the_act():
    _, _, _, when = flagged_main(
        "Abkommen", "Die Verteidigungsminister Estlands und Deutschlands haben am 3. Februar 2025 in Tallinn ein "
                    "Abkommen über die militärische Zusammenarbeit unterzeichnet.")
    assert when == "2025-02-03"


def test_separable_verb_around_the_exercise():
    kind, parties, _, _ = flagged_main(
        "Manöver", "Das Manöver findet seit Montag mit tschechischen und deutschen Panzergrenadieren in Bayern "
                   "statt.")
    assert (kind, parties) == ("exercise", ("CZ", "DE"))


def test_compound_document_and_exercise_nouns():
    assert flagged_main("Vereinbarung", "Deutschland und Litauen haben eine Rahmenvereinbarung über die "
                                        "militärische Zusammenarbeit unterzeichnet.")[:2] == \
        ("agreement_signed", ("DE", "LT"))
    assert flagged_main("Manöver", "Die Marinen Deutschlands und Norwegens haben ein gemeinsames Seemanöver in "
                                   "der Nordsee abgehalten.")[:2] == ("exercise", ("DE", "NO"))


def test_year_after_the_plan_compound():
    assert flagged_main("Plan", "Die Generalstabschefs Deutschlands und Polens unterzeichneten den "
                                "Kooperationsplan 2026.")[:3] == ("plan_signed", ("DE", "PL"), 2026)


def test_both_of_the_two_sign_even_when_the_story_names_a_bloc():
    assert flagged_main(
        "Verteidigung", "Deutschland und Polen wollen die Ostflanke der NATO stärken. Beide unterzeichneten in "
                        "Warschau ein Abkommen über militärische Zusammenarbeit.")[:2] == ("agreement_signed",
                                                                                         ("DE", "PL"))


def test_a_signing_named_as_a_noun_whose_verb_is_future_is_not_an_act():
    not_flagged("Unterzeichnung", "Die Unterzeichnung des Abkommens über militärische Zusammenarbeit zwischen "
                                  "Deutschland und Polen ist für die kommende Woche in Warschau geplant.")


def test_a_signing_named_as_a_noun_whose_verb_is_past_is_an_act():
    assert flagged_main(
        "Unterzeichnung", "Die Unterzeichnung des Abkommens über militärische Zusammenarbeit zwischen Deutschland "
                          "und Polen fand gestern in Warschau statt.")[:2] == ("agreement_signed", ("DE", "PL"))


def test_the_federal_defence_minister_written_as_one_word_is_a_defence_actor():
    assert flagged_main(
        "Telefonat", "Der Bundesverteidigungsminister telefonierte mit seinem polnischen Amtskollegen über die "
                     "militärische Zusammenarbeit zwischen Deutschland und Polen.")[:2] == ("talks", ("DE", "PL"))


def test_an_agreement_put_before_parliament_for_ratification_is_not_ratified():
    not_flagged("Ratifizierung", "Das Abkommen über militärische Zusammenarbeit zwischen Deutschland und Indien wurde "
                                 "dem Bundestag zur Ratifizierung vorgelegt.")


def test_a_contract_to_buy_submarines_is_a_purchase_not_cooperation():
    not_flagged("Kauf", "Die Verteidigungsminister Deutschlands und Norwegens unterzeichneten einen Vertrag über den "
                        "Kauf von sechs U-Booten.")


def test_a_state_named_as_the_border_of_an_exercise_is_no_party():
    not_flagged("Übung", "Soldaten aus Deutschland übten in einer gemeinsamen Übung an der Grenze zu Polen.")


def test_what_the_story_turns_to_after_unterdessen_is_secondary():
    assert flagged_main(
        "Treffen", "Der Verteidigungsminister Deutschlands traf in Berlin seinen litauischen Amtskollegen zu Gesprächen "
                   "über die militärische Zusammenarbeit. Unterdessen ratifizierte das Parlament Polens das Abkommen "
                   "über militärische Zusammenarbeit mit Rumänien.")[:2] == ("talks", ("DE", "LT"))


def test_the_present_of_a_signing_set_for_tomorrow_is_the_future():
    not_flagged("Morgen", "Die Verteidigungsminister Deutschlands und Litauens unterzeichnen morgen ein Abkommen über "
                          "militärische Zusammenarbeit.")


def test_a_signing_this_morning_is_done():
    assert flagged_main(
        "Heute Morgen", "Die Verteidigungsminister Deutschlands und Litauens unterzeichneten heute Morgen ein "
                        "Abkommen über militärische Zusammenarbeit.")[:2] == ("agreement_signed", ("DE", "LT"))


def test_ministers_who_came_together_held_talks():
    kind, parties, _, _ = flagged_main(
        "Verteidigung", "Der Bundesverteidigungsminister ist in Neu-Delhi mit seinem indischen Amtskollegen "
                        "zusammengekommen, um über die militärische Zusammenarbeit zu sprechen. Deutschland will die "
                        "Beziehungen zu Indien stärken.")
    assert (kind, parties) == ("talks", ("DE", "IN"))
