"""Whole articles that report a real bilateral act in the languages whose recall rested on sentence probes (issue
15, recall; session s12, helper c1): uk, ka, hy, kk, uz (Latin and Cyrillic), ar, de, el, ro, sr (Latin and
Cyrillic), pl, fr, es, it. One-sentence probes pass where real articles fail: these are short complete articles
written for these tests (a headline, a dateline or none, quotes, a background paragraph, a trailing list of other
headlines), each in one of the shapes issue 15's "Why" lists: a plan "for 2027" or "for 2026-2028" signed by
defence ministries; an agreement, memorandum, roadmap, letter of intent or technical arrangement signed by defence
officials; a ratification told by a house's vote or the head of state's signature; talks by phone or a visit to
the ministry; an exercise that "begins today" or "ended"; a short wire item; an excerpt that starts mid-article
with no headline; the act told in the headline and a quote; the outlet's own state named only as "the minister"
or "the ministry" (files named ``own_*``: read with an address in the outlet's country domain, as a crawl reads
them, ``home.home_state``).

Each file under ``whole_articles_recall/<lang>/`` is read as ``pactwatch classify`` reads a ``.txt`` file (its
first line the headline, its date from the dateline). What failed on main and was fixed, as principles:
- the names the press writes beside CLDR's (Georgian "ლიტვა" for Lithuania);
- the Republic of Korea by its official name in treaty titles (pl "Republiką Korei", and 13 more languages);
- an Armenian outlet's own ministry named with no state ("ՊՆ", a sentence opening with "Պաշտպանության նախարարը"),
  as az, ka, kk and uz already read;
- "the guests" stand for the visiting side, a counterpart (uz "mehmonlar", and 11 more languages);
- German separable verbs of ending split around their time ("ging am Freitag zu Ende");
- Greek joins the two states in one compound adjective ("η ελληνοαιγυπτιακή άσκηση"): it names both, Greece too;
- Ukrainian "навчання" is an exercise when the pair's joint adjective stands before it ("українсько-польські
  навчання");
- Arabic puts "joint" after a chain of adjectives ("التدريب البحري السعودي الباكستاني المشترك");
- talks about an exercise are talks: "staff talks on joint exercises were held" was read as an exercise held in all
  22 languages (``talks_noun``: the talks' noun and the word that gives their topic; detect._talks_about_an_exercise);
- a meeting told as done by a past verb took place whatever a later clause announces, and what the sides agreed to
  do is still to come: "the ministers met and agreed to hold a joint exercise next year" was read as an exercise
  held, or not at all, in 14 languages (``met`` and ``future``, as en, ru and tr read them);
- verbs of approval split around their object (de "stimmte dem Abkommen ... zu"), the Sejm's consent to
  ratification (pl "wyraził zgodę na ratyfikację"), a year written as an ordinal (uk "на 2027-й рік");
- exercises begun or ended as each language tells it: the Spanish perfect ("Ha comenzado hoy el ejercicio"), Uzbek
  "start oldi" (took its start) and the active "yakunladi" (completed);
- the documents issue 15 names (letter of intent, technical arrangement, roadmap) as each language writes them: el
  "τεχνική διευθέτηση", hy "տեխնիկական պայմանավորվածություն", kk "ниет туралы хат", uz "niyatlar to'g'risidagi
  xat", it "lettera di intenti", "road map";
- a call told by its adverb (it "ha sentito telefonicamente l'omologo").
"""

from pathlib import Path

import pytest

from monitor.classify import Article, classify
from tests.monitor.classify.whole_article_checks import articles, check_main_event, name, read_article

ARTICLES = Path(__file__).parent / "whole_articles_recall"

# The outlet's address for the ``own_*`` articles, by language: its country domain names the outlet's state.
HOME_DOMAINS = {"uk": "ua", "ka": "ge", "hy": "am", "kk": "kz", "uz": "uz", "sr": "rs"}

