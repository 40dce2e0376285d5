"""A defence official meeting a company's people meets a maker, not a state: a state named only as
the company's ("the Turkish company", "турецкой компании", "Türk şirketi") is no party of talks. A
state also named apart from the company (its ambassador, its minister) still is. Sentences written
for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ('delegation of a company', 'Meeting',
     "Azerbaijan's defence minister met a delegation of the Turkish company Baykar.", None),
    ('executives of a firm', 'Meeting',
     "Georgia's defence minister met executives of the Israeli firm Elbit in Tbilisi.", None),
    ('the minister and the company', 'Visit',
     'The defence minister of Azerbaijan met the Turkish defence minister and visited the Turkish company Aselsan.',
     ('talks', 'AZ TR')),
]

RU = [
    ('делегация компании', 'Встреча',
     'Министр обороны Азербайджана встретился с делегацией турецкой компании Baykar.', None),
    ('компания и посол', 'Встреча',
     'Министр обороны Армении встретился с руководством французской компании Thales и послом Франции.',
     ('talks', 'AM FR')),
]

TR = [
    ('şirket heyeti', 'Kabul',
     "Azerbaycan Savunma Bakanı, Türk şirketi Baykar'ın heyetini kabul etti.", None),
]

test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
