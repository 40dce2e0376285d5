"""Who only looks like a party to a bilateral defence act, in the languages with rules (issue 15, item 3).

Written for these tests, in the words of each language's press:
- a state named as a person's citizenship ("a Swiss national", "гражданин Турции", "İsviçre vatandaşı",
  "un ressortissant suisse"): a person, not a state, is met or attends; the state is no party. The national
  defence ministry or the national team of a state still names that state;
- an attaché or an envoy received on a farewell or an introductory call, in a story that names no cooperation:
  a courtesy of his posting (as greetings are), not talks on military cooperation; the same call that also
  discusses cooperation stays talks (SCHEMA.md), and so does an outgoing envoy received with no purpose told
  (test_probes_not_bilateral_acts);
- a reception an envoy gives to mark his state's holiday (Independence Day, the national day), attended by a
  defence minister, in a story that names no cooperation: a courtesy; praising cooperation there is talks;
- cadets, students, journalists or pupils visiting another state's academy, units or training centre: a study
  trip or a press tour, no talks between defence officials (SCHEMA.md); an official named first ("the
  commandant, with a group of cadets") or ministers who meet and then speak to journalists stay talks; a
  minister who receives another state's journalists meets no official of that state;
- a civil university, a municipality or a region that signs, named by its state's adjective ("a universidade
  portuguesa de Coimbra", "la région française Sud", "il comune italiano di Bari"), or a firm named as "le
  groupe français": the body signs, not its state, so no act between two states; a region named as the
  venue ("na província angolana do Namibe") and two military academies stay acts;
- Arabic "مالي" as the adjective "financial" ("دعم مالي", "مستشار مالي"): no Mali, which is read where a
  preposition or "Republic" governs the word ("جمهورية مالي", "في مالي") or a counterpart is Malian;
Each grid opens with a plain act the language reads as one, so that a negative is not passed by reading
nothing. Expected: None (not flagged) or (kind, "AA BB").
"""

import pytest

from tests.monitor.classify.conftest import check_probe

