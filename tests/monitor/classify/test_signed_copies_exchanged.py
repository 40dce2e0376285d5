"""The signed copies of a document exchanged at a ceremony are its signing ("the ministers exchanged
signed copies of the plan", "MoUs were exchanged"), in the past only; the instruments of ratification
exchanged are its ratification; an exchange of views is talks and of fire no act; a trade document
exchanged is no defence. Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ('signed copies of a plan', 'Plan',
     'The defence ministers of Georgia and Estonia exchanged signed copies of the cooperation plan for 2026.',
     ('plan_signed', 'EE GE', 2026)),
    ('the memorandum exchanged', 'MoU',
     'Defence officials of Armenia and India exchanged the memorandum on military cooperation at a ceremony.',
     ('agreement_signed', 'AM IN')),
    ('MoUs were exchanged', 'Visit',
     'Two MoUs on military training were exchanged between the defence ministries of India and Armenia.',
     ('agreement_signed', 'AM IN')),
    ('views exchanged', 'Talks',
     'The defence ministers of Georgia and Estonia exchanged views on the cooperation plan for 2026.',
     ('talks', 'EE GE')),
    ('instruments of ratification', 'Ratification',
     'Armenia and Greece exchanged the instruments of ratification of their defence cooperation agreement.',
     ('agreement_ratified', 'AM GR')),
    ('will exchange', 'MoU',
     'The defence ministers of Armenia and India will exchange the memorandum on military cooperation next week.',
     None),
    ('trade MoUs', 'MoU', 'MoUs on trade and tourism were exchanged between India and Armenia.', None),
    ('fire exchanged', 'Border', 'Troops of Armenia and Azerbaijan exchanged fire on the border.', None),
]

RU = [
    ('обменялись подписанными экземплярами', 'Документы',
     'Министры обороны Казахстана и Киргизии обменялись подписанными экземплярами соглашения о военном '
     'сотрудничестве.', ('agreement_signed', 'KG KZ')),
    ('состоялся обмен', 'Обмен',
     'В Минобороны состоялся обмен подписанными экземплярами плана военного сотрудничества России и Лаоса на '
     '2025 год.', ('plan_signed', 'LA RU', 2025)),
    ('обменяются', 'Обмен',
     'Министры обороны Казахстана и Киргизии обменяются подписанными экземплярами соглашения о военном '
     'сотрудничестве в мае.', None),
    ('ратификационные грамоты', 'Грамоты',
     'Россия и Лаос обменялись ратификационными грамотами к соглашению о военном сотрудничестве.',
     ('agreement_ratified', 'LA RU')),
]

UK = [
    ('обмінялися примірниками', 'Документи',
     'Міністри оборони України та Литви обмінялися підписаними примірниками угоди про військове '
     'співробітництво.', ('agreement_signed', 'LT UA')),
    ('ратифікаційні грамоти', 'Грамоти',
     'Україна та Литва обмінялися ратифікаційними грамотами до угоди про військове співробітництво.',
     ('agreement_ratified', 'LT UA')),
]

TR = [
    ('imzalı nüshalar teati', 'Belgeler',
     'Türkiye ve Azerbaycan savunma bakanları askeri işbirliği anlaşmasının imzalı nüshalarını teati etti.',
     ('agreement_signed', 'AZ TR')),
    ('belgeler karşılıklı teati edildi', 'Belgeler',
     'Türkiye ile Gürcistan arasında askeri işbirliği planı belgeleri karşılıklı olarak teati edildi.',
     ('plan_signed', 'GE TR')),
    ('onay belgeleri', 'Onay',
     'Türkiye ile Arnavutluk askeri işbirliği anlaşmasının onay belgelerini teati etti.',
     ('agreement_ratified', 'AL TR')),
    ('görüş teati', 'Görüşme',
     'Türkiye ve Azerbaycan savunma bakanları askeri işbirliği konusunda görüş teati etti.', ('talks', 'AZ TR')),
    ('ticaret belgeleri', 'Ticaret',
     'Türkiye ile Gürcistan arasında ticaret anlaşması belgeleri teati edildi.', None),
]

test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
test_uk = probe_grid("uk", UK)
test_tr = probe_grid("tr", TR)
