"""Whole articles and sentence probes of exercises, talks, ratifications and plans told in shapes still thin (issue 15,
recall; session s14, helper c1). Short complete articles written for these tests (a headline, a dateline, a few
paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file, negatives beside. What failed on main and was
fixed, as principles:

- two states' forces training together under another name than "exercise" hold an exercise: joint flights or
  sorties, a joint training qualified by its kind ("joint tactical training", "совместную тактическую тренировку",
  "совместные занятия по тактической подготовке"), a (command-)staff or command-post training ("командно-штабная
  тренировка"), told held by a verb of flying or performing ("flew", "выполнили"); a day of honoured guests is a
  day of the exercise, as the observers' day is; a third country named with "-daki" ("Kazakistan'daki bir atış
  alanında") is the venue, as with the bare locative;
- joint flights of airlines and joint classes of students are no exercise: a civil topic with no word of armed
  forces rules an exercise out, as it rules out an act (detect._exercise, rules.is_defence);
- standing consultations of two defence establishments are their own body: "askeri istişare toplantısı",
  "savunma alanında ikili istişareler", "the India-UK Defence Consultative Group", an intergovernmental commission
  on military-technical cooperation ("комиссии России и Армении по военно-техническому сотрудничеству"); a defence
  attaché and a chief of the defence staff are defence officials; a delegation "была принята" by an official was
  received by him (the meeting told from the guest's side);
- a parliament stands for its state as its capital does: "Kanun Teklifi TBMM Genel Kurulunda kabul edildi",
  "Azerbaycan Milli Meclisi"; the United Kingdom's services by their names ("the Royal Navy");
- a step of ratification told right after its verb of approval ("the bill ... passed its first reading in the
  Senate") is the step, not the ratification (rules.ratification_step).
"""

from pathlib import Path

import pytest

from monitor.classify import Article, classify
from monitor.classify.lexicons import load
from tests.monitor.classify.whole_article_checks import check_read_article, whole_article_tests

ARTICLES = Path(__file__).parent / "whole_articles_shapes"

