"""Whole articles and sentence probes of what session s12 left on the recall side, and of shapes still thin (issue 15,
recall; session s13, helper c1). Short complete articles written for these tests (a headline, a dateline, a few
paragraphs), read as ``pactwatch classify`` reads a ``.txt`` file; the ``own_*`` ones with an address in the
outlet's country domain, as a crawl reads them (``home.home_state``). What failed on main and was fixed, as
principles:

- a time ahead written as an attribute of a noun ("le plan de coopération de l'an prochain a été signé", "gelecek
  yılın askeri işbirliği planı imzalandı", "les entretiens consacrés aux exercices de l'an prochain ont eu lieu")
  names the time the document or the talks' topic covers, not the act's tense (``time_ahead_of``,
  facts._drop_times_ahead_of_nouns; fr, tr, it, de, ro, pl); an exercise "of next year" stays one to come;
- a signing whose object is a pronoun or left unsaid ("It was signed by the two deputy ministers", "Его
  подписали", "Er wurde ... unterzeichnet", "Podpisali go", "Υπεγράφη") after a sentence or a headline naming a
  plan or an agreement in defence terms with no act of its own signs that document (detect._antecedent_document);
- the outlet's own minister named by a bare title that opens the sentence ("Die Ministerin telefonierte mit dem
  Verteidigungsminister der Niederlande", "Министр провел телефонный разговор", "أجرى الوزير اتصالا") acts for the
  outlet's state (``bare_title``, detect._bare_title_opens; 20 languages);
- a ratification told by its law's publication or entry into force ("Закон о ратификации ... опубликован",
  "Закон про ратифікацію ... набрав чинності", "Ustawa o ratyfikacji ... została opublikowana") is the
  ratification (``law_in_force``, rules.ratification_law_in_force; ru, uk, pl, ro, kk, hy, bg, sr); an agreement
  that only enters into force stays no event;
- troops of two states who "drilled", "practised" or "trained" (uk "відпрацювали", fr "se sont entraînées", es
  "practicaron", uz "mashq qildi" ...) under an exercise's code name held that exercise (``conduct``, as ru
  "отработали" reads), and up to three words and a year inside quotation marks are a code name ("« Shakti 2026 »",
  "„Panonski štit 2026“", "„კავკასიური არწივი 2026“": facts.code_names), where "Baku 2026" alone may be a place's
  year;
- a programme with next year as its attribute ("το πρόγραμμα ... του επόμενου έτους", "el programa ... para el
  próximo año", "kelgusi yil uchun ... dasturi", "برنامج التعاون العسكري للعام المقبل") is bound to a year, a plan
  (SCHEMA.md), as en and ru already read (``time_ahead_of``, detect._programme_of_a_year_ahead; 18 languages);
- a state's or capital's name written with its capital is no future verb: es "Irán", "Teherán" (read by the
  future's ending "-rán") and pt "Irão" (also "they will go") made every act beside them one to come, so that no
  Spanish article on Iran was ever flagged (facts.build).
"""

from pathlib import Path

import pytest

from monitor.classify import Article, classify
from tests.monitor.classify.whole_article_checks import articles, check_main_event, name, read_article

ARTICLES = Path(__file__).parent / "whole_articles_antecedents"

# The outlet's address for the ``own_*`` articles, by language: its country domain names the outlet's state.
HOME_DOMAINS = {
    "tr": "tr",
    "hy": "am",
    "en": "uk",
    "ru": "ru",
    "uk": "ua",
    "de": "de",
    "it": "it",
    "ka": "ge",
    "az": "az",
    "ar": "jo",
}

