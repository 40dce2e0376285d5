"""Uzbek probes by principle (issue 15), in Latin and Cyrillic script: every tense and voice the press
uses for an act, every document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "uz"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Reja imzolandi", "O‘zbekiston va Qozog‘iston mudofaa vazirlari kecha 2025-yil uchun harbiy "
     "hamkorlik rejasini imzoladi.", ("plan_signed", "KZ UZ", 2025)),
    ("passive", "Bitim", "Toshkentda O‘zbekiston va Turkiya o‘rtasida mudofaa sohasida hamkorlik to‘g‘risidagi "
     "bitim imzolandi.", ("agreement_signed", "TR UZ")),
    ("Cyrillic passive", "Меморандум", "Ўзбекистон ва Ҳиндистон мудофаа вазирликлари ўртасида ҳарбий "
     "таълим соҳасида меморандум имзоланди.", ("agreement_signed", "IN UZ")),
    ("talks", "Uchrashuv", "O‘zbekiston mudofaa vaziri Tojikiston mudofaa vaziri bilan uchrashib, harbiy "
     "hamkorlikni muhokama qildi.", ("talks", "TJ UZ")),
    ("exercise", "Mashg‘ulot", "O‘zbekiston va Xitoy harbiylarining qo‘shma taktik mashg‘uloti boshlandi.",
     ("exercise", "CN UZ")),
    ("the republic's abbreviation", "Qabul", "O‘zR Mudofaa vaziri Hindiston elchisini qabul qilib, harbiy "
     "hamkorlikni muhokama qildi.", ("talks", "IN UZ")),
    ("the republic's abbreviation, Cyrillic", "Қабул", "ЎзР Мудофаа вазири Ҳиндистон элчисини қабул қилиб, "
     "ҳарбий ҳамкорликни муҳокама қилди.", ("talks", "IN UZ")),
    ("straight apostrophe", "Reja", "O'zbekiston va Qozog'iston mudofaa vazirlari harbiy hamkorlik rejasini "
     "imzoladi.", ("plan_signed", "KZ UZ")),
    ("ratified", "Senat", "Oliy Majlis Senati O‘zbekiston va Turkiya o‘rtasidagi harbiy hamkorlik "
     "to‘g‘risidagi bitimni ratifikatsiya qildi.", ("agreement_ratified", "TR UZ")),
    ("Cyrillic exercise", "Машғулот", "Ўзбекистон ва Россия ҳарбийларининг қўшма тактик машғулоти "
     "бошланди.", ("exercise", "RU UZ")),
    ("next week", "Kelasi hafta", "O‘zbekiston va Turkiya mudofaa vazirlari kelasi hafta harbiy hamkorlik "
     "rejasini imzolaydilar.", None),
    ("future", "Imzolanadi", "O‘zbekiston va Qozog‘iston mudofaa vazirlari dushanba kuni harbiy hamkorlik "
     "rejasini imzolaydi.", None),
    ("border service", "Chegarachilar", "O‘zbekiston va Tojikiston chegara qo‘shinlari hamkorlik "
     "bayonnomasini imzoladi.", None),
    ("trilateral", "Uch tomonlama", "O‘zbekiston, Qozog‘iston va Qirg‘iziston harbiylari uch tomonlama "
     "mashg‘ulot o‘tkazdi.", None),
]

test_probe = probe_grid(LANG, PROBES)