# The main event of each article: (kind, "AA BB", plan year, date). The date is the day the text gives the act
# (a weekday or "today" read against the dateline; the dateline's day when the text names none), None when the
# text gives no day.
EXPECTED = {
    "ar/exercise_ended": ("exercise", "PK SA", None, "2026-12-03"),
    "ar/memorandum": ("agreement_signed", "EG JO", None, "2026-12-02"),
    "ar/naval_training_today": ("exercise", "PK SA", None, "2026-12-06"),
    "ar/ratification": ("agreement_ratified", "FR JO", None, "2026-12-03"),
    "ar/talks_about_exercises": ("talks", "JO US", None, None),
    "ar/wire_talks": ("talks", "QA TR", None, None),
    "de/bundestag": ("agreement_ratified", "DE LT", None, "2026-12-03"),
    "de/bundestag_zustimmung": ("agreement_ratified", "DE EE", None, "2026-12-02"),
    "de/excerpt_exercise": ("exercise", "DE PL", None, None),
    "de/letter_of_intent": ("agreement_signed", "DE NO", None, "2026-12-01"),
    "de/stabsgespraeche_uebungen": ("talks", "CZ DE", None, None),
    "el/compound_exercise": ("exercise", "EG GR", None, "2026-12-07"),
    "el/compound_memorandum": ("agreement_signed", "FR GR", None, "2026-12-01"),
    "el/exercise_today": ("exercise", "EG GR", None, None),
    "el/plan_2027": ("plan_signed", "CY GR", 2027, "2026-12-03"),
    "el/ratification": ("agreement_ratified", "FR GR", None, "2026-12-03"),
    "el/staff_talks_exercises": ("talks", "CY GR", None, None),
    "el/technical_arrangement": ("agreement_signed", "CY GR", None, "2026-12-03"),
    "es/exercise_ended": ("exercise", "ES PT", None, None),
    "es/exercise_perfect": ("exercise", "ES MA", None, "2026-12-07"),
    "es/headline_quote": ("agreement_ratified", "CO PE", None, None),
    "es/plan_2027": ("plan_signed", "ES MA", 2027, "2026-12-01"),
    "es/wire_memorandum": ("agreement_signed", "AR CL", None, None),
    "fr/phone": ("talks", "BE FR", None, None),
    "fr/roadmap": ("agreement_signed", "AM FR", None, "2026-12-01"),
    "fr/senate_vote": ("agreement_ratified", "CY FR", None, "2026-12-03"),
    "hy/exercise_ended": ("exercise", "AM US", None, "2026-12-05"),
    "hy/own_phone": ("talks", "AM CY", None, "2026-12-02"),
    "hy/plan_2027": ("plan_signed", "AM FR", 2027, "2026-12-04"),
    "hy/ratification": ("agreement_ratified", "AM IN", None, "2026-12-03"),
    "hy/roadmap": ("agreement_signed", "AM GR", None, "2026-12-02"),
    "hy/talks_about_exercises": ("talks", "AM FR", None, None),
    "hy/visit_quote": ("talks", "AM GR", None, None),
    "hy/wire_memorandum": ("agreement_signed", "AM FR", None, None),
    "it/exercise_today": ("exercise", "GR IT", None, None),
    "it/letter_of_intent": ("agreement_signed", "IT JP", None, "2026-12-02"),
    "it/road_map": ("agreement_signed", "IT JP", None, "2026-12-04"),
    "it/visit_talks": ("talks", "AL IT", None, "2026-12-04"),
    "ka/excerpt_talks": ("talks", "EE GE", None, None),
    "ka/exercise_ended": ("exercise", "GE US", None, None),
    "ka/exercise_today": ("exercise", "GE US", None, None),
    "ka/memorandum": ("agreement_signed", "GE LT", None, "2026-12-05"),
    "ka/own_phone": ("talks", "GE PL", None, "2026-12-03"),
    "ka/parliament_vote": ("agreement_ratified", "GE TR", None, "2026-12-04"),
    "ka/plan_2027": ("plan_signed", "AZ GE", 2027, "2026-12-02"),
    "ka/staff_talks_exercises": ("talks", "GE PL", None, None),
    "kk/excerpt_exercise": ("exercise", "KG KZ", None, None),
    "kk/exercise_ended": ("exercise", "KZ UZ", None, "2026-12-05"),
    "kk/letter_of_intent": ("agreement_signed", "FR KZ", None, "2026-12-02"),
    "kk/memorandum": ("agreement_signed", "KZ TR", None, "2026-12-03"),
    "kk/own_visit": ("talks", "KZ MN", None, "2026-12-03"),
    "kk/phone": ("talks", "AZ KZ", None, None),
    "kk/plan_span": ("plan_signed", "KG KZ", 2026, "2026-12-02"),
    "kk/president_law": ("agreement_ratified", "KZ TR", None, None),
    "kk/staff_talks_exercises": ("talks", "KG KZ", None, None),
    "pl/exercise_today": ("exercise", "PL US", None, "2026-12-07"),
    "pl/plan_2027": ("plan_signed", "LT PL", 2027, "2026-12-02"),
    "pl/president_law": ("agreement_ratified", "KR PL", None, None),
    "pl/sejm_consent": ("agreement_ratified", "PL SE", None, "2026-12-03"),
    "pl/staff_talks_exercises": ("talks", "LT PL", None, None),
    "ro/exercise_ended": ("exercise", "RO US", None, None),
    "ro/plan_2027": ("plan_signed", "MD RO", 2027, "2026-12-02"),
    "ro/technical_arrangement": ("agreement_signed", "PL RO", None, "2026-12-01"),
    "sr/agreement": ("agreement_signed", "GR RS", None, "2026-12-02"),
    "sr/cyr_plan_2027": ("plan_signed", "HU RS", 2027, "2026-12-04"),
    "sr/own_visit": ("talks", "EG RS", None, "2026-12-03"),
    "uk/consultations_exercises": ("talks", "MD UA", None, None),
    "uk/excerpt_exercise": ("exercise", "RO UA", None, None),
    "uk/own_phone": ("talks", "NL UA", None, "2026-12-07"),
    "uk/pair_adjective_exercise": ("exercise", "PL UA", None, None),
    "uk/plan_ordinal_year": ("plan_signed", "LV UA", 2027, None),
    "uk/plan_wire": ("plan_signed", "LT UA", 2027, "2026-12-02"),
    "uk/rada_vote": ("agreement_ratified", "PL UA", None, "2026-12-03"),
    "uz/cyr_exercise_today": ("exercise", "CN UZ", None, "2026-12-07"),
    "uz/cyr_memorandum": ("agreement_signed", "TR UZ", None, "2026-12-02"),
    "uz/cyr_phone": ("talks", "TR UZ", None, None),
    "uz/cyr_plan_2027": ("plan_signed", "KZ UZ", 2027, "2026-12-03"),
    "uz/exercise_ended": ("exercise", "TJ UZ", None, "2026-12-05"),
    "uz/exercise_start_oldi": ("exercise", "IN UZ", None, "2026-12-07"),
    "uz/own_delegation": ("talks", "TR UZ", None, "2026-12-02"),
    "uz/plan_2027": ("plan_signed", "TJ UZ", 2027, "2026-12-04"),
    "uz/president_law": ("agreement_ratified", "AZ UZ", None, None),
    "uz/roadmap_wire": ("agreement_signed", "KZ UZ", None, None),
}

