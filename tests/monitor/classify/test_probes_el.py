"""Greek probes, written for these tests: state names in their cases (Ελλάδας, Κύπρου, Αιγύπτου),
headlines in capitals without accents, the usual verbs, and the usual traps."""

from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="el")
not_flagged = partial(conftest.assert_not_flagged, lang="el")


def test_programme_for_a_year_signed_by_the_general_staffs():
    assert flagged_main(
        "Στρατιωτική συνεργασία",
        "Οι αρχηγοί των Γενικών Επιτελείων της Ελλάδας και της Αιγύπτου υπέγραψαν το πρόγραμμα στρατιωτικής "
        "συνεργασίας για το έτος 2026.")[:3] == ("plan_signed", ("EG", "GR"), 2026)


def test_headline_in_capitals_without_accents():
    kind, parties, _, _ = flagged_main(
        "ΥΠΕΓΡΑΦΗ ΣΥΜΦΩΝΙΑ ΑΜΥΝΤΙΚΗΣ ΣΥΝΕΡΓΑΣΙΑΣ ΕΛΛΑΔΑΣ - ΓΑΛΛΙΑΣ",
        "Η τελετή έγινε στο Παρίσι παρουσία των δύο υπουργών.")
    assert (kind, parties) == ("agreement_signed", ("FR", "GR"))


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "Βουλή", "Η Βουλή ψήφισε το νομοσχέδιο για την κύρωση της συμφωνίας αμυντικής συνεργασίας μεταξύ Ελλάδας "
                 "και Ινδίας.")
    assert (kind, parties) == ("agreement_ratified", ("GR", "IN"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Συνάντηση", "Ο υπουργός Εθνικής Άμυνας συναντήθηκε στην Αθήνα με τον Ισραηλινό ομόλογό του και "
                     "συζήτησαν την αμυντική συνεργασία.")
    assert (kind, parties) == ("talks", ("GR", "IL"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Άσκηση", "Μονάδες των Ενόπλων Δυνάμεων της Ελλάδας και της Κύπρου διεξήγαγαν κοινή άσκηση στην "
                  "Πάφο.")
    assert (kind, parties) == ("exercise", ("CY", "GR"))


def test_coast_guard_protocol_is_not_defence():
    not_flagged("Λιμενικό", "Το Λιμενικό Σώμα της Ελλάδας και η αστυνομία της Βουλγαρίας υπέγραψαν πρωτόκολλο "
                            "για τη φύλαξη των συνόρων.")


def test_a_signing_still_to_come_is_not_flagged():
    not_flagged("Αύριο", "Η Ελλάδα και η Αρμενία θα υπογράψουν αύριο πρόγραμμα στρατιωτικής συνεργασίας.")


def test_compound_adjective_names_the_partner():
    kind, parties, _, _ = flagged_main(
        "Άσκηση", "Ολοκληρώθηκε στο Αιγαίο η ελληνογαλλική άσκηση με τη συμμετοχή φρεγατών του Πολεμικού Ναυτικού "
                  "της Ελλάδας.")
    assert (kind, parties) == ("exercise", ("FR", "GR"))


def test_demonym_with_its_accent_elsewhere_than_the_country_name():
    kind, parties, _, _ = flagged_main(
        "Συνάντηση", "Ο υπουργός Εθνικής Άμυνας της Ελλάδας συναντήθηκε με τον Τούρκο ομόλογό του στο "
                     "περιθώριο της συνόδου.")
    assert (kind, parties) == ("talks", ("GR", "TR"))


def test_a_bilateral_programme_signed_with_a_trilateral_plan_is_flagged():
    assert flagged_main(
        "Αμυντική συνεργασία",
        "Το Κοινό Σχέδιο Δράσης Ελλάδας, Κύπρου και Αιγύπτου και το Πρόγραμμα Στρατιωτικής Συνεργασίας "
        "Ελλάδας - Αιγύπτου για το έτος 2027 υπεγράφησαν χθες στην Αθήνα.")[:3] == ("plan_signed", ("EG", "GR"),
                                                                                    2027)


def test_a_headline_approval_the_story_tells_as_an_approval_to_sign_is_no_act():
    not_flagged("Εγκρίθηκε μνημόνιο των υπουργείων Άμυνας Ελλάδας - Αρμενίας",
                "Το υπουργικό συμβούλιο ενέκρινε την υπογραφή του μνημονίου συνεργασίας μεταξύ των υπουργείων "
                "Άμυνας της Ελλάδας και της Αρμενίας. Η τελετή υπογραφής θα γίνει τον επόμενο μήνα.")


def test_a_visit_told_after_a_meeting_held_is_talks():
    assert flagged_main(
        "Επίσκεψη στη Λευκωσία",
        "Ο υπουργός Εθνικής Άμυνας της Ελλάδας συναντήθηκε χθες με τον Κύπριο ομόλογό του. "
        "Η επίσκεψη πραγματοποιήθηκε στο πλαίσιο της αμυντικής συνεργασίας Ελλάδας και Κύπρου.")[:2] == (
        "talks", ("CY", "GR"))


def test_a_signing_named_as_a_noun_whose_verb_is_future_is_not_an_act():
    not_flagged("Υπογραφή", "Η υπογραφή της συμφωνίας αμυντικής συνεργασίας μεταξύ Ελλάδας και Αιγύπτου θα γίνει "
                            "την επόμενη εβδομάδα στην Αθήνα.")


def test_a_signing_named_as_a_noun_whose_verb_is_past_is_an_act():
    assert flagged_main(
        "Υπογραφή", "Η υπογραφή της συμφωνίας αμυντικής συνεργασίας μεταξύ Ελλάδας και Αιγύπτου έγινε χθες στην "
                    "Αθήνα.")[:2] == ("agreement_signed", ("EG", "GR"))


def test_an_agreement_sent_to_parliament_for_ratification_is_not_ratified():
    not_flagged("Κύρωση", "Η συμφωνία αμυντικής συνεργασίας Ελλάδας και Ινδίας στάλθηκε στη Βουλή για κύρωση.")


def test_parliament_that_ratified_an_agreement_ratified_it():
    assert flagged_main("Κύρωση", "Η Βουλή κύρωσε τη συμφωνία αμυντικής συνεργασίας Ελλάδας και "
                                  "Ινδίας.")[:2] == ("agreement_ratified", ("GR", "IN"))


def test_a_contract_to_buy_frigates_is_a_purchase_not_cooperation():
    not_flagged("Αγορά", "Οι υπουργοί Άμυνας της Ελλάδας και της Γαλλίας υπέγραψαν σύμβαση για την αγορά έξι "
                         "φρεγατών.")


def test_a_state_named_as_the_border_of_an_exercise_is_no_party():
    not_flagged("Άσκηση", "Ο Ελληνικός Στρατός διεξήγαγε άσκηση στα σύνορα με την Τουρκία.")


def test_what_the_story_turns_to_after_en_to_metaxy_is_secondary():
    assert flagged_main(
        "Συνάντηση", "Ο υπουργός Εθνικής Άμυνας της Ελλάδας συναντήθηκε στην Αθήνα με τον Ισραηλινό ομόλογό του και "
                     "συζήτησαν την αμυντική συνεργασία. Εν τω μεταξύ, η Βουλή της Κύπρου κύρωσε τη συμφωνία "
                     "αμυντικής συνεργασίας με την Αίγυπτο.")[:2] == ("talks", ("GR", "IL"))


def test_a_document_in_the_genitive_whose_accent_moved():
    kind, parties, _, _ = flagged_main(
        "Άμυνα", "Την υπογραφή μνημονίου συνεργασίας στον τομέα της άμυνας πραγματοποίησαν οι υπουργοί Άμυνας "
                 "Ελλάδας και ΗΠΑ.")
    assert (kind, parties) == ("agreement_signed", ("GR", "US"))


def test_a_strategic_partnership_is_no_company():
    kind, parties, _, _ = flagged_main(
        "Βουλή", "Η Ολομέλεια της Βουλής υπερψήφισε τη συμφωνία στρατηγικής εταιρικής σχέσης Ελλάδας και Γαλλίας "
                 "για τη συνεργασία στην άμυνα.")
    assert (kind, parties) == ("agreement_ratified", ("FR", "GR"))
