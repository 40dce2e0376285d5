"""A state named as where a war, a crisis or "the situation" is ("discussed the situation in Afghanistan",
"ситуацию на Украине", "Afganistan'daki durum", "უკრაინაში არსებული ვითარება") is the topic of the talks, not a side
of them: a defence minister who meets a UN envoy about it holds no talks with that state, and two states' officials
who also discuss it stay a pair (train's labels: two defence ministers' call that "touched upon the situation in
Ukraine" is no talks with Ukraine). Probes written for these tests."""

import pytest

from monitor.classify.facts import build
from monitor.classify.lexicons import load
from monitor.classify.text import lowercase
from tests.monitor.classify import conftest

# (language, headline, a defence official meets someone of no state and they discuss a third state's crisis,
#  the same with the other state's official, pair)
PLACES = [
    (
        "en",
        "Minister meets UN envoy",
        "The defence minister of Kazakhstan met the head of the UN mission and discussed the situation in Afghanistan.",
        "The defence minister of Kazakhstan met the ambassador of Uzbekistan and discussed military cooperation and "
        "the situation in Afghanistan.",
        "KZ UZ",
    ),
    (
        "ru",
        "Встреча в министерстве",
        "Министр обороны Казахстана встретился с главой миссии ООН и обсудил ситуацию в Афганистане.",
        "Министр обороны Казахстана встретился с послом Узбекистана и обсудил военное сотрудничество и ситуацию "
        "в Афганистане.",
        "KZ UZ",
    ),
    (
        "uk",
        "Зустріч у міністерстві",
        "Міністр оборони Польщі зустрівся з головою місії ООН і обговорив ситуацію в Україні.",
        "Міністр оборони Польщі зустрівся з послом Литви і обговорив оборонну співпрацю та ситуацію в Білорусі.",
        "LT PL",
    ),
    (
        "tr",
        "Bakanlıkta görüşme",
        "Kazakistan Savunma Bakanı, BM misyonu başkanı ile görüştü ve Afganistan'daki durumu ele aldı.",
        "Kazakistan Savunma Bakanı, Özbekistan Büyükelçisi ile görüştü ve askeri işbirliğini ve Afganistan'daki "
        "durumu ele aldı.",
        "KZ UZ",
    ),
    (
        "az",
        "Nazirlikdə görüş",
        "Qazaxıstanın müdafiə naziri BMT missiyasının rəhbəri ilə görüşüb və Əfqanıstandakı vəziyyəti müzakirə edib.",
        "Qazaxıstanın müdafiə naziri Özbəkistanın səfiri ilə görüşüb, hərbi əməkdaşlığı və Əfqanıstandakı "
        "vəziyyəti müzakirə edib.",
        "KZ UZ",
    ),
    (
        "kk",
        "Министрліктегі кездесу",
        "Қазақстан Қорғаныс министрі БҰҰ миссиясының басшысымен кездесіп, Ауғанстандағы жағдайды талқылады.",
        "Қазақстан Қорғаныс министрі Өзбекстан елшісімен кездесіп, әскери ынтымақтастықты және Ауғанстандағы "
        "жағдайды талқылады.",
        "KZ UZ",
    ),
    (
        "uz",
        "Vazirlikdagi uchrashuv",
        "Qozog'iston Mudofaa vaziri BMT missiyasi rahbari bilan uchrashib, Afg'onistondagi vaziyatni muhokama qildi.",
        "Qozog'iston Mudofaa vaziri O'zbekiston elchisi bilan uchrashib, harbiy hamkorlik va Afg'onistondagi "
        "vaziyatni muhokama qildi.",
        "KZ UZ",
    ),
    (
        "fr",
        "Rencontre au ministère",
        "Le ministre de la défense du Niger a rencontré le chef de la mission de l'ONU et a évoqué la situation "
        "au Mali.",
        "Le ministre de la défense du Niger a rencontré l'ambassadeur du Tchad et a évoqué la coopération militaire et "
        "la situation au Mali.",
        "NE TD",
    ),
    (
        "es",
        "Reunión en el ministerio",
        "El ministro de Defensa de Colombia se reunió con el jefe de la misión de la ONU y analizó la situación en "
        "Venezuela.",
        "El ministro de Defensa de Colombia se reunió con el embajador de Perú y analizó la cooperación militar y la "
        "situación en Venezuela.",
        "CO PE",
    ),
    (
        "de",
        "Treffen im Ministerium",
        "Der Verteidigungsminister Polens traf den Leiter der UN-Mission und sprach über die Lage in der Ukraine.",
        "Der Verteidigungsminister Polens traf den Botschafter Litauens und sprach über die militärische "
        "Zusammenarbeit und die Lage in der Ukraine.",
        "LT PL",
    ),
    (
        "it",
        "Incontro al ministero",
        "Il ministro della Difesa dell'Albania ha incontrato il capo della missione dell'ONU e ha discusso la "
        "situazione in Kosovo.",
        "Il ministro della Difesa dell'Albania ha incontrato l'ambasciatore della Grecia e ha discusso la "
        "cooperazione militare e la situazione in Kosovo.",
        "AL GR",
    ),
    (
        "pt",
        "Encontro no ministério",
        "O ministro da Defesa de Angola reuniu-se com o chefe da missão da ONU e discutiu a situação em Moçambique.",
        "O ministro da Defesa de Angola reuniu-se com o embaixador de Portugal e discutiu a cooperação militar e a "
        "situação em Moçambique.",
        "AO PT",
    ),
    (
        "pl",
        "Spotkanie w ministerstwie",
        "Minister obrony Litwy spotkał się z szefem misji ONZ i omówił sytuację na Białorusi.",
        "Minister obrony Litwy spotkał się z ambasadorem Polski i omówił współpracę wojskową i sytuację na Białorusi.",
        "LT PL",
    ),
    (
        "ro",
        "Întâlnire la minister",
        "Ministrul apărării al Republicii Moldova s-a întâlnit cu șeful misiunii ONU și a discutat situația din "
        "Ucraina.",
        "Ministrul apărării al Republicii Moldova s-a întâlnit cu ambasadorul României și a discutat cooperarea "
        "militară și situația din Ucraina.",
        "MD RO",
    ),
    (
        "bg",
        "Среща в министерството",
        "Министърът на отбраната на Северна Македония се срещна с ръководителя на мисията на ООН и обсъди "
        "ситуацията в Сърбия.",
        "Министърът на отбраната на Северна Македония се срещна с посланика на България и обсъди военното "
        "сътрудничество и ситуацията в Сърбия.",
        "BG MK",
    ),
    (
        "sr",
        "Sastanak u ministarstvu",
        "Ministar odbrane Crne Gore sastao se sa šefom misije UN i razgovarao o situaciji u Albaniji.",
        "Ministar odbrane Crne Gore sastao se sa ambasadorom Srbije i razgovarao o vojnoj saradnji i situaciji u "
        "Albaniji.",
        "ME RS",
    ),
    (
        "el",
        "Συνάντηση στο υπουργείο",
        "Ο υπουργός Άμυνας της Κύπρου συναντήθηκε με τον επικεφαλής της αποστολής του ΟΗΕ και συζήτησε την "
        "κατάσταση στη Συρία.",
        "Ο υπουργός Άμυνας της Κύπρου συναντήθηκε με τον πρέσβη της Ελλάδας και συζήτησε την αμυντική συνεργασία "
        "και την κατάσταση στη Συρία.",
        "CY GR",
    ),
    (
        "ar",
        "لقاء في الوزارة",
        "التقى وزير الدفاع المصري رئيس بعثة الأمم المتحدة وبحث معه الوضع في السودان.",
        "التقى وزير الدفاع المصري سفير الأردن وبحث معه التعاون العسكري والوضع في السودان.",
        "EG JO",
    ),
    (
        "hy",
        "Հանդիպում նախարարությունում",
        "Հայաստանի պաշտպանության նախարարը հանդիպել է ՄԱԿ-ի առաքելության ղեկավարի հետ և քննարկել Սիրիայում տիրող "
        "իրավիճակը։",
        "Հայաստանի պաշտպանության նախարարը հանդիպել է Հունաստանի դեսպանի հետ և քննարկել ռազմական համագործակցությունը "
        "և Սիրիայում տիրող իրավիճակը։",
        "AM GR",
    ),
    (
        "ka",
        "შეხვედრა სამინისტროში",
        "საქართველოს თავდაცვის მინისტრი გაეროს მისიის ხელმძღვანელს შეხვდა და უკრაინაში არსებული ვითარება განიხილა.",
        "საქართველოს თავდაცვის მინისტრი აზერბაიჯანის ელჩს შეხვდა და სამხედრო თანამშრომლობა და უკრაინაში არსებული "
        "ვითარება განიხილა.",
        "AZ GE",
    ),
]


