"""Arabic probes, written for these tests: the verb first, names with the conjunction, preposition
or article written onto them (والأردن, بالقاهرة, الإماراتي), and the usual traps."""

from datetime import date
from functools import partial

from tests.monitor.classify import conftest

flagged_main = partial(conftest.flagged_main, lang="ar")
not_flagged = partial(conftest.assert_not_flagged, lang="ar")


def test_memorandum_signed_verb_first():
    kind, parties, _, _ = flagged_main(
        "تعاون عسكري", "وقع وزيرا الدفاع في مصر والأردن مذكرة تفاهم للتعاون العسكري بين البلدين.")
    assert (kind, parties) == ("agreement_signed", ("EG", "JO"))


def test_plan_for_a_year_with_nisba_adjectives():
    assert flagged_main(
        "خطة", "وقع الجانبان السعودي والباكستاني خطة التعاون العسكري لعام 2026 في الرياض.")[:3] == \
        ("plan_signed", ("PK", "SA"), 2026)


def test_parliament_ratifies():
    kind, parties, _, _ = flagged_main(
        "البرلمان", "صادق مجلس النواب على اتفاقية التعاون الدفاعي بين العراق وفرنسا.")
    assert (kind, parties) == ("agreement_ratified", ("FR", "IQ"))


def test_ministers_meet():
    kind, parties, _, _ = flagged_main(
        "لقاء", "التقى وزير الدفاع الكويتي نظيره التركي في أنقرة وبحثا سبل تعزيز التعاون العسكري.")
    assert (kind, parties) == ("talks", ("KW", "TR"))


def test_joint_exercise():
    kind, parties, _, _ = flagged_main(
        "تمرين", "انطلقت فعاليات التمرين العسكري المشترك بين القوات البحرية السعودية والمصرية في البحر الأحمر.")
    assert (kind, parties) == ("exercise", ("EG", "SA"))


def test_interior_ministry_protocol_is_not_defence():
    not_flagged("أمن", "وقع وزيرا الداخلية في تونس والجزائر بروتوكول تعاون في مجال حماية الحدود.")


def test_a_signing_still_to_come_is_not_flagged():
    not_flagged("مرتقب", "سيوقع وزيرا الدفاع في قطر وإيطاليا الأسبوع المقبل اتفاقية للتعاون العسكري.")


def test_an_exercise_that_begins_today():
    assert flagged_main("مناورات", "تبدأ اليوم مناورات عسكرية مشتركة بين القوات المصرية والسعودية.",
                        published=date(2025, 3, 6)) == ("exercise", ("EG", "SA"), None, "2025-03-06")
