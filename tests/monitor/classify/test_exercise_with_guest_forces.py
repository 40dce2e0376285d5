"""An exercise held in one state with the participation of another state's forces is the two states'
joint exercise, the host's and the guests': "A tactical exercise began in Tajikistan with the participation
of Russian troops", "Turkish troops took part in an exercise held in Azerbaijan". One state's exercise told
beside another state ("amid tensions with"), observers watching it, or a bloc's exercise stay unflagged.
Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ("took part in an exercise held in", "Drills", "Turkish troops took part in an exercise held in Azerbaijan.",
     ("exercise", "AZ TR")),
    ("hosted an exercise with the participation of", "Drills",
     "Azerbaijan hosted a tactical exercise with the participation of Turkish special forces.",
     ("exercise", "AZ TR")),
    ("one state's exercise beside another", "Drills", "Armenia held military exercises amid tensions with Azerbaijan.",
     None),
    ("observers", "Drills", "Turkish military observers watched an exercise of the Azerbaijani army.", None),
    ("a bloc's exercise", "Drills", "Georgian troops took part in a NATO exercise held in Romania.", None),
]

RU = [
    ("при участии", "Учения", "В Таджикистане начались учения при участии российских военных.",
     ("exercise", "RU TJ")),
    ("приняли участие в учениях в", "Учения", "Российские военные приняли участие в учениях в Таджикистане.",
     ("exercise", "RU TJ")),
    ("ОДКБ", "Учения", "Российские военные приняли участие в учениях ОДКБ в Таджикистане.", None),
]

UK = [
    ("за участі", "Навчання", "У Литві розпочалися військові навчання за участі українських військових.",
     ("exercise", "LT UA")),
]

TR = [
    ("de katılıyor", "Tatbikat", "Azerbaycan'da düzenlenen tatbikata Türk Silahlı Kuvvetleri de katılıyor.",
     ("exercise", "AZ TR")),
    ("katılımıyla", "Tatbikat", "Azerbaycan'da Türk askerlerinin katılımıyla tatbikat icra edildi.",
     ("exercise", "AZ TR")),
]

FR = [
    ("ont participé à", "Exercice", "Des militaires français ont participé à un exercice organisé au Maroc.",
     ("exercise", "FR MA")),
]

ES = [
    ("con la participación de", "Ejercicio",
     "En Brasil comenzó un ejercicio militar con la participación de tropas peruanas.", ("exercise", "BR PE")),
]

test_probe_en = probe_grid("en", EN)
test_probe_ru = probe_grid("ru", RU)
test_probe_uk = probe_grid("uk", UK)
test_probe_tr = probe_grid("tr", TR)
test_probe_fr = probe_grid("fr", FR)
test_probe_es = probe_grid("es", ES)


# Troops carrying out an exercise's tasks in interaction with, or alongside, another state's forces: the
# two states' joint exercise, its tasks done.
INTERACTION = {
    "en": [("alongside", "Drills", "Azerbaijani units carried out the exercise's tasks alongside Turkish servicemen.",
            ("exercise", "AZ TR")),
           ("in coordination with", "Drills", "Kazakh special forces, in coordination with Kyrgyz troops, practised "
            "clearing a village during the exercise.", ("exercise", "KG KZ")),
           ("alongside talks, exercises discussed", "Talks", "Alongside the talks, the ministers of Azerbaijan and "
            "Turkey discussed future exercises.", None)],
    "ru": [("во взаимодействии с", "Учения", "В ходе учений подразделения Таджикистана во взаимодействии с "
            "российскими военными выполнили задачи по уничтожению условного противника.", ("exercise", "RU TJ"))],
    "uk": [("у взаємодії з", "Навчання", "Під час військових навчань українські підрозділи у взаємодії з польськими "
            "військовими виконали завдання.", ("exercise", "PL UA"))],
    "tr": [("koordineli olarak", "Tatbikat", "Azerbaycan birlikleri Türk askerleriyle koordineli olarak tatbikat "
            "görevlerini icra etti.", ("exercise", "AZ TR"))],
    "az": [("qarşılıqlı əlaqədə", "Təlim", "Azərbaycan Ordusunun bölmələri Türkiyə hərbçiləri ilə qarşılıqlı əlaqədə "
            "təlim tapşırıqlarını yerinə yetirirlər.", ("exercise", "AZ TR"))],
}

test_probe_interaction_en = probe_grid("en", INTERACTION["en"])
test_probe_interaction_ru = probe_grid("ru", INTERACTION["ru"])
test_probe_interaction_uk = probe_grid("uk", INTERACTION["uk"])
test_probe_interaction_tr = probe_grid("tr", INTERACTION["tr"])
test_probe_interaction_az = probe_grid("az", INTERACTION["az"])


# The forces took part in the exercise, in the past: it was held (uz, kk; a future stays a future).
TOOK_PART = {
    "uz": [("qatnashdi", "Mashg'ulot", "Qo'shma mashg'ulotda O'zbekiston va Tojikiston harbiylari qatnashdi.",
            ("exercise", "TJ UZ")),
           ("qatnashadi, future", "Mashg'ulot", "Qo'shma mashg'ulotda O'zbekiston va Tojikiston harbiylari "
            "qatnashadi.", None)],
    "kk": [("қатысты", "Оқу-жаттығу", "Бірлескен оқу-жаттығуға Қазақстан мен Қырғызстан әскерилері қатысты.",
            ("exercise", "KG KZ"))],
}

test_probe_took_part_uz = probe_grid("uz", TOOK_PART["uz"])
test_probe_took_part_kk = probe_grid("kk", TOOK_PART["kk"])
