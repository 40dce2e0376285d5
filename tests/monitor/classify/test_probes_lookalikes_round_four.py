"""Meetings that are no defence talks and ratifications of what is no defence cooperation, round four (issue 15,
precision; session s15, c2).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB").
- **The defence industry on a civil agenda**: deputy prime ministers who "met to discuss trade, the defence industry and
  energy" were read as talks in en, az and tr (the defence industry is a defence body, ``defence_body``): a defence body
  listed beside civil topics by a comma or a joining word only is one item of a civil agenda
  (detect._defence_body_on_a_civil_agenda); a joint military commission that meets to discuss training, the defence
  industry and logistics, and defence ministers who discuss the industry, stay talks. ru, bg, uk, kk were right.
- **Shows, ceremonies, remembrance, speeches, interviews, parliaments' speakers, a foreign minister received by a
  president**, in en and az; **a ratification of what is no defence cooperation** (classified information, disasters,
  border police, a friendship treaty, a strategic partnership, a gas interconnector, customs, social security, a
  NATO host-nation memorandum, a loan) in bg, en, az, tr, ru; **steps before a ratification and after it** in bg (a
  cabinet proposing it, a ratification pending or still required, a decree to sign, a draft approved, a ratification
  recalled): all read right when written, kept so that they stay so. A president promulgating the ratification law
  (SCHEMA.md: agreement_ratified), a signing whose agreement enters into force after ratification, a minister meeting
  his counterpart, and a chief of defence who talked with his Greek counterpart on NATO's sidelines are the twins."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "en": [
        (
            "opened_exhibition_pavilion",
            "",
            "Azerbaijan's defence minister visited the Turkish pavilion at the ADEX defence exhibition in Baku on Tuesday.",
            None,
        ),
        (
            "funeral_condolences",
            "",
            "Azerbaijan's defence minister visited the Turkish embassy in Baku on Tuesday and signed the book of condolences.",
            None,
        ),
        (
            "minister_thanked_in_speech",
            "",
            "In a speech to parliament on Tuesday, Azerbaijan's defence minister thanked Turkey for its support.",
            None,
        ),
        (
            "interview_talks",
            "",
            "In an interview published on Tuesday, Azerbaijan's defence minister said his talks with the Turkish defence minister last month had been productive.",
            None,
        ),
        (
            "sports",
            "",
            "Military football teams of Azerbaijan and Turkey played a friendly match in Baku on Tuesday.",
            None,
        ),
        ("military_band", "", "Military bands of Azerbaijan and Turkey gave a joint concert in Baku on Tuesday.", None),
        (
            "heads_of_state_defence_line",
            "",
            "President Aliyev received Turkey's foreign minister on Tuesday. They discussed regional security and defence cooperation.",
            None,
        ),
        (
            "parliament_speakers",
            "",
            "The speakers of the parliaments of Azerbaijan and Turkey met in Baku on Tuesday and discussed defence cooperation.",
            None,
        ),
        (
            "memorial_joint",
            "",
            "Servicemen of Azerbaijan and Turkey laid wreaths at the memorial in Baku on Tuesday.",
            None,
        ),
        (
            "ambassador_to_chief_farewell",
            "",
            "Turkey's ambassador paid a farewell visit to Azerbaijan's chief of general staff on Tuesday at the end of his term.",
            None,
        ),
        ("ngo_visit", "", "A delegation of Turkish veterans visited Azerbaijan's defence ministry on Tuesday.", None),
        (
            "deputy_pm_trade",
            "",
            "The deputy prime ministers of Azerbaijan and Turkey met in Baku on Tuesday to discuss trade, the defence industry and energy.",
            None,
        ),
        (
            "pos_chief_and_pm",
            "",
            "Azerbaijan's prime minister received Turkey's chief of general staff on Tuesday; they discussed military cooperation.",
            ("talks", "AZ TR"),
        ),
        (
            "pos_commission_agenda",
            "",
            "The joint military commission of Azerbaijan and Turkey met in Baku on Tuesday to discuss training, the defence industry and logistics.",
            ("talks", "AZ TR"),
        ),
        (
            "classified_info",
            "",
            "The Bulgarian parliament on Tuesday ratified the agreement between Bulgaria and Greece on the mutual protection of classified information.",
            None,
        ),
        (
            "disaster",
            "",
            "The Bulgarian parliament on Tuesday ratified the agreement between Bulgaria and North Macedonia on cooperation in disaster response.",
            None,
        ),
        (
            "friendship_treaty",
            "",
            "The Azerbaijani parliament on Tuesday ratified the treaty of friendship and cooperation with Turkey.",
            None,
        ),
        (
            "strategic_partnership",
            "",
            "The Azerbaijani parliament on Tuesday ratified the strategic partnership agreement with Turkey.",
            None,
        ),
    ],
    "az": [
        ("pavilion", "", "Azərbaycanın müdafiə naziri ADEX sərgisində Türkiyə pavilyonunu ziyarət edib.", None),
        (
            "veterans",
            "",
            "Türkiyənin veteranlarından ibarət nümayəndə heyəti Azərbaycan Müdafiə Nazirliyini ziyarət edib.",
            None,
        ),
        (
            "sports",
            "",
            "Azərbaycan və Türkiyə ordularının futbol komandaları Bakıda yoldaşlıq görüşü keçiriblər.",
            None,
        ),
        (
            "condolences",
            "",
            "Azərbaycanın müdafiə naziri Türkiyənin Bakıdakı səfirliyinə gələrək başsağlığı kitabına ürək sözlərini yazıb.",
            None,
        ),
        (
            "interview",
            "",
            "Azərbaycanın müdafiə naziri müsahibəsində Türkiyə ilə keçən ay apardığı danışıqların səmərəli olduğunu bildirib.",
            None,
        ),
        (
            "speakers",
            "",
            "Azərbaycan və Türkiyə parlamentlərinin sədrləri Bakıda görüşərək müdafiə sahəsində əməkdaşlığı müzakirə ediblər.",
            None,
        ),
        (
            "foreign_minister_president",
            "",
            "Prezident İlham Əliyev Türkiyənin xarici işlər nazirini qəbul edib. Görüşdə regional təhlükəsizlik və müdafiə sahəsində əməkdaşlıq müzakirə olunub.",
            None,
        ),
        (
            "graduation",
            "",
            "Türkiyənin müdafiə naziri Ankarada hərbi akademiyanın buraxılış mərasimində iştirak edib, mərasimdə azərbaycanlı kursantlar da diplom alıblar.",
            None,
        ),
        ("band", "", "Azərbaycan və Türkiyə hərbi orkestrləri Bakıda birgə konsert veriblər.", None),
        (
            "deputy_pm_agenda",
            "",
            "Azərbaycan və Türkiyənin baş nazir müavinləri Bakıda görüşərək ticarət, müdafiə sənayesi və enerji məsələlərini müzakirə ediblər.",
            None,
        ),
        (
            "friendship_treaty",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında dostluq və əməkdaşlıq haqqında müqaviləni ratifikasiya edib.",
            None,
        ),
        (
            "classified_info",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında məxfi məlumatın qarşılıqlı mühafizəsi haqqında sazişi ratifikasiya edib.",
            None,
        ),
        (
            "emergency",
            "",
            "Milli Məclis Azərbaycan ilə Türkiyə arasında fövqəladə hallar sahəsində əməkdaşlıq haqqında sazişi ratifikasiya edib.",
            None,
        ),
    ],
    "ru": [
        (
            "deputy_pm_agenda",
            "",
            "Вице-премьеры России и Казахстана встретились во вторник в Москве, чтобы обсудить торговлю, оборонную промышленность и энергетику.",
            None,
        ),
        (
            "pos_ministers_industry",
            "",
            "Министры обороны России и Казахстана встретились во вторник в Москве и обсудили военно-техническое сотрудничество и оборонную промышленность.",
            ("talks", "KZ RU"),
        ),
        (
            "classified_info",
            "",
            "Государственная дума ратифицировала соглашение между Россией и Казахстаном о взаимной защите секретной информации.",
            None,
        ),
        (
            "emergency",
            "",
            "Государственная дума ратифицировала соглашение между Россией и Казахстаном о сотрудничестве в области предупреждения и ликвидации чрезвычайных ситуаций.",
            None,
        ),
    ],
    "tr": [
        (
            "deputy_pm_agenda",
            "",
            "Türkiye ve Azerbaycan cumhurbaşkanı yardımcıları Ankara'da görüşerek ticaret, savunma sanayii ve enerji konularını ele aldı.",
            None,
        ),
        (
            "classified_info",
            "",
            "TBMM Genel Kurulu, Türkiye ile Azerbaycan arasında gizlilik dereceli bilgilerin karşılıklı korunmasına ilişkin anlaşmayı onayladı.",
            None,
        ),
        (
            "customs",
            "",
            "TBMM Genel Kurulu, Türkiye ile Azerbaycan arasında gümrük işbirliği anlaşmasını onayladı.",
            None,
        ),
    ],
    "bg": [
        (
            "deputy_pm_agenda",
            "",
            "Вицепремиерите на България и Гърция се срещнаха във вторник в София и обсъдиха търговията, отбранителната промишленост и енергетиката.",
            None,
        ),
        (
            "classified_info",
            "",
            "Народното събрание ратифицира днес споразумението между България и Гърция за взаимна защита на класифицираната информация.",
            None,
        ),
        (
            "disaster",
            "",
            "Народното събрание ратифицира днес споразумението между България и Северна Македония за сътрудничество при бедствия.",
            None,
        ),
        (
            "border_police",
            "",
            "Народното събрание ратифицира днес споразумението между България и Турция за сътрудничество между граничните полиции.",
            None,
        ),
        (
            "friendship_treaty",
            "",
            "Народното събрание ратифицира днес договора за приятелство и сътрудничество между България и Северна Македония.",
            None,
        ),
        (
            "strategic_partnership",
            "",
            "Народното събрание ратифицира днес споразумението за стратегическо партньорство между България и Румъния.",
            None,
        ),
        (
            "gas_interconnector",
            "",
            "Народното събрание ратифицира днес споразумението между България и Гърция за изграждане на газовия интерконектор.",
            None,
        ),
        (
            "nato_mou",
            "",
            "Народното събрание ратифицира днес Меморандума за разбирателство между България и Организацията на Северноатлантическия договор за подкрепа от страна домакин.",
            None,
        ),
        (
            "social_security",
            "",
            "Народното събрание ратифицира днес споразумението между България и Молдова за социална сигурност.",
            None,
        ),
        (
            "amendment_f16_loan",
            "",
            "Народното събрание ратифицира днес изменението на споразумението за заем с Европейската инвестиционна банка.",
            None,
        ),
        ("budget_defence", "", "Народното събрание прие днес бюджета на Министерството на отбраната за 2027 г.", None),
        (
            "deployment_approved",
            "",
            "Народното събрание одобри днес изпращането на български военни в Гърция за участие в съвместно учение.",
            None,
        ),
        (
            "cabinet_proposes_ratify",
            "",
            "Министерският съвет предлага на Народното събрание да ратифицира споразумението за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "pending_ratification",
            "",
            "Предстои ратифициране на споразумението за отбранително сътрудничество между България и Гърция от Народното събрание.",
            None,
        ),
        (
            "signed_enters_after_ratification",
            "",
            "Министрите на отбраната на България и Гърция подписаха днес споразумение за отбранително сътрудничество, което ще влезе в сила след ратифицирането му.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "must_be_ratified",
            "",
            "Споразумението за отбранително сътрудничество между България и Гърция трябва да бъде ратифицирано от Народното събрание.",
            None,
        ),
        (
            "nato_accession",
            "",
            "Народното събрание ратифицира днес протокола за присъединяване на Швеция към Северноатлантическия договор.",
            None,
        ),
        (
            "education_agreement",
            "",
            "Народното събрание ратифицира днес споразумението между България и Турция за сътрудничество в областта на образованието.",
            None,
        ),
        (
            "f16_amendment",
            "",
            "Народното събрание ратифицира днес изменението на споразумението със Съединените щати за придобиване на изтребители F-16.",
            None,
        ),
        (
            "second_reading_defence_act",
            "",
            "Парламентът прие окончателно на второ четене промените в Закона за отбраната и въоръжените сили.",
            None,
        ),
        (
            "committee_supports",
            "",
            "Комисията по отбрана подкрепи ратифицирането на споразумението за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "president_decree_signing",
            "",
            "Президентът подписа указ за подписване на споразумение за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "cabinet_approved_draft",
            "",
            "Министерският съвет одобри проект на споразумение за отбранително сътрудничество между България и Гърция.",
            None,
        ),
        (
            "president_promulgated",
            "",
            "Президентът подписа указ за обнародване на закона за ратифициране на споразумението за отбранително сътрудничество между България и Гърция.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "ratification_recalled",
            "",
            "Министърът на отбраната на България припомни, че споразумението с Гърция за отбранително сътрудничество е ратифицирано преди години.",
            None,
        ),
        (
            "sofa_us_multilateral",
            "",
            "Народното събрание ратифицира днес споразумението между страните по Северноатлантическия договор относно статута на техните въоръжени сили.",
            None,
        ),
        (
            "us_embassy_reception",
            "",
            "Министърът на отбраната на България присъства на прием в посолството на Съединените щати по случай Деня на независимостта.",
            None,
        ),
        (
            "visit_exhibition",
            "",
            "Министърът на отбраната на България посети днес изложението за отбранителна техника в Атина.",
            None,
        ),
        (
            "minister_on_tv",
            "",
            "Министърът на отбраната на България заяви в интервю за телевизия, че разговорите с Гърция са били полезни.",
            None,
        ),
        (
            "parliament_delegation",
            "",
            "Делегация на комисията по отбрана на Народното събрание на България посети Гърция и се срещна с гръцки депутати.",
            None,
        ),
        (
            "pos_minister_met",
            "",
            "Министърът на отбраната на България се срещна днес в Атина с гръцкия си колега и обсъди военното сътрудничество.",
            ("talks", "BG GR"),
        ),
        ("trilateral", "", "Министрите на отбраната на България, Гърция и Румъния се срещнаха днес в Атина.", None),
        (
            "pos_chief_on_nato_sidelines",
            "",
            "Началникът на отбраната на България участва в срещата на началниците на отбраната на страните от НАТО в Брюксел, където разговаря и с гръцкия си колега.",
            ("talks", "BG GR"),
        ),
    ],
    "uk": [
        (
            "deputy_pm_agenda",
            "",
            "Віцепрем'єри України та Польщі зустрілися у вівторок у Варшаві та обговорили торгівлю, оборонну промисловість і енергетику.",
            None,
        ),
    ],
    "kk": [
        (
            "deputy_pm_agenda",
            "",
            "Қазақстан мен Өзбекстан премьер-министрінің орынбасарлары Астанада кездесіп, сауда, қорғаныс өнеркәсібі және энергетика мәселелерін талқылады.",
            None,
        ),
    ],
}

test_probe = probe_grids(_GRID)
