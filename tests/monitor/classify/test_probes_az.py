"""Azerbaijani probes: reports written for these tests in the manner of the ministry and the news
agencies, with case suffixes, demonyms, the usual verb forms and the usual traps."""

from datetime import date
from functools import partial

import pytest

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="az")
not_flagged = partial(conftest.assert_not_flagged, lang="az")


def test_plan_signed_at_the_end_of_a_meeting():
    assert flagged_main(
        "Azərbaycan və Gürcüstan hərbi əməkdaşlıq planı imzalayıb",
        "Noyabrın 18-də Bakıda Azərbaycan və Gürcüstan müdafiə nazirlərinin görüşü keçirilib.\n"
        "Görüşdə hərbi təhsil, birgə təlimlər və hərbi tibb sahəsində əməkdaşlıq müzakirə olunub.\n"
        "Görüşün sonunda nazirlər 2026-cı il üçün ikitərəfli hərbi əməkdaşlıq planını imzalayıblar.") == \
        ("plan_signed", ("AZ", "GE"), 2026, "2025-11-18")


def test_passive_voice_and_genitive_names():
    kind, parties, year, _ = flagged_main(
        "Plan imzalanıb",
        "Azərbaycanın və Qazaxıstanın müdafiə nazirlikləri arasında 2026-cı il üçün əməkdaşlıq planı "
        "imzalanıb.")
    assert (kind, parties, year) == ("plan_signed", ("AZ", "KZ"), 2026)


def test_the_kazakh_side_and_the_turkish_delegation():
    kind, parties, _, _ = flagged_main(
        "Görüş", "Müdafiə naziri Türkiyə Silahlı Qüvvələrinin nümayəndə heyətini qəbul edib. Görüşdə "
                 "Azərbaycan ilə Türkiyə arasında hərbi əməkdaşlığın perspektivləri müzakirə olunub.")
    assert (kind, parties) == ("talks", ("AZ", "TR"))


def test_memorandum_between_military_schools():
    kind, parties, _, _ = flagged_main(
        "Memorandum", "Azərbaycan Milli Müdafiə Universiteti ilə Pakistanın Milli Müdafiə Universiteti "
                      "arasında anlaşma memorandumu imzalanıb.")
    assert (kind, parties) == ("agreement_signed", ("AZ", "PK"))


def test_parliament_approves_the_agreement():
    kind, parties, _, when = flagged_main(
        "Saziş təsdiqləndi",
        "Milli Məclis bu gün Azərbaycan Respublikası ilə Serbiya Respublikası arasında müdafiə sahəsində "
        "əməkdaşlıq haqqında sazişi təsdiq etdi.", published=date(2025, 4, 8))
    assert (kind, parties, when) == ("agreement_ratified", ("AZ", "RS"), "2025-04-08")


def test_president_signs_the_law_on_approval():
    kind, parties, _, _ = flagged_main(
        "Qanun imzalandı",
        "Prezident Azərbaycan ilə Özbəkistan arasında hərbi-texniki əməkdaşlıq haqqında sazişin təsdiq "
        "edilməsi barədə qanunu imzalayıb.")
    assert (kind, parties) == ("agreement_ratified", ("AZ", "UZ"))


def test_joint_exercise_started():
    kind, parties, _, _ = flagged_main(
        "Təlim", "Azərbaycan və Türkiyə silahlı qüvvələrinin \"Sarsılmaz qardaşlıq-2025\" birgə taktiki "
                 "təlimi başlayıb.")
    assert (kind, parties) == ("exercise", ("AZ", "TR"))


def test_wednesday_resolved_against_the_date_line():
    assert flagged_main(
        "Plan imzalanıb",
        "Tbilisi/05.03.25/Agentlik: Çərşənbə günü Tbilisidə Gürcüstan və Azərbaycanın müdafiə nazirləri "
        "2025-ci il üçün ikitərəfli əməkdaşlıq planını imzalayıblar.")[3] == "2025-03-05"


@pytest.mark.parametrize("title,text", [
    ("Sərhəd", "Azərbaycan və Gürcüstan dövlət sərhəd xidmətləri arasında 2026-cı il üçün əməkdaşlıq planı "
               "imzalanıb."),
    ("Polis", "Azərbaycan və Özbəkistan daxili işlər nazirləri polis əməkdaşlığı haqqında memorandum "
              "imzalayıblar."),
    ("FHN", "Azərbaycan və Türkiyə fövqəladə hallar nazirlikləri birgə təlim planı imzalayıblar."),
    ("Ticarət", "Azərbaycan və Qazaxıstan arasında ticarət və investisiya haqqında saziş imzalanıb."),
    ("MDB", "MDB üzv dövlətlərinin müdafiə nazirləri şurasının iclası keçirilib, 2026-cı il üçün birgə "
            "tədbirlər planı təsdiqlənib."),
    ("Gələcək", "Azərbaycan ilə İtaliya arasında hərbi əməkdaşlıq planının gələn ay imzalanacağı gözlənilir."),
    ("Üçtərəfli", "Azərbaycan, Türkiyə və Gürcüstan müdafiə nazirlərinin üçtərəfli görüşü keçirilib."),
    ('Silah',
     'Azərbaycan İsraildən yeni pilotsuz uçuş aparatları alıb.'),
    ('Sərhəd',
     'Azərbaycan və Rusiya sərhədçiləri arasında əməkdaşlıq protokolu imzalanıb.'),
    ('MDB',
     'MDB Müdafiə Nazirləri Şurasının növbəti iclası Moskvada keçirilib.'),
    ('Gələcək',
     'Azərbaycan və Pakistan arasında hərbi əməkdaşlıq planı yaxın vaxtlarda imzalanacaq.'),
])
def test_traps_are_not_flagged(title, text):
    not_flagged(title, text)


