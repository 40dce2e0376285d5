"""The opening or closing ceremony of a joint exercise tells the exercise begun or ended, as a verb of
conducting it would: "At the opening ceremony of the joint exercise of Uzbek and Kazakh troops, the
district commander spoke" reports the exercise held. A ceremony still to come stays announced.
Sentences written for these tests.

Each entry: (lang, text, expected main event: None or (kind, pair)).
"""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

HELD = [
    ("en", "At the opening ceremony of the joint exercise of Uzbek and Kazakh troops, the district commander "
           "addressed the servicemen.", "KZ UZ"),
    ("en", "The closing ceremony of the Pakistan-Turkey joint naval exercise took the salute of both navies.",
     "PK TR"),
    ("ru", "На церемонии открытия совместных учений военных Узбекистана и Казахстана выступил командующий "
           "войсками округа.", "KZ UZ"),
    ("uk", "На церемонії відкриття спільних навчань військових України та Польщі виступив командувач.",
     "PL UA"),
    ("tr", "Türk ve Azerbaycan askerlerinin ortak tatbikatının açılış töreninde komutan bir konuşma yaptı.",
     "AZ TR"),
    ("az", "Azərbaycan və Türkiyə hərbçilərinin birgə təliminin açılış mərasimində komandan çıxış edib.",
     "AZ TR"),
    ("kk", "Қазақстан мен Өзбекстан әскерилерінің бірлескен оқу-жаттығуының ашылу рәсімінде қолбасшы сөз сөйледі.",
     "KZ UZ"),
    ("uz", "O'zbekiston va Qozog'iston harbiylarining qo'shma mashg'ulotining ochilish marosimida qo'mondon "
           "nutq so'zladi.", "KZ UZ"),
    ("fr", "Lors de la cérémonie d'ouverture de l'exercice conjoint des armées française et marocaine, le "
           "général a pris la parole.", "FR MA"),
    ("es", "En la ceremonia de apertura del ejercicio conjunto de las fuerzas armadas de Perú y Brasil habló "
           "el comandante.", "BR PE"),
    ("pt", "Na cerimónia de abertura do exercício conjunto das forças armadas de Portugal e Angola discursou o "
           "comandante.", "AO PT"),
    ("it", "Alla cerimonia di apertura dell'esercitazione congiunta delle forze armate italiane e albanesi ha "
           "parlato il generale.", "AL IT"),
    ("ro", "La ceremonia de deschidere a exercițiului comun al militarilor români și polonezi a vorbit "
           "comandantul.", "PL RO"),
]

ANNOUNCED = [
    ("en", "The opening ceremony of the joint exercise of Uzbek and Kazakh troops will be held next week."),
    ("ru", "Церемония открытия совместных учений военных Узбекистана и Казахстана состоится на следующей "
           "неделе."),
]


@pytest.mark.parametrize("lang, text, pair", HELD, ids=[f"{case[0]}-{case[2]}" for case in HELD])
def test_an_exercise_ceremony_tells_the_exercise_held(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("exercise", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", ANNOUNCED, ids=[case[0] for case in ANNOUNCED])
def test_a_ceremony_still_to_come_announces_the_exercise(lang, text):
    assert_not_flagged("", text, lang=lang)
