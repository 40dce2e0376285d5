"""Serbian lexicon, in Latin and Cyrillic script (the Serbian defence ministry and Bosnian, Montenegrin
outlets write the same words in either; ijekavian forms such as "posjeta" are listed beside ekavian
ones): state names as stems with their case endings (Srbije, Srbiji, Srbijom), adjectives, capitals,
and how acts are reported: "potpisan je Plan" (the passive perfect the ministry uses), "potpisali su",
"održana je vežba", "Zakon o potvrđivanju sporazuma" (the ratification law).

"Će"/"ће" (will) and "bi" (would) with the verb's form mark future and conditional acts; "SAD"
(the USA) is matched only in capitals, since "sad" is "now". Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

_MONTH_STEMS = "jan|feb|mar|apr|maj|jun|jul|avg|aug|sep|okt|nov|dec|јан|феб|мар|апр|мај|јун|јул|авг|сеп|окт|нов|дец"

# Bodies the two defence establishments hold, named by their defence subject (a working group or a
# joint commission on military cooperation, a military dialogue): a meeting of theirs is defence talks
# (SCHEMA.md); civil officials who discuss one hold none (detect._talks).
_BODIES = (
    "radn* grup* za vojnu saradnju", "радн* груп* за војну сарадњу", "komisij* za vojnu saradnju", "комисиј* за војну сарадњу", "zajedničk* vojn* komisij*", "vojn* dijalog*", "војн* дијалог*",
)

LEXICON = {
    "stopwords": ("je", "su", "koji", "koja", "koje", "između", "što", "kao", "sa", "iz", "od", "za", "u",
                  "i", "se", "da", "na", "nije", "će", "ili", "godine", "godinu",
                  "је", "и", "да", "у", "се", "на", "који", "која", "између", "са", "су", "за", "од", "из",
                  "као", "што", "ће", "године", "годину"),
    "countries": {
        "RS": ("srbij*", "srpsk*", "србиј*", "српск*"),
        "HR": ("hrvatsk*", "хрватск*"),
        "BA": ("bosn* i hercegovin*", "босн* и херцеговин*", "=BiH", "=БиХ", "bosanskohercegovačk*",
               "босанскохерцеговачк*"),
        "SI": ("slovenij*", "slovenačk*", "slovensk*", "словениј*", "словеначк*"),
        "ME": ("crn* gor*", "crnogorsk*", "црн* гор*", "црногорск*"),
        "MK": ("severn* makedonij*", "sjevern* makedonij*", "makedonij*", "makedonsk*", "северн* македониј*",
               "македониј*", "македонск*"),
        "RU": ("rusij*", "rusk*", "руси*", "руск*", "=RF", "=РФ"),
        "US": ("=SAD", "=САД", "sjedinjen* američk* držav*", "сједињен* америчк* држав*", "američk*",
               "америчк*", "amerik*", "америк*"),
        "CN": ("kina", "kine", "kini", "kinu", "kinom", "kinesk*", "кина", "кине", "кини", "кину", "кином",
               "кинеск*"),
        "TR": ("tursk*", "турск*"), "GR": ("grčk*", "грчк*"), "BG": ("bugarsk*", "бугарск*"),
        "RO": ("rumunij*", "rumunsk*", "румуниј*", "румунск*"), "HU": ("mađarsk*", "мађарск*"),
        "AL": ("albanij*", "albansk*", "албаниј*", "албанск*"), "XK": ("kosov*", "косов*"),
        "DE": ("nemačk*", "njemačk*", "немачк*"), "FR": ("francusk*", "француск*"),
        "GB": ("velik* britanij*", "britansk*", "велик* британиј*", "британск*", "ujedinjen* kraljevstv*"),
        "IT": ("italij*", "италиј*"), "AT": ("austrij*", "austrijsk*", "аустриј*"),
        "PL": ("poljsk*", "пољск*"), "UA": ("ukrajin*", "украјин*"),
        "BY": ("belorusij*", "bjelorusij*", "belorusk*", "белорусиј*", "белоруск*"),
        "AZ": ("azerbejdžan*", "азербејџан*"), "GE": ("gruzij*", "грузиј*"),
        "AM": ("jermenij*", "armenij*", "јермениј*"), "KZ": ("kazahstan*", "казахстан*"),
        "EG": ("egipt*", "egipat", "египт*", "египат"), "IL": ("izrael*", "израел*"), "IR": ("iran*", "иран*"),
        "IN": ("indij*", "индиј*"), "JP": ("japan*", "јапан*"), "CA": ("kanad*", "канад*"),
        "NO": ("norvešk*", "норвешк*"), "SE": ("švedsk*", "шведск*"), "FI": ("finsk*", "финск*"),
        "DK": ("dansk*", "данск*"), "NL": ("holandij*", "nizozemsk*", "холандиј*"),
        "BE": ("belgij*", "белгиј*"), "ES": ("španij*", "španjolsk*", "шпаниј*"),
        "PT": ("portugalij*", "португалиј*"), "CZ": ("češk*", "чешк*"), "SK": ("slovačk*", "словачк*"),
        "CY": ("kipar", "kipr*", "кипар", "кипр*"), "AE": ("ujedinjen* arapsk* emirat*", "=UAE", "=УАЕ"),
        "DZ": ("alžir*", "алжир*"), "QA": ("katar*", "катар*"), "MD": ("moldavij*", "moldavsk*", "молдавиј*"),
        "LT": ("litvanij*", "литваниј*"), "LV": ("letonij*", "летониј*"), "EE": ("estonij*", "естониј*"),
    },
    "capitals": {
        "RS": ("beograd*", "београд*"), "HR": ("zagreb*", "загреб*"), "BA": ("sarajev*", "сарајев*"),
        "SI": ("ljubljan*", "љубљан*"), "ME": ("podgoric*", "подгориц*"), "MK": ("skopj*", "скопј*", "скопљ*"),
        "RU": ("moskv*", "москв*"), "US": ("vašington*", "вашингтон*"), "HU": ("budimpešt*", "будимпешт*"),
        "RO": ("bukurešt*", "букурешт*"), "GR": ("atin*", "атин*"), "AL": ("tiran*", "тиран*"),
        "XK": ("prištin*", "приштин*"), "DE": ("berlin*", "берлин*"), "FR": ("pariz*", "париз*"),
        "GB": ("london*", "лондон*"), "AT": ("beč", "beča", "beču", "беч", "беча", "бечу"),
        "PL": ("varšav*", "варшав*"), "UA": ("kijev*", "кијев*"), "TR": ("ankar*", "анкар*"),
        "CN": ("peking*", "пекинг*"), "BG": ("sofij*",),
    },
    "blocs": {
        "NATO": ("=NATO", "=НАТО"), "EU": ("=EU", "=ЕУ", "evropsk* unij*", "europsk* unij*", "европск* униј*"),
        "CIS": ("=ZND", "=ЗНД"), "CSTO": ("=ODKB", "=ОДКБ"),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OEBS", "=ОЕБС",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:tri|četiri|pet|šest|sedam|osam|devet|deset|jedanaest|dvanaest|petnaest|dvadeset|nekoliko)\\s+(?:zemalja|zemlje|država|države)", "re:(?:три|четири|пет|шест|седам|осам|девет|десет|једанаест|дванаест|петнаест|двадесет|неколико)\\s+(?:земаља|земље|држава|државе)",
                     # a multinational exercise or force: many states, whichever two the story names
                     "multinacionaln*", "мултинационалн*",
                     "trilateraln*", "трилатералн*", "multilateraln*", "мултилатералн*", "tri zemlje",
                     "три земље", "tri države", "три државе", "# zemalja", "# земаља", "# država", "# држава",
                     "zemalja članica", "земаља чланица", "država članica", "држава чланица",
                     "regionaln* inicijativ*"),
    "bilateral": ("bilateraln*", "билатералн*", "dve zemlje", "dvije zemlje", "две земље", "dveju zemalja",
                  "dva ministarstva", "два министарства", "obe zemlje", "obje zemlje", "обе земље",
                  "obostran*", "обостран*"),
    "between": ("između", "између"),
    "counterpart": ("koleg*", "колег*", "strane", "стране", "sagovornic*", "саговорниц*", "dva", "два"),
    "sidelines": ("na marginama", "на маргинама"),
    "sign": ("potpisan*", "potpisal*", "potpisao", "potpisivanj*", "potpisuju", "potpisuje",
             "потписан*", "потписал*", "потписао", "потписивањ*", "потписују", "потписује",
             "zaključen*", "zaključil*", "закључен*", "закључил*"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    "approve": ("usvojen*", "usvojil*", "usvojio", "odobren*", "odobril*", "odobrio",
                "усвојен*", "усвојил*", "усвојио", "одобрен*", "одобрил*", "одобрио"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("odbor*", "одбор*",),
    "ratify": ("ratifik*", "ратифик*", "zakon o potvrđivanju*", "закон о потврђивању*",
               "potvrđivanju*", "потврђивању*", "stupanj* na snagu", "ступањ* на снагу"),
    # The procedure named as a noun ("upućen Skupštini na ratifikaciju"): only a verb, or a law passed on
    # it ("usvojila zakon o potvrđivanju"), reports that it happened.
    "ratify_noun": ("ratifikacij*", "ратификациј*",
                    # the verbal noun of "potvrditi" names the procedure as well ("predlog zakona o
                    # potvrđivanju sporazuma" sent to parliament): the law's adoption is the act
                    "zakon o potvrđivanju*", "закон о потврђивању*", "potvrđivanju*", "потврђивању*"),
    "authority": ("skupštin*", "скупштин*", "parlament*", "парламент*", "predsednik*", "predsjednik*",
                  "председник*", "vlada", "vlade", "vladi", "vladu", "vladom",
                  "влада", "владе", "влади", "владу", "владом", "zakon*", "закон*", "poslanic*", "poslanik*",
                  "посланиц*", "посланик*"),
    "plan_nouns": ("plan", "plana", "planu", "planom", "planovi", "planove", "planova", "planovima",
                   "план", "плана", "плану", "планом", "планови", "планове", "планова"),
    "programme_nouns": ("program*", "програм*"),
    "agreement_nouns": ("sporazum*", "споразум*", "ugovor*", "уговор*", "memorandum*", "меморандум*",
                        "protokol*", "протокол*", "mapa puta", "mapu puta", "мапа пута", "мапу пута",
                        "deklaracij*", "декларациј*", "pism* o namerama", "pism* o namjerama",
                        "писм* о намерама", "aranžman*", "аранжман*"),
    "generic_doc_nouns": ("dokument*", "документ*"),
    "meeting": ("sastan*", "sastao", "sastala", "sastali", "састан*", "састао", "састала", "састали",
                "razgovor*", "разговор*", "razgovara*", "разговара*", "razgovarano", "разговарано",
                "poset*", "posjet*", "посет*", "posetil*", "posjetil*", "boravi*", "борави*",
                "pregovor*", "преговор*", "konsultacij*", "консултациј*", "radn* grup*", "радн* груп*",
                "susret*", "сусрет*", "primio", "primila", "примио", "примила", "sednic*", "седниц*",
                "telefonsk* razgovor*", "телефонск* разговор*", "video-konferencij*", "videokonferencij*"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("poseta", "posete", "posetu", "posjeta", "posjete", "posjetu", "sastanak", "sastanka", "sastanku",
                     "susret", "susreta", "razgovori", "razgovora", "посета", "посете", "посету", "састанак", "састанка",
                     "састанку", "сусрет", "сусрета", "разговори", "разговора"),
    "exercise": ("vežb*", "vježb*", "вежб*", "manevr*", "manevar", "маневр*", "маневар",
                 "zajedničk* obuk*", "заједничк* обук*"),
    "conduct": ("održan*", "održal*", "održava*", "одржан*", "одржал*", "одржава*", "izveden*", "izvel*",
                "изведен*", "извел*", "počel*", "počinje", "почел*", "почиње", "započel*", "започел*",
                "završen*", "završil*", "завршен*", "завршил*", "realizovan*", "реализован*", "sproveden*",
                "спроведен*", "otvoren*", "отворен*",
                # forces taking part in it: it is under way ("učestvovali su u zajedničkoj vežbi")
                "učestvova*", "учествова*", "učestvuj*", "учествуј*", "sudjelova*", "sudjeluj*"),
    "discussion": ("razgovara*", "разговара*", "razmatra*", "разматра*", "perspektiv*", "перспектив*",
                   "poziv*", "позив*", "namer*", "namjer*", "намер*"),
    "defence_actor": (*_BODIES, "ministar* odbrane", "ministr* odbrane", "ministarstv* odbrane", "ministar* obrane",
                      "ministr* obrane", "ministarstv* obrane", "министар* одбране", "министр* одбране",
                      "министарств* одбране", "vojsk*", "војск*", "oružan* snag*", "оружан* снаг*",
                      "generalštab*", "генералштаб*", "general* štab*", "генерал* штаб*",
                      "izaslanik* odbrane", "изасланик* одбране", "vojn* ataše*", "војн* аташе*",
                      "odbramben* ataše*", "одбрамбен* аташе*", "vojn* delegacij*", "војн* делегациј*",
                      "armij*", "армиј*"),
    "defence_topic": ("odbran*", "одбран*", "obran*", "odbramben*", "одбрамбен*", "vojn*", "војн*",
                      "naoružan*", "наоружан*"),
    "civil_actor": ("granič* polic*", "гранич* полиц*", "unutrašnjih poslova", "унутрашњих послова",
                    "=MUP", "=МУП", "policij*", "полициј*", "vanredn* situacij*", "ванредн* ситуациј*",
                    "spoljnih poslova", "спољних послова", "inostranih poslova", "vanjskih poslova",
                    "carin*", "царин*", "tužilaštv*", "тужилаштв*", "=BIA", "=БИА", "žandarmerij*",
                    "жандармериј*", "granični prelaz*", "гранични прелаз*"),
    "civil_topic": ("energetik*", "energij*", "енергетик*", "енергиј*", "naft*", "нафт*", "gas", "gasa",
                    "gasn*", "гас", "гаса", "гасн*", "trgovin*", "трговин*", "ekonomsk*", "економск*",
                    "privred*", "привред*", "investicij*", "инвестициј*", "turiz*", "туриз*", "zdravstv*",
                    "здравств*", "kultur*", "култур*", "sport*", "спорт*", "fudbal*", "фудбал*", "klub*",
                    "клуб*", "saobraćaj*", "саобраћај*", "železnic*", "железниц*", "sankcij*", "санкциј*",
                    "poljoprivred*", "пољопривред*"),
    "company": ("brodogradilišt*", "бродоградилишт*", "kompanij*", "компаниј*", "korporacij*", "корпорациј*", "koncern*", "концерн*", "firm*",
                "фирм*", "preduzeć*", "предузећ*", "=Yugoimport", "=Југоимпорт"),
    # Not "će"/"bi" alone: "potpisan je sporazum koji će omogućiti..." (a relative clause after the
    # document) is a done act; the auxiliary with the verb's own form marks a future or conditional one.
    # The act named by its verbal noun ("the signing"): it has no tense of its own; the verb of its clause
    # gives it ("the signing is scheduled for March").
    "act_noun": ("potpisivanje", "potpisivanja", "potpisivanju", "potpisivanjem", "потписивање", "потписивања", "потписивању", "потписивањем", "zaključivanj*", "закључивањ*", "ratifikacij*", "ратификациј*", "potvrđivanj*", "потврђивањ*"),
    "future": (
               # a signing or a meeting set for a date ("is scheduled for March"): still to come
               "zakazan*", "заказан*", "predviđen*", "предвиђен*",
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:pregovor\\w*\\s+o\\s+(?:zaključivanju|potpisivanju)",
               "re:преговор\\w*\\s+о\\s+(?:закључивању|потписивању)",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:osnov\\w*\\s+za\\s+(?:zaključivanje|potpisivanje)",
               "re:основ\\w*\\s+за\\s+(?:закључивање|потписивање)",
               "re:odobri\\w*\\s+(?:\\S+\\s+){0,3}?potpisivanj\\w*", "re:ovlast\\w*\\s+(?:\\S+\\s+){0,3}?potpisivanj\\w*", "re:ovlašć\\w*\\s+(?:\\S+\\s+){0,3}?potpisivanj\\w*",
               "re:одобри\\w*\\s+(?:\\S+\\s+){0,3}?потписивањ\\w*", "re:овласт\\w*\\s+(?:\\S+\\s+){0,3}?потписивањ\\w*", "re:овлашћ\\w*\\s+(?:\\S+\\s+){0,3}?потписивањ\\w*",
               "će biti", "ће бити", "će se", "ће се", "biće", "биће", "potpisaće", "потписаће", "biti potpisan*",
               "бити потписан*", "bude potpisan*", "буде потписан*", "bi bio", "bi bila", "bi bilo", "би био",
               "би била", "би било", "će potpisati", "ће потписати", "trebalo bi", "треба да", "treba da",
               "требало би", "planira", "planiraju", "planirano", "планира", "планирају",
               "планирано", "namerava*", "namjerava*", "намерава*", "predlož*", "предлож*", "očekuje se",
               "очекује се", "predstoj*", "предстој*",
               # the future written as one word, the verb's stem and "će" ("posetiće", "sastaće se",
               # "održaće"): a visit, a meeting or an exercise still to come
               "posetiće", "посетиће", "posjetiće", "sastaće", "састаће", "održaće", "одржаће", "izvešće",
               "извешће", "razgovaraće", "разговараће", "boraviće", "боравиће", "doputovaće", "допутоваће",
               "učestvovaće", "учествоваће", "započeće", "започеће"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("u", "у", "na teritoriji", "на територији"),
    "draft": ("nacrt*", "нацрт*", "predlog*", "предлог*", "prijedlog*", "parafira*", "парафира*"),
    # Act verbs in the present tense: with a day to come, the act is announced.
    "present": ("потписују", "potpisuju", "ратификују", "ratifikuju"),
    # Time words that point ahead.
    "coming": ("сутра", "sutra", "следеће недеље", "sledeće nedelje", "наредне недеље", "naredne nedelje", "идуће недеље", "iduće nedelje"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("zajedničk*", "заједничк*", "zajedno", "заједно"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("sa", "са", "s", "с"),
    "purchase": ("набавк*", "nabavk*", "куповин*", "kupovin*", "купи*", "kupi*"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# godina od", "# година од", "pre # godina", "пре # година", "godišnjic* potpisivanja",
                "годишњиц* потписивања", "godišnjic* od potpisivanja", "годишњиц* од потписивања",
                "re:(?:deset|petnaest|dvadeset|trideset)\\s+godina\\s+od"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "pre * godina", "пре * година", "godišnjic* potpisivanja", "годишњиц* потписивања", "godina od potpisivanja", "година од потписивања",
                   "ranije", "раније", "podsetimo", "podsjetimo", "подсетимо", "prošle godine",
                   "прошле године", "svojevremeno", "својевремено", "još u", "још у"),
    "reporting": ("saopšten*", "саопштен*", "saopštil*", "саопштил*", "navodi se", "наводи се", "izjavio",
                  "изјавио", "izjavil*", "изјавил*", "rekao", "рекао", "prenosi", "преноси", "objavil*",
                  "објавил*", "kako je saopšteno"),
    "start": ("počel*", "почел*", "počinje", "почиње", "započel*", "започел*", "otvoren*", "отворен*"),
    # "11. aprila": the day's ordinal dot before the month
    "date_joiners": (".",),
    "range_words": ("do", "и", "i", "до"),
    "months": {"januar*": 1, "februar*": 2, "mart*": 3, "april*": 4, "maj": 5, "maja": 5, "maju": 5,
               "jun": 6, "juna": 6, "junu": 6, "jul": 7, "jula": 7, "julu": 7, "avgust*": 8, "august*": 8,
               "septemb*": 9, "oktob*": 10, "novemb*": 11, "decemb*": 12,
               "јануар*": 1, "фебруар*": 2, "март*": 3, "април*": 4, "мај": 5, "маја": 5, "мају": 5,
               "јун": 6, "јуна": 6, "јуну": 6, "јул": 7, "јула": 7, "јулу": 7, "август*": 8,
               "септемб*": 9, "октоб*": 10, "новемб*": 11, "децемб*": 12},
    "weekdays": {"ponedeljak": 0, "ponedjeljak": 0, "utorak": 1, "sreda": 2, "sredu": 2, "srijeda": 2,
                 "srijedu": 2, "četvrtak": 3, "petak": 4, "subota": 5, "subotu": 5, "nedelja": 6,
                 "nedelju": 6, "nedjelju": 6, "понедељак": 0, "уторак": 1, "среда": 2, "среду": 2,
                 "четвртак": 3, "петак": 4, "субота": 5, "суботу": 5, "недеља": 6, "недељу": 6},
    "today": ("danas", "данас", "današnj*", "данашњ*"),
    "yesterday": ("juče", "jučer", "јуче"),
    "plan_year": (# "za 2024. godinu", "za fiskalnu 2015. godinu", "за 2024-2026. годину", "za period
                  # 2025-2027", "za 2025"; not "za 2025. januar" (a date)
                  r"(?:za|за)\s+(?:\w+\s+){0,2}(20\d\d)\.?(?:\s*[-–—/]\s*20\d\d\.?)?(?=\s|$|,|;)"
                  rf"(?!\s*(?:{_MONTH_STEMS}))",),
    "story_end": ("povezane vesti", "повезане вести", "najčitanije*", "најчитаније*", "komentari*", "коментари*",
                  "tagovi*", "тагови*", "podeli*", "подели*", "ostavite komentar*", "оставите коментар*"),
    "story_skip": (),
    "story_aside": ("pročitajte još*", "прочитајте још*", "pročitajte i*", "прочитајте и*", "vezane vesti",
                    "везане вести", "takođe pročitajte*", "više o temi*", "види још*", "vidi još*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*", "телефон*")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("saradnj*", "сарадњ*", "odnos*", "однос*", "partnerstv*", "партнерств*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situacij*", "ситуациј*", "rat", "rata", "ratu", "рат", "рата", "рату", "sukob*",
                     "сукоб*", "kriz*", "криз*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("primirj*", "prekid vatre", "прекид ватре", "zarobljeni*", "заробљени*",
                         "mirovni pregovor*", "мировни преговор*", "mirovni sporazum*", "мировни споразум*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("pregovor*", "преговор*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standard*", "стандард*")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("u okviru", "у оквиру", "na osnovu", "на основу", "u skladu sa", "у складу са")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ambasador*", "амбасадор*", "ambasad*", "амбасад*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("otkaza*", "отказа*", "raskinu*", "раскину*", "suspendova*", "суспендова*", "poništi*",
                        "поништи*")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("čestit*", "честит*", "saučešć*", "саучешћ*",),
    "habitual": ("# puta", "# пута", "više puta", "више пута", "redovno", "редовно",),
    "future": ("odložen*", "одложен*", "otkazan*", "отказан*", "nije ratifikova*", "није ратификова*",
               "odbil*", "одбил*",),
    "civil_actor": ("minist* privrede", "минист* привреде", "minist* finansija", "минист* финансија",
                    "minist* zdravlja", "минист* здравља", "minist* prosvete", "минист* просвете",
                    "minist* pravde", "минист* правде",),
    "submission": ("uputi* skupštin*", "упути* скупштин*", "dostavi* skupštin*", "достави* скупштин*",
                   "u skupštinsku proceduru", "у скупштинску процедуру",),
    "interview": ("intervju*", "интервју*",),
    "company": ("paviljon*", "павиљон*", "štand*", "штанд*",),
    "former": ("bivš*", "бивш*",),
    "draft_law": ("predlog* zakona", "предлог* закона", "nacrt* zakona", "нацрт* закона",),
    "settlement": ("mirovn* misij*", "мировн* мисиј*", "talac*", "таоц*", "talaca", "талаца",),
    "works": ("fabrik*", "фабрик*",),
    "other_law": ("izmen*", "измен*", "dopun*", "допун*", "budžet*", "буџет*",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c3, s10): a chamber that votes a ratification law through adopts it ---
# Deputies "voted through" the law on confirming an agreement ("poslanici su izglasali zakon o potvrđivanju",
# "изгласан је закон") as "usvojili" says: the vote of the plenary, not a committee's (stage) or a first step.
LEXICON["approve"] += ("izglasa*", "изгласа*", "glasali za", "гласали за", "glasala za", "гласала за",
                       "glasalo za", "гласало за")

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('такмичењ*', 'takmičenj*', 'конкурс*', 'konkurs*', 'шампионат*', 'šampionat*', 'турнир*', 'turnir*', 'фестивал*', 'festival*', 'игре', 'igre', 'парад*', 'parad*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("državljan*", "држављан*",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("oproštaj*", "опроштај*", "oprostio", "опростио",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("kadet*", "кадет*", "studenti", "студенти", "novinar*", "новинар*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# The auxiliary of the future with an infinitive ("će sledeće nedelje otputovati u posetu") is not done.
_WHOLE_ARTICLES = {"future": ("će", "ће", "ćemo", "ћемо", "ću", "ћу",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("arhivska fotografija", "foto: arhiva", "архивска фотографија", "фото: архива",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("zajam*", "zajm*", "kredit*", "зајам*", "зајм*", "кредит*",)}
extend(LEXICON, _LOANS)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('hitno', 'najnovije', 'udarna vest', 'хитно', 'најновије', 'ударна вест')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'ministarstv* zdravlja', 'ministar* zdravlja', 'ministarstv* za rad*', 'ministar* za rad*',
    'ministarstv* prosvete', 'ministar* prosvete', 'ministarstv* kulture', 'ministar* kulture',
    'ministarstv* finansija', 'ministar* finansija', 'ministarstv* pravde', 'ministar* pravde',
    'ministarstv* poljoprivrede', 'ministarstv* za brigu o porodici*', 'министарств* здравља', 'министар* здравља',
    'министарств* за рад*', 'министар* за рад*', 'министарств* просвете', 'министарств* културе',
    'министарств* финансија', 'министар* финансија', 'министарств* правде', 'министарств* пољопривреде',
    'министарств* за бригу о породици*',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('dijaspor*', 'дијаспор*', 'sunarodni*', 'сународни*')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('poslanic*', 'poslanik*', 'посланиц*', 'посланик*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('venac', 'venca', 'vence', 'венац', 'венца', 'венце')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("republik* korej*", "републик* кореј*",)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("gost", "gosti", "gostima", "gosta", "gostu", "gostiju", "гост", "гости", "гостима", "госта", "госту", "гостију",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:razgovor|разговор|konsultacij|консултациј|pregovor|преговор)\\w*\\s+(?:[\\w'-]+\\s+){0,12}?(?:o|о|u vezi|у вези|povodom|поводом)",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("tokom sastanka", "na sastanku", "током састанка", "на састанку", "sastali su se", "sastao se", "sastala se", "održani su", "održan je", "održani", "razgovarali su", "razgovarao je", "primio je", "posetio je", "састали су се", "састао се", "састала се", "одржани су", "одржан је", "разговарали су", "разговарао је", "примио је", "посетио је",),
                 "future": ("dogovorili da", "dogovorili su da", "договорили да", "договорили су да",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Ministar je razgovarao sa ...") names the outlet's own minister, as its
# press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("ministar", "ministarka", "министар", "министарка",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("Zakon o potvrđivanju ... stupio je na snagu") tells the ratification done
# (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("stupio je na snagu", "stupio na snagu", "objavljen", "ступио је на снагу", "објављен")}
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("pripadnici vojski Srbije i Mađarske uvežbavali su odbranu") tells troops
# exercising: with the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise,
# detect; as ru "отработали" already reads).
_DRILLS = {"conduct": ("uvežbavali su", "uvežbali su", "увежбавали су", "увежбали су")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("program vojne saradnje za sledeću godinu") binds it to a year: a
# plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a future
# word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("za sledeću godinu", "za narednu godinu", "za iduću godinu", "за следећу годину", "за наредну годину", "за идућу годину")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("zajedničk* letov*", "re:zajedničk\\w*\\s+(?:[\\w-]+\\s+){0,2}?obuk\\w*",
                                         "заједничк* летов*", "re:заједничк\\w*\\s+(?:[\\w-]+\\s+){0,2}?обук\\w*"),
                            "civil_topic": ("aviokompanij*", "авиокомпаниј*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": ("vojne konsultacije", "vojnih konsultacija", "војне консултације", "војних консултација")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("unutrašnjih poslova", "унутрашњих послова", "=MUP", "=МУП", "policij*", "полициј*", "granič* polic*", "гранич* полиц*", "carin*", "царин*", "vanredn* situacij*", "ванредн* ситуациј*", "žandarmerij*", "жандармериј*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a signing told in a relative clause on its signer ---
# "Ministar odbrane, koji je potpisao plan saradnje, danas je otvorio bolnicu": a relative clause with no time of its
# own describes the minister by what he once did (detect._signed_in_a_timeless_relative_clause).
_RELATIVE_PERSONS = {"relative": ("koji", "koja", "koje", "који", "која", "које")}
extend(LEXICON, _RELATIVE_PERSONS)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "политичко-војне консултације" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("политичко-војн* консултациј*", "политичко-војн* разговор*", "političko-vojn* konsultacij*", "političko-vojn* razgovor*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("главна планска конференција за заједничку вежбу"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("планск* конференциј*", "конференциј* за планирање", "у оквиру припрема", "у оквиру припреме", "припреме за", "plansk* konferencij*", "konferencij* za planiranje", "u okviru priprema", "u okviru pripreme", "pripreme za",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("који ће ступити на снагу након ратификације"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("након ратификације", "након њене ратификације", "након његове ратификације", "после ратификације", "подлеже ратификацији", "nakon ratifikacije", "posle ratifikacije", "nakon njene ratifikacije", "nakon njegove ratifikacije", "podleže ratifikaciji",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Recall (c1, s15): a document's signing told after it, set off by a comma ---
# "usvojila je sporazum ..., potpisan u Budimpešti u oktobru": a participle after the comma that closes the document's
# name, followed by where, when or by whom, describes the document (signed before, rules.attributive_signing); the
# government's approval of it is its ratification (SCHEMA.md), not a signing of the day.
_SIGNED_BEFORE_AFTER_A_COMMA = {"signed_attr": (
    "re:(?<=, )(?:potpisan|potpisana|potpisano|potpisani|zaključen|zaključena|zaključeno|"
    "потписан|потписана|потписано|потписани|закључен|закључена|закључено)"
    "(?=\\s+(?:u|na|od|prošle|prošlog|у|на|од|прошле|прошлог)\\b)",)}
extend(LEXICON, _SIGNED_BEFORE_AFTER_A_COMMA)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, and names whose every word declines, armed forces known by their own name, and capitals the press names
# as their governments ("Канбера signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "TN": ("туниск*", "tunisk*"), "ET": ("етиопск*", "etiopsk*"), "PE": ("перуанск*", "peruansk*"),
    "IQ": ("ирачк*", "iračk*"), "CU": ("кубанск*", "kubansk*"), "GH": ("ганск*", "gansk*"), "NP": ("непалск*", "nepalsk*"),
    "MN": ("монголск*", "mongolsk*"), "NZ": ("новозеландск*", "novozelandsk*"),
    "ID": ("индонежанск*", "indonežansk*"), "SA": ("саудијск*", "saudijsk*"), "ZA": ("јужноафричк*", "južnoafričk*"),
    "MX": ("мексичк*", "meksičk*"), "EG": ("египатск*", "egipatsk*"), "CL": ("чилеанск*", "čileansk*"),
}, "capitals": {
    "ZA": ("преториј*", "pretorij*"), "AU": ("канбер*", "kanber*"), "ID": ("џакарт*", "džakart*"),
    "NG": ("абуџ*", "abudž*"), "SA": ("ријад*", "rijad*"), "KE": ("најроби", "najrobi"), "JP": ("токиј*", "tokij*"),
    "EG": ("каир*", "kair*"),
}}
extend(LEXICON, _REST_OF_WORLD)