# Known gaps, kept visible rather than expected wrong (none left: the date of talks told in a sentence after the
# visit's own, "uz/own_delegation", a delegation that "visited the Ministry" today and "the deputy minister met the
# guests", is now the visit's day, detect._day_of_the_visit_before; session s13, c1).
DATE_GAPS: set = set()

FILES = articles(ARTICLES)


def _detection(path: Path):
    return read_article(path, HOME_DOMAINS)


def test_every_article_has_its_expectation():
    assert {name(path) for path in FILES} == set(EXPECTED)


@pytest.mark.parametrize("path", FILES, ids=[name(path) for path in FILES])
def test_whole_article(path):
    kind, parties, plan_year, _ = EXPECTED[name(path)]
    check_main_event(path, _detection(path), kind, parties, plan_year)


DATED = [
    pytest.param(
        path,
        id=name(path),
        marks=pytest.mark.xfail(strict=True, reason="known gap: talks dated only by the visit's sentence before them"),
    )
    if name(path) in DATE_GAPS
    else pytest.param(path, id=name(path))
    for path in FILES
]


@pytest.mark.parametrize("path", DATED)
def test_whole_article_date(path):
    detection = _detection(path)
    assert detection.events and detection.events[0].date == EXPECTED[name(path)][3], detection.events


# Sentence probes of the same principles, in the words of neighbouring phrasings: (lang, text, (kind, "AA BB")).
PROBES = [
    ("el", "Ολοκληρώθηκε η ελληνογαλλική άσκηση ειδικών δυνάμεων στη Θεσσαλονίκη.", ("exercise", "FR GR")),
    ("el", "Η ελληνοκυπριακή άσκηση έρευνας και διάσωσης διεξήχθη στη Λεμεσό.", ("exercise", "CY GR")),
    ("uk", "Американсько-українські навчання Sea Breeze завершилися в Одесі.", ("exercise", "UA US")),
    ("uk", "Розпочалися литовсько-українські навчання з протиповітряної оборони.", ("exercise", "LT UA")),
    ("ar", "اختتمت فعاليات التدريب الجوي المصري اليوناني المشترك.", ("exercise", "EG GR")),
    ("ar", "بدأ التدريب البري الأردني الأمريكي المشترك في الزرقاء.", ("exercise", "JO US")),
    (
        "pl",
        "Prezydent podpisał ustawę o ratyfikacji umowy między Polską a Republiką Korei o współpracy obronnej.",
        ("agreement_ratified", "KR PL"),
    ),
    (
        "tr",
        "Cumhurbaşkanı, Türkiye ile Kore Cumhuriyeti arasındaki savunma işbirliği anlaşmasının onaylanmasına dair "
        "kanunu imzaladı.",
        ("agreement_ratified", "KR TR"),
    ),
    (
        "bg",
        "Президентът подписа указ за ратифициране на споразумението между България и Република Корея за "
        "сътрудничество в областта на отбраната.",
        ("agreement_ratified", "BG KR"),
    ),
    (
        "de",
        "Die gemeinsame Übung der Streitkräfte Deutschlands und Polens ging am Freitag zu Ende.",
        ("exercise", "DE PL"),
    ),
    (
        "uz",
        "Mudofaa vaziri o'rinbosari Turkiya delegatsiyasi a'zolarini qabul qildi. Mudofaa vaziri o'rinbosari "
        "mehmonlar bilan harbiy ta'lim masalalarini muhokama qildi.",
        ("talks", "TR UZ"),
    ),
    ("ka", "საქართველოსა და ლიტვის თავდაცვის მინისტრებმა ორმხრივი თანამშრომლობა განიხილეს.", ("talks", "GE LT")),
]


