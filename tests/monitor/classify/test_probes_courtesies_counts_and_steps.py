"""What only looks like defence talks or a ratification, in every language with rules (issue 15, item 3).

Written for these tests, in the words of each language's press:
- greetings, congratulations or condolences exchanged by two defence ministers, in a story that names no
  cooperation: a courtesy, not talks on military cooperation (SCHEMA.md); the same call that also
  discusses cooperation stays talks;
- meetings counted or told as a habit ("have met five times", "meet regularly"): a summary, not one meeting;
- a visit or a meeting postponed, called off or told in the negative ("did not meet"): it has not taken place;
- a minister visiting a state's national pavilion at an arms fair, or a unit of his own forces where he sees
  equipment "made in" another state, or a factory abroad where he meets no one of that state: its makers, not
  the state, are named or visited;
- a government approving an agreement "yet to be signed": an authorisation to sign (SCHEMA.md);
- two defence ministers at a meeting of a contact group or coalition of states, or a minister meeting the
  military attachés of foreign states as a corps, or two ministers speaking at a named security conference
  or dialogue: a multilateral gathering;
- a memorandum of the University of Granada (the Spanish city, whose name CLDR also gives Grenada in es, pt)
  with a foreign university: no state, no act; nor are a grenade (fr "grenade", Grenada's name) or a man
  called Mauricio (es, Mauritius's name) a third state beside a pair;
- former or retired officials meeting: they hold no office, so no talks for their states;
- officials meeting about peacekeeping, detainees or hostages in a story that names no cooperation: they
  settle a conflict's affairs, they do not cooperate;
- foreign ministers ("chanceleres") signing a memorandum that names defence among its topics: civil officials;
- ministers of the economy or trade discussing the defence industry: civil officials, not defence talks;
- an interview in which an official speaks of his talks: the interview is the story;
- a bill on ratification submitted, tabled or sent to parliament with no word of approval: a step, the vote is
  still to come (a government that approves the agreement and sends it to parliament approves it: SCHEMA.md's
  "government approves", as dev's labels read it); the first of two chambers passing it, or a parliament
  rejecting it or not ratifying it, is no ratification either.
Each grid opens with a plain act the language reads as one, so that a negative is not passed by reading
nothing. Expected: None (not flagged) or (kind, "AA BB").
"""

import pytest

from tests.monitor.classify.conftest import check_probe