# The main event of each positive article: (kind, "AA BB", plan year).
EXPECTED = {
    "en/pos_joint_sorties": ("exercise", "FR IN", None),
    "en/pos_command_post_training": ("exercise", "AZ KZ", None),
    "en/pos_active_phase_ended": ("exercise", "MN US", None),
    "en/pos_closing_ceremony_two_countries": ("exercise", "GB OM", None),
    "ru/pos_joint_flights": ("exercise", "RU UZ", None),
    "ru/pos_joint_sessions": ("exercise", "BY RU", None),
    "ru/pos_staff_training_ended": ("exercise", "KZ RU", None),
    "ru/pos_honoured_guests_day": ("exercise", "IN RU", None),
    "tr/pos_joint_flight": ("exercise", "AZ TR", None),
    "tr/pos_tactical_training_abroad": ("exercise", "QA TR", None),
    "tr/pos_observers_day": ("exercise", "AZ TR", None),
    "tr/pos_third_country_exercise": ("exercise", "KG TR", None),
    "ru/pos_staff_talks": ("talks", "AZ RU", None),
    "ru/pos_delegation_received": ("talks", "KZ RU", None),
    "ru/pos_mtc_commission": ("talks", "AM RU", None),
    "tr/pos_consultation_meeting": ("talks", "KZ TR", None),
    "tr/pos_defence_consultations": ("talks", "HU TR", None),
    "en/pos_consultative_group": ("talks", "GB IN", None),
    "en/pos_attache_courtesy_call": ("talks", "GB PK", None),
    "en/pos_video_conference": ("talks", "AZ GE", None),
    "tr/pos_ratification_plenary": ("agreement_ratified", "KZ TR", None),
    "tr/pos_ratification_gazette": ("agreement_ratified", "TR UZ", None),
    "ru/pos_federation_council": ("agreement_ratified", "KZ RU", None),
    "en/pos_president_signed_law": ("agreement_ratified", "RU TJ", None),
    "tr/pos_bilateral_plan": ("plan_signed", "AZ TR", 2027),
    "en/pos_plan_of_activities": ("plan_signed", "AZ TR", 2027),
    "en/pos_final_phase": ("exercise", "EG IN", None),
    "ru/pos_active_phase": ("exercise", "KZ RU", None),
    "tr/pos_ratification_found_fitting": ("agreement_ratified", "AZ TR", None),
    # the same principles in the other languages
    "uk/pos_joint_flights": ("exercise", "PL UA", None),
    "az/pos_joint_flights": ("exercise", "AZ TR", None),
    "kk/pos_joint_flights": ("exercise", "KG KZ", None),
    "uz/pos_joint_flights": ("exercise", "KZ UZ", None),
    "hy/pos_tactical_training": ("exercise", "AM IN", None),
    "de/pos_joint_flights": ("exercise", "DE PL", None),
    "fr/pos_tactical_training": ("exercise", "FR MA", None),
    "es/pos_joint_flights": ("exercise", "ES MA", None),
    "it/pos_tactical_training": ("exercise", "IT TN", None),
    "pt/pos_joint_flights": ("exercise", "AO PT", None),
    "pl/pos_tactical_training": ("exercise", "LT PL", None),
    "ro/pos_joint_flights": ("exercise", "MD RO", None),
    "bg/pos_tactical_training": ("exercise", "BG GR", None),
    "sr/pos_tactical_training": ("exercise", "HU RS", None),
    "el/pos_joint_flights": ("exercise", "CY GR", None),
    "ar/pos_joint_flights": ("exercise", "EG JO", None),
    "de/pos_military_consultations": ("talks", "DE PL", None),
    "fr/pos_delegation_received": ("talks", "FR MA", None),
    "es/pos_delegation_received": ("talks", "ES MA", None),
    "pl/pos_military_consultations": ("talks", "LT PL", None),
    "uk/pos_delegation_received": ("talks", "PL UA", None),
    "ro/pos_military_consultations": ("talks", "MD RO", None),
    "bg/pos_military_consultations": ("talks", "BG GR", None),
    "el/pos_military_consultations": ("talks", "CY GR", None),
}

test_every_article_has_its_expectation, test_whole_article = whole_article_tests(
    ARTICLES, EXPECTED, check_read_article
)


def _main(lang: str, text: str):
    detection = classify(Article(title="", text=text, lang=lang))
    assert detection.flagged, detection.events
    main = detection.events[0]
    return main.kind, " ".join(main.parties)


