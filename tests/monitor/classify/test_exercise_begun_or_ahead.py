"""An exercise told as begun today is under way, one announced for the days ahead is not yet an event:
the same two sentences in every language with rules, written for these tests."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

BEGUN = [
    ("en", "A joint exercise of the armed forces of Kazakhstan and Kyrgyzstan began today near "
     "Bishkek.", "KG KZ"),
    ("ru", "Сегодня начались совместные учения вооружённых сил Казахстана и Киргизии.", "KG KZ"),
    ("uk", "Розпочалися спільні навчання збройних сил України та Польщі.", "PL UA"),
    ("kk", "Қазақстан мен Қырғызстан қарулы күштерінің бірлескен жаттығуы бүгін басталды.", "KG KZ"),
    ("uz", "O'zbekiston va Tojikiston qurolli kuchlarining qo'shma mashg'ulotlari bugun boshlandi.", "TJ UZ"),
    ("az", "Azərbaycan və Türkiyə silahlı qüvvələrinin birgə təlimləri bu gün başlayıb.", "AZ TR"),
    ("hy", "Այսօր մեկնարկել են Հայաստանի և ԱՄՆ զինված ուժերի համատեղ զորավարժությունները։", "AM US"),
    ("ka", "დღეს საქართველოს და აშშ-ის შეიარაღებული ძალების ერთობლივი სწავლება დაიწყო.", "GE US"),
    ("fr", "L'exercice conjoint des forces armées de la France et du Maroc a débuté aujourd'hui.", "FR MA"),
    ("de", "Heute hat die gemeinsame Übung der Streitkräfte Deutschlands und Litauens begonnen.", "DE LT"),
    ("it", "È iniziata oggi l'esercitazione congiunta delle forze armate di Italia e Albania.", "AL IT"),
    ("es", "Comenzó hoy el ejercicio conjunto de las fuerzas armadas de Chile y Argentina.", "AR CL"),
    ("pt", "Começou hoje o exercício conjunto das forças armadas de Portugal e Angola.", "AO PT"),
    ("ro", "A început astăzi exercițiul comun al forțelor armate din România și Republica Moldova.", "MD RO"),
    ("bg", "Днес започна съвместното учение на въоръжените сили на България и Гърция.", "BG GR"),
    ("sr", "Danas je počela zajednička vežba vojski Srbije i Mađarske.", "HU RS"),
    ("pl", "Dziś rozpoczęły się wspólne ćwiczenia sił zbrojnych Polski i Litwy.", "LT PL"),
    ("el", "Ξεκίνησε σήμερα η κοινή άσκηση των ενόπλων δυνάμεων Ελλάδας και Κύπρου.", "CY GR"),
    ("ar", "انطلقت اليوم فعاليات التمرين العسكري المشترك بين القوات المسلحة المصرية والسعودية.", "EG SA"),
    ("tr", "Türkiye ve Azerbaycan silahlı kuvvetlerinin ortak tatbikatı bugün başladı.", "AZ TR"),
]

AHEAD = [
    ("en", "A joint exercise of the armed forces of Kazakhstan and Kyrgyzstan will begin next week "
     "near Bishkek."),
    ("ru", "Совместные учения вооружённых сил Казахстана и Киргизии начнутся на следующей неделе."),
    ("uk", "Спільні навчання збройних сил України та Польщі розпочнуться наступного тижня."),
    ("kk", "Қазақстан мен Қырғызстан қарулы күштерінің бірлескен жаттығуы келесі аптада басталады."),
    ("uz", "O'zbekiston va Tojikiston qurolli kuchlarining qo'shma mashg'ulotlari kelasi hafta "
     "boshlanadi."),
    ("az", "Azərbaycan və Türkiyə silahlı qüvvələrinin birgə təlimləri gələn həftə başlayacaq."),
    ("hy", "Հայաստանի և ԱՄՆ զինված ուժերի համատեղ զորավարժությունները կմեկնարկեն հաջորդ շաբաթ։"),
    ("ka", "საქართველოს და აშშ-ის შეიარაღებული ძალების ერთობლივი სწავლება მომავალ კვირას დაიწყება."),
    ("fr", "L'exercice conjoint des forces armées de la France et du Maroc débutera la semaine "
     "prochaine."),
    ("de", "Die gemeinsame Übung der Streitkräfte Deutschlands und Litauens wird nächste Woche "
     "beginnen."),
    ("it", "L'esercitazione congiunta delle forze armate di Italia e Albania inizierà la prossima "
     "settimana."),
    ("es", "El ejercicio conjunto de las fuerzas armadas de Chile y Argentina comenzará la próxima "
     "semana."),
    ("pt", "O exercício conjunto das forças armadas de Portugal e Angola começará na próxima semana."),
    ("ro", "Exercițiul comun al forțelor armate din România și Republica Moldova va începe săptămâna"
     " viitoare."),
    ("bg", "Съвместното учение на въоръжените сили на България и Гърция ще започне следващата "
     "седмица."),
    ("sr", "Zajednička vežba vojski Srbije i Mađarske počeće sledeće nedelje."),
    ("pl", "Wspólne ćwiczenia sił zbrojnych Polski i Litwy rozpoczną się w przyszłym tygodniu."),
    ("el", "Η κοινή άσκηση των ενόπλων δυνάμεων Ελλάδας και Κύπρου θα ξεκινήσει την επόμενη "
     "εβδομάδα."),
    ("ar", "ستنطلق الأسبوع المقبل فعاليات التمرين العسكري المشترك بين القوات المسلحة المصرية "
     "والسعودية."),
    ("tr", "Türkiye ve Azerbaycan silahlı kuvvetlerinin ortak tatbikatı gelecek hafta başlayacak."),
]


@pytest.mark.parametrize("lang, text, pair", BEGUN, ids=[case[0] for case in BEGUN])
def test_an_exercise_begun_today_is_an_event(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("exercise", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", AHEAD, ids=[case[0] for case in AHEAD])
def test_an_exercise_beginning_next_week_is_not_yet_one(lang, text):
    assert_not_flagged("", text, lang=lang)