# Talks about an exercise, in 22 languages (lang, text, pair): talks, not an exercise held.
TALKS_ABOUT_EXERCISES = [
    ("en", "Polish-Lithuanian staff talks on joint exercises were held in Warsaw.", "LT PL"),
    ("en", "Staff talks between Poland and Lithuania on joint exercises took place in Warsaw.", "LT PL"),
    ("pl", "W Warszawie odbyły się polsko-litewskie rozmowy sztabowe dotyczące wspólnych ćwiczeń.", "LT PL"),
    ("pl", "W Warszawie odbyły się rozmowy sztabowe Polski i Litwy na temat wspólnych ćwiczeń.", "LT PL"),
    ("ru", "В Варшаве прошли польско-литовские штабные переговоры по вопросам совместных учений.", "LT PL"),
    ("uk", "У Варшаві відбулися українсько-польські штабні переговори щодо спільних навчань.", "PL UA"),
    ("de", "In Warschau fanden polnisch-litauische Stabsgespräche über gemeinsame Übungen statt.", "LT PL"),
    ("ro", "La București au avut loc convorbiri de stat major româno-franceze privind exercițiile comune.", "FR RO"),
    (
        "es",
        "En Lisboa se celebraron conversaciones de estado mayor hispano-portuguesas sobre ejercicios conjuntos.",
        "ES PT",
    ),
    ("fr", "Des entretiens d'état-major franco-belges consacrés aux exercices communs ont eu lieu à Paris.", "BE FR"),
    (
        "it",
        "A Roma si sono svolti colloqui tra gli stati maggiori italiano e greco sulle esercitazioni congiunte.",
        "GR IT",
    ),
    ("sr", "U Beogradu su održani razgovori generalštabova Srbije i Mađarske o zajedničkim vežbama.", "HU RS"),
    ("el", "Στην Αθήνα πραγματοποιήθηκαν συνομιλίες επιτελείων Ελλάδας και Κύπρου για τις κοινές ασκήσεις.", "CY GR"),
    ("kk", "Астанада Қазақстан мен Қырғызстан штабтарының бірлескен жаттығулар жөніндегі келіссөздері өтті.", "KG KZ"),
    (
        "ka",
        "ვარშავაში საქართველოსა და პოლონეთის შტაბებს შორის ერთობლივ სწავლებებთან დაკავშირებით მოლაპარაკებები გაიმართა.",
        "GE PL",
    ),
    ("tr", "Ankara'da Türkiye ile Azerbaycan arasında ortak tatbikatlara ilişkin kurmay görüşmeleri yapıldı.", "AZ TR"),
    ("az", "Bakıda Azərbaycan və Türkiyə arasında birgə təlimlərlə bağlı qərargah danışıqları keçirilib.", "AZ TR"),
    ("ar", "عقدت في عمان محادثات بين هيئتي الأركان الأردنية والأمريكية حول التمارين المشتركة.", "JO US"),
    (
        "hy",
        "Երևանում կայացել են հայ-ֆրանսիական շտաբային բանակցություններ համատեղ զորավարժությունների վերաբերյալ։",
        "AM FR",
    ),
    (
        "uz",
        "Toshkentda O'zbekiston va Qozog'iston shtablari o'rtasida qo'shma "
        "mashg'ulotlar bo'yicha muzokaralar o'tkazildi.",
        "KZ UZ",
    ),
    ("bg", "В София се проведоха щабни разговори между България и Румъния относно съвместните учения.", "BG RO"),
    (
        "pt",
        "Em Lisboa realizaram-se conversações entre os estados-maiores de "
        "Portugal e Espanha sobre exercícios conjuntos.",
        "ES PT",
    ),
]

# A meeting told as done, an exercise agreed for next year, in the 14 languages that had no ``met`` (lang, text, pair).
MET_AND_AGREED = [
    (
        "uk",
        "Міністри оборони України та Литви зустрілися у Києві та домовилися провести спільні навчання наступного року.",
        "LT UA",
    ),
    (
        "ka",
        "საქართველოსა და ლიტვის თავდაცვის მინისტრები შეხვდნენ ერთმანეთს და "
        "შეთანხმდნენ, რომ მომავალ წელს ერთობლივ სწავლებას ჩაატარებენ.",
        "GE LT",
    ),
    (
        "hy",
        "Հայաստանի և Հունաստանի պաշտպանության նախարարները հանդիպեցին Երևանում և "
        "պայմանավորվեցին հաջորդ տարի համատեղ զորավարժություն անցկացնել։",
        "AM GR",
    ),
    ("ar", "التقى وزيرا الدفاع الأردني والمصري في عمان واتفقا على إجراء تمرين مشترك العام المقبل.", "EG JO"),
    (
        "de",
        "Die Verteidigungsminister Deutschlands und Litauens trafen sich in "
        "Berlin und vereinbarten, im nächsten Jahr gemeinsam zu üben.",
        "DE LT",
    ),
    (
        "el",
        "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου συναντήθηκαν στην Αθήνα και "
        "συμφώνησαν να διεξαγάγουν κοινή άσκηση τον επόμενο χρόνο.",
        "CY GR",
    ),
    (
        "ro",
        "Miniștrii apărării din România și Republica Moldova s-au întâlnit la București "
        "și au convenit să organizeze un exercițiu comun anul viitor.",
        "MD RO",
    ),
    (
        "sr",
        "Ministri odbrane Srbije i Mađarske sastali su se u Beogradu i "
        "dogovorili da sledeće godine održe zajedničku vežbu.",
        "HU RS",
    ),
    (
        "pl",
        "Ministrowie obrony Polski i Litwy spotkali się w Warszawie i "
        "uzgodnili, że w przyszłym roku przeprowadzą wspólne ćwiczenia.",
        "LT PL",
    ),
    (
        "fr",
        "Les ministres de la Défense de la France et de la Grèce se sont rencontrés à "
        "Paris et ont convenu d'organiser un exercice commun l'an prochain.",
        "FR GR",
    ),
    (
        "es",
        "Los ministros de Defensa de España y Portugal se reunieron en Madrid y "
        "acordaron realizar un ejercicio conjunto el próximo año.",
        "ES PT",
    ),
    (
        "it",
        "I ministri della Difesa di Italia e Grecia si sono incontrati a Roma e hanno "
        "concordato di svolgere un'esercitazione congiunta il prossimo anno.",
        "GR IT",
    ),
    (
        "bg",
        "Министрите на отбраната на България и Румъния се срещнаха в София и "
        "се договориха да проведат съвместно учение догодина.",
        "BG RO",
    ),
    (
        "pt",
        "Os ministros da Defesa de Portugal e Espanha reuniram-se em Lisboa e "
        "acordaram realizar um exercício conjunto no próximo ano.",
        "ES PT",
    ),
]


