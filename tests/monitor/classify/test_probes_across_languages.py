"""Two principles of issue 15 probed in every language of the region, in sentences written for these
tests: the plan year of a span or a pair of years is its first year, wherever the year stands (the
headline too); bilateral plans signed on the sidelines of a trilateral meeting stay bilateral."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

PLAN_YEARS = [
    ("ru", "", "Министры обороны Армении и Белоруссии подписали план военного сотрудничества на 2018 и "
     "2019 годы.", 2018),
    ("ru", "План сотрудничества на 2025 год", "Министры обороны Казахстана и Узбекистана подписали план "
     "двустороннего военного сотрудничества.", 2025),
    ("en", "", "The defence ministers of Armenia and Georgia signed cooperation plans for 2018 and 2019.", 2018),
    ("en", "2025 cooperation plan signed", "The defence ministers of Georgia and Azerbaijan signed the "
     "bilateral military cooperation plan in Tbilisi.", 2025),
    ("az", "", "Azərbaycan və Türkiyə müdafiə nazirlikləri arasında 2026-2030-cu illər üçün hərbi əməkdaşlıq "
     "proqramı imzalanıb.", 2026),
    ("az", "2025-ci il üçün plan imzalandı", "Azərbaycan və Belarus müdafiə nazirləri hərbi əməkdaşlıq planını "
     "imzalayıblar.", 2025),
    ("tr", "", "Türkiye ve Kazakistan 2018-2019 yıllarına ait askeri işbirliği planını imzaladı.", 2018),
    ("es", "", "Chile y Perú firmaron el programa de cooperación militar para los años 2026-2030.", 2026),
    ("es", "Plan de cooperación 2025", "Los ministros de Defensa de Chile y Perú firmaron el plan de "
     "cooperación militar.", 2025),
    ("pt", "", "Portugal e Angola assinaram o programa de cooperação técnico-militar para 2018 e 2019.", 2018),
    ("ro", "", "România și Republica Moldova au semnat planul de cooperare militară pe anii 2026-2030.", 2026),
    ("uk", "", "Міністри оборони України та Молдови підписали план військового співробітництва на "
     "2026–2030 роки.", 2026),
    ("kk", "", "Қазақстан мен Қырғызстан қорғаныс министрлері 2026-2030 жылдарға арналған әскери "
     "ынтымақтастық бағдарламасына қол қойды.", 2026),
    ("hy", "", "Հայաստանի և Ռուսաստանի պաշտպանության նախարարները ստորագրել են 2026-2030 թվականների ռազմական "
     "համագործակցության ծրագիրը։", 2026),
    ("ka", "", "საქართველოს და აზერბაიჯანის თავდაცვის მინისტრებმა 2026-2030 წლების სამხედრო თანამშრომლობის "
     "პროგრამას მოაწერეს ხელი.", 2026),
    ("sr", "", "Ministri odbrane Srbije i Mađarske potpisali su plan vojne saradnje za 2026. godinu.", 2026),
    ("it", "", "Italia e Albania hanno firmato il piano di cooperazione militare per gli anni 2026-2030.", 2026),
]


@pytest.mark.parametrize("lang, title, text, year", PLAN_YEARS, ids=[f"{p[0]}-{p[3]}" for p in PLAN_YEARS])
def test_the_plan_year_is_the_first_year_of_the_plan(lang, title, text, year):
    kind, _, plan_year, _ = flagged_main(title, text, lang=lang)
    assert (kind, plan_year) == ("plan_signed", year)


SIDELINES = [
    ("ru", "В рамках трехсторонней встречи министров обороны в Тбилиси Армения подписала двусторонние планы "
     "военного сотрудничества на 2027 год с Грецией и Кипром.", ("AM", "GR")),
    ("tr", "Üçlü toplantı marjında Türkiye ile Azerbaycan arasında 2025 yılı askeri işbirliği planı imzalandı.",
     ("AZ", "TR")),
    ("az", "Üçtərəfli görüş çərçivəsində Azərbaycan ilə Gürcüstan arasında 2025-ci il üçün ikitərəfli hərbi "
     "əməkdaşlıq planı imzalanıb.", ("AZ", "GE")),
    ("es", "Al margen de la reunión trilateral, Chile y Perú firmaron un plan bilateral de cooperación militar "
     "para 2025.", ("CL", "PE")),
    ("ro", "În marja reuniunii trilaterale, România și Polonia au semnat un plan bilateral de cooperare "
     "militară pentru 2025.", ("PL", "RO")),
    ("pt", "À margem da reunião trilateral, Portugal e Angola assinaram um plano bilateral de cooperação "
     "militar para 2025.", ("AO", "PT")),
    ("hy", "Եռակողմ հանդիպման շրջանակում Հայաստանը և Հունաստանը ստորագրել են 2025 թվականի երկկողմ ռազմական "
     "համագործակցության պլանը։", ("AM", "GR")),
    ("ka", "სამმხრივი შეხვედრის ფარგლებში საქართველოსა და აზერბაიჯანს შორის 2025 წლის ორმხრივი სამხედრო "
     "თანამშრომლობის გეგმა გაფორმდა.", ("AZ", "GE")),
    ("uk", "У рамках тристоронньої зустрічі Україна та Польща підписали двосторонній план військового "
     "співробітництва на 2025 рік.", ("PL", "UA")),
]


@pytest.mark.parametrize("lang, text, pair", SIDELINES, ids=[p[0] for p in SIDELINES])
def test_bilateral_plans_on_the_sidelines_of_a_trilateral_meeting(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("plan_signed", pair)


APPROVED_WHEN_SIGNED = [
    ("az", "Nazirlər Kabineti Azərbaycan ilə Pakistan arasında imzalanmış hərbi əməkdaşlıq sazişini təsdiq edib.",
     ("AZ", "PK")),
    ("tr", "Bakanlar Kurulu, Türkiye ile Pakistan arasında imzalanan askeri işbirliği anlaşmasını onayladı.",
     ("PK", "TR")),
    ("ka", "მთავრობამ საქართველოსა და პოლონეთს შორის ხელმოწერილი თავდაცვის სფეროში თანამშრომლობის შეთანხმება "
     "დაამტკიცა.", ("GE", "PL")),
    ("kk", "Үкімет Қазақстан мен Түркия арасында қол қойылған әскери ынтымақтастық туралы келісімді бекітті.",
     ("KZ", "TR")),
    ("uz", "Vazirlar Mahkamasi O‘zbekiston va Turkiya o‘rtasida imzolangan harbiy hamkorlik to‘g‘risidagi "
     "bitimni tasdiqladi.", ("TR", "UZ")),
    ("ru", "Правительство утвердило подписанное соглашение о военном сотрудничестве между Россией и Лаосом.",
     ("LA", "RU")),
    ("en", "The government approved the signed defence cooperation agreement between Georgia and Poland.",
     ("GE", "PL")),
    ("es", "El Gobierno aprobó el acuerdo de cooperación en defensa firmado entre España y Colombia.",
     ("CO", "ES")),
    ("pt", "O Governo aprovou o acordo de cooperação no domínio da defesa assinado entre Portugal e Angola.",
     ("AO", "PT")),
    ("ro", "Guvernul a aprobat acordul de cooperare în domeniul apărării semnat între România și Polonia.",
     ("PL", "RO")),
    ("uk", "Уряд затвердив підписану угоду про військове співробітництво між Україною та Польщею.", ("PL", "UA")),
    ("bg", "Министерският съвет одобри подписаното споразумение за военно сътрудничество между България и "
     "Гърция.", ("BG", "GR")),
]


@pytest.mark.parametrize("lang, text, pair", APPROVED_WHEN_SIGNED, ids=[p[0] for p in APPROVED_WHEN_SIGNED])
def test_a_government_approving_an_agreement_already_signed_ratifies_it(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", pair)


@pytest.mark.parametrize("lang, text, pair", [
    ("en", "The defence ministers of Georgia and Poland approved and signed the cooperation agreement.",
     ("GE", "PL")),
    ("bg", "Министрите на отбраната на България и Гърция подписаха споразумение за военно сътрудничество, "
     "одобрено от правителството.", ("BG", "GR")),
])
def test_a_signing_told_by_a_verb_stays_a_signing(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_signed", pair)


BEGINS_TODAY = [
    ("az", "Bu gün Azərbaycan və Pakistan hərbçilərinin birgə təlimi başlayır.", ("exercise","AZ PK")),
    ("kk", "Бүгін Қазақстан мен Қырғызстан әскерилерінің бірлескен жаттығуы басталады.", ("exercise","KG KZ")),
    ("uz", "Bugun O‘zbekiston va Tojikiston harbiylarining qo‘shma mashg‘uloti boshlanadi.", ("exercise","TJ UZ")),
    ("ru", "Сегодня стартуют совместные учения военных России и Белоруссии.", ("exercise","BY RU")),
    ("hy", "Այսօր մեկնարկում են Հայաստանի և Իրանի զինված ուժերի համատեղ զորավարժությունները։", ("exercise","AM IR")),
    ("el", "Αρχίζει σήμερα η κοινή άσκηση των ενόπλων δυνάμεων της Ελλάδας και της Αιγύπτου.", ("exercise","EG GR")),
    ("sr", "Danas počinje zajednička vojna vežba Srbije i Mađarske.", ("exercise","HU RS")),
    ("pl", "Dziś zaczynają się wspólne ćwiczenia wojsk Polski i Czech.", ("exercise","CZ PL")),
    ("ar", "تنطلق اليوم فعاليات التمرين العسكري المشترك بين مصر والأردن.", ("exercise","EG JO")),
    ("fr", "Un exercice militaire conjoint entre le Maroc et la France commence aujourd'hui.", ("exercise","FR MA")),
    ("de", "Heute startet die gemeinsame Übung der Streitkräfte Deutschlands und Frankreichs.", ("exercise","DE FR")),
    ("it", "Al via oggi l'esercitazione congiunta delle forze armate di Italia e Francia.", ("exercise","FR IT")),
    ("tr", "Türkiye ve Pakistan özel kuvvetlerinin ortak tatbikatı bugün başladı.", ("exercise","PK TR")),
]


@pytest.mark.parametrize("lang, text, expected", BEGINS_TODAY, ids=[p[0] for p in BEGINS_TODAY])
def test_an_exercise_that_begins_today_is_under_way(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, " ".join(parties)) == expected


NOT_YET_ACTS = [
    ("ru", "Министры иностранных дел России и Вьетнама договорились расширять военное сотрудничество.", None),
    ("az", "Azərbaycan və Türkiyə xarici işlər nazirləri hərbi əməkdaşlığı genişləndirmək barədə razılığa gəliblər.", None),
    ("kk", "Қазақстан мен Түркия сыртқы істер министрлері әскери ынтымақтастықты дамытуға келісті.", None),
    ("uz", "O‘zbekiston va Turkiya tashqi ishlar vazirlari harbiy hamkorlikni rivojlantirishga kelishib oldi.", None),
    ("hy", "Հայաստանի և Հնդկաստանի արտաքին գործերի նախարարները պայմանավորվել են զարգացնել ռազմական համագործակցությունը։", None),
    ("ka", "საქართველოს და ლატვიის საგარეო საქმეთა მინისტრები შეთანხმდნენ სამხედრო თანამშრომლობის გაღრმავებაზე.", None),
    ("el", "Οι υπουργοί Εξωτερικών της Ελλάδας και της Αιγύπτου συμφώνησαν να ενισχύσουν την αμυντική συνεργασία.", None),
    ("bg", "Външните министри на България и Гърция се договориха да задълбочат военното сътрудничество.", None),
    ("sr", "Ministri spoljnih poslova Srbije i Egipta dogovorili su se da unaprede vojnu saradnju.", None),
    ("pl", "Ministrowie spraw zagranicznych Polski i Litwy uzgodnili pogłębienie współpracy wojskowej.", None),
    ("ar", "اتفق وزيرا خارجية مصر والسعودية على تعزيز التعاون العسكري بين البلدين.", None),
    ("it", "I ministri degli Esteri di Italia e Albania hanno concordato di rafforzare la cooperazione militare.", None),
    ("de", "Die Außenminister Deutschlands und Polens vereinbarten, die militärische Zusammenarbeit zu vertiefen.", None),
    ("es", "Los cancilleres de Perú y Chile acordaron profundizar la cooperación militar.", None),
    ("pt", "Os chanceleres do Brasil e da Argentina acordaram aprofundar a cooperação militar.", None),
    ("ro", "Miniștrii de externe ai României și Bulgariei au convenit să aprofundeze cooperarea militară.", None),
    ("uk", "Президент уповноважив міністра оборони підписати угоду про військове співробітництво між Україною та Литвою.", None),
    ("kk", "Президент Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімге қол қоюға өкілеттік берді.", None),
    ("ka", "პრეზიდენტმა თავდაცვის მინისტრს საქართველოსა და პოლონეთს შორის სამხედრო თანამშრომლობის შეთანხმების ხელმოწერის "
     "უფლებამოსილება მიანიჭა.", None),
    ("hy", "Կառավարությունը հավանություն է տվել Հայաստանի և Հնդկաստանի միջև ռազմական համագործակցության համաձայնագիրը "
     "ստորագրելու առաջարկին։", None),
    ("bg", "Министерският съвет упълномощи министъра на отбраната да подпише споразумение за военно сътрудничество между "
     "България и Катар.", None),
    ("sr", "Vlada je ovlastila ministra odbrane da potpiše sporazum o vojnoj saradnji između Srbije i Egipta.", None),
    ("pl", "Prezydent upoważnił ministra obrony do podpisania umowy o współpracy wojskowej między Polską a Koreą.", None),
    ("el", "Ο πρόεδρος εξουσιοδότησε τον υπουργό Άμυνας να υπογράψει συμφωνία στρατιωτικής συνεργασίας μεταξύ Ελλάδας "
     "και Ινδίας.", None),
    ("it", "Il presidente ha autorizzato il ministro della Difesa a firmare l'accordo di cooperazione militare tra "
     "Italia e Qatar.", None),
    ("de", "Die Regierung ermächtigte den Verteidigungsminister, ein Abkommen über militärische Zusammenarbeit zwischen "
     "Deutschland und Indien zu unterzeichnen.", None),
    ("fr", "Le président a autorisé le ministre de la Défense à signer un accord de coopération militaire entre la "
     "France et l'Inde.", None),
    ("uz", "Prezident mudofaa vaziriga O‘zbekiston va Turkiya o‘rtasidagi harbiy hamkorlik bitimini imzolash vakolatini "
     "berdi.", None),
]


@pytest.mark.parametrize("lang, text, expected", NOT_YET_ACTS, ids=[p[0] for p in NOT_YET_ACTS])
def test_foreign_ministers_agreeing_and_an_authority_to_sign_are_no_acts(lang, text, expected):
    assert_not_flagged("", text, lang=lang)


# Border services, a trilateral exercise, a draft approved by a government, an arms purchase.
NOT_BILATERAL_DEFENCE_ACTS = [
    ("ru", "Пограничные ведомства Армении и Грузии подписали протокол о сотрудничестве."),
    ("uk", "Державна прикордонна служба України та прикордонна поліція Румунії підписали меморандум."),
    ("az", "Azərbaycan və Qazaxıstan sərhəd xidmətləri arasında əməkdaşlıq planı imzalanıb."),
    ("kk", "Қазақстан мен Өзбекстан шекара қызметтері 2025 жылға арналған ынтымақтастық жоспарына қол қойды."),
    ("uz", "O‘zbekiston va Qozog‘iston chegara xizmatlari 2025-yilga mo‘ljallangan hamkorlik rejasini imzoladi."),
    ("hy", "Հայաստանի և Իրանի սահմանապահ ծառայությունները համագործակցության պլան են ստորագրել։"),
    ("ka", "საქართველოს და თურქეთის სასაზღვრო პოლიციებმა თანამშრომლობის გეგმას მოაწერეს ხელი."),
    ("en", "The state border services of Azerbaijan and Georgia signed a cooperation plan for 2025."),
    ("tr", "Türkiye ve Gürcistan sınır birlikleri arasında işbirliği protokolü imzalandı."),
    ("el", "Οι συνοριακές αρχές της Ελλάδας και της Βουλγαρίας υπέγραψαν πρωτόκολλο συνεργασίας."),
    ("bg", "Гранична полиция на България и гранична полиция на Гърция подписаха план за сътрудничество."),
    ("sr", "Granična policija Srbije i granična policija Mađarske potpisale su plan saradnje za 2025. godinu."),
    ("pl", "Straż Graniczna RP i Państwowa Służba Graniczna Ukrainy podpisały plan współpracy na 2025 rok."),
    ("ar", "وقعت قوات حرس الحدود في مصر والسودان مذكرة تفاهم للتعاون."),
    ("de", "Die Grenzschutzbehörden Deutschlands und Polens unterzeichneten einen Kooperationsplan."),
    ("it", "La guardia di frontiera dell'Italia e quella della Slovenia hanno firmato un piano di cooperazione."),
    ("fr", "Les gardes-frontières du Maroc et de la Mauritanie ont signé un plan de coopération."),
    ("ru", "Военные Азербайджана, Турции и Грузии провели совместные учения."),
    ("uk", "Військові України, Польщі та Литви провели спільні навчання."),
    ("kk", "Қазақстан, Қырғызстан және Тәжікстан әскерилері бірлескен жаттығу өткізді."),
    ("hy", "Հայաստանի, Իրանի և Ռուսաստանի զինված ուժերը համատեղ զորավարժություններ են անցկացրել։"),
    ("ka", "საქართველოს, აზერბაიჯანის და თურქეთის სამხედროებმა ერთობლივი სწავლება ჩაატარეს."),
    ("ar", "نفذت القوات المسلحة في مصر والسعودية والأردن تمرينا عسكريا مشتركا."),
    ("el", "Οι ένοπλες δυνάμεις της Ελλάδας, της Κύπρου και της Γαλλίας διεξήγαγαν κοινή άσκηση."),
    ("pl", "Wojska Polski, Litwy i Łotwy przeprowadziły wspólne ćwiczenia."),
    ("az", "Nazirlər Kabineti Azərbaycan ilə Pakistan arasında hərbi əməkdaşlıq sazişinin layihəsini bəyənib."),
    ("kk", "Үкімет Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімнің жобасын мақұлдады."),
    ("uz", "Hukumat O‘zbekiston va Turkiya o‘rtasidagi harbiy hamkorlik bitimi loyihasini ma'qulladi."),
    ("hy", "Կառավարությունը հավանություն է տվել Հայաստանի և Իրանի միջև ռազմական համագործակցության համաձայնագրի նախագծին։"),
    ("uk", "Уряд схвалив проєкт угоди про військове співробітництво між Україною та Литвою."),
    ("bg", "Правителството одобри проекта на споразумение за военно сътрудничество между България и Катар."),
    ("sr", "Vlada Srbije usvojila je nacrt sporazuma o vojnoj saradnji sa Egiptom."),
    ("el", "Το υπουργικό συμβούλιο ενέκρινε το σχέδιο συμφωνίας στρατιωτικής συνεργασίας Ελλάδας και Ινδίας."),
    ("pl", "Rada Ministrów przyjęła projekt umowy o współpracy wojskowej między Polską a Indiami."),
    ("de", "Das Kabinett billigte den Entwurf des Abkommens über militärische Zusammenarbeit zwischen Deutschland und "
     "Indien."),
    ("fr", "Le Conseil des ministres a adopté le projet d'accord de coopération militaire entre la France et le Maroc."),
    ("ar", "وافق مجلس الوزراء على مشروع اتفاقية التعاون العسكري بين مصر والسعودية."),
    ("ru", "Минобороны Индии и Россия подписали контракт на поставку танков на церемонии в Дели."),
    ("uk", "Україна та Франція підписали контракт на закупівлю гелікоптерів на урочистій церемонії."),
    ("az", "Azərbaycan və İsrail arasında pilotsuz uçuş aparatlarının alınması müqaviləsi imzalanıb."),
    ("hy", "Հայաստանը և Ֆրանսիան ստորագրել են ռադարների գնման պայմանագիր։"),
    ("ka", "საქართველომ და საფრანგეთმა საჰაერო თავდაცვის სისტემების შესყიდვის ხელშეკრულება გააფორმეს."),
    ("uz", "O‘zbekiston va Turkiya o‘rtasida uchuvchisiz apparatlarni xarid qilish bo‘yicha shartnoma imzolandi."),
    ("el", "Η Ελλάδα και η Γαλλία υπέγραψαν σύμβαση για την αγορά φρεγατών."),
    ("bg", "България и САЩ подписаха договор за закупуване на изтребители F-16."),
    ("sr", "Srbija i Francuska potpisale su ugovor o kupovini aviona Rafal."),
    ("pl", "Polska i Korea Południowa podpisały umowę na zakup czołgów K2."),
    ("de", "Ägypten und Deutschland unterzeichneten einen Vertrag über den Kauf von Fregatten."),
    ("it", "Il Qatar e l'Italia hanno firmato il contratto per l'acquisto di corvette."),
]


@pytest.mark.parametrize("lang, text", NOT_BILATERAL_DEFENCE_ACTS, ids=[p[0] for p in NOT_BILATERAL_DEFENCE_ACTS])
def test_what_the_schema_leaves_out_is_not_flagged(lang, text):
    assert_not_flagged("", text, lang=lang)


# Every document name, signed by whoever acts for defence (ministries, ministers, chiefs of staff).
DOCUMENT_NAMES = [
    ("az", "Azərbaycan və Türkiyə müdafiə nazirlikləri hərbi təhsil sahəsində niyyət məktubu imzalayıb.",
     "agreement_signed AZ TR"),
    ("az", "Azərbaycan və İtaliya müdafiə nazirlikləri texniki razılaşma imzalayıb.", "agreement_signed AZ IT"),
    ("az", "Azərbaycan və Pakistan müdafiə nazirləri çərçivə sazişi imzalayıblar.", "agreement_signed AZ PK"),
    ("kk", "Қазақстан мен Франция қорғаныс министрліктері ниет хатына қол қойды.", "agreement_signed FR KZ"),
    ("kk", "Қазақстан мен Түркия қорғаныс министрлері негіздемелік келісімге қол қойды.", "agreement_signed KZ TR"),
    ("kk", "Қазақстан мен Өзбекстан бас штабтарының бастықтары әскери ынтымақтастық хаттамасына қол қойды.",
     "agreement_signed KZ UZ"),
    ("uz", "O‘zbekiston va Fransiya mudofaa vazirliklari niyat maktubini imzoladi.", "agreement_signed FR UZ"),
    ("uz", "O‘zbekiston va Turkiya mudofaa vazirlari harbiy hamkorlik bo‘yicha yo‘l xaritasini imzoladi.",
     "agreement_signed TR UZ"),
    ("uz", "O‘zbekiston va Qozog‘iston bosh shtab boshliqlari harbiy hamkorlik bayonnomasini imzoladi.",
     "agreement_signed KZ UZ"),
    ("uz", "O‘zbekiston va Xitoy mudofaa vazirliklari harbiy hamkorlik dasturini imzoladi.", "agreement_signed CN UZ"),
    ("ka", "საქართველოს და აზერბაიჯანის თავდაცვის სამინისტროებმა ტექნიკურ შეთანხმებას მოაწერეს ხელი.",
     "agreement_signed AZ GE"),
    ("ka", "საქართველოს და საბერძნეთის თავდაცვის მინისტრებმა ჩარჩო შეთანხმება გააფორმეს.", "agreement_signed GE GR"),
    ("hy", "Հայաստանի և Հնդկաստանի պաշտպանության նախարարությունները ստորագրել են տեխնիկական համաձայնագիր։",
     "agreement_signed AM IN"),
    ("hy", "Հայաստանի և Ֆրանսիայի պաշտպանության նախարարները ստորագրել են շրջանակային համաձայնագիր։",
     "agreement_signed AM FR"),
    ("uk", "Міністри оборони України та Швеції підписали меморандум про взаєморозуміння.", "agreement_signed SE UA"),
    ("uk", "Міністерства оборони України та Норвегії підписали технічну угоду.", "agreement_signed NO UA"),
    ("ru", "Министры обороны Казахстана и Франции подписали межправительственное соглашение о сотрудничестве в области "
     "обороны.",
     "agreement_signed FR KZ"),
    ("ru", "Минобороны Белоруссии и Китая подписали договоренность о безвозмездной военной помощи.",
     "agreement_signed BY CN"),
    ("tr", "Türkiye ve Azerbaycan Genelkurmay Başkanları arasında Askeri Eğitim İşbirliği Protokolü imzalandı.",
     "agreement_signed AZ TR"),
    ("tr", "Türkiye ile Ukrayna arasında savunma alanında çerçeve anlaşma imzalandı.", "agreement_signed TR UA"),
    ("bg", "Министрите на отбраната на България и Хърватия подписаха меморандум за разбирателство.",
     "agreement_signed BG HR"),
    ("sr", "Ministarstva odbrane Srbije i Kine potpisala su plan bilateralne vojne saradnje za 2025. godinu.",
     "plan_signed CN RS"),
    ("pl", "Ministrowie obrony Polski i Ukrainy podpisali porozumienie techniczne.", "agreement_signed PL UA"),
    ("el", "Οι υπουργοί Άμυνας της Ελλάδας και της Γαλλίας υπέγραψαν τεχνική συμφωνία.", "agreement_signed FR GR"),
    ("ar", "وقع رئيسا أركان الجيشين المصري والسوداني بروتوكول تعاون عسكري.", "agreement_signed EG SD"),
    ("ar", "وقعت وزارتا الدفاع في الأردن والعراق خارطة طريق للتعاون العسكري.", "agreement_signed IQ JO"),
]


@pytest.mark.parametrize("lang, text, expected", DOCUMENT_NAMES, ids=[p[0] for p in DOCUMENT_NAMES])
def test_every_document_name_signed_is_an_act(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert " ".join((kind, *parties)) == expected


# Talks told every way: a reception, a delegation received, a phone call, a visit.
TALKS = [
    ("az", "Azərbaycanın müdafiə naziri Türkiyənin müdafiə naziri ilə telefonla danışıb.", "talks AZ TR"),
    ("az", "Azərbaycanın müdafiə naziri İtaliyanın müdafiə nazirini qəbul edib.", "talks AZ IT"),
    ("az", "Azərbaycan Müdafiə Nazirliyinin nümayəndə heyəti Qazaxıstana işgüzar səfər edib.", "talks AZ KZ"),
    ("kk", "Қазақстан қорғаныс министрі Түркия қорғаныс министрімен телефон арқылы сөйлесті.", "talks KZ TR"),
    ("kk", "Қазақстан қорғаныс министрі Қытай әскери делегациясын қабылдады.", "talks CN KZ"),
    ("uz", "O‘zbekiston mudofaa vaziri Turkiya mudofaa vaziri bilan telefon orqali muloqot qildi.", "talks TR UZ"),
    ("uz", "O‘zbekiston mudofaa vaziri Hindiston harbiy delegatsiyasini qabul qildi.", "talks IN UZ"),
    ("ka", "საქართველოს თავდაცვის მინისტრმა ლიეტუვის თავდაცვის მინისტრს უმასპინძლა.", "talks GE LT"),
    ("ka", "საქართველოს თავდაცვის ძალების მეთაური აშშ-ის ევროპის სარდლობის მეთაურს შეხვდა.", "talks GE US"),
    ("hy", "Հայաստանի պաշտպանության նախարարն ընդունել է Հնդկաստանի ռազմական պատվիրակությանը։", "talks AM IN"),
    ("hy", "Հայաստանի պաշտպանության նախարարը պաշտոնական այցով մեկնել է Ֆրանսիա։", "talks AM FR"),
    ("ru", "Министр обороны Белоруссии принял военную делегацию Вьетнама.", "talks BY VN"),
    ("ru", "Министр обороны Казахстана находится с официальным визитом в Турции.", "talks KZ TR"),
    ("uk", "Міністр оборони України прийняв делегацію міністерства оборони Норвегії.", "talks NO UA"),
    ("tr", "Milli Savunma Bakanı, Kırgızistan Savunma Bakanını resmi törenle karşıladı.", "talks KG TR"),
    ("ar", "استقبل وزير الدفاع السعودي نظيره الباكستاني وبحثا التعاون العسكري.", "talks PK SA"),
    ("el", "Ο Έλληνας υπουργός Εθνικής Άμυνας υποδέχθηκε τον Κύπριο ομόλογό του.", "talks CY GR"),
    ("sr", "Ministar odbrane Srbije primio je delegaciju ministarstva odbrane Egipta.", "talks EG RS"),
    ("bg", "Министърът на отбраната на България прие делегация на министерството на отбраната на Гърция.",
     "talks BG GR"),
    ("pl", "Minister obrony Polski przyjął delegację ministerstwa obrony Korei Południowej.", "talks KR PL"),
]


@pytest.mark.parametrize("lang, text, expected", TALKS, ids=[p[0] for p in TALKS])
def test_talks_told_every_way(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert " ".join((kind, *parties)) == expected


# A signing in every voice: passive, evidential, perfect, "put a signature to", impersonal.
SIGNING_VOICES = [
    ("az", "Azərbaycan və Gürcüstan müdafiə nazirləri hərbi əməkdaşlıq planına imza atıblar.", "plan_signed AZ GE"),
    ("az", "Azərbaycan ilə Belarus arasında hərbi əməkdaşlıq planı imzalandı.", "plan_signed AZ BY"),
    ("az", "Azərbaycan və Qazaxıstan müdafiə nazirlikləri arasında hərbi əməkdaşlıq planı imzalanmışdır.",
     "plan_signed AZ KZ"),
    ("ka", "საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის გეგმას ხელი მოეწერა.", "plan_signed AZ GE"),
    ("ka", "საქართველოს და ესტონეთის თავდაცვის სამინისტროებს შორის მემორანდუმი გაფორმდა.", "agreement_signed EE GE"),
    ("kk", "Қазақстан мен Әзербайжан арасында әскери ынтымақтастық жоспарына қол қойылды.", "plan_signed AZ KZ"),
    ("kk", "Қазақстан мен Қырғызстан қорғаныс министрлері әскери ынтымақтастық туралы келісімге қол қойысты.",
     "agreement_signed KG KZ"),
    ("uz", "O‘zbekiston va Belarus mudofaa vazirliklari o‘rtasida harbiy hamkorlik rejasi imzolandi.",
     "plan_signed BY UZ"),
    ("uz", "O‘zbekiston va Qozog‘iston mudofaa vazirlari harbiy hamkorlik rejasini imzolashdi.", "plan_signed KZ UZ"),
    ("hy", "Հայաստանի և Վրաստանի միջև ստորագրվեց ռազմական համագործակցության պլան։", "plan_signed AM GE"),
    ("hy", "Հայաստանի և Հունաստանի պաշտպանության նախարարությունների միջև ստորագրվել է համագործակցության ծրագիր։",
     "agreement_signed AM GR"),
    ("ru", "Между министерствами обороны России и Мьянмы были подписаны меморандумы о сотрудничестве.",
     "agreement_signed MM RU"),
    ("ru", "Армения и Иран подписали меморандум о взаимопонимании в оборонной сфере.", "agreement_signed AM IR"),
    ("uk", "Між міністерствами оборони України та Естонії було підписано меморандум.", "agreement_signed EE UA"),
    ("tr", "Türkiye ile Kazakistan arasında askeri işbirliği planı imza altına alındı.", "plan_signed KZ TR"),
    ("tr", "Türkiye ve Katar genelkurmay başkanları askeri işbirliği protokolüne imza koydu.",
     "agreement_signed QA TR"),
    ("ar", "جرى التوقيع على مذكرة تفاهم للتعاون العسكري بين مصر والمغرب.", "agreement_signed EG MA"),
    ("el", "Υπεγράφη μνημόνιο στρατιωτικής συνεργασίας μεταξύ Ελλάδας και Αρμενίας.", "agreement_signed AM GR"),
    ("sr", "Potpisan je sporazum o vojnoj saradnji između Srbije i Azerbejdžana.", "agreement_signed AZ RS"),
    ("bg", "Беше подписан меморандум за сътрудничество в отбраната между България и Азербайджан.",
     "agreement_signed AZ BG"),
    ("pl", "Podpisano umowę o współpracy wojskowej między Polską a Azerbejdżanem.", "agreement_signed AZ PL"),
]


@pytest.mark.parametrize("lang, text, expected", SIGNING_VOICES, ids=[p[0] for p in SIGNING_VOICES])
def test_a_signing_in_every_voice(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert " ".join((kind, *parties)) == expected


# A joint exercise of two states held in a third: the venue is no party (a preposition, or a
# locative ending: "Gürcüstanda", "Վրաստանում", "გერმანიაში"); the host of its own exercise is.
EXERCISE_VENUES = [
    ("ru", "Военные России и Белоруссии провели совместные учения на территории Сербии.", "exercise BY RU"),
    ("ru", "Российские военные провели совместные учения с военными Египта в Египте.", "exercise EG RU"),
    ("uk", "Військові України та Польщі провели спільні навчання в Німеччині.", "exercise PL UA"),
    ("az", "Azərbaycan və Türkiyə hərbçiləri Gürcüstanda birgə təlim keçiriblər.", "exercise AZ TR"),
    ("kk", "Қазақстан мен Қырғызстан әскерилері Тәжікстанда бірлескен жаттығу өткізді.", "exercise KG KZ"),
    ("uz", "O‘zbekiston va Tojikiston harbiylari Qozog‘istonda qo‘shma mashg‘ulot o‘tkazdi.", "exercise TJ UZ"),
    ("hy", "Հայաստանի և ԱՄՆ զինված ուժերը Վրաստանում համատեղ զորավարժություններ են անցկացրել։", "exercise AM US"),
    ("ka", "საქართველოს და აშშ-ის სამხედროებმა გერმანიაში ერთობლივი სწავლება ჩაატარეს.", "exercise GE US"),
    ("fr", "Les armées française et marocaine ont mené un exercice conjoint au Sénégal.", "exercise FR MA"),
    ("it", "Le forze armate di Italia e Francia hanno condotto un'esercitazione congiunta in Grecia.",
     "exercise FR IT"),
    ("de", "Soldaten Deutschlands und der Niederlande hielten eine gemeinsame Übung in Litauen ab.", "exercise DE NL"),
    ("pt", "As forças armadas de Portugal e do Brasil realizaram um exercício conjunto em Angola.", "exercise BR PT"),
    ("ro", "Militarii români și americani au desfășurat un exercițiu comun în Bulgaria.", "exercise RO US"),
    ("el", "Οι ένοπλες δυνάμεις της Ελλάδας και της Γαλλίας διεξήγαγαν κοινή άσκηση στην Κύπρο.", "exercise FR GR"),
    ("bg", "Военните на България и САЩ проведоха съвместно учение в Румъния.", "exercise BG US"),
    ("sr", "Vojske Srbije i Belorusije izvele su zajedničku vežbu u Rusiji.", "exercise BY RS"),
    ("pl", "Wojska Polski i Stanów Zjednoczonych przeprowadziły wspólne ćwiczenia na Litwie.", "exercise PL US"),
    ("ar", "أجرت القوات المصرية والسعودية تمرينا مشتركا على أراضي الأردن.", "exercise EG SA"),
    ("az", "Türkiyə hərbçiləri Azərbaycanda birgə təlimdə iştirak edir.", "exercise AZ TR"),
    ("az", "Azərbaycan və Kanada müdafiə nazirləri hərbi əməkdaşlıq planı imzalayıblar.", "plan_signed AZ CA"),
]


@pytest.mark.parametrize("lang, text, expected", EXERCISE_VENUES, ids=[p[0] for p in EXERCISE_VENUES])
def test_a_third_state_named_as_the_venue_is_no_party(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert " ".join((kind, *parties)) == expected


# A ratification: a parliament's verb, its vote on the law, a president signing the law.
RATIFICATIONS = [
    ("az", "Milli Məclis Azərbaycan ilə Qazaxıstan arasında hərbi əməkdaşlıq haqqında sazişi ratifikasiya edib.",
     "agreement_ratified AZ KZ"),
    ("az", "Prezident Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlıq sazişinin təsdiq edilməsi haqqında qanunu "
     "imzalayıb.",
     "agreement_ratified AZ TR"),
    ("kk", "Президент Қазақстан мен Өзбекстан арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы "
     "заңға қол қойды.",
     "agreement_ratified KZ UZ"),
    ("uz", "Prezident O‘zbekiston va Turkiya o‘rtasidagi harbiy hamkorlik to‘g‘risidagi bitimni ratifikatsiya qilish "
     "haqidagi qonunni imzoladi.",
     "agreement_ratified TR UZ"),
    ("ka", "საქართველოს პარლამენტმა საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის შეთანხმება რატიფიცირა.",
     "agreement_ratified AZ GE"),
    ("hy", "Ազգային ժողովը վավերացրել է Հայաստանի և Իրանի միջև պաշտպանական համագործակցության համաձայնագիրը։",
     "agreement_ratified AM IR"),
    ("ru", "Путин подписал закон о ратификации соглашения о военном сотрудничестве между Россией и Лаосом.",
     "agreement_ratified LA RU"),
    ("ru", "Госдума приняла закон о ратификации соглашения о военном сотрудничестве России и Мьянмы.",
     "agreement_ratified MM RU"),
    ("uk", "Верховна Рада ратифікувала угоду між Україною та Литвою про військове співробітництво.",
     "agreement_ratified LT UA"),
    ("tr", "TBMM Genel Kurulunda Türkiye ile Kenya arasındaki askeri çerçeve anlaşmasının onaylanmasının uygun "
     "bulunduğuna dair kanun teklifi kabul edildi.",
     "agreement_ratified KE TR"),
    ("el", "Η Βουλή κύρωσε τη συμφωνία στρατιωτικής συνεργασίας Ελλάδας και Αιγύπτου.", "agreement_ratified EG GR"),
    ("bg", "Народното събрание ратифицира споразумението за военно сътрудничество между България и Азербайджан.",
     "agreement_ratified AZ BG"),
    ("sr", "Skupština Srbije ratifikovala je sporazum o vojnoj saradnji sa Azerbejdžanom.", "agreement_ratified AZ RS"),
    ("pl", "Sejm przyjął ustawę o ratyfikacji umowy o współpracy wojskowej między Polską a Koreą Południową.",
     "agreement_ratified KR PL"),
    ("ar", "صادق مجلس النواب على اتفاقية التعاون العسكري بين الأردن والعراق.", "agreement_ratified IQ JO"),
    ("de", "Der Bundestag hat das Abkommen über militärische Zusammenarbeit zwischen Deutschland und Indien ratifiziert.",
     "agreement_ratified DE IN"),
    ("it", "La Camera ha approvato definitivamente la ratifica dell'accordo di cooperazione nel settore della difesa tra "
     "Italia e Giappone.",
     "agreement_ratified IT JP"),
    ("fr", "Le Sénat a autorisé la ratification de l'accord de coopération en matière de défense entre la France et "
     "l'Inde.",
     "agreement_ratified FR IN"),
    ("pt", "O Senado aprovou o acordo de cooperação em defesa entre o Brasil e a Suécia.", "agreement_ratified BR SE"),
    ("es", "El Senado aprobó el convenio de cooperación en defensa entre España y Perú.", "agreement_ratified ES PE"),
    ("ro", "Senatul a adoptat proiectul de lege pentru ratificarea acordului de cooperare în domeniul apărării dintre "
     "România și Qatar.",
     "agreement_ratified QA RO"),
]


@pytest.mark.parametrize("lang, text, expected", RATIFICATIONS, ids=[p[0] for p in RATIFICATIONS])
def test_a_ratification_told_every_way(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert " ".join((kind, *parties)) == expected