def test_old_signing_is_background():
    kind, parties, _, _ = flagged_main(
        "Görüş", "Azərbaycanın müdafiə naziri Qırğızıstanın səfirini qəbul edib. Görüşdə hərbi əməkdaşlıq məsələləri "
                 "müzakirə olunub. Xatırladaq ki, 2017-ci ildə iki ölkə arasında hərbi əməkdaşlıq haqqında "
                 "saziş imzalanıb.")
    assert (kind, parties) == ("talks", ("AZ", "KG"))


def test_news_feed_at_the_end_creates_no_event():
    not_flagged(
        "Hava",
        "Həftəsonu dağlıq rayonlarda güclü külək və qar gözlənilir.\n"
        "Xəbər lenti\n"
        "Azərbaycan və Gürcüstan hərbi əməkdaşlıq planı imzalayıb\n"
        "Qazaxıstan və Qırğızıstan birgə təlimə başlayıb")


@pytest.mark.parametrize("title,text,kind,parties", [
    ('Saziş',
     'Azərbaycan ilə Türkiyə arasında hərbi maliyyə əməkdaşlığı haqqında saziş imzalanıb.',
     'agreement_signed', ('AZ', 'TR')),
    ('Görüş',
     'Azərbaycanın müdafiə naziri türkiyəli həmkarı ilə görüşüb. Tərəflər hərbi əməkdaşlığın '
     'inkişafını müzakirə ediblər.',
     'talks', ('AZ', 'TR')),
    ('Plan',
     'Azərbaycanla Belarus arasında 2026-cı il üçün hərbi əməkdaşlıq planı imzalandı.',
     'plan_signed', ('AZ', 'BY')),
    ('Təlim',
     'Azərbaycan və Qazaxıstan hərbi dəniz qüvvələrinin birgə təlimi Xəzər dənizində keçirilib.',
     'exercise', ('AZ', 'KZ')),
    ('Protokol',
     'Azərbaycan və Gürcüstan müdafiə nazirlikləri arasında hərbi təhsil sahəsində əməkdaşlığa dair '
     'protokol imzalanıb.',
     'agreement_signed', ('AZ', 'GE')),
    ('Ratifikasiya',
     'Milli Məclis Azərbaycan ilə Türkiyə arasında müdafiə sahəsində əməkdaşlıq haqqında sazişi '
     'ratifikasiya edib.',
     'agreement_ratified', ('AZ', 'TR')),
    ('Plan',
     'Bakı və Ankara 2026-cı il üçün hərbi əməkdaşlıq planını imzalayıb.',
     'plan_signed', ('AZ', 'TR')),
    ('Görüş',
     'Müdafiə naziri Zakir Həsənov Gürcüstanın müdafiə nazirini qəbul edib. Görüşdə Azərbaycanla '
     'Gürcüstan arasında hərbi əməkdaşlıq müzakirə olunub.',
     'talks', ('AZ', 'GE')),
    ('Təlim',
     'Azərbaycan və Türkiyə ordularının birgə təlimləri Naxçıvanda başa çatıb.',
     'exercise', ('AZ', 'TR')),
    ('Saziş',
     'Azərbaycan Respublikasının Müdafiə Nazirliyi ilə Qazaxıstan Respublikasının Müdafiə Nazirliyi '
     'arasında hərbi təhsil sahəsində əməkdaşlıq haqqında saziş imzalanıb.',
     'agreement_signed', ('AZ', 'KZ')),
    ('Yol xəritəsi',
     'Azərbaycan və Özbəkistan müdafiə nazirlikləri hərbi əməkdaşlığa dair yol xəritəsi imzalayıblar.',
     'agreement_signed', ('AZ', 'UZ')),
])
def test_more_reports_of_each_kind(title, text, kind, parties):
    assert flagged_main(title, text)[:2] == (kind, parties)


def test_a_border_service_general_does_not_make_a_plan_defence():
    not_flagged(
        "Plan",
        "Azərbaycan Dövlət Sərhəd Xidməti ilə Gürcüstan Sərhəd Polisi arasında 2025-ci il üçün əməkdaşlıq "
        "planı imzalanıb. Sənədi general-leytenant Elçin Quliyev və Gürcüstan Sərhəd Polisinin rəisi "
        "imzalayıblar.")