# Ratifications as each language reports them (a house's vote, a law's promulgation, the Sejm's consent, Serbian
# "potvrđivanje"): (lang, text), read as agreement_ratified.
RATIFICATIONS = [
    (
        "el",
        "Η Βουλή ψήφισε το νομοσχέδιο για την κύρωση της συμφωνίας αμυντικής συνεργασίας μεταξύ Ελλάδας και Ινδίας.",
    ),
    (
        "ro",
        "Camera Deputaților a adoptat proiectul de lege pentru ratificarea acordului de cooperare în domeniul "
        "apărării dintre România și Polonia.",
    ),
    (
        "ro",
        "Președintele a promulgat legea pentru ratificarea acordului dintre România și Franța privind cooperarea în "
        "domeniul apărării.",
    ),
    (
        "sr",
        "Narodna skupština usvojila je Zakon o potvrđivanju Sporazuma između Vlade Republike Srbije i Vlade Republike "
        "Kipar o saradnji u oblasti odbrane.",
    ),
    (
        "sr",
        "Народна скупштина усвојила је Закон о потврђивању Споразума између Србије и Египта о сарадњи у области "
        "одбране.",
    ),
    ("pl", "Sejm wyraził zgodę na ratyfikację umowy między Polską a Szwecją o współpracy w dziedzinie obronności."),
    (
        "it",
        "La Camera ha approvato il disegno di legge di ratifica dell'accordo di cooperazione nel settore della difesa "
        "tra Italia e Giappone.",
    ),
    (
        "it",
        "Il Senato ha approvato definitivamente la ratifica dell'accordo tra Italia e Albania in materia di difesa.",
    ),
    ("es", "El Senado dio luz verde al convenio de cooperación en materia de defensa entre España y Marruecos."),
    ("es", "El Congreso aprobó el acuerdo de cooperación en defensa entre Chile y Argentina."),
    (
        "fr",
        "Le Parlement a autorisé l'approbation de l'accord de coopération en matière de défense entre la France et "
        "l'Inde.",
    ),
    (
        "fr",
        "L'Assemblée nationale a adopté le projet de loi autorisant la ratification de l'accord de défense entre la "
        "France et la Grèce.",
    ),
    ("ar", "صادق مجلس النواب المغربي على اتفاقية التعاون العسكري بين المغرب وفرنسا."),
    ("ar", "أقر مجلس الأمة الكويتي اتفاقية التعاون الدفاعي بين الكويت وتركيا."),
    ("ar", "صدق العاهل الأردني على قانون تصديق اتفاقية التعاون العسكري بين الأردن والولايات المتحدة."),
    (
        "de",
        "Der Bundestag stimmte dem Abkommen zwischen Deutschland und Estland über die Zusammenarbeit im "
        "Verteidigungsbereich zu.",
    ),
    ("de", "Der Bundesrat billigte das Gesetz zum Verteidigungsabkommen zwischen Deutschland und Litauen."),
    (
        "uk",
        "Президент України підписав закон про ратифікацію угоди між Україною та Швецією про співробітництво у сфері "
        "оборони.",
    ),
    (
        "kk",
        "Сенат Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы заңды "
        "қабылдады.",
    ),
    (
        "hy",
        "Ազգային ժողովը միաձայն հավանություն տվեց Հայաստանի և Ֆրանսիայի միջև պաշտպանական համագործակցության "
        "համաձայնագրի վավերացմանը։",
    ),
    (
        "ka",
        "საქართველოს პარლამენტმა საქართველოსა და პოლონეთს შორის თავდაცვის სფეროში თანამშრომლობის შესახებ შეთანხმება "
        "რატიფიცირა.",
    ),
    (
        "uz",
        "Oliy Majlis Qonunchilik palatasi O'zbekiston va Turkiya o'rtasidagi harbiy hamkorlik to'g'risidagi bitimni "
        "ratifikatsiya qilish haqidagi qonunni qabul qildi.",
    ),
    (
        "bg",
        "Народното събрание ратифицира споразумението между България и Гърция за сътрудничество в областта на "
        "отбраната.",
    ),
    (
        "pt",
        "A Assembleia da República aprovou o acordo de cooperação no domínio da defesa entre Portugal e Cabo Verde.",
    ),
]


