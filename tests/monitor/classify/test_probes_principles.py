"""Probes for how acts are reported, whatever the wording (issue 15): who acts, which verb, which
document, which tense. Every sentence here is written for these tests, in several languages, so
that a rule that only knows one phrasing fails them."""


import pytest

from tests.monitor.classify import conftest
from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

# --- An authority *to* sign, or the approval of a draft, comes before the act (SCHEMA.md) -----------

@pytest.mark.parametrize("lang, title, text", [
    ("en", "President clears the way for a defence pact",
     "The president of Moldova authorised the defence minister to sign an agreement on military "
     "cooperation with Romania."),
    ("en", "Cabinet backs draft",
     "Hungary's government approved the draft agreement with Serbia on defence cooperation."),
    ("ru", "Путин поручил подписать договор",
     "Президент России распорядился подписать соглашение с Лаосом о военном сотрудничестве, "
     "сообщается на портале правовой информации."),
    ("ru", "Правительство одобрило проект",
     "Правительство Армении одобрило проект соглашения с Индией о сотрудничестве в области обороны."),
    ("tr", "Anlaşma için yetki",
     "Arnavutluk Cumhurbaşkanı, hükümete Türkiye ile askeri işbirliği anlaşmasının imzalanması için "
     "yetki verdi."),
    ("az", "Sazişin imzalanmasına icazə verildi",
     "Prezident Azərbaycan ilə Pakistan arasında hərbi əməkdaşlıq sazişinin imzalanmasına icazə verib."),
])
def test_an_authority_to_sign_or_a_draft_approved_is_not_yet_an_act(lang, title, text):
    assert_not_flagged(title, text, lang=lang)


@pytest.mark.parametrize("lang, text", [
    ("en", "The defence ministers of Chile and Peru agreed to leverage this framework for joint projects."),
    ("en", "The foreign ministers of Estonia and Finland agreed to advance defence cooperation."),
])
def test_agreeing_to_do_something_is_an_intention(lang, text):
    assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang, text", [
    ("ru", "Мажилис одобрил проект закона «Об утверждении Соглашения между Казахстаном и Грузией о "
           "военном сотрудничестве»."),
    ("en", "The Senate approved the draft law on the defence cooperation agreement between Georgia and "
           "Kazakhstan."),
])
def test_a_draft_law_adopted_by_parliament_is_the_ratification(lang, text):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", ("GE", "KZ"))


# --- Ratification: the verb reports the act, the noun only names the procedure --------------------

@pytest.mark.parametrize("lang, title, text", [
    ("ru", "Дума обсудит соглашение",
     "Депутаты Госдумы 12 ноября рассмотрят ратификацию соглашения о военном сотрудничестве с Мали.\n"
     "Ратификация соглашения создаст правовую основу военного сотрудничества России и Мали."),
    ("en", "Ratification on the agenda",
     "Ratification of the defence cooperation agreement between Chile and Peru would strengthen "
     "the ties of the two armies, the senator said."),
])
def test_the_ratification_named_as_a_procedure_is_not_the_act(lang, title, text):
    assert_not_flagged(title, text, lang=lang)


def test_an_authorised_representative_signing_is_an_act():
    kind, parties, _, _ = flagged_main(
        "Memorandum signed",
        "Authorised representatives of the defence ministries of Poland and Lithuania signed a "
        "memorandum on air defence cooperation.", lang="en")
    assert (kind, parties) == ("agreement_signed", ("LT", "PL"))
    kind, parties, _, _ = flagged_main(
        "Подписан меморандум",
        "Уполномоченные представители министерств обороны Польши и Литвы подписали меморандум о "
        "сотрудничестве в области противовоздушной обороны.", lang="ru")
    assert (kind, parties) == ("agreement_signed", ("LT", "PL"))


def test_a_vote_for_the_ratification_is_the_act():
    kind, parties, _, _ = flagged_main(
        "Ратификация",
        "Депутаты единогласно проголосовали за ратификацию соглашения между Россией и Мали о военном "
        "сотрудничестве.", lang="ru")
    assert (kind, parties) == ("agreement_ratified", ("ML", "RU"))


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya's senate passed the ratification of the defence cooperation agreement with Uganda."),
    ("ru", "Парламент Армении завершил ратификацию соглашения о военном сотрудничестве с Индией."),
    ("en", "Lawmakers in Georgia gave the green light to the ratification of the defence cooperation "
           "agreement with Ukraine."),
])
def test_a_ratification_passed_or_completed_is_the_act(lang, text):
    kind, _, _, _ = flagged_main("", text, lang=lang)
    assert kind == "agreement_ratified"