# Two states' forces training together under another name than "exercise": (lang, sentence, pair).
EXERCISES_BY_OTHER_NAMES = [
    ("en", "French and Indian fighter pilots flew joint sorties over Jodhpur on Tuesday.", "FR IN"),
    ("en", "Pilots of France and India carried out joint flights over Rajasthan.", "FR IN"),
    ("en", "Kazakh and Azerbaijani staff officers held a joint staff training in Astana.", "AZ KZ"),
    ("en", "Azerbaijani and Kazakh officers completed a command-post training in Baku.", "AZ KZ"),
    ("en", "Turkish and Qatari troops held joint tactical training at a range near Doha.", "QA TR"),
    ("en", "The Royal Navy and the Indian Navy held a passing exercise in the Arabian Sea.", "GB IN"),
    ("ru", "Подразделения армий России и Беларуси провели совместные занятия по тактической подготовке.", "BY RU"),
    ("ru", "Летчики России и Узбекистана выполнили совместные полеты над горным районом.", "RU UZ"),
    ("ru", "Экипажи ВВС России и Узбекистана отработали совместные полеты в горах.", "RU UZ"),
    ("ru", "Российские и белорусские военные провели совместную тактическую тренировку.", "BY RU"),
    ("ru", "В Казахстане прошла совместная командно-штабная тренировка вооруженных сил России и Казахстана.", "KZ RU"),
    ("ru", "В рамках российско-индийского учения «Индра» прошел день почетных гостей.", "IN RU"),
    ("tr", "Türk ve Azerbaycan pilotları ortak uçuş gerçekleştirdi.", "AZ TR"),
    # the same principle in the other languages
    ("az", "Azərbaycan və Türkiyə hərbi pilotları birgə uçuşlar həyata keçirib.", "AZ TR"),
    ("az", "Azərbaycan və Türkiyə hərbçiləri birgə taktiki təlim keçiriblər.", "AZ TR"),
    ("az", "Azərbaycan və Qazaxıstan silahlı qüvvələrinin birgə komanda-qərargah təlimi keçirilib.", "AZ KZ"),
    ("uk", "Льотчики України та Польщі виконали спільні польоти над Карпатами.", "PL UA"),
    ("uk", "Військові України та Польщі провели спільне тактичне тренування.", "PL UA"),
    ("uk", "Відбулося спільне командно-штабне тренування збройних сил України та Польщі.", "PL UA"),
    ("kk", "Қазақстан мен Қырғызстан ұшқыштары бірлескен ұшулар орындады.", "KG KZ"),
    ("kk", "Қазақстан мен Қырғызстан әскерилері бірлескен тактикалық жаттығу өткізді.", "KG KZ"),
    ("uz", "O'zbekiston va Qozog'iston harbiy uchuvchilari qo'shma parvozlarni amalga oshirdi.", "KZ UZ"),
    ("uz", "O'zbekiston va Qozog'iston harbiylari qo'shma taktik mashg'ulot o'tkazdi.", "KZ UZ"),
    ("ka", "საქართველოსა და აშშ-ის სამხედროებმა ერთობლივი ტაქტიკური წვრთნა ჩაატარეს.", "GE US"),
    ("hy", "Հայաստանի և Հնդկաստանի զինծառայողները անցկացրել են համատեղ մարտավարական պարապմունք։", "AM IN"),
    ("de", "Piloten aus Deutschland und Polen absolvierten gemeinsame Flüge über der Ostsee.", "DE PL"),
    ("de", "Soldaten aus Deutschland und Polen führten ein gemeinsames taktisches Training durch.", "DE PL"),
    ("fr", "Les pilotes français et indiens ont effectué des vols conjoints au-dessus du Rajasthan.", "FR IN"),
    ("fr", "Des militaires français et marocains ont mené un entraînement tactique conjoint près de Rabat.", "FR MA"),
    ("es", "Pilotos de España y Marruecos realizaron vuelos conjuntos sobre el Estrecho.", "ES MA"),
    ("es", "Militares de España y Marruecos llevaron a cabo un entrenamiento táctico conjunto.", "ES MA"),
    ("it", "Piloti italiani e tunisini hanno effettuato voli congiunti sul Mediterraneo.", "IT TN"),
    ("it", "Militari italiani e tunisini hanno svolto un addestramento tattico congiunto.", "IT TN"),
    ("pt", "Pilotos de Portugal e de Angola realizaram voos conjuntos sobre Luanda.", "AO PT"),
    ("pt", "Militares de Portugal e de Angola realizaram um treino tático conjunto.", "AO PT"),
    ("pl", "Piloci z Polski i Litwy wykonali wspólne loty nad Bałtykiem.", "LT PL"),
    ("pl", "Żołnierze Polski i Litwy przeprowadzili wspólny trening taktyczny.", "LT PL"),
    ("ro", "Piloții din România și Republica Moldova au efectuat zboruri comune.", "MD RO"),
    ("ro", "Militarii din România și Republica Moldova au desfășurat un antrenament tactic comun.", "MD RO"),
    ("bg", "Пилоти от България и Гърция изпълниха съвместни полети над Родопите.", "BG GR"),
    ("bg", "Военни от България и Гърция проведоха съвместна тактическа тренировка.", "BG GR"),
    ("sr", "Piloti Srbije i Mađarske izveli su zajedničke letove iznad Vojvodine.", "HU RS"),
    ("sr", "Vojnici Srbije i Mađarske izveli su zajedničku taktičku obuku.", "HU RS"),
    ("el", "Πιλότοι της Ελλάδας και της Κύπρου πραγματοποίησαν κοινές πτήσεις πάνω από το Αιγαίο.", "CY GR"),
    ("el", "Στρατιωτικοί της Ελλάδας και της Κύπρου πραγματοποίησαν κοινή τακτική εκπαίδευση.", "CY GR"),
    ("ar", "نفذ طيارون من مصر والأردن طلعات جوية مشتركة فوق البحر الأحمر.", "EG JO"),
    ("ar", "أجرت قوات من مصر والأردن تدريبا تكتيكيا مشتركا.", "EG JO"),
]


