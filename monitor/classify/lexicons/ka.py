"""Georgian lexicon: state names as stems, since Georgian adds its case endings to the name
(საქართველოს, საქართველოში, აზერბაიჯანის, სომხეთთან), adjectives (ქართული, თურქული), capitals,
and how Georgian outlets report acts: "ხელი მოაწერეს" (they signed; the document in the dative before
it), "გაფორმდა" (was concluded), "რატიფიცირება" with a parliament's vote ("მხარი დაუჭირა"), the
meeting ("შეხვედრა", "უმასპინძლა" hosted) and the exercise ("სწავლება" held: "ჩატარდა").

Future forms ("ხელს მოაწერენ", "გაფორმდება", "ჩატარდება") and "planned" ("იგეგმება") mark an act as
not done. "გეგმა" (plan) is listed by its case forms: its stem also begins "გეგმავს" (is planning).
A year followed by "წლის" and a day is a date ("2024 წლის 5 მარტს"); with no day it names the year a
plan covers ("2024 წლის გეგმა"). Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

_MONTH_STEMS = "იანვ|თებ|მარტ|აპრ|მაის|ივნ|ივლ|აგვ|სექტ|ოქტ|ნოემ|დეკ"

LEXICON = {
    "stopwords": ("და", "რომ", "არის", "ეს", "შორის", "ასევე", "თუ", "მიერ", "ამ", "იყო", "კი", "ან"),
    "countries": {
        # (people by their nation are listed with their state where CLDR's name does not start the
        # word: "ქართველმა და თურქმა სამხედროებმა", "პოლონელი კოლეგა")
        "GE": ("საქართველო*", "ქართველ*", "ქართულ*",
               # the press names its own ministry without the state ("თავდაცვის მინისტრი შეხვდა ...");
               # another state's comes after its name ("აზერბაიჯანის თავდაცვის მინისტრი")
               "re:თავდაცვის(?<!\\w თავდაცვის) (?:მინისტრ|სამინისტრო)\\w*"), "AZ": ("აზერბაიჯან*",),
        "AM": ("სომხეთ*", "სომხურ*", "სომეხ*"), "RU": ("რუსეთ*", "რუსულ*", "რუსი", "რუსმა", "რუსის", "რუსებ*"), "TR": ("თურქეთ*", "თურქულ*", "თურქი", "თურქმა", "თურქის", "თურქს", "თურქებ*"),
        "US": ("აშშ*", "ამერიკ*", "შეერთებულ* შტატ*"), "UA": ("უკრაინ*",), "KZ": ("ყაზახეთ*", "ყაზახურ*", "ყაზახ*"),
        "UZ": ("უზბეკეთ*",), "BY": ("ბელარუს*",), "TM": ("თურქმენეთ*",), "KG": ("ყირგიზეთ*",),
        "TJ": ("ტაჯიკეთ*",), "MD": ("მოლდოვ*",), "DE": ("გერმანი*", "გერმანელ*"), "FR": ("საფრანგეთ*", "ფრანგულ*", "ფრანგ*"),
        "GB": ("დიდ* ბრიტანეთ*", "ბრიტანეთ*", "ბრიტანულ*", "გაერთიანებულ* სამეფო*", "ბრიტანელ*"), "IT": ("იტალი*",),
        "PL": ("პოლონეთ*", "პოლონელ*"), "LT": ("ლიეტუვ*",), "LV": ("ლატვი*",), "EE": ("ესტონეთ*", "ესტონელ*"),
        "RO": ("რუმინეთ*", "რუმინელ*"), "BG": ("ბულგარეთ*", "ბულგარელ*"), "GR": ("საბერძნეთ*", "ბერძენ*", "ბერძნ*"), "CZ": ("ჩეხეთ*",),
        "HU": ("უნგრეთ*",), "IL": ("ისრაელ*",), "IR": ("ირან*",), "CN": ("ჩინეთ*", "ჩინელ*"), "JP": ("იაპონი*", "იაპონელ*"),
        "IN": ("ინდოეთ*", "ინდოელ*"), "PK": ("პაკისტან*",), "KR": ("სამხრეთ* კორე*", "კორეის რესპუბლიკ*"),
        "CA": ("კანად*",), "NL": ("ნიდერლანდ*", "ჰოლანდი*"), "SE": ("შვედეთ*",), "NO": ("ნორვეგი*",),
        "DK": ("დანი*",), "FI": ("ფინეთ*",), "ES": ("ესპანეთ*",), "AT": ("ავსტრი*",),
        "AU": ("ავსტრალი*",), "SA": ("საუდის არაბეთ*",), "EG": ("ეგვიპტ*",), "QA": ("კატარ*",),
        "RS": ("სერბეთ*",), "SK": ("სლოვაკეთ*",), "CY": ("კვიპროს*",), "AF": ("ავღანეთ*",),
        "MN": ("მონღოლეთ*",), "AE": ("არაბთა გაერთიანებულ* საამიროებ*",), "HR": ("ხორვატი*",),
    },
    "capitals": {
        "GE": ("თბილის*",), "AZ": ("ბაქო*",), "AM": ("ერევან*",), "RU": ("მოსკოვ*",), "TR": ("ანკარ*",),
        "US": ("ვაშინგტონ*", "პენტაგონ*"), "UA": ("კიევ*", "კიევ"), "KZ": ("ასტან*",), "UZ": ("ტაშკენტ*",),
        "BY": ("მინსკ*",), "DE": ("ბერლინ*",), "FR": ("პარიზ*",), "GB": ("ლონდონ*",), "PL": ("ვარშავ*",),
        "CN": ("პეკინ*",),
    },
    "blocs": {
        "NATO": ("ნატო*", "=NATO"), "EU": ("ევროკავშირ*", "ევროპის კავშირ*"), "CIS": ("დსთ*",),
        "CSTO": ("ოდკბ*",),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=GUAM", "=სუამ", "=ეუთო",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:ოთხი|ხუთი|ექვსი|შვიდი|რვა|ცხრა|ათი|რამდენიმე)\\s+(?:ქვეყ|სახელმწიფ)\\w*","სამმხრივ*", "მრავალმხრივ*", "სამი ქვეყნის", "# ქვეყნის", "# ქვეყანა*",
                     "წევრ* ქვეყნ*", "მრავალეროვნულ*"),
    "bilateral": ("ორმხრივ*", "ორი ქვეყნის", "ორ ქვეყანას", "ორივე ქვეყნის", "ორი უწყების"),
    "between": ("შორის",),
    "counterpart": ("კოლეგ*", "მხარე*", "ორი", "ორივე"),
    "sidelines": ("ფარგლებში", "მარგინალიებზე"),
    "sign": ("ხელი მოაწერეს", "ხელი მოაწერა", "ხელი მოეწერა", "მოაწერეს ხელი", "მოაწერა ხელი", "მოეწერა ხელი",
             "ხელმოწერილ*", "ხელმოწერა", "ხელმოწერის",
             "ხელმოწერით", "გაფორმდა", "გააფორმეს", "გააფორმა", "გაფორმების", "გაფორმებულ*"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    # The participle as an attribute of the document ("ხელმოწერილი შეთანხმება დაამტკიცა"): with a verb of
    # approval, the approval of a signed agreement (its ratification).
    "signed_attr": ("ხელმოწერილ*",),
    "approve": ("დაამტკიცა", "დაამტკიცეს", "დამტკიცდა", "მხარი დაუჭირა", "მხარი დაუჭირეს", "მოიწონა",
                "მოიწონეს"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("კომიტეტ*", "პირველი მოსმენით",),
    "ratify": ("რატიფიცირ*", "რატიფიკაცი*"),
    "authority": ("პარლამენტ*", "პრეზიდენტ*", "მთავრობ*", "კანონ*", "დეპუტატ*"),
    "plan_nouns": ("გეგმა", "გეგმის", "გეგმას", "გეგმით", "გეგმაზე", "გეგმაში", "გეგმები", "გეგმების",
                   "გეგმებს", "გეგმებზე", "გეგმისა"),
    "programme_nouns": ("პროგრამ*",),
    "agreement_nouns": ("შეთანხმებ*", "ხელშეკრულებ*", "მემორანდუმ*", "ოქმ*", "პროტოკოლ*", "საგზაო რუკ*",
                        "დეკლარაცი*", "განზრახვის წერილ*", "კონტრაქტ*"),
    "generic_doc_nouns": ("დოკუმენტ*",),
    "meeting": ("შეხვედრ*", "შეხვდა", "შეხვდნენ", "უმასპინძლა", "ვიზიტ*", "მოლაპარაკებ*", "კონსულტაცი*",
                "ისაუბრეს", "განიხილეს", "იმსჯელეს", "სატელეფონო საუბარ*", "სამუშაო ჯგუფ*",
                "ვიდეოკონფერენცი*", "აზრთა გაცვლ*", "ეწვია", "ეწვივნენ", "შედგა"),
    "exercise": ("სწავლებ*", "წვრთნ*", "მანევრ*"),
    "conduct": ("ჩატარდა", "ჩაატარეს", "გაიმართა", "დაიწყო", "დასრულდა", "მიმდინარეობს", "იმართება",
                "ტარდება", "ჩატარებულ*", "დაიწყეს", "იწყება", "იწყებს", "სტარტს იღებს", "დაასრულეს", "გაიხსნა", "სტარტი მიეცა", "შედგა"),
    "discussion": ("განიხილ*", "იმსჯელ*", "ისაუბრ*", "პერსპექტივ*", "მიწვევ*", "განზრახ*"),
    "defence_actor": ("თავდაცვის მინისტრ*", "თავდაცვის სამინისტრო*", "თავდაცვის უწყებ*", "თავდაცვის ძალ*",
                      "შეიარაღებულ* ძალ*", "გენერალურ* შტაბ*", "არმი*", "სამხედრო დელეგაცი*",
                      "სამხედრო ატაშე*", "სამხედრო მოსამსახურე*", "სამხედროებ*",
                      # the service branches (the air force, the navy, the land forces)
                      "საჰაერო ძალ*", "საზღვაო ძალ*", "სახმელეთო ჯარ*"),
    "defence_topic": ("თავდაცვ*", "სამხედრო*", "სამხედრო-ტექნიკურ*", "შეიარაღებ*"),
    "civil_actor": (
                    # civil defence and civil protection are emergency services, not armed forces
                    "სამოქალაქო თავდაცვ*",
                    "სასაზღვრო პოლიცი*", "შინაგან საქმეთა", "შსს", "პოლიცი*", "საგანგებო სიტუაციების",
                    "საგარეო საქმეთა", "სუს", "სახელმწიფო უსაფრთხოების სამსახურ*", "საბაჟო*",
                    "პროკურატურ*", "სასაზღვრო*"),
    "civil_topic": ("ენერგეტიკ*", "ნავთობ*", "გაზის", "გაზი", "ვაჭრობ*", "ეკონომიკ*", "ინვესტიცი*",
                    "ტურიზმ*", "ჯანდაცვ*", "განათლებ*", "კულტურ*", "სპორტ*", "ფეხბურთ*", "ტრანსპორტ*",
                    "რკინიგზ*", "ინფრასტრუქტურ*"),
    "company": ("კომპანი*", "კორპორაცი*", "კონცერნ*", "ფირმ*", "საწარმო*"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:დადების\\s+(?:თაობაზე|შესახებ)\\s+მოლაპარაკებ\\w*", "re:ხელმოწერის\\s+(?:თაობაზე|შესახებ)\\s+მოლაპარაკებ\\w*",
               "re:მოლაპარაკებების\\s+დაწყებ\\w*",
               # (an approval first, its object at the end: "მოიწონა ... მოლაპარაკებების დაწყება")
               "re:მოიწონა\\s+(?:\\S+\\s+){0,12}?მოლაპარაკებ\\w*", "re:დაამტკიცა\\s+(?:\\S+\\s+){0,12}?მოლაპარაკებ\\w*",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:მოიწონა\\w*\\s+(?:\\S+\\s+){0,8}?ხელმოწერ(?!ილ)\\w*", "re:დაამტკიცა\\w*\\s+(?:\\S+\\s+){0,8}?ხელმოწერ(?!ილ)\\w*", "re:ნება\\s+დართო\\w*\\s+(?:\\S+\\s+){0,8}?ხელმოწერ\\w*", "re:უფლებამოსილ\\w*\\s+(?:\\S+\\s+){0,8}?ხელმოწერ\\w*",
               "re:ხელმოწერ\\w*\\s+(?:\\S+\\s+){0,2}?(?:მოიწონა|ნებართვ|განკარგულებ|ბრძანებულებ|დადგენილებ)\\w*",
               # an authority to sign precedes the signing ("ხელმოწერის უფლებამოსილება მიანიჭა")
               "re:ხელმოწერის\\s+უფლებ\\w*", "re:უფლებამოსილება\\s+მიანიჭ\\w*",
               "ხელს მოაწერენ", "ხელს მოაწერს", "ხელი მოეწერება", "მოაწერენ", "მოაწერს", "მოეწერება",
               "გაფორმდება", "გააფორმებენ", "ჩატარდება",
               "გაიმართება", "დაიგეგმა", "იგეგმება", "გეგმავს", "გეგმავენ", "უნდა მოეწეროს",
               "უნდა მოაწერონ", "უნდა გაფორმდეს", "უნდა გააფორმონ", "უნდა ჩატარდეს", "შესაძლო*", "შესთავაზ*",
               "მოსალოდნელ*", "აპირებ*",
               # an intention ("განზრახული აქვთ"), not a letter of intent ("განზრახვის წერილი")
               "re:განზრახ\\w*(?!\\s+წერილ)"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("ერთობლივ*",),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": (),
    "purchase": ("შესყიდვ*", "შეძენ*", "იყიდ*", "შეიძინ*"),
    "draft": ("პროექტ*",),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# წელი სრულდება", "# წელი გავიდა", "# წლის წინ", "re:ხელმოწერიდან\\s+\\d+\\s+წ\\w*"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "წლის წინ", "ხელმოწერის * წლისთავ*",
                   "მანამდე", "ადრე", "შეგახსენებთ", "გასულ წელს", "შარშან"),
    "reporting": ("განაცხადა", "აცხადებს", "ცნობით", "ინფორმაციით", "თქმით", "იტყობინება",
                  "პრესსამსახურ*", "პრეს-სამსახურ*", "ავრცელებს"),
    "start": ("დაიწყო", "დაიწყეს", "გაიხსნა", "სტარტი მიეცა", "იწყება", "იწყებს", "სტარტს იღებს"),
    "date_joiners": (),
    "range_words": (),
    "months": {"იანვარ*": 1, "თებერვალ*": 2, "მარტ*": 3, "აპრილ*": 4, "მაის*": 5, "ივნის*": 6,
               "ივლის*": 7, "აგვისტო*": 8, "სექტემბერ*": 9, "ოქტომბერ*": 10, "ნოემბერ*": 11,
               "დეკემბერ*": 12},
    "weekdays": {"ორშაბათ*": 0, "სამშაბათ*": 1, "ოთხშაბათ*": 2, "ხუთშაბათ*": 3, "პარასკევ*": 4,
                 "შაბათს": 5},
    "today": ("დღეს",),
    "yesterday": ("გუშინ",),
    # The locative ending ("in Georgia" written as one word): a state named with it is the venue.
    "venue_suffix": "(?<=\\w\\w\\w)ში",
    "plan_year": (# "2024 წლის გეგმა", "2024 წლისთვის", "2024-2026 წლების"; not "2024 წლის 5 მარტს"
                  rf"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?(?:წლის|წლებ)\w*(?!\s*\d)(?!\s*(?:{_MONTH_STEMS}))",),
    "story_end": ("მსგავსი სიახლეები*", "ბოლო სიახლეები*", "კომენტარები*", "გააზიარე*", "ტეგები*"),
    "story_skip": ("advertisement", "რეკლამა"),
    "story_aside": ("ასევე დაგაინტერესებთ*", "ასევე წაიკითხეთ*", "იხილეთ ასევე*", "წაიკითხეთ ასევე*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("ტელეფონ*", "სატელეფონო")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("თანამშრომლობ*", "ურთიერთობ*", "პარტნიორობ*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("ვითარებ*", "სიტუაცი*", "ომი", "ომის", "ომში", "კონფლიქტ*", "კრიზის*", "ფრონტ*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("ცეცხლის შეწყვეტ*", "ტყვე*", "სამშვიდობო მოლაპარაკ*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("მოლაპარაკებ*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("სტანდარტ*",)
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame_after"] = ("ფარგლებში", "შესაბამისად", "საფუძველზე")
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ელჩ*",)
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("გააუქმ*", "შეაჩერ*", "დენონსაცი*", "გაუქმებ*")

# The opening or closing ceremony of an exercise ("ერთობლივი სწავლების გახსნის ცერემონიაზე") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("გახსნის ცერემონი*", "დახურვის ცერემონი*",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("მიულოც*", "ულოც*", "მილოც*", "სამძიმარ*",),
    "habitual": ("რეგულარულად", "არაერთხელ", "რამდენჯერმე",),
    "future": ("გადაიდო", "გადადებ*", "გაუქმდა", "ჩაიშალა",),
    "civil_actor": ("ეკონომიკის მინისტრ*", "ფინანსთა მინისტრ*", "ჯანდაცვის მინისტრ*", "განათლების მინისტრ*",
                    "იუსტიციის მინისტრ*",),
    "submission": ("პარლამენტს წარუდგინ*",),
    "interview": ("ინტერვიუ*",),
    "company": ("პავილიონ*",),
    "former": ("ყოფილ*",),
    "draft_law": ("კანონპროექტ*",),
    "settlement": ("სამშვიდობო*", "მძევალ*",),
    "works": ("ქარხან*",),
    "other_law": ("ცვლილებ*", "ბიუჯეტ*",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('შეჯიბრ*', 'კონკურს*', 'ჩემპიონატ*', 'ტურნირ*', 'ოლიმპიად*', 'ფესტივალ*', 'თამაშ*', 'აღლუმ*', 'თასი*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen_after": ("მოქალაქე*",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("დამშვიდობ*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("იუნკერ*", "კურსანტ*", "სტუდენტ*", "ჟურნალისტ*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# The future of going, visiting, meeting and discussing ("მომავალ კვირას ... ვარშავაში გაემგზავრება") is not done; a
# day ahead (next week, tomorrow) makes a visit named by its noun one to come (detect._visit_named_for_a_day_ahead).
_WHOLE_ARTICLES = {"future": ("გაემგზავრება", "გაემგზავრებიან", "ეწვევა", "ეწვევიან", "შეხვდება", "შეხვდებიან",
                              "განიხილავენ", "განიხილავს",),
                   "coming": ("მომავალ კვირას", "მომდევნო კვირას", "ხვალ",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("საარქივო ფოტო", "ფოტო: არქივი",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("სესხ*", "კრედიტ*",)}
extend(LEXICON, _LOANS)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('სასწრაფოდ', 'ახალი ამბები', 'ბოლო ამბები', 'ბრეიქინგი')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'ჯანდაცვის სამინისტრო*', 'ჯანდაცვის მინისტრ*', 'სოციალური დაცვის სამინისტრო*', 'სოციალური დაცვის მინისტრ*',
    'განათლების სამინისტრო*', 'განათლების მინისტრ*', 'კულტურის სამინისტრო*', 'კულტურის მინისტრ*',
    'ფინანსთა სამინისტრო*', 'ფინანსთა მინისტრ*', 'იუსტიციის სამინისტრო*', 'იუსტიციის მინისტრ*',
    'სოფლის მეურნეობის სამინისტრო*', 'ეკონომიკის სამინისტრო*', 'ეკონომიკის მინისტრ*',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('დიასპორ*', 'თანამემამულე*', 'მცხოვრებ*')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('დეპუტატ*', 'პარლამენტარ*', 'პარლამენტის წევრ*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('გვირგვინ*', 'ყვავილები დადო', 'ყვავილები დაადეს', 'ყვავილები მიიტანა')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the names the press writes beside CLDR's ---
# Georgian outlets write Lithuania "ლიტვა" (ლიტვის, ლიტვასთან, "ლიტველი" a Lithuanian), CLDR's "ლიეტუვა" less often.
for _code, _names in {"LT": ("ლიტვ*",)}.items():
    LEXICON["countries"][_code] = LEXICON["countries"].get(_code, ()) + _names

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("სტუმარ*", "სტუმრ*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:დაკავშირებით|შესახებ|თაობაზე)\\s+(?:\\S+\\s+){0,3}?(?:მოლაპარაკებ|კონსულტაცი)\\w*",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("შტაბებ*", "შტაბებს",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("შეხვედრისას", "შეხვედრაზე", "შეხვდნენ", "შეხვდა", "განიხილეს", "გაიმართა", "გამართეს", "ეწვია", "ეწვივნენ", "მიიღო", "უმასპინძლა",),
                 "future": ("შეთანხმდნენ",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("რომელიც", "რომელსაც", "რომელმაც", "რომლებიც", "რომლებსაც", "რომლებმაც")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("გასულ კვირას", "ახლახან", "რამდენიმე დღის წინ")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("მინისტრი ... ესაუბრა") names the outlet's own minister, as its press names
# its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's state
# and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("მინისტრი",)}
extend(LEXICON, _BARE_TITLES)
# A minister who "talked to" another (ესაუბრა, the verb of one speaker with his interlocutor in the dative) met him,
# as the plural "ისაუბრეს" already reads ("მინისტრი ... მინისტრს ტელეფონით ესაუბრა").
LEXICON["meeting"] += ("ესაუბრა",)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("საქართველოსა და თურქეთის სამხედროებმა ივარჯიშეს") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("ივარჯიშეს", "გაიწვრთნენ")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("მომავალი წლის სამხედრო თანამშრომლობის პროგრამა") binds it to a
# year: a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a
# future word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("მომავალი წლის", "შემდეგი წლის")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (lead, s13): the signing verb apart from its "hand" ---
# Georgian signs with "to put the hand to" ("ხელი მოაწერეს"), and the object, the date or the signatories may stand
# between the two words ("ხელი 2027 წლის გეგმას ორივე მინისტრმა მოაწერა"). The verb's past forms alone say it: its
# future ones ("მოაწერენ", "მოაწერს") are already words of a signing to come.
_SIGNED_APART = {"sign": ("მოაწერეს", "მოაწერა", "მოეწერა")}
extend(LEXICON, _SIGNED_APART)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": ("სამხედრო კონსულტაცი*", "თავდაცვის კონსულტაცი*")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("შინაგან საქმეთა", "შსს", "პოლიცი*", "სასაზღვრო პოლიცი*", "საბაჟო*", "საგანგებო სიტუაციების", "საგანგებო სიტუაციებ*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("ერთობლივი სწავლების დაგეგმვის კონფერენცია"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("დაგეგმვის კონფერენცი*", "დაგეგმვის შეხვედრ*", "მზადების ფარგლებში", "მოსამზადებელ* შეხვედრ*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("შეთანხმება ძალაში რატიფიცირების შემდეგ შევა"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("რატიფიცირების შემდეგ", "რატიფიკაციის შემდეგ", "რატიფიცირებას საჭიროებს", "რატიფიცირებას ექვემდებარება",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Recall (c4, s16): an exercise told by what its troops do to it ---
# The two states' troops as the subject of the exercise in the present ("სამხედროები ერთობლივ წვრთნას ატარებენ", are
# holding) or as its participants ("წვრთნაში მონაწილეობენ", "მონაწილეობა მიიღეს"): the exercise held, as the past
# "ჩაატარეს" already reads. The future "ჩაატარებენ" is another word.
_EXERCISE_HELD_BY_ITS_TROOPS = {"conduct": ("ატარებენ", "ატარებს", "მონაწილეობენ", "მონაწილეობს", "მიიღეს მონაწილეობა", "მონაწილეობა მიიღეს")}
extend(LEXICON, _EXERCISE_HELD_BY_ITS_TROOPS)

# --- Recall (c4, s16): a ratification still to come, told by its purpose or an obligation ---
# A document sent "for ratification" ("რატიფიცირებისთვის პარლამენტს წარედგინება") or that a parliament "must ratify"
# beside the agreement signed: no ratification given, the signing is the act (``ratification_ahead``).
_RATIFICATION_AHEAD_TOLD_OTHERWISE = {"ratification_ahead": ("რატიფიცირებისთვის", "რატიფიკაციისთვის", "რატიფიცირებისათვის", "რატიფიკაციისათვის", "რატიფიცირებას დაექვემდებარება", "უნდა მოახდინოს რატიფიცირება", "უნდა მოახდინონ რატიფიცირება")}
extend(LEXICON, _RATIFICATION_AHEAD_TOLD_OTHERWISE)

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("ინციდენტი საზღვარზე", "სროლა") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("ინციდენტ*", "სროლ*", "პროვოკაცი*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): a ratification told in the future ---
# "მოახდენს" (will carry out: "პარლამენტი მოახდენს შეთანხმების რატიფიცირებას") is the future of "ახდენს": the
# ratification is still to come, no event (rules.announced_not_done; SCHEMA.md).
_RATIFICATION_AHEAD_VERBS = {"future": ("მოახდენს", "მოახდენენ")}
extend(LEXICON, _RATIFICATION_AHEAD_VERBS)

# --- Recall (c4, s16): the outlet's own head of state by his bare title ---
# A head of state receiving another state's defence minister to discuss military cooperation holds talks (SCHEMA.md
# names defence officials; train's b081 reads a head of government meeting a chief of staff as talks). His own
# outlets name him by a bare title ("სახელმწიფოს მეთაური აზერბაიჯანის თავდაცვის მინისტრს შეხვდა"), as they name their own minister (not a bare
# "president": on another state's outlet "President Tokayev" is no president of that outlet's state): a sentence that
# opens on it names the outlet's state (detect._bare_title_opens). Not with a foreign or economy minister: no defence official is met.
_HEADS_OF_STATE_BY_TITLE = {"bare_title": ("სახელმწიფოს მეთაური", "სახელმწიფოს მეთაურმა")}
extend(LEXICON, _HEADS_OF_STATE_BY_TITLE)
