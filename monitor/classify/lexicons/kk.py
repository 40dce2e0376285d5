"""Kazakh lexicon, in Cyrillic and in the Latin alphabet of 2018 (egemen.kz and others publish both):
state names as stems (Kazakh adds its case endings to the name: Қазақстанның, Ресеймен,
Өзбекстанға), demonyms, capitals, and the forms Kazakh outlets use for "signed" (қол қойды, қол
қойылды), "approved" (бекітілді), "met" (кездесті), "held" (өтті, өткізілді) and the exercise
(жаттығу).

Kazakh puts the verb last, so only finite future forms (қол қойылады, өткізіледі) and "planned" mark
an act as not yet done; "алдағы" (coming) often qualifies the period a signed plan covers and is no
future marker here. Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

_MONTH_STEMS = ("қаңтар|ақпан|наурыз|сәуір|мамыр|маусым|шілде|тамыз|қыркүйек|қазан|қараша|желтоқсан|"
                "qańtar|aqpan|naýryz|sáýir|mamyr|maýsym|shilde|tamyz|qyrkúıek|qazan|qarasha|jeltoqsan")

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "әскери диалог*", "әскери ынтымақтастық жөніндегі жұмыс тоб*",
    "қорғаныс ынтымақтастығы жөніндегі жұмыс тоб*", "әскери ынтымақтастық жөніндегі комиссия*",
)

LEXICON = {
    "stopwords": ("және", "мен", "бен", "пен", "бұл", "үшін", "деп", "болып", "арасында", "туралы",
                  "бойынша", "сондай-ақ", "осы", "жылы", "екі",
                  # Latin script (no "men"/"ben": English words)
                  "jáne", "úshin", "týraly", "boıynsha", "arasynda", "bolyp", "sondaı-aq", "jyly"),
    "countries": {
        "KZ": ("қазақстан*", "қазақ", "қазақтың", "=ҚР", "qazaqstan*", "qazaq",
               # the press names its own ministry without the state ("Қорғаныс министрі ... кездесті");
               # another state's comes after its name ("Өзбекстанның қорғаныс министрі")
               "re:қорғаныс министр(?<!\\w қорғаныс министр)\\w*", "re:qorǵanys ministr(?<!\\w qorǵanys ministr)\\w*"),
        "RU": ("ресей*", "=РФ", "орыс", "reseı*", "resei*"),
        "UZ": ("өзбекстан*", "өзбек*", "ózbekstan*", "özbekstan*", "ózbek*"),
        "KG": ("қырғызстан*", "қырғыз*", "qyrǵyzstan*", "qyrğyzstan*"),
        "TJ": ("тәжікстан*", "тәжік*", "tájikstan*"), "TM": ("түрікменстан*", "түрікмен*", "túrikmenstan*"),
        "AZ": ("әзірбайжан*", "әзербайжан*", "ázirbaıjan*", "ázerbaıjan*", "äzerbaijan*"),
        "TR": ("түркия*", "түрік", "túrkıa*", "türkia*"), "CN": ("қытай*", "=ҚХР", "qytaı*"),
        "US": ("=АҚШ", "америка*", "=AQSh", "=AQŞ", "amerıka*"),
        "UA": ("украина*", "ýkraına*", "ukraina*"), "BY": ("беларусь*", "беларус*", "belarýs*"),
        "AM": ("армения*", "armenıa*"), "GE": ("грузия*", "grýzıa*"), "MN": ("моңғолия*", "mońǵolıa*"),
        "IN": ("үндістан*", "úndistan*"), "PK": ("пәкістан*", "pákistan*"), "IR": ("иран*", "ıran*"),
        "AF": ("ауғанстан*", "aýǵanstan*"), "DE": ("германия*", "germanıa*"), "FR": ("франция*", "fransıa*"),
        "GB": ("ұлыбритания*", "британия*", "ulybrıtanıa*"), "IT": ("италия*", "ıtalıa*"),
        "PL": ("польша*", "polsha*"), "HU": ("венгрия*",), "CZ": ("чехия*",), "RS": ("сербия*",),
        "BG": ("болгария*",), "RO": ("румыния*",), "GR": ("грекия*",), "KR": ("оңтүстік корея*", "корея республика*"),
        "KP": ("солтүстік корея*",), "JP": ("жапония*", "japonıa*"), "IL": ("израиль*",),
        "SA": ("сауд арабия*",), "AE": ("біріккен араб әмірлік*", "=БАӘ"), "QA": ("катар*",),
        "EG": ("мысыр*", "египет*"), "MY": ("малайзия*",), "ID": ("индонезия*",), "VN": ("вьетнам*",),
        "CA": ("канада*",), "FI": ("финляндия*",), "SE": ("швеция*",), "NO": ("норвегия*",),
        "NL": ("нидерланд*",), "ES": ("испания*",), "LV": ("латвия*",), "LT": ("литва*",),
        "EE": ("эстония*",), "MD": ("молдова*",), "SY": ("сирия*",), "IQ": ("ирак", "иракқа", "иракт*", "иракпен"),
    },
    "capitals": {
        "KZ": ("астана*", "нұр-сұлтан*", "astana*"), "RU": ("мәскеу*", "máskeý*"), "UZ": ("ташкент*", "tashkent*"),
        "KG": ("бішкек*",), "TJ": ("душанбе*",), "TM": ("ашхабад*",), "AZ": ("баку*", "бақу*"),
        "GE": ("тбилиси*",), "AM": ("ереван*",), "BY": ("минск*",), "UA": ("киев*",),
        "TR": ("анкара*",), "CN": ("бейжің*", "пекин*"), "US": ("вашингтон*", "vashıngton*"),
        "FR": ("париж*",), "DE": ("берлин*",), "GB": ("лондон*",), "IN": ("нью-дели*",),
    },
    "blocs": {
        "CIS": ("=ТМД*", "тәуелсіз мемлекеттер достастығ*", "=TMD"),
        "CSTO": ("=ҰҚШҰ", "ұжымдық қауіпсіздік туралы шарт ұйым*"),
        "NATO": ("=НАТО*", "=NATO*"), "SCO": ("=ШЫҰ*", "шанхай ынтымақтастық ұйым*"),
        "EU": ("=ЕО", "еуропалық одақ*"),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "түркі мемлекеттері ұйым*", "=ЕҚЫҰ", "=ТМҰ",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:үш|төрт|бес|алты|жеті|сегіз|тоғыз|он|бірнеше)\\s+(?:ел|мемлекет)\\w*",
                     # a multinational exercise or force: many states, whichever two the story names
                     "көпұлтты*", "kópultty*",
                     "үшжақты*", "үш жақты*", "көпжақты*", "көп жақты*", "үш ел*", "үш мемлекет*",
                     "қатысушы мемлекеттер*", "мүше мемлекеттер*", "# ел", "# елдің", "# елден",
                     "# мемлекет*", "úshjaqty*", "kópjaqty*"),
    "bilateral": ("екіжақты*", "екі жақты*", "екі ел*", "екі мемлекет*", "екі министрлік*",
                  "ekijaqty*", "eki jaqty*", "eki el*", "eki memleket*"),
    "between": ("арасында", "арасындағы", "arasynda", "arasyndaǵy"),
    "counterpart": ("әріптес*", "тарап*", "екі", "áriptes*", "tarap*", "eki"),
    "sidelines": ("аясында", "шеңберінде", "кулуарында", "aıasynda", "sheńberinde"),
    "sign": ("қол қойды", "қол қойылды", "қол қойысты", "қол қойып", "қол қойған", "қол қойылған",
             "қол қою рәсімі*", "қол қойылып", "жасалды", "қол қойылыпты",
             "qol qoıdy", "qol qoıyldy", "qol qoıysty", "qol qoıyp", "qol qoıǵan", "qol qoıylǵan",
             "qol qoıý rásimi*"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    # The participle as an attribute of the document ("қол қойылған келісімді бекітті"): with a verb of
    # approval, the approval of a signed agreement (its ratification).
    "signed_attr": ("қол қойылған", "qol qoıylǵan"),
    "approve": ("бекітілді", "бекітті", "бекітіп", "мақұлданды", "мақұлдады", "қабылданды", "келісілді",
                "bekitildi", "bekitti", "maquldandy", "qabyldandy"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("комитет*", "komıtet*",),
    "ratify": ("ратификация*", "ratıfıkasıa*"),
    # The procedure named, not done ("the law on ratifying it", "a bill for its ratification"): it ratifies only
    # beside a verb of approval (rules.ratified_by_verb).
    "ratify_noun": ("ратификациялау*", "ratıfıkasıalau*"),
    "authority": ("парламент*", "мәжіліс*", "сенат*", "президент*", "үкімет*", "заң*", "депутат*",
                  "parlament*", "májilis*", "senat*", "prezıdent*", "úkimet*", "zań*"),
    "plan_nouns": ("жоспар", "жоспары*", "жоспарын*", "жоспарға", "жоспарына", "жоспарлар*",
                   "jospar", "jospary*", "josparyn*", "josparǵa", "josparyna", "josparlar*"),
    "programme_nouns": ("бағдарлама*", "baǵdarlama*"),
    "agreement_nouns": ("келісім*", "меморандум*", "хаттама*", "жол картасы*", "шартқа", "шарт",
                        "шартты", "декларация*", "kelisim*", "memorandým*", "hattama*", "jol kartasy*",
                        # a letter of intent
                        "ниет хат*", "nıet hat*"),
    "generic_doc_nouns": ("құжат*", "qujat*"),
    "meeting": ("кездес*", "келіссөз*", "сапар*", "қабылдады", "консультация*", "кеңестері", "кеңестер",
                "талқыла*", "телефон арқылы сөйлес*", "телефонмен сөйлес*", "жұмыс тобы*", "отырыс*",
                "пікір алмас*", "бейнеконференция*",
                "kezdes*", "kelissóz*", "sapar*", "qabyldady", "talqyla*", "pikir almas*"),
    # A meeting told in the past, and an exercise begun or in progress: they took place, whatever a
    # later clause announces ("кездесті, келесі жылы бірлескен жаттығу өткізіледі").
    "met": ("кездесті", "кездесу өтті", "кездесу өткізді", "келіссөздер жүргізді", "келіссөз жүргізді",
            "талқылады", "қабылдады", "телефон арқылы сөйлесті", "kezdesti", "talqylady", "qabyldady"),
    "under_way": ("басталды", "өтуде", "өтіп жатыр", "жалғасуда", "өткізілуде", "bastaldy", "ótýde"),
    # "Жаттығу" alone is any training (a sportsman's too): only the military exercise's phrases.
    "exercise": ("бірлескен жаттығу*", "әскери жаттығу*", "тактикалық жаттығу*", "оқу-жаттығу*",
                 "командалық-штабтық*", "тактикалық-арнайы*", "тактикалық оқу*", "birlesken jattyǵý*",
                 "áskerı jattyǵý*", "oqý-jattyǵý*"),
    "conduct": ("өтті", "өтуде", "өтіп жатыр", "өткізілді", "өткізді", "өткізіп", "өткізілуде",
                "басталды", "басталады", "басталуда", "аяқталды", "жалғасуда", "ашылды", "ótti", "ótýde", "ótkizildi", "ótkizdi", "bastaldy",
                "aıaqtaldy"),
    "discussion": ("талқыла*", "перспектив*", "шақыр*", "ниет*", "talqyla*", "perspektıv*", "shaqyr*"),
    "defence_actor": ("қорғаныс министр*", "қорғаныс ведомство*", "қарулы күштер*", "бас штаб*",
                      "армия*", "армиясы*", "әскери делегация*", "әскери атташе*", "әскерилер*",
                      "әскери қызметшілер*", "=ҚМ",
                      # the service branches ("Әскери-теңіз күштері", "Әуе қорғанысы күштері", "Құрлық әскерлері")
                      "әскери-теңіз күштер*", "әуе күштер*", "әуе қорғанысы күштер*", "құрлық әскер*",
                      "qorǵanys mınıstr*", "qorǵanys vedomstvo*", "qarýly kúshter*", "bas shtab*",
                      "armııa*", "áskerı delegasııa*", "áskerı attashe*",
                      *_BODIES),
    "defence_topic": ("қорғаныс*", "әскери*", "әскер*", "qorǵanys*", "áskerı*", "áskeri*"),
    "civil_actor": ("шекара қызмет*", "шекарашы*", "шекаралық қызмет*", "ішкі істер*", "полиция*",
                    "төтенше жағдайлар*", "сыртқы істер*", "ұлттық қауіпсіздік комитет*", "=ҰҚК", "=ІІМ",
                    "=ТЖМ", "=СІМ", "кеден*", "прокуратура*", "ұлттық ұлан*",
                    "shekara qyzmet*", "ishki ister*", "polısıa*", "tótenshe jaǵdaılar*", "syrtqy ister*"),
    "civil_topic": ("энергетика*", "мұнай*", "газ", "сауда*", "экономика*", "экономикалық*", "инвестиция*",
                    "туризм*", "денсаулық*", "мәдениет*", "спорт*", "футбол*", "көлік*", "теміржол*",
                    "ауыл шаруашылығы*", "munaı*", "saýda*", "ekonomıka*", "ınvestısıa*", "sport*"),
    # Buying arms ("сатып алу келісімшарты"): a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("бірлескен", "бірлесіп", "birlesken", "birlesip"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": (),
    "purchase": ("сатып ал*", "сатып алын*", "satyp al*", "satyp alyn*"),
    "company": ("компания*", "корпорация*", "концерн*", "кәсіпорын*", "kompanıa*", "korporasıa*"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:жасасу\\s+(?:жөніндегі|туралы)\\s+келіссөз\\w*", "re:қол\\s+қою\\s+(?:жөніндегі|туралы)\\s+келіссөз\\w*",
               "re:келіссөздерді\\s+бастау\\w*",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:қол\\s+қою\\s+туралы\\s+(?:\\S+\\s+){0,2}?(?:жарлық|қаулы|өкім|шешім)\\w*",
               "re:қол\\s+қою(?:ды|ға)\\s+(?:\\S+\\s+){0,1}?(?:мақұлда|рұқсат|келісім\\s+бер|уәкілет)\\w*",
               "қол қойылады", "қол қояды", "қол қоймақ", "қол қойылмақ", "қол қойылатын", "жоспарлануда",
               "жоспарланып отыр", "жоспарланған", "күтілуде", "тиіс", "өтеді", "өткізіледі", "өтпек",
               "өткізілмек", "ұсынды", "ұсыныс*",
               # the days ahead ("келесі аптада басталады", "ертең"; "бүгін басталады" is under way)
               "келесі аптада", "келесі айда", "алдағы күндері", "ертең", "басталмақ",
               "kelesi aptada", "kelesi aıda", "erteń",
               "qol qoıylady", "qol qoıady", "qol qoıylatyn", "josparlanýda", "kútilýde", "tıis",
               "ótedi", "ótkiziledi", "ótkiziletin",
               # the aorist and the "-етін болады" future of meeting and travelling ("кездеседі",
               # "кездесетін болады", "сапармен барады"): a meeting still to come
               "кездеседі", "барады", "re:(?<=тын\\s)болады", "re:(?<=тін\\s)болады"),
    "draft": ("жоба*", "joba*"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# жыл толды", "# жыл бұрын", "# жыл өтті"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "жыл бұрын", "қол қойылғанына * жыл",
                   "бұған дейін", "бұрын", "өткен жылы", "өткен жылдың", "еске сала кетейік",
                   "айта кетейік", "buǵan deıin", "buryn", "ótken jyly", "ótken jyldyń"),
    "reporting": ("хабарлайды", "хабарлады", "мәлімдеді", "баспасөз қызмет*", "сілтеме жасап",
                  "мәлім етті", "habarlaıdy", "habarlady", "málimdedi", "baspasóz qyzmet*"),
    "start": ("басталды", "басталады", "басталуда", "басталған", "старт берілді", "ашылды", "bastaldy"),
    "date_joiners": (),
    "range_words": ("және",),
    "months": {"қаңтар*": 1, "ақпан*": 2, "наурыз*": 3, "сәуір*": 4, "мамыр*": 5, "маусым*": 6,
               "шілде*": 7, "тамыз*": 8, "қыркүйек*": 9, "қазан*": 10, "қараша*": 11, "желтоқсан*": 12,
               "qańtar*": 1, "aqpan*": 2, "naýryz*": 3, "sáýir*": 4, "mamyr*": 5, "maýsym*": 6,
               "shilde*": 7, "tamyz*": 8, "qyrkúıek*": 9, "qazan*": 10, "qarasha*": 11, "jeltoqsan*": 12},
    "weekdays": {"дүйсенбі*": 0, "сейсенбі*": 1, "сәрсенбі*": 2, "бейсенбі*": 3, "жұма": 4, "жұмада": 4,
                 "сенбі*": 5, "жексенбі*": 6},
    "today": ("бүгін*", "búgin*"),
    "yesterday": ("кеше", "keshe"),
    # The locative ending ("in Georgia" written as one word): a state named with it is the venue.
    "venue_suffix": "(?<=\\w\\w\\w)(?:да|де|та|те|nda|nde|da|de|ta|te)",
    "plan_year": (# "2024 жылға арналған", "2018-2022 жылдарға", "2012 jylǵa arnalǵan"; not "2030 жылға дейін"
                  r"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?(?:жыл(?:ға|дарға)|jyl(?:ǵa|darǵa))(?!\s*(?:дейін|deıin))",
                  # "2024 жылғы жоспар" (the plan of 2024); not "2024 жылғы 5 наурыз" nor "2023 жылғы қыркүйекте"
                  rf"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?(?:жылғы|jylǵy)(?!\s*\d)(?!\s*(?:{_MONTH_STEMS}))"),
    "story_end": ("тегтер*", "соңғы жаңалықтар", "ұқсас жаңалықтар", "пікірлер*", "бөлісу*", "жарнама",
                  "редакция", "жазылу"),
    "story_skip": ("админ",),
    "story_aside": ("сондай-ақ оқыңыз*", "оқи отырыңыз*", "тақырыпқа қатысты*", "ұқсас материалдар*",
                    "sondaı-aq oqyńyz*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("телефон*", "telefon*")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("ынтымақтастық*", "ынтымақтас*", "ıntymaqtastyq*", "сотрудничеств*",
                          "қарым-қатынас*", "qarym-qatynas*", "әріптестік*", "áriptestik*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("жағдай*", "ахуал*", "соғыс*", "қақтығыс*", "дағдарыс*", "ситуаци*", "jaǵdaı*", "soǵys*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("атысты тоқтату*", "бітім*", "әскери тұтқын*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("келіссөз*", "kelissóz*", "переговор*")
# "adopted" the law, in the active voice: the same word receives a visitor (facts._drop_receptions)
LEXICON["approve"] = LEXICON["approve"] + ("қабылдады",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("стандарт*", "standart*")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame_after"] = ("шеңберінде", "аясында", "сәйкес", "негізінде")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("елші*",)
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("күшін жой*", "денонсац*")

# The opening or closing ceremony of an exercise ("бірлескен оқу-жаттығудың ашылу рәсімінде") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("ашылу рәсім*", "жабылу рәсім*", "ашылу салтанат*", "жабылу салтанат*",)

# An exercise held in one state with the participation of another's forces ("Қазақстанда Өзбекстан әскерилерінің қатысуымен оқу-жаттығу") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("қатысуымен", "қатысуыменен",)
# The forces took part in the exercise ("оқу-жаттығуға Қазақстан мен Қырғызстан әскерилері қатысты"), in the past: it was held, as
# "took part" reads in English (a future "qatnashadi" stays a future).
LEXICON["conduct"] += ("қатысты", "қатысқан", "қатысуда", "қатысып", "qatysty", "qatysqan",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("құттықта*", "көңіл айт*",),
    "habitual": ("# рет", "бірнеше рет", "тұрақты түрде",),
    "future": ("кейінге қалдырыл*", "кейінге шегеріл*", "тоқтатылды",),
    "civil_actor": ("экономика министр*", "қаржы министр*", "денсаулық сақтау министр*", "білім министр*",
                    "сауда министр*",),
    "submission": ("мәжіліске енгіз*", "парламентке енгіз*", "қарауына енгіз*",),
    "interview": ("сұхбат*",),
    "company": ("павильон*",),
    "multilateral": ("шет мемлекеттер*",),
    "former": ("бұрынғы", "экс",),
    "draft_law": ("заң жоба*",),
    "settlement": ("бітімгершіл*",),
    "works": ("зауыт*", "кәсіпорн*",),
    "other_law": ("өзгеріс*", "бюджет*",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c1, s10): a meeting that ends with the signing of a document is the signing ---
# The signing named in the instrumental ("кездесу жоспарға қол қоюмен аяқталды"): the meeting ended with it, so it
# was done; a noun, whose tense the verb of its clause gives (rules.announced_not_done).
_ENDED_WITH = ("қол қоюмен", "қол қойылуымен")
LEXICON["sign"] += _ENDED_WITH
LEXICON["act_noun"] = LEXICON.get("act_noun", ()) + _ENDED_WITH

# --- Recall (c3, s10): a meeting's outcome told as the signing it produced ---
# "The outcome of the talks was the signing of the plan" ("келіссөздердің нәтижесі ... жоспарға қол қою болды",
# "қорытындысы ... қол қою болды"): the signing is what the meeting ended with, in the past "болды" (not "болмақ",
# "болады", still to come), as ru "итогом стало подписание" says.
LEXICON["sign"] += ("re:(?:нәтижесі|қорытындысы)\\s+(?:\\S+\\s+){0,8}?қол\\s+қою\\s+болды",)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('жарыс*', 'байқау*', 'чемпионат*', 'турнир*', 'олимпиада*', 'фестиваль*', 'ойындар*', 'парад*', 'кубок*')

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("қоштас*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("курсант*", "студент*", "журналист*", "kursant*", "student*", "jurnalist*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a reception for a state's holiday is a courtesy ---
# A reception or a meeting told as marking a state's holiday (Independence Day, Republic Day, the national day) is a
# courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only).
_HOLIDAYS = {"courtesy": ("тәуелсіздік күн*", "республика күн*", "ұлттық мереке*",)}
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("мұрағат суреті", "архивтік сурет", "архивтік фото",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("несие*", "кредит*",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("бекітілді", "мақұлданды", "bekitildi", "maquldandy",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("шоу", "re:\\w+шоу\\b", "көрме*", "korme*",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('шұғыл', 'жедел', 'соңғы жаңалықтар', 'срочно')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'денсаулық сақтау министр*', 'әлеуметтік қорғау министр*', 'еңбек және халықты әлеуметтік қорғау министр*', 'оқу-ағарту министр*',
    'жоғары білім министр*', 'мәдениет және ақпарат министр*', 'мәдениет министр*', 'қаржы министр*',
    'әділет министр*', 'ұлттық экономика министр*', 'ауыл шаруашылығы министр*', 'туризм және спорт министр*',
    'спорт министр*',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('диаспора*', 'отандас*', 'қандас*', 'тұратын')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('депутат*', 'сенатор*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('гүл шоқтарын қой*', 'гүл шоғын қой*', 'гүл қой*')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("re:қонақ(?!үй)\\w*", "re:qonaq(?!úı)\\w*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:жөніндегі|жөнінде|туралы|бойынша)\\s+(?:\\S+\\s+){0,3}?(?:келіссөз|консультаци)\\w*",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("штабтар*", "штабтық",)

# --- Recall (c1, s12): the letter of intent with its postposition ---
# "ниет туралы хат" (a letter about intent) beside "ниет хат" already read.
LEXICON["agreement_nouns"] += ("ниет туралы хат*", "ниеттер туралы хат*", "nıet týraly hat*",)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Министр ... сөйлесті") names the outlet's own minister, as its press names
# its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's state
# and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("министр",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("... ратификациялау туралы заң жарияланды") tells the ratification done
# (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("жарияланды", "күшіне енді", "күшіне енеді")}
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("Қазақстан мен Қырғызстан әскерилері жаттықты") tells troops exercising: with the
# two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("жаттықты", "машықтанды")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("келесі жылға арналған ынтымақтастық бағдарламасы") binds it to a
# year: a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a
# future word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("келесі жылға арналған", "алдағы жылға арналған", "келер жылға арналған")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("бірлескен ұшу*",), "conduct": ("орындады", "орындалды"),
                            "civil_topic": ("әуе компания*", "авиакомпания*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": ("әскери консультация*", "қорғаныс консультация*")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ішкі істер*", "=ІІМ", "полиция*", "шекара қызмет*", "шекаралық қызмет*", "кеден*", "төтенше жағдайлар*", "=ТЖМ", "ұлттық ұлан*", "ishki ister*", "polısıa*", "tótenshe jaǵdaılar*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("атташе*", "attashe*")}
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "саяси-әскери консультациялар" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("саяси-әскери консультация*", "саяси-әскери келіссөз*", "саяси-әскери диалог*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference, a reconnaissance, the preparation of a joint exercise ("бірлескен жаттығуды жоспарлау конференциясы"): what is held is
# its preparation, the exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("дайындық аясында", "дайындық шеңберінде", "дайындығы аясында", "дайындық жұмыс*", "жоспарлау конференция*", "жоспарлау жөніндегі", "рекогносцировка*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): the relative form of signing before its signer's noun ---
# "жоспарына қол қойған министр бүгін ... ашты": "қол қойған" right before a person's noun (a minister, a commander, a
# chief, a general, an envoy, a side) is a participle describing him, no finite signing; a "today" after it is the day of
# his other act (detect._signed_in_a_participle_before_its_signer).
_SIGNER_PARTICIPLES = {"relative": (
    "re:қол\\s+қой(?:ған|атын)(?=(?:\\s+(?:қорғаныс|бас|әскери|вице)\\S*){0,2}\\s+(?:министр|вице|бастығ|бастық|генерал|басшы|қолбасшы|адмирал|өкіл|елші|орынбасар|тарап))",)}
extend(LEXICON, _SIGNER_PARTICIPLES)

# --- Precision (c2, s15): a commission on trade and the economy is civil ---
# Its meeting ("сауда-экономикалық ынтымақтастық жөніндегі үкіметаралық комиссия") is the civil ministries' even where the sides list the defence industry among
# its topics: "the sides" of it are civil officials (detect._civil_meeting, detect._talks).
_ECONOMIC_COMMISSIONS = {"civil_actor": ("сауда-экономикалық ынтымақтастық жөніндегі*", "экономикалық ынтымақтастық жөніндегі үкіметаралық комиссия*", "үкіметаралық комиссия*",)}
extend(LEXICON, _ECONOMIC_COMMISSIONS)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("ратификацияланғаннан кейін күшіне енеді"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("ратификацияланғаннан кейін", "ратификациялағаннан кейін", "ратификациядан кейін", "бекітілгеннен кейін", "ратификациялануы тиіс",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Precision (c2, s15): meetings told over recent years ---
# Meetings summed up over a span of years ("Өзбекстанмен соңғы жылдары өткен келіссөздер"), as a minister tells them at a press conference, are
# many meetings, none of them the story's event (``habitual``: detect._meetings_counted).
_RECENT_YEARS = {"habitual": ("соңғы жылдары", "соңғы жылдарда", "соңғы бірнеше жылда",)}
extend(LEXICON, _RECENT_YEARS)

# --- Precision (c2, s15): what a minister says at his press conference ---
# A minister speaking at a press conference or a briefing ("баспасөз мәслихатында ... келіссөздер сәтті өтті деді") tells of meetings, as in an interview: they
# are its subject, not the story's event (``interview``: detect._talks). Two sides' press conference after their talks
# ("бірлескен баспасөз мәслихатында") is not one of these words, and its talks stay.
_PRESS_CONFERENCES = {"interview": ("re:(?<!бірлескен )баспасөз мәслихатында", "re:(?<!бірлескен )брифингте",)}
extend(LEXICON, _PRESS_CONFERENCES)

# --- Precision (c2, s15): a first reading is a step toward ratification ---
# A bill on ratification approved "in the first reading" ("бірінші оқылымда мақұлдады") is still to be voted in full, a
# step on the way, as ru "в первом чтении" is (``stage``: rules.ratification_step).
_FIRST_READINGS = {"stage": ("бірінші оқылым*", "birinshi oqylym*")}
extend(LEXICON, _FIRST_READINGS)

# --- Precision (lead, s15): an act at a sitting to come, or told in the future tense, is announced ---
# "Мәжіліс келісімді келесі отырыста ратификациялайды" (will ratify at its next sitting): the present-future of the
# act's verb, or the chamber's next sitting, tells an act still ahead, as ru "на следующем заседании" (c2, s15). The
# parliament named by its own name (monitor.classify.parliaments) made the sentence's pair whole.
_ACTS_AHEAD = {"future": ("келесі отырыс*", "ратификациялайды", "ратификацияланады", "қол қояды", "қол қойылады")}
extend(LEXICON, _ACTS_AHEAD)

# --- Recall (c4, s16): an exercise told by what its troops do to it ---
# The two states' troops as the subject of a verb that starts, holds or ends the exercise in the active
# ("әскерилері бірлескен оқу-жаттығуды бастады", "аяқтады", "өткізуде"): the exercise held, as the intransitive
# "басталды" and "аяқталды" already read.
# A verb that starts the exercise's preparation ("оқу-жаттығуға дайындықты бастады") is its preparation begun, the exercise still ahead.
_EXERCISE_HELD_BY_ITS_TROOPS = {"conduct": ("бастады", "аяқтады", "өткізуде", "өткізіп жатыр", "bastady", "aıaqtady"), "preparation": ("дайындықты", "дайындыққа", "дайындығын")}
extend(LEXICON, _EXERCISE_HELD_BY_ITS_TROOPS)

# --- Recall (c4, s16): exercises told by the firing or the actions practised ---
# Two states' troops who "worked out their (joint) actions" ("бірлескен іс-қимылдарды пысықтады") or held a firing
# exercise ("атыс жаттығуы", the shooting's drill, not "атыс" alone, which is shooting) held an exercise, as ru
# "отработали совместные действия" now reads. A joint action plan ("бірлескен іс-қимыл жоспары") is no such phrase.
_EXERCISES_BY_FIRING_AND_ACTIONS = {
    "exercise": ("іс-қимылдарды пысықтады", "іс-қимылды пысықтады", "іс-қимылдарын пысықтады",
                 "іс-қимылдарды пысықтауда", "атыс жаттығу*"),
    "conduct": ("пысықтады", "пысықтауда"),
}
extend(LEXICON, _EXERCISES_BY_FIRING_AND_ACTIONS)

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("шекарадағы инцидент", "атыс") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("инцидент*", "атыс*", "арандату*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): the year in review ---
# A review of the year ("Өткен жыл ішінде министрлік қол қойды: ...", a list of the year's plans and agreements under it) sums up acts each reported when it
# happened: the span of a whole year before the act makes it the year's background, none the story's news
# (``background``: detect._is_background), as "last year" does. A plan "for" a year names its year, not a span.
_YEAR_IN_REVIEW = {"background": ("өткен жыл ішінде", "жыл бойы", "биылғы жыл ішінде", "жыл қорытындысы бойынша")}
extend(LEXICON, _YEAR_IN_REVIEW)

# --- Precision (c3, s16; issue 15): an agreement's termination approved ---
# "күшін жою" (the cancelling of its force: "келісімнің күшін жою туралы заңды мақұлдады") names the verb's noun, which
# "күшін жой*" did not reach: a law that ends an agreement is no ratification (``terminate``).
_TERMINATION_NOUNS = {"terminate": ("күшін жою*", "денонсациялау*")}
extend(LEXICON, _TERMINATION_NOUNS)

# --- Precision (c3, s16; issue 15): what is done ahead of talks ---
# Talks, a meeting or a visit "қарсаңында" (on the eve of) which something is done ("әріптесімен келіссөздер
# қарсаңында министр ... жоғары бағалады") are still to come: no meeting (rules.announced_not_done).
_AHEAD_OF_TALKS = {"future": tuple(f"re:(?<={noun} )қарсаңында" for noun in (
    "келіссөздер", "келіссөз", "кездесу", "кездесуі", "сапар", "сапары", "консультациялар"))}
extend(LEXICON, _AHEAD_OF_TALKS)

# --- Recall (c4, s16): the outlet's own head of state by his bare title ---
# A head of state receiving another state's defence minister to discuss military cooperation holds talks (SCHEMA.md
# names defence officials; train's b081 reads a head of government meeting a chief of staff as talks). His own
# outlets name him by a bare title ("Мемлекет басшысы Әзербайжан Қорғаныс министрін қабылдады"), as they name their own minister (not a bare "president": on another state's outlet "President Tokayev" is
# no president of that outlet's state): a sentence that opens on it names the
# outlet's state (detect._bare_title_opens). Not with a foreign or economy minister: no defence official is met.
_HEADS_OF_STATE_BY_TITLE = {"bare_title": ("мемлекет басшысы",)}
extend(LEXICON, _HEADS_OF_STATE_BY_TITLE)