# The same nouns still to come, in a document, or of civil bodies: not flagged.
NOT_EXERCISES = [
    ("en", "The plan provides for joint flights of the two air forces of India and France next year."),
    ("en", "Indian and French pilots will fly joint sorties over Jodhpur next month."),
    ("en", "Turkish Airlines and Azerbaijan Airlines launched joint flights between Baku and Istanbul."),
    ("en", "Students from Kazakhstan and Azerbaijan held joint language training at a university in Almaty."),
    ("ru", "План предусматривает совместные полеты летчиков России и Узбекистана в следующем году."),
    ("ru", "Экипажи ВВС России и Узбекистана выполнят совместные полеты в следующем месяце."),
    ("ru", "Авиакомпании России и Узбекистана выполнили совместные полеты по новому маршруту."),
    ("ru", "Студенты российских и белорусских вузов провели совместные занятия по истории."),
    ("tr", "Türk ve Azerbaycan pilotları gelecek ay ortak uçuş gerçekleştirecek."),
    ("tr", "Türk Hava Yolları ile Azerbaycan Hava Yolları Bakü'ye ortak uçuşlar başlattı."),
    # the same principle in the other languages
    ("de", "Die Fluggesellschaften Deutschlands und Polens starteten gemeinsame Flüge nach Danzig."),
    ("de", "Piloten aus Deutschland und Polen werden im nächsten Monat gemeinsame Flüge absolvieren."),
    ("fr", "Les compagnies aériennes de la France et du Maroc ont effectué des vols conjoints vers Agadir."),
    ("fr", "Les pilotes français et indiens effectueront des vols conjoints le mois prochain."),
    ("es", "Las aerolíneas de España y Marruecos realizaron vuelos conjuntos a Tánger."),
    ("it", "Le compagnie aeree di Italia e Tunisia hanno effettuato voli congiunti verso Tunisi."),
    ("pt", "As companhias aéreas de Portugal e de Angola realizaram voos conjuntos para Luanda."),
    ("pl", "Linie lotnicze Polski i Litwy wykonały wspólne loty do Wilna."),
    ("ro", "Companiile aeriene din România și Republica Moldova au efectuat zboruri comune spre Chișinău."),
    ("bg", "Авиокомпании от България и Гърция изпълниха съвместни полети до Солун."),
    ("sr", "Aviokompanije Srbije i Mađarske izvele su zajedničke letove do Budimpešte."),
    ("el", "Αεροπορικές εταιρείες της Ελλάδας και της Κύπρου πραγματοποίησαν κοινές πτήσεις προς τη Λάρνακα."),
    ("uk", "Авіакомпанії України та Польщі виконали спільні польоти до Варшави."),
    ("uk", "Студенти України та Польщі провели спільне тренування з програмування."),
    ("az", "Azərbaycan və Türkiyə aviaşirkətləri birgə uçuşlar həyata keçirib."),
    ("kk", "Қазақстан мен Қырғызстан авиакомпаниялары бірлескен ұшулар орындады."),
    ("uz", "O'zbekiston va Qozog'iston aviakompaniyalari qo'shma parvozlarni amalga oshirdi."),
    ("ar", "نفذت شركات الطيران في مصر والأردن رحلات جوية مشتركة إلى العقبة."),
    ("hy", "Հայաստանի և Հնդկաստանի ավիաընկերությունները իրականացրել են համատեղ թռիչքներ։"),
    ("es", "Pilotos de España y Marruecos realizarán vuelos conjuntos el próximo mes."),
]


