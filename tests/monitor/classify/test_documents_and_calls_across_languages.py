"""Principles the language grids left out for some languages, in sentences written for these tests: a
roadmap signed is an agreement; a cooperation programme for a year is a plan (SCHEMA.md); a defence
minister's phone call or reception of an ambassador is talks; foreign ministers discussing defence
cooperation are not defence officials."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

ROADMAPS = [
    ("en", "The defence ministers of Armenia and India signed a roadmap for military cooperation.", "AM IN"),
    ("ru", "Министры обороны Армении и Индии подписали дорожную карту военного сотрудничества.", "AM IN"),
    ("uk", "Міністри оборони України та Литви підписали дорожню карту військового співробітництва.", "LT UA"),
    ("bg", "Министрите на отбраната на България и Гърция подписаха пътна карта за военно "
     "сътрудничество.", "BG GR"),
    ("de", "Die Verteidigungsminister Deutschlands und Litauens unterzeichneten einen Fahrplan für"
     " die militärische Zusammenarbeit.", "DE LT"),
    ("el", "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν οδικό χάρτη στρατιωτικής συνεργασίας.", "CY GR"),
    ("fr", "Les ministres de la Défense de la France et de l'Inde ont signé une feuille de route "
     "de coopération militaire.", "FR IN"),
    ("it", "I ministri della Difesa di Italia e Albania hanno firmato una tabella di marcia per la"
     " cooperazione militare.", "AL IT"),
    ("pl", "Ministrowie obrony Polski i Litwy podpisali mapę drogową współpracy wojskowej.", "LT PL"),
    ("sr", "Ministri odbrane Srbije i Mađarske potpisali su mapu puta vojne saradnje.", "HU RS"),
    ("uz", "O'zbekiston va Turkiya mudofaa vazirlari harbiy hamkorlik bo'yicha yo'l xaritasini "
     "imzoladi.", "TR UZ"),
    ("ar", "وقع وزيرا الدفاع المصري واليوناني خارطة طريق للتعاون العسكري.", "EG GR"),
]

PROGRAMMES_FOR_A_YEAR = [
    ("bg", "Министрите на отбраната на България и Гърция подписаха програмата за военно "
     "сътрудничество за 2025 година.", "BG GR", 2025),
    ("el", "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν το πρόγραμμα στρατιωτικής συνεργασίας "
     "για το 2025.", "CY GR", 2025),
    ("kk", "Қазақстан мен Қырғызстан қорғаныс министрлері 2025 жылға арналған әскери ынтымақтастық"
     " бағдарламасына қол қойды.", "KG KZ", 2025),
    ("sr", "Ministri odbrane Srbije i Mađarske potpisali su program vojne saradnje za 2025. "
     "godinu.", "HU RS", 2025),
    ("uz", "O'zbekiston va Qozog'iston mudofaa vazirlari 2025 yil uchun harbiy hamkorlik dasturini"
     " imzoladi.", "KZ UZ", 2025),
    ("ar", "وقع وزيرا الدفاع المصري والسعودي برنامج التعاون العسكري لعام 2025.", "EG SA", 2025),
    ("pl", "Ministrowie obrony Polski i Litwy podpisali program współpracy wojskowej na 2025 rok.", "LT PL", 2025),
]

CALLS_AND_RECEPTIONS = [
    ("bg", "Министърът на отбраната на България проведе телефонен разговор с министъра на "
     "отбраната на Полша.", "BG PL"),
    ("kk", "Қазақстан Қорғаныс министрі Түркия Ұлттық қорғаныс министрімен телефон арқылы "
     "сөйлесті.", "KZ TR"),
    ("pl", "Minister obrony narodowej Polski rozmawiał telefonicznie z ministrem obrony Litwy.", "LT PL"),
    ("sr", "Ministar odbrane Srbije razgovarao je telefonom sa ministrom odbrane Mađarske.", "HU RS"),
    ("uz", "O'zbekiston Mudofaa vaziri Turkiya Milliy mudofaa vaziri bilan telefon orqali muloqot "
     "qildi.", "TR UZ"),
    ("ar", "أجرى وزير الدفاع المصري اتصالا هاتفيا مع نظيره اليوناني لبحث التعاون العسكري.", "EG GR"),
    ("el", "Ο υπουργός Εθνικής Άμυνας της Ελλάδας είχε τηλεφωνική επικοινωνία με τον Γάλλο ομόλογό"
     " του.", "FR GR"),
    ("bg", "Министърът на отбраната на България прие посланика на Япония и обсъдиха отбранителното"
     " сътрудничество.", "BG JP"),
    ("kk", "Қазақстан Қорғаныс министрі Жапонияның елшісін қабылдап, әскери ынтымақтастықты "
     "талқылады.", "JP KZ"),
    ("pl", "Minister obrony Polski przyjął ambasadora Japonii i omówił współpracę wojskową.", "JP PL"),
    ("sr", "Ministar odbrane Srbije primio je ambasadora Japana i razgovarao o vojnoj saradnji.", "JP RS"),
    ("uz", "O'zbekiston Mudofaa vaziri Yaponiya elchisini qabul qilib, harbiy hamkorlikni muhokama"
     " qildi.", "JP UZ"),
    ("ar", "استقبل وزير الدفاع الأردني سفير اليابان وبحث معه التعاون العسكري بين البلدين.", "JO JP"),
    ("el", "Ο υπουργός Εθνικής Άμυνας της Ελλάδας δέχθηκε τον πρέσβη της Ιαπωνίας και συζήτησαν "
     "την αμυντική συνεργασία.", "GR JP"),
]

FOREIGN_MINISTERS = [
    ("bg", "Външните министри на България и Гърция договориха да задълбочат сътрудничеството в "
     "отбраната."),
    ("kk", "Қазақстан мен Түркия сыртқы істер министрлері қорғаныс саласындағы ынтымақтастықты "
     "талқылады."),
    ("pl", "Ministrowie spraw zagranicznych Polski i Litwy omówili współpracę w dziedzinie "
     "obronności."),
    ("sr", "Ministri spoljnih poslova Srbije i Mađarske razgovarali su o saradnji u oblasti "
     "odbrane."),
    ("uz", "O'zbekiston va Turkiya tashqi ishlar vazirlari mudofaa sohasidagi hamkorlikni muhokama"
     " qildi."),
    ("ar", "بحث وزيرا خارجية مصر واليونان التعاون في مجال الدفاع."),
    ("el", "Οι υπουργοί Εξωτερικών Ελλάδας και Κύπρου συζήτησαν την αμυντική συνεργασία."),
]


@pytest.mark.parametrize("lang, text, pair", ROADMAPS, ids=[case[0] for case in ROADMAPS])
def test_a_roadmap_signed_is_an_agreement(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_signed", tuple(pair.split()))


@pytest.mark.parametrize("lang, text, pair, year", PROGRAMMES_FOR_A_YEAR,
                         ids=[case[0] for case in PROGRAMMES_FOR_A_YEAR])
def test_a_programme_for_a_year_is_a_plan(lang, text, pair, year):
    assert flagged_main("", text, lang=lang)[:3] == ("plan_signed", tuple(pair.split()), year)


@pytest.mark.parametrize("lang, text, pair", CALLS_AND_RECEPTIONS,
                         ids=[f"{case[0]}-{i}" for i, case in enumerate(CALLS_AND_RECEPTIONS)])
def test_a_call_or_a_reception_is_talks(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("talks", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", FOREIGN_MINISTERS, ids=[case[0] for case in FOREIGN_MINISTERS])
def test_foreign_ministers_on_defence_are_no_defence_talks(lang, text):
    assert_not_flagged("", text, lang=lang)
