"""A ratification still to come beside a signing (issue 15, precision and main kind; session s15, c2).

Written for these tests. Expected: None (not flagged) or (kind, "AA BB").
"The defence ministers signed a defence cooperation agreement today, which will enter into force after its
ratification" was read as agreement_ratified in all 20 languages probed (the ratification's noun and the signing's
verb in one sentence make a ratification, rules.act_kind): the ratification is the condition of the entry into force,
still to come, and the act is the signing. The words of a ratification ahead (``ratification_ahead``: "after its
ratification", "после его ратификации", "след ратифицирането му", "ratifikasiya edildikdən sonra", "onaylandıktan
sonra", "nach seiner Ratifizierung", "بعد التصديق عليها", "must be ratified", "subject to ratification") now drop the
ratification words inside them (facts._drop_ratifications_ahead). A sentence telling only the ratification ahead is
no event; a parliament that ratified an agreement which enters into force after an exchange of notes still ratified.
bg's passive participle of signing after its document with no auxiliary ("Споразумението ..., подписано през 2019 г.,
предвижда ...") describes the document (bg ``sign_participle`` and ``aux``, facts._is_reduced_participle, as en "the
agreement, signed in 2019,"); "беше подписано", "е подписано", "бе подписано" and a headline's participle still sign."""

from tests.monitor.classify.conftest import probe_grids

