"""Whole articles, third set (session s13, issue 15): every event a report yields, its main kind first.

Each file under ``whole_articles_events/<lang>/`` is a short article written for these tests (a headline, a dateline,
a few paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file. A ``neg_`` article reports no bilateral act
and must not be flagged; a ``pos_`` article must yield exactly the events listed below (kind, parties, plan year), in
that order: the main kind first, then the secondary detections, and nothing from its background. The shapes:
- **an earlier plan in the pluperfect** (``pos_plan_pluperfect``, en el de fr es it pt ro tr bg): after today's
  signing, "the plan for 2026 had been signed in Nicosia" ("είχε υπογραφεί", "war ... unterzeichnet worden", "avait
  été signé", "imzalanmıştı") looks back from the news: no second plan (``detect._earlier_in_the_pluperfect``); nor is
  an exercise the two armies "had held in September" beside today's talks (``pos_talks_exercise_pluperfect``, en el
  fr de ro tr bg: ro "desfășuraseră", tr "düzenlemişti");
- **a signing in a relative clause** (``neg_relative_signing``, 19 languages): "the minister, who signed
  the plan with Georgia last year, today opened a hospital" ("подписавший в прошлом году", "geçen yıl ... imzalayan",
  "რომელმაც გასულ წელს"): the day's news is the hospital; the signing is last year's, whatever "today" says of the
  main clause (``detect._today_of_the_act``). Its twin signed "this morning" (``en/pos_relative_signing``);
- **talks at the exercise** (``pos_exercise_commanders_met``, ``pos_exercise_ministers_watched``; en ru uk tr): the
  commanders or ministers who meet at the range and discuss the course of the exercise are part of its report, no
  talks beside it (``detect._talks_at_the_exercise``); talks told on their own, elsewhere, still are
  (``en/pos_exercise_and_own_talks``);
- **mixed reports** (en ru tr fr es de uk az): a visit with talks and a signing is the signing
  (``pos_visit_talks_signing``); an exercise agreed at talks is talks, the exercise still to come
  (``pos_exercise_agreed_at_talks``: "acuerdan un ejercicio conjunto", "vereinbaren gemeinsame Übung", "birgə təlim
  keçirməyi razılaşdırıb", ``detect._exercise_agreed``); a ratification of an agreement signed earlier is the
  ratification alone (``pos_ratified_signed_earlier``); an agreement signed at an exercise's closing ceremony is the
  agreement, then the exercise (``pos_signed_at_exercise_end``; the land forces' commanders are defence actors);
- **exercises told as a habit** (``pos_talks_habitual_exercises``, 20 languages): "the two armies
  have for years held joint exercises" ("desfășoară de ani buni exerciții comune", "регулярно проводят совместные
  учения") beside today's talks is no exercise, and no main kind over the talks (``detect._exercise_as_a_habit``);
  an exercise held every year that "began today" is one (``pos_yearly_exercise_began_today``);
- **a dated signing in a relative clause on its document** (``neg_seminar_of_the_plan``, en ru tr ka uk): "the
  seminar is the first event of the plan, which the two ministries signed on 2 September" describes the plan,
  six weeks old (``detect._dated_relative_signing``); a report of the signing two days on, told the same way
  ("the plan, which the ministers signed on Monday, includes ..."), is the signing
  (``pos_plan_signed_on_monday_relative``).
"""

from pathlib import Path

import pytest

from crawlers.documents import read_document, text_document
from monitor.classify import classify
from tests.monitor.classify.whole_article_checks import articles, check_names, name

ARTICLES = Path(__file__).parent / "whole_articles_events"

