"""Meetings that are not bilateral defence talks, in every language with rules: heads of state or
government meeting in general with defence one topic among many (they are no defence officials), and a
defence minister meeting several states' counterparts or a bloc's official (multilateral). Probes
written for these tests; they pass today and keep these principles from being lost."""

import pytest

from tests.monitor.classify import conftest

GENERAL_SUMMITS = [
    ("en", "President Ilham Aliyev met President Recep Tayyip Erdogan of Turkey in Ankara. The leaders discussed "
           "trade, energy, transport, culture and defence cooperation."),
    ("ru", "Президенты России и Казахстана провели переговоры в Москве, обсудив торговлю, энергетику, транспорт "
           "и военное сотрудничество."),
    ("tr", "Cumhurbaşkanı Erdoğan, Azerbaycan Cumhurbaşkanı Aliyev ile görüştü; görüşmede ticaret, enerji, "
           "ulaştırma ve savunma işbirliği ele alındı."),
    ("az", "Prezident İlham Əliyev Türkiyə Prezidenti Rəcəb Tayyib Ərdoğan ilə görüşüb. Görüşdə ticarət, enerji, "
           "nəqliyyat, mədəniyyət və müdafiə sahələrində əməkdaşlıq müzakirə olunub."),
    ("uk", "Президенти України та Польщі провели переговори щодо торгівлі, енергетики та оборонної співпраці."),
    ("fr", "Les présidents de la France et du Maroc se sont entretenus du commerce, de l'énergie et de la "
           "coopération militaire."),
    ("es", "Los presidentes de España y Marruecos se reunieron y abordaron el comercio, la energía, la migración "
           "y la cooperación en defensa."),
    ("pt", "Os presidentes do Brasil e de Angola reuniram-se e discutiram comércio, energia e cooperação na área "
           "da defesa."),
    ("ro", "Președinții României și Poloniei s-au întâlnit la București și au discutat despre comerț, energie și "
           "cooperarea în domeniul apărării."),
    ("bg", "Президентите на България и Гърция се срещнаха и обсъдиха енергетиката, търговията и отбранителното "
           "сътрудничество."),
    ("de", "Der Bundeskanzler traf den Präsidenten Litauens; besprochen wurden Handel, Energie und die "
           "militärische Zusammenarbeit."),
    ("it", "La premier italiana ha incontrato il presidente dell'Albania per discutere di commercio, energia e "
           "cooperazione militare."),
    ("el", "Οι πρωθυπουργοί Ελλάδας και Κύπρου συζήτησαν για εμπόριο, ενέργεια και αμυντική συνεργασία."),
    ("pl", "Prezydenci Polski i Litwy rozmawiali o handlu, energetyce i współpracy wojskowej."),
    ("sr", "Predsednici Srbije i Mađarske razgovarali su o trgovini, energetici i vojnoj saradnji."),
    ("kk", "Қазақстан мен Өзбекстан президенттері сауда, энергетика және әскери ынтымақтастық мәселелерін "
           "талқылады."),
    ("uz", "O'zbekiston va Qozog'iston prezidentlari savdo, energetika va harbiy hamkorlik masalalarini muhokama "
           "qildi."),
    ("ka", "საქართველოს და აზერბაიჯანის პრეზიდენტებმა ვაჭრობა, ენერგეტიკა და სამხედრო თანამშრომლობა განიხილეს."),
    ("hy", "Հայաստանի և Ֆրանսիայի նախագահները քննարկել են առևտրի, էներգետիկայի և ռազմական համագործակցության "
           "հարցեր։"),
    ("ar", "بحث الرئيسان المصري والأردني التجارة والطاقة والتعاون العسكري."),
]

