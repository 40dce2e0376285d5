"""Talks that are no bilateral defence talks, and ratifications that are none (issue 15, precision; session s15, c2).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB").
Talks: a defence official's meeting inside a multilateral event told with several states; a video address; a message of
congratulations; an attaché's reception for his own national day (bg was read as talks: ``courtesy``, _HOLIDAYS, as en,
ru, az, tr, kk, uk, uz already had); two presidents whose agenda lists defence among ten topics (SCHEMA.md: talks are
defence officials'); a commission on trade and economic cooperation whose sides list the defence industry among its
topics (en was read as talks: ``civil_actor``, _ECONOMIC_COMMISSIONS, and detect._talks reading "the sides" of a civil
meeting told before); two ministers discussing a third state's war. The twins: a pair on the sidelines, a joint
military commission, an attaché received to discuss cooperation.
Ratifications: a bill approved by a committee, passed in first reading, submitted, returned or vetoed; a multilateral
convention, a bloc's agreement, a loan for arms ratified; a ratification announced for the next session (ru
"ратифицирует ... на следующем пленарном заседании", uk "ратифікує ... на наступному пленарному засіданні" were read as
done: ``coming``, _NEXT_SESSIONS, and uk's ``present``, _PRESENT_ACTS), for next week, or on the agenda; a treaty
registered with the United Nations. In en, ru, uk, az, tr, bg; the twins ratify."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "en": [
        (
            "talks_sidelines_several_states",
            "",
            "On the sidelines of the NATO defence ministers' meeting in Brussels on Tuesday, ministers of Poland, Lithuania, Latvia and Estonia discussed air defence.",
            None,
        ),
        (
            "talks_pos_sidelines_pair",
            "",
            "On the sidelines of the NATO defence ministers' meeting in Brussels on Tuesday, the Polish defence minister met his Lithuanian counterpart.",
            ("talks", "LT PL"),
        ),
        (
            "talks_video_address",
            "",
            "Azerbaijan's defence minister addressed the conference in Ankara by video on Tuesday and spoke about military cooperation with Turkey.",
            None,
        ),
        (
            "talks_message_congratulating",
            "",
            "Turkey's defence minister sent a message to his Azerbaijani counterpart on Tuesday congratulating him on Army Day.",
            None,
        ),
        (
            "talks_attache_national_day",
            "",
            "The Turkish military attaché in Baku hosted a reception on Tuesday on the occasion of Turkey's Republic Day, attended by officers of the Azerbaijani Defence Ministry.",
            None,
        ),
        (
            "talks_presidents_ten_topics",
            "",
            "The presidents of Azerbaijan and Turkey held talks in Ankara on Tuesday. They discussed trade, energy, transport, education, culture, tourism, agriculture, health, defence and investment.",
            None,
        ),
        (
            "talks_trade_commission_defence_line",
            "",
            "The intergovernmental commission on trade and economic cooperation between Azerbaijan and Turkey met in Baku on Tuesday. The sides discussed trade, energy, transport and defence industry.",
            None,
        ),
        (
            "talks_pos_military_commission",
            "",
            "The joint military commission of Azerbaijan and Turkey met in Baku on Tuesday. The sides discussed military training and the defence industry.",
            ("talks", "AZ TR"),
        ),
        (
            "talks_third_state_war",
            "",
            "The defence ministers of Poland and Lithuania discussed the war in Ukraine during a phone call on Tuesday.",
            None,
        ),
        (
            "rat_pos_ratified",
            "",
            "The Bulgarian parliament on Tuesday ratified the defence cooperation agreement with Greece.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "rat_committee_approved_bill",
            "",
            "The parliamentary committee on defence approved on Tuesday the bill on the ratification of the military cooperation agreement between Bulgaria and Greece.",
            None,
        ),
        (
            "rat_first_reading",
            "",
            "Parliament passed in first reading on Tuesday the law ratifying the defence cooperation agreement with Greece.",
            None,
        ),
        (
            "rat_returned",
            "",
            "The president returned to parliament on Tuesday the law on the ratification of the defence cooperation agreement with Greece.",
            None,
        ),
        (
            "rat_vetoed",
            "",
            "The president vetoed on Tuesday the law ratifying the defence cooperation agreement with Greece.",
            None,
        ),
        (
            "rat_multilateral_convention",
            "",
            "The Bulgarian parliament ratified on Tuesday the Council of Europe convention on cybercrime.",
            None,
        ),
        (
            "rat_bloc_agreement",
            "",
            "The Bulgarian parliament ratified on Tuesday the security of information agreement between Bulgaria and the European Union.",
            None,
        ),
        (
            "rat_announced_next_session",
            "",
            "Parliament will ratify the defence cooperation agreement with Greece at its next session, the speaker announced on Tuesday.",
            None,
        ),
        (
            "rat_due_to_ratify",
            "",
            "Parliament is due to ratify the defence cooperation agreement with Greece on Thursday.",
            None,
        ),
        (
            "rat_on_the_agenda",
            "",
            "The ratification of the defence cooperation agreement with Greece is on the agenda of parliament's session next week.",
            None,
        ),
        (
            "rat_registered",
            "",
            "The defence cooperation agreement between Bulgaria and Greece was registered with the United Nations secretariat on Tuesday.",
            None,
        ),
        (
            "rat_loan_for_arms",
            "",
            "The Bulgarian parliament on Tuesday ratified the loan agreement with the United States for the purchase of F-16 fighter jets.",
            None,
        ),
    ],
    "ru": [
        (
            "talks_sidelines_several_states",
            "",
            "Во вторник в Брюсселе на полях встречи министров обороны стран НАТО министры обороны Польши, Литвы, Латвии и Эстонии обсудили противовоздушную оборону.",
            None,
        ),
        (
            "talks_video_address",
            "",
            "Министр обороны Казахстана выступил по видеосвязи на конференции в Ташкенте и рассказал о военном сотрудничестве с Узбекистаном.",
            None,
        ),
        (
            "talks_attache_national_day",
            "",
            "Военный атташе Турции в Баку во вторник дал прием по случаю Дня Республики Турции, на котором присутствовали офицеры Министерства обороны Азербайджана.",
            None,
        ),
        (
            "talks_presidents_ten_topics",
            "",
            "Президенты Казахстана и Узбекистана провели переговоры в Астане во вторник. Они обсудили торговлю, энергетику, транспорт, образование, культуру, туризм, сельское хозяйство, здравоохранение, оборону и инвестиции.",
            None,
        ),
        (
            "talks_trade_commission_defence_line",
            "",
            "Во вторник в Баку прошло заседание межправительственной комиссии по торгово-экономическому сотрудничеству Азербайджана и Турции. Стороны обсудили торговлю, энергетику, транспорт и оборонную промышленность.",
            None,
        ),
        (
            "rat_pos_ratified",
            "",
            "Во вторник Государственная дума ратифицировала соглашение о военном сотрудничестве с Казахстаном.",
            ("agreement_ratified", "KZ RU"),
        ),
        (
            "rat_first_reading",
            "",
            "Во вторник Государственная дума приняла в первом чтении закон о ратификации соглашения о военном сотрудничестве с Казахстаном.",
            None,
        ),
        (
            "rat_committee_approved_bill",
            "",
            "Комитет Государственной думы по обороне одобрил законопроект о ратификации соглашения о военном сотрудничестве с Казахстаном.",
            None,
        ),
        (
            "rat_returned",
            "",
            "Президент вернул в парламент закон о ратификации соглашения о военном сотрудничестве с Казахстаном.",
            None,
        ),
        (
            "rat_vetoed",
            "",
            "Президент наложил вето на закон о ратификации соглашения о военном сотрудничестве с Казахстаном.",
            None,
        ),
        (
            "rat_announced_next_session",
            "",
            "Государственная дума ратифицирует соглашение о военном сотрудничестве с Казахстаном на следующем пленарном заседании, сообщил председатель комитета.",
            None,
        ),
        (
            "rat_announced_for_december",
            "",
            "Парламент ратифицирует соглашение о военном сотрудничестве с Казахстаном в декабре.",
            None,
        ),
        (
            "rat_loan_for_arms",
            "",
            "Во вторник Государственная дума ратифицировала кредитное соглашение с Белоруссией на закупку вооружений.",
            None,
        ),
        ("rat_bloc_convention", "", "Парламент Беларуси ратифицировал конвенцию ОДКБ о статусе сил во вторник.", None),
        (
            "rat_registered",
            "",
            "Соглашение о военном сотрудничестве между Россией и Казахстаном зарегистрировано в секретариате ООН.",
            None,
        ),
    ],
    "az": [
        (
            "talks_attache_national_day",
            "",
            "Türkiyənin Bakıdakı hərbi attaşesi Türkiyə Respublikası Günü münasibətilə qəbul təşkil edib. Qəbulda Azərbaycan Müdafiə Nazirliyinin zabitləri iştirak ediblər.",
            None,
        ),
        (
            "talks_presidents_ten_topics",
            "",
            "Azərbaycan və Türkiyə prezidentləri Ankarada danışıqlar aparıblar. Onlar ticarət, enerji, nəqliyyat, təhsil, mədəniyyət, turizm, kənd təsərrüfatı, səhiyyə, müdafiə və investisiya məsələlərini müzakirə ediblər.",
            None,
        ),
        (
            "talks_video_address",
            "",
            "Azərbaycanın müdafiə naziri Ankarada keçirilən konfransa video müraciət edib və Türkiyə ilə hərbi əməkdaşlıqdan danışıb.",
            None,
        ),
        (
            "rat_pos_ratified",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişini ratifikasiya edib.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "rat_committee_approved_bill",
            "",
            "Milli Məclisin müdafiə komitəsi Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin təsdiq edilməsi haqqında qanun layihəsini bəyənib.",
            None,
        ),
        (
            "rat_first_reading",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin təsdiq edilməsi haqqında qanun layihəsini birinci oxunuşda qəbul edib.",
            None,
        ),
        (
            "rat_bill_submitted",
            "",
            "Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin təsdiq edilməsi haqqında qanun layihəsi Milli Məclisə təqdim edilib.",
            None,
        ),
        (
            "rat_announced_next_session",
            "",
            "Milli Məclis növbəti plenar iclasda Türkiyə ilə hərbi əməkdaşlıq sazişini ratifikasiya edəcək.",
            None,
        ),
        (
            "rat_loan_for_arms",
            "",
            "Milli Məclis Türkiyə ilə silah alınması üçün kredit sazişini ratifikasiya edib.",
            None,
        ),
    ],
    "tr": [
        (
            "talks_attache_national_day",
            "",
            "Türkiye'nin Bakü Askeri Ataşesi Cumhuriyet Bayramı dolayısıyla resepsiyon verdi. Resepsiyona Azerbaycan Savunma Bakanlığı subayları katıldı.",
            None,
        ),
        (
            "talks_presidents_ten_topics",
            "",
            "Türkiye ve Azerbaycan cumhurbaşkanları Ankara'da görüştü. Ticaret, enerji, ulaştırma, eğitim, kültür, turizm, tarım, sağlık, savunma ve yatırım konuları ele alındı.",
            None,
        ),
        (
            "talks_video_message",
            "",
            "Milli Savunma Bakanı, Bakü'deki konferansa video mesaj gönderdi ve Azerbaycan ile askeri işbirliğinden söz etti.",
            None,
        ),
        (
            "rat_pos_ratified",
            "",
            "TBMM Genel Kurulu, Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "rat_committee_approved_bill",
            "",
            "TBMM Dışişleri Komisyonu, Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifini kabul etti.",
            None,
        ),
        (
            "rat_bill_submitted",
            "",
            "Türkiye ile Azerbaycan arasındaki askeri işbirliği anlaşmasının onaylanmasına ilişkin kanun teklifi TBMM Başkanlığına sunuldu.",
            None,
        ),
        (
            "rat_returned",
            "",
            "Cumhurbaşkanı, askeri işbirliği anlaşmasının onaylanmasına ilişkin kanunu yeniden görüşülmek üzere TBMM'ye iade etti.",
            None,
        ),
        (
            "rat_announced_next_week",
            "",
            "TBMM Genel Kurulu, Azerbaycan ile askeri işbirliği anlaşmasını gelecek hafta görüşecek.",
            None,
        ),
        (
            "rat_announced_future",
            "",
            "Azerbaycan ile askeri işbirliği anlaşması TBMM Genel Kurulu'nda onaylanacak.",
            None,
        ),
    ],
    "bg": [
        (
            "talks_presidents_ten_topics",
            "",
            "Президентите на България и Гърция проведоха разговори в София във вторник. Те обсъдиха търговията, енергетиката, транспорта, образованието, културата, туризма, земеделието, здравеопазването, отбраната и инвестициите.",
            None,
        ),
        (
            "talks_attache_national_day",
            "",
            "Военното аташе на Гърция в София даде прием по случай националния празник на Гърция, на който присъстваха офицери от Министерството на отбраната на България.",
            None,
        ),
        (
            "talks_pos_attache_received",
            "",
            "Министърът на отбраната на България прие във вторник военното аташе на Гърция и обсъди с него военното сътрудничество между двете страни.",
            ("talks", "BG GR"),
        ),
        (
            "talks_third_state_war",
            "",
            "Министрите на отбраната на България и Гърция обсъдиха по телефона войната в Украйна във вторник.",
            None,
        ),
        (
            "rat_pos_ratified",
            "",
            "Народното събрание ратифицира днес споразумението за отбранително сътрудничество между България и Гърция.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "rat_committee_first_reading",
            "",
            "Комисията по отбрана в Народното събрание одобри на първо четене законопроекта за ратифициране на споразумението за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "rat_first_reading",
            "",
            "Народното събрание прие на първо четене законопроекта за ратифициране на споразумението за отбранително сътрудничество с Гърция.",
            None,
        ),
        (
            "rat_returned",
            "",
            "Президентът върна за ново обсъждане закона за ратифициране на споразумението за отбранително сътрудничество с Гърция.",
            None,
        ),
        (
            "rat_vetoed",
            "",
            "Президентът наложи вето върху закона за ратифициране на споразумението за отбранително сътрудничество с Гърция.",
            None,
        ),
        (
            "rat_announced_next_session",
            "",
            "Народното събрание ще ратифицира споразумението за отбранително сътрудничество с Гърция на следващото си заседание.",
            None,
        ),
        (
            # A government that approves the agreement (here its ratification bill) and sends it to parliament
            # approves it (SCHEMA.md's "government approval"; dev's labels; rules.submitted_unapproved), as en, ru
            # and kk read it: this probe passed as None only while "Народното събрание" named no state.
            "rat_cabinet_submitted_bill",
            "",
            "Министерският съвет одобри законопроекта за ратифициране на споразумението за отбранително сътрудничество с Гърция и го внесе в Народното събрание.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "rat_loan_for_arms",
            "",
            "Народното събрание ратифицира заема от Съединените щати за закупуване на изтребители F-16.",
            None,
        ),
        (
            "rat_bloc_agreement",
            "",
            "Народното събрание ратифицира споразумението между България и Европейския съюз за сигурност на информацията.",
            None,
        ),
        (
            "rat_on_the_agenda",
            "",
            "Ратифицирането на споразумението за отбранително сътрудничество с Гърция е включено в дневния ред на парламента за следващата седмица.",
            None,
        ),
    ],
    "uk": [
        (
            "rat_announced_next_session",
            "",
            "Верховна Рада ратифікує угоду про військове співробітництво з Польщею на наступному пленарному засіданні.",
            None,
        ),
        (
            "rat_pos_ratified",
            "",
            "Верховна Рада у вівторок ратифікувала угоду про військове співробітництво з Польщею.",
            ("agreement_ratified", "PL UA"),
        ),
    ],
}

test_probe = probe_grids(_GRID)