# Every event each positive article yields, main first: (kind, "AA BB", plan year).
EXPECTED = {
    "ar/pos_talks_habitual_exercises": [("talks", "EG GR", None)],
    "az/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "az/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "az/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "az/pos_talks_habitual_exercises": [("talks", "AZ TR", None)],
    "az/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "bg/pos_plan_pluperfect": [("plan_signed", "BG GR", 2027)],
    "bg/pos_talks_exercise_pluperfect": [("talks", "BG GR", None)],
    "bg/pos_talks_habitual_exercises": [("talks", "BG GR", None)],
    "de/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "de/pos_plan_pluperfect": [("plan_signed", "DE LT", 2027)],
    "de/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "de/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "de/pos_talks_exercise_pluperfect": [("talks", "DE LT", None)],
    "de/pos_talks_habitual_exercises": [("talks", "DE LT", None)],
    "de/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "el/pos_plan_pluperfect": [("plan_signed", "CY GR", 2027)],
    "el/pos_talks_exercise_pluperfect": [("talks", "CY GR", None)],
    "el/pos_talks_habitual_exercises": [("talks", "CY GR", None)],
    "en/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "en/pos_exercise_and_own_talks": [("exercise", "GE US", None), ("talks", "GE US", None)],
    "en/pos_exercise_commanders_met": [("exercise", "GE US", None)],
    "en/pos_plan_pluperfect": [("plan_signed", "AZ TR", 2027)],
    "en/pos_plan_signed_on_monday_relative": [("plan_signed", "AZ GE", 2027)],
    "en/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "en/pos_relative_signing": [("plan_signed", "AZ GE", None)],
    "en/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "en/pos_talks_exercise_pluperfect": [("talks", "AZ TR", None)],
    "en/pos_talks_habitual_exercises": [("talks", "MD RO", None)],
    "en/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "en/pos_yearly_exercise_began_today": [("exercise", "MD RO", None)],
    "es/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "es/pos_plan_pluperfect": [("plan_signed", "ES PT", 2027)],
    "es/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "es/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "es/pos_talks_habitual_exercises": [("talks", "ES PT", None)],
    "es/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "fr/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "fr/pos_plan_pluperfect": [("plan_signed", "FR MA", 2027)],
    "fr/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "fr/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "fr/pos_talks_exercise_pluperfect": [("talks", "FR MA", None)],
    "fr/pos_talks_habitual_exercises": [("talks", "FR MA", None)],
    "fr/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "hy/pos_talks_habitual_exercises": [("talks", "AM GR", None)],
    "it/pos_plan_pluperfect": [("plan_signed", "AL IT", 2027)],
    "it/pos_talks_habitual_exercises": [("talks", "AL IT", None)],
    "ka/pos_talks_habitual_exercises": [("talks", "AZ GE", None)],
    "kk/pos_talks_habitual_exercises": [("talks", "KZ UZ", None)],
    "pl/pos_talks_habitual_exercises": [("talks", "LT PL", None)],
    "pt/pos_plan_pluperfect": [("plan_signed", "MZ PT", 2027)],
    "pt/pos_talks_habitual_exercises": [("talks", "MZ PT", None)],
    "ro/pos_plan_pluperfect": [("plan_signed", "MD RO", 2027)],
    "ro/pos_talks_exercise_pluperfect": [("talks", "MD RO", None)],
    "ro/pos_talks_habitual_exercises": [("talks", "MD RO", None)],
    "ro/pos_yearly_exercise_began_today": [("exercise", "MD RO", None)],
    "ru/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "ru/pos_exercise_commanders_met": [("exercise", "BY RU", None)],
    "ru/pos_exercise_ministers_watched": [("exercise", "BY RU", None)],
    "ru/pos_plan_signed_on_monday_relative": [("plan_signed", "AZ GE", 2027)],
    "ru/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "ru/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "ru/pos_talks_habitual_exercises": [("talks", "BY RU", None)],
    "ru/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "ru/pos_yearly_exercise_began_today": [("exercise", "BY RU", None)],
    "sr/pos_talks_habitual_exercises": [("talks", "HU RS", None)],
    "tr/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "tr/pos_exercise_commanders_met": [("exercise", "AZ TR", None)],
    "tr/pos_plan_pluperfect": [("plan_signed", "AZ TR", 2027)],
    "tr/pos_plan_signed_on_monday_relative": [("plan_signed", "AZ GE", 2027)],
    "tr/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "tr/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "tr/pos_talks_exercise_pluperfect": [("talks", "AZ TR", None)],
    "tr/pos_talks_habitual_exercises": [("talks", "AZ TR", None)],
    "tr/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "tr/pos_yearly_exercise_began_today": [("exercise", "AZ TR", None)],
    "uk/pos_exercise_agreed_at_talks": [("talks", "AZ TR", None)],
    "uk/pos_exercise_commanders_met": [("exercise", "PL UA", None)],
    "uk/pos_ratified_signed_earlier": [("agreement_ratified", "KZ UZ", None)],
    "uk/pos_signed_at_exercise_end": [("agreement_signed", "GE US", None), ("exercise", "GE US", None)],
    "uk/pos_talks_habitual_exercises": [("talks", "PL UA", None)],
    "uk/pos_visit_talks_signing": [("plan_signed", "AZ GE", 2027)],
    "uz/pos_talks_habitual_exercises": [("talks", "KZ UZ", None)],
}

FILES = articles(ARTICLES)


def test_every_positive_article_has_its_expectation():
    check_names(FILES, EXPECTED)


