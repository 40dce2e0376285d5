"""What only looks like defence talks, sentence by sentence (issue 15, precision; session s14, c2).

Written for these tests in each language's press wording; each language opens with a plain talks sentence it reads
(a negative is not passed by reading nothing), and a positive twin keeps each principle honest:
- a defence official meeting another state's interior minister, police, border service, customs, emergency ministry
  or gendarmerie, its intelligence or state security service, or a civil official or person of that state (a governor,
  a mayor, members of parliament, businessmen: ``civil_official``) meets no defence official of that state
  (``detect._security_body_met``); the same official meeting that state's defence minister and its interior minister
  (or its governor), or "the defence and interior ministers" of one state meeting the other's defence minister, holds
  talks;
- a defence official receiving his own state's ambassador or military attaché to another state meets no official of
  that state: it is where the envoy serves (``detect._own_envoy_met``); the other state's ambassador to his own
  state is talks (SCHEMA.md);
- a charity, a foundation, a non-governmental or humanitarian body named with a state's adjective or seat acts for no
  state (``company``, ``detect._company_states``);
- defence ministers who "also attended" a meeting of presidents the lead tells, in a sentence naming no state, sat in
  the leaders' delegations (``detect._attended_a_civil_meeting``); the chiefs of staff attending the defence
  ministers' own meeting, or ministers who met apart, stay talks;
- a state's adjective before a bare "diplomat" ("the UN resident coordinator, the Norwegian diplomat") names a
  person's nationality, as "a Swiss national" does (``citizen_after``);
- and shapes already read right, kept: staff of NATO, the OSCE, the UN or the EU with a national's adjective, a
  company, students, veterans, a diaspora, journalists, presidents or foreign ministers touching security in passing,
  a letter of congratulations or condolences, a reception on a national day, a farewell, a conference where two
  ministers are named, a meeting announced for later or told as background, a minister speaking to the press about
  another state.
Expected: None (not flagged) or (kind, "AA BB")."""

import pytest

from tests.monitor.classify.conftest import check_probe