# The main event of each article: (kind, "AA BB", plan year).
EXPECTED = {
    "az/code_name_drill": ("exercise", "AZ TR", None),
    "az/programme_next_year": ("plan_signed", "AZ GE", None),
    "hy/code_name_drill": ("exercise", "AM IN", None),
    "hy/own_minister_call": ("talks", "AM NL", None),
    "ka/pronoun_plan": ("plan_signed", "AZ GE", 2027),
    "tr/own_minister_call": ("talks", "NL TR", None),
    "pt/irao_memorandum": ("agreement_signed", "IR RU", None),
    "es/iran_memorandum": ("agreement_signed", "IR RU", None),
    "uz/programme_next_year": ("plan_signed", "KZ UZ", None),
    "sr/programme_next_year": ("plan_signed", "HU RS", None),
    "kk/programme_next_year": ("plan_signed", "KG KZ", None),
    "es/programme_next_year": ("plan_signed", "ES MA", None),
    "el/programme_next_year": ("plan_signed", "CY GR", None),
    "ar/programme_next_year": ("plan_signed", "EG JO", None),
    "uz/code_name_drill": ("exercise", "IN UZ", None),
    "uk/code_name_drill": ("exercise", "PL UA", None),
    "sr/code_name_drill": ("exercise", "HU RS", None),
    "kk/code_name_drill": ("exercise", "KG KZ", None),
    "ka/code_name_drill": ("exercise", "GE TR", None),
    "fr/code_name_drill": ("exercise", "FR IN", None),
    "es/code_name_drill": ("exercise", "ES MA", None),
    "el/code_name_drill": ("exercise", "CY GR", None),
    "bg/code_name_drill": ("exercise", "BG GR", None),
    "ar/code_name_drill": ("exercise", "AE FR", None),
    "ar/own_minister_call": ("talks", "JO NL", None),
    "az/own_minister_call": ("talks", "AZ NL", None),
    "bg/law_published": ("agreement_ratified", "BG GR", None),
    "bg/pronoun_plan": ("plan_signed", "BG GR", 2027),
    "de/own_minister_call": ("talks", "DE NL", None),
    "de/plan_next_year": ("plan_signed", "DE PL", None),
    "de/pronoun_plan": ("plan_signed", "DE PL", 2027),
    "el/pronoun_plan": ("plan_signed", "CY GR", 2027),
    "en/own_minister_call": ("talks", "GB NL", None),
    "en/pronoun_plan": ("plan_signed", "AZ KZ", 2027),
    "es/pronoun_plan": ("plan_signed", "ES MA", 2027),
    "fr/plan_next_year": ("plan_signed", "FR MA", None),
    "fr/pronoun_plan": ("plan_signed", "FR MA", 2027),
    "fr/staff_talks_next_year": ("talks", "BE FR", None),
    "hy/law_in_force": ("agreement_ratified", "AM IN", None),
    "it/own_minister_call": ("talks", "IT NL", None),
    "it/plan_next_year": ("plan_signed", "IT TN", None),
    "ka/own_minister_call": ("talks", "GE NL", None),
    "kk/law_published": ("agreement_ratified", "KZ TR", None),
    "kk/pronoun_plan": ("plan_signed", "KG KZ", 2027),
    "pl/law_published": ("agreement_ratified", "LT PL", None),
    "pl/plan_next_year": ("plan_signed", "LT PL", None),
    "pt/pronoun_plan": ("plan_signed", "AO PT", 2027),
    "ro/law_published": ("agreement_ratified", "PL RO", None),
    "ro/plan_next_year": ("plan_signed", "MD RO", None),
    "ru/law_published": ("agreement_ratified", "KZ TR", None),
    "ru/own_minister_call": ("talks", "NL RU", None),
    "ru/pronoun_plan": ("plan_signed", "AZ KZ", 2027),
    "sr/law_in_force": ("agreement_ratified", "HU RS", None),
    "sr/pronoun_plan": ("plan_signed", "HU RS", 2027),
    "tr/plan_next_year": ("plan_signed", "AZ TR", None),
    "tr/staff_talks_next_year": ("talks", "AZ TR", None),
    "uk/law_in_force": ("agreement_ratified", "LT UA", None),
    "uk/own_minister_call": ("talks", "NL UA", None),
    "uk/pronoun_plan": ("plan_signed", "LT UA", 2027),
    "uz/pronoun_plan": ("plan_signed", "KZ UZ", 2027),
}

FILES = articles(ARTICLES)


def _detection(path: Path):
    return read_article(path, HOME_DOMAINS)


def test_every_article_has_its_expectation():
    assert {name(path) for path in FILES} == set(EXPECTED)


@pytest.mark.parametrize("path", FILES, ids=[name(path) for path in FILES])
def test_whole_article(path):
    kind, parties, plan_year = EXPECTED[name(path)]
    check_main_event(path, _detection(path), kind, parties, plan_year)


def _events(lang: str, text: str, title: str = "", url: str = ""):
    return classify(Article(title=title, text=text, lang=lang, url=url or None))


