"""An exercise told across sentences, and the verb forms and names Turkish reports of exercises use
(issue 15, recall): the pair in the headline or lead and the verb in a later sentence; the joint
exercise named by its noun in one sentence and told as held in another; two sides' forces joined by
"and"/"with"/"ile"; Turkish participles (-en, -DIK), a headline's locative, "Mehmetçik", "TCG".
Every sentence here is written for the tests."""

import pytest

from tests.monitor.classify import conftest


@pytest.mark.parametrize("lang,title,text,parties", [
    ("en", "Azerbaijani and Turkish troops in joint drills",
     "The exercise began in Nakhchivan on Monday and involves about 3,000 servicemen.", ("AZ", "TR")),
    ("en", "Joint exercise of Kazakh and Uzbek special forces",
     "The drills were held near Termez, the ministry said.", ("KZ", "UZ")),
    ("ru", "Совместные учения военных Азербайджана и Турции",
     "Учения начались в Нахчыване и продлятся пять дней.", ("AZ", "TR")),
    ("ru", "Совместные учения Таджикистана и России", "Учения проходят на полигоне Харбмайдон.", ("RU", "TJ")),
    ("az", "Azərbaycan və Türkiyə hərbçilərinin birgə təlimi", "Təlim Naxçıvanda keçirilir.", ("AZ", "TR")),
    ("tr", "Türk ve Azerbaycan askerleri ortak tatbikatta",
     "Tatbikat Nahçıvan'da 5 Eylül'de başladı. Tatbikatta birlikler atış yaptı.", ("AZ", "TR")),
    ("tr", "Azerbaycan'da Türk-Azerbaycan ortak tatbikatı",
     "Azerbaycan Savunma Bakanlığı açıklama yaptı. Tatbikat kapsamında birlikler atış görevlerini icra etti.",
     ("AZ", "TR")),
    ("tr", "Türk ve Azerbaycan askerlerinden nefes kesen tatbikat", "Tatbikat Nahçıvan'da yapıldı.", ("AZ", "TR")),
])
def test_the_pair_in_the_lead_and_the_verb_in_a_later_sentence(lang, title, text, parties):
    assert conftest.flagged_main(title, text, lang=lang)[:2] == ("exercise", parties)


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Russia and Belarus to hold joint drills", "The exercise will begin next week near Brest."),
    ("en", "Armenia and Russia discuss joint exercises", "The exercises were held in Armenia last year."),
    ("en", "Armenian army holds drills", "Armenian troops began exercises near the border with Azerbaijan."),
    ("tr", "Türkiye ile Azerbaycan ortak tatbikat düzenleyecek", "Tatbikat hazırlıkları tamamlandı."),
    ("ru", "Россия и Белоруссия проведут совместные учения", "Учения начнутся в сентябре под Брестом."),
])
def test_an_exercise_announced_or_one_sides_own_stays_no_event(lang, title, text):
    conftest.assert_not_flagged(title, text, lang=lang)


@pytest.mark.parametrize("lang,text,parties", [
    ("en", "The Turkish Navy and the Pakistan Navy conducted a passing exercise in the Arabian Sea.", ("PK", "TR")),
    ("az", "Azərbaycan Ordusu ilə Türkiyə Silahlı Qüvvələri Naxçıvanda təlim keçirib.", ("AZ", "TR")),
    ("tr", "Türk Deniz Kuvvetleri ile Pakistan Deniz Kuvvetleri, Karaçi açıklarında PASSEX eğitimi gerçekleştirdi.",
     ("PK", "TR")),
    ("tr", "Azerbaycan Silahlı Kuvvetleri ve TSK birliklerinin katılımıyla canlı atışlı taktik tatbikat yapıldı.",
     ("AZ", "TR")),
])
def test_two_sides_forces_joined_by_and_or_with_hold_the_exercise_together(lang, text, parties):
    assert conftest.flagged_main("", text, lang=lang)[:2] == ("exercise", parties)


