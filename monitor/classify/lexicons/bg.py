"""Bulgarian lexicon: state names (Bulgarian has no cases; adjectives take the article: българската,
румънските), capitals, and how Bulgarian outlets report
acts: "подписаха" / "беше подписан" (signed), "ратифицира" with the National Assembly, the meeting
("среща", "разговори") and the exercise ("учение", held: "се проведе").

"Учени" (scientists) is no exercise: only "учение"/"учения" are listed. Pattern syntax: see
``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

# Bodies the two defence establishments hold, named by their defence subject (a working group or a
# joint commission on military cooperation, a military dialogue): a meeting of theirs is defence talks
# (SCHEMA.md); civil officials who discuss one hold none (detect._talks).
_BODIES = (
    "работна* група* по военно сътрудничество", "работна* група* по отбранително сътрудничество", "комисия* по военно сътрудничество", "съвместна* военна* комисия*", "военен диалог", "военния диалог",
)

LEXICON = {
    "stopwords": ("на", "и", "за", "да", "се", "от", "са", "които", "това", "със", "ще", "който",
                  "като", "по", "че", "но", "във", "при", "бяха", "беше", "между"),
    "countries": {
        "BG": ("българи*", "български*", "българск*",
               # the outlet's own state, in the first person plural ("нашата страна")
               "нашата страна", "страната ни", "нашата армия", "армията ни"), "RU": ("русия", "руск*", "=РФ"),
        "US": ("=САЩ", "американск*", "съединени* щати*"), "TR": ("турция", "турск*"),
        "GR": ("гърция", "гръцк*"), "RO": ("румъния", "румънск*"), "MK": ("северна македония", "македония",
                                                                         "македонск*"),
        "RS": ("сърбия", "сръбск*"), "UA": ("украйна", "украинск*"), "DE": ("германия", "германск*", "немск*"),
        "FR": ("франция", "френск*"), "GB": ("великобритания", "британск*", "обединеното кралство", "английск*", "англия"),
        "IT": ("италия", "италианск*"), "PL": ("полша", "полск*"), "AZ": ("азербайджан*", "азербайджанск*"),
        "GE": ("грузия", "грузинск*", "грузинц*"), "AM": ("армения", "арменск*", "арменц*"), "AL": ("албания", "албанск*"),
        "HR": ("хърватия", "хърватск*"), "CY": ("кипър", "кипърск*"), "HU": ("унгария", "унгарск*"),
        "CZ": ("чехия", "чешк*"), "SK": ("словакия", "словашк*"), "SI": ("словения", "словенск*"),
        "AT": ("австрия", "австрийск*"), "NL": ("нидерландия", "холандия", "нидерландск*", "холандск*"),
        "BE": ("белгия", "белгийск*"), "ES": ("испания", "испанск*"), "PT": ("португалия", "португалск*"),
        "NO": ("норвегия", "норвежк*"), "SE": ("швеция", "шведск*"), "FI": ("финландия", "финландск*"),
        "DK": ("дания", "датск*"), "LT": ("литва", "литовск*"), "LV": ("латвия", "латвийск*"),
        "EE": ("естония", "естонск*"), "MD": ("молдова", "молдовск*"), "ME": ("черна гора", "черногорск*"),
        "XK": ("косово",), "BA": ("босна и херцеговина", "босненск*"), "IL": ("израел*",), "EG": ("египет", "египетск*", "египтян*"),
        "KZ": ("казахстан*", "казахск*"), "UZ": ("узбекистан*", "узбекск*"), "CN": ("китай", "китайск*"), "JP": ("япония", "японск*"),
        "KR": ("южна корея", "южнокорейск*"), "IN": ("индия", "индийск*"), "CA": ("канада", "канадск*"),
        "AE": ("=ОАЕ", "обединени* арабски* емирства"), "QA": ("катар*",), "SA": ("саудитска арабия", "саудитск*"),
        "JO": ("йордания", "йорданск*"), "IR": ("иран", "иранск*"),
        # Demonyms and adjectives CLDR's names do not start
        "SY": ("сирийск*",), "IQ": ("иракск*",), "BY": ("беларус*",), "AU": ("австралийск*",), "BR": ("бразилск*",),
        "LB": ("ливанск*",), "DZ": ("алжирск*",), "MA": ("мароканск*",), "TN": ("тунизийск*",),
        "MX": ("мексиканск*",), "PK": ("пакистанск*",), "VN": ("виетнамск*",),
    },
    # The first state of a pair written as one adjective ("българо-гръцко учение"): matched only before a hyphen.
    "combining": {"BG": ("българо",), "US": ("американо",), "FR": ("франко",), "DE": ("германо",), "IT": ("италиано",)},
    "capitals": {
        "BG": ("софия",), "RO": ("букурещ*",), "GR": ("атина",), "TR": ("анкара",), "MK": ("скопие",),
        "RS": ("белград*",), "US": ("вашингтон*", "пентагон*"), "RU": ("москва",), "UA": ("киев",),
        "DE": ("берлин",), "FR": ("париж",), "GB": ("лондон",), "PL": ("варшава",), "HU": ("будапеща",),
                 "IT": ("рим",), "ES": ("мадрид",), "PT": ("лисабон",), "CZ": ("прага",), "SK": ("братислава",),
                 "HR": ("загреб",), "SI": ("любляна",), "AL": ("тирана",), "ME": ("подгорица",), "BA": ("сараево",),
                 "MD": ("кишинев",), "JP": ("токио",), "KR": ("сеул",), "CN": ("пекин",), "IN": ("ню делхи",),
                 "CY": ("никозия",), "IL": ("тел авив", "йерусалим"), "EG": ("кайро",), "SA": ("рияд",),
                 "QA": ("доха",), "AZ": ("баку",), "GE": ("тбилиси",), "AM": ("ереван",), "LT": ("вилнюс",),
                 "LV": ("рига",), "EE": ("талин",), "FI": ("хелзинки",), "SE": ("стокхолм",), "NO": ("осло",),
                 "DK": ("копенхаген",), "NL": ("хага",), "CA": ("отава",)},
    "blocs": {"NATO": ("=НАТО",), "EU": ("=ЕС", "европейския съюз", "европейският съюз")},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=ОССЕ",
                     "тристранн*", "многостранн*", "трите страни", "# страни", "държави-членки*",
                     "страни-членки*", "многонационалн*",
                     # three or more, in words, and allies at large ("още десет съюзни държави")
                     "re:(?:три|четири|пет|шест|седем|осем|девет|десет|\\d+)\\s+(?:съюзни\\s+)?(?:държави|страни)",
                     "съюзни* държави", "съюзнически* държави", "съюзнически* войски", "съюзнически* сили",
                     "съюзнически* военн*", "други съюзници", "другите съюзници",
                     # regional frames, whichever two of their members a sentence names
                     "=B9", "букурещката деветка", "=SEDM", "югоизточна европа"),
    "bilateral": ("двустранн*", "двете страни", "двете държави", "двете министерства"),
    "between": ("между",),
    "counterpart": ("колег*", "страни*", "двете"),
    "sidelines": ("в кулоарите", "в рамките"),
    # Every form of the perfective "подпиша" that reports the act (подписаха, подписан, подписаните,
    # са подписали), the imperfective and its noun (подписват, подписване) and the passive "се подписа".
    "sign": ("подписа*", "подписва*", "сключи*", "сключва*", "сключен*"),
    # The act named as a noun: the verb of its clause gives it its tense ("подписването ще се състои").
    "act_noun": ("подписване", "подписването", "подписването на", "сключване", "сключването",
                 "ратификация", "ратификацията"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    # The definite participle as an attribute of the document ("одобри подписаното споразумение"): with
    # a verb of approval, the approval of a signed agreement (its ratification).
    "signed_attr": ("подписаното", "подписания", "подписаният", "подписаната", "подписаните"),
    "approve": ("одобри*", "прие*", "утвърди*", "зелена светлина", "гласува*"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("комисия*", "първо четене",),
    "ratify": ("ратифицира*", "ратификаци*", "влизане в сила"),
    # The procedure named as a noun ("внесе законопроект за ратифициране"): only the verb ("ратифицира")
    # or a vote on the law reports it.
    "ratify_noun": ("ратифициране", "ратифицирането", "ратификация", "ратификацията", "влизане в сила"),
    # The draft of a law (adopting it ratifies), unlike the draft of an agreement.
    "draft_law": ("законопроект*", "проектозакон*", "проект на закон*", "проекта на закон*"),
    "authority": ("парламент*", "народното събрание", "народно събрание", "президент*", "правителство*",
                  "министерски* съвет*", "закон*", "депутат*"),
    "plan_nouns": ("план", "плана", "планът", "планове*"),
    "programme_nouns": ("програма*",),
    "agreement_nouns": ("споразумени*", "меморандум*", "протокол*", "договор*", "пътна карта", "пътната карта",
                        "декларация*", "писмо за намерения"),
    "generic_doc_nouns": ("документ*",),
    "meeting": ("заседава*", "среща*", "срещна*", "разговаря*", "посещени*", "посети", "посетиха", "визит*", "разговор*", "преговори*", "консултаци*",
                "обсъдиха", "разгледаха", "телефонен разговор", "работна група*", "прие*"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("посещение", "посещението", "посещения", "визита", "визитата", "среща", "срещата", "срещи", "срещите",
                     "разговори", "разговорите", "преговори", "преговорите", "консултации", "консултациите"),
    "exercise": ("учение", "учението", "учения", "ученията", "маневри*", "съвместн* подготовк*",
                 "съвместн* тренировк*"),
    "conduct": ("проведе*", "проведоха", "провеждаха", "започна*", "започва", "започват", "завърши*", "се провежда", "се провеждат", "провеждат", "стартира*",
                "протича*", "приключи*", "откри*", "изпълни*", "осъществи*", "осъществява*", "участва*", "участваха", "взеха участие", "вземат участие"),
    "discussion": ("обсъд*", "перспектив*", "покан*", "намерени*"),
    "defence_actor": (*_BODIES, "министър* на отбраната", "министр* на отбраната", "министерств* на отбраната", "въоръжени* сили*",
                      "арми*", "генерален щаб*", "генералния щаб*", "военн* аташе", "военн* делегаци*",
                      "военнослужещ*", "=МО",
                      # the head of defence and the services by the names the press uses
                      "военноморски* сили", "военновъздушни* сили", "сухопътни* войски", "началник* на отбраната",
                      "началника на отбраната", "командване* на съвместните сили"),
    "defence_topic": ("отбран*", "военн*"),
    "civil_actor": ("външн* министр*", "външния министър", "гранична полиция", "вътрешните работи", "полиц*", "=МВР", "външните работи", "=МВнР",
                    "=ДАНС", "митниц*", "прокуратура*", "гражданска защита", "пожарн*"),
    "civil_topic": ("енерг*", "търгови*", "икономи*", "спорт*", "футбол*", "клуб*", "стадион*",
                    "спортна*", "наем*", "шенген*", "туризъм*", "транспорт*", "инвестици*"),
    # A contract with a club is no act between states ("договор с футболния клуб").
    "company": ("корабостроител*", "компания*", "фирма*", "дружество*", "концерн*", "корпораци*", "клуб", "клуба", "клубът"),
    # Not "ще" alone: "подписаха споразумение, което ще ..." is a done act; "ще бъде подписан" is not.
    "future": (
               # a signing or a meeting set for a date ("is scheduled for March"): still to come
               "насрочен*", "предвиден*",
               "ще", "ще бъде", "ще бъдат", "ще се", "ще подпиш*", "предстои*", "планира*", "очаква се", "възнамерява*", "предлож*", "предлага*", "трябва да",
               # "могат да подпишат", "биха подписали": a possibility, not an act
               "могат да", "може да", "би могл*", "биха подпис*", "би подписал*",
               # an approval or authority to sign precedes the signing (SCHEMA.md)
               "одобри подписването", "одобри проекта", "одобрява подписването", "упълномощ*",
               "разреши подписването", "за подписване",
               # whatever the approval's form, when its object is the signing or the conclusion
               # ("одобри сключването на споразумение", "разрешава подписването")
               "re:(?:одобр|разреш|упълномощ)\\w*\\s+(?:\\S+\\s+){0,3}?(?:подписването|подписване|сключването|сключване)",
               # so do negotiations for concluding one ("одобри започването на преговори за сключване")
               "за сключване", "за сключването",
               # the signing a verb of discussing governs is still to come ("обсъдиха подписването")
               "re:(?:обсъд|обсъжд|разгледа|договаря)\\w*\\s+(?:и\\s+)?подписването"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("в", "във", "на територията на"),
    "draft": ("проект*", "парафира*",),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("съвместн*", "заедно"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("с", "със"),
    "purchase": ("закупуване", "закупи*", "покупка", "покупки", "купува*",
                 # a gift of arms handed over (its handover certificate signed) is no cooperation act either
                 "дарение", "дарението", "дарения", "даренията"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# години от", "преди # години", "годишнин* от подписването", "годишнин* от сключването",
                "годишнин* от ратифицирането", "re:(?:десет|петнадесет|двадесет|тридесет)\\s+години\\s+от"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "преди * години", "годишнин* от подписването", "години от подписването",
                   "по-рано", "миналата година", "припомняме", "напомняме",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "припомни, че", "припомниха, че", "напомни, че", "преди # години"),
    "reporting": ("съобщи*", "заяви*", "според", "информира*", "съобщават", "предаде*"),
    "start": ("започна*", "започва", "започват", "стартира*"),
    "date_joiners": (),
    "range_words": ("до", "и"),
    "months": {"януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
               "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12},
    # Act verbs in the present tense: with a day to come, the act is announced ("подписват в понеделник").
    "present": ("подписва", "подписват", "сключва", "сключват", "ратифицира", "ратифицират"),
    # Time words that point ahead.
    "coming": ("следващата седмица", "следващия месец", "утре", "в следващите дни", "предстои"),
    "weekdays": {"понеделник": 0, "вторник": 1, "сряда": 2, "четвъртък": 3, "петък": 4, "събота": 5,
                 "неделя": 6},
    "today": ("днес",),
    "yesterday": ("вчера",),
    "plan_year": (r"\bза\s+(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?(?:г|година|години)",
                  # "за 2025" with no "г."
                  r"\bза\s+(20\d\d)(?:\s*[-–—]\s*20\d\d)?(?![\d-])"),
    "story_end": ("свързани новини", "коментари*", "последни новини", "най-четени*", "тагове*", "споделете*"),
    "story_skip": (),
    "story_aside": ("прочетете още*", "още по темата*", "вижте още*", "още от*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("телефон*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("сътрудничеств*", "взаимодействи*", "отношени*", "партньорств*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("положени*", "ситуаци*", "войн*", "конфликт*", "криза*", "кризата", "фронт*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("примири*", "прекратяване на огъня", "пленни*", "военнопленни*", "мирни преговори",
                         "мирно споразумение", "мирен договор")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("преговор*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("стандарт*", "съвместимост*")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("в рамките на", "съгласно", "въз основа на", "в съответствие с")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("посланик*", "посолств*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("денонсира*", "прекрати*", "суспендира*", "анулира*")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("поздрав*", "честити*", "съболезнова*",),
    "habitual": ("# пъти", "многократно", "редовно", "неколкократно",),
    "future": ("отложен*", "отложи", "отменен*", "отмени", "да бъде", "да бъдат", "отхвърли*",
               "не ратифицира",),
    "civil_actor": ("министъ* на икономиката", "министри* на икономиката", "министъ* на финансите",
                    "министъ* на здравеопазването", "министъ* на образованието", "министъ* на културата",
                    "министъ* на правосъдието",),
    "submission": ("внесе в", "внася в", "внесен в", "внесено в", "внесоха в", "внесе за",),
    "interview": ("интервю*",),
    "company": ("павилион*", "щанд*",),
    "former": ("бивш*", "екс",),
    "settlement": ("мироопазващ*", "заложни*",),
    "works": ("завод*", "корабостроител*",),
    "other_law": ("промени", "промените", "изменени*", "бюджет*",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c3, s10): the plenary's adoption of a ratification law, told by reading or in the passive ---
# The final reading names the plenary's vote ("прие на второ четене закона за ратифициране", "прие окончателно"):
# the verb and its reading are one approval, whose object (the law) then follows as with "прие закона".
# A law "was adopted" (passive, "законът за ратифициране ... беше приет"): the law, named before the verb, is
# what was adopted, not a visitor received ("посланикът беше приет" names no law, so it stays a reception).
LEXICON["approve"] += ("re:прие\\w*\\s+(?:окончателно\\s+)?на\\s+второ\\s+четене",
                       "re:закон\\w*\\s+(?:\\S+\\s+){0,12}?(?:беше|бе|е|са|бяха)\\s+(?:окончателно\\s+)?(?:приет|приета|прието|приети)")

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('състезани*', 'конкурс*', 'шампионат*', 'турнир*', 'олимпиад*', 'фестивал*', 'игри', 'парад*', 'купа')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZEN_FORMS = ("гражданин", "гражданина", "гражданка", "граждани", "гражданите", "граждани на")
# (the same word before the state, "гражданин Турции", or after it, "турецкий гражданин")
_CITIZENSHIP = {"citizen": _CITIZEN_FORMS, "citizen_after": _CITIZEN_FORMS}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("прощалн*", "сбогува*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("курсант*", "студент*", "журналист*", "ученици",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# An act in the present told as what the states do every year is a habit (rules.act_as_a_habit: "всяка година
# министерствата подписват план").
_WHOLE_ARTICLES = {"habitual": ("всяка година", "ежегодно", "година след година",)}
extend(LEXICON, _WHOLE_ARTICLES)
# Veterans of another state received on a holiday are a lay group, no official delegation: no talks (detect._lay_visit,
# as for cadets and journalists).
_VETERANS = {"lay_visitor": ("ветеран*",)}
extend(LEXICON, _VETERANS)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("архивна снимка", "снимка: архив", "архивен кадър",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("заем*", "кредит*",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("одобрен", "одобрена", "одобрено", "одобрени", "утвърден", "утвърдена", "утвърдено", "утвърдени",)}
extend(LEXICON, _PASSIVE_APPROVAL)
# The passive participles are approvals as the verbs "одобри", "утвърди" are (their stems do not reach them).
LEXICON["approve"] += _PASSIVE_APPROVAL["passive_approval"]

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("шоу", "re:\\w+шоу\\b", "изложение*", "изложба*", "салон*",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('извънредно', 'спешно', 'последни новини', 'горещо', 'breaking')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'министерств* на здравеопазването', 'министър* на здравеопазването', 'министерств* на труда', 'министър* на труда',
    'министерств* на образованието', 'министър* на образованието', 'министерств* на културата', 'министър* на културата',
    'министерств* на финансите', 'министър* на финансите', 'министерств* на правосъдието', 'министър* на правосъдието',
    'министерств* на земеделието', 'министър* на земеделието',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('диаспора*', 'общност*', 'сънародни*')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('депутат*', 'народни представители', 'парламентаристи*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('венец', 'венци', 'поднасяне на цветя')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("република корея",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:разговори|консултации|преговори)\\s+(?:[\\w'-]+\\s+){0,12}?(?:относно|за|по)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("щабни разговори", "щабове*",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("по време на срещата", "на срещата", "се срещнаха", "се срещна", "проведоха разговори", "проведе разговори", "обсъдиха", "обсъди", "посети", "се проведоха", "се проведе", "прие",),
                 "future": ("се договориха да", "договориха се да", "решиха да",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("беше подписан*", "бяха подписан*", "бе подписан*", "беше подписал*", "бяха подписали", "беше ратифициран*", "бяха ратифицирали", "беше ратифицирал*", "беше одобрен*", "беше проведен*", "бяха проведени", "се бяха срещнали", "се беше срещнал*")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("от години", "от много години")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("който", "която", "които", "което")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("миналата седмица", "наскоро", "преди седмица", "преди няколко дни")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Министърът проведе разговор с ...") names the outlet's own minister, as
# its press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("министърът", "министър",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("Законът за ратифициране ... е обнародван") tells the ratification done
# (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("обнародван", "е обнародван", "влезе в сила", "влиза в сила")}
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("военни от България и Гърция отработиха отбраната") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("отработиха", "отработват", "тренираха")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("програмата за сътрудничество за следващата година") binds it to
# a year: a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a
# future word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("за следващата година", "за идната година", "за предстоящата година")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("съвместн* полет*", "re:съвместн\\w*\\s+(?:[\\w-]+\\s+){0,2}?тренировк\\w*"),
                            "conduct": ("изпълниха", "изпълни"), "civil_topic": ("авиокомпани*",)}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "приета от" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("военни консултации", "военните консултации"),
                           "meeting": ("беше приета от", "бе приета от", "беше приет от", "бяха приети от"),
                           "met": ("беше приета от", "бе приета от", "беше приет от", "бяха приети от")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("вътрешните работи", "=МВР", "полиц*", "гранична полиция", "гранична служба", "митниц*", "гражданска защита", "пожарн*", "бедстви*", "жандармерия*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("аташе",)}
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s14): a charity, a foundation, a non-governmental or humanitarian organisation ---
# A body that acts for no state, named with a state's adjective or seat ("a British charity", "the Swiss-based Red
# Cross"): the state is the body's, as a company's is (detect._company_states), no party to talks or to an act.
_NON_STATE_BODIES = {"company": ("фондация*", "неправителствен*", "благотворителн*", "червения кръст", "червен кръст")}
extend(LEXICON, _NON_STATE_BODIES)

# --- Precision (c2, s14): a diplomat named by his nationality ---
# "the UN resident coordinator, the Norwegian diplomat Kari Olsen": a state's adjective before a bare "diplomat" names a
# person's nationality, as "a Swiss national" does (facts._attach_mentions), no party to talks; an ambassador or an
# envoy of that state is named as such (``envoy``).
_DIPLOMATS = {"citizen_after": ("дипломат", "дипломатка")}
extend(LEXICON, _DIPLOMATS)

# --- Precision (c2, s14): intelligence and state security services are no defence bodies ---
# A state's intelligence or security service met by a defence official is a security body (detect._security_body_met);
# military intelligence is the armed forces' own and is not listed.
_SECURITY_SERVICES = {"security_body": ("=ДАНС", "разузнаване", "разузнаването", "служба за сигурност", "държавна сигурност")}
extend(LEXICON, _SECURITY_SERVICES)

# --- Precision (c2, s14): civil officials and people met by a defence official ---
# A governor, a mayor, members of parliament, businessmen: met on one side of a meeting whose defence officials all
# stand on the other, no defence talks (detect._security_body_met).
_CIVIL_OFFICIALS = {"civil_official": ("кмет", "кмета", "кметът", "губернатор*", "областн* управител*", "бизнесмен*", "депутат*", "народни представители", "парламентарист*", "делегация на комисията")}
extend(LEXICON, _CIVIL_OFFICIALS)

# --- Precision (c2, s14): defence ministers who also attended the leaders' meeting ---
# "The meeting was also attended by the defence ministers of both countries", after a lead on the presidents' talks:
# the ministers sat in the leaders' delegations; the meeting is no defence talks (detect._attended_a_civil_meeting).
_ALSO_ATTENDED = {"attendance": ("присъстваха и", "присъства и", "участваха и", "участва и", "присъстваха също", "участваха също")}
extend(LEXICON, _ALSO_ATTENDED)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "политико-военни консултации" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("политико-военн* консултаци*", "политико-военн* разговори", "политико-военн* диалог*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference, a reconnaissance, the preparation of a joint exercise ("планиращата конференция за съвместното учение"): what is held is
# its preparation, the exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("конференция* по планиране*", "планираща* конференция*", "по планирането на", "в рамките на подготовката", "подготовка* за", "подготовката на", "подготвителн*", "рекогносцировка*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a parliament's next session is a time ahead ---
# An act set for a chamber's next session or sitting ("Народното събрание ратифицира споразумението на следващото си заседание") is announced, not done: the session is still
# to come, as "tomorrow" is (``coming``: rules.announced_not_done with a present verb).
_NEXT_SESSIONS = {"coming": ("на следващото заседание", "на следващото си заседание", "на следващото пленарно заседание", "на следващата сесия", "на следващата си сесия",)}
extend(LEXICON, _NEXT_SESSIONS)

# --- Precision (c2, s15): a commission on trade and the economy is civil ---
# Its meeting ("смесената комисия за икономическо сътрудничество") is the civil ministries' even where the sides list the defence industry among
# its topics: "the sides" of it are civil officials (detect._civil_meeting, detect._talks).
_ECONOMIC_COMMISSIONS = {"civil_actor": ("комисия* за икономическо*", "комисия* по икономическо*", "комисия* за търговско-икономическо*", "смесена* икономическа* комисия*", "икономическа* комисия*",)}
extend(LEXICON, _ECONOMIC_COMMISSIONS)

# --- Precision (c2, s15): a national holiday's reception is a courtesy ---
# An attaché's or an embassy's reception for his state's national day, Independence Day or Liberation Day, attended
# by the host's officers, is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only);
# as in en, ru, az, tr, kk, uk and uz.
_HOLIDAYS = {"courtesy": ("национален празник", "националния празник", "националният празник", "ден на независимостта",
                          "деня на независимостта", "ден на републиката", "деня на републиката", "ден на освобождението",
                          "деня на освобождението")}
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("което ще влезе в сила след ратифицирането му"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("след ратифицирането му", "след ратифицирането й", "след ратифицирането ѝ", "след ратифицирането", "след ратификацията", "след неговото ратифициране", "подлежи на ратификация", "подлежи на ратифициране", "трябва да бъде ратифицирано", "трябва да бъде ратифициран", "трябва да бъдат ратифицирани", "все още не е ратифицирано",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Precision (c2, s15): the passive participle of signing after its document ---
# "Споразумението ..., подписано през пролетта, трябва да бъде ратифицирано": the participle after the document, with
# no auxiliary before it ("беше подписано", "е подписано" stay finite), describes the document, as "the agreement,
# signed in the spring," does in en: no signing of this sentence (facts._is_reduced_participle; headlines excepted).
LEXICON["sign_participle"] = LEXICON["sign_participle"] + (
    "подписано", "подписан", "подписана", "подписани", "сключено", "сключен", "сключена", "сключени")
LEXICON["aux"] = LEXICON["aux"] + ("беше", "бе", "е", "са", "бяха", "бъде", "бъдат", "било", "били", "бил", "била")

# --- Precision (c2, s15): meetings told over recent years ---
# Meetings summed up over a span of years ("разговорите с Гърция през последните години са били успешни"), as a minister tells them at a press conference, are
# many meetings, none of them the story's event (``habitual``: detect._meetings_counted).
_RECENT_YEARS = {"habitual": ("през последните години", "в последните години", "през последните няколко години", "през годините",)}
extend(LEXICON, _RECENT_YEARS)

# --- Precision (c2, s15): what a minister says at his press conference ---
# A minister speaking at a press conference or a briefing ("заяви на пресконференция, че разговорите ... са били успешни") tells of meetings, as in an interview: they
# are its subject, not the story's event (``interview``: detect._talks). Two sides' press conference after their talks
# ("на съвместна пресконференция") is not one of these words, and its talks stay.
_PRESS_CONFERENCES = {"interview": ("на пресконференция", "на брифинг",)}
extend(LEXICON, _PRESS_CONFERENCES)

# --- Precision (lead, s15): an act told negated has not taken place ---
# "обсъди споразумението ..., но не гласува" (debated, did not vote): a verb of the act with "не" before it is no
# act done, as "не ратифицира" (above) and en "did not" already say; the parliament named by its own name
# (monitor.classify.parliaments) made the sentence's pair whole, and its debate read as a vote.
_NEGATED_ACTS = {"future": ("не гласува*", "не одобри*", "не одобря*", "не прие*", "не подписа*", "не се състоя*",
                            "не проведе*")}
extend(LEXICON, _NEGATED_ACTS)

# --- Recall (c1, s15): a document's signing told after it, set off by a comma ---
# "одобри споразумението ..., подписано в Атина през октомври": a participle after the comma that closes the
# document's name, followed by where, when or by whom, describes the document (signed before, rules.attributive_
# signing); the government's approval of it is its ratification (SCHEMA.md), not a signing of the day.
_SIGNED_BEFORE_AFTER_A_COMMA = {"signed_attr": (
    "re:(?<=, )(?:подписан|подписана|подписано|подписани|сключен|сключена|сключено|сключени)"
    "(?=\\s+(?:в|във|на|от|през|между|с|със|миналата|миналия|по)\\b)",)}
extend(LEXICON, _SIGNED_BEFORE_AFTER_A_COMMA)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Канбера signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "ET": ("етиопск*",), "CO": ("колумбийск*",), "PE": ("перуанск*",), "PH": ("филипинск*",),
    "MY": ("малайзийск*",), "VE": ("венецуелск*",), "BO": ("боливийск*",), "CU": ("кубинск*",), "GH": ("ганск*",),
    "NP": ("непалск*",), "MN": ("монголск*",),
    "ID": ("индонезийск*",), "NG": ("нигерийск*",), "ZA": ("южноафриканск*",), "AR": ("аржентинск*",),
    "KE": ("кенийск*",), "CL": ("чилийск*",),
}, "capitals": {
    "ZA": ("претория",), "AU": ("канбера",), "ID": ("джакарта",), "NG": ("абуджа",), "SA": ("рияд",),
    "KE": ("найроби",), "JP": ("токио",), "EG": ("кайро",),
}}
extend(LEXICON, _REST_OF_WORLD)


# --- Precision (c3, s16; issue 15): the vote named as a noun ---
# "гласуването" (the vote, the voting) names the vote as "ратифицирането" names the ratification: the noun tells no act
# done, the verb of its clause tells what became of it ("..., но гласуването беше отложено": the vote put off, no
# ratification). "гласува*" also matched the noun and read as a verb of approval; the verb's own forms stay
# ("парламентът гласува ратифицирането", "депутатите гласуваха").
LEXICON["approve"] = tuple(word for word in LEXICON["approve"] if word != "гласува*") + (
    "гласува", "гласуваха", "гласувал", "гласувала", "гласували", "гласувало", "гласуват", "гласуваме",
    "гласувано", "гласуван", "гласувана", "гласувани")

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("инцидентът на границата", "престрелка") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("инцидент*", "престрелк*", "обстрел*", "провокаци*", "сблъсък*", "сблъсъци*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): the year in review ---
# A review of the year ("През изминалата година министерството подписа: ...", a list of the year's plans and agreements under it) sums up acts each reported when it
# happened: the span of a whole year before the act makes it the year's background, none the story's news
# (``background``: detect._is_background), as "last year" does. A plan "for" a year names its year, not a span.
_YEAR_IN_REVIEW = {"background": ("през изминалата година", "през отминаващата година", "през изтичащата година", "през годината", "в края на годината")}
extend(LEXICON, _YEAR_IN_REVIEW)

# --- Precision (c3, s16; issue 15): what is done ahead of talks ---
# Talks, a meeting or a visit "в навечерието на" which something is done ("В навечерието на разговорите с гръцкия си
# колега министърът ... високо оцени ...") are still to come: no meeting (rules.announced_not_done), unless a verb
# tells one held.
_AHEAD_OF_TALKS = {"future": ("re:в\\s+навечерието\\s+на\\s+(?:\\w+\\s+){0,1}?(?:разговор|срещ|посещени|преговор|консултаци)\\w*",)}
extend(LEXICON, _AHEAD_OF_TALKS)
