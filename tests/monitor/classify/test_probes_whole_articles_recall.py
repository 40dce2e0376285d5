"""Whole articles that report a real bilateral act, written for these tests (issue 15, recall; session s11, helper
c1). Real articles differ from probe sentences in their shape: a headline and a lead that say different things, a
dateline, quotes, a closing paragraph of background ("In 2024 the two ministries signed ..."), a list of other
news, third states named beside the pair, tenses mixed. Each short article here has one of the shapes issue 15's
"Why" lists: a short wire item, an excerpt that starts mid-article with no headline, an act told only in the
headline and a quote, an exercise that "begins today", talks by phone, a plan for a span of years, in en, ru,
tr, az, bg and pt, and one or two in uk, kk, uz, el, sr, ro, de, fr, es, it, pl. Every article names its states
as a real one would (an outlet's own state is named here, since a probe has no address to tell it).

Also: acts told only in a headline over a body that tells talks, or only in a quote; bilateral plans signed on the
sidelines of a trilateral meeting; one state signing with several on a tour; a trilateral exercise (not flagged).

Each entry: (shape, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

EN = [
    (
        "short wire item with dateline",
        "Georgia, Lithuania ink defence cooperation plan",
        "TBILISI, March 3 (Wire) - Georgia and Lithuania signed a bilateral defence cooperation plan for 2027 on Tuesday, the Georgian Defence Ministry said. The plan covers training, cyber defence and officer exchanges. (Reporting by Staff; Editing by Desk)",
        ("plan_signed", "GE LT", 2027),
    ),
    (
        "excerpt starting mid-article",
        "",
        '... the visit continued with a tour of the naval base. Later in the day, Portuguese Defence Minister Ana Costa and her Croatian counterpart held talks at the ministry, where they reviewed bilateral military cooperation and training of staff officers. "Our navies already work side by side," Costa told reporters after the meeting. In 2024 the two ministries signed a memorandum on cooperation in military education.\n\nMore news\nParliament debates pension reform\nStorm closes coastal roads',
        ("talks", "HR PT"),
    ),
    (
        "act only in headline and quote",
        "Kazakhstan, Kyrgyzstan ratify military cooperation agreement",
        '"The law on ratification of the agreement with Kyrgyzstan on military cooperation has been signed by the head of state," presidential spokesman said on Friday. The agreement, concluded in Bishkek last year, sets out joint training and the exchange of military specialists. Kyrgyzstan completed its procedures in the spring.',
        ("agreement_ratified", "KG KZ"),
    ),
    (
        "exercise begins today",
        "Joint drills start",
        "A joint tactical exercise of the armed forces of Azerbaijan and Turkey begins today in Nakhchivan, the Ministry of Defence reported. About 1,500 servicemen, armoured vehicles and helicopters are involved. The drills will last until 14 May. Last year the two armies held a similar exercise near Kars.",
        ("exercise", "AZ TR"),
    ),
    (
        "talks by phone",
        "Defence chiefs hold phone call",
        "Greek Defence Minister Nikos Pappas spoke by telephone on Monday with his Cypriot counterpart, discussing the progress of bilateral defence cooperation and joint training programmes for the coming year, the ministry said in a statement.",
        ("talks", "CY GR"),
    ),
    (
        "programme for a span of years",
        "Armenia and France sign military cooperation programme",
        "YEREVAN - The defence ministers of Armenia and France signed a military cooperation programme for 2027-2029 in Yerevan on Thursday. According to the ministry, the document provides for training of Armenian officers in French military schools. The sides also discussed the situation in the region.",
        ("plan_signed", "AM FR", 2027),
    ),
    (
        "talks: headline names the visit, lead the meeting",
        "Indian Army chief in Tashkent",
        "The Chief of the Army Staff of India arrived in Tashkent on a three-day visit on Monday. He was received by the Minister of Defence of Uzbekistan, and the two sides discussed training, counter-terrorism and defence industry cooperation. Uzbekistan has similar arrangements with Kazakhstan and Russia.\n\nRelated\nFloods in the south\nNew metro line opens",
        ("talks", "IN UZ"),
    ),
    (
        "talks: hosted a delegation, told with a quote",
        "Defence delegation from Qatar visits Baku",
        '"Our cooperation in military education is growing every year," Azerbaijan\'s Deputy Defence Minister said as he hosted a delegation of the Qatari Armed Forces in Baku. The meeting focused on training of cadets and exchanges of instructors.',
        ("talks", "AZ QA"),
    ),
    (
        "ratification by the upper house, several states in background",
        "Senate ratifies defence pact with Japan",
        "MANILA - The Philippine Senate on Wednesday ratified the reciprocal access agreement with Japan, clearing the way for joint training of the two countries' forces. Senators voted 19-0 in favour. Manila has a similar agreement with Australia and is negotiating one with France.",
        ("agreement_ratified", "JP PH"),
    ),
    (
        "ratification told by the president's signature on the law",
        "President signs defence deal law",
        "Kazakh President signed the law ratifying the agreement between Kazakhstan and Turkey on military cooperation, the Akorda press service reported on Friday.",
        ("agreement_ratified", "KZ TR"),
    ),
    (
        "plan signed after talks, told after the talks",
        "Ministers hold talks in Minsk",
        "The defence ministers of Belarus and Kazakhstan held talks in Minsk on Tuesday. They discussed regional security and military-technical cooperation. At the end of the meeting, the ministers signed a plan of bilateral military cooperation for next year.",
        ("plan_signed", "BY KZ"),
    ),
    (
        "talks: Secretary of National Defense",
        "Defense chiefs meet",
        "Philippine Secretary of National Defense met Australia's Deputy Prime Minister and Minister for Defence in Canberra on Thursday to discuss maritime cooperation.",
        ("talks", "AU PH"),
    ),
    (
        "talks: Chief of Defence Force visits",
        "Malaysian defence chief visits Jakarta",
        "Malaysia's Chief of Defence Force called on Indonesian Armed Forces Commander in Jakarta, where both discussed border patrols and joint training.",
        ("talks", "ID MY"),
    ),
    (
        "ratification: lawmakers passed a bill",
        "Lawmakers back defence deal",
        "Mongolian lawmakers passed a bill ratifying the defence cooperation agreement with South Korea on Thursday.",
        ("agreement_ratified", "KR MN"),
    ),
    (
        "ratification: parliament endorsed",
        "Parliament endorses pact",
        "The parliament of Georgia endorsed the agreement on defence cooperation with Azerbaijan, the legislature's press office said.",
        ("agreement_ratified", "AZ GE"),
    ),
    (
        "furniture around the story: crumbs, time stamp, photo credit, read also",
        "Kyrgyzstan and India sign defence cooperation memorandum",
        "Home / News / Defence\n07.12.2026 | 14:22 | Views: 1,204\nPhoto: Ministry of Defence press service\nBISHKEK - The defence ministries of Kyrgyzstan and India signed a memorandum of understanding on cooperation in military education on Monday.\nRead also: Flood warnings issued for three regions\nThe document was signed by the deputy ministers after talks in Bishkek. It provides for the training of Kyrgyz officers in India.\nShare: Facebook Twitter Telegram",
        ("agreement_signed", "IN KG"),
    ),
    (
        "officials named by name after the lead",
        "Akar, Hasanov hold talks in Ankara",
        'Turkish Defence Minister received his Azerbaijani counterpart in Ankara on Wednesday. Akar and Hasanov discussed joint training and defence industry projects. "We stand together," Akar said.',
        ("talks", "AZ TR"),
    ),
    (
        "act buried after long context",
        "Defence minister's Asian tour",
        "The defence minister of Azerbaijan began a tour of Asia on Sunday. In Tokyo he laid a wreath. He then visited a shipyard. He met the Azerbaijani community. In the evening he attended a reception. On Monday, in Seoul, the defence ministers of Azerbaijan and South Korea signed an agreement on military education cooperation.",
        ("agreement_signed", "AZ KR"),
    ),
    (
        "headline act, body tells talks",
        "Azerbaijan, Georgia sign military cooperation plan for 2027",
        "The defence ministers of Azerbaijan and Georgia met in Tbilisi on Tuesday. They discussed regional security and joint training.",
        ("plan_signed", "AZ GE", 2027),
    ),
    (
        "act told only in a quote",
        "Minister on ties with Japan",
        '"Today we signed an agreement on defence cooperation with Japan," Philippine Defence Secretary said after talks in Manila.',
        ("agreement_signed", "JP PH"),
    ),
    (
        "two bilateral plans at a trilateral meeting",
        "Trilateral defence meeting in Baku",
        "The defence ministers of Azerbaijan, Georgia and Turkey held a trilateral meeting in Baku on Friday. On the sidelines of the meeting, Azerbaijan signed bilateral military cooperation plans for 2027 with Georgia and with Turkey.",
        ("plan_signed", "AZ GE", 2027),
    ),
    (
        "a tour: three signings, one each",
        "Minister's Central Asian tour",
        "Belarus's defence minister signed military cooperation plans for 2027 with Kazakhstan, Kyrgyzstan and Tajikistan during a tour of the region.",
        ("plan_signed", "BY KZ", 2027),
    ),
]

RU = [
    (
        "short wire item",
        "Белоруссия и Вьетнам подписали план военного сотрудничества",
        "МИНСК, 12 декабря. Министры обороны Белоруссии и Вьетнама подписали план двустороннего военного сотрудничества на 2027 год, сообщили в белорусском военном ведомстве.",
        ("plan_signed", "BY VN", 2027),
    ),
    (
        "excerpt mid-article, plan for years",
        "",
        "...после возложения венков делегации перешли к переговорам. По их итогам главы оборонных ведомств России и Лаоса подписали программу военного сотрудничества на 2027-2029 годы. «Документ открывает новые возможности для подготовки кадров», — отметил российский министр. Напомним, соглашение о военном сотрудничестве двух стран было подписано в 2019 году.",
        ("plan_signed", "LA RU", 2027),
    ),
    (
        "exercise begins today",
        "В Таджикистане стартуют учения",
        "Сегодня на полигоне Харбмайдон начинается совместное тактическое учение вооруженных сил Таджикистана и Узбекистана. В нем примут участие около 700 военнослужащих, сообщает пресс-служба Минобороны республики. Учение продлится три дня.",
        ("exercise", "TJ UZ"),
    ),
    (
        "talks by phone",
        "Телефонный разговор министров",
        "Министр обороны Казахстана провел телефонный разговор с министром обороны Азербайджана. Стороны обсудили вопросы двустороннего военного сотрудничества и наметили планы на следующий год.",
        ("talks", "AZ KZ"),
    ),
    (
        "ratification told in headline and quote",
        "Госдума ратифицировала соглашение с Монголией",
        "«Ратификация соглашения укрепит правовую основу военного сотрудничества России и Монголии», — заявил председатель комитета по обороне. Документ, подписанный в Улан-Баторе в прошлом году, предусматривает совместную подготовку войск. Ранее закон был одобрен правительством.",
        ("agreement_ratified", "MN RU"),
    ),
    (
        "plan: headline about talks, plan in the third sentence",
        "Переговоры министров обороны Армении и России",
        "В Москве прошли переговоры министров обороны России и Армении. Стороны обсудили военное и военно-техническое сотрудничество. По итогам встречи министры подписали план сотрудничества министерств обороны на 2027 год.",
        ("plan_signed", "AM RU", 2027),
    ),
    (
        "plan: passive, the two departments",
        "Подписан план",
        "Между военными ведомствами Кыргызстана и Беларуси подписан план двустороннего сотрудничества на 2027 год. Документ подписали заместители министров обороны двух стран.",
        ("plan_signed", "BY KG", 2027),
    ),
    (
        "plan approved in talks, year in headline only",
        "План военного сотрудничества России и Монголии на 2027 год",
        "Министры обороны России и Монголии утвердили план двустороннего военного сотрудничества. Церемония прошла в Улан-Баторе.",
        ("plan_signed", "MN RU", 2027),
    ),
    (
        "plan agreed (согласован)",
        "План согласован",
        "План двустороннего военного сотрудничества Казахстана и Таджикистана на 2027 год согласован и подписан в Астане.",
        ("plan_signed", "KZ TJ", 2027),
    ),
    (
        "plan sealed with signatures",
        "Документы подписаны",
        "Главы военных ведомств Армении и Греции скрепили подписями план военного сотрудничества на 2027 год.",
        ("plan_signed", "AM GR", 2027),
    ),
    (
        "plan signed by deputies, passive with instrumental",
        "Подписан план",
        "План сотрудничества между министерствами обороны Узбекистана и России на 2027 год подписан заместителями министров.",
        ("plan_signed", "RU UZ", 2027),
    ),
    (
        "plan signed, told as the document 'approved at the talks'",
        "Итоги переговоров",
        "На переговорах в Минске министры обороны Беларуси и Азербайджана одобрили план военного сотрудничества на 2027 год.",
        ("plan_signed", "AZ BY", 2027),
    ),
    (
        "furniture around the story",
        "Россия и Индонезия подписали план военного сотрудничества",
        "Главная / Новости / Армия\n07.12.2026, 10:15\nФото: пресс-служба Минобороны\nДжакарта, 7 декабря. Министры обороны России и Индонезии подписали план двустороннего военного сотрудничества на 2027 год.\nЧитайте также: В Москве ожидается снегопад\nПодписание состоялось по итогам переговоров в Джакарте.\nПоделиться: ВКонтакте Телеграм",
        ("plan_signed", "ID RU", 2027),
    ),
    (
        "act told in a quote of the minister",
        "Визит министра обороны Армении в Афины",
        "«Сегодня мы подписали план военного сотрудничества между Арменией и Грецией на 2027 год», — сообщил министр обороны Армении журналистам в Афинах.",
        ("plan_signed", "AM GR", 2027),
    ),
    (
        "headline act as a noun, body tells talks",
        "Подписание плана военного сотрудничества России и Армении на 2027 год",
        "Министры обороны России и Армении провели переговоры в Москве. Стороны обсудили вопросы подготовки кадров и совместных учений.",
        ("plan_signed", "AM RU", 2027),
    ),
    (
        "two bilateral plans at a trilateral meeting",
        "Трехсторонняя встреча",
        "В Баку прошла трехсторонняя встреча министров обороны Азербайджана, Грузии и Турции. На полях встречи министр обороны Азербайджана подписал планы двустороннего военного сотрудничества на 2027 год с Грузией и Турцией.",
        ("plan_signed", "AZ GE", 2027),
    ),
]

TR = [
    (
        "short wire item",
        "Türkiye ile Moldova arasında askeri işbirliği anlaşması imzalandı",
        "ANKARA (AA) - Türkiye ile Moldova arasında askeri çerçeve işbirliği anlaşması bugün Ankara'da imzalandı. Anlaşmayı iki ülkenin savunma bakanları imzaladı.",
        ("agreement_signed", "MD TR"),
    ),
    (
        "exercise begins today",
        "Ortak tatbikat bugün başlıyor",
        "Türk Silahlı Kuvvetleri ile Azerbaycan Silahlı Kuvvetleri arasında düzenlenen ortak taktik tatbikat bugün Kars'ta başlıyor. Milli Savunma Bakanlığından yapılan açıklamaya göre tatbikat beş gün sürecek. İki ülke geçen yıl da benzer bir tatbikat icra etmişti.",
        ("exercise", "AZ TR"),
    ),
    (
        "talks by phone",
        "Bakanlar telefonda görüştü",
        "Milli Savunma Bakanı, Pakistan Savunma Bakanı ile telefonda görüştü. Görüşmede iki ülke arasındaki savunma ve askeri işbirliği ele alındı.",
        ("talks", "PK TR"),
    ),
    (
        "exercise carried out, guest forces",
        "Efes-2027 tamamlandı",
        "İzmir'de icra edilen Efes-2027 tatbikatına Türkiye ve Gürcistan askerleri katıldı. Tatbikatın seçkin gözlemci günü Milli Savunma Bakanı'nın katılımıyla gerçekleştirildi.",
        ("exercise", "GE TR"),
    ),
    (
        "exercise: forces trained together, guest",
        "Türk ve Katar askerlerinden ortak eğitim",
        "Türk Silahlı Kuvvetleri ile Katar Silahlı Kuvvetleri personeli Doha'da ortak eğitim faaliyeti icra etti. Milli Savunma Bakanlığı, eğitimin başarıyla tamamlandığını duyurdu.",
        ("exercise", "QA TR"),
    ),
    (
        "exercise: code named, started with participation",
        "Kararlılık-2027 tatbikatı başladı",
        "Türkiye ile Azerbaycan'ın katılımıyla Kararlılık-2027 ortak tatbikatı Ankara'da başladı. Tatbikatta iki ülkenin özel kuvvetleri yer alıyor.",
        ("exercise", "AZ TR"),
    ),
    (
        "plan signed, talks first",
        "Türkiye ile Kırgızistan arasında görüşme",
        "Milli Savunma Bakanı, Kırgızistan Savunma Bakanı ile Ankara'da görüştü. Görüşmenin ardından 2027 yılı askeri işbirliği planı imzalandı.",
        ("plan_signed", "KG TR", 2027),
    ),
    (
        "weekly briefing list, exercise one item",
        "MSB haftalık basın bilgilendirmesi",
        "Milli Savunma Bakanlığında haftalık basın bilgilendirme toplantısı düzenlendi. Toplantıda şu bilgiler verildi:\n- Kara Kuvvetleri Komutanı Almanya'da temaslarda bulundu.\n- Türkiye ile Azerbaycan arasında Mustafa Kemal Atatürk-2027 ortak tatbikatı Bakü'de başarıyla icra edildi.\n- Deniz Kuvvetleri unsurları Akdeniz'de eğitim faaliyetlerine devam ediyor.",
        ("exercise", "AZ TR"),
    ),
    (
        "exercise with a partner's unit, passive",
        "Ortak eğitim tamamlandı",
        "Türk ve Özbek özel kuvvetleri arasında gerçekleştirilen ortak eğitim Taşkent'te tamamlandı. Eğitimde dağlık arazide operasyon teknikleri çalışıldı.",
        ("exercise", "TR UZ"),
    ),
    (
        "exercise told as units' joint drill in headline",
        "Türk ve Pakistan deniz kuvvetlerinden ortak tatbikat",
        "Türk Deniz Kuvvetlerine ait fırkateyn, Pakistan Deniz Kuvvetleri gemileriyle Arap Denizi'nde geçiş eğitimi icra etti.",
        ("exercise", "PK TR"),
    ),
    (
        "furniture around the story",
        "Türkiye ile Kenya arasında askeri işbirliği anlaşması",
        "Anasayfa > Gündem > Savunma\n07.12.2026 11:40 | Son güncelleme: 12:05\nFotoğraf: AA\nTürkiye ile Kenya arasında askeri eğitim işbirliği anlaşması Ankara'da imzalandı.\nİlginizi çekebilir: Hava durumu uyarısı\nAnlaşmayı iki ülkenin genelkurmay başkan yardımcıları imzaladı.",
        ("agreement_signed", "KE TR"),
    ),
    (
        "headline act, body tells talks",
        "Türkiye ile Arnavutluk arasında askeri işbirliği planı imzalandı",
        "Milli Savunma Bakanı, Arnavutluk Savunma Bakanı ile Ankara'da görüştü. Görüşmede iki ülke arasındaki askeri işbirliği ele alındı.",
        ("plan_signed", "AL TR"),
    ),
    (
        "act told only in a quote",
        "Bakan açıklama yaptı",
        'Milli Savunma Bakanı, "Bugün Gürcistan ile askeri çerçeve anlaşması imzaladık" dedi.',
        ("agreement_signed", "GE TR"),
    ),
    (
        "bilateral talks on the sidelines of a multilateral meeting",
        "NATO toplantısı",
        "Milli Savunma Bakanı, Brüksel'deki NATO Savunma Bakanları Toplantısı marjında Hollanda Savunma Bakanı ile ikili görüşme gerçekleştirdi.",
        ("talks", "NL TR"),
    ),
]

AZ = [
    (
        "short wire item plan",
        "Azərbaycan və Gürcüstan hərbi əməkdaşlıq planı imzalayıb",
        "Bakı, 5 dekabr. Azərbaycan və Gürcüstan müdafiə nazirlikləri arasında 2027-ci il üçün ikitərəfli hərbi əməkdaşlıq planı imzalanıb. Bu barədə Müdafiə Nazirliyindən məlumat verilib.",
        ("plan_signed", "AZ GE", 2027),
    ),
    (
        "exercise begins today",
        "Birgə təlimlər bu gün başlayır",
        "Azərbaycan və Türkiyə ordularının birgə taktiki təlimləri bu gün Naxçıvanda başlayır. Təlimlərdə hər iki ölkənin hərbçiləri iştirak edir. Təlimlər bir həftə davam edəcək.",
        ("exercise", "AZ TR"),
    ),
    (
        "talks by phone",
        "Nazirlər telefonla danışıb",
        "Azərbaycanın müdafiə naziri Qazaxıstanın müdafiə naziri ilə telefon danışığı aparıb. Söhbət zamanı tərəflər ikitərəfli hərbi əməkdaşlıq məsələlərini müzakirə ediblər.",
        ("talks", "AZ KZ"),
    ),
    (
        "talks: minister received ambassador to discuss cooperation",
        "Görüş",
        "Azərbaycanın müdafiə naziri İtaliyanın ölkəmizdəki səfirini qəbul edib. Görüşdə iki ölkə arasında hərbi əməkdaşlığın inkişafı müzakirə olunub.",
        ("talks", "AZ IT"),
    ),
    (
        "plan signed at the end of meeting",
        "Azərbaycan və Belarus hərbi əməkdaşlıq planı imzalayıb",
        "Minskdə Azərbaycan və Belarus müdafiə nazirlərinin görüşü keçirilib. Görüşün sonunda 2027-ci il üçün hərbi əməkdaşlıq planı imzalanıb.",
        ("plan_signed", "AZ BY", 2027),
    ),
    (
        "furniture around the story",
        "Azərbaycan və Macarıstan hərbi əməkdaşlıq planı imzalayıb",
        "Ana səhifə / Xəbərlər / Ordu\n07 Dekabr 2026 15:30\nFoto: Müdafiə Nazirliyi\nBakıda Azərbaycan və Macarıstan müdafiə nazirlikləri arasında 2027-ci il üçün ikitərəfli hərbi əməkdaşlıq planı imzalanıb.\nOxşar xəbərlər: Bakıda güclü külək gözlənilir\nSənədi nazir müavinləri imzalayıblar.",
        ("plan_signed", "AZ HU", 2027),
    ),
    (
        "headline act, body tells talks",
        "Azərbaycan və Serbiya arasında hərbi əməkdaşlıq planı imzalanıb",
        "Azərbaycanın müdafiə naziri Serbiyanın müdafiə naziri ilə görüşüb. Görüşdə hərbi təhsil sahəsində əməkdaşlıq müzakirə olunub.",
        ("plan_signed", "AZ RS"),
    ),
    (
        "trilateral exercise stays multilateral",
        "Üçtərəfli təlim",
        "Azərbaycan, Türkiyə və Gürcüstan hərbçilərinin birgə təlimi Tbilisidə başlayıb.",
        None,
    ),
]

BG = [
    (
        "short wire item",
        "България и Северна Македония подписаха план за военно сътрудничество",
        "София, 4 декември (БТА) - Министрите на отбраната на България и Северна Македония подписаха днес план за двустранно военно сътрудничество за 2027 година.",
        ("plan_signed", "BG MK", 2027),
    ),
    (
        "talks by phone",
        "Телефонен разговор",
        "Министърът на отбраната на България проведе телефонен разговор с министъра на отбраната на Румъния. Двамата обсъдиха двустранното сътрудничество в областта на отбраната и съвместните учения.",
        ("talks", "BG RO"),
    ),
    (
        "exercise begins today",
        "Започва съвместно учение",
        "Днес на полигона Ново село започва съвместно учение на сухопътните войски на България и САЩ. В него участват около 600 военнослужащи.",
        ("exercise", "BG US"),
    ),
    (
        "ratification: parliament ratified",
        "Парламентът ратифицира споразумението със САЩ",
        "Народното събрание ратифицира днес споразумението за сътрудничество в областта на отбраната между България и САЩ. За гласуваха 150 депутати.",
        ("agreement_ratified", "BG US"),
    ),
    (
        "talks hosted",
        "Посещение",
        "Началникът на отбраната на България прие делегация на въоръжените сили на Сърбия. Разговорите бяха посветени на съвместната подготовка.",
        ("talks", "BG RS"),
    ),
    (
        "agreement told with dateline and quote",
        "Подписаха споразумение",
        "СОФИЯ. Министрите на отбраната на България и Албания подписаха споразумение за сътрудничество в областта на отбраната. „Това е важна стъпка“, заяви българският министър.",
        ("agreement_signed", "AL BG"),
    ),
    (
        "headline act, body tells talks",
        "България и Полша подписаха споразумение за отбранително сътрудничество",
        "Министрите на отбраната на България и Полша разговаряха във Варшава. Те обсъдиха подкрепата за Украйна и съвместното обучение.",
        ("agreement_signed", "BG PL"),
    ),
]

PT = [
    (
        "short wire item",
        "Portugal e Cabo Verde assinam programa de cooperação",
        "Lisboa, 2 dez (Lusa) - Os ministros da Defesa de Portugal e de Cabo Verde assinaram hoje o programa-quadro de cooperação no domínio da defesa para 2027-2031.",
        ("plan_signed", "CV PT", 2027),
    ),
    (
        "talks by phone",
        "Ministros falam ao telefone",
        "O ministro da Defesa do Brasil conversou por telefone com o seu homólogo de Angola. Os dois discutiram a cooperação militar bilateral e a formação de oficiais.",
        ("talks", "AO BR"),
    ),
    (
        "exercise begins today",
        "Exercício conjunto começa hoje",
        "Começa hoje em Moçambique um exercício militar conjunto das Forças Armadas de Moçambique e de Portugal, com a participação de cerca de 300 militares.",
        ("exercise", "MZ PT"),
    ),
    (
        "agreement signed, dateline and quote",
        "Brasil e Suécia assinam acordo",
        'BRASÍLIA - Os ministros da Defesa do Brasil e da Suécia assinaram nesta terça-feira um acordo de cooperação em matéria de defesa. "O acordo abre novas oportunidades", disse o ministro brasileiro.',
        ("agreement_signed", "BR SE"),
    ),
    (
        "ratification by decree",
        "Decreto promulga acordo",
        "O Presidente da República promulgou o decreto que aprova o acordo de cooperação no domínio da defesa entre Portugal e Marrocos.",
        ("agreement_ratified", "MA PT"),
    ),
    (
        "signing with the two official names of the states",
        "Acordo de cooperação",
        "A República Portuguesa e a República de Moçambique assinaram em Maputo um acordo de cooperação no domínio da defesa, informou o Ministério da Defesa Nacional.",
        ("agreement_signed", "MZ PT"),
    ),
    (
        "headline act, body tells talks",
        "Portugal e Angola assinam programa de cooperação para 2027-2029",
        "Os ministros da Defesa de Portugal e de Angola reuniram-se em Luanda. Discutiram a formação de militares e a segurança marítima.",
        ("plan_signed", "AO PT", 2027),
    ),
]

UK = [
    (
        "short wire item, plan",
        "Україна та Литва підписали план співробітництва",
        "Київ, 5 грудня. Міністри оборони України та Литви підписали план двостороннього військового співробітництва на 2027 рік, повідомили в Міноборони.",
        ("plan_signed", "LT UA", 2027),
    ),
    (
        "talks by phone",
        "Телефонна розмова",
        "Міністр оборони України провів телефонну розмову з міністром оборони Естонії. Сторони обговорили військову допомогу та спільні навчання.",
        ("talks", "EE UA"),
    ),
]

KK = [
    (
        "plan for a span of years",
        "Жоспарға қол қойылды",
        "Қазақстан мен Түркия қорғаныс министрліктері 2027-2029 жылдарға арналған әскери ынтымақтастық бағдарламасына қол қойды.",
        ("plan_signed", "KZ TR", 2027),
    ),
]

UZ = [
    (
        "exercise begins today",
        "Qo'shma mashg'ulot",
        "Bugun O'zbekiston va Qozog'iston qurolli kuchlarining qo'shma taktik mashg'uloti boshlandi. Unda 500 nafar harbiy xizmatchi ishtirok etmoqda.",
        ("exercise", "KZ UZ"),
    ),
]

EL = [
    (
        "agreement signed with dateline",
        "Υπογραφή συμφωνίας",
        "ΑΘΗΝΑ. Οι υπουργοί Άμυνας της Ελλάδας και της Γαλλίας υπέγραψαν σήμερα συμφωνία αμυντικής συνεργασίας.",
        ("agreement_signed", "FR GR"),
    ),
]

SR = [
    (
        "plan signed",
        "Potpisan plan",
        "Ministri odbrane Srbije i Mađarske potpisali su plan bilateralne vojne saradnje za 2027. godinu.",
        ("plan_signed", "HU RS", 2027),
    ),
]

RO = [
    (
        "talks by phone",
        "Convorbire telefonică",
        "Ministrul apărării naționale al României a avut o convorbire telefonică cu omologul său din Republica Moldova, în care au discutat cooperarea militară bilaterală.",
        ("talks", "MD RO"),
    ),
]

DE = [
    (
        "exercise begins today",
        "Gemeinsame Übung beginnt",
        "Heute beginnt in Litauen eine gemeinsame Übung der Streitkräfte Deutschlands und Litauens mit rund 800 Soldaten.",
        ("exercise", "DE LT"),
    ),
]

FR = [
    (
        "agreement signed, quote",
        "Accord de défense",
        "Les ministres de la Défense de la France et du Maroc ont signé lundi à Rabat un accord de coopération militaire. « C'est une étape importante », a déclaré le ministre français.",
        ("agreement_signed", "FR MA"),
    ),
]

ES = [
    (
        "ratification by the senate",
        "El Senado ratifica el acuerdo",
        "El Senado de Chile ratificó el acuerdo de cooperación en materia de defensa con Perú.",
        ("agreement_ratified", "CL PE"),
    ),
]

IT = [
    (
        "agreement signed",
        "Accordo firmato",
        "I ministri della Difesa di Italia e Giappone hanno firmato a Roma un accordo di cooperazione nel settore della difesa.",
        ("agreement_signed", "IT JP"),
    ),
]

PL = [
    (
        "agreement signed",
        "Umowa podpisana",
        "Ministrowie obrony Polski i Korei Południowej podpisali w Warszawie umowę o współpracy wojskowej.",
        ("agreement_signed", "KR PL"),
    ),
]

test_en = probe_grid("en", EN)
test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
test_az = probe_grid("az", AZ)
test_bg = probe_grid("bg", BG)
test_pt = probe_grid("pt", PT)
test_uk = probe_grid("uk", UK)
test_kk = probe_grid("kk", KK)
test_uz = probe_grid("uz", UZ)
test_el = probe_grid("el", EL)
test_sr = probe_grid("sr", SR)
test_ro = probe_grid("ro", RO)
test_de = probe_grid("de", DE)
test_fr = probe_grid("fr", FR)
test_es = probe_grid("es", ES)
test_it = probe_grid("it", IT)
test_pl = probe_grid("pl", PL)
