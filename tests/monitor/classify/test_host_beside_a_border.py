"""A state named where something happens near a border is that event's host, not the border: "In
Uzbekistan, on the border with Afghanistan, a joint exercise with Russia began" holds Uzbekistan and
Russia. Only a state that qualifies the border or sea directly ("the Afghan border", "Afghanistan's
northern border", "Əfqanıstan sərhədində") names it as a place; a preposition or an article between
them ("В Узбекистане на границе", "in Uzbekistan on the border") does not. Sentences written for these
tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

RU = [
    ("host before the border, partner with", "Учения",
     "Вчера в Казахстане на границе с Китаем стартовали тактические учения, совместные с Киргизией.",
     ("exercise", "KG KZ")),
    ("host before the border, pair named after", "Учения",
     "В Таджикистане у границы с Афганистаном прошли совместные учения военных Таджикистана и Китая.",
     ("exercise", "CN TJ")),
    ("a border adjective is a place", "Учения",
     "Российские и таджикские военные провели совместные учения у афганской границы.",
     ("exercise", "RU TJ")),
]

EN = [
    ("host before the border", "Drills",
     "In Uzbekistan on the border with Afghanistan, a joint exercise with Russian troops got under way.",
     ("exercise", "RU UZ")),
    ("the border of the state named by its adjective is a place", "Drills",
     "Russian and Tajik troops held joint drills near the Afghan border.", ("exercise", "RU TJ")),
    ("one adjective between: still the state's border", "Drills",
     "Chinese and Tajik troops held joint drills near Afghanistan's northern border.", ("exercise", "CN TJ")),
]

test_probe_ru = probe_grid("ru", RU)
test_probe_en = probe_grid("en", EN)