# Talks told as consultations, a body's session, a reception from the guest's side, an attaché's call: (lang,
# sentence, pair). Defence ministers who discuss a training to come hold talks.
TALKS = [
    ("ru", "Делегация Министерства обороны Казахстана была принята заместителем министра обороны России.", "KZ RU"),
    (
        "ru",
        "В Ереване прошло заседание межправительственной комиссии России и Армении по военно-техническому "
        "сотрудничеству.",
        "AM RU",
    ),
    (
        "ru",
        "Министры обороны России и Беларуси обсудили проведение совместной тактической тренировки в будущем году.",
        "BY RU",
    ),
    ("tr", "Türkiye-Kazakistan askeri istişare toplantısı Astana'da gerçekleştirildi.", "KZ TR"),
    ("tr", "Türkiye ile Macaristan arasında savunma alanında ikili istişareler gerçekleştirildi.", "HU TR"),
    ("en", "The fifth meeting of the India-UK Defence Consultative Group took place in New Delhi.", "GB IN"),
    (
        "en",
        "The Pakistani defence attaché paid a courtesy call on the British Chief of the Defence Staff to discuss "
        "military cooperation.",
        "GB PK",
    ),
    (
        "en",
        "The defence ministers of Kazakhstan and Azerbaijan discussed a joint command-post training planned for "
        "next spring.",
        "AZ KZ",
    ),
    # consultations and receptions in the other languages
    ("uk", "Делегація Міністерства оборони Польщі була прийнята заступником міністра оборони України.", "PL UA"),
    ("uk", "Між Україною та Польщею відбулися військові консультації у Києві.", "PL UA"),
    (
        "uk",
        "У Києві відбулося засідання міжурядової комісії України та Казахстану з питань військово-технічного "
        "співробітництва.",
        "KZ UA",
    ),
    ("az", "Azərbaycan və Türkiyə arasında hərbi məsləhətləşmələr keçirilib.", "AZ TR"),
    (
        "az",
        "Qazaxıstan Müdafiə Nazirliyinin nümayəndə heyəti Azərbaycan müdafiə nazirinin müavini tərəfindən "
        "qəbul edilib.",
        "AZ KZ",
    ),
    ("kk", "Қазақстан мен Ресей арасында әскери консультациялар өтті.", "KZ RU"),
    ("uz", "O'zbekiston va Qozog'iston mudofaa vazirliklari o'rtasida harbiy maslahatlashuvlar o'tkazildi.", "KZ UZ"),
    ("ka", "საქართველოსა და პოლონეთს შორის სამხედრო კონსულტაციები გაიმართა.", "GE PL"),
    ("hy", "Հայաստանի և Ֆրանսիայի միջև ռազմական խորհրդակցություններ են անցկացվել։", "AM FR"),
    ("de", "In Berlin fanden militärische Konsultationen zwischen Deutschland und Polen statt.", "DE PL"),
    (
        "de",
        "Die Delegation des polnischen Verteidigungsministeriums wurde vom deutschen Staatssekretär im "
        "Verteidigungsministerium empfangen.",
        "DE PL",
    ),
    ("fr", "Des consultations militaires entre la France et la Belgique se sont tenues à Paris.", "BE FR"),
    ("fr", "La délégation marocaine a été reçue par le chef d'état-major des armées françaises.", "FR MA"),
    ("es", "Se celebraron consultas militares entre España y Marruecos en Madrid.", "ES MA"),
    (
        "es",
        "La delegación del Ministerio de Defensa de Marruecos fue recibida por el secretario de Estado de "
        "Defensa de España.",
        "ES MA",
    ),
    ("it", "Si sono svolte a Roma consultazioni militari tra Italia e Tunisia.", "IT TN"),
    ("pt", "Decorreram em Lisboa consultas militares entre Portugal e Angola.", "AO PT"),
    ("pl", "W Warszawie odbyły się konsultacje wojskowe między Polską a Litwą.", "LT PL"),
    ("pl", "Delegacja litewskiego ministerstwa obrony została przyjęta przez wiceministra obrony Polski.", "LT PL"),
    ("ro", "La București au avut loc consultări militare între România și Republica Moldova.", "MD RO"),
    ("bg", "В София се проведоха военни консултации между България и Гърция.", "BG GR"),
    ("sr", "U Beogradu su održane vojne konsultacije između Srbije i Mađarske.", "HU RS"),
    ("el", "Στην Αθήνα πραγματοποιήθηκαν στρατιωτικές διαβουλεύσεις μεταξύ Ελλάδας και Κύπρου.", "CY GR"),
    ("ar", "عقدت في عمان مشاورات عسكرية بين مصر والأردن.", "EG JO"),
    ("en", "Military consultations between Ukraine and Poland were held in Kyiv.", "PL UA"),
    ("ru", "В Киеве прошли военные консультации между Украиной и Польшей.", "PL UA"),
    ("tr", "Türkiye ile Polonya arasında askeri istişareler Ankara'da yapıldı.", "PL TR"),
    (
        "it",
        "La delegazione del ministero della Difesa tunisino è stata ricevuta dal sottosegretario alla Difesa italiano.",
        "IT TN",
    ),
    (
        "pt",
        "A delegação do Ministério da Defesa de Angola foi recebida pelo secretário de Estado da Defesa de Portugal.",
        "AO PT",
    ),
    (
        "ro",
        "Delegația Ministerului Apărării din Republica Moldova a fost primită de secretarul de stat al "
        "Ministerului Apărării Naționale al României.",
        "MD RO",
    ),
    (
        "bg",
        "Делегацията на гръцкото министерство на отбраната беше приета от заместник-министъра на отбраната "
        "на България.",
        "BG GR",
    ),
    # standing bodies and dialogues of two defence establishments by their names
    ("en", "The India-Egypt Joint Defence Committee meeting was held in Cairo.", "EG IN"),
    ("en", "The 20th meeting of the India-US Military Cooperation Group was held in Agra.", "IN US"),
    ("en", "India and Vietnam held their 15th Defence Security Dialogue in Hanoi.", "IN VN"),
    ("tr", "Türkiye-Azerbaycan Askeri İşbirliği Toplantısı Ankara'da yapıldı.", "AZ TR"),
    ("ru", "Состоялись российско-китайские консультации по вопросам военного сотрудничества.", "CN RU"),
]