# Plans and year-bound programmes with the year as each language writes it ("for the year 2027", "2026-2028",
# "на 2027-й рік"): (lang, text, plan year), read as plan_signed.
PLAN_YEARS = [
    (
        "el",
        "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν το πρόγραμμα αμυντικής συνεργασίας για το έτος 2027.",
        2027,
    ),
    ("el", "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν το πρόγραμμα αμυντικής συνεργασίας 2026-2028.", 2026),
    (
        "fr",
        "Les ministres de la Défense de la France et du Maroc ont signé le plan de coopération militaire pour l'année "
        "2027.",
        2027,
    ),
    (
        "fr",
        "Les ministres de la Défense de la France et du Maroc ont signé le programme de coopération militaire "
        "2026-2028.",
        2026,
    ),
    (
        "it",
        "I ministri della Difesa di Italia e Tunisia hanno firmato il piano di cooperazione militare per l'anno 2027.",
        2027,
    ),
    (
        "it",
        "I ministri della Difesa di Italia e Tunisia hanno firmato il programma di cooperazione militare 2026-2028.",
        2026,
    ),
    (
        "es",
        "Los ministros de Defensa de España y Marruecos firmaron el plan de cooperación militar para el año 2027.",
        2027,
    ),
    (
        "es",
        "Los ministros de Defensa de España y Marruecos firmaron el programa de cooperación militar 2026-2028.",
        2026,
    ),
    (
        "de",
        "Die Verteidigungsminister Deutschlands und Polens unterzeichneten den Plan der militärischen Zusammenarbeit "
        "für das Jahr 2027.",
        2027,
    ),
    (
        "de",
        "Die Verteidigungsminister Deutschlands und Polens unterzeichneten das Programm der militärischen "
        "Zusammenarbeit 2026-2028.",
        2026,
    ),
    ("pl", "Ministrowie obrony Polski i Litwy podpisali plan współpracy wojskowej na rok 2027.", 2027),
    ("pl", "Ministrowie obrony Polski i Litwy podpisali program współpracy wojskowej na lata 2026-2028.", 2026),
    (
        "ro",
        "Miniștrii apărării din România și Bulgaria au semnat programul de cooperare militară pentru perioada "
        "2026-2028.",
        2026,
    ),
    ("sr", "Ministri odbrane Srbije i Mađarske potpisali su program vojne saradnje za period 2026-2028. godine.", 2026),
    ("sr", "Министри одбране Србије и Мађарске потписали су план војне сарадње за 2027. годину.", 2027),
    ("uk", "Міністри оборони України та Литви підписали програму військового співробітництва на 2026-2028 роки.", 2026),
    ("uk", "Міністри оборони України та Литви підписали план військового співробітництва на 2027-й рік.", 2027),
    ("ar", "وقع وزيرا الدفاع المصري والأردني برنامج التعاون العسكري للفترة 2026-2028.", 2026),
    ("ar", "وقع وزيرا الدفاع المصري والأردني خطة التعاون العسكري للعام 2027.", 2027),
    (
        "ka",
        "საქართველოსა და აზერბაიჯანის თავდაცვის მინისტრებმა 2026-2028 წლების სამხედრო თანამშრომლობის პროგრამას "
        "მოაწერეს ხელი.",
        2026,
    ),
    (
        "hy",
        "Հայաստանի և Հունաստանի պաշտպանության նախարարները ստորագրեցին 2026-2028 թվականների ռազմական համագործակցության "
        "ծրագիրը։",
        2026,
    ),
    (
        "kk",
        "Қазақстан мен Қырғызстан қорғаныс министрлері 2027 жылға арналған әскери ынтымақтастық жоспарына қол қойды.",
        2027,
    ),
    (
        "uz",
        "O'zbekiston va Qozog'iston mudofaa vazirlari 2026-2028 yillarga mo'ljallangan harbiy hamkorlik dasturini "
        "imzoladi.",
        2026,
    ),
    (
        "uz",
        "Ўзбекистон ва Қозоғистон мудофаа вазирлари 2026-2028 йилларга мўлжалланган ҳарбий ҳамкорлик дастурини "
        "имзолади.",
        2026,
    ),
    (
        "bg",
        "Министрите на отбраната на България и Гърция подписаха плана за военно сътрудничество за 2027 година.",
        2027,
    ),
    (
        "pt",
        "Os ministros da Defesa de Portugal e Moçambique assinaram o programa-quadro de cooperação no domínio da "
        "defesa para 2026-2030.",
        2026,
    ),
]


# Exercises begun today or ended, with their code names, as each language tells them: (lang, text, pair).
EXERCISES = [
    (
        "uk",
        "Сьогодні на Житомирщині стартували спільні навчання підрозділів ЗСУ та Збройних сил Польщі «Козацька "
        "булава-2026».",
        "PL UA",
    ),
    ("uk", "На Рівненщині завершилися спільні українсько-британські навчання десантників.", "GB UA"),
    ("ka", "დღეს საქართველოში ქართულ-თურქული ერთობლივი სამხედრო სწავლება „კავკასიური არწივი 2026“ დაიწყო.", "GE TR"),
    ("hy", "Այսօր Հայաստանում մեկնարկել է հայ-հնդկական «Արծիվ-2026» համատեղ զորավարժությունը։", "AM IN"),
    (
        "kk",
        "Бүгін Қазақстан мен Ресей қарулы күштерінің «Бірлестік-2026» бірлескен командалық-штабтық оқу-жаттығуы "
        "басталды.",
        "KZ RU",
    ),
    ("uz", "Bugun O'zbekiston va Hindiston harbiylarining \"Dustlik-2026\" qo'shma mashg'uloti start oldi.", "IN UZ"),
    ("uz", "Бугун Ўзбекистон ва Покистон ҳарбийларининг қўшма тактик машқи ўз ишини якунлади.", "PK UZ"),
    (
        "ar",
        'انطلقت اليوم فعاليات التمرين العسكري المشترك "درع الصحراء 2026" بين القوات المسلحة الإماراتية والفرنسية.',
        "AE FR",
    ),
    ("ar", 'اختتمت القوات البحرية المصرية والسعودية فعاليات التدريب البحري المشترك "مرجان 2026".', "EG SA"),
    ("de", 'Am Montag hat in Litauen die deutsch-litauische Übung "Iron Wolf 2026" begonnen.', "DE LT"),
    ("el", "Ολοκληρώθηκε σήμερα η κοινή άσκηση «Ελευσίς 2026» των ενόπλων δυνάμεων Ελλάδας και Κύπρου.", "CY GR"),
    ("ro", "Astăzi a început exercițiul comun româno-american „Saber Guardian 2026” în poligonul Smârdan.", "RO US"),
    (
        "sr",
        "Данас је на полигону Пасуљанске ливаде завршена заједничка вежба Војске Србије и Оружаних снага Мађарске.",
        "HU RS",
    ),
    (
        "pl",
        "W poniedziałek rozpoczęły się polsko-amerykańskie ćwiczenia „Anakonda-26” na poligonie w Drawsku.",
        "PL US",
    ),
    ("fr", "L'exercice conjoint franco-indien Shakti 2026 a débuté lundi à Bikaner.", "FR IN"),
    ("es", "Ha comenzado hoy el ejercicio bilateral hispano-marroquí 'Gazela 2026' en Almería.", "ES MA"),
    ("it", 'È iniziata oggi l\'esercitazione bilaterale italo-francese "Mistral 2026" nel Golfo di Taranto.', "FR IT"),
    ("bg", "Днес започна съвместното българо-гръцко учение „Тракия 2026“ на полигон Ново село.", "BG GR"),
    ("pt", 'Começou hoje o exercício conjunto luso-espanhol "Ibérico 2026" em Santa Margarida.', "ES PT"),
]


