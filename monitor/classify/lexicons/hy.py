"""Armenian lexicon, in the reformed (Eastern) spelling and the classical one Western Armenian outlets
keep (պաշտպանութեան, ստորագրուեցաւ): state names with their case endings (stems), adjectives
(ադրբեջանական, գերմանական), the abbreviations the press writes for the republic (ՀՀ) and the US (ԱՄՆ),
capitals, and the verbs Armenian outlets use for signing (ստորագրել), ratifying, meeting (հանդիպել, a
phone call: հեռախոսազրույց) and the exercise (զորավարժություն held: անցկացվել).

"Ծրագիր" is a programme (a plan only when bound to a year); "պլան" a plan, listed by its case forms
since its stem also begins "պլանավորված" (planned). Future forms (կստորագրվի, ստորագրվելու է,
կանցկացվի) mark an act as not done. A year followed by a month is a date (2022 թ. սեպտեմբերին).
Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

_MONTH_STEMS = "հունվ|փետր|մարտ|ապրիլ|մայիս|հունիս|հուլիս|օգոստ|սեպտ|հոկտ|նոյ|դեկտ"

LEXICON = {
    "stopwords": ("և", "է", "են", "որ", "հետ", "միջև", "համար", "այս", "մասին", "նաև", "ու", "եւ"),
    "countries": {
        "AM": ("հայաստան*", "հայկական*", "=ՀՀ", "հայ"), "AZ": ("ադրբեջան*",),
        "GE": ("վրաստան*", "վրացի*", "վրացական*"), "RU": ("ռուսաստան*", "ռուսական*", "=ՌԴ"),
        "KZ": ("ղազախստան*", "ղազախական*"), "UA": ("ուկրաինա*",), "KG": ("ղրղզստան*",),
        "BY": ("բելառուս*",), "TR": ("թուրքիա*", "թուրքական*", "թուրք"), "IR": ("իրան*",),
        "US": ("ամն", "=ԱՄՆ", "միացյալ նահանգներ*", "ամերիկյան*", "ամերիկա*"),
        "FR": ("ֆրանսիա*", "ֆրանսիական*", "ֆրանսա*"), "IN": ("հնդկաստան*", "հնդկական*"), "UZ": ("ուզբեկստան*",),
        "TJ": ("տաջիկստան*",), "TM": ("թուրքմենստան*",), "CN": ("չինաստան*", "չինական*"),
        "GR": ("հունաստան*", "հունական*"), "CY": ("կիպրոս*",), "DE": ("գերմանիա*", "գերմանական*", "=ԳԴՀ"),
        "GB": ("մեծ բրիտանիա*", "բրիտանիա*", "բրիտանական*"), "IT": ("իտալիա*", "իտալական*"),
        "PL": ("լեհաստան*",), "LT": ("լիտվա*",), "LV": ("լատվիա*",), "EE": ("էստոնիա*",),
        "CZ": ("չեխիա*",), "RO": ("ռումինիա*",), "BG": ("բուլղարիա*",), "RS": ("սերբիա*",),
        "EG": ("եգիպտոս*",), "IL": ("իսրայել*",), "SY": ("սիրիա*",), "IQ": ("իրաք*",),
        "AE": ("արաբական միացյալ էմիրություններ*", "=ԱՄԷ"), "JP": ("ճապոնիա*",),
        "KR": ("հարավային կորեա*", "կորեայի հանրապետ*"), "MD": ("մոլդովա*",), "CA": ("կանադա*",),
        "NL": ("նիդեռլանդներ*",), "BE": ("բելգիա*",), "ES": ("իսպանիա*",), "AT": ("ավստրիա*",),
        "CH": ("շվեյցարիա*",), "SE": ("շվեդիա*",), "NO": ("նորվեգիա*",), "FI": ("ֆինլանդիա*",),
        "DK": ("դանիա*",), "HU": ("հունգարիա*",), "SK": ("սլովակիա*",), "PT": ("պորտուգալիա*",),
    },
    "capitals": {
        "AZ": ("բաքու*",), "GE": ("թբիլիսի*",), "RU": ("մոսկվա*",), "AM": ("երևան*", "երեւան*"),
        "US": ("վաշինգտոն*", "պենտագոն*"), "FR": ("փարիզ*",), "TR": ("անկարա*",), "IR": ("թեհրան*",),
        "BY": ("մինսկ*",), "UA": ("կիև*", "կիեւ*"), "IN": ("դելի*",), "DE": ("բեռլին*",),
        "KZ": ("աստանա*",), "GR": ("աթենք*",),
    },
    "blocs": {"CIS": ("=ԱՊՀ",), "CSTO": ("=ՀԱՊԿ",), "NATO": ("=ՆԱՏՕ", "նատօ*"), "EU": ("=ԵՄ", "եվրամիություն*")},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=ԵԱՀԿ",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:չորս|հինգ|վեց|յոթ|յոթը|ութ|ինը|տասը)\\s+(?:երկր|պետությ)\\w*", "մի քանի երկր*",
                     "եռակողմ*", "բազմակողմ*", "երեք երկր*", "բազմազգ*", "# երկր*", "անդամ երկր*",
                     "անդամ պետություն*"),
    "bilateral": ("երկկողմ*", "երկու երկր*", "երկու պետություն*"),
    "between": ("միջև", "միջեւ"),
    "counterpart": ("գործընկեր*", "կողմեր*", "նրանց", "երկու"),
    "sidelines": ("շրջանակում", "շրջանակներում"),
    # ("ստորագրված" right before a document is attributive, "the signed agreement": Armenian puts the
    # object before its verb, so a participle followed by its noun modifies it)
    "sign": ("re:ստորագր(?!ված\\s+(?:համաձայնագ|հուշագ|արձանագր|պայմանագ|պլան|ծրագ|փաստաթ))\\w*",),
    # The act named as a noun: the verb of its clause gives it its tense.
    "act_noun": ("ստորագրում", "ստորագրումը", "ստորագրման", "ստորագրմանը"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    "approve": ("հաստատ*",),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("հանձնաժողով*", "առաջին ընթերցմամբ",),
    "ratify": ("վավերաց*", "վաւերաց*"),
    # The procedure named, not done ("the law on ratifying it", "a bill for its ratification"): it ratifies only
    # beside a verb of approval (rules.ratified_by_verb).
    "ratify_noun": ("վավերացման", "վավերացում*", "վավերացնել*"),
    "authority": ("խորհրդարան*", "ազգային ժողով*", "նախագահ*", "կառավարություն*", "օրենք*", "պատգամավոր*"),
    "plan_nouns": ("պլան", "պլանը", "պլանի", "պլանով", "պլանին", "պլաններ*"),
    "programme_nouns": ("ծրագր*", "ծրագիր*"),
    "agreement_nouns": ("համաձայնագ*", "հուշագ*", "արձանագր*", "պայմանագ*", "ճանապարհային քարտեզ*",
                        "հռչակագ*", "շրջանակային*",
                        # a letter of intent ("մտադրությունների մասին նամակ", "մտադրության նամակ")
                        "մտադրությ* մասին նամակ*", "մտադրությ* նամակ*"),
    "generic_doc_nouns": ("փաստաթղթ*", "փաստաթուղթ*"),
    "meeting": ("հանդիպ*", "այց*", "բանակցություն*", "բանակցութիւն*", "քննարկ*", "հեռախոսազրույց*",
                "հեռախոսային զրույց*", "խորհրդակցություն*", "խորհրդակցութիւն*", "ընդունել է", "ընդունեց",
                "աշխատանքային խումբ*", "աշխատանքային խմբ*", "տեսազանգ*", "տեսակապ*"),
    "exercise": ("զորավարժ*", "վարժանք*", "ուսումնավարժ*", "համատեղ պատրաստ*"),
    "conduct": ("անցկացվ*", "անցկացրել*", "անցկացրին", "մեկնարկ*", "ավարտվ*", "տեղի է ունեցել",
                "տեղի են ունեցել", "տեղի ունեցան", "ընթանում են", "ընթանում է", "կայացել*", "սկսվել*", "բացվել*",
                "բացվեց"),
    "discussion": ("քննարկ*", "հեռանկար*", "հրավիր*", "մտադր*"),
    "defence_actor": ("պաշտպանության նախարար*", "պաշտպանութեան նախարար*", "=ՊՆ", "պաշտպանության քարտուղար*",
                      "զինված ուժեր*", "զինուած ուժեր*", "գլխավոր շտաբ*", "բանակ*", "ռազմական կցորդ*",
                      "ռազմական պատվիրակություն*", "զինվորական*", "զինծառայող*",
                      # the service branches (the air force, the navy, the land forces)
                      "ռազմաօդային ուժեր*", "ռազմածովային ուժեր*", "ցամաքային զորքեր*"),
    "defence_topic": ("պաշտպանության", "պաշտպանութեան", "պաշտպանական*", "ռազմական*", "ռազմատեխնիկական*",
                      "ռազմաքաղաքական*"),
    "civil_actor": (
                    # civil defence and civil protection are emergency services, not armed forces
                    "քաղաքացիական պաշտպանությ*",
                    "սահմանապահ*", "ոստիկանություն*", "ներքին գործերի", "արտաքին գործերի", "=ԱԳՆ",
                    "ազգային անվտանգության ծառայություն*", "=ԱԱԾ", "արտակարգ իրավիճակների", "մաքսային*"),
    "civil_topic": ("էներգետիկ*", "առևտր*", "տնտեսական*", "կրթության", "ենթակառուցվածք*", "կամուրջ*",
                    "տրանսպորտ*", "մշակույթ*", "զբոսաշրջություն*", "սպորտ*", "ֆուտբոլ*", "առողջապահ*"),
    "company": ("ընկերություն*", "ընկերութիւն*"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:կնքման\\s+(?:շուրջ|վերաբերյալ)\\s+բանակցություն\\w*", "re:ստորագրման\\s+(?:շուրջ|վերաբերյալ)\\s+բանակցություն\\w*",
               "re:բանակցություններ\\s+սկսել\\w*",
               # readiness, intention, will or ability to sign: the signing is still to come ("պատրաստ են
               # ստորագրել", "մտադիր են")
               "պատրաստ", "պատրաստակամ*", "մտադիր", "ցանկանում", "կարող",
               # (not the second of two perfects that share one auxiliary, "քննարկել են ... և ստորագրել":
               # recall, c1 s10)
               "re:ստորագրել(?<!են ստորագրել)(?<!է ստորագրել)(?<!և ստորագրել)(?!\\s+(?:են|է|էին|էր|ենք|եք))",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:հավանություն\\w*\\s+(?:\\S+\\s+){0,8}?ստորագրմ\\w*", "re:թույլատր\\w*\\s+(?:\\S+\\s+){0,8}?ստորագրմ\\w*", "re:լիազոր\\w*\\s+(?:\\S+\\s+){0,8}?ստորագրմ\\w*",
               "re:ստորագրմ\\w*\\s+(?:\\S+\\s+){0,2}?(?:հավանություն|թույլտվ|որոշում|հրամանագ)\\w*",
               "կստորագր*", "ստորագրվելու", "ստորագրելու", "պետք է ստորագր*", "պետք է կնք*",
               "պետք է անցկացվ*", "նախատես*", "առաջարկ*", "կանցկացվ*",
               "կկայանա*", "պատրաստվում*", "պլանավոր*",
               # an intention ("մտադիր են ստորագրել"), not a letter of intent (a document noun)
               "մտադիր*",
               # the signing a verb of discussing governs is still to come ("քննարկել ... ստորագրումը")
               "re:քննարկ\\w*(?:\\s+\\S+){0,3}\\s+ստորագրմ?ա?ն?\\w*",
               "re:ստորագրմ\\w*(?:\\s+\\S+){0,2}\\s+քննարկ\\w*"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("համատեղ",),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": (),
    "purchase": ("գնման", "գնում", "գնումներ*", "ձեռքբերման", "ձեռքբերում*", "գնել*"),
    "draft": ("նախագիծ*", "նախագծ*", "նախաստորագր*"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("re:ստորագրման\\s+\\d+-ամյակ\\w*", "# տարի առաջ", "# տարի է անցել"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "տարի առաջ", "ստորագրման #-ամյակ*",
                   "ավելի վաղ", "անցյալ տարի", "հիշեցնենք", "նախկինում"),
    "reporting": ("հայտնել*", "հաղորդ*", "տեղեկացր*", "հայտնում են", "գրում է"),
    "start": ("մեկնարկ*", "սկսվել*"),
    "date_joiners": (),
    "range_words": (),
    "months": {"հունվար*": 1, "փետրվար*": 2, "մարտ*": 3, "ապրիլ*": 4, "մայիս*": 5, "հունիս*": 6,
               "հուլիս*": 7, "օգոստոս*": 8, "սեպտեմբեր*": 9, "հոկտեմբեր*": 10, "նոյեմբեր*": 11,
               "դեկտեմբեր*": 12},
    "weekdays": {"երկուշաբթի": 0, "երեքշաբթի": 1, "չորեքշաբթի": 2, "հինգշաբթի": 3, "ուրբաթ": 4,
                 "շաբաթ": 5, "կիրակի": 6},
    "today": ("այսօր",),
    # Act verbs in the present tense (the participle in -ում with its auxiliary): with a coming day, the
    # act is announced ("երկուշաբթի ստորագրում են").
    "present": ("ստորագրում են", "ստորագրում է", "վավերացնում են", "վավերացնում է"),
    # Time words that point ahead.
    "coming": ("հաջորդ շաբաթ", "առաջիկա օրերին", "վաղը"),
    "yesterday": ("երեկ",),
    # The locative ending ("in Georgia" written as one word): a state named with it is the venue.
    "venue_suffix": "(?<=\\w\\w\\w)ում",
    "plan_year": (# "2025 թ. ... պլան", "2025 թվականի", "2025ի" (Western), "2025-ի"; not "2022 թ. սեպտեմբերին"
                  rf"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?(?:թթ?\.|թվական\w*|[-–]?ի\b)(?!\s*(?:{_MONTH_STEMS}))",),
    "story_end": ("մեկնաբանություններ*", "թեգեր*", "նմանատիպ նյութեր*", "վերջին լուրեր*", "տարածել*"),
    "story_skip": (),
    "story_aside": ("կարդացեք նաև*", "կարդացեք նաեւ*", "թեմայով*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("հեռախոս*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("համագործակց*", "հարաբերություն*", "գործընկերությ*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("իրավիճակ*", "պատերազմ*", "հակամարտ*", "ճգնաժամ*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("հրադադար*", "գերի*", "ռազմագերի*", "խաղաղության պայմանագ*", "սահմանազատ*",
                         "սահմանագծ*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("բանակցություն*", "բանակցել*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("չափանիշ*", "ստանդարտ*")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame_after"] = ("շրջանակներում", "համաձայն", "հիման վրա")
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("դեսպան*",)
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("չեղարկ*", "դադարեցր*", "դենոնսաց*")

# The opening or closing ceremony of an exercise ("համատեղ զորավարժության բացման արարողությանը") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("բացման արարողությ*", "փակման արարողությ*",)
# A signing that describes the document, not the sentence's act: the participle before its noun
# ("անցյալ տարի ստորագրված համաձայնագիրը"); its time dates the document, not a ratification
# (rules.attributive_signing, rules.documents_own_time).
LEXICON["signed_attr"] = ("ստորագրված*", "կնքված*")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("շնորհավոր*", "ցավակց*",),
    "habitual": ("# անգամ", "բազմիցս", "պարբերաբար", "մի քանի անգամ",),
    "future": ("հետաձգ*", "չեղարկ*",),
    "civil_actor": ("էկոնոմիկայի նախարար*", "ֆինանսների նախարար*", "առողջապահության նախարար*",
                    "կրթության նախարար*", "արդարադատության նախարար*",),
    "interview": ("հարցազրույց*",),
    "company": ("տաղավար*",),
    "former": ("նախկին",),
    "settlement": ("խաղաղապահ*", "պատանդ*",),
    "works": ("գործարան*",),
    "other_law": ("փոփոխությ*", "բյուջե*",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c1, s10): how the Armenian press tells a signing and an exercise by other verbs ---
# "Concluded" an agreement ("կնքել են", "կնքեցին", "կնքվել է"), as "signed"; not the future ("կկնքեն", another word)
# nor the infinitive of intent ("կնքելու"), nor the participle that describes a document ("կնքված", signed_attr).
LEXICON["sign"] += ("re:կնք(?:եցին|եց|վեց|վել)\\w*", "re:կնքել(?=\\s+(?:են|է|էին|էր))")
# Troops taking part in an exercise ("մասնակցում են", "մասնակցել են", "մասնակցեցին"): it is held; not the future
# ("կմասնակցեն", another word; "մասնակցելու են", to take part).
LEXICON["conduct"] += ("re:մասնակց(?!ելու)\\w*",)

# --- Recall (c1, s10): the classical spelling Western Armenian outlets keep ---
# State names as the Western press spells them (CLDR gives the reformed Eastern ones): Greece "Յունաստան",
# Azerbaijan "Ատրպէյճան", Syria "Սուրիա", Jordan "Յորդանան", Canada "Քանատա", Australia and Austria with "ւ",
# Israel "Իսրայէլ", Pakistan "Փաքիստան", Ukraine "Ուքրանիա", Belarus "Պելառուս", Bulgaria "Պուլկարիա",
# Uzbekistan "Ուզպեքիստան", Japan "Ճափոն".
for _code, _names in {"GR": ("յունաստան*", "յունական*"), "AZ": ("ատրպէյճան*",), "SY": ("սուրիա*",),
                      "JO": ("յորդանան*",), "CA": ("քանատա*",), "AU": ("աւստրալիա*",), "AT": ("աւստրիա*",),
                      "IL": ("իսրայէլ*",), "PK": ("փաքիստան*",), "UA": ("ուքրանիա*",), "BY": ("պելառուս*",),
                      "BG": ("պուլկարիա*",), "UZ": ("ուզպեքիստան*",), "JP": ("ճափոն*",)}.items():
    LEXICON["countries"][_code] = LEXICON["countries"].get(_code, ()) + _names
# The year as the classical spelling writes it ("2027 թուականի"), as "թվականի".
LEXICON["plan_year"] += (rf"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?թուական\w*(?!\s*(?:{_MONTH_STEMS}))",)

# --- Recall (c1, s10): a programme bound to next year is a plan ---
# A cooperation programme named as next year's ("հաջորդ տարվա համագործակցության ծրագիրը", Western "յաջորդ
# տարուան") is bound to a year, so a plan under another name (SCHEMA.md), as "the programme for 2027" is.
LEXICON["plan_nouns"] += ("re:(?:հաջորդ|յաջորդ|առաջիկա|գալիք)\\s+տար(?:վա|ուան|ւայ|ուայ)\\s+(?:\\S+\\s+){0,3}?ծրագ\\w*",)

# --- Recall (c3, s10): a person's demonym names the state he stands for ---
# Armenian calls an official by the demonym, not the state's name ("his Greek counterpart": "իր հույն
# գործընկերը"; "the French side": "ֆրանսիացի"; "Indian officers": "հնդիկ սպաներ"). CLDR gives only the
# states' names, and demonyms are nouns with their own stems (հույն, not հունաստան), so each is written here.
# Stems with their case endings (հույնը, հույների, ֆրանսիացիները); not the bare "հույն-" prefix of other words.
_DEMONYMS = {
    "GR": ("re:հույն(?:ը|ի|եր\\w*|ն)?",), "FR": ("ֆրանսիացի*",), "IN": ("հնդիկ*",), "CN": ("չինացի*",),
    "DE": ("գերմանացի*",), "US": ("ամերիկացի*",), "IT": ("իտալացի*",), "GB": ("բրիտանացի*", "անգլիացի*"),
    "ES": ("իսպանացի*",), "JP": ("ճապոնացի*",), "EG": ("եգիպտացի*",), "PL": ("լեհ", "լեհը", "լեհեր*", "լեհական*"),
    "KZ": ("ղազախ", "ղազախը", "ղազախներ*"), "RU": ("ռուս", "ռուսը", "ռուսներ*"), "IR": ("պարսիկ*",),
    "CY": ("կիպրացի*",), "LT": ("լիտվացի*",), "CA": ("կանադացի*",), "BY": ("բելառուսցի*",),
    "UA": ("ուկրաինացի*",), "SY": ("սիրիացի*",), "IL": ("իսրայելցի*",), "BG": ("բուլղարացի*",),
    "RS": ("սերբ", "սերբը", "սերբեր*", "սերբական*"), "RO": ("ռումինացի*", "ռումինական*"),
}
for _code, _names in _DEMONYMS.items():
    LEXICON["countries"][_code] = LEXICON["countries"].get(_code, ()) + _names

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('մրցույթ*', 'մրցում*', 'մրցումներ*', 'առաջնություն*', 'մրցաշար*', 'օլիմպիադա*', 'փառատոն*', 'խաղեր*', 'շքերթ*', 'գավաթ*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen_after": ("քաղաքացի*",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("հրաժեշտ*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("կուրսանտ*", "ուսանող*", "լրագրող*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# The future of going, visiting, meeting and discussing, written with the prefix կ- ("հաջորդ շաբաթ ... կմեկնի Աթենք",
# "նախարարները կքննարկեն"), is not done.
_WHOLE_ARTICLES = {"future": ("կմեկնի", "կմեկնեն", "կայցելի", "կայցելեն", "կհանդիպի", "կհանդիպեն", "կքննարկեն",
                              "կքննարկի", "կստորագրեն", "կստորագրի",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("արխիվային լուսանկար", "լուսանկարը՝ արխիվից",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("վարկ*",)}
extend(LEXICON, _LOANS)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('շտապ', 'վերջին լուրեր', 'կայծակնային')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'առողջապահության նախարար*', 'աշխատանքի և սոցիալական հարցերի նախարար*', 'սոցիալական հարցերի նախարար*', 'կրթության նախարար*',
    'սպորտի նախարար*', 'մշակույթի նախարար*', 'ֆինանսների նախարար*', 'արդարադատության նախարար*',
    'գյուղատնտեսության նախարար*', 'էկոնոմիկայի նախարար*',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('համայնք*', 'սփյուռք*', 'հայրենակից*', 'բնակվող')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('պատգամավոր*',)}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('ծաղկեպսակ*', 'ծաղիկներ խոնարհ*')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the press names its own ministry without the state ---
# As in az, ka, kk and uz: an Armenian outlet names its own ministry and minister with no state ("ՊՆ",
# "Պաշտպանության նախարարը ... հանդիպեց"). Another state's comes after its name in the genitive, which ends in -ի
# ("Հունաստանի ՊՆ", "Ռուսաստանի Դաշնության պաշտպանության նախարար") or is an abbreviation (ԱՄՆ, ՌԴ, ԱՄԷ, ԳԴՀ): the
# bare title opening its sentence, and the abbreviation "ՊՆ" after no genitive, are Armenia's.
LEXICON["countries"]["AM"] += (
    "re:պաշտպանության նախարար(?<!\\w պաշտպանության նախարար)\\w*",
    "re:(?<![\\w-])(?<!ի )(?<!ության )(?<!ամն )(?<!ռդ )(?<!ամէ )(?<!գդհ )պն(?!\\w)",
)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("re:հյուր(?!անոց)\\w*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:վերաբերյալ|մասին|շուրջ)\\s+(?:\\S+\\s+){0,3}?(?:բանակցություն|խորհրդակցություն)\\w*", "re:(?:բանակցություն|խորհրդակցություն)\\w*\\s+(?:\\S+\\s+){1,4}?(?:վերաբերյալ|մասին|շուրջ)",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("հանդիպման ընթացքում", "հանդիպմանը", "հանդիպման ժամանակ", "հանդիպեցին", "հանդիպեց", "հանդիպել են", "հանդիպել է", "քննարկեցին", "քննարկել են", "ընդունել է", "ընդունեց", "կայացել են", "կայացել է", "այցելել է", "այցելեց",),
                 "future": ("պայմանավորվեցին", "պայմանավորվել են",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): a technical arrangement ---
# "տեխնիկական պայմանավորվածություն" (technical arrangement), signed by two defence ministries, is an agreement.
LEXICON["agreement_nouns"] += ("տեխնիկական պայմանավորվածություն*",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("ստորագրվել էր", "ստորագրվել էին", "ստորագրել էր", "ստորագրել էին", "վավերացվել էր", "վավերացրել էր", "անցկացվել էր", "անցկացվել էին", "հանդիպել էին", "հանդիպել էր")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("որը", "որոնք", "որն")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("անցյալ շաբաթ", "վերջերս", "մի քանի օր առաջ")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Նախարարը ... հեռախոսազրույց է ունեցել") names the outlet's own minister,
# as its press names its own ministry: with the other state's defence official as the one met or called, the pair is
# the outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("նախարարը",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("... վավերացման մասին օրենքն ուժի մեջ է մտել") tells the ratification done
# (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("ուժի մեջ է մտել", "ուժի մեջ մտավ", "հրապարակվել է", "հրապարակվեց")}
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("Հայաստանի և Հնդկաստանի զինծառայողները մարզվել են") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("մարզվել են", "վարժանք են անցկացրել")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("re:համատեղ\\s+(?:\\S+\\s+){0,2}?պարապմունք\\w*", "համատեղ թռիչք*"),
                            "civil_topic": ("ավիաընկերություն*",)}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": ("ռազմական խորհրդակցություն*", "պաշտպանական խորհրդակցություն*")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Recall (c1, s14): March is no stem of "combat" ---
# The stem "մարտ*" read "մարտական" (combat), "մարտավարական" (tactical) and "մարտիկ" (fighter) as March, so that
# on a dated page a joint tactical training was dated months before it and taken for background: March is written
# in its own forms only.
LEXICON["months"] = {**{entry: month for entry, month in LEXICON["months"].items() if entry != "մարտ*"},
                     "մարտ": 3, "մարտի": 3, "մարտին": 3, "մարտից": 3, "մարտը": 3}

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ներքին գործերի", "ոստիկանությ*", "սահմանապահ*", "մաքսային*", "արտակարգ իրավիճակների")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("համատեղ զորավարժության պլանավորման համաժողովը"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("պլանավորման համաժողով*", "պլանավորման խորհրդաժողով*", "նախապատրաստման շրջանակ*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("որն ուժի մեջ կմտնի վավերացումից հետո"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("վավերացումից հետո", "վավերացումից հետո", "վավերացման ենթակա", "պետք է վավերացվի",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Recall (c1, s15): a government's approval told as "gave its approval" ---
# "Կառավարությունը հավանություն տվեց Փարիզում ստորագրված ... համաձայնագրին": the government gave its approval to an
# agreement already signed (the participle, signed_attr), its ratification (SCHEMA.md), as "հաստատեց" is. What is
# approved stands in the dative: a document's noun in the dative, within a dozen words, makes the approval one of
# the document; approval "to starting negotiations" ("... համաձայնագրի կնքման շուրջ բանակցություններ սկսելուն")
# or to a signing still to come ("... ստորագրմանը") approves no document.
_APPROVAL_GIVEN = {"approve": (
    "re:հավանություն\\s+(?:տվեց|տվեցին|է\\s+տվել|են\\s+տվել|տվել\\s+է|տվել\\s+են)(?=(?:\\s+\\S+){0,12}?\\s+"
    "(?:համաձայնագր|հուշագր|արձանագր|պայմանագր|ծրագր|պլան)\\w*ին(?!\\w))",)}
extend(LEXICON, _APPROVAL_GIVEN)

# --- Recall (c4, s16): an exercise told by what its troops do to it ---
# The two states' troops as the subject of a verb that starts, holds or ends the exercise in the active
# ("զինծառայողներն անցկացնում են համատեղ զորավարժություն", "ավարտեցին զորավարժությունը"): the exercise held, as the
# passive "անցկացվել է" and "ավարտվել է" already read.
# A verb that starts the exercise's preparation ("սկսել են զորավարժության նախապատրաստումը") is its preparation begun, the exercise still ahead.
_EXERCISE_HELD_BY_ITS_TROOPS = {"conduct": ("անցկացնում են", "անցկացնում է", "ավարտեցին", "ավարտել են", "սկսեցին", "սկսել են"), "preparation": ("նախապատրաստումը", "նախապատրաստումն", "նախապատրաստում", "նախապատրաստմանը")}
extend(LEXICON, _EXERCISE_HELD_BY_ITS_TROOPS)

# --- Recall (c4, s16): a ratification still to come, told by its passive or by an obligation ---
# "ուժի մեջ կմտնի վավերացվելուց հետո" (after being ratified) and "պետք է վավերացնեն" (must ratify) beside an agreement
# signed: no ratification given, the signing is the act (``ratification_ahead``, as "վավերացումից հետո" already is).
_RATIFICATION_AHEAD_TOLD_OTHERWISE = {"ratification_ahead": ("վավերացվելուց հետո", "պետք է վավերացնեն", "պետք է վավերացնի")}
extend(LEXICON, _RATIFICATION_AHEAD_TOLD_OTHERWISE)

# --- Recall (c4, s16): the exercise and its troops in the classical spelling ---
# Western Armenian outlets write the exercise "զօրավարժութիւն", its holding "անցկացուցին" (the classical past of
# "անցկացնել"), the United States "Միացեալ Նահանգներ", an American "ամերիկեան", servicemen "զինուորական", and "took
# place", "began", "ended" as "տեղի ունեցաւ", "սկսաւ", "աւարտեցաւ": the exercise the Eastern spelling already reads.
# Their future is told by "պիտի" ("պիտի ստորագրեն", "պիտի անցկացնեն", will sign, will hold): an act still to come.
_CLASSICAL_SPELLING_OF_EXERCISES = {
    "countries": {"US": ("միացեալ նահանգներ*", "ամերիկեան*")},
    "exercise": ("զօրավարժ*",),
    "conduct": ("անցկացուցին", "անցկացուց", "անցկացուցած են", "տեղի ունեցաւ", "սկսաւ", "աւարտեցաւ", "աւարտեցին"),
    "defence_actor": ("զինուորական*",),
    "future": ("պիտի",),
}
extend(LEXICON, _CLASSICAL_SPELLING_OF_EXERCISES)

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("սահմանային միջադեպ", "փոխհրաձգություն") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("միջադեպ*", "փոխհրաձգ*", "սադրանք*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): talks told in the future ---
# The future of holding, having or taking place ("բանակցություններ կանցկացնեն", "հանդիպում կունենան", "կկայանա"), as
# "կհանդիպեն" above: talks still to come, no event (SCHEMA.md: a meeting only announced is none).
_TALKS_AHEAD = {"future": ("կանցկացնի", "կանցկացնեն", "կունենա", "կունենան", "կկայանա", "կկայանան")}
extend(LEXICON, _TALKS_AHEAD)

# --- Recall (c4, s16): the outlet's own head of state by his bare title ---
# A head of state receiving another state's defence minister to discuss military cooperation holds talks (SCHEMA.md
# names defence officials; train's b081 reads a head of government meeting a chief of staff as talks). His own
# outlets name him by a bare title ("Հանրապետության նախագահն ընդունել է Հունաստանի պաշտպանության նախարարին"), as they name their own minister (not a bare "president": on another state's outlet "President Tokayev" is
# no president of that outlet's state): a sentence that opens on it names the
# outlet's state (detect._bare_title_opens). Not with a foreign or economy minister: no defence official is met.
_HEADS_OF_STATE_BY_TITLE = {"bare_title": ("հանրապետության նախագահը", "հանրապետության նախագահն")}
extend(LEXICON, _HEADS_OF_STATE_BY_TITLE)