_GRID = {
    'en': [
        ('pos_talks', 'The defence ministers of Georgia and Poland met in Tbilisi on Monday to discuss military cooperation.',
         ('talks', 'GE PL')),
        ('citizen_received',
         "Azerbaijan's defence minister received a Turkish citizen who had given old army photographs to the museum.", None),
        ('national_beside_a_signing',
         'A Swiss national was detained near an army base in Azerbaijan, its defence ministry said, after it signed an agreement with Turkey.',
         ('agreement_signed', 'AZ TR')),
        ('nationals_attending',
         "Azerbaijan's defence ministry signed a military cooperation agreement with Turkey; two Swiss nationals attended as observers.",
         ('agreement_signed', 'AZ TR')),
        ('national_defence_pos', 'Turkish National Defence Minister and his Azerbaijani counterpart met in Ankara to discuss military cooperation.',
         ('talks', 'AZ TR')),
        ('attache_farewell',
         "Azerbaijan's defence minister received Pakistan's military attaché, who came on a farewell call before leaving Baku.", None),
        ('attache_introductory', "France's new defence attaché paid an introductory call on Georgia's chief of defence forces.",
         None),
        ('attache_farewell_and_cooperation',
         "Azerbaijan's defence minister received Pakistan's military attaché on a farewell call; they discussed military cooperation.",
         ('talks', 'AZ PK')),
        ('cadets_visit', "Cadets of the Turkish military academy visited Azerbaijan's higher military school in Baku.", None),
        ('students_visit', "Students of Kazakhstan's national defence university visited army units in Uzbekistan last week.", None),
        ('journalists_visit', "A group of Turkish journalists toured the Azerbaijani army's training centre near Ganja.", None),
        ('commandant_with_cadets',
         "The commandant of the Turkish military academy, with a group of cadets, visited Azerbaijan's military school and "
         "met its head to discuss cooperation.", ('talks', 'AZ TR')),
        ('ministers_then_journalists', 'The defence ministers of Azerbaijan and Turkey met in Baku and afterwards spoke to journalists.',
         ('talks', 'AZ TR')),
        ('minister_met_journalists', "Azerbaijan's defence minister met a group of Turkish journalists visiting Baku.", None),
        ('holiday_reception',
         "Georgia's defence minister attended a reception hosted by the Polish ambassador to mark Poland's Independence Day.", None),
        ('holiday_reception_and_cooperation',
         "Georgia's defence minister attended a reception hosted by the Polish ambassador to mark Poland's Independence Day "
         "and praised military cooperation.", ('talks', 'GE PL')),
    ],
    'ru': [
        ('pos_talks', 'Министры обороны России и Белоруссии провели переговоры в Минске о военном сотрудничестве.', ('talks', 'BY RU')),
        ('citizen_received', 'Министр обороны Азербайджана принял гражданина Турции, подарившего музею старые фотографии.', None),
        ('citizen_attending',
         'Министры обороны Азербайджана и Турции подписали соглашение о военном сотрудничестве; при этом был гражданин Швейцарии.',
         ('agreement_signed', 'AZ TR')),
        ('attache_farewell', 'Министр обороны Азербайджана провёл прощальную встречу с военным атташе Пакистана.', None),
        ('attache_farewell_and_cooperation',
         'Министр обороны Азербайджана провёл прощальную встречу с военным атташе Пакистана, обсуждалось военное сотрудничество.',
         ('talks', 'AZ PK')),
        ('journalists_visit', 'Группа турецких журналистов побывала в учебном центре азербайджанской армии.', None),
        ('ministers_then_journalists',
         'Министры обороны Казахстана и Узбекистана встретились в Ташкенте, а затем ответили на вопросы журналистов.',
         ('talks', 'KZ UZ')),
        ('minister_met_journalists', 'Министр обороны Азербайджана встретился с группой турецких журналистов.', None),
        ('holiday_reception', 'Министр обороны Казахстана посетил приём, устроенный послом Узбекистана по случаю Дня независимости.',
         None),
    ],
    'uk': [
        ('citizen_met', 'Міністр оборони України зустрівся з громадянином Польщі, який подарував армії кілька дронів.', None),
        ('attache_farewell', 'Міністр оборони України провів прощальну зустріч з військовим аташе Польщі.', None),
        ('cadets_visit', 'Курсанти Литовської військової академії відвідали Національну академію сухопутних військ України.', None),
        ('holiday_reception', 'Міністр оборони України відвідав прийом, влаштований послом Польщі з нагоди Дня незалежності.', None),
    ],
    'az': [
        ('pos_talks', 'Azərbaycan və Türkiyə müdafiə nazirləri Bakıda görüşərək hərbi əməkdaşlıq məsələlərini müzakirə ediblər.',
         ('talks', 'AZ TR')),
        ('citizen_received', 'Azərbaycanın müdafiə naziri muzeyə köhnə fotoşəkillər hədiyyə edən Türkiyə vətəndaşını qəbul edib.', None),
        ('attache_farewell', 'Müdafiə naziri Pakistanın hərbi attaşesi ilə vida görüşü keçirib.', None),
        ('attache_introductory', 'Müdafiə naziri yeni təyin olunmuş Fransanın hərbi attaşesi ilə tanışlıq görüşü keçirib.', None),
        ('attache_farewell_and_cooperation',
         'Müdafiə naziri Pakistanın hərbi attaşesi ilə vida görüşü keçirib, hərbi əməkdaşlıq məsələləri müzakirə olunub.',
         ('talks', 'AZ PK')),
        ('journalists_visit', 'Türkiyəli jurnalistlər Azərbaycan Ordusunun təlim mərkəzini ziyarət ediblər.', None),
        ('minister_met_journalists', 'Müdafiə naziri Bakıya səfər edən türkiyəli jurnalistlərlə görüşüb.', None),
    ],
    'tr': [
        ('pos_talks', "Türkiye ve Azerbaycan savunma bakanları Ankara'da görüşerek askeri işbirliğini ele aldı.", ('talks', 'AZ TR')),
        ('citizen_received', 'Azerbaycan Savunma Bakanı, müzeye eski fotoğraflar hediye eden bir Türkiye vatandaşını kabul etti.', None),
        ('attache_farewell', 'Milli Savunma Bakanı, Pakistan askeri ataşesinin veda ziyaretini kabul etti.', None),
        ('attache_introductory', 'Milli Savunma Bakanı, yeni atanan Fransa askeri ataşesinin tanışma ziyaretini kabul etti.', None),
        ('students_visit', "Kazakistan Milli Savunma Üniversitesi öğrencileri Türkiye'deki askeri birlikleri ziyaret etti.", None),
        ('journalists_visit', "Azerbaycanlı gazeteciler Türk Silahlı Kuvvetleri'nin eğitim merkezini ziyaret etti.", None),
    ],
    'fr': [
        ('pos', 'La France et le Maroc ont signé un accord de coopération militaire à Rabat.', ('agreement_signed', 'FR MA')),
        ('citizen_attending', "Un ressortissant suisse était présent à la signature de l'accord de coopération militaire du Maroc.", None),
        ('attache_introductory', "Le ministre des Armées a reçu l'attaché de défense du Maroc pour une visite de présentation.", None),
        ('attache_farewell', "Le chef d'état-major a reçu l'attaché de défense des États-Unis, venu lui faire ses adieux.", None),
        ('university_signs', "L'université française de Bordeaux a signé avec le ministère de la Défense du Maroc une convention "
         "de coopération scientifique.", None),
        ('region_signs', "La région française Sud et le Maroc ont signé un accord de coopération dans l'aéronautique et la défense.",
         None),
        ('group_signs', 'Le groupe français Naval Group a signé un contrat avec la Marine royale marocaine pour des patrouilleurs.',
         None),
        ('region_as_venue', "Dans la région marocaine de l'Oriental, la France et le Maroc ont signé un accord de coopération militaire.",
         ('agreement_signed', 'FR MA')),
        ('working_group_pos',
         'Le groupe de travail franco-marocain sur la défense a signé un plan de coopération militaire entre la France et le Maroc.',
         ('plan_signed', 'FR MA')),
    ],
    'es': [
        ('pos', 'España y Marruecos firmaron un acuerdo de cooperación en materia de defensa en Madrid.', ('agreement_signed', 'ES MA')),
        ('citizen_attending', 'Un ciudadano suizo estuvo presente en la firma del acuerdo de cooperación en defensa de Marruecos.', None),
        ('attache_farewell', 'El jefe del Estado Mayor recibió la visita de despedida del agregado de defensa de Marruecos.', None),
        ('university_signs', 'La universidad española de Granada firmó con el Ministerio de Defensa de Marruecos un convenio de '
         'cooperación académica.', None),
        ('city_signs', 'El ayuntamiento español de Cartagena y la Marina Real de Marruecos firmaron un convenio de hermanamiento.',
         None),
        ('region_as_venue', 'En la región marroquí de Tánger, España y Marruecos firmaron un acuerdo de cooperación en materia de '
         'defensa.', ('agreement_signed', 'ES MA')),
    ],
    'de': [
        ('citizen_attending', 'Ein Schweizer Staatsbürger war bei der Unterzeichnung des Verteidigungsabkommens Polens dabei.', None),
        ('attache_farewell', 'Der Generalinspekteur empfing den polnischen Verteidigungsattaché zu einem Abschiedsbesuch.', None),
        ('journalists_visit', 'Polnische Journalisten besuchten einen Truppenübungsplatz der deutschen Bundeswehr.', None),
    ],
    'ar': [
        ('pos', 'وقعت الجزائر وجمهورية مالي اتفاقية للتعاون العسكري في مجال الدفاع.', ('agreement_signed', 'DZ ML')),
        ('mali_in', 'التقى وزير الدفاع الجزائري في مالي نظيره وبحثا التعاون العسكري بين البلدين.', ('talks', 'DZ ML')),
        ('malian_counterpart', 'التقى وزير الدفاع المصري نظيره المالي وبحثا التعاون العسكري.', ('talks', 'EG ML')),
        ('financial_support', 'وقعت وزارة الدفاع المصرية اتفاقية تعاون عسكري تتضمن دعم مالي للتدريب.', None),
        ('financial_and_technical', 'وقع وزير الدفاع الأردني مذكرة تفاهم للتعاون العسكري، وتشمل المذكرة تقديم دعم مالي وفني.',
         None),
        ('financial_adviser', 'التقى وزير الدفاع الأردني بمستشار مالي لبحث التعاون العسكري.', None),
        ('attache_farewell', 'استقبل وزير الدفاع الأردني الملحق العسكري المصري في زيارة وداعية.', None),
        ('journalists_visit', 'زار وفد من الصحفيين الأردنيين مركز تدريب تابع للقوات المسلحة المصرية.', None),
    ],
    'pt': [
        ('pos', 'Portugal e Angola assinaram um acordo de cooperação no domínio da defesa em Luanda.', ('agreement_signed', 'AO PT')),
        ('attache_farewell', 'O chefe do Estado-Maior recebeu a visita de despedida do adido de defesa de Angola.', None),
        ('university_signs', 'A universidade portuguesa de Coimbra assinou com o Ministério da Defesa de Angola um protocolo de '
         'cooperação na formação de médicos.', None),
        ('municipality_signs', 'A câmara municipal portuguesa de Viseu e o exército angolano assinaram um protocolo de cooperação '
         'cultural.', None),
        ('military_academies', 'A Academia Militar de Portugal e a Academia Militar de Angola assinaram um protocolo de cooperação no '
         'domínio da defesa.', ('agreement_signed', 'AO PT')),
        ('region_as_venue', 'Na província angolana do Namibe, Portugal e Angola assinaram um acordo de cooperação no domínio da '
         'defesa.', ('agreement_signed', 'AO PT')),
    ],
    'it': [
        ('pos', 'Italia e Grecia hanno firmato un accordo di cooperazione nel settore della difesa ad Atene.', ('agreement_signed', 'GR IT')),
        ('attache_farewell', "Il capo di Stato Maggiore ha ricevuto la visita di commiato dell'addetto militare della Grecia.", None),
        ('university_signs', "L'università italiana di Pisa ha firmato con il ministero della Difesa greco un accordo di "
         "collaborazione scientifica.", None),
        ('municipality_signs', "Il comune italiano di Bari e l'esercito albanese hanno firmato un protocollo di amicizia.", None),
        ('region_as_venue', "Nella regione greca dell'Epiro, Italia e Grecia hanno firmato un accordo di cooperazione nel settore "
         "della difesa.", ('agreement_signed', 'GR IT')),
    ],
    'pl': [
        ('attache_farewell', 'Minister obrony Polski przyjął attaché wojskowego Litwy z wizytą pożegnalną.', None),
    ],
    'ro': [
        ('attache_farewell', 'Ministrul apărării l-a primit pe atașatul militar al Poloniei într-o vizită de rămas bun.', None),
    ],
}

_CASES = [(lang, *probe) for lang, probes in _GRID.items() for probe in probes]


@pytest.mark.parametrize("lang, principle, text, expected", _CASES, ids=[f"{case[0]}-{case[1]}" for case in _CASES])
def test_visitors_citizens_and_signatories(lang, principle, text, expected):
    check_probe('', text, expected and (expected[0], tuple(expected[1].split())), lang=lang)