@pytest.mark.parametrize("path", FILES, ids=[name(path) for path in FILES])
def test_whole_article_events(path):
    detection = classify(read_document(str(path)).for_classifier())
    assert detection.lang == path.parent.name
    found = [(event.kind, " ".join(event.parties), event.plan_year) for event in detection.events]
    if path.stem.startswith("neg_"):
        assert not detection.flagged, found
        return
    assert detection.flagged
    assert found == [tuple(event) for event in EXPECTED[name(path)]]


# A day the text names ("yesterday", "on Monday", "on Friday") dates the act against the page's dateline (Wednesday 16
# December 2026), not the dateline's own day; a text that dates the act by no day takes the dateline's; one that
# dates it by a past period with no day ("last week", "на прошлой неделе", "geçen hafta", "la semaine dernière")
# takes none (detect._names_a_past_period). A date label or a stamp with a time ("16.12.2026 14:20", "Published: ...")
# is the page's day as a dateline is.
DATED = [
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku on Monday.",
        "2026-12-14",
    ),
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku yesterday.",
        "2026-12-15",
    ),
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku.",
        "2026-12-16",
    ),
    (
        "ru",
        "Минск, 16 декабря 2026 года",
        "Россия и Беларусь вчера в Минске подписали план военного сотрудничества на 2027 год.",
        "2026-12-15",
    ),
    (
        "ru",
        "Минск, 16 декабря 2026 года",
        "Россия и Беларусь в понедельник в Минске подписали план военного сотрудничества на 2027 год.",
        "2026-12-14",
    ),
    (
        "tr",
        "Bakü, 16 Aralık 2026",
        "Türkiye ve Azerbaycan dün Bakü'de 2027 yılı askeri işbirliği planını imzaladı.",
        "2026-12-15",
    ),
    (
        "tr",
        "Bakü, 16 Aralık 2026",
        "Türkiye ve Azerbaycan pazartesi günü Bakü'de 2027 yılı askeri işbirliği planını imzaladı.",
        "2026-12-14",
    ),
    (
        "fr",
        "Rabat, 16 décembre 2026",
        "La France et le Maroc ont signé hier à Rabat un plan de coopération militaire pour 2027.",
        "2026-12-15",
    ),
    (
        "fr",
        "Rabat, 16 décembre 2026",
        "La France et le Maroc ont signé lundi à Rabat un plan de coopération militaire pour 2027.",
        "2026-12-14",
    ),
    (
        "de",
        "Berlin, 16. Dezember 2026",
        "Deutschland und Litauen haben am Montag in Berlin einen Plan für militärische "
        "Zusammenarbeit für 2027 unterzeichnet.",
        "2026-12-14",
    ),
    (
        "de",
        "Berlin, 16. Dezember 2026",
        "Deutschland und Litauen haben gestern in Berlin einen Plan für militärische "
        "Zusammenarbeit für 2027 unterzeichnet.",
        "2026-12-15",
    ),
    (
        "es",
        "Madrid, 16 de diciembre de 2026",
        "España y Portugal firmaron ayer en Madrid un plan de cooperación militar para 2027.",
        "2026-12-15",
    ),
    (
        "es",
        "Madrid, 16 de diciembre de 2026",
        "España y Portugal firmaron el lunes en Madrid un plan de cooperación militar para 2027.",
        "2026-12-14",
    ),
    (
        "el",
        "Αθήνα, 16 Δεκεμβρίου 2026",
        "Η Ελλάδα και η Κύπρος υπέγραψαν χθες στην Αθήνα το πρόγραμμα στρατιωτικής συνεργασίας για το 2027.",
        "2026-12-15",
    ),
    (
        "el",
        "Αθήνα, 16 Δεκεμβρίου 2026",
        "Η Ελλάδα και η Κύπρος υπέγραψαν τη Δευτέρα στην Αθήνα το πρόγραμμα στρατιωτικής συνεργασίας για το 2027.",
        "2026-12-14",
    ),
    (
        "uk",
        "Київ, 16 грудня 2026 року",
        "Україна та Польща вчора в Києві підписали план військового співробітництва на 2027 рік.",
        "2026-12-15",
    ),
    (
        "uk",
        "Київ, 16 грудня 2026 року",
        "Україна та Польща в понеділок у Києві підписали план військового співробітництва на 2027 рік.",
        "2026-12-14",
    ),
    (
        "it",
        "Roma, 16 dicembre 2026",
        "Italia e Albania hanno firmato ieri a Roma un piano di cooperazione militare per il 2027.",
        "2026-12-15",
    ),
    (
        "ro",
        "București, 16 decembrie 2026",
        "România și Republica Moldova au semnat luni la București planul de cooperare militară pentru 2027.",
        "2026-12-14",
    ),
    (
        "az",
        "Bakı, 16 dekabr 2026",
        "Azərbaycan və Türkiyə dünən Bakıda 2027-ci il üçün hərbi əməkdaşlıq planını imzalayıb.",
        "2026-12-15",
    ),
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku last week.",
        None,
    ),
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku on Friday.",
        "2026-12-11",
    ),
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku on 10 December.",
        "2026-12-10",
    ),
    (
        "en",
        "Baku, 16 December 2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku earlier this month.",
        None,
    ),
    (
        "ru",
        "Минск, 16 декабря 2026 года",
        "Россия и Беларусь на прошлой неделе подписали в Минске план военного сотрудничества на 2027 год.",
        None,
    ),
    (
        "ru",
        "Минск, 16 декабря 2026 года",
        "Россия и Беларусь в пятницу подписали в Минске план военного сотрудничества на 2027 год.",
        "2026-12-11",
    ),
    (
        "tr",
        "Bakü, 16 Aralık 2026",
        "Türkiye ve Azerbaycan geçen hafta Bakü'de 2027 yılı askeri işbirliği planını imzaladı.",
        None,
    ),
    (
        "tr",
        "Bakü, 16 Aralık 2026",
        "Türkiye ve Azerbaycan cuma günü Bakü'de 2027 yılı askeri işbirliği planını imzaladı.",
        "2026-12-11",
    ),
    (
        "fr",
        "Rabat, 16 décembre 2026",
        "La France et le Maroc ont signé vendredi à Rabat un plan de coopération militaire pour 2027.",
        "2026-12-11",
    ),
    (
        "fr",
        "Rabat, 16 décembre 2026",
        "La France et le Maroc ont signé la semaine dernière à Rabat un plan de coopération militaire pour 2027.",
        None,
    ),
    (
        "es",
        "Madrid, 16 de diciembre de 2026",
        "España y Portugal firmaron el viernes en Madrid un plan de cooperación militar para 2027.",
        "2026-12-11",
    ),
    (
        "de",
        "Berlin, 16. Dezember 2026",
        "Deutschland und Litauen haben am Freitag in Berlin einen Plan für militärische "
        "Zusammenarbeit für 2027 unterzeichnet.",
        "2026-12-11",
    ),
    (
        "de",
        "Berlin, 16. Dezember 2026",
        "Deutschland und Litauen haben letzte Woche in Berlin einen Plan für militärische "
        "Zusammenarbeit für 2027 unterzeichnet.",
        None,
    ),
    (
        "el",
        "Αθήνα, 16 Δεκεμβρίου 2026",
        "Η Ελλάδα και η Κύπρος υπέγραψαν την Παρασκευή στην Αθήνα το πρόγραμμα στρατιωτικής συνεργασίας για το 2027.",
        "2026-12-11",
    ),
    (
        "uk",
        "Київ, 16 грудня 2026 року",
        "Україна та Польща минулого тижня в Києві підписали план військового співробітництва на 2027 рік.",
        None,
    ),
    (
        "uk",
        "Київ, 16 грудня 2026 року",
        "Україна та Польща у п'ятницю в Києві підписали план військового співробітництва на 2027 рік.",
        "2026-12-11",
    ),
    (
        "en",
        "16.12.2026",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku yesterday.",
        "2026-12-15",
    ),
    (
        "en",
        "Published: 16 December 2026, 14:20",
        "Azerbaijan and Turkey signed a military cooperation plan for 2027 in Baku on Monday.",
        "2026-12-14",
    ),
    (
        "ru",
        "16 декабря 2026, 10:15",
        "Россия и Беларусь вчера подписали в Минске план военного сотрудничества на 2027 год.",
        "2026-12-15",
    ),
    (
        "tr",
        "16.12.2026 14:20",
        "Türkiye ve Azerbaycan dün Bakü'de 2027 yılı askeri işbirliği planını imzaladı.",
        "2026-12-15",
    ),
]


@pytest.mark.parametrize(
    ("lang", "dateline", "sentence", "day"),
    DATED,
    ids=[f"{row[0]}-{row[3] or 'undated'}-{i}" for i, row in enumerate(DATED)],
)
def test_a_day_named_in_the_text_resolves_against_the_dateline(lang, dateline, sentence, day):
    detection = classify(text_document(f"Plan signed\n{dateline}\n{sentence}\n").for_classifier())
    assert detection.lang == lang
    assert detection.events and detection.events[0].kind == "plan_signed"
    assert detection.events[0].date == day
