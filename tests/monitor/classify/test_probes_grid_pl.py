"""Polish probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "pl"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plan podpisany", "Ministrowie obrony Polski i Litwy podpisali wczoraj plan współpracy "
     "wojskowej na 2025 rok.", ("plan_signed", "LT PL", 2025)),
    ("impersonal passive", "Umowa", "W Warszawie podpisano umowę o współpracy obronnej między Polską a "
     "Koreą Południową.", ("agreement_signed", "KR PL")),
    ("headline participle", "Mapa drogowa współpracy obronnej podpisana przez Polskę i Ukrainę", "",
     ("agreement_signed", "PL UA")),
    ("programme for a year", "Program", "Sztaby generalne Polski i Czech podpisały program współpracy "
     "wojskowej na 2024 rok.", ("plan_signed", "CZ PL", 2024)),
    ("letter of intent", "List intencyjny", "Ministrowie obrony Polski i Rumunii podpisali list intencyjny "
     "w sprawie szkolenia wojskowego.", ("agreement_signed", "PL RO")),
    ("memorandum", "Memorandum", "Ministerstwa obrony Polski i Estonii podpisały memorandum o współpracy "
     "wojskowej.", ("agreement_signed", "EE PL")),
    ("ratified", "Sejm", "Sejm ratyfikował umowę o współpracy obronnej między Polską a Stanami "
     "Zjednoczonymi.", ("agreement_ratified", "PL US")),
    ("talks", "Spotkanie", "Minister obrony Polski spotkał się ze swoim odpowiednikiem z Łotwy, aby omówić "
     "współpracę wojskową.", ("talks", "LV PL")),
    ("exercise begins today", "Ćwiczenia", "Dziś rozpoczynają się wspólne ćwiczenia wojsk Polski i "
     "Litwy.", ("exercise", "LT PL")),
    ("present with a coming weekday", "Poniedziałek", "Ministrowie obrony Polski i Litwy podpisują w "
     "poniedziałek umowę o współpracy wojskowej.", None),
    ("the ministry names its state", "Ambasador", "Minister Obrony Narodowej przyjął ambasadora Japonii, aby "
     "omówić współpracę obronną.", ("talks", "JP PL")),
    ("future day", "W poniedziałek", "Ministrowie obrony Polski i Litwy podpiszą w poniedziałek umowę o "
     "współpracy wojskowej.", None),
    ("intent", "Zamiar", "Polska i Szwecja zamierzają podpisać umowę o współpracy obronnej.", None),
    ("draft approved", "Projekt", "Rada Ministrów przyjęła projekt umowy o współpracy obronnej między Polską "
     "a Japonią.", None),
    ("border service", "Straż Graniczna", "Straż Graniczna Polski i służba graniczna Ukrainy podpisały "
     "protokół o współpracy.", None),
    ("trilateral", "Trójstronne", "Wojska Polski, Litwy i Łotwy rozpoczęły trójstronne ćwiczenia.", None),
    ("arms purchase", "Zakup", "Polska podpisała z Koreą Południową umowę na zakup czołgów podczas "
     "uroczystości podpisania.", None),
]

test_probe = probe_grid(LANG, PROBES)
