"""A body the two defence establishments hold together, named by its defence subject (a military
dialogue, a working group on defence cooperation, a joint military commission or committee), meets
as talks (SCHEMA.md: talks include holding a working group on military cooperation) even when the
story names no minister, ministry or army beside it; the same body on trade is no defence, a round
still to come is not an event, a bloc's working group is no bilateral talks, and civil officials
(foreign ministers) who discuss such a body hold no defence talks. Sentences written
for these tests.

Each entry: (principle, headline, text, expected main event: None or (kind, pair)).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    ('dialogue meeting held', 'Meeting',
     'The Turkey-Kazakhstan high-level military dialogue meeting was held in Ankara.', ('talks', 'KZ TR')),
    ('round of the defence dialogue', 'Dialogue',
     'The third round of the defence dialogue between Georgia and the United Kingdom took place in London.',
     ('talks', 'GB GE')),
    ('working group on defence cooperation met', 'JWG',
     'The India-Armenia joint working group on defence cooperation met in Yerevan this week.', ('talks', 'AM IN')),
    ('defence working group of two adjectives', 'Group',
     'Members of the Azerbaijani-Pakistani defence working group met in Islamabad on Monday.', ('talks', 'AZ PK')),
    ('commission held its session', 'Commission',
     'The joint military commission of Uzbekistan and Turkey held its annual session in Tashkent.',
     ('talks', 'TR UZ')),
    ('committee convened', 'Committee',
     'The Georgia-Poland military cooperation committee convened in Warsaw to review joint projects.',
     ('talks', 'GE PL')),
    ('commission on trade', 'Commission',
     'The Uzbekistan-Turkey intergovernmental commission on trade held its session in Tashkent.', None),
    ('political dialogue of foreign ministers', 'Dialogue',
     'The foreign ministers of Georgia and Poland held a political dialogue in Warsaw.', None),
    ('dialogue round to come', 'Dialogue',
     'The next round of the defence dialogue between Georgia and the United Kingdom will take place in London '
     'next month.', None),
    ('commission is to meet', 'Commission',
     'The joint military commission of Uzbekistan and Turkey is to meet in Tashkent in May.', None),
    ("one state's parliamentary committee", 'Committee',
     "Georgia's parliamentary committee on defence and security met to discuss the military budget.", None),
    ("a bloc's working group", 'Group',
     'The CSTO working group on military cooperation met in Minsk with delegations of six member states.', None),
    ('foreign ministers discussed the military dialogue', 'Talks',
     'The foreign ministers of Georgia and Poland discussed the military dialogue between their countries.', None),
    ('a military tribunal convened', 'Tribunal',
     'A US military commission convened at Guantanamo to hear the case of a Yemeni detainee.', None),
]

TR = [
    ('askeri diyalog toplantısı yapıldı', 'Toplantı',
     "Türkiye ile Kazakistan arasında askeri diyalog toplantısı Ankara'da yapıldı.", ('talks', 'KZ TR')),
    ('headline only', 'Türkiye-Gürcistan Yüksek Düzeyli Askeri Diyalog Toplantısı yapıldı', '', ('talks', 'GE TR')),
    ('çalışma grubu gerçekleştirildi', 'Toplantı',
     "Türkiye-Pakistan savunma işbirliği çalışma grubu toplantısı İslamabad'da gerçekleştirildi.",
     ('talks', 'PK TR')),
    ('komite toplandı', 'Komite',
     "Türkiye ile Özbekistan askeri işbirliği komitesi Taşkent'te toplandı.", ('talks', 'TR UZ')),
    ('yapılacak', 'Toplantı',
     "Türkiye ile Kazakistan arasında askeri diyalog toplantısı gelecek ay Ankara'da yapılacak.", None),
    ('karma ekonomik komisyon', 'Komisyon',
     "Türkiye ile Özbekistan karma ekonomik komisyonu Taşkent'te toplandı.", None),
    ('dışişleri bakanları', 'Görüşme',
     'Türkiye ve Gürcistan dışişleri bakanları askeri diyalog mekanizmasını görüştü.', None),
    ('NATO', 'Toplantı', "NATO askeri diyalog toplantısı Brüksel'de 30 ülkenin katılımıyla yapıldı.", None),
]

RU = [
    ('рабочая группа', 'Встреча',
     'В Минске состоялось заседание белорусско-казахстанской рабочей группы по военному сотрудничеству.',
     ('talks', 'BY KZ')),
    ('раунд военного диалога', 'Диалог',
     'В Ереване прошел очередной раунд армяно-греческого военного диалога.', ('talks', 'AM GR')),
    ('комиссия по ВТС', 'Заседание',
     'Заседание российско-узбекской межправительственной комиссии по военно-техническому сотрудничеству '
     'прошло в Ташкенте.', ('talks', 'RU UZ')),
    ('комиссия по торговле', 'Заседание',
     'Заседание российско-узбекской межправительственной комиссии по торговле прошло в Ташкенте.', None),
    ('пройдет', 'Заседание',
     'Заседание российско-узбекской рабочей группы по военному сотрудничеству пройдет в Ташкенте в мае.', None),
    ('министры иностранных дел о рабочей группе', 'Переговоры',
     'Министры иностранных дел Армении и Греции обсудили работу рабочей группы по военному сотрудничеству.', None),
    ('ОДКБ', 'Заседание',
     'В Минске прошло заседание рабочей группы ОДКБ по военному сотрудничеству с участием шести государств.',
     None),
]

UK = [
    ('робоча група', 'Засідання',
     'У Києві відбулося засідання українсько-литовської робочої групи з питань оборонного співробітництва.',
     ('talks', 'LT UA')),
    ('комітет', 'Засідання',
     'Відбулося засідання українсько-польського комітету з питань військового співробітництва.', ('talks', 'PL UA')),
]

AZ = [
    ('işçi qrupu', 'İclas',
     'Bakıda Azərbaycan-Pakistan hərbi əməkdaşlıq üzrə işçi qrupunun iclası keçirilib.', ('talks', 'AZ PK')),
    ('hərbi dialoq', 'Dialoq',
     'Azərbaycan və Türkiyə arasında yüksək səviyyəli hərbi dialoq görüşü Bakıda keçirilib.', ('talks', 'AZ TR')),
    ('keçiriləcək', 'İclas',
     'Azərbaycan-Pakistan hərbi əməkdaşlıq üzrə işçi qrupunun iclası gələn ay Bakıda keçiriləcək.', None),
]

KK = [
    ('жұмыс тобы', 'Отырыс',
     'Астанада қазақстан-өзбек әскери ынтымақтастық жөніндегі жұмыс тобының отырысы өтті.', ('talks', 'KZ UZ')),
]

FR = [
    ('groupe de travail', 'Réunion',
     "Le groupe de travail franco-marocain sur la coopération militaire s'est réuni à Rabat.", ('talks', 'FR MA')),
    ('dialogue militaire', 'Dialogue',
     "Le dialogue militaire entre la France et l'Arménie s'est tenu à Erevan.", ('talks', 'AM FR')),
    ('commission sur le commerce', 'Réunion',
     "La commission mixte franco-marocaine sur le commerce s'est réunie à Rabat.", None),
]

DE = [
    ('Arbeitsgruppe tagte', 'Treffen',
     'Die deutsch-polnische Arbeitsgruppe für militärische Zusammenarbeit tagte in Warschau.', ('talks', 'DE PL')),
    ('Arbeitsgruppe für Handel', 'Treffen', 'Die deutsch-polnische Arbeitsgruppe für Handel tagte in Warschau.', None),
]

ES = [
    ('grupo de trabajo', 'Reunión',
     'El grupo de trabajo hispano-marroquí de cooperación militar se reunió en Madrid.', ('talks', 'ES MA')),
    ('cooperación económica', 'Reunión',
     'El grupo de trabajo hispano-marroquí de cooperación económica se reunió en Madrid.', None),
]

IT = [
    ('gruppo di lavoro', 'Riunione',
     'Il gruppo di lavoro italo-albanese sulla cooperazione militare si è riunito a Tirana.', ('talks', 'AL IT')),
    ('si riunirà', 'Riunione',
     'Il gruppo di lavoro italo-albanese sulla cooperazione militare si riunirà a Tirana il mese prossimo.', None),
]

PT = [
    ('grupo de trabalho', 'Reunião',
     'O grupo de trabalho luso-angolano de cooperação militar reuniu-se em Luanda.', ('talks', 'AO PT')),
    ('cooperação económica', 'Reunião',
     'O grupo de trabalho luso-angolano de cooperação económica reuniu-se em Luanda.', None),
]

test_en = probe_grid("en", EN)
test_fr = probe_grid("fr", FR)
test_de = probe_grid("de", DE)
test_es = probe_grid("es", ES)
test_it = probe_grid("it", IT)
test_pt = probe_grid("pt", PT)
test_tr = probe_grid("tr", TR)
test_ru = probe_grid("ru", RU)
test_uk = probe_grid("uk", UK)
test_az = probe_grid("az", AZ)
test_kk = probe_grid("kk", KK)