_GRID = {
    "en": [
        (
            "pos_talks",
            "",
            "Azerbaijan's defence minister met Turkey's chief of general staff in Baku on Tuesday to discuss military cooperation.",
            ("talks", "AZ TR"),
        ),
        (
            "nato_staff_national",
            "",
            "Georgia's defence minister met NATO's deputy assistant secretary general, the Italian diplomat Marco Rossi, in Tbilisi on Tuesday to discuss defence reforms.",
            None,
        ),
        (
            "osce_head_german",
            "",
            "Armenia's defence minister received the head of the OSCE office, a German diplomat, on Monday and discussed regional security.",
            None,
        ),
        (
            "un_staff",
            "",
            "Kazakhstan's deputy defence minister met the UN resident coordinator, a Norwegian national, to discuss peacekeeping training.",
            None,
        ),
        (
            "eu_rep",
            "",
            "Moldova's defence minister met the EU special representative, the Swedish diplomat Anna Berg, on Wednesday.",
            None,
        ),
        (
            "company",
            "",
            "Azerbaijan's defence minister met the chief executive of the Turkish drone maker Baykar in Baku on Tuesday.",
            None,
        ),
        (
            "ngo",
            "",
            "Georgia's defence minister met representatives of a British charity that clears landmines on Monday.",
            None,
        ),
        (
            "red_cross",
            "",
            "Armenia's defence minister met the head of the Swiss-based International Committee of the Red Cross delegation on Monday.",
            None,
        ),
        (
            "interior",
            "",
            "Azerbaijan's defence minister met Turkey's interior minister in Baku on Tuesday and discussed security cooperation.",
            None,
        ),
        (
            "border_police",
            "",
            "Georgia's deputy defence minister met the chief of Turkey's border police on Tuesday to discuss cooperation.",
            None,
        ),
        (
            "customs",
            "",
            "Kazakhstan's defence minister met the head of Uzbekistan's customs committee to discuss cooperation.",
            None,
        ),
        (
            "emergencies",
            "",
            "Azerbaijan's defence minister met Kazakhstan's minister of emergency situations in Baku on Tuesday.",
            None,
        ),
        (
            "students",
            "",
            "Turkey's defence minister met Azerbaijani students studying at Turkish universities on Tuesday.",
            None,
        ),
        (
            "veterans",
            "",
            "Georgia's defence minister met a group of American veterans of the war in Afghanistan in Tbilisi.",
            None,
        ),
        (
            "diaspora",
            "",
            "Azerbaijan's defence minister met members of the Azerbaijani diaspora in Kazakhstan during his visit.",
            None,
        ),
        (
            "journalists",
            "",
            "Kazakhstan's defence minister met a group of Uzbek journalists in Astana on Thursday.",
            None,
        ),
        (
            "presidents_security",
            "",
            "The presidents of Azerbaijan and Kazakhstan met in Baku on Tuesday and discussed trade, energy, transport and regional security.",
            None,
        ),
        (
            "fms_security",
            "",
            "The foreign ministers of Georgia and Poland met in Warsaw on Monday and discussed European integration and security in the Black Sea region.",
            None,
        ),
        (
            "letter",
            "",
            "Azerbaijan's defence minister sent a letter of congratulations to his Turkish counterpart on his appointment.",
            None,
        ),
        (
            "condolence_letter",
            "",
            "Georgia's defence minister sent a letter of condolence to the defence minister of Turkey after the earthquake.",
            None,
        ),
        (
            "reception",
            "",
            "Azerbaijan's deputy defence minister attended a reception held by the Turkish embassy in Baku on the occasion of Republic Day.",
            None,
        ),
        (
            "farewell",
            "",
            "Azerbaijan's defence minister received Turkey's military attaché, who is leaving his post, for a farewell meeting.",
            None,
        ),
        (
            "conference",
            "",
            "The defence ministers of Georgia and Poland were among the speakers at the Warsaw Security Forum, which brought together delegations from 30 countries.",
            None,
        ),
        (
            "multilateral_named",
            "",
            "The defence ministers of Kazakhstan and Uzbekistan attended the meeting of the CIS Council of Defence Ministers in Moscow on Friday.",
            None,
        ),
        (
            "announced_later",
            "",
            "The defence ministers of Azerbaijan and Turkey are due to meet in Ankara next month to discuss military cooperation.",
            None,
        ),
        (
            "announced_later2",
            "",
            "Azerbaijan's defence minister will hold talks with his Turkish counterpart in Ankara later this month.",
            None,
        ),
        (
            "background_last_met",
            "",
            "The ministers last met in March in Baku, when they discussed military education.",
            None,
        ),
        (
            "press_about",
            "",
            "Turkey's defence minister told reporters in Ankara on Tuesday that Azerbaijan's army had grown stronger.",
            None,
        ),
        (
            "press_about2",
            "",
            "Speaking to journalists, Georgia's defence minister commented on Russia's military build-up near the border.",
            None,
        ),
        (
            "own_ambassador",
            "",
            "Azerbaijan's defence minister received Azerbaijan's ambassador to Pakistan on Tuesday and discussed military cooperation.",
            None,
        ),
        ("own_attache", "", "Turkey's defence minister met the Turkish military attaché in Baku on Tuesday.", None),
        (
            "pos_ambassador",
            "",
            "Azerbaijan's defence minister received Turkey's ambassador to Azerbaijan on Tuesday to discuss military cooperation.",
            ("talks", "AZ TR"),
        ),
        (
            "pos_sidelines",
            "",
            "The defence ministers of Georgia and Poland met on the sidelines of the Warsaw Security Forum to discuss bilateral military cooperation.",
            ("talks", "GE PL"),
        ),
        (
            "pos_ngo_and_minister",
            "",
            "Georgia's defence minister met Britain's defence minister and a British charity on Monday to discuss military cooperation.",
            ("talks", "GB GE"),
        ),
        (
            "cooperation_based",
            "",
            "The defence ministers met in Baku to discuss cooperation between Azerbaijan and Turkey based on the 2021 declaration.",
            ("talks", "AZ TR"),
        ),
        (
            "pos_counterpart_and_interior",
            "",
            "Azerbaijan's defence minister met his Turkish counterpart and Turkey's interior minister in Baku on Tuesday.",
            ("talks", "AZ TR"),
        ),
        (
            "pos_both_ministers",
            "",
            "The defence and interior ministers of Azerbaijan met Turkey's defence minister in Baku on Tuesday.",
            ("talks", "AZ TR"),
        ),
        (
            "un_dipl",
            "",
            "Azerbaijan's deputy defence minister met the UN resident coordinator, the Norwegian diplomat Kari Olsen, on Tuesday.",
            None,
        ),
        (
            "eu_dipl",
            "",
            "Georgia's defence minister met the head of the EU monitoring mission, the Polish general Jan Nowak, on Tuesday.",
            None,
        ),
        (
            "icrc_swiss",
            "",
            "Armenia's defence minister met the head of the ICRC delegation, the Swiss diplomat Anna Meier, on Tuesday.",
            None,
        ),
        (
            "nato_dipl",
            "",
            "Azerbaijan's defence minister met NATO's special representative for the South Caucasus, the Italian diplomat Marco Rossi.",
            None,
        ),
        (
            "pos_norwegian_minister",
            "",
            "Azerbaijan's deputy defence minister met the Norwegian defence minister on Tuesday to discuss military cooperation.",
            ("talks", "AZ NO"),
        ),
        (
            "mps",
            "",
            "Azerbaijan's defence minister met a delegation of the Turkish parliament's defence committee in Baku on Tuesday.",
            None,
        ),
        (
            "congressman",
            "",
            "Georgia's defence minister met US Congressman John Smith in Tbilisi on Tuesday to discuss security.",
            None,
        ),
        ("governor", "", "Azerbaijan's defence minister met the governor of Turkey's Kars province on Tuesday.", None),
        ("mayor", "", "Georgia's defence minister met the mayor of Warsaw during his visit to Poland.", None),
        (
            "businessmen",
            "",
            "Azerbaijan's defence minister met a group of Turkish businessmen in Baku on Tuesday.",
            None,
        ),
        ("patriarch", "", "Georgia's defence minister met the Ecumenical Patriarch in Istanbul on Tuesday.", None),
        (
            "intelligence",
            "",
            "Azerbaijan's defence minister met the head of Turkey's national intelligence organisation in Baku on Tuesday.",
            None,
        ),
        (
            "state_security",
            "",
            "Armenia's defence minister met the head of Georgia's State Security Service on Tuesday.",
            None,
        ),
        (
            "president_received",
            "",
            "Azerbaijan's defence minister was received by the President of Turkey in Ankara on Tuesday.",
            ("talks", "AZ TR"),
        ),
        (
            "pos_minister_and_governor",
            "",
            "Azerbaijan's defence minister met Turkey's defence minister and the governor of Kars province on Tuesday.",
            ("talks", "AZ TR"),
        ),
        (
            "pres_delegation",
            "Presidents of Azerbaijan and Kazakhstan meet in Baku",
            "The presidents of Azerbaijan and Kazakhstan held talks in Baku on Tuesday. They discussed trade, energy, transport and regional security. The meeting was also attended by the defence ministers of both countries.",
            None,
        ),
        (
            "inauguration",
            "",
            "Azerbaijan's defence minister attended the inauguration ceremony of the President of Turkey in Ankara on Tuesday.",
            None,
        ),
        (
            "funeral",
            "",
            "Georgia's defence minister attended the funeral of the former Polish defence minister in Warsaw on Tuesday.",
            None,
        ),
        (
            "pres_defence_minister_received",
            "",
            "The President of Kazakhstan received the defence minister of Uzbekistan in Astana on Tuesday and discussed military cooperation.",
            ("talks", "KZ UZ"),
        ),
        (
            "pos_def_meeting_attended",
            "Defence ministers of Azerbaijan and Kazakhstan meet in Baku",
            "The defence ministers of Azerbaijan and Kazakhstan held talks in Baku on Tuesday. They discussed military education. The meeting was also attended by the chiefs of general staff of both countries.",
            ("talks", "AZ KZ"),
        ),
        (
            "pos_pres_then_ministers_met",
            "Presidents of Azerbaijan and Kazakhstan meet in Baku",
            "The presidents of Azerbaijan and Kazakhstan held talks in Baku on Tuesday. They discussed trade and energy. Separately, the defence ministers of the two countries met and discussed military cooperation.",
            ("talks", "AZ KZ"),
        ),
    ],
    "ru": [
        (
            "pos_talks",
            "",
            "Министр обороны Казахстана встретился в Астане с министром обороны Узбекистана и обсудил военное сотрудничество.",
            ("talks", "KZ UZ"),
        ),
        (
            "nato_staff",
            "",
            "Министр обороны Грузии встретился с заместителем помощника генсекретаря НАТО, итальянским дипломатом Марко Росси.",
            None,
        ),
        (
            "osce",
            "",
            "Министр обороны Армении принял главу офиса ОБСЕ, немецкого дипломата, и обсудил вопросы региональной безопасности.",
            None,
        ),
        (
            "company",
            "",
            "Министр обороны Казахстана встретился с руководством турецкой компании Aselsan в Астане.",
            None,
        ),
        (
            "ngo",
            "",
            "Министр обороны Армении встретился с главой делегации Международного комитета Красного Креста, гражданином Швейцарии.",
            None,
        ),
        (
            "interior",
            "",
            "Министр обороны Казахстана встретился с министром внутренних дел Узбекистана и обсудил вопросы безопасности.",
            None,
        ),
        (
            "emergencies",
            "",
            "Министр обороны Кыргызстана провел встречу с министром чрезвычайных ситуаций Таджикистана.",
            None,
        ),
        (
            "customs",
            "",
            "Министр обороны Казахстана встретился с председателем таможенного комитета Узбекистана.",
            None,
        ),
        ("border", "", "Министр обороны Таджикистана встретился с директором пограничной службы Кыргызстана.", None),
        ("students", "", "Министр обороны Беларуси встретился со студентами из Китая, обучающимися в Минске.", None),
        (
            "veterans",
            "",
            "Министр обороны Казахстана встретился с ветеранами из Узбекистана, прибывшими на праздник.",
            None,
        ),
        (
            "presidents",
            "",
            "Президенты Казахстана и Узбекистана провели переговоры в Астане, обсудив торговлю, энергетику и региональную безопасность.",
            None,
        ),
        (
            "fms",
            "",
            "Министры иностранных дел России и Беларуси обсудили в Минске интеграцию и вопросы безопасности.",
            None,
        ),
        (
            "letter",
            "",
            "Министр обороны Казахстана направил поздравительное письмо министру обороны Узбекистана по случаю его назначения.",
            None,
        ),
        (
            "condolence",
            "",
            "Министр обороны Казахстана выразил соболезнования министру обороны Турции в связи с землетрясением.",
            None,
        ),
        (
            "reception",
            "",
            "Заместитель министра обороны Казахстана принял участие в приеме, организованном посольством Узбекистана по случаю Дня независимости.",
            None,
        ),
        (
            "conference",
            "",
            "Министры обороны Казахстана и Узбекистана выступили на международной конференции по безопасности, в которой приняли участие делегации 30 стран.",
            None,
        ),
        ("announced", "", "Министры обороны Казахстана и Узбекистана встретятся в Ташкенте в следующем месяце.", None),
        (
            "announced2",
            "",
            "Ожидается, что министр обороны Казахстана проведет переговоры с узбекским коллегой в конце месяца.",
            None,
        ),
        (
            "press_about",
            "",
            "Министр обороны Беларуси заявил журналистам, что армия Польши наращивает силы у границы.",
            None,
        ),
        (
            "own_ambassador",
            "",
            "Министр обороны Казахстана принял посла Казахстана в Турции и обсудил вопросы военного сотрудничества.",
            None,
        ),
        ("own_attache", "", "Министр обороны Узбекистана встретился с военным атташе Узбекистана в Казахстане.", None),
        (
            "pos_ambassador",
            "",
            "Министр обороны Казахстана принял посла Турции в Казахстане и обсудил вопросы военного сотрудничества.",
            ("talks", "KZ TR"),
        ),
        ("ngo2", "", "Министр обороны Казахстана встретился с руководством турецкого благотворительного фонда.", None),
        (
            "pos_defence_and_interior",
            "",
            "Министр обороны Казахстана встретился с министром обороны и министром внутренних дел Узбекистана.",
            ("talks", "KZ UZ"),
        ),
        (
            "un_dipl",
            "",
            "Заместитель министра обороны Азербайджана встретился с координатором ООН, норвежским дипломатом Кари Ольсен.",
            None,
        ),
        (
            "osce_dipl",
            "",
            "Министр обороны Армении принял руководителя миссии ОБСЕ, немецкого дипломата Ганса Мюллера.",
            None,
        ),
        (
            "eu_general",
            "",
            "Министр обороны Грузии встретился с главой миссии наблюдателей ЕС, польским генералом Яном Новаком.",
            None,
        ),
        (
            "pos_norwegian",
            "",
            "Заместитель министра обороны Азербайджана встретился с норвежским министром обороны и обсудил военное сотрудничество.",
            ("talks", "AZ NO"),
        ),
        (
            "intelligence",
            "",
            "Министр обороны Кыргызстана встретился с председателем Комитета национальной безопасности Казахстана.",
            None,
        ),
        ("fsb", "", "Министр обороны Беларуси встретился с директором ФСБ России.", None),
        ("governor", "", "Министр обороны Казахстана встретился с хокимом Ташкентской области Узбекистана.", None),
        ("businessmen", "", "Министр обороны Казахстана встретился с турецкими предпринимателями в Астане.", None),
        (
            "pos_minister_and_fsb",
            "",
            "Министр обороны Беларуси встретился с министром обороны России и директором ФСБ.",
            ("talks", "BY RU"),
        ),
        (
            "pres_delegation",
            "Президенты Казахстана и Узбекистана провели переговоры",
            "Президенты Казахстана и Узбекистана провели переговоры в Астане. Они обсудили торговлю, энергетику и региональную безопасность. Во встрече также приняли участие министры обороны двух стран.",
            None,
        ),
        (
            "inauguration",
            "",
            "Министр обороны Азербайджана принял участие в церемонии инаугурации президента Турции в Анкаре.",
            None,
        ),
        (
            "pos_def_meeting_attended",
            "Министры обороны Казахстана и Узбекистана провели переговоры",
            "Министры обороны Казахстана и Узбекистана провели переговоры в Астане. Во встрече также приняли участие начальники генеральных штабов двух стран.",
            ("talks", "KZ UZ"),
        ),
    ],
    "az": [
        (
            "pos_talks",
            "",
            "Azərbaycanın müdafiə naziri Bakıda Türkiyənin Baş Qərargah rəisi ilə görüşüb və hərbi əməkdaşlığı müzakirə edib.",
            ("talks", "AZ TR"),
        ),
        (
            "interior",
            "",
            "Azərbaycanın müdafiə naziri Türkiyənin daxili işlər naziri ilə görüşüb və təhlükəsizlik məsələlərini müzakirə edib.",
            None,
        ),
        ("emergencies", "", "Azərbaycanın müdafiə naziri Qazaxıstanın fövqəladə hallar naziri ilə görüşüb.", None),
        ("customs", "", "Azərbaycanın müdafiə naziri Gürcüstanın gömrük xidmətinin rəhbəri ilə görüşüb.", None),
        ("border", "", "Azərbaycanın müdafiə naziri Gürcüstanın sərhəd polisinin rəisi ilə görüşüb.", None),
        (
            "own_ambassador",
            "",
            "Azərbaycanın müdafiə naziri Azərbaycanın Pakistandakı səfirini qəbul edib və hərbi əməkdaşlığı müzakirə edib.",
            None,
        ),
        ("own_attache", "", "Azərbaycanın müdafiə naziri Azərbaycanın Türkiyədəki hərbi attaşesini qəbul edib.", None),
        (
            "pos_ambassador",
            "",
            "Azərbaycanın müdafiə naziri Türkiyənin Azərbaycandakı səfirini qəbul edib və hərbi əməkdaşlığı müzakirə edib.",
            ("talks", "AZ TR"),
        ),
        (
            "ngo",
            "",
            "Azərbaycanın müdafiə naziri Beynəlxalq Qırmızı Xaç Komitəsinin nümayəndə heyətinin rəhbəri, İsveçrə vətəndaşı ilə görüşüb.",
            None,
        ),
        (
            "presidents",
            "",
            "Azərbaycan və Qazaxıstan prezidentləri Bakıda ticarət, enerji və regional təhlükəsizlik məsələlərini müzakirə ediblər.",
            None,
        ),
        (
            "letter",
            "",
            "Azərbaycanın müdafiə naziri türkiyəli həmkarına təyinatı münasibətilə təbrik məktubu göndərib.",
            None,
        ),
        ("announced", "", "Azərbaycan və Türkiyənin müdafiə nazirləri gələn ay Ankarada görüşəcəklər.", None),
        ("ngo2", "", "Azərbaycanın müdafiə naziri Türkiyənin xeyriyyə fondunun rəhbəri ilə görüşüb.", None),
        (
            "pos_defence_and_interior",
            "",
            "Azərbaycanın müdafiə naziri Türkiyənin müdafiə naziri və daxili işlər naziri ilə görüşüb.",
            ("talks", "AZ TR"),
        ),
        (
            "nato_liaison",
            "",
            "Müdafiə nazirinin müavini NATO-nun Cənubi Qafqaz üzrə əlaqələndirmə zabiti, Polşa ordusunun polkovniki ilə görüşüb.",
            None,
        ),
        (
            "osce_mission",
            "",
            "Azərbaycanın müdafiə naziri ATƏT-in Baş katibinin xüsusi nümayəndəsi, italiyalı diplomat ilə görüşüb.",
            None,
        ),
        (
            "un_rep",
            "",
            "Azərbaycanın müdafiə nazirinin müavini BMT-nin rezident əlaqələndiricisi, norveçli diplomat ilə görüşüb.",
            None,
        ),
        (
            "university_delegation",
            "",
            "Azərbaycanın müdafiə naziri Türkiyənin Milli Müdafiə Universitetinin kursantları ilə görüşüb.",
            None,
        ),
        (
            "conference",
            "",
            "Azərbaycan və Türkiyənin müdafiə nazirləri İstanbulda 30 ölkənin nümayəndə heyətlərinin qatıldığı beynəlxalq təhlükəsizlik konfransında çıxış ediblər.",
            None,
        ),
        (
            "reception",
            "",
            "Azərbaycanın müdafiə nazirinin müavini Türkiyənin Bakıdakı səfirliyində Cümhuriyyət Günü münasibətilə təşkil olunmuş qəbulda iştirak edib.",
            None,
        ),
        (
            "condolence",
            "",
            "Azərbaycanın müdafiə naziri Türkiyədə baş vermiş zəlzələ ilə əlaqədar türkiyəli həmkarına başsağlığı verib.",
            None,
        ),
        (
            "presidents_2",
            "",
            "Azərbaycan və Türkiyə prezidentləri Ankarada görüşüb, enerji, nəqliyyat və regional təhlükəsizlik məsələlərini müzakirə ediblər.",
            None,
        ),
        (
            "fms",
            "",
            "Azərbaycan və Gürcüstanın xarici işlər nazirləri Tbilisidə görüşüb, regional təhlükəsizlik məsələlərini müzakirə ediblər.",
            None,
        ),
        (
            "press_about",
            "",
            "Türkiyənin müdafiə naziri jurnalistlərə açıqlamasında Azərbaycan Ordusunun güclü olduğunu bildirib.",
            None,
        ),
        (
            "announced_2",
            "",
            "Azərbaycanın müdafiə naziri yaxın günlərdə Türkiyəyə səfər edəcək və həmkarı ilə görüşəcək.",
            None,
        ),
        ("background", "", "Nazirlər sonuncu dəfə mart ayında Bakıda görüşmüşdülər.", None),
        ("veterans", "", "Azərbaycanın müdafiə naziri Türkiyədən gəlmiş müharibə veteranları ilə görüşüb.", None),
        ("diaspora", "", "Azərbaycanın müdafiə naziri Qazaxıstanda yaşayan azərbaycanlılarla görüşüb.", None),
        (
            "own_minister_visit_troops",
            "",
            "Azərbaycanın müdafiə naziri Türkiyədə təhsil alan azərbaycanlı kursantlarla görüşüb.",
            None,
        ),
        ("company", "", "Azərbaycanın müdafiə naziri Türkiyənin Baykar şirkətinin rəhbərliyi ilə görüşüb.", None),
        (
            "multilateral",
            "",
            "Azərbaycanın müdafiə naziri Türk Dövlətləri Təşkilatının müdafiə nazirlərinin toplantısında türkiyəli həmkarı ilə birlikdə iştirak edib.",
            None,
        ),
        (
            "pos_sidelines",
            "",
            "Azərbaycanın müdafiə naziri Türk Dövlətləri Təşkilatının toplantısı çərçivəsində türkiyəli həmkarı ilə ikitərəfli görüş keçirib.",
            ("talks", "AZ TR"),
        ),
        (
            "letter_2",
            "",
            "Azərbaycanın müdafiə naziri Qazaxıstanın müdafiə nazirinə Müstəqillik Günü münasibətilə təbrik məktubu ünvanlayıb.",
            None,
        ),
        (
            "phone_greet",
            "",
            "Azərbaycanın müdafiə naziri Qazaxıstanın müdafiə naziri ilə telefon danışığı aparıb və onu bayram münasibətilə təbrik edib.",
            None,
        ),
        (
            "pos_phone",
            "",
            "Azərbaycanın müdafiə naziri Qazaxıstanın müdafiə naziri ilə telefon danışığı aparıb, hərbi əməkdaşlıq məsələlərini müzakirə edib.",
            ("talks", "AZ KZ"),
        ),
        ("sport", "", "Azərbaycan və Türkiyə ordularının futbol komandaları Bakıda yoldaşlıq görüşü keçiriblər.", None),
        (
            "ministry_statement",
            "",
            "Müdafiə Nazirliyi Ermənistan silahlı qüvvələrinin atəşkəsi pozduğunu bildirib.",
            None,
        ),
        (
            "observer",
            "",
            "Azərbaycanın hərbi nümayəndə heyəti Türkiyədə keçirilən çoxmillətli təlimi müşahidəçi qismində izləyib.",
            None,
        ),
        (
            "talks_planned_noun",
            "",
            "Azərbaycan və Türkiyənin müdafiə nazirləri arasında görüşün gələn həftə keçirilməsi planlaşdırılır.",
            None,
        ),
        (
            "ceremony_attend",
            "",
            "Azərbaycanın müdafiə naziri Türkiyə Silahlı Qüvvələrinin paradında iştirak edib.",
            None,
        ),
        (
            "osce_rep",
            "",
            "Azərbaycanın müdafiə naziri ATƏT-in xüsusi nümayəndəsi, alman diplomat Hans Müller ilə görüşüb.",
            None,
        ),
        (
            "nato_rep",
            "",
            "Azərbaycanın müdafiə naziri NATO-nun Cənubi Qafqaz üzrə xüsusi nümayəndəsi, italiyalı diplomat Marko Rossi ilə görüşüb.",
            None,
        ),
        (
            "pos_norwegian",
            "",
            "Azərbaycanın müdafiə nazirinin müavini Norveçin müdafiə naziri ilə görüşüb və hərbi əməkdaşlığı müzakirə edib.",
            ("talks", "AZ NO"),
        ),
        (
            "intelligence",
            "",
            "Azərbaycanın müdafiə naziri Türkiyənin Milli Kəşfiyyat Təşkilatının rəhbəri ilə görüşüb.",
            None,
        ),
        ("businessmen", "", "Azərbaycanın müdafiə naziri türkiyəli iş adamları ilə görüşüb.", None),
        ("governor", "", "Azərbaycanın müdafiə naziri Türkiyənin Qars valisi ilə görüşüb.", None),
        (
            "pres_delegation",
            "Azərbaycan və Qazaxıstan prezidentləri görüşüb",
            "Azərbaycan və Qazaxıstan prezidentləri Bakıda danışıqlar aparıblar. Görüşdə ticarət, enerji və regional təhlükəsizlik məsələləri müzakirə olunub. Görüşdə hər iki ölkənin müdafiə nazirləri də iştirak ediblər.",
            None,
        ),
        (
            "inauguration",
            "",
            "Azərbaycanın müdafiə naziri Ankarada Türkiyə Prezidentinin andiçmə mərasimində iştirak edib.",
            None,
        ),
    ],
    "tr": [
        (
            "pos_talks",
            "",
            "Milli Savunma Bakanı Ankara'da Azerbaycan Genelkurmay Başkanı ile görüşerek askeri işbirliğini ele aldı.",
            ("talks", "AZ TR"),
        ),
        (
            "interior",
            "",
            "Azerbaycan Savunma Bakanı, Türkiye İçişleri Bakanı ile görüşerek güvenlik konularını ele aldı.",
            None,
        ),
        ("emergencies", "", "Azerbaycan Savunma Bakanı, Kazakistan Acil Durumlar Bakanı ile görüştü.", None),
        (
            "customs",
            "",
            "Gürcistan Savunma Bakanı, Türkiye Ticaret Bakanlığı Gümrükler Genel Müdürü ile görüştü.",
            None,
        ),
        ("border", "", "Azerbaycan Savunma Bakanı, Türkiye Jandarma Genel Komutanı ile Bakü'de görüştü.", None),
        ("own_ambassador", "", "Milli Savunma Bakanı, Türkiye'nin Bakü Büyükelçisini kabul etti.", None),
        ("own_ambassador2", "", "Türkiye Milli Savunma Bakanı, Türkiye'nin Pakistan Büyükelçisi ile görüştü.", None),
        (
            "pos_ambassador",
            "",
            "Türkiye Milli Savunma Bakanı, Azerbaycan'ın Ankara Büyükelçisini kabul ederek askeri işbirliğini görüştü.",
            ("talks", "AZ TR"),
        ),
        (
            "presidents",
            "",
            "Türkiye ve Azerbaycan cumhurbaşkanları Ankara'da ticaret, enerji ve bölgesel güvenlik konularını görüştü.",
            None,
        ),
        (
            "letter",
            "",
            "Milli Savunma Bakanı, Azerbaycanlı mevkidaşına atanması dolayısıyla tebrik mektubu gönderdi.",
            None,
        ),
        ("announced", "", "Türkiye ve Azerbaycan savunma bakanları gelecek ay Bakü'de bir araya gelecek.", None),
        ("ngo2", "", "Azerbaycan Savunma Bakanı, Türk Kızılay heyetini kabul etti.", None),
        (
            "pos_defence_and_interior",
            "",
            "Azerbaycan Savunma Bakanı, Türkiye Milli Savunma Bakanı ve İçişleri Bakanı ile görüştü.",
            ("talks", "AZ TR"),
        ),
        ("un_rep", "", "Milli Savunma Bakanı, BM Mukim Koordinatörü Norveçli diplomat Kari Olsen'i kabul etti.", None),
        (
            "nato_rep",
            "",
            "Milli Savunma Bakanı, NATO Genel Sekreter Yardımcısı İtalyan diplomat Marco Rossi ile görüştü.",
            None,
        ),
        ("intelligence", "", "Azerbaycan Savunma Bakanı, MİT Başkanı ile Ankara'da görüştü.", None),
        ("governor", "", "Azerbaycan Savunma Bakanı, Kars Valisi ile görüştü.", None),
        ("businessmen", "", "Azerbaycan Savunma Bakanı, Türk iş insanlarıyla bir araya geldi.", None),
        (
            "pos_minister_and_vali",
            "",
            "Azerbaycan Savunma Bakanı, Kars'ta Türkiye Milli Savunma Bakanı ve Kars Valisi ile görüştü.",
            ("talks", "AZ TR"),
        ),
        (
            "pres_delegation",
            "Türkiye ve Azerbaycan cumhurbaşkanları görüştü",
            "Türkiye ve Azerbaycan cumhurbaşkanları Ankara'da bir araya geldi. Görüşmede ticaret, enerji ve bölgesel güvenlik konuları ele alındı. Görüşmeye iki ülkenin savunma bakanları da katıldı.",
            None,
        ),
    ],
    "bg": [
        (
            "pos_talks",
            "",
            "Министърът на отбраната на България се срещна с министъра на отбраната на Гърция в София и обсъди военното сътрудничество.",
            ("talks", "BG GR"),
        ),
        (
            "interior",
            "",
            "Министърът на отбраната на България се срещна с министъра на вътрешните работи на Гърция и обсъди сигурността.",
            None,
        ),
        (
            "border",
            "",
            "Министърът на отбраната на България се срещна с началника на гранична полиция на Румъния.",
            None,
        ),
        ("customs", "", "Министърът на отбраната на България се срещна с директора на митниците на Турция.", None),
        ("own_ambassador", "", "Министърът на отбраната на България прие посланика на България в Турция.", None),
        (
            "pos_ambassador",
            "",
            "Министърът на отбраната на България прие посланика на Турция в България и обсъди военното сътрудничество.",
            ("talks", "BG TR"),
        ),
        (
            "presidents",
            "",
            "Президентите на България и Румъния обсъдиха в София търговията, енергетиката и регионалната сигурност.",
            None,
        ),
        (
            "letter",
            "",
            "Министърът на отбраната на България изпрати поздравително писмо на гръцкия си колега по повод назначението му.",
            None,
        ),
        ("announced", "", "Министрите на отбраната на България и Гърция ще се срещнат в Атина следващия месец.", None),
        (
            "ngo2",
            "",
            "Министърът на отбраната на България се срещна с представители на гръцка благотворителна фондация.",
            None,
        ),
        (
            "pos_defence_and_interior",
            "",
            "Министърът на отбраната на България се срещна с министъра на отбраната и министъра на вътрешните работи на Гърция.",
            ("talks", "BG GR"),
        ),
        (
            "un_rep",
            "",
            "Министърът на отбраната на България се срещна с постоянния координатор на ООН, норвежкия дипломат Кари Олсен.",
            None,
        ),
        (
            "nato_rep",
            "",
            "Министърът на отбраната на България се срещна със заместник генералния секретар на НАТО, италианския дипломат Марко Роси.",
            None,
        ),
        (
            "intelligence",
            "",
            "Министърът на отбраната на България се срещна с председателя на ДАНС и с ръководителя на румънската служба за вътрешно разузнаване.",
            None,
        ),
        (
            "mps",
            "",
            "Министърът на отбраната на България се срещна с делегация на комисията по отбрана на гръцкия парламент.",
            None,
        ),
        (
            "mayor",
            "",
            "Министърът на отбраната на България се срещна с кмета на Солун по време на посещението си в Гърция.",
            None,
        ),
        ("businessmen", "", "Министърът на отбраната на България се срещна с гръцки бизнесмени в София.", None),
        (
            "pos_minister_and_mayor",
            "",
            "Министърът на отбраната на България се срещна с министъра на отбраната на Гърция и с кмета на Солун.",
            ("talks", "BG GR"),
        ),
        (
            "pres_delegation",
            "Президентите на България и Гърция разговаряха в София",
            "Президентите на България и Гърция проведоха разговори в София. Те обсъдиха търговията, енергетиката и регионалната сигурност. На срещата присъстваха и министрите на отбраната на двете страни.",
            None,
        ),
        (
            "funeral",
            "",
            "Министърът на отбраната на България присъства на погребението на бившия гръцки министър на отбраната в Атина.",
            None,
        ),
    ],
    "uk": [
        (
            "pos_talks",
            "",
            "Міністр оборони України зустрівся з міністром оборони Польщі та обговорив військове співробітництво.",
            ("talks", "PL UA"),
        ),
        (
            "interior",
            "",
            "Міністр оборони України зустрівся з міністром внутрішніх справ Польщі та обговорив питання безпеки.",
            None,
        ),
        ("border", "", "Міністр оборони України зустрівся з керівником прикордонної служби Польщі.", None),
        (
            "own_ambassador",
            "",
            "Міністр оборони України прийняв посла України в Туреччині та обговорив питання військового співробітництва.",
            None,
        ),
        (
            "pos_ambassador",
            "",
            "Міністр оборони України прийняв посла Туреччини в Україні та обговорив питання військового співробітництва.",
            ("talks", "TR UA"),
        ),
        ("sbu", "", "Міністр оборони України зустрівся з керівником служби безпеки Польщі.", None),
    ],
    "kk": [
        (
            "pos_talks",
            "",
            "Қазақстан Қорғаныс министрі Өзбекстан Қорғаныс министрімен кездесіп, әскери ынтымақтастықты талқылады.",
            ("talks", "KZ UZ"),
        ),
        ("interior", "", "Қазақстан Қорғаныс министрі Өзбекстанның ішкі істер министрімен кездесті.", None),
        ("emergencies", "", "Қазақстан Қорғаныс министрі Қырғызстанның төтенше жағдайлар министрімен кездесті.", None),
    ],
    "uz": [
        (
            "pos_talks",
            "",
            "O'zbekiston Mudofaa vaziri Qozog'iston Mudofaa vaziri bilan uchrashib, harbiy hamkorlikni muhokama qildi.",
            ("talks", "KZ UZ"),
        ),
        ("interior", "", "O'zbekiston Mudofaa vaziri Qozog'iston ichki ishlar vaziri bilan uchrashdi.", None),
        ("customs", "", "O'zbekiston Mudofaa vaziri Qirg'iziston bojxona xizmati rahbari bilan uchrashdi.", None),
    ],
    "ka": [
        (
            "pos_talks",
            "",
            "საქართველოს თავდაცვის მინისტრი პოლონეთის თავდაცვის მინისტრს შეხვდა და სამხედრო თანამშრომლობა განიხილა.",
            ("talks", "GE PL"),
        ),
        ("interior", "", "საქართველოს თავდაცვის მინისტრი თურქეთის შინაგან საქმეთა მინისტრს შეხვდა.", None),
        (
            "emergencies",
            "",
            "საქართველოს თავდაცვის მინისტრი თურქეთის საგანგებო სიტუაციების მართვის სააგენტოს ხელმძღვანელს შეხვდა.",
            None,
        ),
    ],
    "hy": [
        (
            "pos_talks",
            "",
            "Հայաստանի պաշտպանության նախարարը հանդիպել է Հունաստանի պաշտպանության նախարարի հետ և քննարկել ռազմական համագործակցությունը։",
            ("talks", "AM GR"),
        ),
        ("interior", "", "Հայաստանի պաշտպանության նախարարը հանդիպել է Հունաստանի ներքին գործերի նախարարի հետ։", None),
        ("police", "", "Հայաստանի պաշտպանության նախարարը հանդիպել է Ֆրանսիայի ոստիկանության պատվիրակության հետ։", None),
    ],
    "de": [
        (
            "pos_talks",
            "",
            "Der deutsche Verteidigungsminister traf am Dienstag seinen polnischen Amtskollegen in Berlin und sprach über die militärische Zusammenarbeit.",
            ("talks", "DE PL"),
        ),
        (
            "interior",
            "",
            "Der deutsche Verteidigungsminister traf am Dienstag den polnischen Innenminister in Berlin.",
            None,
        ),
        (
            "police",
            "",
            "Der Verteidigungsminister Litauens traf am Dienstag den Chef der polnischen Grenzpolizei.",
            None,
        ),
        (
            "own_ambassador",
            "",
            "Der Verteidigungsminister Polens empfing am Dienstag den Botschafter Polens in Litauen.",
            None,
        ),
    ],
    "fr": [
        (
            "pos_talks",
            "",
            "Le ministre français des Armées a rencontré mardi son homologue marocain à Paris pour évoquer la coopération militaire.",
            ("talks", "FR MA"),
        ),
        (
            "interior",
            "",
            "Le ministre marocain de la Défense a rencontré mardi le ministre français de l'Intérieur à Rabat.",
            None,
        ),
        (
            "gendarmerie",
            "",
            "Le ministre tunisien de la Défense a reçu mardi le directeur général de la gendarmerie française.",
            None,
        ),
        (
            "own_ambassador",
            "",
            "Le ministre marocain de la Défense a reçu mardi l'ambassadeur du Maroc en France.",
            None,
        ),
    ],
    "es": [
        (
            "pos_talks",
            "",
            "La ministra de Defensa de España se reunió el martes con su homólogo portugués en Madrid para tratar la cooperación militar.",
            ("talks", "ES PT"),
        ),
        (
            "interior",
            "",
            "El ministro de Defensa de Perú se reunió el martes con el ministro del Interior de Chile en Lima.",
            None,
        ),
        (
            "police",
            "",
            "El ministro de Defensa de Colombia se reunió el martes con el director de la Policía Nacional de Ecuador.",
            None,
        ),
        ("own_ambassador", "", "El ministro de Defensa de Perú recibió el martes al embajador de Perú en Chile.", None),
        (
            "pos_counterpart",
            "",
            "El ministro de Defensa de Perú se reunió el martes con su homólogo de Chile y con el ministro del Interior chileno.",
            ("talks", "CL PE"),
        ),
    ],
    "it": [
        (
            "interior",
            "",
            "Il ministro della Difesa italiano ha incontrato martedì il ministro dell'Interno albanese a Roma.",
            None,
        ),
    ],
    "pt": [
        (
            "interior",
            "",
            "O ministro da Defesa de Portugal reuniu-se terça-feira com o ministro do Interior de Moçambique.",
            None,
        ),
    ],
    "pl": [
        ("interior", "", "Minister obrony Polski spotkał się we wtorek z ministrem spraw wewnętrznych Litwy.", None),
    ],
    "ro": [
        (
            "interior",
            "",
            "Ministrul apărării al României s-a întâlnit marți cu ministrul de interne al Republicii Moldova.",
            None,
        ),
    ],
    "el": [
        (
            "interior",
            "",
            "Ο υπουργός Εθνικής Άμυνας της Ελλάδας συναντήθηκε την Τρίτη με τον υπουργό Εσωτερικών της Κύπρου.",
            None,
        ),
    ],
    "sr": [
        ("interior", "", "Ministar odbrane Srbije sastao se u utorak sa ministrom unutrašnjih poslova Mađarske.", None),
    ],
    "ar": [
        ("interior", "", "التقى وزير الدفاع المصري يوم الثلاثاء وزير الداخلية السعودي في القاهرة.", None),
    ],
}

CASES = [(lang, *probe) for lang, probes in _GRID.items() for probe in probes]


@pytest.mark.parametrize(
    "lang, principle, title, text, expected", CASES, ids=[f"{case[0]}-{case[1]}" for case in CASES]
)
def test_probe(lang, principle, title, text, expected):
    check_probe(title, text, expected and (expected[0], tuple(expected[1].split())), lang=lang)
