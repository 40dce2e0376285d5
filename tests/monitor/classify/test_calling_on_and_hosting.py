"""An official who "called on" another (a courtesy call) meets him; a call on someone to act ("called
on the minister to resign") is no meeting. The heads of a navy's and an air force's staff are defence
actors. A Turkish host who "konuk etti" (had as guest) meets the guest. Sentences written for these
tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ('navy chief called on the defence secretary', 'Call',
     'The Chief of Naval Staff of Bangladesh called on the Indian Defence Secretary in New Delhi.',
     ('talks', 'BD IN')),
    ('called on to discuss', 'Call',
     'The Chief of Naval Staff of Bangladesh called on the Indian Defence Secretary in New Delhi to discuss '
     'maritime cooperation.', ('talks', 'BD IN')),
    ('attache called on the minister', 'Call',
     'The Kazakh military attache called on the Turkish defence minister in Ankara.', ('talks', 'KZ TR')),
    ('air staff chief received', 'Visit',
     'The Chief of the Air Staff of Pakistan received a delegation from Azerbaijan.', ('talks', 'AZ PK')),
    ('called on to resign', 'Opposition',
     'The opposition called on the defence minister of Georgia to resign over the deal with Poland.', None),
    ('called on to stop', 'Appeal',
     'Armenia called on the president of Azerbaijan to stop the shelling, the defence ministry said.', None),
    ('called on to withdraw', 'Appeal',
     'Georgia called on the defence minister of Russia to withdraw troops, the Polish ambassador said.', None),
]

TR = [
    ('konuk etti', 'Ziyaret', "Milli Savunma Bakanı, Kazakistan Savunma Bakanını Ankara'da konuk etti.",
     ('talks', 'KZ TR')),
    ('konuk edecek', 'Ziyaret', "Milli Savunma Bakanı, Kazakistan Savunma Bakanını gelecek hafta konuk edecek.",
     None),
]

test_en = probe_grid("en", EN)
test_tr = probe_grid("tr", TR)
