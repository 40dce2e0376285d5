"""Two tenses of one act, in every language with rules (sentences written for these tests): a signing
in the present with a weekday is the programme of a coming day, not a report; the signing named as
a noun ("the signing of the plan took place") is told as done by the verb of its clause."""

import pytest

from tests.monitor.classify.conftest import assert_not_flagged, flagged_main

PRESENT_WITH_A_WEEKDAY = [
    ("en", "The defence ministers of Georgia and Azerbaijan sign a military cooperation plan on "
     "Monday."),
    ("ru", "Министры обороны Казахстана и Киргизии в понедельник подписывают план военного "
     "сотрудничества."),
    ("uk", "Міністри оборони України та Литви в понеділок підписують угоду про військове "
     "співробітництво."),
    ("kk", "Қазақстан мен Қырғызстан қорғаныс министрлері дүйсенбі күні әскери ынтымақтастық "
     "жоспарына қол қояды."),
    ("uz", "O'zbekiston va Qozog'iston mudofaa vazirlari dushanba kuni harbiy hamkorlik rejasini "
     "imzolaydi."),
    ("az", "Azərbaycan və Gürcüstan müdafiə nazirləri bazar ertəsi hərbi əməkdaşlıq planını "
     "imzalayırlar."),
    ("hy", "Հայաստանի և Հունաստանի պաշտպանության նախարարները երկուշաբթի ստորագրում են ռազմական "
     "համագործակցության ծրագիր։"),
    ("ka", "საქართველოს და აზერბაიჯანის თავდაცვის მინისტრები ორშაბათს სამხედრო თანამშრომლობის გეგმას"
     " აწერენ ხელს."),
    ("fr", "Les ministres de la Défense de la France et du Maroc signent lundi un accord de "
     "coopération militaire."),
    ("de", "Die Verteidigungsminister Deutschlands und Litauens unterzeichnen am Montag ein Abkommen"
     " über militärische Zusammenarbeit."),
    ("it", "I ministri della Difesa di Italia e Albania firmano lunedì un accordo di cooperazione "
     "militare."),
    ("ro", "Miniștrii apărării din România și Polonia semnează luni un acord de cooperare militară."),
    ("sr", "Ministri odbrane Srbije i Mađarske u ponedeljak potpisuju plan vojne saradnje."),
]

SIGNING_TOOK_PLACE = [
    ("en", "The signing of the military cooperation plan between Georgia and Azerbaijan took place "
     "in Tbilisi.", "plan_signed AZ GE"),
    ("uk", "Підписання угоди про військове співробітництво між Україною та Литвою відбулося у Києві.",
     "agreement_signed LT UA"),
    ("kk", "Қазақстан мен Қырғызстан арасындағы әскери ынтымақтастық жоспарына қол қою рәсімі "
     "Астанада өтті.", "plan_signed KG KZ"),
    ("uz", "O'zbekiston va Qozog'iston o'rtasidagi harbiy hamkorlik rejasini imzolash marosimi "
     "Toshkentda bo'lib o'tdi.", "plan_signed KZ UZ"),
    ("az", "Azərbaycan və Gürcüstan arasında hərbi əməkdaşlıq planının imzalanması mərasimi Bakıda "
     "keçirilib.", "plan_signed AZ GE"),
    ("hy", "Հայաստանի և Հունաստանի միջև ռազմական համագործակցության պլանի ստորագրումը տեղի ունեցավ "
     "Երևանում։", "plan_signed AM GR"),
    ("ka", "საქართველოსა და აზერბაიჯანს შორის სამხედრო თანამშრომლობის გეგმის ხელმოწერა თბილისში "
     "გაიმართა.", "plan_signed AZ GE"),
    ("fr", "La signature du plan de coopération militaire entre la France et le Maroc a eu lieu à "
     "Rabat.", "plan_signed FR MA"),
    ("de", "Die Unterzeichnung des Plans für militärische Zusammenarbeit zwischen Deutschland und "
     "Litauen fand in Vilnius statt.", "plan_signed DE LT"),
    ("pt", "A assinatura do plano de cooperação militar entre Portugal e Angola decorreu em Luanda.",
     "plan_signed AO PT"),
    ("bg", "Подписването на плана за военно сътрудничество между България и Гърция се състоя в "
     "София.", "plan_signed BG GR"),
    ("sr", "Potpisivanje plana vojne saradnje između Srbije i Mađarske održano je u Beogradu.", "plan_signed HU RS"),
    ("pl", "Podpisanie planu współpracy wojskowej między Polską a Litwą odbyło się w Wilnie.", "plan_signed LT PL"),
    ("el", "Η υπογραφή του σχεδίου στρατιωτικής συνεργασίας μεταξύ Ελλάδας και Κύπρου "
     "πραγματοποιήθηκε στη Λευκωσία.", "plan_signed CY GR"),
    ("ar", "جرت مراسم توقيع خطة التعاون العسكري بين مصر والسعودية في القاهرة.", "plan_signed EG SA"),
]


@pytest.mark.parametrize("lang, text", PRESENT_WITH_A_WEEKDAY, ids=[case[0] for case in PRESENT_WITH_A_WEEKDAY])
def test_a_signing_in_the_present_on_a_weekday_is_to_come(lang, text):
    assert_not_flagged("", text, lang=lang)


@pytest.mark.parametrize("lang, text, expected", SIGNING_TOOK_PLACE, ids=[case[0] for case in SIGNING_TOOK_PLACE])
def test_the_signing_that_took_place_is_an_event(lang, text, expected):
    kind, parties, _, _ = flagged_main("", text, lang=lang)
    assert (kind, *parties) == tuple(expected.split())