# A time ahead that a document or the talks' topic covers, with the act's verb in the past: (lang, text, kind, pair).
TIMES_AHEAD_DONE = [
    (
        "fr",
        "Le plan de coopération militaire de l'an prochain entre la France et le Maroc a été signé à Rabat.",
        "plan_signed",
        "FR MA",
    ),
    ("tr", "Türkiye ile Azerbaycan arasında gelecek yılın askeri işbirliği planı imzalandı.", "plan_signed", "AZ TR"),
    (
        "tr",
        "Türkiye ve Azerbaycan savunma bakanları gelecek yılın askeri işbirliği planını imzaladı.",
        "plan_signed",
        "AZ TR",
    ),
    (
        "it",
        "Il piano di cooperazione militare del prossimo anno tra Italia e Tunisia è stato firmato a Roma.",
        "plan_signed",
        "IT TN",
    ),
    (
        "de",
        "Der Plan der militärischen Zusammenarbeit für das nächste Jahr zwischen Deutschland und Polen wurde in "
        "Berlin unterzeichnet.",
        "plan_signed",
        "DE PL",
    ),
    (
        "ro",
        "Planul de cooperare militară de anul viitor dintre România și Republica Moldova a fost semnat la Chișinău.",
        "plan_signed",
        "MD RO",
    ),
    (
        "pl",
        "Plan współpracy wojskowej Polski i Litwy na przyszły rok został podpisany w Wilnie.",
        "plan_signed",
        "LT PL",
    ),
    (
        "fr",
        "Les entretiens d'état-major franco-belges consacrés aux exercices de l'an prochain ont eu lieu à Paris.",
        "talks",
        "BE FR",
    ),
    (
        "tr",
        "Ankara'da Türkiye ile Azerbaycan arasında gelecek yılki tatbikatlara ilişkin kurmay görüşmeleri yapıldı.",
        "talks",
        "AZ TR",
    ),
]

# The same with a verb still to come, or an exercise of next year: not flagged.
TIMES_AHEAD_TO_COME = [
    ("fr", "Le plan de coopération militaire de l'an prochain entre la France et le Maroc sera signé à Rabat."),
    ("tr", "Türkiye ile Azerbaycan arasında gelecek yılın askeri işbirliği planı imzalanacak."),
    ("tr", "Türkiye ile Azerbaycan arasındaki askeri işbirliği planının gelecek yılın başında imzalanması bekleniyor."),
    ("it", "Il piano di cooperazione militare del prossimo anno tra Italia e Tunisia sarà firmato a Roma."),
    (
        "de",
        "Der Plan der militärischen Zusammenarbeit für das nächste Jahr zwischen Deutschland und Polen soll in "
        "Berlin unterzeichnet werden.",
    ),
    ("ro", "Planul de cooperare militară de anul viitor dintre România și Republica Moldova va fi semnat la Chișinău."),
    ("pl", "Plan współpracy wojskowej Polski i Litwy na przyszły rok zostanie podpisany w Wilnie."),
    ("fr", "Les entretiens d'état-major franco-belges consacrés aux exercices de l'an prochain auront lieu à Paris."),
    (
        "tr",
        "Ankara'da Türkiye ile Azerbaycan arasında gelecek yılki tatbikatlara ilişkin kurmay görüşmeleri yapılacak.",
    ),
    ("fr", "L'exercice conjoint franco-marocain de l'an prochain aura lieu à Agadir."),
]

# A document named, then signed by a pronoun or with no object: (lang, text, pair), read as the plan for 2027.
PRONOUN_SIGNINGS = [
    (
        "en",
        "The defence ministries of Azerbaijan and Kazakhstan have drawn up a military cooperation plan for 2027. "
        "It was signed by the deputy ministers in Baku on Tuesday.",
        "AZ KZ",
    ),
    (
        "ru",
        "Министерства обороны Азербайджана и Казахстана подготовили план военного сотрудничества на 2027 год. "
        "Его подписали заместители министров в Баку во вторник.",
        "AZ KZ",
    ),
    (
        "uk",
        "Міністерства оборони України та Литви підготували план військового співробітництва на 2027 рік. Його "
        "підписали заступники міністрів у Вільнюсі.",
        "LT UA",
    ),
    (
        "de",
        "Die Verteidigungsministerien Deutschlands und Polens haben einen Plan der militärischen Zusammenarbeit "
        "für 2027 ausgearbeitet. Er wurde am Dienstag von den Staatssekretären unterzeichnet.",
        "DE PL",
    ),
    (
        "fr",
        "Les ministères de la Défense de la France et du Maroc ont préparé un plan de coopération militaire pour "
        "2027. Il a été signé mardi par les deux ministres.",
        "FR MA",
    ),
    (
        "es",
        "Los ministerios de Defensa de España y Marruecos prepararon un plan de cooperación militar para 2027. "
        "Fue firmado el martes por ambos ministros.",
        "ES MA",
    ),
    (
        "it",
        "I ministeri della Difesa di Italia e Tunisia hanno preparato un piano di cooperazione militare per il "
        "2027. È stato firmato martedì dai due ministri.",
        "IT TN",
    ),
    (
        "pt",
        "Os ministérios da Defesa de Portugal e Angola prepararam um plano de cooperação militar para 2027. Foi "
        "assinado na terça-feira pelos dois ministros.",
        "AO PT",
    ),
    (
        "pl",
        "Ministerstwa obrony Polski i Litwy przygotowały plan współpracy wojskowej na 2027 rok. Podpisali go we "
        "wtorek wiceministrowie.",
        "LT PL",
    ),
    (
        "ro",
        "Ministerele apărării din România și Republica Moldova au pregătit planul de cooperare militară pentru "
        "2027. Acesta a fost semnat marți de cei doi miniștri.",
        "MD RO",
    ),
    (
        "bg",
        "Министерствата на отбраната на България и Гърция подготвиха план за военно сътрудничество за 2027 "
        "година. Той беше подписан във вторник от двамата министри.",
        "BG GR",
    ),
    (
        "sr",
        "Ministarstva odbrane Srbije i Mađarske pripremila su plan vojne saradnje za 2027. godinu. Potpisali su "
        "ga u utorak državni sekretari.",
        "HU RS",
    ),
    (
        "kk",
        "Қазақстан мен Қырғызстан қорғаныс министрліктері 2027 жылға арналған әскери ынтымақтастық жоспарын "
        "дайындады. Оған министрлердің орынбасарлары қол қойды.",
        "KG KZ",
    ),
    (
        "uz",
        "O'zbekiston va Qozog'iston mudofaa vazirliklari 2027 yilga mo'ljallangan harbiy hamkorlik rejasini "
        "tayyorladi. Uni vazir o'rinbosarlari imzoladi.",
        "KZ UZ",
    ),
    (
        "el",
        "Τα υπουργεία Άμυνας Ελλάδας και Κύπρου ετοίμασαν πρόγραμμα στρατιωτικής συνεργασίας για το 2027. "
        "Υπεγράφη την Τρίτη από τους δύο υπουργούς.",
        "CY GR",
    ),
]

