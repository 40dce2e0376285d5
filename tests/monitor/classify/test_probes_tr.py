"""Turkish probes: reports written for these tests in the manner of the ministry and the news
agencies, with suffixes after an apostrophe, demonyms, the usual verb forms and the usual traps."""

from datetime import date
from functools import partial

import pytest

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="tr")
not_flagged = partial(conftest.assert_not_flagged, lang="tr")


def test_plan_signed_after_the_dialogue_meeting():
    assert flagged_main(
        "Türkiye ile Gürcistan askeri işbirliği planını imzaladı",
        "Türkiye ile Gürcistan arasındaki Yüksek Düzeyli Askeri Diyalog Toplantısı 20 Şubat'ta Ankara'da "
        "yapıldı.\n"
        "Toplantının sonunda iki ülke arasında 2025 yılı askeri işbirliği planı imzalandı.") == \
        ("plan_signed", ("GE", "TR"), 2025, "2025-02-20")


def test_agency_style_with_a_date_line():
    kind, parties, year, when = flagged_main(
        "Plan imzalandı",
        "BAKÜ (AA) - Azerbaycan ile Türkiye arasında 2026 yılı askeri işbirliği planı Salı günü imzalandı.",
        published=date(2025, 12, 10))
    assert (kind, parties, year, when) == ("plan_signed", ("AZ", "TR"), 2026, "2025-12-09")


def test_inflected_names_after_an_apostrophe():
    kind, parties, _, _ = flagged_main(
        "Anlaşma", "Kazakistan'ın ve Özbekistan'ın savunma bakanları askeri işbirliği anlaşması imzaladı.")
    assert (kind, parties) == ("agreement_signed", ("KZ", "UZ"))


def test_protocol_and_memorandum():
    assert flagged_main("Protokol", "Milli Savunma Bakanlığı ile Arnavutluk Savunma Bakanlığı arasında askeri "
                                    "eğitim işbirliği protokolü imzalandı.")[:2] == ("agreement_signed", ("AL", "TR"))
    assert flagged_main("Mutabakat", "Türkiye ve Macaristan savunma sanayii alanında mutabakat muhtırası "
                                     "imzaladı.")[:2] == ("agreement_signed", ("HU", "TR"))


def test_grand_national_assembly_approves_the_agreement():
    kind, parties, _, _ = flagged_main(
        "Meclis onayladı",
        "TBMM Genel Kurulunda, Türkiye ile Kırgızistan arasındaki askeri çerçeve anlaşmasının onaylanmasının "
        "uygun bulunduğuna dair kanun teklifi kabul edildi.")
    assert (kind, parties) == ("agreement_ratified", ("KG", "TR"))


def test_ankara_stands_for_turkey():
    kind, parties, _, _ = flagged_main(
        "Ankara ve Bakü", "Ankara ve Bakü, 2026 yılı askeri işbirliği planını imzaladı.")
    assert (kind, parties) == ("plan_signed", ("AZ", "TR"))


def test_defence_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "Görüşme", "Milli Savunma Bakanı, Pakistan Genelkurmay Başkanı ile Ankara'da görüştü. Görüşmede iki "
                   "ülke arasındaki askeri işbirliği ele alındı.")
    assert (kind, parties) == ("talks", ("PK", "TR"))


def test_named_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "Tatbikat", "Türk ve Azerbaycan silahlı kuvvetlerinin katılımıyla \"Kardeşlik-2025\" ortak tatbikatı "
                    "Nahçıvan'da başladı.")
    assert (kind, parties) == ("exercise", ("AZ", "TR"))


