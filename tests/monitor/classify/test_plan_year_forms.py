"""The year a plan is bound to, in the forms the press writes it beyond "for 2025": a plan "covering
2025" (en), the year with a hyphenated genitive ("2024-ի", hy), and the suffixes of the other languages
that the earlier grids already read (kept here as a grid of forms). Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: (kind, pair, plan year)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ("covering a year", "Plan", "Azerbaijan and Georgia signed a military cooperation plan covering 2025.",
     ("plan_signed", "AZ GE", 2025)),
    ("for the year", "Plan", "Azerbaijan and Georgia signed a military cooperation plan for the year 2025.",
     ("plan_signed", "AZ GE", 2025)),
    ("a span of years", "Plan", "Azerbaijan and Georgia signed a work plan on defence cooperation for 2025-2026.",
     ("plan_signed", "AZ GE", 2025)),
]

HY = [
    ("hyphenated genitive", "Ծրագիր",
     "Հայաստանի և Վրաստանի պաշտպանության նախարարությունները ստորագրել են 2024-ի համագործակցության ծրագիրը:",
     ("plan_signed", "AM GE", 2024)),
    ("the year's word", "Պլան",
     "Հայաստանի և Հունաստանի պաշտպանության նախարարները ստորագրել են 2025 թվականի ռազմական համագործակցության "
     "ծրագիրը:", ("plan_signed", "AM GR", 2025)),
]

RU = [
    ("abbreviated year", "План", "Министры обороны России и Вьетнама подписали план военного сотрудничества на 2024 г.",
     ("plan_signed", "RU VN", 2024)),
    ("a span of years", "План",
     "Министры обороны России и Лаоса подписали план военного сотрудничества на 2025–2026 годы.",
     ("plan_signed", "LA RU", 2025)),
]

AZ = [
    ("ordinal suffix", "Plan",
     "Azərbaycan və Gürcüstan müdafiə nazirləri 2025-ci il üçün hərbi əməkdaşlıq planını imzalayıblar.",
     ("plan_signed", "AZ GE", 2025)),
]

UZ = [
    ("hyphenated year", "Reja", "O'zbekiston va Turkiya mudofaa vazirlari 2025-yil uchun harbiy hamkorlik rejasini "
     "imzoladi.", ("plan_signed", "TR UZ", 2025)),
]

test_probe_en = probe_grid("en", EN)
test_probe_hy = probe_grid("hy", HY)
test_probe_ru = probe_grid("ru", RU)
test_probe_az = probe_grid("az", AZ)
test_probe_uz = probe_grid("uz", UZ)