def test_internal_troops_and_national_guard_are_not_defence():
    not_flagged("Plan", "Azərbaycan Daxili Qoşunları ilə Qazaxıstan Milli Qvardiyası arasında 2025-ci il "
                        "üçün əməkdaşlıq planı imzalanıb.")


def test_exercise_in_the_present_tense():
    assert flagged_main("Təlim", "Azərbaycan və Türkiyə hərbçiləri Naxçıvanda birgə təlim "
                                 "keçirirlər.")[:2] == ("exercise", ("AZ", "TR"))


@pytest.mark.parametrize("phrase", ["2025-ci ilə dair", "2025-ci ilə aid"])
def test_plan_year_with_dair_and_aid(phrase):
    assert flagged_main("Plan", f"Azərbaycan və Özbəkistan müdafiə nazirlikləri arasında {phrase} "
                                "ikitərəfli əməkdaşlıq planı imzalanıb.")[:3] == ("plan_signed", ("AZ", "UZ"), 2025)


def test_national_defence_university_with_no_state_is_azerbaijans():
    kind, parties, _, _ = flagged_main(
        "Memorandum imzalanıb",
        "Milli Müdafiə Universiteti ilə Türkiyə Respublikasının Milli Müdafiə Universiteti arasında "
        "tədris sahəsində əməkdaşlığa dair memorandum imzalanıb.")
    assert (kind, parties) == ("agreement_signed", ("AZ", "TR"))


def test_our_country_is_azerbaijan_in_the_azerbaijani_press():
    kind, parties, _, _ = flagged_main(
        "Müdafiə naziri səfiri qəbul edib",
        "Müdafiə naziri Belarus Respublikasının ölkəmizdəki səfirini qəbul edib. "
        "Görüşdə hərbi əməkdaşlığın perspektivləri müzakirə olunub.")
    assert (kind, parties) == ("talks", ("AZ", "BY"))


def test_roadmap_for_a_span_of_years_takes_its_first_year():
    kind, parties, year, _ = flagged_main(
        "Yol xəritəsi imzalanıb",
        "Azərbaycan və Pakistan müdafiə nazirlikləri arasında 2025-2027-ci illər üçün hərbi-texniki "
        "əməkdaşlıq üzrə Yol xəritəsi imzalanıb.")
    assert (kind, parties, year) == ("agreement_signed", ("AZ", "PK"), 2025)


def test_telephone_conversation_with_softened_stem_is_talks():
    # danışıq -> danışığı: the q softens to ğ before a vowel
    kind, parties, _, _ = flagged_main(
        "Müdafiə nazirləri arasında telefon danışığı olub",
        "Azərbaycanın müdafiə naziri Türkiyənin milli müdafiə naziri ilə telefonla danışıb. "
        "Nazirlər hərbi əməkdaşlığın vəziyyətini müzakirə ediblər.")
    assert (kind, parties) == ("talks", ("AZ", "TR"))


def test_an_exercise_that_begins_today_in_the_present_tense_is_under_way():
    kind, parties, _, _ = flagged_main(
        "", "Azərbaycan və Qazaxıstan quru qoşunlarının birgə taktiki təlimi bu gün Naxçıvanda başlayır.")
    assert (kind, parties) == ("exercise", ("AZ", "KZ"))


def test_headline_in_capitals_with_dotless_i():
    assert flagged_main("AZƏRBAYCAN VƏ TÜRKİYƏ ARASINDA HƏRBİ ƏMƏKDAŞLIQ PLANI İMZALANIB",
                        "Mərasim Bakıda keçirilib.")[:2] == ("plan_signed", ("AZ", "TR"))


# Issue 15: the verb's own tense decides, not a later clause's.
@pytest.mark.parametrize("text,kind,parties", [
    ("Azərbaycan və Türkiyə hərbçilərinin birgə təlimi Naxçıvanda başlayıb və 10 gün davam edəcək.",
     "exercise", ("AZ", "TR")),
    ("Azərbaycan və Türkiyə hərbçilərinin iştirakı ilə birgə taktiki təlim keçirilir, təlim mayın 5-dək davam "
     "edəcək.", "exercise", ("AZ", "TR")),
    ("Azərbaycan və Qazaxıstan müdafiə nazirləri görüşüb, gələcəkdə keçiriləcək birgə təlimləri müzakirə "
     "ediblər.", "talks", ("AZ", "KZ")),
])
def test_azerbaijani_event_told_as_done_beside_a_plan_for_later(text, kind, parties):
    assert conftest.flagged_main("", text, lang="az")[:2] == (kind, parties)


def test_azerbaijani_meeting_tomorrow_is_no_event():
    conftest.assert_not_flagged("", "Azərbaycan və Türkiyə müdafiə nazirləri sabah Bakıda görüşəcək.", lang="az")