@pytest.mark.parametrize("lang, title, with_no_state, with_a_state, pair", PLACES, ids=[row[0] for row in PLACES])
def test_the_place_of_a_crisis_is_no_party_of_the_talks(lang, title, with_no_state, with_a_state, pair):
    conftest.assert_not_flagged(title, with_no_state, lang=lang)


@pytest.mark.parametrize("lang, title, with_no_state, with_a_state, pair", PLACES, ids=[row[0] for row in PLACES])
def test_two_states_who_discuss_a_third_ones_crisis_stay_the_pair(lang, title, with_no_state, with_a_state, pair):
    kind, parties, _, _ = conftest.flagged_main(title, with_a_state, lang=lang)
    assert (kind, parties) == ("talks", tuple(pair.split()))


# A call whose story never names cooperation, told on in a sentence that names one side and the crisis's state.
CALLS_TOLD_ON = [
    (
        "en",
        "Defence ministers of Russia and the United States talk by phone",
        "The defence ministers of Russia and the United States held a telephone conversation. During the conversation "
        "they touched upon international security, including the situation in Ukraine, the Russian ministry said.",
    ),
    (
        "ru",
        "Министры обороны России и США поговорили по телефону",
        "Министры обороны России и США провели телефонный разговор. В ходе беседы были затронуты вопросы "
        "безопасности, в том числе обстановка на Украине, сообщили в Минобороны РФ.",
    ),
    (
        "tr",
        "Rusya ve ABD savunma bakanları telefonda görüştü",
        "Rusya ve ABD savunma bakanları telefonda görüştü. Rusya Savunma Bakanlığı, görüşmede Ukrayna'daki durumun "
        "ele alındığını bildirdi.",
    ),
    (
        "de",
        "Verteidigungsminister Russlands und der USA telefonieren",
        "Die Verteidigungsminister Russlands und der USA führten ein Telefonat. Im Gespräch ging es nach Angaben des "
        "russischen Ministeriums um die Lage in der Ukraine.",
    ),
]


