"""Arabic lexicon: state names and nisba adjectives (مصر, المصري, والإماراتي), capitals, and the
verbs Arabic outlets use for signing (وقع, توقيع, أبرم), ratifying (صادق, التصديق), meeting (التقى,
بحث, استقبل) and exercising (تمرين, مناورات).

Arabic writes the conjunction و, the prepositions ب, ل, ك, ف and the article ال as part of the
word ("وبين", "للإمارات", "بالقاهرة"), and many writers drop the hamza of أ/إ: each name and noun
here is written once, and its prefixed and hamza-less forms are added at import. Arabic puts the
verb first ("وقع وزيرا الدفاع ... اتفاقية"); the rules read a sentence's cues regardless of order.
Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend

# Clitics written before a word: conjunctions, prepositions, the article and their combinations.
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "ال", "وال", "فال", "بال", "كال", "لل", "ولل", "وب", "ول", "وك")


def _hamzaless(entry: str) -> str:
    return entry.replace("أ", "ا").replace("إ", "ا").replace("آ", "ا")


def _forms(*stems: str) -> tuple:
    """Each stem with every clitic before it, and without its hamza."""
    out: list = []
    for stem in stems:
        for prefix in _PREFIXES:
            if prefix.endswith("ل") and prefix != "ال" and stem.startswith("ال"):
                continue
            for form in (prefix + stem, _hamzaless(prefix + stem)):
                if form not in out:
                    out.append(form)
    return tuple(out)


def _words(*words: str) -> tuple:
    """Phrases whose first word may carry a conjunction or preposition ("ووزير الدفاع")."""
    out: list = []
    for word in words:
        forms = [prefix + word for prefix in ("", "و", "ف", "ب", "ل")]
        if word.startswith("ال"):
            # ل before the article merges with it: "للدفاع المدني", not "لالدفاع"
            forms = [form for form in forms if not form.startswith("لال")] + ["لل" + word[2:], "ولل" + word[2:]]
        for form in (variant for form in forms for variant in (form, _hamzaless(form))):
            if form not in out:
                out.append(form)
    return tuple(out)


LEXICON = {
    "stopwords": ("في", "من", "على", "إلى", "الى", "أن", "ان", "التي", "الذي", "مع", "عن", "هذا", "هذه", "بين",
                  "وقد", "كما", "خلال", "قد", "تم", "أو", "ذلك", "حيث"),
    "countries": {
        "EG": _forms("مصر", "مصري*"), "AE": _forms("إمارات*", "إماراتي*") + ("دولة الإمارات",),
        "SA": _forms("سعودي*", "سعودية"), "QA": _forms("قطر", "قطري*"), "JO": _forms("أردن*"),
        "IQ": _forms("عراق*"), "SY": _forms("سوريا", "سورية", "سوري", "سوريين"), "LB": _forms("لبنان*"),
        "LY": _forms("ليبيا", "ليبي*"), "TN": _forms("تونس*"), "DZ": _forms("جزائر*"), "MA": _forms("مغرب*"),
        "SD": _forms("سودان*"), "YE": _forms("يمن", "يمني*"), "OM": _forms("سلطنة عمان", "عماني*"),
        "KW": _forms("كويت*"), "BH": _forms("بحرين*"), "PS": _forms("فلسطين*"), "MR": _forms("موريتاني*"),
        "TR": _forms("تركيا", "تركي", "تركية", "تركيين", "أتراك"), "IR": _forms("إيران*"),
        "IL": _forms("إسرائيل*"), "US": _forms("ولايات المتحدة", "أمريكا", "أمريكي*", "أميركا", "أميركي*"),
        "GB": _forms("بريطانيا", "بريطاني*", "مملكة المتحدة"), "FR": _forms("فرنس*"),
        "DE": _forms("ألمانيا", "ألماني*"), "IT": _forms("إيطاليا", "إيطالي*"), "RU": _forms("روسيا", "روسي", "روسية"),
        "CN": _forms("صين", "صيني*"), "IN": _forms("هند", "هندي", "هندية"), "PK": _forms("باكستان*"),
        "GR": _forms("يونان*"), "CY": _forms("قبرص*"), "AZ": _forms("أذربيجان*"), "GE": _forms("جورجيا", "جورجي", "جورجية"),
        "AM": _forms("أرمينيا", "أرميني*"), "KZ": _forms("كازاخستان*", "كازاخ*"), "UZ": _forms("أوزبكستان*", "أوزبك*"),
        "UA": _forms("أوكرانيا", "أوكراني*"), "BY": _forms("بيلاروس*"), "ES": _forms("إسبانيا", "إسباني*"),
        "PT": _forms("برتغال*"), "PL": _forms("بولندا", "بولندي*"), "RO": _forms("رومانيا", "روماني*"),
        "BG": _forms("بلغاريا", "بلغاري*"), "RS": _forms("صربيا", "صربي*"), "NE": _forms("نيجر"), "TD": _forms("تشاد*"),
        "SN": _forms("سنغال*"), "ET": _forms("إثيوبيا", "إثيوبي*"), "SO": _forms("صومال*"),
        "NG": _forms("نيجيري*"), "ID": _forms("إندونيسي*"), "MY": _forms("ماليزي*"), "JP": _forms("يابان*"),
        "KR": _forms("كوريا الجنوبية"), "NL": _forms("هولندا", "هولندي*"), "BE": _forms("بلجيكا"),
        "CA": _forms("كندا", "كندي*"), "AU": _forms("أستراليا", "أسترالي*"), "BR": _forms("برازيل*"),
        "AF": _forms("أفغانستان*", "أفغاني*"), "DJ": _forms("جيبوتي"), "KM": _forms("جزر القمر"),
        "BD": _forms("بنغلاديش*"),
    },
    "capitals": {"EG": _forms("قاهرة"), "AE": _forms("أبوظبي", "أبو ظبي"), "SA": _forms("رياض"),
                 "QA": _forms("دوحة"), "IQ": _forms("بغداد"), "SY": _forms("دمشق"),
                 "LB": _forms("بيروت"), "LY": _forms("طرابلس"), "DZ": _forms("جزائر العاصمة"), "MA": _forms("رباط"),
                 "TN": _forms("تونس العاصمة"), "US": _forms("واشنطن"), "RU": _forms("موسكو"),
                 "TR": _forms("أنقرة"), "IR": _forms("طهران"), "FR": _forms("باريس"), "GB": _forms("لندن"),
                 "CN": _forms("بكين"), "SD": _forms("خرطوم"), "YE": _forms("صنعاء"), "OM": _forms("مسقط"),
                 "BH": _forms("منامة")},
    "blocs": {"NATO": _forms("ناتو", "حلف شمال الأطلسي") + ("=NATO",), "EU": _forms("اتحاد الأوروبي"),
              "CIS": _forms("رابطة الدول المستقلة"), "SCO": _forms("منظمة شنغهاي*")},
    "multilateral": _forms("ثلاثي*", "متعدد* الأطراف", "متعددة الجنسيات", "دول الأعضاء", "ثلاث دول", "أربع دول", "خمس دول", "ست دول", "سبع دول", "ثماني دول", "ثمان دول", "تسع دول", "عشر دول", "عدة دول", "دول عدة", "جامعة الدول العربية", "مجلس التعاون الخليجي",
                           "# دولة", "# دول"),
    "bilateral": _forms("ثنائي*", "بلدين", "جانبين", "دولتين", "طرفين", "وزيرا الدفاع", "وزيري الدفاع"),
    "between": _forms("بين"),
    "counterpart": _forms("نظير*", "جانبين", "طرفين", "ضيف*") + _words("مع وزير", "مع رئيس أركان", "مع قائد"),
    "sidelines": _forms("هامش", "على هامش"),
    "sign": _forms("وقع", "وقعا", "وقعت", "وقعتا", "وقعوا", "وقّع", "وقّعا", "وقّعت", "توقيع", "يوقع", "يوقعان",
                   "أبرم", "أبرما", "أبرمت", "إبرام", "جرى توقيع", "تم توقيع", "توقعان",
                   "جددا", "تجديد"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    "approve": _forms("وافق", "وافقت", "موافقة", "أقر", "أقرت", "إقرار", "اعتمد", "اعتمدت"),
    # A step on the way to ratification (a parliament's committee), not the act (rules.ratification_step).
    "stage": _forms("لجنة", "لجان"),
    "ratify": _forms("صادق", "صادقت", "مصادقة", "تصديق", "صدق", "صدقت", "مرسوم", "قانون التصديق"),
    # The procedure named, not done ("the law on ratifying it", "a bill for its ratification"): it ratifies only
    # beside a verb of approval (rules.ratified_by_verb).
    "ratify_noun": _forms("مصادقة", "تصديق", "قانون التصديق"),
    "authority": _forms("برلمان*", "مجلس النواب", "مجلس الشعب", "مجلس الشورى", "مجلس الأمة", "مجلس الوزراء",
                        "حكومة", "رئيس الجمهورية", "رئيس الدولة", "قانون", "كنيست", "نواب"),
    "plan_nouns": _forms("خطة", "خطط", "خطة عمل", "خطة التعاون"),
    "programme_nouns": _forms("برنامج*", "برامج"),
    "agreement_nouns": _forms("اتفاق*", "مذكرة تفاهم", "مذكرات تفاهم", "مذكرة", "مذكرتي", "بروتوكول*",
                              "معاهدة", "عقود", "خارطة طريق", "خريطة طريق", "إعلان نوايا", "خطاب نوايا",
                              "رسالة نوايا", "ترتيب*", "ميثاق"),
    "generic_doc_nouns": _forms("وثيقة", "وثائق"),
    "meeting": _forms("التقى", "التقت", "التقيا", "لقاء", "اجتماع*", "اجتمع", "اجتمعا", "مباحثات", "محادثات",
                      "بحث", "بحثا", "بحثت", "استقبل", "استقبلت", "زيارة", "زار", "مشاورات", "اتصال* هاتفي*",
                      "اتصالا هاتفيا", "مكالمة هاتفية", "ناقش", "ناقشا", "مناقشة", "عقد", "عقدا", "عقدت", "لجنة عسكرية مشتركة",
                      "لجنة مشتركة"),
    "exercise": _forms("تمرين", "تمرينا", "تمارين", "تمرينات", "مناورة", "مناورات", "تدريب مشترك", "تدريبات",
                       "تدريبا", "تدريباً"),
    "conduct": _forms("تبدأ", "يبدأ", "ينطلق", "بدأ", "بدأت", "بدء", "انطلق", "انطلقت", "انطلاق", "اختتام", "اختتم", "اختتمت", "ختام",
                      "نفذ", "نفذت", "تنفيذ", "أجرى", "أجرت", "إجراء", "تجري", "يجري", "جرت", "أقيم", "أقيمت",
                      "تنطلق", "تستمر", "يشارك", "تشارك", "شارك", "شاركت", "مشاركة", "فعاليات"),
    "discussion": _forms("آفاق", "دعوة", "دعا"),
    "defence_actor": _words("وزير الدفاع", "وزيرا الدفاع", "وزيري الدفاع", "وزراء الدفاع", "وزارة الدفاع",
                            "وزير الحربية", "القوات المسلحة", "الجيش", "الجيشان", "الجيشين", "جيش", "جيشا",
                            "رئيس الأركان", "رئيس أركان", "هيئة الأركان", "الأركان العامة", "القوات البحرية",
                            "القوات الجوية", "القوات البرية", "القوات الخاصة", "البحرية", "الملحق العسكري",
                            "وفد عسكري", "الصناعات الدفاعية", "الصناعات العسكرية", "متحدث عسكري",
                            "المتحدث العسكري", "المتحدث باسم الجيش"),
    # A commander ("قائد") is also the border guard's, the police's or the coast guard's: it leans a
    # sentence towards defence but does not outweigh a civilian actor (as in tr).
    "defence_topic": _forms("عسكري*", "دفاع*", "دفاعي*", "قوات", "جنود", "تسليح", "أسلحة", "قائد*"),
    "civil_actor": _words("وزير الداخلية", "وزيرا الداخلية", "وزيري الداخلية", "وزارة الداخلية", "الداخلية",
                          "الشرطة", "شرطة", "الأمن العام", "الأمن الوطني", "حرس الحدود", "الجمارك", "الخارجية",
                          "وزير الخارجية", "الدفاع المدني", "الحماية المدنية", "المخابرات", "الاستخبارات",
                          "خفر السواحل", "إنفاذ القانون"),
    "civil_topic": _forms("طاقة", "نفط*", "غاز", "تجار*", "اقتصاد*", "استثمار*", "سياح*", "صحة", "صحي*",
                          "تعليم*", "ثقاف*", "رياض*", "كرة القدم", "نقل", "زراع*", "عقوبات", "بيانات شخصية",
                          "إرهاب", "جريمة", "مخدرات", "هجرة"),
    "company": _forms("شركة", "شركات", "مجموعة"),
    "future": _words(
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:اتفق\\w*\\s+(?:\\S+\\s+){0,4}?على\\s+(?:توقيع|التوقيع)", "re:واتفق\\w*\\s+(?:\\S+\\s+){0,4}?على\\s+(?:توقيع|التوقيع)", "re:يتفق\\w*\\s+(?:\\S+\\s+){0,4}?على\\s+(?:توقيع|التوقيع)",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:وافق\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:يوافق\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:موافق\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:الموافقة\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:قرار\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:مرسوم\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:تفويض\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:أذن\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:الإذن\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)", "re:فوض\\w*\\s+(?:\\S+\\s+){0,3}?(?:على\\s+)?(?:توقيع|بتوقيع|التوقيع|لتوقيع)",
               "غدا", "غداً", "سوف", "سيتم", "ستتم", "سيوقع", "ستوقع", "سيوقعان", "سيجري", "ستجري", "سيعقد", "ستعقد",
                     "سيلتقي", "ستلتقي", "سيبحث", "ستنطلق", "ستبدأ", "سيبدأ", "سينفذ", "ستنفذ", "يعتزم",
                     "تعتزم", "يعتزمان", "المقرر", "من المقرر", "مقرر", "المرتقب", "المرتقبة", "مرتقب",
                     "مرتقبة", "المزمع", "المزمعة", "المقبل", "المقبلة", "القادم", "القادمة", "لتوقيع",
                     "تمهيدا", "مقترح", "اقتراح"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    # ("في" alone is left out: "القوات المسلحة في مصر" is the armed forces of Egypt)
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": _forms("مشترك", "مشتركة"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": _words("مع"),
    "venue": _forms("على أراضي"),
    "draft": _forms("مشروع", "مسودة"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("re:الذكرى\\s+\\S+\\s+ل?توقيع", "re:(?:قبل|منذ)\\s+\\d+\\s+(?:عام|عاما|سنة|سنوات)"),
    "background": _words(
                         # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                         "قبل * سنوات", "قبل * عاما", "قبل * عامًا", "ذكرى توقيع", "الذكرى * لتوقيع",
                         "سابقا", "سابقاً", "في وقت سابق", "العام الماضي", "العام المنصرم", "مؤخرا",
                         "مؤخرًا", "مؤخراً", "منذ"),
    "reporting": _words("قال", "قالت", "أعلن", "أعلنت", "أفاد", "أفادت", "ذكر", "ذكرت", "أوضح", "أوضحت",
                        "وفق", "وفقا", "وفقاً", "حسب", "بيان", "أكد", "أكدت"),
    "start": _words("بدأ", "بدأت", "انطلق", "انطلقت", "انطلاق", "افتتاح", "افتتح"),
    "date_joiners": (),
    "range_words": ("إلى", "الى", "حتى", "و"),
    "months": {"يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "آذار": 3, "أبريل": 4,
               "ابريل": 4, "إبريل": 4, "نيسان": 4, "مايو": 5, "أيار": 5, "يونيو": 6, "يونيه": 6, "حزيران": 6,
               "يوليو": 7, "يوليه": 7, "تموز": 7, "أغسطس": 8, "اغسطس": 8, "آب": 8, "سبتمبر": 9, "أيلول": 9,
               "أكتوبر": 10, "اكتوبر": 10, "تشرين الأول": 10, "نوفمبر": 11, "تشرين الثاني": 11, "ديسمبر": 12,
               "كانون الأول": 12},
    # The imperfect of the act verbs: with a day to come, the act is announced ("يوقع ... يوم الاثنين").
    "present": _forms("يوقع", "يوقعان", "توقع", "توقعان", "يبرم", "يبرمان", "يصادق"),
    # Time words that point ahead.
    "coming": _forms("الأسبوع المقبل", "الشهر المقبل", "غدا", "غداً", "الأيام المقبلة"),
    "weekdays": {"الاثنين": 0, "الإثنين": 0, "الثلاثاء": 1, "الأربعاء": 2, "الاربعاء": 2, "الخميس": 3,
                 "الجمعة": 4, "السبت": 5, "الأحد": 6, "الاحد": 6},
    "today": ("اليوم",),
    "yesterday": ("أمس", "امس", "بالأمس"),
    "plan_year": (r"(?<!\w)(?:ل|لل)?(?:عام|العام|سنة) (20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|و|إلى|الى)\s*20\d\d\b"),
    "story_end": ("أخبار ذات صلة", "الأكثر قراءة", "تعليقات", "شارك*", "آخر الأخبار", "اخر الأخبار",
                  "مواضيع ذات صلة", "الوسوم"),
    "story_skip": (),
    "story_aside": ("اقرأ أيضا", "اقرأ أيضاً", "إقرأ أيضا", "إقرأ أيضاً", "اقرأ ايضا", "اقرأ المزيد",
                    "ذات صلة"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("هاتف*", "الهاتف*", "بالهاتف*", "هاتفي*", "هاتفيا", "هاتفية")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("تعاون", "التعاون", "والتعاون", "بالتعاون", "علاقات", "العلاقات", "والعلاقات",
                          "شراكة", "الشراكة")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("الأوضاع", "الوضع", "أوضاع", "الحرب", "حرب", "النزاع", "الصراع", "الأزمة", "أزمة",
                     "التصعيد")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = _forms("وقف إطلاق النار", "هدنة", "الأسرى", "أسرى", "مفاوضات السلام", "اتفاق السلام",
                               "خفض التصعيد")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("مفاوضات", "المفاوضات", "التفاوض", "للتفاوض", "بالتفاوض")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("معايير", "لمعايير", "بمعايير", "المعايير")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("في إطار", "بموجب", "وفقا ل*", "وفقاً ل*")
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = _forms("سفير", "سفيرة", "سفارة")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = _forms("ألغى", "ألغت", "إلغاء", "علق", "علقت", "تعليق", "انسحب", "انسحبت", "الانسحاب",
                              "أنهى", "أنهت", "إنهاء", "فسخ")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("هنأ", "هنّأ", "تهنئة", "التهنئة", "تهاني", "التهاني", "تعازي", "التعازي", "تعزية",),
    "habitual": ("# مرات", "مرارا", "مراراً", "بانتظام",),
    "future": ("تأجيل", "أرجئ", "أرجأ", "أرجأت",),
    "civil_actor": ("وزير الاقتصاد", "وزير المالية", "وزير الصحة", "وزير التعليم", "وزير التجارة",
                    "وزير العدل",),
    "submission": ("أحال", "أحالت", "إحالة",),
    "settlement": ("حفظ السلام", "رهائن", "الرهائن",),
    "works": ("مصنع", "المصنع", "مصانع",),
    "other_law": ("تعديل", "تعديلات", "الموازنة", "الميزانية",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('مسابقة', 'مسابقات', 'منافسة', 'منافسات', 'بطولة', 'بطولات', 'أولمبياد', 'مهرجان', 'ألعاب', 'عرض عسكري', 'كأس')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("مواطن", "مواطنا", "مواطنًا", "مواطنة", "مواطنين", "مواطني", "المواطن", "المواطنين", "الجنسية",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): Mali, not the adjective "financial" ---
# "مالي" is Mali and the adjective "financial" ("دعم مالي"): CLDR's name is left out (cldr.COMMON_WORDS) and the
# state read only where a preposition or "Republic"/"state" governs the word, which an adjective never follows
# ("في مالي", "إلى مالي", "جمهورية مالي", "بمالي"), or the demonym after a counterpart; "ومالي" stays out ("military
# and financial support").
LEXICON["countries"]["ML"] = tuple(LEXICON["countries"].get("ML", ())) + (
    "re:(?:" + "|".join(f"(?<={word} )" for word in ("في", "إلى", "الى", "من", "مع", "جمهورية", "دولة", "حكومة"))
    + ")مالي", "بمالي", "لمالي",
    # a counterpart is Malian, never "financial" ("نظيره المالي")
    "re:(?:(?<=نظيره )|(?<=نظيرها ))المالي",)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("توديع", "توديعية", "وداع", "وداعية", "الوداع", "زيارة تعارف", "التعارف",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("طلاب", "طلبة", "الطلاب", "الطلبة", "صحفيين", "الصحفيين", "صحفيون", "إعلاميين", "الإعلاميين",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("صورة أرشيفية", "صورة من الأرشيف", "صورة ارشيفية",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("قرض", "القرض", "قروض", "اتفاقية قرض",)}
extend(LEXICON, _LOANS)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('عاجل', 'خبر عاجل', 'آخر الأخبار', 'مباشر')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'وزارة الصحة', 'وزير الصحة', 'وزيرة الصحة', 'وزارة التربية',
    'وزير التربية', 'وزارة التعليم', 'وزير التعليم', 'وزارة الثقافة',
    'وزير الثقافة', 'وزارة الشؤون الاجتماعية', 'وزير الشؤون الاجتماعية', 'وزارة التضامن',
    'وزارة العمل', 'وزير العمل', 'وزارة المالية', 'وزير المالية',
    'وزارة العدل', 'وزير العدل', 'وزارة الزراعة', 'وزير الزراعة',
    'وزارة الشباب والرياضة', 'وزير الشباب والرياضة', 'وزارة الأسرة',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): an act that may happen ---
# "قد" before an imperfect verb tells a possibility ("قد توقعان اتفاقية", they may sign an agreement: an analysis, not
# a report); before a perfect verb it tells a thing done ("قد وقعا", they had signed), so only the imperfect of the act,
# meeting and exercise verbs is listed. "يمكن أن" and "من الممكن أن" (it is possible that) likewise (rules.announced_not_done).
_POSSIBLE_ACTS = {"future": _words("قد يوقع", "قد توقع", "قد يوقعان", "قد توقعان", "قد يبرم", "قد تبرم", "قد يعقد",
                                   "قد تعقد", "قد يجري", "قد تجري", "قد يلتقي", "قد تلتقي", "قد يصادق", "قد تصادق",
                                   "يمكن أن", "من الممكن أن", "ربما")}
extend(LEXICON, _POSSIBLE_ACTS)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('الجالية', 'جالية', 'للجالية', 'بالجالية', 'أبناء الجالية')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('النواب', 'نواب', 'البرلمانيين', 'برلمانيين', 'أعضاء البرلمان', 'أعضاء مجلس النواب')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('إكليل', 'إكليلا', 'أكاليل', 'اكليل', 'اكاليل')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + _forms("جمهورية كوريا")

# --- Recall (c1, s12): "joint" closing a chain of adjectives ---
# Arabic puts adjectives after the noun, "joint" last: "التدريب البحري السعودي الباكستاني المشترك" (the joint Saudi-
# Pakistani naval training) is joint training as "تدريب مشترك" is, with the service and the states between.
LEXICON["exercise"] += ("re:(?:التدريب|تدريب|والتدريب|بالتدريب|للتدريب)(?:\\s+\\S+){1,4}?\\s+(?:ال)?مشترك\\w*",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:محادثات|المحادثات|مباحثات|المباحثات|مشاورات|المشاورات)\\s+(?:[\\w'-]+\\s+){0,12}?(?:حول|بشأن|عن)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("هيئتي الأركان", "هيئات الأركان",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": _forms("خلال اللقاء", "خلال الاجتماع", "خلال المباحثات", "التقى", "التقيا", "التقت", "استقبل", "استقبلت", "بحث", "بحثا", "عقدا", "عقدت", "جرت", "جرى", "زار"),
                 "future": _forms("اتفقا على", "اتفق الجانبان على", "اتفقوا على", "اتفق الطرفان على")}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("أجرى الوزير اتصالا") names the outlet's own minister, as its press names
# its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's state
# and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("الوزير", "الوزيرة",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("تدربت قوات الإمارات وفرنسا على القتال") tells troops exercising: with the two
# states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("تدربت", "تدربوا", "تدرب")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("برنامج التعاون العسكري للعام المقبل") binds it to a year: a plan
# under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a future word
# inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("للعام المقبل", "للعام القادم", "للسنة المقبلة", "للسنة القادمة")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Precision (lead, s14): a crisis word joined to "and" ---
# "بحث التعاون العسكري والوضع في السودان": the crisis word written with the conjunction و is still the crisis whose
# place is no party (facts._drop_places_of_crises; a call about it, detect._call_about_something_else).
_CRISES_AFTER_AND = {"crisis": ("والوضع", "والأوضاع", "والحرب", "والنزاع", "والصراع", "والأزمة", "والتصعيد")}
extend(LEXICON, _CRISES_AFTER_AND)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": _words("طلعات جوية مشتركة", "طلعات مشتركة", "رحلات جوية مشتركة"),
                            "civil_topic": _words("شركة طيران", "شركات الطيران", "الخطوط الجوية")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": _words("مشاورات عسكرية", "المشاورات العسكرية", "مشاورات دفاعية")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("وزير الداخلية", "وزارة الداخلية", "الشرطة", "الجمارك", "حرس الحدود", "الدفاع المدني", "الأمن العام", "الحماية المدنية")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("تدخل حيز التنفيذ بعد التصديق عليها"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("بعد التصديق عليها", "بعد التصديق عليه", "بعد التصديق", "بعد المصادقة عليها", "بعد المصادقة عليه", "بعد المصادقة", "يخضع للتصديق", "تخضع للتصديق",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as the Arabic press names them: nisba adjectives
# its names do not start ("الكيني", "التشيلي", "الجنوب أفريقي"), and capitals the press names as their governments
# ("بريتوريا", "جاكرتا"), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "KE": _forms("كيني", "كينية"), "CL": _forms("تشيلي", "تشيلية", "شيلي", "شيلية"), "VN": _forms("فيتنامي*"),
    "ZA": _forms("جنوب أفريقي", "جنوب أفريقية", "جنوب إفريقي", "جنوب إفريقية", "جنوب أفريقيا", "جنوب إفريقيا"),
    "PH": _forms("فلبيني*"), "TH": _forms("تايلاندي*"), "MX": _forms("مكسيكي*"), "AR": _forms("أرجنتيني*"),
}, "capitals": {
    "ZA": _forms("بريتوريا"), "AU": _forms("كانبرا"), "ID": _forms("جاكرتا"), "NG": _forms("أبوجا"),
    "KE": _forms("نيروبي"), "IN": _forms("نيودلهي"), "PK": _forms("إسلام آباد"), "JP": _forms("طوكيو"),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): the joint defence commissions of its pairs ---
# The standing commissions in which two defence establishments meet ("اللجنة العسكرية المشتركة"): a defence body,
# whose meeting is the two states' defence talks (detect._talks).
_REST_OF_WORLD_BODIES = {"defence_actor": _words("اللجنة العسكرية المشتركة", "لجنة التعاون العسكري",
                                                 "اللجنة المشتركة للتعاون العسكري", "لجنة الدفاع المشتركة")}
extend(LEXICON, _REST_OF_WORLD_BODIES)

# --- The rest of the world (c4, s15; issue 15): CLDR's names with Arabic's clitics ---
# Arabic writes "and", "in", "to" and the article onto a name ("كينيا وأوغندا", "بإندونيسيا"): CLDR's names, which the
# module's own entries above carry with their clitics, take them too, so that the second state of a pair is read.
# Where CLDR's name ends a phrase (the module's "ولايات المتحدة"), its entry stands as CLDR writes it.
def _cldr_with_clitics() -> dict:
    from monitor.classify import cldr

    return {code: _forms(*dict.fromkeys(entry.lstrip("=") for _, entry in pairs))
            for code, pairs in cldr.state_names("ar").items()}


for _code, _names in _cldr_with_clitics().items():
    LEXICON["countries"][_code] = tuple(dict.fromkeys(tuple(LEXICON["countries"].get(_code, ())) + _names))