def test_ratified_by_verb_or_approved_for_ratification():
    kind, parties, _, _ = flagged_main(
        "Дума ратифицировала соглашение",
        "Государственная дума ратифицировала соглашение между Россией и Мали о военном сотрудничестве.", lang="ru")
    assert (kind, parties) == ("agreement_ratified", ("ML", "RU"))
    kind, parties, _, _ = flagged_main(
        "Government sends pact to parliament",
        "The government of Chile approved on Tuesday sending the defence cooperation agreement with "
        "Peru to parliament for ratification.", lang="en")
    assert (kind, parties) == ("agreement_ratified", ("CL", "PE"))


# --- A list of states given as context does not make a story multilateral --------------------------

def test_states_listed_as_context_do_not_make_a_visit_multilateral():
    kind, parties, _, _ = flagged_main(
        "Министр обороны Казахстана отправился в Монголию",
        "Министр обороны Казахстана отбыл с официальным визитом в Монголию.\n"
        "В Улан-Баторе запланированы переговоры с монгольским коллегой.\n"
        "Монгольская сторона ранее приветствовала инициативы Китая, России и Казахстана в регионе.",
        lang="ru")
    assert (kind, parties) == ("talks", ("KZ", "MN"))




# --- A document named as the basis of something is not what was signed -----------------------------

def test_a_document_named_as_the_basis_is_not_the_object_of_the_act():
    kind, parties, _, _ = flagged_main(
        "Guests of honour",
        "The defence ministers of Bulgaria and Greece met in Sofia on 3 March.\n"
        "The visitors' book was signed in accordance with the protocol.", lang="en")
    assert (kind, parties) == ("talks", ("BG", "GR"))
    kind, parties, _, _ = flagged_main(
        "Birgə təlim",
        "Azərbaycan ilə Gürcüstan arasında imzalanmış sazişə müvafiq olaraq iki ölkənin silahlı "
        "qüvvələrinin birgə təlimi başlayıb.", lang="az")
    assert (kind, parties) == ("exercise", ("AZ", "GE"))


def test_a_frame_before_the_act_word_frames_the_occasion_not_the_document():
    kind, parties, year, _ = flagged_main(
        "", "В рамках визита подписан план военного сотрудничества Армении и Греции на 2026 год.", lang="ru")
    assert (kind, parties, year) == ("plan_signed", ("AM", "GR"), 2026)


# --- Wire style: a verb with a bare object, new names of documents -----------------------------------

@pytest.mark.parametrize("text, kind, year", [
    ("Defence ministries of Kyrgyzstan and Mongolia signed military cooperation plan for 2026.",
     "plan_signed", 2026),
    ("The defence chiefs of Kenya and Uganda signed MoUs on training and logistics.",
     "agreement_signed", None),
    ("The defence ministers of Estonia and Finland signed a letter of intent on air defence.",
     "agreement_signed", None),
    ("Military officials of Chile and Peru signed a framework for defence industry cooperation.",
     "agreement_signed", None),
])
def test_wire_style_signings(text, kind, year):
    found_kind, _, found_year, _ = flagged_main("", text, lang="en")
    assert (found_kind, found_year) == (kind, year)


# --- Talks reported as "the sides" or as negotiations -------------------------------------------------

def test_talks_told_of_the_sides_take_the_story_s_pair():
    kind, parties, _, _ = flagged_main(
        "Consultations in Tashkent",
        "Military consultations of the defence ministries of Uzbekistan and Latvia opened in Tashkent.\n"
        "The negotiations were led by the heads of the international cooperation departments.\n"
        "The sides discussed military education and exchanged views on regional security.", lang="en")
    assert (kind, parties) == ("talks", ("LV", "UZ"))
    kind, parties, _, _ = flagged_main(
        "Nazirlər danışıb",
        "Qazaxıstanın müdafiə naziri Bakıya gələn həmkarını qarşılayıb.\n"
        "Ölkələrimiz arasında hərbi əməkdaşlıq məsələləri müzakirə edilib.", lang="az")
    assert (kind, parties) == ("talks", ("AZ", "KZ"))


