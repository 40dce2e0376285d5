"""Arabic probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "ar"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "توقيع اتفاقية", "وقع وزيرا الدفاع في مصر والسعودية أمس اتفاقية للتعاون العسكري.",
     ("agreement_signed", "EG SA")),
    ("passive", "مذكرة تفاهم", "تم توقيع مذكرة تفاهم للتعاون الدفاعي بين الأردن والإمارات في عمان.",
     ("agreement_signed", "AE JO")),
    ("plan for a year", "خطة", "وقعت وزارتا الدفاع في تونس والجزائر خطة التعاون العسكري لعام 2025.",
     ("plan_signed", "DZ TN", 2025)),
    ("talks", "لقاء", "التقى وزير الدفاع العراقي نظيره الأردني لبحث التعاون العسكري بين البلدين.",
     ("talks", "IQ JO")),
    ("exercise", "تمرين", "انطلقت اليوم فعاليات التمرين العسكري المشترك بين القوات المسلحة المصرية "
     "والسعودية.", ("exercise", "EG SA")),
    ("present with a coming weekday", "الاثنين", "يوقع وزيرا الدفاع في مصر والسعودية يوم الاثنين اتفاقية "
     "للتعاون العسكري.", None),
    ("future", "سيوقعان", "سيوقع وزيرا الدفاع في قطر وتركيا يوم الاثنين اتفاقية للتعاون العسكري.", None),
    ("draft approved", "مشروع", "وافق مجلس الوزراء على مشروع اتفاقية التعاون العسكري بين مصر والسودان.", None),
    ("arms purchase", "صفقة", "وقعت وزارة الدفاع المصرية مع فرنسا صفقة لشراء طائرات رافال.", None),
    ("trilateral", "ثلاثي", "انطلق التمرين الثلاثي بين مصر واليونان وقبرص.", None),
]

test_probe = probe_grid(LANG, PROBES)
