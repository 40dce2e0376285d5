"""Azerbaijani probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "az"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plan imzalandı", "Azərbaycan və Gürcüstan müdafiə nazirləri dünən 2025-ci il üçün hərbi "
     "əməkdaşlıq planını imzaladılar.", ("plan_signed", "AZ GE", 2025)),
    ("passive", "Saziş", "Bakıda Azərbaycan ilə Pakistan arasında müdafiə sahəsində əməkdaşlıq sazişi "
     "imzalanıb.", ("agreement_signed", "AZ PK")),
    ("evidential past", "Memorandum", "Azərbaycan və Qazaxıstan müdafiə nazirlikləri hərbi təhsil sahəsində "
     "anlaşma memorandumu imzalayıblar.", ("agreement_signed", "AZ KZ")),
    ("programme for a year", "Proqram", "Azərbaycan və Özbəkistan silahlı qüvvələri 2024-cü il üçün hərbi "
     "əməkdaşlıq proqramını imzalayıb.", ("plan_signed", "AZ UZ", 2024)),
    ("roadmap", "Yol xəritəsi", "Azərbaycan və İtaliya müdafiə nazirləri hərbi əməkdaşlıq üzrə yol "
     "xəritəsini imzalayıblar.", ("agreement_signed", "AZ IT")),
    ("protocol", "Protokol", "Azərbaycan və Türkiyə baş qərargah rəisləri hərbi əməkdaşlıq protokolunu "
     "imzalayıb.", ("agreement_signed", "AZ TR")),
    ("ratified", "Milli Məclis", "Milli Məclis Azərbaycan ilə Serbiya arasında hərbi əməkdaşlıq haqqında "
     "sazişi təsdiq edib.", ("agreement_ratified", "AZ RS")),
    ("talks", "Görüş", "Azərbaycan müdafiə naziri Macarıstanın müdafiə naziri ilə görüşərək hərbi əməkdaşlığı "
     "müzakirə edib.", ("talks", "AZ HU")),
    ("phone call", "Telefon danışığı", "Azərbaycan və Türkiyə müdafiə nazirləri arasında telefon danışığı "
     "olub.", ("talks", "AZ TR")),
    ("exercise begins today", "Təlim", "Bu gün Azərbaycan və Türkiyə qoşunlarının birgə taktiki təlimləri "
     "başlayır.", ("exercise", "AZ TR")),
    ("future day", "Bazar ertəsi", "Azərbaycan və Gürcüstan müdafiə nazirləri bazar ertəsi hərbi əməkdaşlıq "
     "planını imzalayacaqlar.", None),
    ("intent", "Niyyət", "Azərbaycan və Qətər müdafiə sahəsində əməkdaşlıq sazişi imzalamağı planlaşdırır.",
     None),
    ("border service", "Sərhəd", "Azərbaycan Dövlət Sərhəd Xidməti və Gürcüstan sərhəd polisi əməkdaşlıq "
     "protokolu imzalayıb.", None),
    ("foreign ministers agree to advance", "XİN", "Azərbaycan və Pakistan xarici işlər nazirləri müdafiə "
     "sahəsində əməkdaşlığı inkişaf etdirmək barədə razılığa gəliblər.", None),
    ("trilateral", "Üçtərəfli", "Azərbaycan, Türkiyə və Gürcüstan xüsusi təyinatlıları üçtərəfli təlimə "
     "başlayıb.", None),
    ("arms purchase", "Satınalma", "Azərbaycan İsraildən pilotsuz uçuş aparatlarının satın alınması "
     "müqaviləsini imzalayıb.", None),
    ("home minister implicit", "Görüş", "Müdafiə naziri Pakistan Quru Qoşunlarının komandanı ilə görüşüb.",
     ("talks", "AZ PK")),
    ("home ministry implicit delegation", "Görüş",
     "Müdafiə Nazirliyində Türkiyə Silahlı Qüvvələrinin nümayəndə heyəti ilə görüş keçirilib.",
     ("talks", "AZ TR")),
    ("signed plan", "Plan",
     "Azərbaycan və Gürcüstan müdafiə nazirlikləri arasında 2025-ci il üçün ikitərəfli hərbi "
     "əməkdaşlıq planı imzalanıb.", ("plan_signed", "AZ GE", 2025)),
    ("exercise started", "Təlim",
     "Azərbaycan və Türkiyə silahlı qüvvələrinin birgə taktiki təlimləri başlayıb.", ("exercise", "AZ TR")),
    ("ratified", "Milli Məclis",
     "Milli Məclis Azərbaycan ilə Serbiya arasında hərbi əməkdaşlıq haqqında sazişi təsdiq edib.",
     ("agreement_ratified", "AZ RS")),
    ("will be signed", "Saziş",
     "Azərbaycan ilə Qazaxıstan arasında hərbi əməkdaşlıq sazişi gələn həftə imzalanacaq.", None),
    ("negotiations to conclude", "Danışıqlar",
     "Azərbaycan ilə İtaliya arasında hərbi əməkdaşlıq sazişinin bağlanması üçün danışıqlar "
     "aparılır.", None),
    ("border service", "Sərhəd",
     "Azərbaycan Dövlət Sərhəd Xidməti və Gürcüstan Sərhəd Polisi əməkdaşlıq protokolu "
     "imzalayıb.", None),
    ("trilateral", "Üçtərəfli",
     "Azərbaycan, Türkiyə və Gürcüstan müdafiə nazirləri üçtərəfli görüş keçiriblər.", None),
    ("president authorises", "Fərman",
     "Prezident Azərbaycan ilə Oman arasında hərbi əməkdaşlıq sazişinin imzalanması haqqında "
     "sərəncam imzalayıb.", None),
]

test_probe = probe_grid(LANG, PROBES)