_GRID = {
    'en': [
        ('pos_talks', '', 'The defence ministers of Georgia and Poland met in Tbilisi on Monday to discuss military cooperation.',
         ('talks', 'GE PL')),
        ('call_greetings', '', 'The defence ministers of Georgia and Poland spoke on the phone and congratulated each other on the holiday.',
         None),
        ('call_condolences', '', 'Poland\'s defence minister phoned his Georgian counterpart to express condolences over the flood victims.',
         None),
        ('call_greetings_and_cooperation', '',
         'The defence ministers of Georgia and Poland spoke on the phone, exchanged holiday greetings and discussed military cooperation.',
         ('talks', 'GE PL')),
        ('counted', '', 'The chiefs of general staff of Azerbaijan and Turkey have met five times this year.', None),
        ('regularly', '', 'The defence ministers of Kazakhstan and Uzbekistan meet regularly to review joint projects.', None),
        ('postponed', '', 'Azerbaijan\'s defence minister has postponed his visit to Pakistan, the ministry said.', None),
        ('called_off', '', 'The meeting of the Azerbaijani and Turkish defence ministers planned in Baku was called off.', None),
        ('economy_ministers', '', 'The economy ministers of Azerbaijan and Turkey met in Baku and discussed cooperation in the defence industry.',
         None),
        ('trade_ministers', '', 'The trade ministers of Turkey and Pakistan met in Ankara to talk about military exports.', None),
        ('interview', '', 'In an interview with a news agency, Azerbaijan\'s defence minister spoke of his recent talks with his Turkish counterpart.',
         None),
        ('pos_ratified', '', 'The Serbian parliament ratified the defence cooperation agreement with Greece on Tuesday.',
         ('agreement_ratified', 'GR RS')),
        ('bill_approved_and_submitted', '',
         'The Bulgarian government approved and submitted to parliament a bill ratifying the defence cooperation agreement with Greece.',
         ('agreement_ratified', 'BG GR')),
        ('bill_submitted_by_president', '',
         'Ukraine\'s president submitted to the Verkhovna Rada a bill on ratifying the defence agreement with Latvia.', None),
        ('bill_tabled', '', 'A bill ratifying the military agreement between Serbia and Greece was tabled in parliament.', None),
        ('bill_passed', '', 'Parliament passed a bill ratifying the military cooperation agreement between Serbia and Greece.',
         ('agreement_ratified', 'GR RS')),
        ('did_not_meet', '', 'The defence ministers of Azerbaijan and Armenia did not meet in Brussels, contrary to earlier reports.', None),
        ('talks_did_not_take_place', '', 'The planned talks between the defence ministers of Greece and Turkey did not take place.', None),
        ('pavilion', '', 'Azerbaijan\'s defence minister visited the Turkish pavilion at the defence exhibition in Baku.', None),
        ('contact_group', '', 'The defence ministers of Ukraine and Germany attended the meeting of the Ukraine Defense Contact Group at Ramstein.',
         None),
        ('attache_corps', '',
         'The defence minister met military attachés of foreign countries accredited in Azerbaijan, the Turkish attaché, dean of the corps, among them.',
         None),
        ('dialogue_forum', '', 'India\'s defence minister and his Australian counterpart both spoke at the Shangri-La Dialogue in Singapore.',
         None),
        ('sidelines_of_conference', '',
         'On the sidelines of the Munich Security Conference, the defence ministers of Azerbaijan and Turkey held a bilateral meeting.',
         ('talks', 'AZ TR')),
        ('former_ministers', '', 'Former defence ministers of Azerbaijan and Turkey met in Istanbul at a veterans\' forum.', None),
        ('first_chamber', '',
         'The Romanian Senate, the first chamber to debate it, adopted the bill ratifying the military agreement with Poland.', None),
        ('rejected', '', 'The parliament of Serbia rejected the ratification of the defence agreement with Russia.', None),
        ('peacekeepers', '',
         'Azerbaijan\'s deputy defence minister met the commander of the Russian peacekeeping contingent to discuss the situation in Karabakh.',
         None),
        ('detainees', '', 'Azerbaijani and Armenian defence officials met on the border to exchange detainees.', None),
        ('unit_made_in', '',
         'Azerbaijan\'s defence minister visited a military unit in the liberated territories, where he inspected drones made in Turkey.',
         None),
        ('unit_state_made', '', 'Azerbaijan\'s defence minister inspected Turkish-made drones during a visit to an air force unit.', None),
        ('talks_about_made', '', 'The defence ministers of Azerbaijan and Turkey met in Baku and discussed the supply of Turkish-made drones.',
         ('talks', 'AZ TR')),
        ('habit_in_its_own_clause', '', 'The defence ministers of Azerbaijan and Turkey, who meet regularly, held talks in Baku on Tuesday.',
         ('talks', 'AZ TR')),
        ('factory_in_visited', '', "Azerbaijan's defence minister visited the Baykar drone factory in Turkey.", None),
        ('plant_in_visited', '',
         "Brazil's defence minister visited the Saab plant in Sweden where the Gripen fighters are built.",
         None),
        ('factory_and_counterpart_visited', '',
         "Azerbaijan's defence minister met his Turkish counterpart and visited the Baykar drone factory in Turkey.",
         ('talks', 'AZ TR')),
    ],
    'az': [
        ('pos_talks', '', 'Azərbaycan və Türkiyə müdafiə nazirləri Bakıda görüşərək hərbi əməkdaşlıq məsələlərini müzakirə ediblər.',
         ('talks', 'AZ TR')),
        ('call_greetings', '', 'Azərbaycan və Türkiyə müdafiə nazirləri telefonla danışaraq bayram münasibətilə bir-birini təbrik ediblər.',
         None),
        ('counted', '', 'Azərbaycan və Türkiyə baş qərargah rəisləri bu il beş dəfə görüşüblər.', None),
        ('postponed', '', 'Azərbaycan müdafiə nazirinin Pakistana səfəri təxirə salınıb.', None),
        ('economy_ministers', '', 'Azərbaycan və Türkiyə iqtisadiyyat nazirləri Bakıda görüşərək müdafiə sənayesində əməkdaşlığı müzakirə ediblər.',
         None),
        ('interview', '', 'Müdafiə naziri agentliyə verdiyi müsahibədə türkiyəli həmkarı ilə son görüşündən danışıb.', None),
        ('invited_to_visit', '', 'Azərbaycanın müdafiə naziri Pakistana səfər etmək dəvətini qəbul edib.', None),
        ('meeting_did_not_take_place', '', 'Azərbaycan və Ermənistan müdafiə nazirlərinin Brüsseldə görüşü baş tutmayıb.', None),
        ('pavilion', '', 'Müdafiə naziri sərgidə Türkiyə pavilyonunu ziyarət edib.', None),
        ('contact_group', '', 'Ukrayna və Almaniya müdafiə nazirləri Ramşteyn formatında keçirilən görüşdə iştirak ediblər.', None),
        ('attache_corps', '', 'Müdafiə naziri Bakıda xidmət edən xarici ölkələrin hərbi attaşeləri, o cümlədən Türkiyə attaşesi ilə görüşüb.',
         None),
        ('ambassador_pos', '', 'Müdafiə naziri Azərbaycanda akkreditə olunmuş Türkiyə səfirini qəbul edib, hərbi əməkdaşlığı müzakirə ediblər.',
         ('talks', 'AZ TR')),
        ('former_ministers', '', 'Azərbaycan və Türkiyənin keçmiş müdafiə nazirləri İstanbulda veteranlar forumunda görüşüblər.', None),
        ('peacekeepers', '',
         'Müdafiə nazirinin müavini Rusiya sülhməramlı kontingentinin komandanı ilə görüşərək Qarabağdakı vəziyyəti müzakirə edib.', None),
        ('unit_made_in', '', 'Müdafiə naziri hərbi hissədə olub, Türkiyə istehsalı olan pilotsuz uçuş aparatları ilə tanış olub.', None),
        ('factory_visited', '',
         'Azərbaycanın müdafiə naziri Türkiyədə pilotsuz uçuş aparatları zavodunu ziyarət edib.',
         None),
    ],
    'tr': [
        ('pos_talks', '', 'Türkiye ve Azerbaycan savunma bakanları Ankara\'da görüşerek askeri işbirliğini ele aldı.', ('talks', 'AZ TR')),
        ('call_greetings', '', 'Türkiye ve Azerbaycan savunma bakanları telefonda görüşerek birbirlerinin bayramını kutladı.', None),
        ('postponed', '', 'Milli Savunma Bakanının Pakistan ziyareti ertelendi.', None),
        ('trade_ministers', '', 'Türkiye ve Pakistan ticaret bakanları Ankara\'da savunma sanayiinde işbirliğini görüştü.', None),
        ('stand', '', 'Milli Savunma Bakanı fuarda Azerbaycan standını ziyaret etti.', None),
        ('former_ministers', '', 'Türkiye ve Azerbaycan\'ın eski savunma bakanları İstanbul\'da bir araya geldi.', None),
        ('unit_made_in', '', 'Azerbaycan Savunma Bakanı, Türk yapımı insansız hava araçlarını bir hava birliğinde inceledi.', None),
        ('factory_visited', '', "Azerbaycan Savunma Bakanı, Türkiye'deki Baykar fabrikasını ziyaret etti.", None),
    ],
    'ru': [
        ('pos_talks', '', 'Министры обороны России и Белоруссии провели переговоры в Минске о военном сотрудничестве.', ('talks', 'BY RU')),
        ('call_greetings', '', 'Министры обороны Казахстана и Узбекистана провели телефонный разговор и поздравили друг друга с праздником.',
         None),
        ('postponed', '', 'Визит министра обороны Казахстана в Узбекистан перенесён на осень.', None),
        ('counted', '', 'Министры обороны Армении и России за этот год встречались пять раз.', None),
        ('economy_ministers', '', 'Министры экономики России и Казахстана обсудили в Астане сотрудничество в оборонной промышленности.',
         None),
        ('did_not_meet', '', 'Министры обороны Армении и Азербайджана не встречались в Брюсселе.', None),
        ('contact_group', '', 'Министры обороны Украины и Германии приняли участие в заседании контактной группы в Рамштайне.', None),
        ('attache_corps', '', 'Министр обороны встретился с военными атташе иностранных государств, среди них атташе Турции.', None),
        ('former_ministers', '', 'Бывшие министры обороны России и Казахстана встретились в Алматы на форуме ветеранов.', None),
        ('peacekeepers', '',
         'Замминистра обороны Азербайджана встретился с командующим российским миротворческим контингентом и обсудил обстановку в Карабахе.',
         None),
    ],
    'uk': [
        ('pos_ratified', '', 'Верховна Рада ратифікувала угоду про співробітництво в галузі оборони між Україною та Литвою.',
         ('agreement_ratified', 'LT UA')),
        ('bill_approved_and_submitted', '',
         'Кабінет Міністрів схвалив та подав до Верховної Ради законопроект про ратифікацію угоди з Польщею про військове співробітництво.',
         ('agreement_ratified', 'PL UA')),
        ('bill_submitted_by_president', '',
         'Президент вніс до Верховної Ради законопроект про ратифікацію угоди з Латвією про оборонне співробітництво.', None),
        ('call_greetings', '', 'Міністри оборони України та Литви провели телефонну розмову та привітали одне одного зі святом.', None),
        ('postponed', '', 'Візит міністра оборони Литви до України перенесли на наступний місяць.', None),
        ('not_ratified', '', 'Верховна Рада не ратифікувала угоду про військове співробітництво з Білоруссю.', None),
        ('factory_visited', '', 'Міністр оборони Литви відвідав оборонний завод в Україні.', None),
    ],
    'kk': [
        ('pos_talks', '', 'Қазақстан мен Өзбекстан қорғаныс министрлері Астанада кездесіп, әскери ынтымақтастықты талқылады.',
         ('talks', 'KZ UZ')),
        ('call_greetings', '', 'Қазақстан мен Өзбекстан қорғаныс министрлері телефон арқылы сөйлесіп, бір-бірін мерекемен құттықтады.',
         None),
        ('postponed', '', 'Қазақстан қорғаныс министрінің Өзбекстанға сапары кейінге қалдырылды.', None),
    ],
    'hy': [
        ('pos_talks', '', 'Հայաստանի և Ֆրանսիայի պաշտպանության նախարարները Երևանում հանդիպել են և քննարկել ռազմական համագործակցությունը։',
         ('talks', 'AM FR')),
        ('call_greetings', '', 'Հայաստանի և Ֆրանսիայի պաշտպանության նախարարները հեռախոսազրույց են ունեցել և շնորհավորել միմյանց տոնի առթիվ։',
         None),
        ('postponed', '', 'Հայաստանի պաշտպանության նախարարի այցը Ֆրանսիա հետաձգվել է։', None),
    ],
    'el': [
        ('pos_ratified', '', 'Η Βουλή κύρωσε τη συμφωνία αμυντικής συνεργασίας μεταξύ Ελλάδας και Γαλλίας.', ('agreement_ratified', 'FR GR')),
        ('call_greetings', '', 'Οι υπουργοί Άμυνας Ελλάδας και Κύπρου είχαν τηλεφωνική επικοινωνία και αντάλλαξαν ευχές για τις γιορτές.',
         None),
        ('pos', '',
         'Οι υπουργοί Άμυνας Ελλάδας και Κύπρου συναντήθηκαν χθες στη Λευκωσία και συζήτησαν την αμυντική συνεργασία.',
         ('talks', 'CY GR')),
        ('postponed', '', 'Η επίσκεψη του υπουργού Άμυνας της Ελλάδας στην Κύπρο αναβλήθηκε.', None),
        ('former', '', 'Οι πρώην υπουργοί Άμυνας Ελλάδας και Κύπρου συναντήθηκαν στη Λευκωσία.', None),
    ],
    'fr': [
        ('pos_signed', '', 'Les ministres de la Défense de la France et du Maroc ont signé hier à Paris un accord de coopération militaire.',
         ('agreement_signed', 'FR MA')),
        ('call_greetings', '', 'Les ministres de la Défense de la France et du Maroc se sont entretenus par téléphone pour échanger leurs vœux de nouvel an.',
         None),
        ('pos', '',
         'Les ministres de la Défense de la France et de la Grèce se sont rencontrés hier à Athènes pour discuter de la coopération militaire.',
         ('talks', 'FR GR')),
        ('postponed', '', 'La visite du ministre français de la Défense en Inde a été reportée.', None),
        ('counted', '',
         "Les ministres de la Défense de la France et de l'Inde se sont rencontrés cinq fois cette année.",
         None),
        ('former', '',
         "Les anciens ministres de la Défense de la France et de l'Allemagne se sont rencontrés à Strasbourg.",
         None),
        ('interview', '',
         'Dans une interview au Monde, le ministre de la Défense a évoqué ses entretiens avec son homologue indien.',
         None),
        ('grenades', '',
         'Les ministres de la Défense de la France et du Maroc ont signé un accord de coopération militaire portant aussi sur les grenades.',
         ('agreement_signed', 'FR MA')),
        ('factory_visited', '', "Le ministre marocain de la Défense a visité une usine d'armement en France.", None),
    ],
    'es': [
        ('pos_signed', '', 'Los ministros de Defensa de España y Marruecos firmaron ayer en Madrid un acuerdo de cooperación militar.',
         ('agreement_signed', 'ES MA')),
        ('call_greetings', '', 'Los ministros de Defensa de España y Portugal hablaron por teléfono para felicitarse por las fiestas.', None),
        ('pos', '',
         'Los ministros de Defensa de España y Marruecos se reunieron ayer en Rabat para hablar de cooperación militar.',
         ('talks', 'ES MA')),
        ('postponed', '', 'La visita de la ministra de Defensa española a Marruecos ha sido aplazada.', None),
        ('counted', '', 'Los ministros de Defensa de España y Portugal se han reunido cinco veces este año.', None),
        ('former', '', 'Los ex ministros de Defensa de España y Portugal se reunieron en un foro en Lisboa.', None),
        ('granada_university', '',
         'La Universidad de Granada y la Universidad Nacional de Colombia firmaron un convenio de colaboración en estudios de seguridad y defensa.',
         None),
        ('first_name_mauricio', '', 'El ministro de Defensa de Argentina, Mauricio Pérez, se reunió con su homólogo chileno.',
         ('talks', 'AR CL')),
        ('factory_visited', '', 'El ministro de Defensa de Perú visitó una fábrica de aviones en Corea del Sur.', None),
    ],
    'bg': [
        ('pos_ratified', '', 'Народното събрание ратифицира вчера споразумението за военно сътрудничество между България и Гърция.',
         ('agreement_ratified', 'BG GR')),
        ('approved_yet_to_sign', '',
         'Правителството одобри меморандум между министерствата на отбраната на България и Молдова, който предстои да бъде подписан.',
         None),
        ('pos', '',
         'Министрите на отбраната на България и Гърция се срещнаха вчера в София и обсъдиха военното сътрудничество.',
         ('talks', 'BG GR')),
        ('postponed', '', 'Посещението на министъра на отбраната на Гърция в България беше отложено.', None),
        ('former', '', 'Бившите министри на отбраната на България и Гърция се срещнаха в София.', None),
        ('factory_visited', '', 'Министърът на отбраната на Гърция посети оръжеен завод в България.', None),
    ],
    'pt': [
        ('pos_signed', '', 'A Marinha do Brasil e a Marinha Portuguesa assinaram um acordo de cooperação técnica em Lisboa.',
         ('agreement_signed', 'BR PT')),
        ('foreign_ministers', '',
         'Os chanceleres do Brasil e de Portugal assinaram um memorando de consultas políticas que inclui temas de defesa.', None),
        ('pos', '',
         'Os ministros da Defesa de Portugal e de Angola reuniram-se ontem em Luanda para discutir a cooperação militar.',
         ('talks', 'AO PT')),
        ('postponed', '', 'A visita do ministro da Defesa português a Angola foi adiada.', None),
        ('counted', '', 'Os ministros da Defesa de Portugal e de Espanha reuniram-se cinco vezes este ano.', None),
        ('interview', '',
         'Em entrevista à Lusa, o ministro da Defesa falou das conversações com o seu homólogo angolano.',
         None),
        ('granada_university', '',
         'A Universidade de Granada e a Universidade de Coimbra assinaram um protocolo de cooperação em estudos de defesa.', None),
        ('factory_visited', '', 'O ministro da Defesa do Brasil visitou a fábrica da Saab na Suécia.', None),
    ],
    'sr': [
        ('pos_ratified', '', 'Народна скупштина Србије ратификовала је споразум о војној сарадњи са Грчком.', ('agreement_ratified', 'GR RS')),
        ('call_greetings', '', 'Ministri odbrane Srbije i Mađarske razgovarali su telefonom i čestitali jedan drugom praznike.', None),
        ('pos', '',
         'Ministri odbrane Srbije i Mađarske sastali su se juče u Beogradu i razgovarali o vojnoj saradnji.',
         ('talks', 'HU RS')),
        ('postponed', '', 'Poseta ministra odbrane Mađarske Srbiji je odložena.', None),
        ('former', '', 'Bivši ministri odbrane Srbije i Mađarske sastali su se u Beogradu.', None),
    ],
    'it': [
        ('pos', '',
         'I ministri della Difesa di Italia e Grecia si sono incontrati ieri ad Atene per discutere della cooperazione militare.',
         ('talks', 'GR IT')),
        ('postponed', '', 'La visita del ministro della Difesa italiano in Giappone è stata rinviata.', None),
        ('counted', '',
         "I ministri della Difesa di Italia e Francia si sono incontrati cinque volte quest'anno.",
         None),
        ('former', '', 'Gli ex ministri della Difesa di Italia e Francia si sono incontrati a Roma.', None),
    ],
    'de': [
        ('pos', '',
         'Die Verteidigungsminister Deutschlands und Polens trafen sich gestern in Berlin, um über die militärische Zusammenarbeit zu beraten.',
         ('talks', 'DE PL')),
        ('postponed', '', 'Der Besuch des deutschen Verteidigungsministers in Polen wurde verschoben.', None),
        ('former', '', 'Die ehemaligen Verteidigungsminister Deutschlands und Polens trafen sich in Berlin.', None),
        ('greet', '',
         'Die Verteidigungsminister Deutschlands und Polens telefonierten und gratulierten einander zum Feiertag.',
         None),
    ],
    'pl': [
        ('pos', '',
         'Ministrowie obrony Polski i Litwy spotkali się wczoraj w Wilnie i rozmawiali o współpracy wojskowej.',
         ('talks', 'LT PL')),
        ('postponed', '', 'Wizyta ministra obrony Polski na Litwie została przełożona.', None),
        ('former', '', 'Byli ministrowie obrony Polski i Litwy spotkali się w Wilnie.', None),
    ],
    'ro': [
        ('pos', '',
         'Miniștrii apărării din România și Polonia s-au întâlnit ieri la București și au discutat cooperarea militară.',
         ('talks', 'PL RO')),
        ('postponed', '', 'Vizita ministrului apărării din Polonia în România a fost amânată.', None),
        ('former', '', 'Foștii miniștri ai apărării din România și Polonia s-au întâlnit la București.', None),
    ],
    'ka': [
        ('postponed', '', 'საქართველოს თავდაცვის მინისტრის ვიზიტი თურქეთში გადაიდო.', None),
    ],
    'uz': [
        ('postponed', '', "O'zbekiston mudofaa vazirining Qozog'istonga tashrifi keyinga qoldirildi.", None),
    ],
    'ar': [
        ('postponed', '', 'تم تأجيل زيارة وزير الدفاع المصري إلى الأردن.', None),
    ],
}

_CASES = [(lang, *probe) for lang, probes in _GRID.items() for probe in probes]


@pytest.mark.parametrize("lang, principle, title, text, expected", _CASES,
                         ids=[f"{case[0]}-{case[1]}" for case in _CASES])
def test_courtesies_counts_and_steps(lang, principle, title, text, expected):
    check_probe(title, text, expected and (expected[0], tuple(expected[1].split())), lang=lang)
