"""Ukrainian lexicon: state names with their case endings (stems: України, Польщею, Туреччині),
adjectives (азербайджанський, польська), capitals (Київ, Києві), and how Ukrainian outlets report acts:
"підписали" and the impersonal "підписано" (the document in the accusative after it), "ратифікувала",
the meeting ("зустрілися", "провели переговори", "телефонна розмова") and the exercise ("навчання"
held: "відбулися", "розпочалися").

Month names are listed in their genitive and nominative forms only (травня, червень): their bare
stems are also everyday words (трава, червоний, липа). Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "військов* діалог*", "оборонн* діалог*", "робоч* груп* з питань оборонн*",
    "робоч* груп* з питань військов*", "робоч* груп* з оборонн*", "робоч* груп* з військов*",
    "комісі* з питань військов*", "комісі* з військов*", "спільн* військов* комісі*",
    "комітет* з питань військов*", "комітет* з питань оборонн*", "комісі* з питань оборонн*",
)

LEXICON = {
    "stopwords": ("та", "що", "це", "від", "для", "який", "яка", "було", "також", "між", "і", "у", "з",
                  "про", "щодо", "які", "його", "її", "він", "вона", "під", "після", "через"),
    "countries": {
        "UA": ("україн*", "=ЗСУ"), "RU": ("росі*", "російськ*", "=РФ"), "PL": ("польщ*", "польськ*"),
        "US": ("=США", "сполучен* штат*", "америк*"), "TR": ("туреччин*", "турецьк*"),
        "AZ": ("азербайджан*",), "GE": ("грузі*", "грузинськ*"), "AM": ("вірмені*", "вірменськ*"),
        "KZ": ("казахстан*", "казахськ*"), "UZ": ("узбекистан*", "узбецьк*"),
        "BY": ("білорус*",), "MD": ("молдов*", "молдавськ*"), "RO": ("румуні*", "румунськ*"),
        "BG": ("болгарі*", "болгарськ*"), "HU": ("угорщин*", "угорськ*"), "SK": ("словаччин*", "словацьк*"),
        "CZ": ("чехі*", "чеськ*"), "LT": ("литв*", "литовськ*"), "LV": ("латві*", "латвійськ*"),
        "EE": ("естоні*", "естонськ*"), "DE": ("німеччин*", "німецьк*", "=ФРН"), "FR": ("франці*", "французьк*"),
        "GB": ("великобритані*", "велик* британі*", "британськ*", "сполучен* королівств*"), "IT": ("італі*",),
        "ES": ("іспані*", "іспанськ*"), "NL": ("нідерланд*",), "BE": ("бельгі*", "бельгійськ*"),
        "DK": ("данії", "данія", "данію", "данією", "данськ*"), "NO": ("норвегі*", "норвезьк*"),
        "SE": ("швеці*", "шведськ*"), "FI": ("фінлянді*", "фінськ*"), "CA": ("канад*",),
        "JP": ("японі*", "японськ*"), "CN": ("китай*", "китаю", "=КНР"),
        "KR": ("південн* коре*", "республік* коре*", "південнокорейськ*"), "KP": ("=КНДР", "північн* коре*"),
        "IL": ("ізраїл*",), "IR": ("іран", "ірану", "іраном", "ірані", "іранськ*"), "PK": ("пакистан*",),
        "IN": ("індія", "індії", "індію", "індією", "індійськ*"), "GR": ("греці*", "грецьк*"), "CY": ("кіпр*",),
        "HR": ("хорвати*", "хорватськ*"), "RS": ("сербі*", "сербськ*"), "ME": ("чорногорі*", "чорногорськ*"),
        "MK": ("північн* македоні*", "македоні*"), "AL": ("албані*", "албанськ*"), "AT": ("австрі*", "австрійськ*"),
        "CH": ("швейцарі*",), "AU": ("австралі*",), "PT": ("португалі*", "португальськ*"), "IE": ("ірланді*", "ірландськ*"),
        "SA": ("саудівськ*",), "AE": ("=ОАЕ", "емірат*"), "QA": ("катар*",), "EG": ("єгипт*", "єгипетськ*"),
        "TM": ("туркменистан*", "туркменськ*"), "TJ": ("таджикистан*", "таджицьк*"), "KG": ("киргизстан*", "киргиз*"),
        "MN": ("монголі*", "монгольськ*"), "AF": ("афганістан*",), "IQ": ("ірак", "іраку", "іраком", "іраці", "іракськ*", "іракц*"), "SY": ("сирі*", "сирійськ*"),
        "JO": ("йордані*", "йорданськ*"), "SI": ("словені*", "словенськ*"), "BA": ("босні*", "боснійськ*"),
    },
    # The first state of a pair written as one adjective where the state's stems do not start it
    # ("вірмено-грецькі навчання", "грузино-українські", "англо-французькі").
    "combining": {"AM": ("вірмено",), "GE": ("грузино",), "GB": ("англо",), "FR": ("франко",), "TM": ("туркмено",),
                  "MN": ("монголо",), "DE": ("германо",), "IT": ("італо",)},
    "capitals": {
        # Ukraine's parliament and its members stand for it as its capital does ("Верховна Рада
        # ратифікувала угоду з Литвою", "народні депутати ратифікували ...")
        "UA": ("київ*", "києв*", "верховн* рад*", "нардеп*", "народн* депутат*"), "RU": ("москв*",), "PL": ("варшав*",), "US": ("вашингтон*", "пентагон*"),
        "TR": ("анкар*",), "AZ": ("баку",), "GE": ("тбілісі",), "AM": ("єреван*",), "KZ": ("астан*",),
        "UZ": ("ташкент*",), "BY": ("мінськ*",), "MD": ("кишин*",), "RO": ("бухарест*",),
        "HU": ("будапешт*",), "SK": ("братислав*",), "CZ": ("праз*",), "LT": ("вільнюс*",),
        "EE": ("таллінн*",), "DE": ("берлін*",), "FR": ("париж*",), "GB": ("лондон*",),
        "ES": ("мадрид*",), "NL": ("гааз*", "гаага"), "BE": ("брюссел*",), "DK": ("копенгаген*",),
        "SE": ("стокгольм*",), "FI": ("гельсінк*",), "CA": ("оттав*",), "JP": ("токіо",),
        "CN": ("пекін*",), "KR": ("сеул*",),
    },
    "blocs": {
        "NATO": ("=НАТО", "альянс*"), "EU": ("=ЄС", "євросоюз*", "європейськ* союз*"),
        "CIS": ("=СНД",), "CSTO": ("=ОДКБ",), "SCO": ("=ШОС",),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "організаці* тюркських держав", "=ГУАМ", "=ОБСЄ",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:трьох|чотирьох|шести|семи|восьми|десяти|одинадцяти|дванадцяти|двадцяти|кількох)\\s+(?:країн|держав)",
                     "п'яти країн", "п'яти держав", "дев'яти країн", "дев'яти держав", "п'ятнадцяти країн", "re:(?:три|чотири)\\s+(?:країни|держави)", "re:(?:шість|сім|вісім|десять|кілька)\\s+(?:країн|держав)", "п'ять країн", "п'ять держав", "дев'ять країн",
                     # a multinational exercise or force: many states, whichever two the story names
                     "багатонаціональн*", "# країнами", "# інших країн",
                     "тристоронн*", "багатосторонн*", "трьох країн", "трьох держав", "# країн", "# держав",
                     "держав-член*", "країн-член*", "країн-учасниць", "держав-учасниць", "рамштайн*",
                     "коаліці*"),
    "bilateral": ("двосторонн*", "двох країн", "обох країн", "двох держав", "обох держав", "обох сторін",
                  "двома країнами", "двох відомств"),
    "between": ("між",),
    # a colleague in any case ("з турецьким колегою"), not a ministry's board ("засідання колегії міністерства")
    "counterpart": ("колега", "колеги", "колезі", "колегу", "колегою", "колег", "колегам", "колегами", "колегах",
                    "візаві", "сторони", "сторін", "обидв*", "двох"),
    "sidelines": ("на полях", "у кулуарах", "в кулуарах", "в рамках", "у рамках"),
    "sign": ("підписал*", "підписав", "підписано", "підписаний", "підписана", "підписані", "підписання",
             "підписанні", "уклали", "уклала", "уклав", "укладено", "поставили підписи", "скріпили підписами",
             # the perfective converb tells a signing done ("підписавши план, міністри обговорили ...")
             "підписавши", "уклавши",
             # the signed copies exchanged at the ceremony are the signing
             "обмінялися підписан*", "обмін підписан*", "обмінялися примірник*", "обмін примірник*"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    "approve": ("затвердил*", "затвердив", "затверджено", "схвалил*", "схвалив", "схвалено", "ухвалил*",
                "ухвалив", "ухвалено", "погодил*", "погодив",
                # the instruments of ratification exchanged: the last step that brings it into force
                "обмінялися ратифікаційн* грамот*", "обмін ратифікаційн* грамот*"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("комітет*", "першому читанні",),
    "ratify": ("ратифік*", "закон про ратифікацію*", "набрання чинності"),
    # The procedure named, not done ("the law on ratifying it", "a bill for its ratification"): it ratifies only
    # beside a verb of approval (rules.ratified_by_verb).
    "ratify_noun": ("ратифікаці*", "закон про ратифікацію*"),
    "authority": ("верховн* рад*", "парламент*", "президент*", "уряд*", "кабмін*", "кабінет* міністрів",
                  "закон*", "депутат*", "нардеп*"),
    "plan_nouns": ("план", "плану", "планом", "плані", "плани", "планів"),
    "programme_nouns": ("програм*",),
    "agreement_nouns": ("угод*", "договір", "договору", "договором", "договорі", "договори", "меморандум*",
                        "протокол*", "контракт*", "дорожн* карт*", "декларац*", "лист* про наміри",
                        "рамков* документ*",
                        # a technical arrangement signed ("технічну домовленість")
                        "технічн* домовлен*"),
    "generic_doc_nouns": ("документ*",),
    "meeting": ("зустріл*", "зустріч*", "зустрів*", "переговор*", "візит*", "відвідал*", "відвідав", "прибул*", "прибув",
                "консультаці*", "обговорил*", "обговорив", "обмінялися думками", "робоч* груп*",
                "засідан*", "розмов*", "прийняв", "відеоконференц*", "телефонн* розмов*"),
    # "Навчання" alone is also schooling and training: only the exercise's phrases.
    "exercise": ("спільн* навчан*", "військов* навчан*", "командно-штабн* навчан*", "тактичн* навчан*",
                 "багатонаціональн* навчан*", "морськ* навчан*", "маневр*", "спільн* тренуван*"),
    "conduct": ("проходять", "пройшли", "пройшло", "відбул*", "відбуваються", "відбувається", "провели",
                "провів", "провела", "проводять", "проводить", "проведено", "розпочал*", "розпочав",
                "почал*", "стартувал*", "завершил*", "завершено", "тривають",
                # an exercise that begins today ("сьогодні розпочинаються навчання")
                "розпочинаються", "розпочинається", "починаються", "починається", "стартують", "стартує"),
    "discussion": ("обговор*", "перспектив*", "запроси*", "намір*"),
    "defence_actor": ("міністр* оборони", "міністерств* оборони", "міноборони", "оборонн* відомств*",
                      "військов* відомств*", "збройн* сил*", "генштаб*", "генеральн* штаб*", "армі*",
                      "флот*", "військово-морськ* сил*", "повітрян* сил*", "сухопутн* військ*",
                      "військов* делегаці*", "військов* аташе", "військові", "військовослужбовц*",
                      *_BODIES),
    "defence_topic": ("оборон*", "військов*", "військово-техні*", "озброєн*", "військово-політи*"),
    "civil_actor": ("прикордон*", "=ДПСУ", "держприкордонслужб*", "=МВС", "внутрішніх справ", "поліці*",
                    "нацполіці*", "=ДСНС", "надзвичайн* ситуаці*", "=МЗС", "закордонних справ", "прокуратур*",
                    "митн*", "спецслужб*", "=СБУ", "національн* гварді*", "нацгварді*"),
    "civil_topic": ("енергетик*", "нафт*", "газ", "торгів*", "економіч*", "економік*", "інвестиці*",
                    "туризм*", "охорон* здоров*", "освіт*", "культур*", "спорт*", "футбол*", "клуб*", "матч*",
                    "транспорт*", "залізн*", "санкці*", "обстріл*", "зерн*"),
    "company": ("верф*", "компані*", "корпораці*", "концерн*", "фірм*", "підприємств*", "укроборонпром*", "холдинг*"),
    # Not "буде"/"може" alone: "підписано угоду, яка буде ..." (a relative clause after the document)
    # is a done act; the auxiliary with the verb's form marks a future one.
    # The act named by its verbal noun ("the signing"): it has no tense of its own; the verb of its clause
    # gives it ("the signing is scheduled for March").
    "act_noun": ("підписання", "підписанні", "підписанням", "укладення", "укладенні", "ратифікаці*", "затвердження"),
    "future": (
               # a signing or a meeting set for a date ("is scheduled for March"): still to come
               "запланов*", "призначено на",
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:переговор\\w*\\s+(?:щодо|про|з\\s+приводу)\\s+(?:укладення|підписання)",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:указ\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:розпорядженн\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:постанов\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:дозв\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:доруч\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:уповноваж\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:схвал\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:погодж\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*", "re:згод\\w*\\s+(?:\\S+\\s+){0,3}?підписанн\\w*",
               "буде підписан*", "будуть підписан*", "буде укладен*", "будуть укладен*", "буде ратифік*",
               "буде затвердж*", "буде схвален*", "буде проведен*", "будуть проведен*", "відбудеться",
               "відбудуться", "підпишуть", "підпише", "планує*", "планують", "планується", "має намір",
               "мають намір", "пропону*", "запропонува*", "може бути", "можуть бути", "може підписати",
               "можуть підписати", "очікує*", "найближч*", "збираю*", "збирає*", "наміча*", "готу*",
               # the perfective's present is a future ("відвідає Литву", "прибуде з візитом", "проведуть")
               "відвідає", "відвідають", "прибуде", "прибудуть", "зустрінеться", "зустрінуться", "проведе",
               "проведуть", "здійснить", "здійснять", "розпочнуться", "розпочнеться"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("в", "у", "на території"),
    "draft": ("проєкт*", "проект*"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("спільн*", "разом"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("з", "із", "зі"),
    "purchase": ("закупівл*", "придбання", "придба*", "купівл*"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# років від дня", "# років з дня", "# років тому", "# років з моменту",
                "# років від підписання", "річниц* підписання", "річниц* від дня", "річниц* з дня",
                "re:(?:десять|двадцять|тридцять)\\s+років\\s+(?:тому|від|з)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "років тому", "роки тому", "рік тому", "річниц* підписання", "річниц* з дня підписання", "років з дня підписання",
                   "раніше", "нагадаємо", "зазначимо, що", "минулого року", "торік", "свого часу", "ще в",
                   "ще у"),
    "reporting": ("повідомил*", "повідомляє", "повідомляють", "повідомляється", "заявил*", "заявив",
                  "розповів*", "передає", "пише", "за даними", "за інформацією", "йдеться", "пресслужб*",
                  "прес-служб*", "інформує"),
    "start": ("розпочал*", "розпочав", "почал*", "стартувал*", "відкрил*", "розпочин*"),
    "date_joiners": (),
    "range_words": ("по", "і", "до", "та"),
    "months": {"січня": 1, "січень": 1, "лютого": 2, "лютий": 2, "березня": 3, "березень": 3, "квітня": 4,
               "квітень": 4, "травня": 5, "травень": 5, "червня": 6, "червень": 6, "липня": 7, "липень": 7,
               "серпня": 8, "серпень": 8, "вересня": 9, "вересень": 9, "жовтня": 10, "жовтень": 10,
               "листопада": 11, "листопад": 11, "грудня": 12, "грудень": 12},
    "weekdays": {"понеділок": 0, "вівторок": 1, "середу": 2, "середа": 2, "четвер": 3, "п'ятницю": 4,
                 "п'ятниця": 4, "суботу": 5, "субота": 5, "неділю": 6, "неділя": 6},
    "today": ("сьогодні", "сьогоднішн*"),
    "yesterday": ("вчора", "учора", "вчорашн*"),
    "plan_year": (# "на 2025 рік", "на 2025-2027 роки", "на 2025 р."
                  r"на\s+(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?(?:рік|роки|років|р(?![а-яіїєґ]))",
                  r"\b(20\d\d)\s*[-–—]\s*20\d\d\s*(?:роки|рр)",
                  # "план на 2025" with no "рік"
                  r"на\s+(20\d\d)(?:\s*[-–—]\s*20\d\d)?(?![\d-])"),
    "story_end": ("теги*", "мітки*", "останні новини", "реклама", "поділитися*", "коментарі*", "популярне",
                  "стрічка новин", "всі новини", "повідомити про помилку", "найпопулярніше"),
    "story_skip": ("фото:*", "© *"),
    "story_aside": ("читайте також*", "дивіться також*", "по темі", "за темою", "новини за темою",
                    "матеріали за темою", "читайте більше*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
# Teams, athletes, fans, veterans, bands: people of a pastime or a remembrance. A meeting of theirs is no
# defence talks when every defence body the sentence names is theirs ("the army football team", "veterans
# of the Soviet army"): detect._talks.
LEXICON["pastime"] = ("футбольн* команд*", "спортивн* команд*", "збірн*", "спортсмен*", "вболівальник*",
                       "футболіст*", "ветеран*", "ансамбл*", "оркестр*", "клуб*")
LEXICON["phone"] = ("телефон*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("співпрац*", "взаємоді*", "відносин*", "партнерств*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("ситуаці*", "обстановк*", "війн*", "конфлікт*", "криз*", "фронт*", "бойов* ді*",
                     "ескалац*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("перемир*", "припинення вогню", "полонен*", "військовополонен*", "деескалац*",
                         "мирн* переговор*", "мирн* угод*", "делімітац*", "демаркац*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("переговор*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("стандарт*", "сумісн*")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("в рамках", "у рамках", "відповідно до", "згідно з", "на підставі", "на основі")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("посол", "посла", "послом", "послу", "посольств*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("денонс*", "розірва*", "припинен* дії", "припинил* дію", "вихід з", "вийшл* з",
                        "вийшов з")

# A signing that describes the document, not the sentence's act: the participle in an oblique case
# ("підписаної минулого року угоди"; the nominative "підписаний" also tells the act) and the relative
# clause ("яку було підписано в Анкарі"); its time dates the document, not a ratification
# (rules.documents_own_time).
LEXICON["signed_attr"] = ("підписаного", "підписаної", "підписаних", "підписану", "підписаним", "підписаною",
                          "підписане", "укладеного", "укладеної", "укладених", "укладену",
                          "re:(?:який|яка|яке|які|яку|якого|якої)\\s+(?:було\\s+|був\\s+|була\\s+|були\\s+)?(?:підписан|підписал|уклал|укладен)\\w*")

# The opening or closing ceremony of an exercise ("на церемонії відкриття спільних навчань") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("церемоні* відкритт*", "церемоні* закритт*", "відкритт* навчан*", "закритт* навчан*",)

# An exercise held in one state with the participation of another's forces ("в Литві почалися навчання за участі українських військових") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("за участі", "за участю", "взяли участь", "взяв участь", "взяла участь", "беруть участь", "бере участь",)

# Troops carrying out an exercise's tasks in interaction with, or alongside, another state's forces
# ("підрозділи у взаємодії з польськими військовими виконали завдання навчань"): a joint exercise of the two (rules.held_together), its tasks done (held).
LEXICON["joint"] += ("у взаємодії з", "спільно з", "пліч-о-пліч",)
LEXICON["conduct"] += ("виконали завдан*", "виконують завдан*",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("привітал*", "привітав", "привітання", "вітання", "співчуття",),
    "habitual": ("# раз*",
                 "re:(?:два|три|чотири|п'ять|шість|сім|вісім|дев'ять|десять|кілька|багато)\\s+раз(?:ів|и)?",
                 "неодноразово", "регулярно",),
    "future": ("перенесено", "перенесли", "перенесла", "переніс", "відкладено", "відклали", "скасовано",
               "скасували", "скасував*", "запросив відвідати", "запрошення відвідати", "не зустріча*",
               "не зустрівся", "не зустрілися", "не відбул*", "не підписал*", "спростува*", "не ратифікува*",
               "відхилил*",),
    "civil_actor": ("міністр* економіки", "мінекономіки", "міністр* фінансів", "мінфін*",
                    "міністр* охорони здоров*", "міністр* освіти", "міністр* культури", "міністр* юстиції",),
    "submission": ("подав до", "подала до", "подали до", "подано до", "вніс до", "внесла до", "внесли до",
                   "внесено до", "направив до", "направила до", "направлено до", "на розгляд",),
    "interview": ("інтерв'ю", "інтерв’ю", "интервью",),
    "company": ("павільйон*", "стенд*",),
    "multilateral": ("контактн* груп*", "коаліці*", "рамштайн*", "іноземних держав", "зарубіжних країн",
                     "дипкорпус*", "дипломатичного корпусу", "безпекова конференція",
                     "безпеков* конференці*",),
    "former": ("колишн*", "екс",),
    "draft_law": ("законопроект*", "проєкт* закону", "проект* закону",),
    "settlement": ("миротвор*", "затриман*", "заручник*",),
    "works": ("завод*", "підприємств*", "верф*",),
    "other_law": ("змін*", "поправк*", "бюджет*",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c1, s10): a meeting that ends with the signing of a document is the signing ---
# The signing named in the instrumental ("зустріч завершилася підписанням плану"): the meeting ended with it,
# so it was done, as Russian "подписанием" already reads.
LEXICON["sign"] += ("підписанням", "укладенням")
# (the perfective present of ending is a future, "зустріч завершиться підписанням", as is "має завершитися": still
# to come)
LEXICON["future"] += ("завершиться", "завершаться", "закінчиться", "закінчаться", "re:ма(?:є|ють)\\s+заверш\\w*",
                      "re:ма(?:є|ють)\\s+закінч\\w*")

# --- Recall (c3, s10): a plan "determined" is approved ---
# Ministries that "determined" (fixed) a plan of cooperation ("визначили план співробітництва на 2027 рік") approved it,
# as "затвердили" says (ru: "определили план"); only the past with a plan or programme as its object.
LEXICON["approve"] += ("re:визнач(?:или|ила|ив)(?=\\s+(?:\\S+\\s+){0,2}?(?:план|програм)\\w*)",)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('змаган*', 'конкурс*', 'чемпіонат*', 'турнір*', 'олімпіад*', 'фестивал*', 'ігор', 'іграх', 'ігри', 'парад*', 'біатлон*', 'кубок*', 'кубк*', 'спартакіад*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZEN_FORMS = ("громадянин", "громадянина", "громадянину", "громадянином", "громадянка", "громадянкою",
                  "громадянки", "громадяни", "громадян", "громадянам", "громадянами")
# (the same word before the state, "гражданин Турции", or after it, "турецкий гражданин")
_CITIZENSHIP = {"citizen": _CITIZEN_FORMS, "citizen_after": _CITIZEN_FORMS}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("прощальн*", "попрощал*", "попрощат*", "представився", "представилася", "представитися",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("курсант*", "студент*", "журналіст*", "блогер*", "школяр*", "учн*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a reception for a state's holiday is a courtesy ---
# A reception or a meeting told as marking a state's holiday (Independence Day, Republic Day, the national day) is a
# courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only).
_HOLIDAYS = {"courtesy": ("день незалежності", "дня незалежності", "днем незалежності", "національн* свят*", "державн* свят*",)}
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s11): whole articles ---
# Veterans of another state received on a holiday are a lay group, no official delegation: no talks (detect._lay_visit,
# as for cadets and journalists).
_VETERANS = {"lay_visitor": ("ветеран*",)}
extend(LEXICON, _VETERANS)

# --- Precision (c2, s11): whole articles ---
# The perfective future of going ("наступного тижня вирушить з візитом") is not done.
_WHOLE_ARTICLES = {"future": ("вирушить", "вирушать", "поїде", "поїдуть", "вилетить", "вилетять", "приїде",
                              "приїдуть",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("архівне фото", "фото з архіву", "фото: архів",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("кредит*", "позик*",)}
extend(LEXICON, _LOANS)
# Months in the locative ("у березні", in March): a month named with no day can date an act long before the page
# (detect._months_long_before).
LEXICON["months"] = {**LEXICON["months"], "січні": 1, "лютому": 2, "березні": 3, "квітні": 4, "травні": 5,
                     "червні": 6, "липні": 7, "серпні": 8, "вересні": 9, "жовтні": 10, "листопаді": 11, "грудні": 12}

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("схвалено", "затверджено", "ухвалено", "схвалений", "схвалена", "затверджений", "затверджена",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("шоу", "re:\\w+шоу\\b", "виставк*", "авіасалон*", "салон*",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('терміново', 'блискавка', 'головне', 'останні новини', 'щойно')}
extend(LEXICON, _TICKER_LABELS)
# The heading of a list of the day's main stories: at a page's opening, above other stories' headlines and the
# article's own (story.opening_tickers); after the story, its end.
_TOP_STORIES = {"story_end": ('головні новини', 'головне за день', 'новини дня')}
extend(LEXICON, _TOP_STORIES)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    "міністерств* охорони здоров'я", "міністр* охорони здоров'я", 'міністерств* соціальної політики', 'міністр* соціальної політики',
    "міністерств* сім'ї*", 'міністерств* освіти', 'міністр* освіти', 'міністерств* культури',
    'міністр* культури', 'міністерств* фінансів', 'міністр* фінансів', 'міністерств* юстиції',
    'міністр* юстиції', 'міністерств* аграрної політики', 'міністерств* молоді та спорту', 'міністр* молоді та спорту',
    'мінсоцполітики', 'мінфін*', "мін'юст*", '=МОЗ',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a day ahead ---
# A day ahead ("завтра", "наступного тижня"): an exercise that begins then is still to come
# (rules.exercise_on_a_coming_day), and so is an act in the present for that day (rules.present_for_a_coming_day).
_DAYS_AHEAD = {"coming": ("завтра", "післязавтра", "наступного тижня", "наступного місяця", "наступного року",
                          "найближчими днями", "найближчим часом",)}
extend(LEXICON, _DAYS_AHEAD)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('діаспор*', 'співвітчизник*', 'земляк*', 'які проживають', 'що проживають', 'які мешкають', 'що мешкають')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('депутат*', 'парламентар*', 'нардеп*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('поклав квіти', 'поклали квіти', 'поклав вінок', 'поклали вінки', 'покладання квітів', 'покладання вінків')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("гість", "re:гост(?:і|ей|ям|ями|ях|я|ю|ем)",)}
extend(LEXICON, _GUESTS)

# --- Recall (c1, s12): an exercise named by the pair's joint adjective ---
# "Навчання" alone is also schooling, so only its phrases are exercises; a pair of states joined in one adjective
# before it ("українсько-польські навчання", "литовсько-українських навчань") names the two sides of an exercise.
_PAIR_FIRST = ("українсько", "польсько", "литовсько", "латвійсько", "естонсько", "румунсько", "молдовсько",
               "американсько", "британсько", "німецько", "французько", "канадсько", "шведсько", "дансько",
               "норвезько", "фінсько", "грузинсько", "турецько", "словацько", "угорсько", "чесько", "болгарсько",
               "грецько", "італійсько", "іспансько", "нідерландсько", "бельгійсько", "японсько", "австралійсько",
               "азербайджансько", "казахсько")
LEXICON["exercise"] += ("re:(?:" + "|".join(_PAIR_FIRST) + ")-\\w+\\s+навчан\\w*",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:переговор|консультаці)\\w*\\s+(?:[\\w'-]+\\s+){0,12}?(?:щодо|про|стосовно|з питань)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("штабн* переговор*", "генеральних штабів",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("під час зустрічі", "під час переговорів", "в ході зустрічі", "за підсумками зустрічі", "за підсумками переговорів", "зустрілися", "зустрілись", "зустрівся", "зустрілася", "провели переговори", "провів переговори", "провела переговори", "провели зустріч", "провів зустріч", "обговорили", "обговорив", "обговорила", "відбулися", "відбулася", "відбулося", "відвідав", "відвідала", "відвідали", "прийняв", "прийняла",),
                 "future": ("домовилися", "домовились", "погодилися", "погодились",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): a year written as an ordinal ---
# "план на 2027-й рік" (for the 2027th year): the year a plan covers, its ordinal ending after a hyphen, as ru
# "на 2027-й год" is read.
LEXICON["plan_year"] += (r"на\s+(20\d\d)-(?:й|ий)\s+(?:рік|р(?![а-яіїєґ]))",)

# --- Precision (c2, s13): the course of an exercise names it ---
# "хід навчань" (the course of the exercise) names the exercise a story reports, as "спільні навчання" does: talks of
# the pair "about the course of the exercise" at its range are part of its report (detect._talks_at_the_exercise).
_EXERCISE_COURSE = {"exercise": ("хід навчань", "ходом навчань", "ході навчань", "ходу навчань")}
extend(LEXICON, _EXERCISE_COURSE)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("домовилися", "домовились", "домовилась", "домовився", "домовляються")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("протягом багатьох років", "вже багато років", "багато років", "щороку", "щорічно", "регулярно")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("який", "яка", "яке", "які", "яку", "якого", "якої", "яких", "якій", "яким")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("минулого тижня", "на минулому тижні", "нещодавно", "днями", "тиждень тому", "кілька днів тому")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Міністр провів розмову з ...") names the outlet's own minister, as its
# press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("міністр", "міністерка",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("Закон про ратифікацію угоди ... набрав чинності") tells the ratification
# done (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("набрав чинності", "набув чинності", "набирає чинності", "опубліковано", "опублікований", "оприлюднено")}
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("військові України та Польщі відпрацювали оборону") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("відпрацювали", "відпрацьовують", "тренувалися")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("програма співробітництва на наступний рік") binds it to a year:
# a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a future
# word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("на наступний рік", "на майбутній рік", "на прийдешній рік")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("спільн* польот*", "re:спільн\\w*\\s+(?:[\\w-]+\\s+){0,2}?тренуванн\\w*", "командно-штабн* тренуванн*"),
                            "conduct": ("виконали", "виконав", "виконала"), "civil_topic": ("авіакомпані*", "студент*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a commission on military-technical cooperation is theirs too; a delegation "була прийнята" by an official was
# met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("re:(?:комісі|комітет|робоч\\w*\\s+груп)\\w*\\s+(?:\\S+\\s+){0,4}?з\\s+(?:питань\\s+)?військово-технічн\\w*",),
                           "meeting": ("re:(?:був|була|було|були)\\s+прийнят[аоі]?\\s+(?:\\w+\\s+){0,2}?(?:міністр|заступник|начальник|"
                                       "командувач|голов|керівник)\\w*",),
                           "met": ("re:(?:був|була|було|були)\\s+прийнят[аоі]?\\s+(?:\\w+\\s+){0,2}?(?:міністр|заступник|начальник|"
                                   "командувач|голов|керівник)\\w*",)}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("міністр* внутрішніх справ", "міністерств* внутрішніх справ", "=МВС", "поліці*", "нацполіці*", "прикордонн* служб*", "держприкордонслужб*", "=ДПСУ", "митн*", "надзвичайн* ситуаці*", "=ДСНС", "національн* гварді*", "нацгварді*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("аташе",)}
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s14): a charity, a foundation, a non-governmental or humanitarian organisation ---
# A body that acts for no state, named with a state's adjective or seat ("a British charity", "the Swiss-based Red
# Cross"): the state is the body's, as a company's is (detect._company_states), no party to talks or to an act.
_NON_STATE_BODIES = {"company": ("благодійн*", "фонд", "фонду", "фондом", "неурядов*", "громадськ* організаці*", "червоного хреста", "червоний хрест")}
extend(LEXICON, _NON_STATE_BODIES)

# --- Precision (c2, s14): a signing of before told in the plain past passive ---
# Ukrainian has no pluperfect in the press: "План на 2026 рік був підписаний у Києві" ("було підписано"), after the
# story's own news, looks back as "had been signed" does; the same words tied to the day's occasion ("За підсумками
# зустрічі було підписано план") report the day's signing (detect._earlier_in_the_plain_past).
_PLAIN_PAST = {"past_passive": ("re:(?:був|була|було|були)\\s+(?:\\w+\\s+){0,2}?(?:підписан|укладен|затверджен)\\w*",),
               "occasion": ("за підсумками", "за результатами", "під час", "в ході", "у ході", "по завершенні",
                            "в рамках візиту", "у рамках візиту", "в присутності", "у присутності", "також",
                            "крім того", "потім", "тоді ж")}
extend(LEXICON, _PLAIN_PAST)

# --- Precision (c2, s14): a diplomat named by his nationality ---
# "the UN resident coordinator, the Norwegian diplomat Kari Olsen": a state's adjective before a bare "diplomat" names a
# person's nationality, as "a Swiss national" does (facts._attach_mentions), no party to talks; an ambassador or an
# envoy of that state is named as such (``envoy``).
_DIPLOMATS = {"citizen_after": ("дипломат", "дипломата", "дипломатом", "дипломатка", "дипломаткою")}
extend(LEXICON, _DIPLOMATS)

# --- Precision (c2, s14): intelligence and state security services are no defence bodies ---
# A state's intelligence or security service met by a defence official is a security body (detect._security_body_met);
# military intelligence is the armed forces' own and is not listed.
_SECURITY_SERVICES = {"security_body": ("=СБУ", "служб* безпеки", "служб* зовнішньої розвідки")}
extend(LEXICON, _SECURITY_SERVICES)

# --- Precision (c2, s14): civil officials and people met by a defence official ---
# A governor, a mayor, members of parliament, businessmen: met on one side of a meeting whose defence officials all
# stand on the other, no defence talks (detect._security_body_met).
_CIVIL_OFFICIALS = {"civil_official": ("губернатор*", "мер", "мера", "мером", "підприєм*", "бізнесмен*")}
extend(LEXICON, _CIVIL_OFFICIALS)

# --- Precision (c2, s14): defence ministers who also attended the leaders' meeting ---
# "The meeting was also attended by the defence ministers of both countries", after a lead on the presidents' talks:
# the ministers sat in the leaders' delegations; the meeting is no defence talks (detect._attended_a_civil_meeting).
_ALSO_ATTENDED = {"attendance": ("також взяли участь", "також взяв участь", "також були присутні", "були присутні також")}
extend(LEXICON, _ALSO_ATTENDED)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "політико-військові консультації" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("політико-військов* консультаці*", "політико-військов* переговор*", "політико-військов* діалог*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference, a reconnaissance, the preparation of a joint exercise ("у рамках підготовки спільних навчань"): what is held is
# its preparation, the exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held); so is
# its concept agreed by the staffs ("согласовали замысел учений", "погодили задум навчань").
_EXERCISE_PREPARATION = {"preparation": ("задум", "конференці* з планування", "планувальн* конференці*", "з планування", "в рамках підготовки", "у рамках підготовки", "під час підготовки", "підготовк* до", "підготовч*", "рекогносцировк*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a parliament's next session is a time ahead ---
# An act set for a chamber's next session or sitting ("Верховна Рада ратифікує угоду на наступному пленарному засіданні") is announced, not done: the session is still
# to come, as "tomorrow" is (``coming``: rules.announced_not_done with a present verb).
_NEXT_SESSIONS = {"coming": ("на наступному засіданні", "на наступному пленарному засіданні", "на найближчому засіданні", "на найближчому пленарному засіданні", "на наступній сесії", "на найближчій сесії",)}
extend(LEXICON, _NEXT_SESSIONS)

# --- Precision (c2, s15): a commission on trade and the economy is civil ---
# Its meeting ("міжурядова комісія з питань торговельно-економічного співробітництва") is the civil ministries' even where the sides list the defence industry among
# its topics: "the sides" of it are civil officials (detect._civil_meeting, detect._talks).
_ECONOMIC_COMMISSIONS = {"civil_actor": ("комісі* з питань торговельно-економічн*", "комісі* з торговельно-економічн*", "комісі* з економічн*", "торговельно-економічн* комісі*",)}
extend(LEXICON, _ECONOMIC_COMMISSIONS)

# --- Precision (c2, s15): act verbs in the present ---
# "ратифікує", "підписує": the present (or the perfective future) of an act; with a day or a session ahead ("на
# наступному пленарному засіданні", "у понеділок") the act is announced, not done (rules.present_for_a_coming_day),
# and told with a habit's word it is a habit (rules.act_as_a_habit), as the ru lexicon's present reads.
_PRESENT_ACTS = {"present": ("ратифікує", "ратифікують", "підписує", "підписують", "підписується", "підписуються",
                             "затверджує", "затверджують", "схвалює", "схвалюють", "укладає", "укладають")}
extend(LEXICON, _PRESENT_ACTS)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("яка набуде чинності після її ратифікації"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("після його ратифікації", "після її ратифікації", "після їх ратифікації", "після ратифікації", "підлягає ратифікації", "підлягають ратифікації", "потребує ратифікації", "ще не ратифікован*",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Precision (c2, s15): meetings told over recent years ---
# Meetings summed up over a span of years ("переговори з Польщею останніми роками були успішними"), as a minister tells them at a press conference, are
# many meetings, none of them the story's event (``habitual``: detect._meetings_counted).
_RECENT_YEARS = {"habitual": ("останніми роками", "за останні роки", "протягом останніх років", "в останні роки", "у останні роки",)}
extend(LEXICON, _RECENT_YEARS)

# --- Precision (c2, s15): what a minister says at his press conference ---
# A minister speaking at a press conference or a briefing ("заявив на пресконференції, що переговори ... були успішними") tells of meetings, as in an interview: they
# are its subject, not the story's event (``interview``: detect._talks). Two sides' press conference after their talks
# ("на спільній пресконференції") is not one of these words, and its talks stay.
_PRESS_CONFERENCES = {"interview": ("на пресконференції", "на прес-конференції", "на брифінгу",)}
extend(LEXICON, _PRESS_CONFERENCES)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, and names whose every word declines, armed forces known by their own name, and capitals the press names
# as their governments ("Канберра signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "DZ": ("алжирськ*",), "TN": ("туніськ*",), "ET": ("ефіопськ*", "етіопськ*"), "PE": ("перуанськ*",),
    "OM": ("оманськ*",), "CU": ("кубинськ*",), "GH": ("ганськ*",), "MZ": ("мозамбіцьк*",), "BD": ("бангладеськ*",),
    "NP": ("непальськ*",), "NZ": ("новозеландськ*",),
    "ZA": ("південноафриканськ*", "південно-африканськ*", "=ПАР"), "KE": ("кенійськ*",), "CL": ("чилійськ*",),
    "BR": ("бразильськ*",),
}, "capitals": {
    "ZA": ("преторі*",), "AU": ("канберр*",), "ID": ("джакарт*",), "NG": ("абуджі", "абуджа", "абуджу"),
    "SA": ("ер-ріяд*", "ріяд*"), "KE": ("найробі",), "JP": ("токіо",), "EG": ("каїр*",), "IN": ("нью-делі",),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- Recall (c4, s16): exercises told by the firing or the actions practised ---
# Two states' troops who "practised joint actions" or "practised interaction" ("відпрацювали спільні дії",
# "відпрацювали питання взаємодії") or held joint or artillery live firing in the plural ("спільні артилерійські
# стрільби"; the singular "стрільба" is shooting, an incident) held an exercise, as ru now reads them.
_EXERCISES_BY_FIRING_AND_ACTIONS = {
    "exercise": ("відпрацювали спільні дії", "відпрацьовують спільні дії", "відпрацювали взаємодію",
                 "відпрацьовують взаємодію", "відпрацювали питання взаємодії", "відпрацьовують питання взаємодії",
                 "спільні стрільби", "спільних стрільб", "спільних стрільбах",
                 "re:спільн\\w*\\s+(?:[\\w-]+\\s+){1,2}?стрільб(?:и|ах)?\\b", "артилерійські стрільби",
                 "артилерійських стрільб", "артилерійських стрільбах"),
}
extend(LEXICON, _EXERCISES_BY_FIRING_AND_ACTIONS)

# --- Kinds (c4, s16): a protocol amending an agreement ratified before ---
# "Підписали протокол про внесення змін до ратифікованої у 2015 році угоди": the agreement amended, named with its
# ratification as its attribute, is the protocol's frame, that ratification the frame's past, and the act is the
# protocol's signing (facts._frame_ratifications). Only with the participle: a parliament that "ратифікувала
# протокол до угоди" ratified it.
_AMENDED_AGREEMENTS = {"frame": ("до ратифікован*", "до раніше ратифікован*", "в ратифікован*", "у ратифікован*")}
extend(LEXICON, _AMENDED_AGREEMENTS)

# --- Precision (c3, s16; issue 15): a ratification told in the present-future ---
# "ратифікувати" is of both aspects: "ратифікує" is the perfective's future as often as a present, and the press tells
# a ratification done in the past ("ратифікувала", "ратифікував"), one to come in this form ("Верховна Рада ратифікує
# угоду ..." before the sitting). Told so, the act is ahead (rules.announced_not_done), as a signing announced is.
_RATIFICATION_PRESENT_FUTURE = {"future": ("ратифікує", "ратифікують")}
extend(LEXICON, _RATIFICATION_PRESENT_FUTURE)

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("інцидент на кордоні", "перестрілка") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("інцидент*", "перестрілк*", "обстріл*", "провокаці*", "зіткнен*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): the year in review ---
# A review of the year ("Упродовж року міністерство підписало: ...", a list of the year's plans and agreements under it) sums up acts each reported when it
# happened: the span of a whole year before the act makes it the year's background, none the story's news
# (``background``: detect._is_background), as "last year" does. A plan "for" a year names its year, not a span.
_YEAR_IN_REVIEW = {"background": ("у минаючому році", "в минаючому році", "за минулий рік", "упродовж року", "протягом року", "впродовж року", "за підсумками року")}
extend(LEXICON, _YEAR_IN_REVIEW)

# --- Precision (c3, s16; issue 15): what is done ahead of talks ---
# Talks, a meeting or a visit "напередодні" or "в переддень" of which something is done ("Напередодні переговорів з
# польським колегою міністр ... високо оцінив ...") are still to come: no meeting (rules.announced_not_done), unless
# a verb tells one held.
_AHEAD_OF_TALKS = {"future": ("re:(?:напередодні|в\\s+переддень|у\\s+переддень)\\s+(?:\\w+\\s+){0,1}?(?:переговор|зустріч|візит|консультаці)\\w*",)}
extend(LEXICON, _AHEAD_OF_TALKS)

# --- Precision (c3, s16; issue 15): a ratified document beside a signing ---
# The participle "ратифікован*" in the case of its document ("підписали протокол до угоди, ратифікованої парламентами
# у 2021 році"); beside a signing told by its verb, the act is the signing (``ratified_attr``:
# facts._drop_ratified_documents). "ратифіковано" (the impersonal predicate) tells the act and is not one of these.
_RATIFIED_DOCUMENTS = {"ratified_attr": ("ратифікованої", "ратифікованій", "ратифікованого", "ратифікованому",
                                         "ратифікованих", "ратифікованим", "ратифіковану", "ратифікованої раніше")}
extend(LEXICON, _RATIFIED_DOCUMENTS)

# --- Recall (c4, s16): the outlet's own head of state by his bare title ---
# A head of state receiving another state's defence minister to discuss military cooperation holds talks (SCHEMA.md
# names defence officials; train's b081 reads a head of government meeting a chief of staff as talks). His own
# outlets name him by a bare title ("Глава держави зустрівся з міністром оборони Литви"), as they name their own minister (not a bare "president": on another state's outlet "President Tokayev" is
# no president of that outlet's state): a sentence that opens on it names the
# outlet's state (detect._bare_title_opens). Not with a foreign or economy minister: no defence official is met.
_HEADS_OF_STATE_BY_TITLE = {"bare_title": ("глава держави",)}
extend(LEXICON, _HEADS_OF_STATE_BY_TITLE)
