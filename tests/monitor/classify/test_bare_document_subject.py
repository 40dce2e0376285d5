"""A sentence that opens on a document's bare noun ("Plan, ...", "The plan was signed ...") and names no
state of its own is about the document the story just named, as a pronoun would be: under a headline
that names a defence plan and its pair, it signs that plan, with its year. A future signing is none, and
a document of another field named in the sentence is not the headline's. Sentences written for these
tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

TR = [
    ('plan noun headline, passive after', 'Türkiye-Kırgızistan 2026 Askeri İşbirliği Planı',
     "Plan, Bişkek'te düzenlenen törenle imzalandı.", ('plan_signed', 'KG TR', 2026)),
    ('future', 'Türkiye-Kırgızistan 2026 Askeri İşbirliği Planı',
     "Plan, gelecek hafta Bişkek'te imzalanacak.", None),
]

EN = [
    ('the plan was signed', 'Georgia-Poland military cooperation plan for 2026',
     'The plan was signed in Warsaw on Monday.', ('plan_signed', 'GE PL', 2026)),
    ('a trade plan', 'Georgia-Poland trade plan for 2026', 'The plan was signed in Warsaw on Monday.', None),
    ('will be signed', 'Georgia-Poland military cooperation plan for 2026',
     'The plan will be signed in Warsaw next week.', None),
    ('another document named', 'Georgia-Poland military cooperation plan for 2026',
     'The agreement on gas supplies was signed in Warsaw.', None),
]

RU = [
    ('план подписан', 'План военного сотрудничества Казахстана и Киргизии на 2025 год',
     'План подписан в Бишкеке.', ('plan_signed', 'KG KZ', 2025)),
]

test_tr = probe_grid("tr", TR)
test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