# Letters of intent, technical arrangements and roadmaps signed by defence officials: (lang, text, pair), each read as
# agreement_signed.
DOCUMENTS = [
    (
        "uk",
        "Міністри оборони України та Нідерландів підписали лист про наміри щодо спільного виробництва безпілотників.",
        "NL UA",
    ),
    ("uk", "Міністерства оборони України та Швеції підписали технічну домовленість про навчання пілотів.", "SE UA"),
    ("uk", "Україна та Данія підписали дорожню карту оборонного співробітництва.", "DK UA"),
    ("ka", "საქართველოსა და საფრანგეთის თავდაცვის მინისტრებმა განზრახვის წერილს მოაწერეს ხელი.", "FR GE"),
    ("ka", "საქართველოს და ლიტვის თავდაცვის სამინისტროებმა ტექნიკურ შეთანხმებას მოაწერეს ხელი.", "GE LT"),
    ("hy", "Հայաստանի և Ֆրանսիայի պաշտպանության նախարարները ստորագրեցին մտադրությունների մասին նամակ։", "AM FR"),
    (
        "hy",
        "Հայաստանի և Հնդկաստանի պաշտպանության նախարարությունները ստորագրեցին տեխնիկական պայմանավորվածություն։",
        "AM IN",
    ),
    ("kk", "Қазақстан мен Франция қорғаныс министрліктері ниет туралы хатқа қол қойды.", "FR KZ"),
    ("kk", "Қазақстан мен Түркия қорғаныс министрлері жол картасына қол қойды.", "KZ TR"),
    ("uz", "O'zbekiston va Fransiya mudofaa vazirlari niyatlar to'g'risidagi xatni imzoladi.", "FR UZ"),
    ("uz", "O'zbekiston va Turkiya mudofaa vazirliklari texnik kelishuvni imzoladi.", "TR UZ"),
    ("ar", "وقع وزيرا الدفاع السعودي والفرنسي خطاب نوايا للتعاون في مجال الصناعات العسكرية.", "FR SA"),
    ("ar", "وقعت وزارتا الدفاع في مصر واليونان ترتيبا فنيا بشأن التدريب المشترك.", "EG GR"),
    ("ar", "وقع رئيسا أركان الجيشين الأردني والمصري خارطة طريق للتعاون العسكري.", "EG JO"),
    (
        "de",
        "Die Verteidigungsministerien Deutschlands und Norwegens unterzeichneten eine technische Vereinbarung über "
        "U-Boote.",
        "DE NO",
    ),
    ("de", "Deutschland und Litauen unterzeichneten einen Fahrplan für die Stationierung der Brigade.", "DE LT"),
    ("el", "Οι υπουργοί Άμυνας Ελλάδας και Γαλλίας υπέγραψαν επιστολή προθέσεων για τις φρεγάτες.", "FR GR"),
    ("el", "Τα υπουργεία Άμυνας Ελλάδας και Κύπρου υπέγραψαν τεχνική διευθέτηση για την εκπαίδευση.", "CY GR"),
    ("el", "Ελλάδα και Αίγυπτος υπέγραψαν οδικό χάρτη αμυντικής συνεργασίας.", "EG GR"),
    ("ro", "România și Franța au semnat o scrisoare de intenție privind cooperarea în domeniul apărării.", "FR RO"),
    (
        "ro",
        "Ministerele apărării din România și Moldova au semnat o foaie de parcurs pentru cooperarea militară.",
        "MD RO",
    ),
    ("sr", "Ministri odbrane Srbije i Francuske potpisali su pismo o namerama o saradnji u oblasti odbrane.", "FR RS"),
    ("sr", "Министарства одбране Србије и Египта потписала су технички споразум о обуци.", "EG RS"),
    ("sr", "Srbija i Mađarska potpisale su mapu puta vojne saradnje.", "HU RS"),
    (
        "pl",
        "Ministrowie obrony Polski i Korei Południowej podpisali porozumienie techniczne w sprawie czołgów.",
        "KR PL",
    ),
    ("pl", "Polska i Litwa podpisały mapę drogową współpracy obronnej.", "LT PL"),
    (
        "fr",
        "Les ministères de la Défense de la France et de la Grèce ont signé une lettre d'intention sur les frégates.",
        "FR GR",
    ),
    ("fr", "La France et l'Arménie ont signé un arrangement technique relatif à la formation militaire.", "AM FR"),
    (
        "es",
        "Los ministerios de Defensa de España y Chile firmaron una carta de intención sobre la formación de pilotos.",
        "CL ES",
    ),
    ("es", "España y Marruecos firmaron una hoja de ruta de cooperación en defensa.", "ES MA"),
    (
        "es",
        "Los ministerios de Defensa de España y Portugal suscribieron un acuerdo técnico sobre vigilancia marítima.",
        "ES PT",
    ),
    ("it", "I ministeri della Difesa di Italia e Grecia hanno firmato un accordo tecnico sull'addestramento.", "GR IT"),
    (
        "it",
        "Italia e Albania hanno sottoscritto una lettera di intenti sulla cooperazione nel settore della difesa.",
        "AL IT",
    ),
    ("it", "Italia e Giappone hanno firmato una road map per la cooperazione nel settore della difesa.", "IT JP"),
]