@pytest.mark.parametrize("title,text", [
    ("Jandarma", "Türkiye ve Gürcistan jandarma teşkilatları arasında işbirliği protokolü imzalandı."),
    ("İçişleri", "Türkiye ve Özbekistan içişleri bakanları emniyet işbirliği anlaşması imzaladı."),
    ("AFAD", "AFAD ile Azerbaycan Olağanüstü Durumlar Bakanlığı arasında afet müdahale planı imzalandı."),
    ("Ticaret", "Türkiye ile Kazakistan arasında ticaret ve yatırım anlaşması imzalandı."),
    ("NATO", "NATO savunma bakanları toplantısı Brüksel'de yapıldı ve ortak eylem planı kabul edildi."),
    ("Gelecek", "Türkiye ile Moğolistan arasında askeri işbirliği anlaşmasının önümüzdeki ay imzalanması "
                "planlanıyor."),
    ("Satın alma", "Polonya, Türkiye'den insansız hava aracı satın aldı."),
    ('Sınır',
     'Türkiye ve Gürcistan sınır birlikleri arasında işbirliği planı imzalandı.'),
    ('Polis',
     'Türkiye ile Azerbaycan emniyet teşkilatları arasında işbirliği protokolü imzalandı.'),
    ('Enerji',
     'Türkiye ile Azerbaycan arasında doğalgaz anlaşması imzalandı.'),
    ('Gelecek',
     'Türkiye ile Azerbaycan arasında 2026 yılı askeri işbirliği planı gelecek hafta imzalanacak.'),
    ('Üçlü',
     "Türkiye, Azerbaycan ve Gürcistan savunma bakanlarının üçlü toplantısı Kars'ta yapıldı ve ortak "
     'bildiri imzalandı.'),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


def test_related_headlines_create_no_event():
    not_flagged(
        "Hava durumu",
        "Hafta sonu dağlık bölgelerde kuvvetli rüzgar ve kar bekleniyor.\n"
        "İlgili Haberler\n"
        "Türkiye ile Azerbaycan askeri işbirliği planını imzaladı\n"
        "Kazakistan ve Kırgızistan ortak tatbikata başladı")


@pytest.mark.parametrize("title,text,kind,parties", [
    ('Görüşme',
     "Azerbaycan Savunma Bakanı, Türk mevkidaşı ile Ankara'da bir araya geldi. Görüşmede askeri "
     'işbirliği konuları ele alındı.',
     'talks', ('AZ', 'TR')),
    ('Resmi Gazete',
     "Türkiye ile Gürcistan arasındaki askeri işbirliği anlaşmasının onaylanması Resmi Gazete'de "
     'yayımlandı.',
     'agreement_ratified', ('GE', 'TR')),
    ('Anlaşma',
     'Türkiye ile Kazakistan arasında savunma sanayii işbirliği anlaşması imzalandı.',
     'agreement_signed', ('KZ', 'TR')),
    ('Tatbikat',
     'Türkiye ve Pakistan özel kuvvetleri ortak tatbikatı tamamladı.',
     'exercise', ('PK', 'TR')),
    ('Plan',
     "Azerbaycan ve Türkiye, 2026 yılı askeri işbirliği planını Bakü'de imzaladılar.",
     'plan_signed', ('AZ', 'TR')),
    ('Görüşme',
     "Milli Savunma Bakanı, Azerbaycanlı mevkidaşı ile Bakü'de görüştü.",
     'talks', ('AZ', 'TR')),
    ('Protokol',
     "Türkiye ile Özbekistan arasında askeri eğitim işbirliği protokolü Taşkent'te imzalandı.",
     'agreement_signed', ('TR', 'UZ')),
    ('TBMM',
     'Türkiye ile Arnavutluk arasındaki savunma işbirliği anlaşmasının onaylanmasının uygun '
     'bulunduğuna dair kanun TBMM Genel Kurulunda kabul edildi.',
     'agreement_ratified', ('AL', 'TR')),
    ('Cumhurbaşkanı',
     'Cumhurbaşkanı Erdoğan, Türkiye ile Kazakistan arasındaki askeri işbirliği anlaşmasını onayladı.',
     'agreement_ratified', ('KZ', 'TR')),
    ('Tatbikat',
     "Türk ve Gürcü askerlerinin katıldığı ortak tatbikat Tiflis'te tamamlandı.",
     'exercise', ('GE', 'TR')),
    ('Görüşme',
     "Milli Savunma Bakanı, Kırgızistan Savunma Bakanı ile Ankara'da görüştü. Daha önce iki ülke "
     'arasında 2019 yılında askeri çerçeve anlaşması imzalanmıştı.',
     'talks', ('KG', 'TR')),
    ('Kenarında',
     'NATO zirvesi marjında Türkiye ve Macaristan savunma bakanları askeri işbirliği planı imzaladı.',
     'plan_signed', ('HU', 'TR')),
])
def test_more_reports_of_each_kind(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


def test_short_report_with_its_title_is_read_as_turkish():
    detection = conftest.run(
        "Türkiye ile Kazakistan savunma bakanları görüştü",
        "Milli Savunma Bakanı Yaşar Güler, 17 Eylül'de Astana'da Kazakistanlı mevkidaşı ile görüştü.\n"
        "Görüşmenin ardından iki bakan, askeri eğitim alanında işbirliğine ilişkin mutabakat muhtırası "
        "imzaladı.")
    assert detection.lang == "tr" and detection.flagged
    assert detection.events[0].kind == "agreement_signed" and detection.events[0].parties == ("KZ", "TR")


def test_the_name_irakli_is_not_iraq():
    kind, parties, _, _ = flagged_main(
        "Ziyaret", "Gürcistan Savunma Bakanı Irakli Çikovani, Milli Savunma Bakanlığını ziyaret etti. "
                   "Görüşmede ikili askeri işbirliği ele alındı.")
    assert (kind, parties) == ("talks", ("GE", "TR"))


def test_milli_savunma_universitesi_is_turkey():
    assert flagged_main(
        "Protokol", "Milli Savunma Üniversitesi ile Pakistan Ulusal Savunma Üniversitesi arasında akademik "
                    "işbirliği protokolü imzalandı.")[:2] == ("agreement_signed", ("PK", "TR"))


def test_another_states_milli_savunma_universitesi_is_that_state():
    assert flagged_main(
        "Protokol", "Azerbaycan Milli Savunma Üniversitesi ile Kazakistan Savunma Bakanlığı arasında "
                    "işbirliği protokolü imzalandı.")[:2] == ("agreement_signed", ("AZ", "KZ"))


def test_gendarmerie_general_does_not_make_a_protocol_defence():
    not_flagged(
        "Protokol",
        "Jandarma Genel Komutanlığı ile Kırgızistan İçişleri Bakanlığı arasında işbirliği protokolü "
        "imzalandı. Protokolü Türkiye adına Jandarma Genel Komutanı Orgeneral Ali Çardakcı, Kırgızistan "
        "adına ise bakan yardımcısı imzaladı.")


def test_coast_guards_are_not_defence():
    not_flagged("Protokol", "Türkiye Sahil Güvenlik Komutanlığı ile Gürcistan Sahil Güvenlik Birimi arasında "
                            "işbirliği protokolü imzalandı.")


def test_procurement_contract_with_tusas_is_not_between_states():
    not_flagged("Sözleşme", "Endonezya Savunma Bakanlığı ile Türk Havacılık ve Uzay Sanayii (TUSAŞ) arasında "
                            "48 adet KAAN savaş uçağının tedarikine yönelik sözleşme imzalandı.")


@pytest.mark.parametrize("text,parties", [
    ("Türkiye ve Azerbaycan arasında ortak tatbikat düzenleniyor.", ("AZ", "TR")),
    ("Türk ve Pakistan özel kuvvetleri ortak tatbikat gerçekleştiriyor.", ("PK", "TR")),
])
def test_exercise_in_the_present_progressive(text, parties):
    assert flagged_main("Tatbikat", text)[:2] == ("exercise", parties)


def test_plan_year_with_apostrophe_and_ait():
    assert flagged_main("Plan", "Türkiye ile Kazakistan arasında 2025'e ait askeri işbirliği planı "
                                "imzalandı.")[:3] == ("plan_signed", ("KZ", "TR"), 2025)


def test_meeting_with_an_eu_official_is_not_bilateral():
    # "EU" is two letters like a state code, but a bloc.
    not_flagged(
        "Bakan, AB temsilcisi ile görüştü",
        "Millî Savunma Bakanı, Avrupa Birliği Yüksek Temsilcisi ile Ankara'da bir araya geldi. "
        "Görüşmede Türkiye ile AB arasındaki savunma işbirliği ele alındı.")


def test_our_country_is_turkey_in_the_turkish_press():
    kind, parties, _, _ = flagged_main(
        "Bakan, Gürcistan Büyükelçisini kabul etti",
        "Millî Savunma Bakanı, Gürcistan'ın ülkemizdeki Büyükelçisini kabul etti. "
        "Görüşmede askerî işbirliği konuları ele alındı.")
    assert (kind, parties) == ("talks", ("GE", "TR"))


def test_parliament_committee_adopting_the_approval_bill_is_a_step_not_the_ratification():
    # SCHEMA.md and train's labels: a committee's vote is a step on the way; the plenary ratifies
    not_flagged(
        "Komisyonda kabul edildi",
        "TBMM Milli Savunma Komisyonunda, Türkiye ile Kazakistan arasındaki askeri işbirliği "
        "anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifi kabul edildi.")
    assert flagged_main(
        "Genel Kurulda kabul edildi",
        "TBMM Genel Kurulunda, Türkiye ile Kazakistan arasındaki askeri işbirliği "
        "anlaşmasının onaylanmasının uygun bulunduğuna dair kanun teklifi kabul edildi.")[:2] \
        == ("agreement_ratified", ("KZ", "TR"))


def test_headline_troops_meet_in_a_joint_exercise_is_an_exercise():
    kind, parties, _, _ = flagged_main(
        "Türk ve Azerbaycan komandoları ortak tatbikatta buluştu",
        "Tatbikatta iki ülkenin komandoları rehine kurtarma ve paraşütle sızma harekâtı icra etti.")
    assert (kind, parties) == ("exercise", ("AZ", "TR"))


# Headlines in capitals: "I" lowercases to "i", where Turkish writes "ı".

def test_headline_in_capitals_with_dotless_i():
    assert flagged_main(
        "TÜRKİYE İLE AZERBAYCAN ARASINDA ASKERİ İŞBİRLİĞİ ANLAŞMASI İMZALANDI",
        "Tören Bakü'de yapıldı.")[:2] == ("agreement_signed", ("AZ", "TR"))


def test_plan_year_in_a_headline_in_capitals():
    assert flagged_main(
        "KIRGIZİSTAN İLE 2025 YILI ASKERİ İŞBİRLİĞİ PLANI İMZALANDI",
        "Tören Ankara'da yapıldı.")[:3] == ("plan_signed", ("KG", "TR"), 2025)


# A verb is read by its stem and tense: every person of the past, never the future.

def test_first_person_past_of_a_minister_quoted():
    assert flagged_main(
        "Açıklama", 'Bakan, "Kırgızistan ile 2025 yılı askeri işbirliği planını imzaladık" dedi. '
                    "Türkiye Savunma Bakanlığı açıklamayı paylaştı.")[:3] == ("plan_signed", ("KG", "TR"), 2025)


def test_converb_of_signing():
    assert flagged_main(
        "Savunma", "Türkiye ve Gürcistan savunma bakanları askeri işbirliği protokolünü imzalayarak "
                   "ilişkilerini güçlendirdi.")[:2] == ("agreement_signed", ("GE", "TR"))


def test_a_meeting_in_the_future_is_not_talks():
    not_flagged("Ziyaret", "Milli Savunma Bakanı, Azerbaycanlı mevkidaşı ile yarın Ankara'da görüşecek. "
                           "Görüşmede savunma işbirliği ele alınacak.")


def test_ministers_who_will_come_together_have_not_met():
    not_flagged("Ziyaret", "Türkiye ve Gürcistan savunma bakanları gelecek hafta Tiflis'te bir araya gelecek.")


def test_a_signing_in_the_future_participle_is_not_an_act():
    not_flagged("Anlaşma", "Türkiye ile Özbekistan arasında askeri işbirliği anlaşmasının imzalanacağı "
                           "açıklandı.")


def test_an_exercise_that_begins_today_is_under_way():
    assert flagged_main(
        "Tatbikat", "Türk ve Pakistan Silahlı Kuvvetleri unsurlarının katılımıyla ortak tatbikat bugün "
                    "başlıyor.")[:2] == ("exercise", ("PK", "TR"))


def test_an_exercise_that_will_begin_is_not_under_way():
    not_flagged("Tatbikat", "Türk ve Pakistan Silahlı Kuvvetleri ortak tatbikatı gelecek ay başlayacak.")


def test_a_minister_who_hosted_his_counterpart_held_talks():
    assert flagged_main(
        "Ziyaret", "Milli Savunma Bakanı, Gürcistan Savunma Bakanını Ankara'da ağırladı ve askeri "
                   "işbirliğini ele aldı.")[:2] == ("talks", ("GE", "TR"))


def test_an_agreement_that_became_law_in_parliament_is_ratified():
    assert flagged_main(
        "Meclis", "Türkiye ile Gürcistan arasındaki askeri işbirliği anlaşması TBMM Genel Kurulunda "
                  "yasalaştı.")[:2] == ("agreement_ratified", ("GE", "TR"))


def test_a_government_approving_a_draft_named_after_its_document_is_no_act():
    not_flagged("Hükümet", "Bakanlar Kurulu, Türkiye ile Moldova arasındaki askeri işbirliği anlaşması taslağını "
                           "onayladı.")


def test_a_plan_for_a_span_of_years_is_bound_to_its_first_year():
    assert flagged_main(
        "Plan", "Türkiye ile Azerbaycan arasında 2026-2030 dönemi askeri işbirliği planı "
                "imzalandı.")[:3] == ("plan_signed", ("AZ", "TR"), 2026)


def test_a_headline_ending_on_the_signature_reports_the_signing():
    assert flagged_main("Türkiye ile Kenya askeri işbirliği anlaşmasına imza",
                        "Tören Ankara'da yapıldı.")[:2] == ("agreement_signed", ("KE", "TR"))


def test_azeri_is_azerbaijani():
    assert flagged_main("Görüşme", "Milli Savunma Bakanı, Azeri mevkidaşı ile Ankara'da "
                                   "görüştü.")[:2] == ("talks", ("AZ", "TR"))


def test_the_year_of_the_agreement_a_new_plan_is_signed_under_is_no_background():
    assert flagged_main(
        "Plan", "1995 tarihli anlaşma uyarınca Türkiye ve Azerbaycan savunma bakanları 2025 yılı askeri işbirliği "
                "planını imzaladı.", published=date(2025, 3, 10))[:3] == ("plan_signed", ("AZ", "TR"), 2025)


def test_an_agreement_signed_in_an_old_year_is_background():
    not_flagged("Anlaşma", "Türkiye ve Azerbaycan 2010 yılında askeri işbirliği anlaşması imzaladı.",
                published=date(2025, 3, 10))


def test_a_visit_still_to_be_paid_is_not_talks():
    not_flagged("Ziyaret", "Azerbaycan Savunma Bakanı Türkiye'ye resmi ziyaret gerçekleştirecek.")


def test_a_visit_paid_is_talks():
    assert flagged_main("Ziyaret", "Azerbaycan Savunma Bakanı Türkiye'ye resmi ziyaret "
                                   "gerçekleştirdi.")[:2] == ("talks", ("AZ", "TR"))


def test_the_present_of_a_signing_set_for_tomorrow_is_the_future():
    not_flagged("Yarın", "Türkiye ile Azerbaycan savunma bakanları yarın askeri işbirliği anlaşması imzalıyor.")


def test_a_plan_for_the_coming_year_signed_is_an_act():
    assert flagged_main(
        "Plan", "Türkiye ve Azerbaycan savunma bakanları önümüzdeki yıl için askeri işbirliği planını "
                "imzaladı.")[:2] == ("plan_signed", ("AZ", "TR"))


def test_a_plan_of_activities_to_be_held_signed_is_an_act():
    assert flagged_main(
        "Plan", "Türkiye ve Azerbaycan savunma bakanları 2025 yılında yapılacak faaliyetleri içeren askeri işbirliği "
                "planını imzaladı.")[:3] == ("plan_signed", ("AZ", "TR"), 2025)


def test_an_exercise_that_will_be_held_is_not_under_way():
    not_flagged("Tatbikat", "Türkiye ve Pakistan ortak tatbikatı gelecek ay gerçekleştirilecek.")


# Issue 15's audit of the Turkish verb forms: each of these was read wrongly before it.

@pytest.mark.parametrize("title,text,kind,parties", [
    # the converb "while being signed" (-ırken) tells a scene of the past
    ("Protokol", "Azerbaycan'la Türkiye arasında askeri işbirliği protokolü imzalanırken iki ülkenin savunma "
                 "bakanları da salonda bulundu.", "agreement_signed", ("AZ", "TR")),
    # "after the signing of" the agreement: the signing is done
    ("Anlaşma", "Türkiye ile Ukrayna arasında askeri işbirliği anlaşmasının imzalanmasının ardından bakanlar "
                "gazetecilere açıklama yaptı.", "agreement_signed", ("TR", "UA")),
    # a bill ("kanun teklifi") on the approval of an agreement, adopted: a ratification, not a proposal
    ("Meclis", "Türkiye ile Özbekistan arasındaki askeri çerçeve anlaşmasının onaylanmasına ilişkin kanun "
               "teklifi Meclis'te kabul edildi.", "agreement_ratified", ("TR", "UZ")),
    # the forces "took part" in a joint exercise, one "is holding" it, one "was launched"
    ("Tatbikat", "Türk ve Kazak komandolar ortak tatbikata katıldı.", "exercise", ("KZ", "TR")),
    ("Tatbikat", "TSK ile Azerbaycan ordusu Nahçıvan'da ortak tatbikat yapıyor.", "exercise", ("AZ", "TR")),
    ("Tatbikat", "Türkiye ve Azerbaycan arasında ortak askeri tatbikat başlatıldı.", "exercise", ("AZ", "TR")),
])
def test_turkish_verb_forms_of_a_past_act(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


def test_a_committee_passing_the_approval_bill_is_not_yet_the_ratification():
    # the foreign affairs committee's adoption is a step; the bill still goes to the plenary
    not_flagged("Komisyon", "Türkiye ile Nijerya arasındaki askeri çerçeve anlaşmasının onaylanmasının uygun "
                            "bulunduğuna dair kanun teklifi TBMM Dışişleri Komisyonunda kabul edildi.")
    not_flagged("Alt komisyon", "Gürcistan ile askeri eğitim işbirliği anlaşmasının onaylanmasına ilişkin "
                                "kanun teklifi Milli Savunma Komisyonu'ndan geçti.")


def test_the_past_perfect_tells_what_came_before_the_news():
    # "imzalamıştı" (had signed) recalls an old act; "imzalanmıştır" (the report's own past) does not
    not_flagged("Libya", "Türkiye ile Libya güvenlik ve askeri işbirliği mutabakat muhtırası imzalamıştı. "
                         "Bugün Libya'da seçim yapıldı.")
    assert flagged_main("Plan", "Azerbaycan ile Türkiye arasında 2024 yılı için askeri işbirliği planı "
                                "imzalanmıştır.")[:3] == ("plan_signed", ("AZ", "TR"), 2024)


@pytest.mark.parametrize("title,text,kind,parties", [
    # the options of a cooperation "were weighed" (değerlendirildi): officials talked
    ("Ziyaret", "Azerbaycan Savunma Bakanı Ankara'da. Türkiye ile Azerbaycan arasındaki savunma iş birliği "
                "imkanları değerlendirildi.", "talks", ("AZ", "TR")),
    # a joint commission "convened"
    ("Komisyon", "Türkiye-Kazakistan Askeri İş Birliği Komisyonu, savunma bakanlıkları heyetlerinin katılımıyla "
                 "Ankara'da toplandı.", "talks", ("KZ", "TR")),
    # a headline with no verb: the ablative names who holds the exercise
    ("Türkiye ile Azerbaycan'dan ortak tatbikat", "Tatbikata iki ülkenin özel kuvvetleri katılıyor.",
     "exercise", ("AZ", "TR")),
    ("Türk ve Azerbaycan askerlerinden ortak tatbikat", "Nahçıvan'daki tatbikat beş gün sürecek.",
     "exercise", ("AZ", "TR")),
])
def test_turkish_talks_and_exercises_in_other_words(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


@pytest.mark.parametrize("text,parties", [
    ("Hintli ve Türk askerler ortak tatbikata başladı.", ("IN", "TR")),
    ("Türk ve Yunanlı deniz kuvvetleri ortak tatbikat icra etti.", ("GR", "TR")),
    ("Hırvat ve Türk özel kuvvetleri ortak tatbikatı tamamladı.", ("HR", "TR")),
    ("Türk ve Suudi hava kuvvetleri ortak tatbikat gerçekleştirdi.", ("SA", "TR")),
])
def test_turkish_demonyms_cldr_lacks(text, parties):
    assert flagged_main("Tatbikat", text)[:2] == ("exercise", parties)


@pytest.mark.parametrize("text", [
    "Türkiye ile Kenya arasındaki askeri çerçeve anlaşması Meclis'ten geçti.",
    "Türkiye ile Kenya arasındaki askeri çerçeve anlaşması TBMM'den geçti.",
    "Türkiye ile Kenya arasındaki askeri çerçeve anlaşmasının onaylanması uygun bulundu.",
])
def test_turkish_ways_of_ratifying(text):
    assert flagged_main("Meclis", text)[:2] == ("agreement_ratified", ("KE", "TR"))


def test_approval_from_the_parliament_in_a_verbless_headline():
    assert flagged_main("Türkiye ile Kenya arasındaki askeri çerçeve anlaşmasına Meclis'ten onay",
                        "Anlaşma Genel Kurulda oylandı.")[:2] == ("agreement_ratified", ("KE", "TR"))


def test_a_bill_submitted_to_the_parliament_is_not_yet_a_ratification():
    not_flagged("Sunuldu", "Türkiye ile Kenya arasındaki askeri çerçeve anlaşmasının onaylanmasının uygun "
                           "bulunduğuna dair kanun teklifi TBMM Başkanlığına sunuldu.")


@pytest.mark.parametrize("text", [
    "Türkiye ile Azerbaycan savunma bakanları gelecek yıla ait askeri işbirliği planını imzaladı.",
    "Türkiye ile Azerbaycan arasında gelecek yıl için askeri işbirliği planı imzalandı.",
])
def test_a_plan_for_next_year_signed_is_an_act(text):
    assert flagged_main("Plan", text)[:2] == ("plan_signed", ("AZ", "TR"))


def test_next_year_still_announces_an_exercise():
    not_flagged("Tatbikat", "Türk ve Azerbaycan askerleri gelecek yıl ortak tatbikat düzenliyor.")


def test_training_is_not_education():
    # "eğitim" is training as much as education: a training protocol in a military story is defence
    assert flagged_main(
        "Türkiye ile Azerbaycan arasında eğitim işbirliği protokolü imzalandı",
        "Protokol, iki ülkenin silahlı kuvvetleri arasında ortak eğitim ve tatbikatları kapsıyor. Açıklamayı "
        "Milli Savunma Bakanlığı yaptı.")[:2] == ("agreement_signed", ("AZ", "TR"))
    not_flagged("Türkiye ile Ukrayna arasında eğitim alanında işbirliği anlaşması imzalandı",
                "Anlaşma üniversiteler arasında öğrenci değişimini kapsıyor.")