_GRID = {
    "bg": [
        (
            "sign_then_ratification_ahead",
            "",
            "Министрите на отбраната на България и Гърция подписаха днес споразумение за отбранително сътрудничество, което ще влезе в сила след ратифицирането му.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "ratified_in_force_later",
            "",
            "Народното събрание ратифицира днес споразумението за отбранително сътрудничество между България и Гърция, което ще влезе в сила след размяна на ноти.",
            ("agreement_ratified", "BG GR"),
        ),
        (
            "aux_before",
            "",
            "Днес в Атина беше подписано споразумение за отбранително сътрудничество между България и Гърция.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "aux_e",
            "",
            "Споразумението за отбранително сътрудничество между България и Гърция е подписано днес в Атина.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "bi_before",
            "",
            "Днес в Атина бе подписано споразумение за отбранително сътрудничество между България и Гърция.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "plan_aux",
            "",
            "Планът за военно сътрудничество между България и Гърция за 2027 г. беше подписан днес в Атина.",
            ("plan_signed", "BG GR"),
        ),
        (
            "headline_participle",
            "Споразумение за отбранително сътрудничество между България и Гърция подписано в Атина",
            "Министрите на отбраната на двете страни се срещнаха днес.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "participle_describes",
            "",
            "Споразумението между България и Гърция, подписано през 2019 г., предвижда съвместно обучение на военни.",
            None,
        ),
    ],
    "en": [
        (
            "sign_then_ratification_ahead",
            "",
            "The defence ministers of Bulgaria and Greece signed a defence cooperation agreement today, which will enter into force after its ratification.",
            ("agreement_signed", "BG GR"),
        ),
        (
            "only_ratification_ahead",
            "",
            "The defence cooperation agreement between Azerbaijan and Turkey will enter into force after its ratification by the two parliaments.",
            None,
        ),
        (
            "must_be_ratified",
            "",
            "The defence cooperation agreement between Bulgaria and Greece, signed in May, must be ratified by parliament.",
            None,
        ),
        (
            "ratified_in_force_later",
            "",
            "The Bulgarian parliament ratified the defence cooperation agreement with Greece on Tuesday; it will enter into force after the exchange of notes.",
            ("agreement_ratified", "BG GR"),
        ),
    ],
    "az": [
        (
            "sign_then_ratification_ahead",
            "",
            "Azərbaycan və Türkiyə müdafiə nazirləri bu gün hərbi əməkdaşlıq sazişi imzalayıblar. Saziş ratifikasiya edildikdən sonra qüvvəyə minəcək.",
            ("agreement_signed", "AZ TR"),
        ),
    ],
    "ru": [
        (
            "sign_then_ratification_ahead",
            "",
            "Министры обороны России и Казахстана подписали сегодня соглашение о военном сотрудничестве, которое вступит в силу после его ратификации.",
            ("agreement_signed", "KZ RU"),
        ),
        (
            "ratified_in_force_later",
            "",
            "Государственная дума во вторник ратифицировала соглашение о военном сотрудничестве с Казахстаном, которое вступит в силу после обмена нотами.",
            ("agreement_ratified", "KZ RU"),
        ),
    ],
    "tr": [
        (
            "sign_then_ratification_ahead",
            "",
            "Türkiye ve Azerbaycan savunma bakanları bugün askeri işbirliği anlaşması imzaladı. Anlaşma onaylandıktan sonra yürürlüğe girecek.",
            ("agreement_signed", "AZ TR"),
        ),
    ],
    "uk": [
        (
            "sign_then_ratification_ahead",
            "",
            "Міністри оборони України та Польщі сьогодні підписали угоду про військове співробітництво, яка набуде чинності після її ратифікації.",
            ("agreement_signed", "PL UA"),
        ),
    ],
    "kk": [
        (
            "sign_then_ratification_ahead",
            "",
            "Қазақстан мен Өзбекстан қорғаныс министрлері бүгін әскери ынтымақтастық туралы келісімге қол қойды. Келісім ратификацияланғаннан кейін күшіне енеді.",
            ("agreement_signed", "KZ UZ"),
        ),
    ],
    "fr": [
        (
            "sign_then_ratification_ahead",
            "",
            "Les ministres de la Défense de la France et du Maroc ont signé aujourd'hui un accord de coopération militaire, qui entrera en vigueur après sa ratification.",
            ("agreement_signed", "FR MA"),
        ),
    ],
    "de": [
        (
            "sign_then_ratification_ahead",
            "",
            "Die Verteidigungsminister Deutschlands und Polens unterzeichneten heute ein Abkommen über militärische Zusammenarbeit, das nach seiner Ratifizierung in Kraft tritt.",
            ("agreement_signed", "DE PL"),
        ),
    ],
    "es": [
        (
            "sign_then_ratification_ahead",
            "",
            "Los ministros de Defensa de España y Marruecos firmaron hoy un acuerdo de cooperación militar, que entrará en vigor tras su ratificación.",
            ("agreement_signed", "ES MA"),
        ),
    ],
    "it": [
        (
            "sign_then_ratification_ahead",
            "",
            "I ministri della Difesa di Italia e Albania hanno firmato oggi un accordo di cooperazione militare, che entrerà in vigore dopo la sua ratifica.",
            ("agreement_signed", "AL IT"),
        ),
    ],
    "pl": [
        (
            "sign_then_ratification_ahead",
            "",
            "Ministrowie obrony Polski i Litwy podpisali dziś umowę o współpracy wojskowej, która wejdzie w życie po jej ratyfikacji.",
            ("agreement_signed", "LT PL"),
        ),
    ],
    "ro": [
        (
            "sign_then_ratification_ahead",
            "",
            "Miniștrii apărării din România și Polonia au semnat astăzi un acord de cooperare militară, care va intra în vigoare după ratificarea sa.",
            ("agreement_signed", "PL RO"),
        ),
    ],
    "el": [
        (
            "sign_then_ratification_ahead",
            "",
            "Οι υπουργοί Άμυνας της Ελλάδας και της Κύπρου υπέγραψαν σήμερα συμφωνία στρατιωτικής συνεργασίας, η οποία θα τεθεί σε ισχύ μετά την κύρωσή της.",
            ("agreement_signed", "CY GR"),
        ),
    ],
    "sr": [
        (
            "sign_then_ratification_ahead",
            "",
            "Министри одбране Србије и Мађарске потписали су данас споразум о војној сарадњи, који ће ступити на снагу након ратификације.",
            ("agreement_signed", "HU RS"),
        ),
    ],
    "pt": [
        (
            "sign_then_ratification_ahead",
            "",
            "Os ministros da Defesa de Portugal e Espanha assinaram hoje um acordo de cooperação militar, que entrará em vigor após a sua ratificação.",
            ("agreement_signed", "ES PT"),
        ),
    ],
    "ka": [
        (
            "sign_then_ratification_ahead",
            "",
            "საქართველოსა და აზერბაიჯანის თავდაცვის მინისტრებმა დღეს სამხედრო თანამშრომლობის შეთანხმებას მოაწერეს ხელი. შეთანხმება ძალაში რატიფიცირების შემდეგ შევა.",
            ("agreement_signed", "AZ GE"),
        ),
    ],
    "hy": [
        (
            "sign_then_ratification_ahead",
            "",
            "Հայաստանի և Հնդկաստանի պաշտպանության նախարարներն այսօր ստորագրել են ռազմական համագործակցության համաձայնագիր, որն ուժի մեջ կմտնի վավերացումից հետո։",
            ("agreement_signed", "AM IN"),
        ),
    ],
    "uz": [
        (
            "sign_then_ratification_ahead",
            "",
            "O'zbekiston va Qozog'iston mudofaa vazirlari bugun harbiy hamkorlik to'g'risidagi bitimni imzoladi. Bitim ratifikatsiya qilingandan keyin kuchga kiradi.",
            ("agreement_signed", "KZ UZ"),
        ),
    ],
    "ar": [
        (
            "sign_then_ratification_ahead",
            "",
            "وقع وزيرا الدفاع في مصر والسعودية اليوم اتفاقية للتعاون العسكري تدخل حيز التنفيذ بعد التصديق عليها.",
            ("agreement_signed", "EG SA"),
        ),
    ],
}

test_probe = probe_grids(_GRID)