# --- One state's acts with several others are bilateral acts, each counted --------------------------

def test_bilateral_plans_signed_on_the_sidelines_of_a_trilateral_meeting():
    detection = conftest.run(
        "Trilateral meeting in Tbilisi",
        "On the sidelines of the trilateral meeting of defence ministers in Tbilisi, Armenia signed "
        "bilateral cooperation plans for 2027 with Greece and Cyprus.", lang="en")
    assert detection.flagged
    pairs = [(event.kind, event.parties, event.plan_year) for event in detection.events
             if event.kind == "plan_signed"]
    assert pairs[:2] == [("plan_signed", ("AM", "GR"), 2027), ("plan_signed", ("AM", "CY"), 2027)]


def test_one_ministry_approves_plans_with_a_list_of_states():
    detection = conftest.run(
        "Планы утверждены",
        "Министерство обороны Туркменистана утвердило планы сотрудничества с Ираном, Пакистаном и "
        "Индией.", lang="ru")
    assert detection.flagged
    assert [event.parties for event in detection.events][:3] == [("IR", "TM"), ("PK", "TM"), ("IN", "TM")]


def test_a_trilateral_act_stays_multilateral():
    assert_not_flagged(
        "Trilateral memorandum",
        "The defence ministers of Azerbaijan, Georgia and Turkey signed a trilateral memorandum.",
        lang="en")


# --- A state named as a place is not a party ----------------------------------------------------------

@pytest.mark.parametrize("lang, text, pair", [
    ("en", "Tajik and Russian troops began a joint exercise near the border with Afghanistan.", ("RU", "TJ")),
    ("ru", "Киргизия и Казахстан начали совместные учения у китайской границы.", ("KG", "KZ")),
    ("az", "Azərbaycan və Türkiyə hərbçiləri İran sərhədində birgə təlimlərə başlayıb.", ("AZ", "TR")),
])
def test_a_state_named_as_the_place_of_an_exercise_is_not_a_party(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("exercise", pair)


# --- Tense: a signing named as a noun takes the tense of the sentence's verb ------------------------

@pytest.mark.parametrize("lang, text", [
    ("ru", "Подписание программы военного сотрудничества Армении и Греции на 2027 год состоится в понедельник."),
    ("en", "The signing of the defence cooperation plan of Chile and Peru for 2027 is scheduled for Monday."),
    ("az", "Azərbaycan və Gürcüstan arasında hərbi əməkdaşlıq planının imzalanması gələn həftə gözlənilir."),
])
def test_a_signing_announced_for_a_coming_day_is_not_an_event(lang, text):
    assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang, title, text", [
    ("en", "", "The defence ministers of Latvia and Georgia sign a plan of military cooperation on Thursday in Riga."),
    ("en", "Chile and Peru sign navy memorandum tomorrow",
     "The memorandum covers training and joint patrols of the two navies."),
    ("en", "", "Estonia's defence minister signs an agreement on military cooperation with Moldova next week."),
    ("en", "", "Latvia and Georgia are signing a plan of military cooperation for 2027 on Friday."),
    ("en", "Latvia, Georgia to ink military cooperation plan", "The ceremony is in Riga."),
    ("fr", "", "Les ministres de la Défense du Tchad et du Cameroun signent lundi un accord de coopération militaire."),
    ("fr", "", "Le Bénin et le Togo signent la semaine prochaine un protocole de coopération militaire."),
    ("es", "", "Los ministros de Defensa de Bolivia y Paraguay firman el jueves un acuerdo de cooperación militar."),
    ("it", "", "I ministri della Difesa di Malta e Tunisia firmano domani un accordo di cooperazione militare."),
    ("de", "", "Die Verteidigungsminister Österreichs und Tschechiens unterzeichnen am Freitag ein Abkommen über "
               "militärische Zusammenarbeit."),
    ("ro", "", "Miniștrii apărării din România și Bulgaria semnează mâine un acord de cooperare militară."),
    ("sr", "", "Министри одбране Србије и Грчке потписују сутра споразум о војној сарадњи."),
])
def test_a_present_tense_act_with_a_day_to_come_is_announced(lang, title, text):
    assert_not_flagged(title, text, lang=lang)


