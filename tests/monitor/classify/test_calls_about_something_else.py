"""A call by telephone between two defence officials is talks only when its story is about their
cooperation (SCHEMA.md: talks are held on military cooperation). Two defence ministers on the phone
about a war, a crisis or "the situation" hold no cooperation talks (train's labels); the same call
about their cooperation, relations or anything bilateral is talks, in every language with rules.
Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

# (language, headline, a call about a war or a crisis, the same call about cooperation, pair)
CALLS = [
    ("en", "Phone call",
     "The defence ministers of Russia and Turkey discussed the situation in Syria in a phone call.",
     "The defence ministers of Poland and Lithuania discussed military cooperation in a phone call.", "LT PL"),
    ("ru", "Телефонный разговор",
     "Министры обороны России и Турции провели телефонный разговор и обсудили обстановку в Сирии.",
     "Министры обороны России и Казахстана провели телефонный разговор и обсудили военное сотрудничество.",
     "KZ RU"),
    ("uk", "Телефонна розмова",
     "Міністри оборони України та Польщі провели телефонну розмову про ситуацію на фронті.",
     "Міністри оборони України та Польщі провели телефонну розмову про оборонну співпрацю.", "PL UA"),
    ("az", "Telefon danışığı",
     "Azərbaycan müdafiə naziri Rusiya müdafiə naziri ilə telefonla danışıb, Qarabağdakı vəziyyəti müzakirə edib.",
     "Azərbaycan müdafiə naziri Türkiyə müdafiə naziri ilə telefonla danışıb, hərbi əməkdaşlığı müzakirə edib.",
     "AZ TR"),
    ("tr", "Telefon görüşmesi",
     "Milli Savunma Bakanı, Rusya Savunma Bakanı ile telefonda görüştü. Görüşmede Suriye'deki son durum ele alındı.",
     "Milli Savunma Bakanı, Azerbaycan Savunma Bakanı ile telefonda görüştü. Görüşmede askeri işbirliği ele alındı.",
     "AZ TR"),
    ("ro", "Convorbire telefonică",
     "Ministrul apărării naționale a avut o convorbire telefonică cu ministrul apărării din Ucraina despre "
     "situația de pe front.",
     "Ministrul apărării naționale a avut o convorbire telefonică cu ministrul apărării din Polonia despre "
     "cooperarea militară.", "PL RO"),
    ("bg", "Телефонен разговор",
     "Министрите на отбраната на България и Украйна проведоха телефонен разговор за положението на фронта.",
     "Министрите на отбраната на България и Румъния проведоха телефонен разговор за военното сътрудничество.",
     "BG RO"),
    ("sr", "Telefonski razgovor",
     "Ministri odbrane Srbije i Mađarske razgovarali su telefonom o situaciji na granici.",
     "Ministri odbrane Srbije i Mađarske razgovarali su telefonom o vojnoj saradnji.", "HU RS"),
    ("kk", "Телефон арқылы сөйлесті",
     "Қазақстан мен Ресей қорғаныс министрлері телефон арқылы сөйлесіп, аймақтағы жағдайды талқылады.",
     "Қазақстан мен Өзбекстан қорғаныс министрлері телефон арқылы сөйлесіп, әскери ынтымақтастықты талқылады.",
     "KZ UZ"),
    ("uz", "Telefon orqali muloqot",
     "O'zbekiston va Rossiya mudofaa vazirlari telefon orqali muloqot qilib, Afg'onistondagi vaziyatni muhokama qildi.",
     "O'zbekiston va Qozog'iston mudofaa vazirlari telefon orqali muloqot qilib, harbiy hamkorlikni muhokama qildi.",
     "KZ UZ"),
    ("fr", "Entretien téléphonique",
     "Les ministres de la défense de la France et de l'Ukraine ont eu un entretien téléphonique sur la "
     "situation au front.",
     "Les ministres de la défense de la France et du Maroc ont eu un entretien téléphonique sur la "
     "coopération militaire.", "FR MA"),
    ("es", "Conversación telefónica",
     "Los ministros de Defensa de España y Ucrania mantuvieron una conversación telefónica sobre la "
     "situación en el frente.",
     "Los ministros de Defensa de España y Marruecos mantuvieron una conversación telefónica sobre la "
     "cooperación militar.", "ES MA"),
    ("pt", "Telefonema",
     "Os ministros da Defesa de Portugal e da Ucrânia conversaram por telefone sobre a situação na frente.",
     "Os ministros da Defesa de Portugal e de Angola conversaram por telefone sobre a cooperação militar.",
     "AO PT"),
    ("it", "Telefonata",
     "I ministri della Difesa di Italia e Ucraina hanno avuto una telefonata sulla situazione al fronte.",
     "I ministri della Difesa di Italia e Albania hanno avuto una telefonata sulla cooperazione militare.",
     "AL IT"),
    ("de", "Telefonat",
     "Die Verteidigungsminister Deutschlands und der Ukraine führten ein Telefonat über die Lage an der Front.",
     "Die Verteidigungsminister Deutschlands und Litauens führten ein Telefonat über die militärische "
     "Zusammenarbeit.", "DE LT"),
    ("el", "Τηλεφωνική επικοινωνία",
     "Οι υπουργοί Άμυνας της Ελλάδας και της Ουκρανίας είχαν τηλεφωνική επικοινωνία για την κατάσταση στο μέτωπο.",
     "Οι υπουργοί Άμυνας της Ελλάδας και της Κύπρου είχαν τηλεφωνική επικοινωνία για την αμυντική συνεργασία.",
     "CY GR"),
    ("pl", "Rozmowa telefoniczna",
     "Ministrowie obrony Polski i Ukrainy odbyli rozmowę telefoniczną o sytuacji na froncie.",
     "Ministrowie obrony Polski i Litwy odbyli rozmowę telefoniczną o współpracy wojskowej.", "LT PL"),
    ("ka", "სატელეფონო საუბარი",
     "საქართველოს და უკრაინის თავდაცვის მინისტრებს შორის სატელეფონო საუბარი შედგა ფრონტზე არსებულ ვითარებაზე.",
     "საქართველოს და აზერბაიჯანის თავდაცვის მინისტრებს შორის სატელეფონო საუბარი შედგა სამხედრო "
     "თანამშრომლობაზე.", "AZ GE"),
    ("hy", "Հեռախոսազրույց",
     "Հայաստանի և Ռուսաստանի պաշտպանության նախարարները հեռախոսազրույց են ունեցել սահմանային իրավիճակի շուրջ։",
     "Հայաստանի և Հունաստանի պաշտպանության նախարարները հեռախոսազրույց են ունեցել ռազմական համագործակցության շուրջ։",
     "AM GR"),
    ("ar", "اتصال هاتفي",
     "أجرى وزير الدفاع المصري اتصالا هاتفيا مع وزير الدفاع السوداني بحثا خلاله الأوضاع في السودان.",
     "أجرى وزير الدفاع المصري اتصالا هاتفيا مع وزير الدفاع الأردني بحثا خلاله التعاون العسكري بين البلدين.",
     "EG JO"),
]


@pytest.mark.parametrize("lang, title, about_a_war, about_cooperation, pair", CALLS,
                         ids=[call[0] for call in CALLS])
def test_a_call_about_a_war_is_no_cooperation_talks(lang, title, about_a_war, about_cooperation, pair):
    conftest.assert_not_flagged(title, about_a_war, lang=lang)


@pytest.mark.parametrize("lang, title, about_a_war, about_cooperation, pair", CALLS,
                         ids=[call[0] for call in CALLS])
def test_the_same_call_about_cooperation_is_talks(lang, title, about_a_war, about_cooperation, pair):
    kind, parties, _, _ = conftest.flagged_main(title, about_cooperation, lang=lang)
    assert (kind, parties) == ("talks", tuple(pair.split()))
