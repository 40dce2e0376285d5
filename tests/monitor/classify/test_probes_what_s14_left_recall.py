"""Sentence probes of what session s14 left on the recall side (issue 15; session s15, helper c1), negatives beside:
a ratification told with the date of the document's signing, a government's approval of an agreement already
signed, a signing told in a relative clause that names its subject, commandos practising a rescue in a joint
exercise; a ship named by its navy's prefix ("PNS Saif undertook a PASSEX"); tr an agreement "in force from the date
of its signing" (a signing, not a ratification); az "imzaladıqları", uz "imzolagan" (a signing told in the
participle that opens a clause on the document, as tr "imzaladığı"). The principles are told in ``test_whole_articles_left.py``, whose articles carry them whole.
"""

from tests.monitor.classify.conftest import probe_grids

# Sentence probes by principle: {lang: [(principle, headline, text, expected)]}, expected None (not flagged) or
# (kind, "AA BB"). A dateline gives the page's day where the time of the act is what is probed.
_D = {
    "ru": "Москва, 2 декабря 2026\n",
    "tr": "Ankara, 2 Aralık 2026\n",
    "az": "Bakı, 2 dekabr 2026\n",
    "hy": "Երևան, 2 դեկտեմբերի 2026\n",
    "uk": "Київ, 2 грудня 2026\n",
    "kk": "Астана, 2 желтоқсан 2026\n",
    "uz": "Toshkent, 2-dekabr 2026\n",
    "ka": "თბილისი, 2 დეკემბერი 2026\n",
    "en": "Astana, 2 December 2026\n",
    "bg": "София, 3 декември 2026\n",
    "sr": "Београд, 2. децембар 2026\n",
}
_GRID = {
    "ru": [
        (
            "ratified-signing-date",
            "",
            _D["ru"]
            + "Мажилис ратифицировал соглашение между Казахстаном и Турцией о военном сотрудничестве, подписанное 12 марта 2025 года в Анкаре.",
            ("agreement_ratified", "KZ TR"),
        ),
        (
            "law-signing-date",
            "",
            _D["ru"]
            + "Президент России подписал федеральный закон о ратификации соглашения с Таджикистаном о военном сотрудничестве, подписанного в Душанбе 10 апреля 2025 года.",
            ("agreement_ratified", "RU TJ"),
        ),
        (
            "duma-signing-date",
            "",
            _D["ru"]
            + "Государственная Дума ратифицировала соглашение между Россией и Арменией о военном сотрудничестве, подписанное в Ереване 15 марта 2025 года.",
            ("agreement_ratified", "AM RU"),
        ),
        (
            "ratified-long-ago",
            "",
            _D["ru"]
            + "В марте 2025 года Мажилис ратифицировал соглашение между Казахстаном и Турцией о военном сотрудничестве, подписанное в Анкаре.",
            None,
        ),
        (
            "cabinet-approved-signed",
            "",
            "Кабинет министров Узбекистана утвердил соглашение между Узбекистаном и Таджикистаном о военном сотрудничестве, подписанное в Душанбе.",
            ("agreement_ratified", "TJ UZ"),
        ),
        (
            "cabmin-approved-signed",
            "",
            "Кабмин Кыргызстана одобрил подписанное в Астане соглашение между Кыргызстаном и Казахстаном о военном сотрудничестве.",
            ("agreement_ratified", "KG KZ"),
        ),
        (
            "cabinet-approved-draft",
            "",
            "Кабинет министров Узбекистана одобрил проект соглашения с Таджикистаном о военном сотрудничестве.",
            None,
        ),
    ],
    "tr": [
        (
            "in-force-from-signing",
            "",
            _D["tr"]
            + "Türkiye ile Azerbaycan arasında askeri eğitim işbirliği anlaşması imzalandı. Anlaşma imzalandığı "
            "tarihte yürürlüğe girdi.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "in-force-from-the-signing-date",
            "",
            _D["tr"] + "Türkiye ile Gürcistan arasında askeri işbirliği anlaşması imzalandı. Anlaşma imza tarihinden "
            "itibaren yürürlüğe girdi.",
            ("agreement_signed", "GE TR"),
        ),
        (
            "in-force-by-the-gazette",
            "",
            _D["tr"] + "Türkiye ile Azerbaycan arasındaki askeri eğitim işbirliği anlaşması, Resmi Gazete'de "
            "yayımlanarak yürürlüğe girdi.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "approved-signing-date",
            "",
            _D["tr"]
            + "TBMM, Türkiye ile Kazakistan arasında 12 Mart 2025 tarihinde imzalanan askeri işbirliği anlaşmasını onayladı.",
            ("agreement_ratified", "KZ TR"),
        ),
    ],
    "az": [
        (
            "relative-participle-today",
            "",
            "Azərbaycan və Gürcüstan müdafiə nazirlərinin bu gün imzaladıqları hərbi əməkdaşlıq planı 40 tədbiri "
            "əhatə edir.",
            ("plan_signed", "AZ GE"),
        ),
        (
            "relative-participle-years-ago",
            "",
            _D["az"] + "Azərbaycan və Gürcüstan müdafiə nazirlərinin 2019-cu ildə imzaladıqları hərbi əməkdaşlıq planı "
            "çərçivəsində bu gün Bakıda hərbi hospital açılıb.",
            None,
        ),
        (
            "ratified-signing-date",
            "",
            _D["az"]
            + "Milli Məclis 2025-ci il martın 15-də Ankarada imzalanmış Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib.",
            ("agreement_ratified", "AZ TR"),
        ),
        (
            "ratified-long-ago",
            "",
            _D["az"]
            + "Milli Məclis 2025-ci il martın 15-də Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib.",
            None,
        ),
    ],
    "hy": [
        (
            "ratified-signing-date",
            "",
            _D["hy"]
            + "Ազգային ժողովը վավերացրեց 2025 թվականի մարտի 15-ին Փարիզում ստորագրված Հայաստանի և Ֆրանսիայի միջև պաշտպանության ոլորտում համագործակցության համաձայնագիրը։",
            ("agreement_ratified", "AM FR"),
        ),
        (
            "ratified-long-ago",
            "",
            _D["hy"]
            + "Ազգային ժողովը 2025 թվականի մարտի 15-ին վավերացրել է Հայաստանի և Ֆրանսիայի միջև պաշտպանական համագործակցության համաձայնագիրը։",
            None,
        ),
        (
            "government-gave-approval",
            "",
            "Հայաստանի կառավարությունը հավանություն տվեց Փարիզում ստորագրված Հայաստանի և Ֆրանսիայի միջև պաշտպանության ոլորտում համագործակցության համաձայնագրին։",
            ("agreement_ratified", "AM FR"),
        ),
        (
            "approval-of-a-signing-ahead",
            "",
            "Կառավարությունը հավանություն տվեց Հայաստանի և Ֆրանսիայի միջև պաշտպանական համագործակցության համաձայնագրի ստորագրմանը։",
            None,
        ),
        (
            "approval-of-a-draft",
            "",
            "Հայաստանի կառավարությունը հավանություն տվեց Հայաստանի և Ֆրանսիայի միջև պաշտպանական համագործակցության համաձայնագրի նախագծին։",
            None,
        ),
    ],
    "uk": [
        (
            "ratified-signing-date",
            "",
            _D["uk"]
            + "Верховна Рада ратифікувала угоду між Україною та Польщею про співробітництво у сфері оборони, підписану у Варшаві 15 березня 2025 року.",
            ("agreement_ratified", "PL UA"),
        ),
        (
            "ratified-signing-date-before",
            "",
            _D["uk"]
            + "Верховна Рада ратифікувала підписану 15 березня 2025 року у Варшаві угоду між Україною та Польщею про співробітництво у сфері оборони.",
            ("agreement_ratified", "PL UA"),
        ),
    ],
    "kk": [
        (
            "ratified-signing-date",
            "",
            _D["kk"]
            + "Сенат 2025 жылғы 15 наурызда Бішкекте қол қойылған Қазақстан мен Қырғызстан арасындағы әскери ынтымақтастық туралы келісімді ратификациялады.",
            ("agreement_ratified", "KG KZ"),
        ),
    ],
    "uz": [
        (
            "relative-participle-today",
            "",
            "O'zbekiston va Qozog'iston mudofaa vazirlari bugun imzolagan harbiy hamkorlik rejasi 40 ta tadbirni o'z "
            "ichiga oladi.",
            ("plan_signed", "KZ UZ"),
        ),
        (
            "relative-participle-years-ago",
            "",
            _D["uz"] + "O'zbekiston va Qozog'iston mudofaa vazirlari 2019-yilda imzolagan harbiy hamkorlik rejasi "
            "doirasida bugun Toshkentda harbiy gospital ochildi.",
            None,
        ),
        (
            "ratified-signing-date",
            "",
            _D["uz"]
            + "Oliy Majlis Senati 2025-yil 15-martda Ostonada imzolangan O'zbekiston va Qozog'iston o'rtasidagi harbiy hamkorlik to'g'risidagi bitimni ratifikatsiya qildi.",
            ("agreement_ratified", "KZ UZ"),
        ),
    ],
    "ka": [
        (
            "ratified-signing-date",
            "",
            _D["ka"]
            + "საქართველოს პარლამენტმა მოახდინა 2025 წლის 15 მარტს ბაქოში ხელმოწერილი საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის შესახებ შეთანხმების რატიფიცირება.",
            ("agreement_ratified", "AZ GE"),
        ),
        (
            "government-approved-signed",
            "",
            "საქართველოს მთავრობამ დაამტკიცა ბაქოში ხელმოწერილი საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის შესახებ შეთანხმება.",
            ("agreement_ratified", "AZ GE"),
        ),
        (
            "government-approved-signing-ahead",
            "",
            "საქართველოს მთავრობამ დაამტკიცა საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის შესახებ შეთანხმების ხელმოწერა.",
            None,
        ),
    ],
    "bg": [
        (
            "council-approved-signed",
            "",
            "Министерският съвет одобри споразумението между България и Гърция за сътрудничество в областта на отбраната, подписано в Атина през октомври.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "government-approved-signed-on-a-day",
            "",
            "Правителството одобри споразумението между България и Румъния за военно сътрудничество, подписано на 15 октомври в Букурещ.",
            ("agreement_ratified", "BG RO"),
        ),
        (
            "ministers-met-and-signed",
            "",
            "Министрите на отбраната на България и Гърция се срещнаха в Атина и подписаха споразумение за сътрудничество в областта на отбраната.",
            ("agreement_signed", "BG GR"),
        ),
    ],
    "sr": [
        (
            "government-adopted-signed",
            "",
            "Влада Србије усвојила је споразум између Србије и Мађарске о сарадњи у области одбране, потписан у Будимпешти у октобру.",
            ("agreement_ratified", "HU RS"),
        ),
        (
            "government-adopted-signed-latin",
            "",
            "Vlada Srbije usvojila je sporazum između Srbije i Mađarske o saradnji u oblasti odbrane, potpisan u Budimpešti u oktobru.",
            ("agreement_ratified", "HU RS"),
        ),
    ],
    "en": [
        (
            "ratified-signing-date",
            "",
            _D["en"]
            + "The Senate of Kazakhstan ratified the agreement on military cooperation between Kazakhstan and Kyrgyzstan, signed on 15 March 2025 in Bishkek.",
            ("agreement_ratified", "KG KZ"),
        ),
        (
            "ratified-long-ago",
            "",
            _D["en"]
            + "In March 2025 the Senate of Kazakhstan ratified the agreement on military cooperation with Kyrgyzstan.",
            None,
        ),
        (
            "council-approved-signed",
            "",
            "The Council of Ministers approved the agreement between Bulgaria and Greece on defence cooperation, signed in Athens in October.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "council-approved-signing-ahead",
            "",
            "The Council of Ministers approved the signing of a defence cooperation agreement between Bulgaria and Greece.",
            None,
        ),
        (
            "met-and-signed-after-a-comma",
            "",
            "The defence ministers of Bulgaria and Greece met in Athens on Tuesday, signed a defence cooperation agreement and visited a naval base.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "relative-clause-today",
            "",
            "The military cooperation plan, which the defence ministers of Azerbaijan and Georgia signed today, covers 40 events.",
            ("plan_signed", "AZ GE"),
        ),
        (
            "relative-clause-on-tuesday",
            "",
            "The defence agreement, which Azerbaijan and Turkey signed on Tuesday, covers training and logistics.",
            ("agreement_signed", "AZ TR"),
        ),
        (
            "relative-clause-last-year",
            "",
            "The memorandum, which the defence ministries of India and Oman signed last year, covers maritime security.",
            None,
        ),
        (
            "conjunction-that-not-relative",
            "",
            "The minister underscored that the agreement on defence cooperation signed between the two ministries of Azerbaijan and Serbia in 2019 plays a key role.",
            None,
        ),
        (
            "commandos-hostage-rescue",
            "",
            "Commandos of Egypt and India practised a hostage rescue during the joint exercise in the desert.",
            ("exercise", "EG IN"),
        ),
        (
            "special-forces-rescue-drill",
            "",
            "Special forces of Jordan and the United States rehearsed a hostage rescue in a joint drill near Amman.",
            ("exercise", "JO US"),
        ),
        (
            "rescue-teams-exercise",
            "",
            "Rescue teams of Turkey and Azerbaijan held a joint exercise on earthquake response in Baku.",
            None,
        ),
        (
            "rescuers-exercise",
            "",
            "Rescuers of Kazakhstan and Kyrgyzstan held a joint exercise in the mountains.",
            None,
        ),
        (
            "naval-search-and-rescue",
            "",
            "The navies of India and Oman held a joint search and rescue exercise off Muscat.",
            ("exercise", "IN OM"),
        ),
        (
            "ship-prefix-undertook",
            "",
            "PNS Saif undertook a PASSEX with the Saudi Navy in the Red Sea.",
            ("exercise", "PK SA"),
        ),
        (
            "ship-prefixes-passing-exercise",
            "",
            "USS Carney and the French frigate Languedoc held a passing exercise in the Red Sea.",
            ("exercise", "FR US"),
        ),
        (
            "ship-prefix-joint-drills",
            "",
            "HMS Trent conducted joint drills with the Nigerian Navy off Lagos.",
            ("exercise", "GB NG"),
        ),
        (
            "undertook-to-expand",
            "",
            "The two sides undertook to expand joint military exercises between Pakistan and Saudi Arabia.",
            None,
        ),
        ("ship-port-call", "", "HMS Queen Elizabeth arrived in Tokyo for a port call.", None),
    ],
}

test_probe = probe_grids(_GRID)
