"""Romanian probes, written for these tests: text with diacritics (comma and cedilla ș/ț) and
without any, the usual verbs, and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="ro")
not_flagged = partial(conftest.assert_not_flagged, lang="ro")


def test_plan_signed_with_diacritics():
    assert flagged_main(
        "Cooperare militară", "Miniștrii apărării din România și Republica Moldova au semnat la Chișinău planul "
                              "de cooperare militară pentru anul 2026.")[:3] == ("plan_signed", ("MD", "RO"), 2026)


def test_text_without_diacritics():
    kind, parties, _, _ = flagged_main(
        "Acord", "Ministrul apararii nationale si omologul sau polonez au semnat astazi la Bucuresti un acord "
                 "de cooperare in domeniul apararii intre Romania si Polonia.")
    assert (kind, parties) == ("agreement_signed", ("PL", "RO"))


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "Senat", "Senatul a adoptat legea pentru ratificarea acordului dintre România și Statele Unite privind "
                 "cooperarea în domeniul apărării.")
    assert (kind, parties) == ("agreement_ratified", ("RO", "US"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Întrevedere", "Ministrul Apărării Naționale a avut o întrevedere cu omologul său bulgar, la "
                       "București, privind cooperarea militară bilaterală.")
    assert (kind, parties) == ("talks", ("BG", "RO"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Exercițiu", "Militari români și francezi au desfășurat un exercițiu comun în poligonul de la Cincu.")
    assert (kind, parties) == ("exercise", ("FR", "RO"))


def test_border_police_protocol_is_not_defence():
    not_flagged("Frontieră", "Poliția de Frontieră Română și poliția de frontieră a Ucrainei au semnat un "
                             "protocol privind patrulele comune.")


def test_a_signing_still_to_come_is_not_flagged():
    not_flagged("Acord", "România și Franța vor semna luna viitoare un acord de cooperare în domeniul apărării.")


def test_meeting_with_the_minister_of_another_state():
    kind, parties, _, _ = flagged_main(
        "Vizită", "Ministrul apărării naționale s-a întâlnit la Constanța cu ministrul apărării din Georgia "
                  "pentru a discuta cooperarea militară.\nRomânia și Georgia sunt parteneri strategici.")
    assert (kind, parties) == ("talks", ("GE", "RO"))


def test_the_minister_of_defence_with_an_adjective_between():
    kind, parties, _, _ = flagged_main(
        "Apărare", "Ministrul român al apărării naționale s-a întâlnit cu omologul său bulgar pentru a discuta "
                   "cooperarea militară.")
    assert (kind, parties) == ("talks", ("BG", "RO"))


def test_a_ratification_bill_tabled_is_no_ratification():
    not_flagged("Parlament", "Proiectul de lege pentru ratificarea acordului de cooperare în domeniul apărării dintre "
                             "România și Coreea de Sud a fost depus la Senat.")


def test_the_senate_adopting_the_ratification_bill_ratifies():
    kind, parties, _, _ = flagged_main(
        "Senat", "Senatul a adoptat proiectul de lege pentru ratificarea acordului de cooperare în domeniul "
                 "apărării dintre România și SUA.")
    assert (kind, parties) == ("agreement_ratified", ("RO", "US"))
