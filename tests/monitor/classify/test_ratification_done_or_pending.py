"""A ratification is told as done by its verb or by the law that carries it ("ratified", "signed the
law ratifying"), and is still to come while the agreement is only sent, submitted or scheduled for it
("sent to parliament for ratification"). The same two sentences in every language with rules, written
for these tests."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

RATIFIED = [
    ("en", "The President of Kazakhstan signed the law ratifying the military cooperation "
     "agreement with Turkey.", "KZ TR"),
    ("ru", "Президент Казахстана подписал закон о ратификации соглашения о военном сотрудничестве "
     "с Турцией.", "KZ TR"),
    ("uk", "Президент України підписав закон про ратифікацію угоди про військове співробітництво з"
     " Литвою.", "LT UA"),
    ("kk", "Қазақстан Президенті Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы "
     "келісімді ратификациялау туралы заңға қол қойды.", "KZ TR"),
    ("uz", "Prezident O'zbekiston va Turkiya o'rtasidagi harbiy hamkorlik to'g'risidagi bitimni "
     "ratifikatsiya qilish haqidagi qonunni imzoladi.", "TR UZ"),
    ("az", "Prezident Azərbaycan ilə Serbiya arasında hərbi əməkdaşlıq haqqında sazişin təsdiq "
     "edilməsi barədə qanunu imzalayıb.", "AZ RS"),
    ("hy", "Հանրապետության նախագահը ստորագրել է Հայաստանի և Հնդկաստանի միջև ռազմական "
     "համագործակցության համաձայնագիրը վավերացնելու մասին օրենքը։", "AM IN"),
    ("ka", "პრეზიდენტმა ხელი მოაწერა კანონს საქართველოსა და აზერბაიჯანს შორის სამხედრო "
     "თანამშრომლობის შესახებ შეთანხმების რატიფიცირების თაობაზე.", "AZ GE"),
    ("tr", "Cumhurbaşkanı, Türkiye ile Kenya arasındaki askeri çerçeve anlaşmasının onaylanmasının"
     " uygun bulunduğuna dair kanunu onayladı.", "KE TR"),
    ("fr", "Le président a promulgué la loi autorisant la ratification de l'accord de coopération "
     "militaire entre la France et l'Inde.", "FR IN"),
    ("de", "Der Bundestag hat das Abkommen über militärische Zusammenarbeit zwischen Deutschland "
     "und Litauen ratifiziert.", "DE LT"),
    ("it", "Il Senato ha ratificato l'accordo di cooperazione nel settore della difesa tra Italia "
     "e Giappone.", "IT JP"),
    ("es", "El Senado de España ratificó el acuerdo de cooperación en defensa con Marruecos.", "ES MA"),
    ("pt", "A Assembleia da República ratificou o acordo de cooperação militar entre Portugal e "
     "Angola.", "AO PT"),
    ("ro", "Parlamentul a ratificat acordul de cooperare militară dintre România și Franța.", "FR RO"),
    ("bg", "Народното събрание ратифицира споразумението за военно сътрудничество между България и"
     " Гърция.", "BG GR"),
    ("sr", "Skupština Srbije ratifikovala je sporazum o vojnoj saradnji sa Mađarskom.", "HU RS"),
    ("pl", "Sejm ratyfikował umowę o współpracy wojskowej między Polską a Litwą.", "LT PL"),
    ("el", "Η Βουλή κύρωσε τη συμφωνία αμυντικής συνεργασίας μεταξύ Ελλάδας και Γαλλίας.", "FR GR"),
    ("ar", "صادق مجلس النواب على اتفاقية التعاون العسكري بين مصر واليونان.", "EG GR"),
]

PENDING = [
    ("en", "The parliament will consider the ratification of the military cooperation agreement "
     "between Georgia and Azerbaijan next week."),
    ("ru", "Госдума рассмотрит ратификацию соглашения о военном сотрудничестве между Россией и "
     "Лаосом на следующей неделе."),
    ("uk", "Уряд подав до Верховної Ради на ратифікацію угоду про військове співробітництво з "
     "Литвою."),
    ("kk", "Мәжіліс келесі аптада Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы "
     "келісімді ратификациялау мәселесін қарайды."),
    ("az", "Azərbaycan ilə Serbiya arasında hərbi əməkdaşlıq sazişi təsdiq üçün Milli Məclisə "
     "göndərilib."),
    ("tr", "Türkiye ile Kenya arasındaki askeri çerçeve anlaşmasının onaylanmasına dair kanun "
     "teklifi TBMM Başkanlığına sunuldu."),
    ("fr", "Le projet de loi autorisant la ratification de l'accord de coopération militaire entre"
     " la France et l'Inde a été déposé au Sénat."),
    ("de", "Das Abkommen über militärische Zusammenarbeit zwischen Deutschland und Litauen muss "
     "noch vom Bundestag ratifiziert werden."),
    ("it", "Il disegno di legge di ratifica dell'accordo di cooperazione nella difesa tra Italia e"
     " Giappone è stato presentato alla Camera."),
    ("es", "El acuerdo de cooperación en defensa entre España y Marruecos fue remitido al Congreso"
     " para su ratificación."),
    ("pt", "O acordo de cooperação militar entre Portugal e Angola foi enviado ao parlamento para "
     "ratificação."),
    ("ro", "Acordul de cooperare militară dintre România și Franța a fost trimis Parlamentului "
     "spre ratificare."),
    ("bg", "Министерският съвет внесе в Народното събрание за ратифициране споразумението за "
     "военно сътрудничество между България и Гърция."),
    ("pl", "Umowa o współpracy wojskowej między Polską a Litwą trafi do Sejmu do ratyfikacji."),
    ("el", "Η συμφωνία αμυντικής συνεργασίας μεταξύ Ελλάδας και Γαλλίας κατατέθηκε στη Βουλή προς "
     "κύρωση."),
    ("sr", "Sporazum o vojnoj saradnji između Srbije i Mađarske upućen je Skupštini na "
     "ratifikaciju."),
]


@pytest.mark.parametrize("lang, text, pair", RATIFIED, ids=[case[0] for case in RATIFIED])
def test_a_ratification_told_as_done_is_an_event(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_ratified", tuple(pair.split()))


@pytest.mark.parametrize("lang, text", PENDING, ids=[case[0] for case in PENDING])
def test_an_agreement_sent_for_ratification_is_not_yet_ratified(lang, text):
    assert_not_flagged("", text, lang=lang)