@pytest.mark.parametrize("lang, title, text", CALLS_TOLD_ON, ids=[row[0] for row in CALLS_TOLD_ON])
def test_a_call_told_on_with_the_crisis_state_is_no_talks_with_it(lang, title, text):
    conftest.assert_not_flagged(title, text, lang=lang)


# A call told, then told on in a sentence of its own whose subject is "the sides" and that names one of them (the
# ministry that reports it): the same call, about a crisis, no talks; the same call about cooperation is talks.
CALLS_TOLD_ON_BY_THE_SIDES = [
    (
        "en",
        "Defence ministers talk by phone",
        "The defence ministers of Russia and the United States held a telephone conversation. During the conversation "
        "the sides touched upon the situation in the Middle East, the Russian Ministry of Defence said.",
        "The defence ministers of Azerbaijan and Turkey held a telephone conversation. During the conversation "
        "the sides touched upon military cooperation.",
        "AZ TR",
    ),
    (
        "ru",
        "Министры обороны поговорили по телефону",
        "Министры обороны России и США провели телефонный разговор. В ходе беседы стороны обсудили обстановку "
        "на Ближнем Востоке, сообщили в Минобороны России.",
        "Министры обороны России и Казахстана провели телефонный разговор. В ходе беседы стороны обсудили "
        "военное сотрудничество.",
        "KZ RU",
    ),
    (
        "uk",
        "Міністри оборони поговорили телефоном",
        "Міністри оборони України та Польщі провели телефонну розмову. Під час розмови сторони обговорили ситуацію "
        "на фронті, повідомили в Міноборони України.",
        "Міністри оборони України та Польщі провели телефонну розмову. Під час розмови сторони обговорили оборонну "
        "співпрацю.",
        "PL UA",
    ),
    (
        "tr",
        "Savunma bakanları telefonda görüştü",
        "Türkiye ve Rusya savunma bakanları telefonda görüştü. Türkiye Milli Savunma Bakanlığı, görüşmede "
        "tarafların bölgedeki son durumu ele aldığını bildirdi.",
        "Türkiye ve Azerbaycan savunma bakanları telefonda görüştü. Görüşmede taraflar askeri işbirliğini ele aldı.",
        "AZ TR",
    ),
    (
        "az",
        "Müdafiə nazirləri telefonla danışıb",
        "Azərbaycan və Rusiya müdafiə nazirləri telefonla danışıb. Söhbət zamanı tərəflər regiondakı vəziyyəti "
        "müzakirə ediblər, Azərbaycan Müdafiə Nazirliyi bildirib.",
        "Azərbaycan və Türkiyə müdafiə nazirləri telefonla danışıb. Söhbət zamanı tərəflər hərbi əməkdaşlığı "
        "müzakirə ediblər.",
        "AZ TR",
    ),
]