# A document named, then a signing still to come, or a draft discussed and something else signed: not a signing.
PRONOUN_NOT_SIGNED = [
    (
        "en",
        "The defence ministries of Azerbaijan and Kazakhstan have drawn up a military cooperation plan for 2027. "
        "It will be signed in Baku next week.",
    ),
    (
        "ru",
        "Министерства обороны Азербайджана и Казахстана подготовили план военного сотрудничества на 2027 год. "
        "Его подпишут в январе.",
    ),
    (
        "de",
        "Die Verteidigungsministerien Deutschlands und Polens haben einen Plan der militärischen Zusammenarbeit "
        "für 2027 ausgearbeitet. Er soll im Januar unterzeichnet werden.",
    ),
    (
        "fr",
        "Les ministères de la Défense de la France et du Maroc ont préparé un plan de coopération militaire pour "
        "2027. Il sera signé en janvier.",
    ),
    (
        "en",
        "The defence ministers of Azerbaijan and Kazakhstan discussed the draft military cooperation plan for "
        "2027. The minister then signed the book of honour.",
    ),
]

# A minister named by a bare title on the outlet's own site, calling another state's defence minister:
# (lang, text, outlet address, pair), read as talks.
BARE_TITLES = [
    (
        "de",
        "Die Ministerin telefonierte mit dem Verteidigungsminister der Niederlande über die Zusammenarbeit der "
        "Marinen.",
        "https://www.bmvg.de/1",
        "DE NL",
    ),
    (
        "de",
        "Der Minister empfing am Dienstag den Verteidigungsminister Litauens in Berlin.",
        "https://www.bmvg.de/1",
        "DE LT",
    ),
    (
        "fr",
        "Le ministre a reçu mardi le ministre de la Défense de la Lituanie.",
        "https://www.defense.gouv.fr/1",
        "FR LT",
    ),
    (
        "it",
        "Il ministro ha avuto un colloquio telefonico con il ministro della Difesa dei Paesi Bassi.",
        "https://www.difesa.it/1",
        "IT NL",
    ),
    ("pl", "Minister rozmawiał telefonicznie z ministrem obrony Holandii.", "https://www.gov.pl/1", "NL PL"),
    (
        "ro",
        "Ministrul a avut o convorbire telefonică cu ministrul apărării din Țările de Jos.",
        "https://www.mapn.ro/1",
        "NL RO",
    ),
    (
        "el",
        "Ο υπουργός είχε τηλεφωνική επικοινωνία με τον υπουργό Άμυνας της Ολλανδίας.",
        "https://www.mod.mil.gr/1",
        "GR NL",
    ),
    (
        "pt",
        "O ministro teve uma conversa telefónica com o ministro da Defesa dos Países Baixos.",
        "https://www.defesa.gov.pt/1",
        "NL PT",
    ),
    ("uk", "Міністр провів телефонну розмову з міністром оборони Нідерландів.", "https://www.mil.gov.ua/1", "NL UA"),
    ("ru", "Министр провел телефонный разговор с министром обороны Нидерландов.", "https://mil.ru/1", "NL RU"),
    (
        "en",
        "The Minister held a phone call with the Defence Minister of the Netherlands.",
        "https://www.gov.uk/1",
        "GB NL",
    ),
    ("tr", "Bakan, Hollanda Savunma Bakanı ile telefonda görüştü.", "https://www.msb.gov.tr/1", "NL TR"),
    ("az", "Nazir Niderland müdafiə naziri ilə telefonla danışıb.", "https://mod.gov.az/1", "AZ NL"),
    (
        "bg",
        "Министърът проведе телефонен разговор с министъра на отбраната на Нидерландия.",
        "https://www.mod.bg/1",
        "BG NL",
    ),
    ("sr", "Ministar je razgovarao telefonom sa ministrom odbrane Holandije.", "https://www.mod.gov.rs/1", "NL RS"),
    ("ka", "მინისტრი ნიდერლანდების თავდაცვის მინისტრს ტელეფონით ესაუბრა.", "https://mod.gov.ge/1", "GE NL"),
    ("hy", "Նախարարը հեռախոսազրույց է ունեցել Նիդեռլանդների պաշտպանության նախարարի հետ։", "https://mil.am/1", "AM NL"),
    ("kk", "Министр Нидерланды қорғаныс министрімен телефон арқылы сөйлесті.", "https://www.gov.kz/1", "KZ NL"),
    ("uz", "Vazir Niderlandiya mudofaa vaziri bilan telefon orqali suhbatlashdi.", "https://mudofaa.uz/1", "NL UZ"),
    ("ar", "أجرى الوزير اتصالا هاتفيا مع وزير الدفاع الهولندي.", "https://www.mod.gov.jo/1", "JO NL"),
]

