"""What comes before an agreement is no act (SCHEMA.md: only the signing, told as done, is one): a
government approving the start of negotiations on concluding it, officials agreeing to sign it, a
text initialled (agreed, not yet signed). Probed in every language with rules, in sentences written
for these tests."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged

NEGOTIATIONS = [
    ("en", "The government approved the start of negotiations on concluding a military cooperation "
     "agreement between Armenia and India."),
    ("ru", "Правительство одобрило начало переговоров о заключении соглашения о военном "
     "сотрудничестве между Россией и Лаосом."),
    ("uk", "Уряд схвалив початок переговорів щодо укладення угоди про військове співробітництво між "
     "Україною та Литвою."),
    ("tr", "Bakanlar Kurulu, Türkiye ile Irak arasında askeri işbirliği anlaşması akdedilmesi için "
     "müzakerelere başlanmasını onayladı."),
    ("fr", "Le gouvernement a approuvé l'ouverture de négociations en vue de conclure un accord de "
     "coopération militaire entre la France et l'Inde."),
    ("de", "Die Regierung hat die Aufnahme von Verhandlungen über ein Abkommen zur militärischen "
     "Zusammenarbeit zwischen Deutschland und Indien gebilligt."),
    ("it", "Il governo ha approvato l'avvio dei negoziati per la conclusione di un accordo di "
     "cooperazione militare tra Italia e India."),
    ("es", "El Gobierno aprobó el inicio de negociaciones para la celebración de un acuerdo de "
     "cooperación militar entre España e India."),
    ("pt", "O governo aprovou o início de negociações para a celebração de um acordo de cooperação "
     "militar entre Portugal e a Índia."),
    ("sr", "Vlada je usvojila inicijativu za vođenje pregovora o zaključivanju sporazuma o vojnoj "
     "saradnji između Srbije i Indije."),
    ("pl", "Rząd zatwierdził rozpoczęcie negocjacji w sprawie zawarcia umowy o współpracy wojskowej "
     "między Polską a Indiami."),
    ("el", "Η κυβέρνηση ενέκρινε την έναρξη διαπραγματεύσεων για τη σύναψη συμφωνίας στρατιωτικής "
     "συνεργασίας μεταξύ Ελλάδας και Ινδίας."),
    ("kk", "Үкімет Қазақстан мен Үндістан арасындағы әскери ынтымақтастық туралы келісім жасасу "
     "жөніндегі келіссөздерді бастауды мақұлдады."),
    ("az", "Nazirlər Kabineti Azərbaycan ilə Hindistan arasında hərbi əməkdaşlıq sazişinin "
     "bağlanması üçün danışıqların başlanmasını təsdiq edib."),
    ("hy", "Կառավարությունը հավանություն տվեց Հայաստանի և Հնդկաստանի միջև ռազմական համագործակցության"
     " համաձայնագրի կնքման շուրջ բանակցություններ սկսելուն։"),
    ("ka", "მთავრობამ მოიწონა საქართველოსა და ინდოეთს შორის სამხედრო თანამშრომლობის შესახებ "
     "შეთანხმების დადების თაობაზე მოლაპარაკებების დაწყება."),
    ("ro", "Guvernul a aprobat deschiderea negocierilor pentru încheierea unui acord de cooperare "
     "militară între România și India."),
]

AGREED_TO_SIGN = [
    ("en", "The defence ministers of Georgia and Azerbaijan agreed to sign a military cooperation "
     "plan for 2026."),
    ("ru", "Министры обороны Казахстана и Киргизии договорились подписать план военного "
     "сотрудничества на 2026 год."),
    ("tr", "Türkiye ve Azerbaycan savunma bakanları 2026 yılı askeri işbirliği planını imzalamak "
     "konusunda anlaştı."),
    ("fr", "Les ministres de la Défense de la France et du Maroc ont convenu de signer un accord de "
     "coopération militaire."),
    ("de", "Die Verteidigungsminister Deutschlands und Litauens vereinbarten, ein Abkommen über "
     "militärische Zusammenarbeit zu unterzeichnen."),
    ("it", "I ministri della Difesa di Italia e Albania hanno concordato di firmare un accordo di "
     "cooperazione militare."),
    ("uk", "Міністри оборони України та Литви домовилися підписати угоду про військове "
     "співробітництво."),
    ("pl", "Ministrowie obrony Polski i Litwy uzgodnili, że podpiszą umowę o współpracy wojskowej."),
    ("el", "Οι υπουργοί Άμυνας Ελλάδας και Κύπρου συμφώνησαν να υπογράψουν πρόγραμμα στρατιωτικής "
     "συνεργασίας."),
    ("sr", "Ministri odbrane Srbije i Mađarske dogovorili su se da potpišu plan vojne saradnje."),
    ("kk", "Қазақстан мен Қырғызстан қорғаныс министрлері әскери ынтымақтастық жоспарына қол қоюға "
     "келісті."),
    ("uz", "O'zbekiston va Qozog'iston mudofaa vazirlari harbiy hamkorlik rejasini imzolashga "
     "kelishib oldi."),
    ("az", "Azərbaycan və Gürcüstan müdafiə nazirləri hərbi əməkdaşlıq planını imzalamaq barədə "
     "razılığa gəliblər."),
    ("hy", "Հայաստանի և Հունաստանի պաշտպանության նախարարները պայմանավորվեցին ստորագրել ռազմական "
     "համագործակցության ծրագիր։"),
    ("ka", "საქართველოს და აზერბაიჯანის თავდაცვის მინისტრები შეთანხმდნენ სამხედრო თანამშრომლობის "
     "გეგმის ხელმოწერაზე."),
    ("bg", "Министрите на отбраната на България и Гърция се договориха да подпишат споразумение за "
     "военно сътрудничество."),
    ("ar", "اتفق وزيرا الدفاع المصري واليوناني على توقيع اتفاقية للتعاون العسكري."),
]

INITIALLED = [
    ("en", "The defence ministries of Armenia and Greece initialled a military cooperation "
     "agreement."),
    ("ru", "Министерства обороны России и Лаоса парафировали соглашение о военном сотрудничестве."),
    ("fr", "Les ministères de la Défense de la France et de l'Inde ont paraphé un accord de "
     "coopération militaire."),
]


@pytest.mark.parametrize("lang, text", NEGOTIATIONS, ids=[case[0] for case in NEGOTIATIONS])
def test_approved_negotiations_precede_the_agreement(lang, text):
    assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang, text", AGREED_TO_SIGN, ids=[case[0] for case in AGREED_TO_SIGN])
def test_an_accord_to_sign_precedes_the_signing(lang, text):
    assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang, text", INITIALLED, ids=[case[0] for case in INITIALLED])
def test_an_initialled_text_is_not_yet_signed(lang, text):
    assert_not_flagged("", text, lang=lang)
