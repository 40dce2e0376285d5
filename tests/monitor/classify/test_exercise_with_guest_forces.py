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