@pytest.mark.parametrize(
    "lang, title, about_a_crisis, about_cooperation, pair",
    CALLS_TOLD_ON_BY_THE_SIDES,
    ids=[row[0] for row in CALLS_TOLD_ON_BY_THE_SIDES],
)
def test_a_sentence_telling_on_a_call_about_a_crisis_is_that_call(lang, title, about_a_crisis, about_cooperation, pair):
    conftest.assert_not_flagged(title, about_a_crisis, lang=lang)


@pytest.mark.parametrize(
    "lang, title, about_a_crisis, about_cooperation, pair",
    CALLS_TOLD_ON_BY_THE_SIDES,
    ids=[row[0] for row in CALLS_TOLD_ON_BY_THE_SIDES],
)
def test_a_call_told_on_about_cooperation_is_talks(lang, title, about_a_crisis, about_cooperation, pair):
    kind, parties, _, _ = conftest.flagged_main(title, about_cooperation, lang=lang)
    assert (kind, parties) == ("talks", tuple(pair.split()))


@pytest.mark.parametrize(
    "lang, sentence, parties",
    [
        ("en", "The ministers of Poland and Lithuania discussed the situation in Belarus.", ["PL", "LT"]),
        ("fr", "Les ministres du Niger et du Tchad ont évoqué la situation au Mali.", ["NE", "TD"]),
        ("ru", "Министры Казахстана и Узбекистана обсудили ситуацию вокруг Афганистана.", ["KZ", "UZ"]),
        ("tr", "Kazakistan ve Özbekistan bakanları Afganistan'daki durumu görüştü.", ["KZ", "UZ"]),
        ("en", "Amid the war in Ukraine, Poland and Lithuania held a joint exercise.", ["PL", "LT"]),
        # A state after a crisis word and more than two short words is no such place: "the Under Secretary of War for
        # Policy met Armenia's minister".
        ("en", "The Under Secretary of War for Policy met Armenia's defence minister.", ["US", "AM"]),
    ],
    ids=["en", "fr", "ru", "tr", "en-amid", "en-war-office"],
)
def test_states_named_as_a_crisis_place_are_no_parties(lang, sentence, parties):
    lex = load(lang)
    facts = build(sentence, [lex], scans=[lex.scan(lowercase(sentence), sentence)])
    assert facts.sentences[0].states == parties