@pytest.mark.parametrize("title,text,parties", [
    # the participles of a held exercise (-en/-an) and the past nominalised -DIK
    ("", "MSB, Azerbaycan ile düzenlenen ortak tatbikatın başarıyla tamamlandığını bildirdi.", ("AZ", "TR")),
    ("", "Türk ve Azerbaycan askerleri, Bakü'de düzenlenen ortak tatbikatta hedefleri başarıyla vurdu.",
     ("AZ", "TR")),
    ("Azerbaycan ile ortak tatbikat",
     "Milli Savunma Bakanlığı (MSB), Türk ve Azerbaycan birliklerinin ortak tatbikatı icra ettiğini açıkladı.",
     ("AZ", "TR")),
    # "as planned", "the tasks envisaged", "at the invitation of" tell how a held exercise went
    ("", "Türkiye ve Azerbaycan'ın ortak tatbikatı planlandığı şekilde başarıyla icra edildi.", ("AZ", "TR")),
    ("", "Türk ve Azerbaycan birlikleri, tatbikat senaryosunda öngörülen görevleri ortak tatbikatta başarıyla "
         "icra etti.", ("AZ", "TR")),
    ("", "Türkiye ve Azerbaycan'ın ortak tatbikatı, Azerbaycan Savunma Bakanlığının daveti üzerine Bakü'de "
         "yapıldı.", ("AZ", "TR")),
    # held, whatever the sentence then says of how long it goes on
    ("", "Türkiye ile Azerbaycan'ın ortak tatbikatı Nahçıvan'da icra edildi, tatbikat 10 gün sürecek.",
     ("AZ", "TR")),
    # the press's names: "Mehmetçik" (the Turkish soldier), "TCG" (a Turkish navy ship), joint training
    ("", "Mehmetçik, Azerbaycan ordusuyla birlikte Bakü'de tatbikat yaptı.", ("AZ", "TR")),
    ("", "TCG Gaziantep fırkateyni, Cezayir Deniz Kuvvetleri ile ortak eğitim icra etti.", ("DZ", "TR")),
    ("", "Türk ve Azerbaycan askerleri Nahçıvan'da birlikte eğitim yaptı.", ("AZ", "TR")),
    # a headline that praises the exercise held
    ("", "Türk ve Azerbaycan askerlerinin ortak tatbikatı nefes kesti.", ("AZ", "TR")),
])
def test_turkish_reports_of_a_held_exercise(title, text, parties):
    assert conftest.flagged_main(title, text, lang="tr")[:2] == ("exercise", parties)


@pytest.mark.parametrize("text", [
    "Türkiye ile Azerbaycan'ın ortak tatbikatı gelecek hafta başlayacak ve 10 gün sürecek.",
    "Türkiye ve Azerbaycan, gelecek yıl ortak tatbikat düzenlenmesi konusunu ele aldı.",
    "Türkiye ile Azerbaycan arasında düzenlenecek ortak tatbikatın hazırlıkları sürüyor.",
])
def test_turkish_exercises_to_come_stay_no_event(text):
    conftest.assert_not_flagged("", text, lang="tr")


@pytest.mark.parametrize("lang,title,text,parties", [
    ("tr", "Türk ve Azerbaycan askerlerinin ortak tatbikatı",
     "Tatbikatta zırhlı birlikler ve topçu birlikleri yer alıyor. Görüntüler MSB tarafından paylaşıldı.",
     ("AZ", "TR")),
    ("en", "Joint exercise of Azerbaijani and Turkish special forces",
     "Footage released by the ministry shows special forces units storming a mock village.", ("AZ", "TR")),
    ("ru", "Совместные учения спецназа Азербайджана и Турции", "Минобороны опубликовало видео с полигона.",
     ("AZ", "TR")),
])
def test_a_headline_naming_the_pairs_joint_exercise_reports_it(lang, title, text, parties):
    # no sentence tells it held by a verb: the headline names the story's news
    assert conftest.flagged_main(title, text, lang=lang)[:2] == ("exercise", parties)


@pytest.mark.parametrize("lang,title,text", [
    ("en", "Azerbaijan and Turkey to hold joint exercise", "Footage released by the ministry shows preparations."),
    ("ru", "Азербайджан и Турция проведут совместные учения", "Минобороны опубликовало план."),
    ("tr", "Türkiye ve Azerbaycan ortak tatbikat düzenleyecek", "Görüntüler MSB tarafından paylaşıldı."),
    ("en", "Azerbaijan, Turkey discuss joint exercises", "The ministers met in Baku."),
])
def test_a_headline_announcing_or_discussing_an_exercise_reports_none(lang, title, text):
    conftest.assert_not_flagged(title, text, lang=lang)