# A bare title with no outlet state known, or another ministry's minister: not flagged.
BARE_TITLES_NOT_TALKS = [
    ("de", "Der Minister empfing am Dienstag den Verteidigungsminister Litauens in Berlin.", ""),
    (
        "en",
        "The Minister of Health held a phone call with the Defence Minister of the Netherlands.",
        "https://www.gov.uk/1",
    ),
    ("uk", "Міністр охорони здоров'я провів розмову з міністром оборони Нідерландів.", "https://www.mil.gov.ua/1"),
]

# A ratification law published or in force: (lang, text, pair), read as agreement_ratified.
LAWS_IN_FORCE = [
    (
        "ru",
        "Закон о ратификации соглашения о военном сотрудничестве между Казахстаном и Турцией опубликован в "
        "официальной печати.",
        "KZ TR",
    ),
    ("ru", "Закон о ратификации соглашения о военном сотрудничестве между Россией и Лаосом вступил в силу.", "LA RU"),
    (
        "uk",
        "Закон про ратифікацію угоди між Україною та Литвою про співробітництво у сфері оборони набрав чинності.",
        "LT UA",
    ),
    (
        "ro",
        "Legea pentru ratificarea acordului de cooperare în domeniul apărării dintre România și Polonia a fost "
        "publicată în Monitorul Oficial.",
        "PL RO",
    ),
    (
        "pl",
        "Ustawa o ratyfikacji umowy między Polską a Litwą o współpracy obronnej została opublikowana w Dzienniku "
        "Ustaw.",
        "LT PL",
    ),
    (
        "kk",
        "Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы келісімді ратификациялау туралы заң жарияланды.",
        "KZ TR",
    ),
    (
        "hy",
        "Հայաստանի և Հնդկաստանի միջև պաշտպանական համագործակցության համաձայնագրի վավերացման մասին օրենքն ուժի "
        "մեջ է մտել։",
        "AM IN",
    ),
    (
        "bg",
        "Законът за ратифициране на споразумението между България и Гърция за сътрудничество в областта на "
        "отбраната е обнародван в Държавен вестник.",
        "BG GR",
    ),
    (
        "sr",
        "Zakon o potvrđivanju Sporazuma između Srbije i Mađarske o saradnji u oblasti odbrane stupio je na snagu.",
        "HU RS",
    ),
]

# An agreement in force with no law named, or a law's publication still to come: not flagged.
NOT_LAWS_IN_FORCE = [
    ("en", "The defence cooperation agreement between Georgia and Lithuania entered into force on Monday."),
    ("ru", "Соглашение о военном сотрудничестве между Россией и Лаосом вступило в силу после ратификации."),
    (
        "ru",
        "Закон о ратификации соглашения о военном сотрудничестве между Казахстаном и Турцией будет опубликован "
        "на следующей неделе.",
    ),
    ("de", "Das Abkommen über die Verteidigungszusammenarbeit zwischen Deutschland und Litauen ist in Kraft getreten."),
    ("uk", "Угода про військове співробітництво між Україною та Литвою набрала чинності, повідомили в міністерстві."),
    ("uk", "Меморандум між міністерствами оборони України та Естонії набув чинності з першого грудня."),
]


def _ids(probes):
    return [f"{probe[0]}-{i}" for i, probe in enumerate(probes)]