# Talks by phone or video conference: (lang, text, pair), each read as talks.
CALLS = [
    ("uk", "Міністр оборони України провів телефонну розмову з міністром оборони Франції.", "FR UA"),
    ("uk", "Відбулася відеоконференція міністрів оборони України та Канади.", "CA UA"),
    ("ka", "საქართველოს თავდაცვის მინისტრი ვიდეოკონფერენციის რეჟიმში ესაუბრა ესტონეთის თავდაცვის მინისტრს.", "EE GE"),
    ("hy", "Հայաստանի պաշտպանության նախարարը տեսազանգ է ունեցել Ֆրանսիայի զինված ուժերի նախարարի հետ։", "AM FR"),
    ("kk", "Қазақстан Қорғаныс министрі Қырғызстан Қорғаныс министрімен бейнеконференция өткізді.", "KG KZ"),
    ("uz", "O'zbekiston mudofaa vaziri Qozog'iston mudofaa vaziri bilan videokonferensiya o'tkazdi.", "KZ UZ"),
    ("ar", "أجرى وزير الدفاع الأردني اتصالا هاتفيا مع نظيره العراقي لبحث التعاون العسكري.", "IQ JO"),
    ("ar", "بحث وزير الدفاع الكويتي مع نظيره الإيطالي عبر الاتصال المرئي سبل تعزيز التعاون العسكري.", "IT KW"),
    (
        "de",
        "Der Verteidigungsminister Deutschlands führte eine Videokonferenz mit seiner schwedischen Amtskollegin.",
        "DE SE",
    ),
    ("el", "Ο Υπουργός Εθνικής Άμυνας της Ελλάδας είχε τηλεφωνική επικοινωνία με τον Ισραηλινό ομόλογό του.", "GR IL"),
    ("el", "Τηλεδιάσκεψη είχαν οι υπουργοί Άμυνας Ελλάδας και Κύπρου.", "CY GR"),
    (
        "ro",
        "Ministrul apărării naționale al României a participat la o videoconferință cu omologul său din Republica "
        "Moldova.",
        "MD RO",
    ),
    ("sr", "Ministar odbrane Srbije održao je video-konferenciju sa ministrom odbrane Grčke.", "GR RS"),
    ("sr", "Министар одбране Србије разговарао је телефоном са министром одбране Египта.", "EG RS"),
    ("pl", "Minister obrony narodowej Polski odbył rozmowę telefoniczną z ministrem obrony Finlandii.", "FI PL"),
    ("pl", "Ministrowie obrony Polski i Estonii rozmawiali w formie wideokonferencji.", "EE PL"),
    ("fr", "Le ministre des Armées de la France a eu un entretien téléphonique avec son homologue marocain.", "FR MA"),
    ("es", "La ministra de Defensa de España mantuvo una conversación telefónica con su homólogo portugués.", "ES PT"),
    ("it", "Il ministro della Difesa italiano ha avuto un colloquio telefonico con il suo omologo greco.", "GR IT"),
    ("it", "Il ministro della Difesa italiano ha sentito telefonicamente l'omologo francese.", "FR IT"),
    (
        "bg",
        "Министърът на отбраната на България проведе телефонен разговор с министъра на отбраната на Румъния.",
        "BG RO",
    ),
    ("pt", "O ministro da Defesa de Portugal teve uma conversa telefónica com o seu homólogo angolano.", "AO PT"),
]


def _main(lang: str, text: str):
    """The main event of a flagged sentence."""
    detection = classify(Article(title="", text=text, lang=lang))
    assert detection.flagged, detection.events
    return detection.events[0]


# The grids whose main event has a kind and a pair: (lang, text, kind, pair).
KIND_AND_PAIR = (
    [(lang, text, kind, pair) for lang, text, (kind, pair) in PROBES]
    + [(lang, text, "talks", pair) for lang, text, pair in TALKS_ABOUT_EXERCISES + MET_AND_AGREED + CALLS]
    + [(lang, text, "exercise", pair) for lang, text, pair in EXERCISES]
    + [(lang, text, "agreement_signed", pair) for lang, text, pair in DOCUMENTS]
)


@pytest.mark.parametrize(
    "lang, text, kind, pair", KIND_AND_PAIR, ids=[f"{probe[0]}-{probe[2]}-{i}" for i, probe in enumerate(KIND_AND_PAIR)]
)
def test_kind_and_pair(lang, text, kind, pair):
    main = _main(lang, text)
    assert (main.kind, main.parties) == (kind, tuple(pair.split())), main


@pytest.mark.parametrize("lang, text", RATIFICATIONS, ids=[f"{probe[0]}-{i}" for i, probe in enumerate(RATIFICATIONS)])
def test_ratification(lang, text):
    main = _main(lang, text)
    assert main.kind == "agreement_ratified", main


@pytest.mark.parametrize("lang, text, year", PLAN_YEARS, ids=[f"{probe[0]}-{i}" for i, probe in enumerate(PLAN_YEARS)])
def test_plan_year(lang, text, year):
    main = _main(lang, text)
    assert (main.kind, main.plan_year) == ("plan_signed", year), main
