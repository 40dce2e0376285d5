"""Talks and ratifications that are not, and what s15 left (issue 15, precision; session s16, c3).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB"). The shapes, by principle:
- **a vote named as a noun** (bg "гласуването беше отложено": the vote put off; "гласува*" no longer reads the noun as
  a verb of approval), and the vote postponed in en, ru, uk, az, tr, kk, uz;
- **a ratification in the present-future** (ru "ратифицирует", uk "ратифікує": both aspects, the press tells a
  ratification done in the past and one to come in this form; ka "მოახდენს"): still to come, no event;
- **the year in review** ("В уходящем году министерство подписало: ...", "Bu il ərzində ... imzalayıb: ..."): a
  whole year as the span of the acts makes them its background, none the story's news;
- **a headline in the present over a signing still to come** (ar "يوقعان", en "sign", ru "подписывают", tr, az: the
  story tells the signing only as ahead: detect._headline_of_an_act_to_come);
- **talks that are not**: a call about an incident on the border (``crisis``); talks only planned, expected, or
  something done ahead of them (en "ahead of his talks", ru "в преддверии переговоров"; hy "կանցկացնեն"); a bloc's
  official as the other side; congratulations only; MPs' delegations; credentials; companies at an arms fair;
- **ratifications that are not**: an agreement's termination or denunciation approved (tr "feshini", az "ləğvini",
  kk "күшін жою"); a president or a government submitting or proposing it; a signing whose agreement is
  subject to ratification or will be sent to parliament stays a signing; an amending protocol ratified is ratified.
"""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "en": [
        (
            "vote_postponed",
            "",
            "Lawmakers debated the ratification of the defence cooperation agreement between Azerbaijan and Turkey today, but the vote was postponed.",
            None,
        ),
        (
            "year_review",
            "Results of the year",
            "In 2026 the Ministry of Defence of Azerbaijan signed: – a military cooperation plan with Turkey; – an agreement on military education with Georgia; – a memorandum with Kazakhstan.",
            None,
        ),
        (
            "attache_credentials",
            "",
            "The newly appointed military attaché of Turkey presented his credentials to the Chief of the General Staff of the Azerbaijani Armed Forces.",
            None,
        ),
        (
            "ambassador_credentials",
            "",
            "The new ambassador of Turkey presented his credentials to the President of Azerbaijan.",
            None,
        ),
        (
            "industry_firms",
            "",
            "Representatives of Turkish and Azerbaijani defence-industry companies met in Baku to discuss joint production.",
            None,
        ),
        (
            "mps_committee",
            "",
            "The chairman of the Azerbaijani parliament's defence and security committee met a delegation of Turkish MPs to discuss inter-parliamentary cooperation.",
            None,
        ),
        (
            "border_incident_call",
            "",
            "The chiefs of the general staff of Armenia and Azerbaijan spoke by phone about the exchange of fire on the border overnight.",
            None,
        ),
        (
            "will_hold_talks",
            "",
            "The defence ministers of Azerbaijan and Turkey will hold talks in Baku next week.",
            None,
        ),
        (
            "expected_to_meet",
            "",
            "The Turkish defence minister is expected to meet his Azerbaijani counterpart in Baku.",
            None,
        ),
        (
            "bloc_nato",
            "",
            "The defence minister of Azerbaijan met NATO's Deputy Secretary General, a Turkish diplomat, in Brussels to discuss cooperation.",
            None,
        ),
        (
            "bloc_eu",
            "",
            "The Georgian defence minister met the EU Special Representative for the South Caucasus, Ambassador of France, to discuss defence cooperation.",
            None,
        ),
        (
            "un_side",
            "",
            "The Azerbaijani defence minister received the UN resident coordinator in Baku, a citizen of Turkey.",
            None,
        ),
        (
            "congratulations_only",
            "",
            "The Turkish defence minister called his Azerbaijani counterpart to congratulate him on Army Day.",
            None,
        ),
        (
            "condolences_only",
            "",
            "The defence minister of Azerbaijan sent a letter of condolences to the Turkish defence minister over the victims of the earthquake.",
            None,
        ),
        (
            "denunciation",
            "",
            "The parliament of Azerbaijan ratified the denunciation of the military cooperation agreement with Turkey.",
            None,
        ),
        (
            "termination",
            "",
            "The parliament of Georgia approved the termination of the defence cooperation agreement with Azerbaijan.",
            None,
        ),
        (
            "amending_protocol",
            "",
            "The parliament of Azerbaijan ratified the protocol amending the military cooperation agreement with Turkey.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "subject_to_ratification",
            "",
            "The defence ministers of Azerbaijan and Turkey signed an agreement on military cooperation today; the agreement is subject to ratification.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "sent_to_parliament",
            "",
            "The defence ministers of Azerbaijan and Turkey signed an agreement on military cooperation today. The agreement will be sent to parliament.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "president_submits",
            "",
            "The President of Azerbaijan submitted the military cooperation agreement with Turkey to the Milli Majlis for ratification.",
            None,
        ),
        (
            "government_proposes",
            "",
            "The Cabinet of Ministers proposed that parliament ratify the defence cooperation agreement between Georgia and Azerbaijan.",
            None,
        ),
        (
            "headline_present_ahead",
            "Azerbaijan and Turkey sign defence cooperation agreement",
            "The defence ministers will sign the agreement tomorrow in Baku.",
            None,
        ),
        (
            "headline_present_twin",
            "Azerbaijan and Turkey sign defence cooperation agreement",
            "The defence ministers signed the agreement today in Baku.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "ahead_of_talks",
            "",
            "Ahead of his talks with the Turkish defence minister next week, the Azerbaijani defence minister praised the two countries' military cooperation.",
            None,
        ),
        (
            "expected_talks_headline",
            "Azerbaijani, Turkish defence ministers to hold talks",
            "The ministers are expected to discuss military cooperation.",
            None,
        ),
        (
            "arms_fair_firms",
            "",
            "Turkish and Azerbaijani defence companies signed contracts at the ADEX exhibition in Baku.",
            None,
        ),
    ],
    "az": [
        (
            "vote_postponed",
            "",
            "Deputatlar Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin ratifikasiyasını müzakirə etdilər, lakin səsvermə təxirə salındı.",
            None,
        ),
        (
            "year_review",
            "İlin yekunları",
            "Bu il ərzində Azərbaycan Müdafiə Nazirliyi imzalayıb: – Türkiyə ilə hərbi əməkdaşlıq planı; – Gürcüstan ilə hərbi təhsil sahəsində saziş; – Qazaxıstan ilə memorandum.",
            None,
        ),
        (
            "attache_credentials",
            "",
            "Türkiyənin yeni hərbi attaşesi etimadnaməsini Azərbaycan Silahlı Qüvvələrinin Baş Qərargah rəisinə təqdim edib.",
            None,
        ),
        (
            "arms_fair_stand",
            "",
            "Müdafiə naziri İstanbulda keçirilən IDEF sərgisində Türkiyə müdafiə sənayesi şirkətlərinin stendləri ilə tanış olub.",
            None,
        ),
        (
            "will_hold_talks",
            "",
            "Azərbaycan və Türkiyə müdafiə nazirləri gələn həftə Bakıda danışıqlar aparacaqlar.",
            None,
        ),
        (
            "congratulations_only",
            "",
            "Türkiyənin Milli Müdafiə naziri azərbaycanlı həmkarına telefonla zəng edərək onu Silahlı Qüvvələr günü münasibətilə təbrik edib.",
            None,
        ),
        (
            "denunciation",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin denonsasiyasını təsdiq edib.",
            None,
        ),
        (
            "headline_present_ahead",
            "Azərbaycan və Türkiyə hərbi əməkdaşlıq sazişi imzalayır",
            "Müdafiə nazirləri sazişi sabah Bakıda imzalayacaqlar.",
            None,
        ),
        ("expected_to_meet", "", "Azərbaycanın müdafiə nazirinin Türkiyəli həmkarı ilə görüşməsi gözlənilir.", None),
        (
            "bloc_nato",
            "",
            "Müdafiə naziri NATO Baş katibinin müavini ilə görüşüb, Azərbaycan ilə NATO arasında əməkdaşlığı müzakirə edib.",
            None,
        ),
        (
            "mps",
            "",
            "Milli Məclisin müdafiə komitəsinin sədri Türkiyə Böyük Millət Məclisinin deputatlarından ibarət nümayəndə heyəti ilə görüşüb.",
            None,
        ),
        (
            "congratulations_only_2",
            "",
            "Azərbaycanın müdafiə naziri türkiyəli həmkarını Respublika günü münasibətilə təbrik edib.",
            None,
        ),
        ("attache_credentials_2", "", "Türkiyənin Azərbaycandakı yeni hərbi attaşesi akkreditasiya olunub.", None),
        (
            "arms_fair_firms",
            "",
            "ADEX sərgisində Türkiyə və Azərbaycan müdafiə sənayesi şirkətlərinin nümayəndələri görüşüb.",
            None,
        ),
        (
            "sent_to_parliament",
            "",
            "Azərbaycan və Türkiyə müdafiə nazirləri bu gün hərbi əməkdaşlıq sazişi imzalayıblar. Saziş ratifikasiya üçün Milli Məclisə göndəriləcək.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "president_submits",
            "",
            "Prezident Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişini ratifikasiya üçün Milli Məclisə təqdim edib.",
            None,
        ),
        (
            "government_proposes",
            "",
            "Nazirlər Kabineti Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin ratifikasiyasını təklif edib.",
            None,
        ),
        (
            "amending_protocol",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinə dəyişikliklər edilməsi haqqında protokolu ratifikasiya edib.",
            ("agreement_ratified", "AZ TR"),
        ),
    ],
    "ru": [
        (
            "vote_postponed",
            "",
            "Депутаты обсудили ратификацию соглашения о военном сотрудничестве между Россией и Казахстаном, однако голосование было отложено.",
            None,
        ),
        (
            "present_future_headline",
            "Госдума ратифицирует соглашение о военном сотрудничестве с Казахстаном",
            "Депутаты рассмотрят документ на пленарном заседании.",
            None,
        ),
        (
            "present_future_body",
            "",
            "Государственная дума ратифицирует соглашение о военном сотрудничестве между Россией и Казахстаном.",
            None,
        ),
        (
            "present_future_twin",
            "",
            "Государственная дума ратифицировала соглашение о военном сотрудничестве между Россией и Казахстаном.",
            ("agreement_ratified", "KZ RU"),
        ),
        (
            "year_review",
            "Итоги года",
            "В уходящем году Министерство обороны Казахстана подписало: – план военного сотрудничества с Узбекистаном; – соглашение о военном образовании с Россией; – меморандум с Турцией.",
            None,
        ),
        (
            "attache_credentials",
            "",
            "Новый военный атташе Турции вручил верительные грамоты начальнику Генерального штаба Вооруженных сил Азербайджана.",
            None,
        ),
        (
            "arms_fair_stand",
            "",
            "На выставке IDEF в Стамбуле министр обороны Азербайджана посетил стенды турецких оборонных компаний.",
            None,
        ),
        (
            "mps_committee",
            "",
            "Председатель комитета Мажилиса по вопросам обороны и безопасности встретился с делегацией депутатов Государственной думы России.",
            None,
        ),
        (
            "border_incident_call",
            "",
            "Начальники генеральных штабов Армении и Азербайджана обсудили по телефону инцидент на границе.",
            None,
        ),
        (
            "expected_to_meet",
            "",
            "Ожидается, что министр обороны Турции встретится с азербайджанским коллегой в Баку.",
            None,
        ),
        (
            "bloc_csto",
            "",
            "Министр обороны Казахстана встретился с генеральным секретарем ОДКБ, представителем России, и обсудил военное сотрудничество.",
            None,
        ),
        (
            "congratulations_only",
            "",
            "Министр обороны России поздравил казахстанского коллегу с Днем защитника Отечества по телефону.",
            None,
        ),
        (
            "denunciation",
            "",
            "Государственная дума ратифицировала денонсацию соглашения о военном сотрудничестве между Россией и Казахстаном.",
            None,
        ),
        (
            "denunciation2",
            "",
            "Государственная дума приняла закон о денонсации соглашения о военном сотрудничестве с Казахстаном.",
            None,
        ),
        (
            "sent_to_parliament",
            "",
            "Министры обороны России и Казахстана подписали сегодня соглашение о военном сотрудничестве. Документ будет направлен в парламент для ратификации.",
            ("agreement_signed", "KZ RU"),
        ),
        (
            "president_submits",
            "",
            "Президент России внес в Государственную думу соглашение о военном сотрудничестве с Казахстаном для ратификации.",
            None,
        ),
        (
            "headline_present_ahead",
            "Россия и Казахстан подписывают соглашение о военном сотрудничестве",
            "Министры обороны подпишут документ завтра в Астане.",
            None,
        ),
        (
            "headline_present_twin",
            "Россия и Казахстан подписывают соглашение о военном сотрудничестве",
            "Министры обороны подписали документ сегодня в Астане.",
            ("agreement_signed", "KZ RU"),
        ),
        (
            "ahead_of_talks",
            "",
            "В преддверии переговоров с министром обороны Турции министр обороны Азербайджана высоко оценил военное сотрудничество двух стран.",
            None,
        ),
        (
            "bloc_csto_2",
            "",
            "Министр обороны Казахстана встретился с генеральным секретарем ОДКБ и обсудил военное сотрудничество.",
            None,
        ),
        (
            "arms_fair_firms",
            "",
            "На выставке ADEX представители оборонных компаний Турции и Азербайджана провели встречу.",
            None,
        ),
        (
            "government_proposes",
            "",
            "Правительство внесло в Государственную думу законопроект о ратификации соглашения о военном сотрудничестве между Россией и Казахстаном.",
            None,
        ),
        (
            "amending_protocol",
            "",
            "Государственная дума ратифицировала протокол о внесении изменений в соглашение о военном сотрудничестве между Россией и Казахстаном.",
            ("agreement_ratified", "KZ RU"),
        ),
        (
            "present_future_twin_headline",
            "Госдума ратифицирует соглашение о военном сотрудничестве с Казахстаном",
            "Государственная дума ратифицировала соглашение о военном сотрудничестве между Россией и Казахстаном на пленарном заседании.",
            ("agreement_ratified", "KZ RU"),
        ),
    ],
    "tr": [
        (
            "vote_postponed",
            "",
            "Milletvekilleri Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasını görüştü, ancak oylama ertelendi.",
            None,
        ),
        (
            "attache_credentials",
            "",
            "Türkiye'nin yeni askeri ataşesi güven mektubunu Azerbaycan Genelkurmay Başkanına sundu.",
            None,
        ),
        ("will_hold_talks", "", "Türkiye ve Azerbaycan savunma bakanları gelecek hafta Bakü'de görüşecek.", None),
        (
            "congratulations_only",
            "",
            "Milli Savunma Bakanı, Azerbaycanlı mevkidaşını telefonla arayarak Silahlı Kuvvetler Günü'nü kutladı.",
            None,
        ),
        (
            "termination",
            "",
            "TBMM, Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının feshini onayladı.",
            None,
        ),
        (
            "headline_present_ahead",
            "Türkiye ve Azerbaycan askeri işbirliği anlaşması imzalıyor",
            "Savunma bakanları anlaşmayı yarın Bakü'de imzalayacak.",
            None,
        ),
        ("expected_to_meet", "", "Milli Savunma Bakanının Azerbaycanlı mevkidaşı ile görüşmesi bekleniyor.", None),
        (
            "bloc_nato",
            "",
            "Milli Savunma Bakanı, NATO Genel Sekreter Yardımcısı ile görüşerek Türkiye ile NATO arasındaki işbirliğini ele aldı.",
            None,
        ),
        (
            "mps",
            "",
            "TBMM Milli Savunma Komisyonu Başkanı, Azerbaycan Milli Meclisi milletvekillerinden oluşan heyeti kabul etti.",
            None,
        ),
        (
            "sent_to_parliament",
            "",
            "Türkiye ve Azerbaycan savunma bakanları bugün askeri işbirliği anlaşması imzaladı. Anlaşma onay için TBMM'ye gönderilecek.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "president_submits",
            "",
            "Cumhurbaşkanı, Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasını onay için TBMM Başkanlığına sundu.",
            None,
        ),
    ],
    "bg": [
        (
            "vote_postponed",
            "",
            "Депутатите обсъдиха днес ратифицирането на споразумението за отбранително сътрудничество между България и Гърция, но гласуването беше отложено.",
            None,
        ),
        (
            "vote_postponed_twin",
            "",
            "Народното събрание ратифицира днес споразумението за отбранително сътрудничество между България и Гърция.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "mps_committee",
            "",
            "Председателят на комисията по отбрана в Народното събрание се срещна с делегация на гръцки депутати.",
            None,
        ),
        (
            "will_hold_talks",
            "",
            "Министрите на отбраната на България и Гърция ще проведат разговори в София следващата седмица.",
            None,
        ),
        (
            "denunciation",
            "",
            "Народното събрание прие денонсирането на споразумението за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "government_proposes",
            "",
            "Министерският съвет предложи на Народното събрание да ратифицира споразумението за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "expected_to_meet",
            "",
            "Очаква се министърът на отбраната на България да се срещне с гръцкия си колега.",
            None,
        ),
        (
            "bloc_eu",
            "",
            "Министърът на отбраната на България се срещна с върховния представител на ЕС и обсъди отбранителното сътрудничество.",
            None,
        ),
        (
            "congratulations_only",
            "",
            "Министърът на отбраната на България поздрави гръцкия си колега по случай националния празник на Гърция.",
            None,
        ),
        (
            "sent_to_parliament",
            "",
            "Министрите на отбраната на България и Гърция подписаха днес споразумение за отбранително сътрудничество. Документът ще бъде внесен в Народното събрание за ратификация.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "present_future",
            "",
            "Народното събрание ще ратифицира споразумението за отбранително сътрудничество между България и Гърция.",
            None,
        ),
    ],
    "uk": [
        (
            "vote_postponed",
            "",
            "Депутати обговорили ратифікацію угоди про оборонне співробітництво між Україною та Польщею, але голосування було відкладено.",
            None,
        ),
        (
            "present_future_body",
            "",
            "Верховна Рада ратифікує угоду про оборонне співробітництво між Україною та Польщею.",
            None,
        ),
        (
            "present_future_twin",
            "",
            "Верховна Рада ратифікувала угоду про оборонне співробітництво між Україною та Польщею.",
            ("agreement_ratified", "PL UA"),
        ),
        (
            "will_hold_talks",
            "",
            "Міністри оборони України та Польщі проведуть переговори у Варшаві наступного тижня.",
            None,
        ),
        (
            "congratulations_only",
            "",
            "Міністр оборони України привітав польського колегу з Днем Війська Польського.",
            None,
        ),
        (
            "subject_to_ratification",
            "",
            "Міністри оборони України та Польщі підписали сьогодні угоду про оборонне співробітництво, яка підлягає ратифікації.",
            ("agreement_signed", "PL UA"),
        ),
        (
            "president_submits",
            "",
            "Президент України вніс на ратифікацію до Верховної Ради угоду про оборонне співробітництво з Польщею.",
            None,
        ),
        (
            "denunciation",
            "",
            "Верховна Рада денонсувала угоду про військове співробітництво між Україною та Білоруссю.",
            None,
        ),
        (
            "ratifies_headline_today",
            "Рада ратифікує угоду з Польщею",
            "Верховна Рада сьогодні ратифікувала угоду про оборонне співробітництво між Україною та Польщею.",
            ("agreement_ratified", "PL UA"),
        ),
    ],
    "kk": [
        (
            "will_hold_talks",
            "",
            "Қазақстан мен Өзбекстан қорғаныс министрлері келесі аптада Астанада келіссөздер өткізеді.",
            None,
        ),
        (
            "congratulations_only",
            "",
            "Қазақстан қорғаныс министрі өзбекстандық әріптесін Қарулы Күштер күнімен құттықтады.",
            None,
        ),
        (
            "subject_to_ratification",
            "",
            "Қазақстан мен Өзбекстан қорғаныс министрлері бүгін әскери ынтымақтастық туралы келісімге қол қойды. Келісім ратификациялануға тиіс.",
            ("agreement_signed", "KZ UZ"),
        ),
        (
            "president_submits",
            "",
            "Үкімет Қазақстан мен Өзбекстан арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы заң жобасын Мәжіліске енгізді.",
            None,
        ),
        (
            "denunciation",
            "",
            "Мәжіліс Қазақстан мен Ресей арасындағы әскери ынтымақтастық туралы келісімнің күшін жою туралы заңды мақұлдады.",
            None,
        ),
        (
            "vote_postponed",
            "",
            "Депутаттар Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімді ратификациялауды талқылады, бірақ дауыс беру кейінге қалдырылды.",
            None,
        ),
    ],
    "uz": [
        (
            "will_hold_talks",
            "",
            "O‘zbekiston va Qozog‘iston mudofaa vazirlari kelasi hafta Toshkentda muzokaralar o‘tkazadi.",
            None,
        ),
        (
            "vote_postponed",
            "",
            "Deputatlar O‘zbekiston va Qozog‘iston o‘rtasidagi harbiy hamkorlik to‘g‘risidagi bitimni ratifikatsiya qilishni muhokama qildi, biroq ovoz berish keyinga qoldirildi.",
            None,
        ),
    ],
    "hy": [
        (
            "will_hold_talks",
            "",
            "Հայաստանի և Հունաստանի պաշտպանության նախարարները հաջորդ շաբաթ բանակցություններ կանցկացնեն Աթենքում։",
            None,
        ),
        (
            "denunciation",
            "",
            "Ազգային ժողովը չեղյալ հայտարարեց Հայաստանի և Ռուսաստանի միջև ռազմական համագործակցության համաձայնագիրը։",
            None,
        ),
    ],
    "ka": [
        (
            "will_hold_talks",
            "",
            "საქართველოსა და აზერბაიჯანის თავდაცვის მინისტრები მომავალ კვირას თბილისში შეხვდებიან.",
            None,
        ),
        (
            "present_future",
            "",
            "საქართველოს პარლამენტი მოახდენს აზერბაიჯანთან თავდაცვის სფეროში თანამშრომლობის შეთანხმების რატიფიცირებას.",
            None,
        ),
    ],
    "fr": [
        (
            "will_hold_talks",
            "",
            "Les ministres de la Défense du Maroc et de la France tiendront des entretiens à Rabat la semaine prochaine.",
            None,
        ),
    ],
    "ar": [
        (
            "headline_ahead",
            "وزيرا دفاع أذربيجان وتركيا يوقعان اتفاقية للتعاون العسكري",
            "ومن المقرر أن يوقع الوزيران الاتفاقية غدا في باكو خلال زيارة الوزير التركي.",
            None,
        ),
        (
            "headline_ahead2",
            "أذربيجان وتركيا توقعان اتفاقية للتعاون العسكري الأسبوع المقبل",
            "وسيتم توقيع الاتفاقية خلال زيارة وزير الدفاع التركي إلى باكو.",
            None,
        ),
        (
            "headline_twin",
            "وزيرا دفاع أذربيجان وتركيا يوقعان اتفاقية للتعاون العسكري",
            "ووقع الوزيران الاتفاقية اليوم في باكو خلال زيارة الوزير التركي.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "headline_present_ahead",
            "وزيرا دفاع أذربيجان وتركيا يوقعان اتفاقية للتعاون العسكري",
            "ومن المقرر أن يوقع الوزيران الاتفاقية غدا في باكو خلال زيارة الوزير التركي.",
            None,
        ),
        (
            "headline_present_twin",
            "وزيرا دفاع أذربيجان وتركيا يوقعان اتفاقية للتعاون العسكري",
            "ووقع الوزيران الاتفاقية اليوم في باكو خلال زيارة الوزير التركي.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "headline_present_only",
            "وزيرا دفاع أذربيجان وتركيا يوقعان اتفاقية للتعاون العسكري",
            "وجرت المراسم في باكو.",
            ("agreement_signed", "AZ TR"),
        ),
        ("will_hold_talks", "", "سيعقد وزيرا الدفاع الأردني والمصري محادثات في عمان الأسبوع المقبل.", None),
    ],
}

test_probe = probe_grids(_GRID)
