"""An approval, a decree or an authority whose object is the *signing* of an agreement ("approved the
signing of", "a decree on the signing of", "autorizó la firma") precedes the act: the signing is still
to come, so it is no event (SCHEMA.md, settled 2026-12-06). Probed in every language with rules, in
sentences written for these tests; the signing itself, told as done, stays an event."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

AUTHORISED = [
    ("en", "The President of Uzbekistan signed a decree on the signing of the military "
     "cooperation agreement with Azerbaijan."),
    ("tr", "Cumhurbaşkanı, Türkiye ile Umman arasında askeri işbirliği anlaşmasının imzalanmasına"
     " ilişkin kararı imzaladı."),
    ("kk", "Қазақстан Президенті Қазақстан мен Түркия арасындағы әскери ынтымақтастық туралы "
     "келісімге қол қою туралы жарлыққа қол қойды."),
    ("uz", "Prezident O'zbekiston va Turkiya o'rtasidagi harbiy hamkorlik to'g'risidagi bitimni "
     "imzolash to'g'risida qaror imzoladi."),
    ("uk", "Президент України підписав указ про підписання угоди про військове співробітництво "
     "між Україною та Литвою."),
    ("ru", "Президент Казахстана подписал указ о подписании соглашения о военном сотрудничестве "
     "между Казахстаном и Турцией."),
    ("fr", "Le président a signé un décret autorisant la signature de l'accord de coopération "
     "militaire entre la France et le Maroc."),
    ("de", "Die Bundesregierung hat die Unterzeichnung des Abkommens über militärische "
     "Zusammenarbeit zwischen Deutschland und Litauen gebilligt."),
    ("it", "Il Consiglio dei ministri ha autorizzato la firma dell'accordo di cooperazione nel "
     "settore della difesa tra Italia e Giappone."),
    ("el", "Το υπουργικό συμβούλιο ενέκρινε την υπογραφή της συμφωνίας αμυντικής συνεργασίας "
     "μεταξύ Ελλάδας και Γαλλίας."),
    ("sr", "Vlada Srbije je usvojila osnovu za zaključivanje sporazuma o vojnoj saradnji između "
     "Srbije i Mađarske."),
    ("pl", "Rząd wyraził zgodę na podpisanie umowy o współpracy wojskowej między Polską a Koreą Południową."),
    ("hy", "Կառավարությունը հավանություն տվեց Հայաստանի և Հնդկաստանի միջև ռազմական "
     "համագործակցության համաձայնագրի ստորագրմանը։"),
    ("ka", "მთავრობამ მოიწონა საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის შესახებ "
     "შეთანხმების ხელმოწერა."),
    ("ar", "وافق مجلس الوزراء على توقيع اتفاقية التعاون العسكري بين مصر واليونان."),
    ("es", "El Consejo de Ministros autorizó la firma del acuerdo de cooperación en defensa entre"
     " España y Marruecos."),
    ("pt", "O Conselho de Ministros aprovou a assinatura do acordo de cooperação militar entre "
     "Portugal e Angola."),
    ("ro", "Guvernul a aprobat semnarea acordului de cooperare militară dintre România și Franța."),
    ("bg", "Министерският съвет одобри подписването на споразумение за военно сътрудничество "
     "между България и Гърция."),
    ("az", "Nazirlər Kabineti Azərbaycan ilə Oman arasında hərbi əməkdaşlıq sazişinin "
     "imzalanmasına razılıq verib."),
]

DONE = [
    ("en", "The signing of the military cooperation agreement between Uzbekistan and Azerbaijan "
     "took place in Tashkent.", "AZ UZ"),
    ("ru", "Подписание соглашения о военном сотрудничестве между Казахстаном и Турцией состоялось"
     " в Астане.", "KZ TR"),
    ("de", "Die Unterzeichnung des Abkommens über militärische Zusammenarbeit zwischen "
     "Deutschland und Litauen fand in Vilnius statt.", "DE LT"),
    ("fr", "La signature de l'accord de coopération militaire entre la France et le Maroc a eu "
     "lieu à Rabat.", "FR MA"),
    ("it", "La firma dell'accordo di cooperazione nel settore della difesa tra Italia e Giappone "
     "è avvenuta a Roma.", "IT JP"),
    ("tr", "Türkiye ile Umman arasında askeri işbirliği anlaşmasının imzalanması töreni Ankara'da"
     " yapıldı.", "OM TR"),
]


@pytest.mark.parametrize("lang, text", AUTHORISED, ids=[case[0] for case in AUTHORISED])
def test_an_authorised_signing_is_still_to_come(lang, text):
    assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang, text, pair", DONE, ids=[case[0] for case in DONE])
def test_the_signing_told_as_done_is_an_event(lang, text, pair):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, parties) == ("agreement_signed", tuple(pair.split()))