@pytest.mark.parametrize("lang, text, kind, pair", TIMES_AHEAD_DONE, ids=_ids(TIMES_AHEAD_DONE))
def test_time_ahead_of_a_noun_is_no_tense(lang, text, kind, pair):
    detection = _events(lang, text)
    assert detection.flagged, detection.events
    assert (detection.events[0].kind, detection.events[0].parties) == (kind, tuple(pair.split()))


@pytest.mark.parametrize("lang, text", TIMES_AHEAD_TO_COME, ids=_ids(TIMES_AHEAD_TO_COME))
def test_time_ahead_with_a_future_verb_is_to_come(lang, text):
    assert not _events(lang, text).flagged


@pytest.mark.parametrize("lang, text, pair", PRONOUN_SIGNINGS, ids=_ids(PRONOUN_SIGNINGS))
def test_pronoun_signs_the_document_just_named(lang, text, pair):
    detection = _events(lang, text)
    assert detection.flagged, detection.events
    main = detection.events[0]
    assert (main.kind, main.parties, main.plan_year) == ("plan_signed", tuple(pair.split()), 2027), main


@pytest.mark.parametrize("lang, text", PRONOUN_NOT_SIGNED, ids=_ids(PRONOUN_NOT_SIGNED))
def test_pronoun_signing_to_come_or_of_something_else(lang, text):
    detection = _events(lang, text)
    assert not any(event.kind in ("plan_signed", "agreement_signed") for event in detection.events), detection.events


@pytest.mark.parametrize("lang, text, url, pair", BARE_TITLES, ids=_ids(BARE_TITLES))
def test_bare_title_is_the_outlets_minister(lang, text, url, pair):
    detection = _events(lang, text, url=url)
    assert detection.flagged, detection.events
    assert (detection.events[0].kind, detection.events[0].parties) == ("talks", tuple(pair.split()))


@pytest.mark.parametrize("lang, text, url", BARE_TITLES_NOT_TALKS, ids=_ids(BARE_TITLES_NOT_TALKS))
def test_bare_title_needs_the_outlet_and_a_defence_minister(lang, text, url):
    assert not _events(lang, text, url=url).flagged