NOT_TALKS = [
    ("ru", "Делегация Министерства образования Казахстана была принята заместителем министра просвещения России."),
    ("ru", "Закон о бюджете был принят министром финансов России и Беларуси."),
    ("tr", "Türkiye ile Kazakistan arasında ticaret alanında istişareler gerçekleştirildi."),
    ("fr", "La délégation de la société marocaine a été reçue par le ministre français du Commerce."),
    ("es", "La delegación comercial de Marruecos fue recibida por el ministro de Economía de España."),
]


# Ratifications in each language's legal formula, the parliament standing for its state: (lang, sentence, pair).
RATIFICATIONS = [
    (
        "tr",
        "Kazakistan ile askeri işbirliği anlaşmasının onaylanmasına ilişkin kanun teklifi TBMM Genel Kurulunda "
        "kabul edildi.",
        "KZ TR",
    ),
    ("tr", "Azerbaycan Milli Meclisi, Türkiye ile imzalanan askeri işbirliği anlaşmasını onayladı.", "AZ TR"),
]


# A step on the way: a committee, a first reading, a bill submitted, a denunciation: not flagged.
NOT_RATIFICATIONS = [
    (
        "en",
        "The bill on ratifying the defence cooperation agreement with Japan passed its first reading in the "
        "Philippine Senate.",
    ),
    (
        "tr",
        "Kazakistan ile askeri işbirliği anlaşmasının onaylanmasına ilişkin kanun teklifi TBMM Dışişleri "
        "Komisyonunda kabul edildi.",
    ),
    (
        "ru",
        "Госдума приняла в первом чтении законопроект о ратификации соглашения с Монголией о военном сотрудничестве.",
    ),
    ("ru", "Путин подписал закон о денонсации соглашения о военном сотрудничестве с Молдавией."),
]


