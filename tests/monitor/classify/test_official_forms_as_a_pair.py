"""Two states named in their official forms, joined by one joining word, are one listed pair as their
short names are: "Troops of the Republic of Azerbaijan and the Republic of Turkey held tactical exercises",
"Военнослужащие Российской Федерации и Республики Беларусь провели учения", "Rossiya Federatsiyasi va
O'zbekiston Respublikasi harbiylari". Words between that are no part of a name ("Azerbaijan amid tensions
with Turkey"), or a mark between, pair nothing. Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ("republics joined by and", "Drills",
     "Troops of the Republic of Azerbaijan and the Republic of Turkey held tactical exercises in Nakhchivan.",
     ("exercise", "AZ TR")),
    ("one state's exercise amid tensions with another", "Drills",
     "Troops of the Republic of Armenia held tactical exercises amid tensions with Azerbaijan.", None),
]

RU = [
    ("федерация и республика", "Учения",
     "Военнослужащие Российской Федерации и Республики Беларусь провели тактические учения.", ("exercise", "BY RU")),
]

UZ = [
    ("federatsiyasi va respublikasi", "Mashg'ulot",
     "Rossiya Federatsiyasi va O'zbekiston Respublikasi harbiylari taktik mashg'ulot o'tkazdi.", ("exercise", "RU UZ")),
]

test_probe_en = probe_grid("en", EN)
test_probe_ru = probe_grid("ru", RU)
test_probe_uz = probe_grid("uz", UZ)