SEVERAL_COUNTERPARTS_OR_A_BLOC = [
    ("en", "The Polish defence minister met his counterparts from Lithuania, Latvia and Estonia in Vilnius to "
           "discuss military cooperation."),
    ("en", "The Georgian defence minister met the EU ambassador and discussed defence cooperation between "
           "Georgia and the European Union."),
    ("ru", "Министр обороны Белоруссии встретился с коллегами из России, Казахстана и Армении."),
    ("ru", "Министр обороны Грузии встретился с генеральным секретарем НАТО."),
    ("tr", "Milli Savunma Bakanı, Azerbaycan, Gürcistan ve Pakistan savunma bakanlarıyla görüştü."),
    ("az", "Azərbaycanın müdafiə naziri Türkiyə, Pakistan və Gürcüstanın müdafiə nazirləri ilə görüşüb."),
    ("uk", "Міністр оборони України зустрівся з колегами з Литви, Латвії та Естонії."),
    ("fr", "Le ministre français des Armées a rencontré ses homologues allemand, italien et espagnol."),
    ("fr", "Le ministre de la Défense du Maroc a rencontré le haut représentant de l'Union européenne."),
    ("es", "La ministra de Defensa de España se reunió con sus homólogos de Francia, Italia y Portugal."),
    ("pt", "O ministro da Defesa de Portugal reuniu-se com os homólogos de Espanha, França e Itália."),
    ("ro", "Ministrul apărării din România s-a întâlnit cu omologii din Bulgaria, Polonia și Ungaria."),
    ("bg", "Министърът на отбраната на България се срещна с колегите си от Румъния, Гърция и Турция."),
    ("de", "Der deutsche Verteidigungsminister traf seine Amtskollegen aus Polen, Litauen und Lettland."),
    ("it", "Il ministro della Difesa italiano ha incontrato gli omologhi di Francia, Germania e Spagna."),
    ("el", "Ο υπουργός Άμυνας της Ελλάδας συναντήθηκε με τους ομολόγους του από Κύπρο, Ισραήλ και Αίγυπτο."),
    ("pl", "Minister obrony Polski spotkał się z ministrami obrony Litwy, Łotwy i Estonii."),
    ("sr", "Ministar odbrane Srbije sastao se sa kolegama iz Mađarske, Grčke i Kipra."),
    ("kk", "Қазақстан Қорғаныс министрі Ресей, Қырғызстан және Тәжікстан қорғаныс министрлерімен кездесті."),
    ("uz", "O'zbekiston mudofaa vaziri Rossiya, Qozog'iston va Tojikiston mudofaa vazirlari bilan uchrashdi."),
    ("ka", "საქართველოს თავდაცვის მინისტრი აზერბაიჯანის, თურქეთისა და უკრაინის თავდაცვის მინისტრებს შეხვდა."),
    ("hy", "Հայաստանի պաշտպանության նախարարը հանդիպել է Ֆրանսիայի, Հունաստանի և Կիպրոսի պաշտպանության "
           "նախարարների հետ։"),
    ("ar", "التقى وزير الدفاع المصري نظراءه من الأردن والسعودية والإمارات."),
]


@pytest.mark.parametrize("lang, text", GENERAL_SUMMITS, ids=[case[0] for case in GENERAL_SUMMITS])
def test_leaders_meeting_on_many_topics_hold_no_defence_talks(lang, text):
    conftest.assert_not_flagged("Summit", text, lang=lang)


@pytest.mark.parametrize("lang, text", SEVERAL_COUNTERPARTS_OR_A_BLOC,
                         ids=[f"{case[0]}-{i}" for i, case in enumerate(SEVERAL_COUNTERPARTS_OR_A_BLOC)])
def test_a_minister_meeting_several_states_or_a_bloc_holds_no_bilateral_talks(lang, text):
    conftest.assert_not_flagged("Meeting", text, lang=lang)


FOREIGN_MINISTERS = [
    ("en", "The foreign ministers of Greece and Cyprus met in Athens and discussed regional security, energy, "
           "migration and defence cooperation."),
    ("ru", "Министры иностранных дел России и Армении обсудили региональную безопасность и военно-техническое "
           "сотрудничество."),
    ("uk", "Міністри закордонних справ України та Литви обговорили оборонну співпрацю."),
    ("tr", "Türkiye ve Azerbaycan dışişleri bakanları savunma işbirliğini görüştü."),
    ("az", "Azərbaycan və Gürcüstan xarici işlər nazirləri Bakıda görüşüb, müdafiə əməkdaşlığını müzakirə ediblər."),
    ("fr", "Les ministres des Affaires étrangères de la France et du Maroc ont discuté de la coopération militaire."),
    ("es", "Los ministros de Asuntos Exteriores de España y Marruecos abordaron la cooperación en defensa."),
    ("pt", "Os ministros dos Negócios Estrangeiros de Portugal e de Angola discutiram a cooperação na área da "
           "defesa."),
    ("it", "I ministri degli Esteri di Italia e Albania hanno discusso la cooperazione nel settore della difesa."),
    ("de", "Die Außenminister Deutschlands und Litauens besprachen die militärische Zusammenarbeit."),
    ("ro", "Miniștrii de externe ai României și Republicii Moldova au discutat despre cooperarea în domeniul "
           "apărării."),
    ("ka", "საქართველოს და აზერბაიჯანის საგარეო საქმეთა მინისტრებმა თავდაცვის სფეროში თანამშრომლობა განიხილეს."),
    ("hy", "Հայաստանի և Ֆրանսիայի արտաքին գործերի նախարարները քննարկել են պաշտպանական համագործակցությունը։"),
]


@pytest.mark.parametrize("lang, text", FOREIGN_MINISTERS, ids=[case[0] for case in FOREIGN_MINISTERS])
def test_foreign_ministers_discussing_defence_hold_no_defence_talks(lang, text):
    conftest.assert_not_flagged("Foreign ministers", text, lang=lang)