# Words that begin as a month's name and are none: (lang, text, the months read in it).
MONTH_LOOKALIKES = [
    ("hy", "մարտական մարտավարական մարտիկ մարտի 5-ին", ["մարտի"]),
    ("az", "mayor Həsənov, mayorun, 5 may, mayın 5-də", ["may", "mayın"]),
]


@pytest.mark.parametrize("lang, text, months", MONTH_LOOKALIKES)
def test_no_month_in_a_lookalike(lang, text, months):
    lexicon = load(lang)
    assert [text[start:end] for start, end, _ in lexicon.months.finditer(text, text)] == months


# An exercise told by its stage or by what troops do in it, and ratifications in tr's formulas: (lang, sentence, kind,
# pair).
STAGES_AND_FORMULAS = [
    (
        "en",
        "Soldiers of India and Kazakhstan engaged in joint counter-terrorism training at Umroi.",
        "exercise",
        "IN KZ",
    ),
    (
        "en",
        "The joint exercise of the Indian and Egyptian special forces entered its final phase.",
        "exercise",
        "EG IN",
    ),
    (
        "en",
        "Turkish and Kyrgyz commandos practised clearing a building during a joint exercise in Kazakhstan.",
        "exercise",
        "KG TR",
    ),
    ("ru", "Российско-казахстанское учение «Взаимодействие» вступило в активную фазу.", "exercise", "KZ RU"),
    (
        "ru",
        "Российские и белорусские десантники высадились на полигоне в рамках совместного учения.",
        "exercise",
        "BY RU",
    ),
    (
        "tr",
        "Azerbaycan ile askeri işbirliği anlaşmasının onaylanması TBMM Genel Kurulunda uygun bulundu.",
        "agreement_ratified",
        "AZ TR",
    ),
    ("tr", "Kazakistan Senatosu, Türkiye ile askeri işbirliği anlaşmasını onayladı.", "agreement_ratified", "KZ TR"),
    (
        "ru",
        "План военного сотрудничества России и Азербайджана на 2027 год скреплен подписями министров.",
        "plan_signed",
        "AZ RU",
    ),
    ("en", "A joint board of the defence ministries of Russia and Belarus was held in Minsk.", "talks", "BY RU"),
]


# The same still to come, in preparation, or in a committee: not flagged.
NOT_STAGES = [
    ("en", "Turkish and Kyrgyz commandos will practise clearing buildings during the joint exercise next month."),
    ("en", "Turkish and Kyrgyz staff officers met during the preparations for the joint exercise."),
    ("en", "The joint exercise of the Indian and Egyptian special forces will enter its final phase tomorrow."),
    ("ru", "Российские и белорусские десантники высадятся на полигоне в рамках совместного учения в следующем месяце."),
    ("ru", "Учение «Взаимодействие» России и Казахстана вступит в активную фазу на следующей неделе."),
    ("tr", "Azerbaycan ile askeri işbirliği anlaşmasının onaylanması TBMM Dışişleri Komisyonunda uygun bulundu."),
]


# Every sentence above that reports an act: its kind and pair as the main event.
REPORTED = (
    [(lang, text, "exercise", pair) for lang, text, pair in EXERCISES_BY_OTHER_NAMES]
    + [(lang, text, "talks", pair) for lang, text, pair in TALKS]
    + [(lang, text, "agreement_ratified", pair) for lang, text, pair in RATIFICATIONS]
    + STAGES_AND_FORMULAS
)


@pytest.mark.parametrize("lang, text, kind, pair", REPORTED, ids=[row[1][:40] for row in REPORTED])
def test_reported(lang, text, kind, pair):
    assert _main(lang, text) == (kind, pair)


# Every sentence above still to come, a step, in a document or of civil bodies: not flagged.
NOT_FLAGGED = NOT_EXERCISES + NOT_TALKS + NOT_RATIFICATIONS + NOT_STAGES


@pytest.mark.parametrize("lang, text", NOT_FLAGGED, ids=[row[1][:40] for row in NOT_FLAGGED])
def test_not_flagged(lang, text):
    detection = classify(Article(title="", text=text, lang=lang))
    assert not detection.flagged, detection.events
