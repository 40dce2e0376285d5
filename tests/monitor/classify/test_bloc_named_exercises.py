"""An exercise named as a bloc's ("the NATO exercise", "exercițiul NATO", "учения НАТО") is a
multilateral one, even when a sentence names only two states' troops taking part in it (SCHEMA.md:
a bloc as a party is always multilateral), in every language with rules; two states' own joint
exercise stays bilateral. Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

BLOC_EXERCISES = [
    ("en", "Romanian and American troops take part in the NATO exercise Sea Shield in the Black Sea."),
    ("en", "Romanian and American troops took part in the exercise of NATO in the Black Sea."),
    ("ro", "Militari români și americani participă la exercițiul NATO Sea Shield în Marea Neagră."),
    ("ro", "Militari români și americani au participat la un exercițiu al NATO în Marea Neagră."),
    ("ru", "Военные Польши и США принимают участие в учениях НАТО «Анаконда»."),
    ("uk", "Військові Польщі та США беруть участь у навчаннях НАТО «Анаконда»."),
    ("bg", "Български и американски военни участват в учението на НАТО „Шабла“."),
    ("fr", "Des soldats français et estoniens participent à l'exercice de l'OTAN Spring Storm."),
    ("es", "Militares españoles y letones participan en el ejercicio de la OTAN Crystal Arrow."),
    ("pt", "Militares portugueses e romenos participam no exercício da NATO Dynamic Mongoose."),
    ("it", "Militari italiani e lettoni partecipano all'esercitazione NATO Crystal Arrow."),
    ("de", "Deutsche und litauische Soldaten nehmen an der NATO-Übung Griffin Storm teil."),
    ("el", "Έλληνες και Αμερικανοί στρατιώτες συμμετέχουν στην άσκηση του ΝΑΤΟ Noble Dina."),
    ("pl", "Żołnierze polscy i amerykańscy biorą udział w ćwiczeniach NATO Anakonda."),
    ("sr", "Vojnici Srbije i SAD učestvuju u vežbi NATO Platinum Wolf."),
    ("tr", "Türk ve Azerbaycan askerleri NATO tatbikatı Steadfast Jazz'a katıldı."),
    ("az", "Azərbaycan və Türkiyə hərbçiləri NATO-nun təlimində iştirak edir."),
    ("ka", "საქართველოს და აშშ-ის სამხედროები მონაწილეობენ ნატოს სწავლებაში."),
    ("kk", "Қазақстан мен АҚШ әскерилері НАТО жаттығуына қатысты."),
    ("hy", "Հայաստանի և ԱՄՆ զինծառայողները մասնակցում են ՆԱՏՕ-ի զորավարժությանը։"),
]


@pytest.mark.parametrize("lang, text", BLOC_EXERCISES, ids=[f"{case[0]}-{i}" for i, case in enumerate(BLOC_EXERCISES)])
def test_two_states_in_a_blocs_exercise_hold_no_bilateral_one(lang, text):
    conftest.assert_not_flagged("Exercise", text, lang=lang)


def test_romanian_participle_is_not_the_sides():
    # "participă" (take part) is no "părți" (the sides): two states' troops in their own joint exercise
    # are a pair, and the sides who discussed cooperation are too
    assert conftest.flagged_main("Exercițiu", "Militari din România și Republica Moldova au desfășurat "
                                              "exercițiul comun Prut 2024 la Bălți.", lang="ro")[:2] \
        == ("exercise", ("MD", "RO"))


def test_a_romanian_holiday_is_not_serbia():
    # "sărbătoare" (a holiday) written bare starts like "sârb" (Serb): the Serbian forms are listed instead
    # of a stem, so Navy Day's celebration names no third state beside a pair's talks
    kind, parties, _, _ = conftest.flagged_main(
        "Intalnire", "Ministrii apararii din Romania si Republica Moldova s-au intalnit la Constanta, cu ocazia "
                     "sarbatorii Zilei Marinei, si au discutat cooperarea militara bilaterala.", lang="ro")
    assert (kind, parties) == ("talks", ("MD", "RO"))


def test_a_romanian_first_name_is_not_cyprus():
    # "Ciprian" is a first name; Cyprus is "Cipru", its people "ciprioți"
    from monitor.classify.lexicons import load
    lex = load("ro")
    for text, found in (("colonelul ciprian ionescu", []), ("militari ciprioti si greci", ["CY", "GR"]),
                        ("vizita in cipru", ["CY"])):
        assert [label for _, _, label in lex.scan(text, text)["states"]] == found


@pytest.mark.parametrize("text", [
    "Militares portugueses e romenos participam, no âmbito da NATO, num exercício na Roménia.",
    "No âmbito da NATO, militares portugueses e romenos realizaram um exercício conjunto na Roménia.",
])
def test_within_a_blocs_framework_is_not_on_its_sidelines(text):
    # "no âmbito da NATO" (within NATO's framework) makes the exercise the bloc's; it is no "à margem"
    conftest.assert_not_flagged("Exercício", text, lang="pt")
