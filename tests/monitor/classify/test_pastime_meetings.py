"""Sport and remembrance are no defence talks (SCHEMA.md): when the only defence body a meeting's
sentence names is a team's, fans' or veterans' own ("the army football team", "veterans of the
Soviet army"), the meeting is theirs, not the defence establishments'. Officials named apart from
the team or band still hold talks. Sentences written for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ('army football team visited', 'Visit',
     'The army football team of Kazakhstan visited Uzbekistan for a friendly match.', None),
    ('veterans of an army met', 'Veterans',
     'Veterans of the Soviet army from Armenia and Russia met in Yerevan to mark Victory Day.', None),
    ('fans of army clubs', 'Match', 'Fans of the army clubs of Serbia and Greece met in Belgrade.', None),
    ('ministers met where a band played', 'Talks',
     'The defence ministers of Armenia and Greece met in Athens, where a military band played.', ('talks', 'AM GR')),
    ('minister received the team and his counterpart', 'Talks',
     "Kazakhstan's defence minister held talks with his Uzbek counterpart after a match of the two "
     "countries' national teams.", ('talks', 'KZ UZ')),
]

RU = [
    ('футбольная команда армии', 'Визит',
     'Футбольная команда армии Казахстана посетила Узбекистан для товарищеского матча.', None),
    ('ветераны армии встретились', 'Ветераны',
     'Ветераны Советской армии из Армении и России встретились в Ереване.', None),
    ('министры при оркестре', 'Переговоры',
     'Министры обороны Армении и Греции провели переговоры в Афинах, после чего выступил военный оркестр.',
     ('talks', 'AM GR')),
]

TR = [
    ('ordu futbol takımı ziyaret', 'Ziyaret',
     "Azerbaycan ordusu futbol takımı dostluk maçı için Türkiye'yi ziyaret etti.", None),
    ('bakanlar görüştü', 'Görüşme',
     "Türkiye ve Azerbaycan savunma bakanları, milli takımların maçından sonra Bakü'de görüştü.",
     ('talks', 'AZ TR')),
]

UK = [
    ('ветерани армії зустрілися', 'Ветерани',
     'Ветерани Радянської армії з України та Литви зустрілися у Вільнюсі.', None),
]

AZ = [
    ('ordu futbol komandası səfər', 'Səfər',
     'Qazaxıstan ordusunun futbol komandası yoldaşlıq oyunu üçün Azərbaycana səfər edib.', None),
]

test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
test_uk = probe_grid("uk", UK)
test_az = probe_grid("az", AZ)
