"""Meetings of border, interior, police, gendarmerie, coast guard and emergency bodies are no defence
talks (SCHEMA.md), in every language with rules, even when their heads are "commanders" or discuss
"military cooperation". Probes written for these tests."""

import pytest

from tests.monitor.classify import conftest

CIVIL_MEETINGS = [
    ("en", "The heads of the border services of Azerbaijan and Georgia met in Tbilisi to discuss cooperation."),
    ("en", "The commanders of the border guards of Azerbaijan and Georgia discussed military cooperation in "
           "Tbilisi."),
    ("en", "The emergency situations ministers of Azerbaijan and Georgia met in Tbilisi and discussed cooperation."),
    ("en", "The interior ministers of Serbia and Hungary met in Belgrade to discuss border security and police "
           "cooperation."),
    ("ru", "Руководители пограничных служб Казахстана и Узбекистана провели встречу и обсудили сотрудничество."),
    ("ru", "Командующие пограничными войсками Казахстана и Узбекистана обсудили военное сотрудничество."),
    ("ru", "Главы МЧС России и Армении обсудили сотрудничество в области защиты населения."),
    ("ru", "Министры внутренних дел Белоруссии и России провели переговоры в Минске."),
    ("tr", "Türkiye ve Gürcistan sınır birliklerinin komutanları Batum'da bir araya geldi."),
    ("tr", "Türkiye ve Gürcistan sınır muhafız komutanları askeri işbirliğini görüştü."),
    ("tr", "Jandarma Genel Komutanı Azerbaycan İçişleri Bakanı ile görüştü."),
    ("az", "Azərbaycan Dövlət Sərhəd Xidmətinin rəisi Türkiyə Jandarma Genel Komutanı ilə görüşüb."),
    ("az", "Azərbaycan və Gürcüstan sərhəd qoşunlarının komandanları hərbi əməkdaşlığı müzakirə ediblər."),
    ("az", "Azərbaycan və Gürcüstanın fövqəladə hallar nazirləri Tbilisidə görüşüb və əməkdaşlığı müzakirə ediblər."),
    ("uk", "Керівники прикордонних служб України та Польщі провели зустріч у Львові."),
    ("fr", "Le directeur de la gendarmerie française a rencontré son homologue marocain."),
    ("fr", "Les commandants des gendarmeries de la France et du Maroc ont discuté de la coopération militaire."),
    ("es", "El director de la Guardia Civil se reunió con el jefe de la Gendarmería de Marruecos."),
    ("pt", "Os ministros do Interior de Portugal e de Angola reuniram-se em Lisboa."),
    ("ro", "Șefii poliției de frontieră din România și Moldova s-au întâlnit la Iași."),
    ("bg", "Ръководителите на граничната полиция на България и Турция се срещнаха в Одрин."),
    ("de", "Der Präsident der Bundespolizei traf den Chef des polnischen Grenzschutzes."),
    ("it", "Il comandante generale dei Carabinieri ha incontrato il capo della Gendarmeria della Tunisia."),
    ("el", "Οι αρχηγοί των ακτοφυλακών της Ελλάδας και της Κύπρου συναντήθηκαν στην Αθήνα."),
    ("pl", "Komendanci straży granicznych Polski i Litwy spotkali się w Wilnie."),
    ("sr", "Direktori graničnih policija Srbije i Mađarske sastali su se u Subotici."),
    ("kk", "Қазақстан мен Қырғызстан шекара қызметтерінің басшылары кездесті."),
    ("kk", "Қазақстан мен Қырғызстан шекара әскерлерінің қолбасшылары әскери ынтымақтастықты талқылады."),
    ("uz", "O'zbekiston va Tojikiston chegara qo'shinlari rahbarlari uchrashdi."),
    ("uz", "O'zbekiston va Tojikiston chegara qo'shinlari qo'mondonlari harbiy hamkorlikni muhokama qildi."),
    ("ka", "საქართველოს და სომხეთის სასაზღვრო პოლიციის ხელმძღვანელები შეხვდნენ."),
    ("hy", "Հայաստանի և Վրաստանի սահմանապահ ծառայությունների ղեկավարները հանդիպել են։"),
    ("ar", "التقى قائدا حرس الحدود في مصر والأردن في عمان."),
    ("ar", "بحث قائدا حرس الحدود في مصر والأردن التعاون العسكري."),
]


@pytest.mark.parametrize("lang, text", CIVIL_MEETINGS, ids=[f"{case[0]}-{i}" for i, case in enumerate(CIVIL_MEETINGS)])
def test_a_meeting_of_civil_bodies_is_no_defence_talks(lang, text):
    conftest.assert_not_flagged("Meeting", text, lang=lang)


def test_a_navy_commander_meeting_his_counterpart_holds_talks():
    # a commander of the armed forces is named by his force: the navy is defence
    kind, parties, _, _ = conftest.flagged_main(
        "لقاء", "التقى قائد القوات البحرية المصرية نظيره الأردني وبحثا التعاون العسكري.", lang="ar")
    assert (kind, parties) == ("talks", ("EG", "JO"))