@pytest.mark.parametrize("lang, text, pair", [
    ("es", "La firma del acuerdo de cooperación militar entre Bolivia y Paraguay tuvo lugar el jueves en Asunción.",
     ("BO", "PY")),
    ("it", "La firma dell'accordo di cooperazione militare tra Malta e Tunisia è avvenuta martedì a Tunisi.",
     ("MT", "TN")),
])
def test_the_signing_named_as_a_noun_on_a_weekday_is_the_act(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_signed", pair)


def test_a_present_tense_headline_with_no_day_to_come_is_the_act():
    kind, parties, _, _ = flagged_main("Latvia and Georgia sign military cooperation plan",
                                       "The plan was signed by the two defence ministers in Riga.", lang="en")
    assert (kind, parties) == ("plan_signed", ("GE", "LV"))


@pytest.mark.parametrize("lang, text", [
    ("en", "The prime minister signed an order allowing the defence ministry to sign a memorandum on "
           "military cooperation between Croatia and Albania."),
    ("ru", "Глава государства подписал указ, позволяющий министру обороны подписать соглашение о военном "
           "сотрудничестве между Монголией и Вьетнамом."),
    ("en", "The cabinet of Latvia approved an agreement with Ukraine on defence cooperation, which the two "
           "defence ministers are to sign in Kyiv."),
])
def test_an_act_that_empowers_a_later_signing_is_not_the_signing(lang, text):
    assert_not_flagged("", text, lang=lang)


def test_a_future_in_a_clause_of_its_own_does_not_govern_the_act():
    kind, parties, _, _ = flagged_main("", "The defence ministers of Croatia and Albania, who will meet again "
                                           "in the autumn, signed a plan of military cooperation.", lang="en")
    assert (kind, parties) == ("plan_signed", ("AL", "HR"))
    assert_not_flagged("", "The defence ministers of Croatia and Albania will meet in Zagreb and sign a plan "
                           "of military cooperation.", lang="en")


def test_a_signed_document_that_allows_later_acts_is_still_signed():
    kind, parties, _, _ = flagged_main("", "The defence ministers of Croatia and Albania signed a memorandum "
                                           "that will allow their navies to train together.", lang="en")
    assert (kind, parties) == ("agreement_signed", ("AL", "HR"))


def test_a_programme_bound_to_years_in_another_sentence_is_a_plan():
    kind, parties, year, _ = flagged_main(
        "Mongolia and Vietnam adopt military cooperation programme",
        "The defence ministers of Mongolia and Vietnam adopted a programme of military cooperation.\n"
        "The programme for 2027-2029 covers training of officers and exchanges of cadets.", lang="en")
    assert (kind, parties, year) == ("plan_signed", ("MN", "VN"), 2027)


def test_an_exercise_that_begins_today_is_an_event():
    for lang, text in (
            ("ru", "Сегодня начинаются совместные учения военнослужащих Таджикистана и Кыргызстана."),
            ("en", "A joint exercise of Mongolian and Indian troops begins today near Ulaanbaatar.")):
        kind, _, _, _ = flagged_main("", text, lang=lang)
        assert kind == "exercise"


# --- Plan year: the first year of a span, however the span is written --------------------------------

@pytest.mark.parametrize("lang, text, year", [
    ("ru", "Министры обороны Армении и Индии подписали программу военного сотрудничества на 2018 и 2019 годы.", 2018),
    ("ru", "Министры обороны Армении и Индии подписали программу военного сотрудничества на 2026–2030 годы.", 2026),
    ("en", "The defence ministers of Armenia and India signed a military cooperation programme for 2026–2030.", 2026),
    ("en", "The defence ministers of Armenia and India signed the 2026-2028 military cooperation programme.", 2026),
    ("fr", "Le Tchad et le Cameroun ont signé un plan de coopération militaire pour les années 2026 et 2027.", 2026),
    ("tr", "Türkiye ve Kazakistan savunma bakanları 2026-2030 askeri işbirliği programını imzaladı.", 2026),
    ("az", "Azərbaycan və Qazaxıstan müdafiə nazirləri 2026-2030-cu illər üçün hərbi əməkdaşlıq "
           "proqramını imzalayıblar.", 2026),
])
def test_the_plan_year_of_a_span_is_its_first_year(lang, text, year):
    _, _, found, _ = flagged_main("", text, lang=lang)
    assert found == year


def test_a_year_only_in_the_headline_is_the_plan_year():
    kind, parties, year, _ = flagged_main(
        "Serbia and Hungary sign 2027 military cooperation plan",
        "The defence ministers of Serbia and Hungary signed the plan in Budapest on Tuesday.", lang="en")
    assert (kind, parties, year) == ("plan_signed", ("HU", "RS"), 2027)


# --- Defence, but no cooperation: arms control between rivals, buying arms ---------------------------

@pytest.mark.parametrize("lang, text", [
    ("en", "The president signed the law ratifying the treaty between India and Pakistan on the "
           "reduction of strategic offensive arms."),
    ("ru", "Президент подписал закон о ратификации договора между Россией и Францией о нераспространении "
           "ракетных технологий."),
    ("en", "The defence ministry of Peru signed a contract for 12 helicopters with Brazil."),
    ("ru", "Министерство обороны Армении заключило с Индией контракт на 40 артиллерийских систем."),
    ("fr", "Le Sénégal et l'Espagne ont signé un contrat pour l'achat de 6 patrouilleurs militaires."),
    ("es", "Ecuador y Brasil firmaron un contrato para la compra de 8 aviones militares."),
    ("it", "Italia e Kuwait hanno firmato il contratto per l'acquisto di 20 elicotteri militari."),
    ("pl", "Polska i Norwegia podpisały umowę na zakup okrętów dla wojska."),
    ("ro", "România și Franța au semnat contractul de achiziție a 4 corvete pentru armată."),
    ("uk", "Україна та Швеція підписали угоду про закупівлю військових літаків."),
])
def test_arms_control_and_arms_purchases_are_not_cooperation_acts(lang, text):
    assert_not_flagged("", text, lang=lang)


def test_a_visit_s_programme_and_a_reception_are_talks():
    kind, parties, _, _ = flagged_main(
        "Ziyaret",
        "Türkiye Genelkurmay Başkanı, ziyaret programı dahilinde Malezya Savunma Bakanı tarafından "
        "makamında kabul edildi.", lang="tr")
    assert (kind, parties) == ("talks", ("MY", "TR"))


def test_taking_part_is_no_meeting():
    assert_not_flagged(
        "Министр испытал вертолет",
        "Министр обороны Монголии принял участие в испытании российского вертолета на аэродроме под "
        "Улан-Батором.", lang="ru")


# --- Exercises: one that troops take part in, or that officials visit, is under way -----------------

def test_troops_taking_part_in_a_joint_exercise_report_it():
    kind, parties, _, _ = flagged_main(
        "Təlim",
        "Qeyd edək ki, Gürcüstan və Azərbaycan hərbçilərinin iştirak etdiyi birgə taktiki təlim Tbilisi "
        "yaxınlığında təşkil olunub.", lang="az")
    assert (kind, parties) == ("exercise", ("AZ", "GE"))


def test_a_visit_to_a_joint_exercise_is_the_exercise_but_a_visit_during_one_side_s_own_is_talks():
    kind, parties, _, _ = flagged_main(
        "Observer day",
        "On a visit to Kazakhstan, the defence minister of Kyrgyzstan watched the joint exercise of "
        "the two armies.", lang="en")
    assert (kind, parties) == ("exercise", ("KG", "KZ"))
    kind, parties, _, _ = flagged_main(
        "Görüşme",
        "Bakan, Kara Kuvvetlerinin tatbikatı kapsamında Türkiye'ye gelen Gürcistan Savunma Bakanı ile "
        "bir araya geldi.", lang="tr")
    assert (kind, parties) == ("talks", ("GE", "TR"))


# --- A story's own item comes before what it turns to ------------------------------------------------

def test_what_a_story_turns_to_after_meanwhile_is_secondary():
    detection = conftest.run(
        "Military dialogue meeting held in Ankara",
        "The high-level military dialogue meeting of Turkey and Pakistan was held in Ankara.\n"
        "The delegations discussed military education and defence industry cooperation.\n"
        "Meanwhile, Pakistan's parliament ratified the defence cooperation agreement with Turkey.",
        lang="en")
    assert detection.flagged
    assert [event.kind for event in detection.events][:2] == ["talks", "agreement_ratified"]


def test_besides_adds_to_the_same_item():
    kind, parties, year, _ = flagged_main(
        "Министры встретились в Минске",
        "Министры обороны Беларуси и Армении провели переговоры в Минске.\n"
        "Стороны обсудили военное образование.\n"
        "Кроме того, министры подписали план военного сотрудничества на 2027 год.", lang="ru")
    assert (kind, parties, year) == ("plan_signed", ("AM", "BY"), 2027)


def test_agreements_of_one_state_with_a_list_of_states_are_one_act_each():
    detection = conftest.run(
        "Дума ратифицировала соглашения",
        "Депутаты на пленарном заседании ратифицировали соглашения о военном сотрудничестве Беларуси с "
        "Республикой Того и Республикой Мали.", lang="ru")
    assert detection.flagged
    assert [(event.kind, event.parties) for event in detection.events][:2] == [
        ("agreement_ratified", ("BY", "TG")), ("agreement_ratified", ("BY", "ML"))]


def test_an_exercise_s_observer_day_reports_it():
    kind, parties, _, _ = flagged_main(
        "Observer day",
        "Defence chiefs of Mongolia and Kazakhstan attended the distinguished visitors day of the "
        "exercise near Almaty.", lang="en")
    assert (kind, parties) == ("exercise", ("KZ", "MN"))


# --- A bloc paired with a state by "between" is a party; a bloc's summit is only the occasion -------

def test_talks_between_a_state_and_a_bloc_are_multilateral():
    assert_not_flagged(
        "NATO günləri",
        "Gürcüstanın müdafiə naziri «NATO günləri» çərçivəsində Gürcüstan ilə NATO arasında əməkdaşlıq "
        "məsələlərini Türkiyəli zabitin başçılıq etdiyi heyətlə müzakirə edib.", lang="az")
    kind, parties, _, _ = flagged_main(
        "Bilateral talks",
        "On the sidelines of the NATO summit, talks between Norway and Poland focused on air defence "
        "cooperation, the defence ministry said.", lang="en")
    assert (kind, parties) == ("talks", ("NO", "PL"))


# --- More wordings of the same acts -----------------------------------------------------------------

@pytest.mark.parametrize("text, kind, pair", [
    ("Chile and Peru signed a strategic partnership for cooperation in defence in Lima.",
     "agreement_signed", ("CL", "PE")),
    ("Norway and Denmark have agreed a new defence agreement, signed by their defence ministers in Oslo.",
     "agreement_signed", ("DK", "NO")),
    ("Troops from Mongolia and India are taking part in a joint exercise that ends on Friday.",
     "exercise", ("IN", "MN")),
    ("Naval forces of Greece and Egypt wrapped up joint drills in the Sea of Crete near Turkey's coast.",
     "exercise", ("EG", "GR")),
    ("The US Defence Secretary hosted his Vietnamese counterpart at the Pentagon.",
     "talks", ("US", "VN")),
])
def test_more_wordings(text, kind, pair):
    found_kind, parties, _, _ = flagged_main("", text, lang="en")
    assert (found_kind, parties) == (kind, pair)


def test_a_navy_is_no_sea():
    kind, parties, _, _ = flagged_main(
        "Tatbikat", "Türk ve Pakistan Deniz Kuvvetleri ortak tatbikata başladı.", lang="tr")
    assert (kind, parties) == ("exercise", ("PK", "TR"))


def test_a_future_far_after_a_signing_named_as_a_noun_is_another_clause():
    kind, _, _, _ = flagged_main(
        "Ceremony in Baku",
        "The signing ceremony of the military cooperation plan of Azerbaijan and Serbia for 2026 took "
        "place in Baku in the presence of the defence ministers and many guests from both countries, "
        "who said that the cooperation will certainly grow.", lang="en")
    assert kind == "plan_signed"


# --- Plan year stated elsewhere: in the headline's passive, or in another sentence about the plan ---

def test_a_headline_passive_ending_in_its_participle_is_the_act():
    kind, parties, year, _ = flagged_main(
        "Military cooperation plan for 2027 signed",
        "The defence ministries of Mongolia and Kazakhstan signed a plan of bilateral cooperation, "
        "the ministry said.", lang="en")
    assert (kind, parties, year) == ("plan_signed", ("KZ", "MN"), 2027)


def test_the_plan_year_from_another_sentence_about_the_plan():
    _, _, year, _ = flagged_main(
        "Plan signed in Astana",
        "The defence ministers of Mongolia and Kazakhstan signed the bilateral cooperation plan in "
        "Astana.\nThe plan for 2027 includes ninety events.", lang="en")
    assert year == 2027
    _, _, year, _ = flagged_main(
        "Plan signed in Astana",
        "The defence ministers of Mongolia and Kazakhstan signed the bilateral cooperation plan in "
        "Astana.\nThe plan for 2026 was fully carried out; the plan for 2027 includes ninety events.",
        lang="en")
    assert year is None


# --- Short items and excerpts -------------------------------------------------------------------------

def test_a_short_wire_item_and_an_excerpt_starting_mid_article():
    kind, parties, year, _ = flagged_main(
        "Georgian, Armenian defence chiefs sign cooperation plan",
        "TBILISI, Jan 12 - The defence ministers signed the 2027 plan on Monday, the ministry said.",
        lang="en")
    assert (kind, parties, year) == ("plan_signed", ("AM", "GE"), 2027)
    text = ("and the two sides then put their signatures to a memorandum on military education, the "
            "Moldovan defence ministry said. Moldova and Romania have deepened their defence ties.")
    kind, parties, _, _ = flagged_main(text.split(",")[0], text, lang="en")
    assert (kind, parties) == ("agreement_signed", ("MD", "RO"))


def test_a_phone_call_of_defence_ministers_is_talks():
    for lang, text in (
            ("ru", "Министр обороны Армении провел телефонный разговор с индийским коллегой."),
            ("az", "Azərbaycanın müdafiə naziri Türkiyəli həmkarı ilə telefon danışığı aparıb."),
            ("tr", "Milli Savunma Bakanı, Azerbaycanlı mevkidaşı ile telefonda görüştü.")):
        kind, _, _, _ = flagged_main("", text, lang=lang)
        assert kind == "talks"


# --- A counterpart named only by a demonym CLDR's state names do not start -------------------------

@pytest.mark.parametrize("lang, text, pair", [
    ("en", "Ghana's defence minister received his Togolese counterpart to discuss military cooperation.", ("GH", "TG")),
    ("en", "Ghana's defence minister received his Ivorian counterpart to discuss military cooperation.", ("CI", "GH")),
    ("en", "Malta's defence minister met his Mozambican counterpart to discuss military cooperation.", ("MT", "MZ")),
    ("fr", "Le ministre de la Défense de l'Inde a reçu son homologue népalais pour parler de coopération "
           "militaire.", ("IN", "NP")),
    ("fr", "Le ministre de la Défense de l'Inde a reçu son homologue norvégien pour parler de coopération "
           "militaire.", ("IN", "NO")),
    ("fr", "Le ministre de la Défense du Togo s'est entretenu avec son homologue ghanéen de la coopération "
           "militaire.", ("GH", "TG")),
    ("ru", "Министр обороны Сербии провел переговоры с ганским коллегой о военном сотрудничестве.", ("GH", "RS")),
    ("ru", "Министр обороны Сербии провел переговоры со швейцарским коллегой о военном сотрудничестве.",
     ("CH", "RS")),
    ("es", "El ministro de Defensa de Chile recibió a su homólogo japonés para hablar de cooperación militar.",
     ("CL", "JP")),
    ("es", "El ministro de Defensa de Chile recibió a su homólogo noruego para hablar de cooperación militar.",
     ("CL", "NO")),
    ("it", "Il ministro della Difesa dell'Italia ha incontrato il suo omologo cileno per discutere la "
           "cooperazione militare.", ("CL", "IT")),
    ("de", "Der Verteidigungsminister Polens traf seinen albanischen Amtskollegen, um über die militärische "
           "Zusammenarbeit zu sprechen.", ("AL", "PL")),
])
def test_a_counterpart_named_by_demonym_is_that_state(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("talks", pair)


# --- "The sides" who discuss defence are the officials the story's meeting names ------------------

def test_the_sides_of_a_foreign_ministers_meeting_hold_no_defence_talks():
    assert_not_flagged("Croatian foreign minister in Tirana",
                       "Croatia's foreign minister held talks with his Albanian counterpart in Tirana.\n"
                       "The sides discussed defence cooperation and security in the Adriatic.\n"
                       "The Albanian defence ministry has meanwhile published its yearly report.", lang="en")


def test_the_sides_of_a_defence_ministers_meeting_hold_defence_talks():
    kind, parties, _, _ = flagged_main("Croatian defence minister in Tirana",
                                       "Croatia's defence minister held talks with his Albanian counterpart in "
                                       "Tirana.\nThe sides discussed defence cooperation.", lang="en")
    assert (kind, parties) == ("talks", ("AL", "HR"))