@pytest.mark.parametrize("lang, text, pair", LAWS_IN_FORCE, ids=_ids(LAWS_IN_FORCE))
def test_ratification_law_published_or_in_force(lang, text, pair):
    detection = _events(lang, text)
    assert detection.flagged, detection.events
    assert (detection.events[0].kind, detection.events[0].parties) == ("agreement_ratified", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", NOT_LAWS_IN_FORCE, ids=_ids(NOT_LAWS_IN_FORCE))
def test_agreement_in_force_alone_is_no_event(lang, text):
    assert not _events(lang, text).flagged


# An exercise known by its code name, the two states' troops drilling: (lang, text, pair), read as an exercise.
CODE_NAMED_DRILLS = [
    ("uk", "«Козацька булава-2026»: військові України та Польщі відпрацювали оборону переправ.", "PL UA"),
    (
        "fr",
        "« Shakti 2026 » : les armées française et indienne se sont entraînées au combat urbain à Bikaner.",
        "FR IN",
    ),
    ("es", "'Gazela 2026': militares de España y Marruecos practicaron el rescate en Almería.", "ES MA"),
    ("ka", "„კავკასიური არწივი 2026“: საქართველოსა და თურქეთის სამხედროებმა ვაზიანში ერთად ივარჯიშეს.", "GE TR"),
    ("kk", "«Бірлестік-2026»: Қазақстан мен Қырғызстан әскерилері тауда бірге жаттықты.", "KG KZ"),
    ("uz", "\"Dustlik-2026\": O'zbekiston va Hindiston harbiylari tog'da harakatlarni mashq qildi.", "IN UZ"),
    ("uz", "«Дўстлик-2026»: Ўзбекистон ва Ҳиндистон ҳарбийлари тоғда ҳаракатларни машқ қилди.", "IN UZ"),
    (
        "it",
        "'Mistral 2026': militari di Italia e Francia si sono addestrati al combattimento urbano a Taranto.",
        "FR IT",
    ),
    ("pt", "'Ibérico 2026': militares de Portugal e Espanha treinaram o resgate em Santa Margarida.", "ES PT"),
    ("pl", "„Anakonda-26”: żołnierze Polski i USA przećwiczyli obronę przepraw w Drawsku.", "PL US"),
    ("ro", "„Saber Guardian 2026”: militarii români și americani au exersat apărarea podurilor la Smârdan.", "RO US"),
    ("el", "«Ελευσίς 2026»: στρατιωτικοί της Ελλάδας και της Κύπρου εκπαιδεύτηκαν στην άμυνα ακτών.", "CY GR"),
    ("bg", "„Тракия 2026“: военни от България и Гърция отработиха отбраната на проходи.", "BG GR"),
    ("sr", "„Panonski štit 2026“: pripadnici vojski Srbije i Mađarske uvežbavali su odbranu mostova.", "HU RS"),
    ("hy", "«Արծիվ-2026»: Հայաստանի և Հնդկաստանի զինծառայողները լեռներում մարզվել են։", "AM IN"),
    ("ar", '"درع الصحراء 2026": تدربت قوات الإمارات وفرنسا على القتال في المدن.', "AE FR"),
    ("en", '"Shakti 2026": soldiers of France and India drilled urban combat at Bikaner.', "FR IN"),
]

# The same words with no exercise held: a forum, a drill still to come, one state's troops, a place's year.
NOT_CODE_NAMED_DRILLS = [
    ("en", '"Army 2026": the forum opened near Moscow with delegations from Russia and Belarus.'),
    ("bg", "„Тракия 2026“: военни от България и Гърция ще отработят отбраната на проходи догодина."),
    ("fr", "« Shakti 2026 » : les armées française et indienne s'entraîneront au combat urbain l'an prochain."),
    ("es", "Los militares españoles practicaron el rescate en Almería."),
    ("ar", "تدربت القوات المصرية على القتال في المدن."),
    ("en", '"Baku 2026": Azerbaijan and Turkey drilled the parade.'),
]


@pytest.mark.parametrize("lang, text, pair", CODE_NAMED_DRILLS, ids=_ids(CODE_NAMED_DRILLS))
def test_code_named_exercise_told_by_drilling(lang, text, pair):
    detection = _events(lang, text)
    assert detection.flagged, detection.events
    assert (detection.events[0].kind, detection.events[0].parties) == ("exercise", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", NOT_CODE_NAMED_DRILLS, ids=_ids(NOT_CODE_NAMED_DRILLS))
def test_drilling_without_a_joint_code_named_exercise(lang, text):
    assert not _events(lang, text).flagged


# A programme bound to next year, signed: (lang, text, pair), read as a plan with no year stated.
PROGRAMMES_OF_NEXT_YEAR = [
    (
        "en",
        "The defence ministers of Greece and Cyprus signed the military cooperation programme for next year.",
        "CY GR",
    ),
    ("ru", "Министры обороны России и Беларуси подписали программу военного сотрудничества на следующий год.", "BY RU"),
    (
        "el",
        "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν το πρόγραμμα αμυντικής συνεργασίας του επόμενου έτους.",
        "CY GR",
    ),
    (
        "el",
        "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου υπέγραψαν το πρόγραμμα αμυντικής συνεργασίας για το επόμενο έτος.",
        "CY GR",
    ),
    (
        "fr",
        "Les ministres de la Défense de la France et du Maroc ont signé le programme de coopération militaire "
        "de l'an prochain.",
        "FR MA",
    ),
    (
        "de",
        "Die Verteidigungsminister Deutschlands und Polens unterzeichneten das Programm der militärischen "
        "Zusammenarbeit für das nächste Jahr.",
        "DE PL",
    ),
    ("tr", "Türkiye ve Azerbaycan savunma bakanları gelecek yılın askeri işbirliği programını imzaladı.", "AZ TR"),
    (
        "uz",
        "O'zbekiston va Qozog'iston mudofaa vazirlari kelgusi yil uchun harbiy hamkorlik dasturini imzoladi.",
        "KZ UZ",
    ),
    ("pl", "Ministrowie obrony Polski i Litwy podpisali program współpracy wojskowej na przyszły rok.", "LT PL"),
    (
        "it",
        "I ministri della Difesa di Italia e Tunisia hanno firmato il programma di cooperazione militare per "
        "il prossimo anno.",
        "IT TN",
    ),
    (
        "es",
        "Los ministros de Defensa de España y Marruecos firmaron el programa de cooperación militar para el "
        "próximo año.",
        "ES MA",
    ),
    (
        "pt",
        "Os ministros da Defesa de Portugal e Angola assinaram o programa de cooperação militar para o próximo ano.",
        "AO PT",
    ),
    (
        "ro",
        "Miniștrii apărării din România și Republica Moldova au semnat programul de cooperare militară pentru "
        "anul viitor.",
        "MD RO",
    ),
    (
        "uk",
        "Міністри оборони України та Литви підписали програму військового співробітництва на наступний рік.",
        "LT UA",
    ),
    (
        "az",
        "Azərbaycan və Gürcüstan müdafiə nazirləri gələn il üçün hərbi əməkdaşlıq proqramını imzalayıblar.",
        "AZ GE",
    ),
    (
        "kk",
        "Қазақстан мен Қырғызстан қорғаныс министрлері келесі жылға арналған әскери ынтымақтастық "
        "бағдарламасына қол қойды.",
        "KG KZ",
    ),
    (
        "ka",
        "საქართველოსა და აზერბაიჯანის თავდაცვის მინისტრებმა მომავალი წლის სამხედრო თანამშრომლობის პროგრამას "
        "მოაწერეს ხელი.",
        "AZ GE",
    ),
    (
        "hy",
        "Հայաստանի և Հունաստանի պաշտպանության նախարարները ստորագրեցին հաջորդ տարվա ռազմական համագործակցության ծրագիրը։",
        "AM GR",
    ),
    ("sr", "Ministri odbrane Srbije i Mađarske potpisali su program vojne saradnje za sledeću godinu.", "HU RS"),
    (
        "bg",
        "Министрите на отбраната на България и Гърция подписаха програмата за военно сътрудничество за "
        "следващата година.",
        "BG GR",
    ),
    ("ar", "وقع وزيرا الدفاع المصري والأردني برنامج التعاون العسكري للعام المقبل.", "EG JO"),
]

# The same programme with a signing still to come: not flagged; one bound to no year stays an agreement.
PROGRAMMES_OF_NEXT_YEAR_TO_COME = [
    (
        "es",
        "Los ministros de Defensa de España y Marruecos firmarán el programa de cooperación militar para el "
        "próximo año.",
    ),
    (
        "el",
        "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου θα υπογράψουν το πρόγραμμα αμυντικής συνεργασίας του επόμενου έτους.",
    ),
    ("uz", "O'zbekiston va Qozog'iston mudofaa vazirlari kelgusi yil uchun harbiy hamkorlik dasturini imzolaydi."),
    ("ar", "سيوقع وزيرا الدفاع المصري والأردني برنامج التعاون العسكري للعام المقبل."),
]


@pytest.mark.parametrize("lang, text, pair", PROGRAMMES_OF_NEXT_YEAR, ids=_ids(PROGRAMMES_OF_NEXT_YEAR))
def test_programme_of_next_year_is_a_plan(lang, text, pair):
    detection = _events(lang, text)
    assert detection.flagged, detection.events
    main = detection.events[0]
    assert (main.kind, main.parties, main.plan_year) == ("plan_signed", tuple(pair.split()), None), main


@pytest.mark.parametrize("lang, text", PROGRAMMES_OF_NEXT_YEAR_TO_COME, ids=_ids(PROGRAMMES_OF_NEXT_YEAR_TO_COME))
def test_programme_of_next_year_to_come(lang, text):
    assert not _events(lang, text).flagged


def test_programme_bound_to_no_year_stays_an_agreement():
    detection = _events(
        "es", "Los ministros de Defensa de España y Marruecos firmaron un programa de formación de pilotos."
    )
    assert (detection.events[0].kind, detection.events[0].parties) == ("agreement_signed", ("ES", "MA"))


# Names that end as a future does, with an act done: (lang, text, kind, pair).
NAMES_LIKE_A_FUTURE = [
    (
        "es",
        "Los ministros de Defensa de Irán y Rusia firmaron un memorando de cooperación militar.",
        "agreement_signed",
        "IR RU",
    ),
    ("es", "Irán y Pakistán realizaron un ejercicio naval conjunto en el golfo de Omán.", "exercise", "IR PK"),
    ("es", "El ministro de Defensa de Irán se reunió en Teherán con su homólogo iraquí.", "talks", "IQ IR"),
    (
        "pt",
        "Os ministros da Defesa do Irão e da Rússia assinaram um memorando de cooperação militar.",
        "agreement_signed",
        "IR RU",
    ),
]

# The future itself stays one: not flagged.
FUTURES_BESIDE_NAMES = [
    ("es", "Los ministros de Defensa de España y Marruecos firmarán un memorando."),
    ("es", "El ministro de Defensa de España se reunirá con su homólogo marroquí."),
    ("pt", "Os ministros da Defesa de Portugal e Angola irão assinar um memorando."),
    ("pt", "Portugal e Angola irão realizar um exercício militar conjunto em Luanda."),
]


@pytest.mark.parametrize("lang, text, kind, pair", NAMES_LIKE_A_FUTURE, ids=_ids(NAMES_LIKE_A_FUTURE))
def test_a_name_is_no_future(lang, text, kind, pair):
    detection = _events(lang, text)
    assert detection.flagged, detection.events
    assert (detection.events[0].kind, detection.events[0].parties) == (kind, tuple(pair.split()))


@pytest.mark.parametrize("lang, text", FUTURES_BESIDE_NAMES, ids=_ids(FUTURES_BESIDE_NAMES))
def test_the_future_stays_one(lang, text):
    assert not _events(lang, text).flagged
