"""A meeting named as the occasion of what is told ("During the meeting, the ministers agreed to expand
cooperation", "At the talks, ...") took place, whatever its content looks ahead to; a meeting named as
still to come ("during the upcoming visit") or a bloc's gathering ("at the NATO meeting") is not the pair's
talks. English had no such cue; the other languages already read it (kept here as a grid). Sentences
written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ("during the meeting, agreed to", "Talks",
     "During the meeting, the defence ministers of Azerbaijan and Pakistan agreed to expand military cooperation.",
     ("talks", "AZ PK")),
    ("following the talks, decided to", "Talks",
     "Following the talks, the chiefs of general staff of Georgia and Poland decided to hold joint staff "
     "training next year.", ("talks", "GE PL")),
    ("during the upcoming visit", "Visit",
     "During the upcoming visit, the defence ministers of Azerbaijan and Pakistan are expected to discuss "
     "cooperation.", None),
    ("at a bloc's meeting", "Talks",
     "At the NATO meeting in Brussels, the defence ministers of Georgia and Ukraine discussed support.", None),
]

RU = [
    ("в ходе встречи договорились", "Встреча",
     "В ходе встречи министры обороны Азербайджана и Пакистана договорились расширить военное сотрудничество.",
     ("talks", "AZ PK")),
]

UK = [
    ("під час зустрічі домовилися", "Зустріч",
     "Під час зустрічі міністри оборони України та Литви домовилися розширити військове співробітництво.",
     ("talks", "LT UA")),
]

TR = [
    ("görüşmede kararlaştırdı", "Görüşme",
     "Görüşmede Azerbaycan ve Pakistan savunma bakanları askeri işbirliğini genişletmeyi kararlaştırdı.",
     ("talks", "AZ PK")),
]

ES = [
    ("durante la reunión acordaron", "Reunión",
     "Durante la reunión, los ministros de Defensa de Perú y Brasil acordaron ampliar la cooperación militar.",
     ("talks", "BR PE")),
]

test_probe_en = probe_grid("en", EN)
test_probe_ru = probe_grid("ru", RU)
test_probe_uk = probe_grid("uk", UK)
test_probe_tr = probe_grid("tr", TR)
test_probe_es = probe_grid("es", ES)


# A dialogue of the two defence establishments under a longer name is theirs as "defence dialogue" is.
BODIES = [
    ("defence policy dialogue", "Dialogue", "India and Japan held the 8th Defence Policy Dialogue in New Delhi.",
     ("talks", "IN JP")),
    ("defence strategic dialogue, foreign ministers discussing it", "Dialogue",
     "The foreign ministers of India and Japan discussed the defence strategic dialogue in Tokyo.", None),
]

test_probe_bodies = probe_grid("en", BODIES)
