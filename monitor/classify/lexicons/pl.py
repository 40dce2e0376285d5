"""Polish lexicon: state names through their seven cases (Rumunia, Rumunii, Rumunią ...) as stems,
demonyms and capitals, and the verbs Polish outlets use for signing ("podpisali", "sformalizowali"),
ratifying, meeting and exercising. Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend

# Bodies the two defence establishments hold, named by their defence subject (a working group or a
# joint commission on military cooperation, a military dialogue): a meeting of theirs is defence talks
# (SCHEMA.md); civil officials who discuss one hold none (detect._talks).
_BODIES = (
    "grup* robocz* ds. współpracy wojskowej", "grup* robocz* ds. współpracy obronnej", "grup* robocz* do spraw współpracy wojskowej", "komisj* ds. współpracy wojskowej", "komitet* ds. współpracy wojskowej", "dialog* wojskow*",
)

LEXICON = {
    "stopwords": ("się", "nie", "jest", "oraz", "że", "przez", "który", "która", "które", "jak", "w", "dla",
                  "są", "ze", "także", "również", "między", "obu", "został", "została", "tym", "których"),
    "countries": {
        "PL": ("polsk*", "polscy", "polsce", "polak*", "rzeczpospolit*", "=RP",
               # the ministry by its own name, which only Poland's bears ("Obrony Narodowej")
               "ministerstw* obrony narodowej", "minist* obrony narodowej", "=MON",
               # the outlet's own state, in the first person plural ("nasz kraj")
               "nasz kraj", "naszego kraju", "naszym kraju", "naszym krajem", "naszemu krajowi"),
        "RO": ("rumuni*", "rumuń*"), "GB": ("wielk* brytani*", "brytyj*", "zjednoczon* królestw*"),
        "NL": ("holandi*", "holender*", "holendr*", "niderland*", "niderlandzk*"),
        "DE": ("niemcy", "niemiec", "niemcom", "niemcami", "niemczech", "niemieck*", "niemieccy"),
        "FR": ("francj*", "francus*"), "US": ("=USA", "stany zjednoczone", "stanów zjednoczonych",
                                              "stanami zjednoczonymi", "stanach zjednoczonych", "amerykań*"),
        "UA": ("ukrain*", "ukraiń*",), "RU": ("rosj*", "rosyj*"), "LT": ("litw*", "litews*"),
        "LV": ("łotw*", "łotews*"), "EE": ("estoni*", "estońs*"), "TR": ("turcj*", "turec*"),
        "AZ": ("azerbejdżan*",), "GE": ("gruzj*", "gruzińs*"), "AM": ("armeni*", "ormiańs*"),
        "KZ": ("kazachstan*", "kazachs*"), "UZ": ("uzbekistan*", "uzbeck*"),
        "KR": ("kore* południow*", "korei płd*", "korea płd*", "południowokoreańsk*"),
        "JP": ("japoni*", "japońs*"), "CN": ("chiny", "chin", "chinach", "chinami", "chinom", "chińs*"),
        "IT": ("włochy", "włoch", "włoszech", "włochom", "włochami", "włosk*", "włoscy"),
        "ES": ("hiszpani*", "hiszpańs*"), "CZ": ("czechy", "czech", "czechach", "czechami", "czesk*", "czescy"),
        "SK": ("słowacj*", "słowac*"), "HU": ("węgry", "węgier", "węgrzech", "węgrami", "węgiers*"),
        "SE": ("szwecj*", "szwedz*"), "NO": ("norwegi*", "norwes*"), "FI": ("finlandi*", "fińs*"),
        "DK": ("danii", "danią", "duńs*"), "CA": ("kanad*",), "IL": ("izrael*",),
        "IN": ("indie", "indii", "indiami", "indyjs*"), "MD": ("mołdawi*", "mołdaws*"),
        "BY": ("białoru*",), "AU": ("australi*",), "GR": ("grecj*", "greck*", "greccy"), "BG": ("bułgari*", "bułgars*"),
        "RS": ("serbi*", "serbs*"), "HR": ("chorwacj*", "chorwac*"), "BE": ("belgi*",),
        "PT": ("portugali*", "portugals*"), "EG": ("egipt*",), "IR": ("iran*",), "SA": ("arabi* saudyjsk*",),
        "AE": ("zjednoczon* emirat*", "emirat*"), "QA": ("katar*",), "PK": ("pakistan*",),
        "AT": ("austri*",), "CH": ("szwajcari*",), "SI": ("słoweni*",), "BR": ("brazyli*",),
        "MN": ("mongoli*",), "KP": ("kore* północn*", "korei płn*"), "TW": ("tajwan*",),
    },
    "capitals": {"PL": ("warszaw*",), "RO": ("bukareszt*",), "GB": ("londyn*",), "NL": ("haga", "hadze", "hagi"),
                 "DE": ("berlin*",), "FR": ("paryż*",), "US": ("waszyngton*",), "UA": ("kijów", "kijowie", "kijowa"),
                 "RU": ("moskw*",), "LT": ("wilno", "wilnie", "wilna"), "TR": ("ankar*",), "CZ": ("prag*",)},
    "blocs": {"NATO": ("=NATO",), "EU": ("=UE", "uni* europejsk*"), "CIS": ("=WNP",), "CSTO": ("=OUBZ",),
              "SCO": ("=SOW",)},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OBWE",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:trzech|czterech|pięciu|sześciu|siedmiu|ośmiu|dziewięciu|dziesięciu|jedenastu|dwunastu|piętnastu|dwudziestu|kilku|kilkunastu|kilkudziesięciu)\\s+(?:państw|krajów)", "re:(?:trzy|cztery)\\s+(?:państwa|kraje)", "re:(?:pięć|sześć|siedem|osiem|dziewięć|dziesięć|kilka|kilkanaście)\\s+(?:państw|krajów)","trójstronn*", "wielostronn*", "trzech państw", "trzy państwa", "trzech krajów",
                     "państw członkowskich", "państwa członkowskie", "# państw", "# krajów", "wielonarodow*",
                     "międzynarodow* ćwiczeni*"),
    "bilateral": ("dwustronn*", "bilateraln*", "obu krajów", "obu państw", "oba kraje", "obie strony",
                  "obu stron", "dwóch krajów", "dwóch państw", "obu resortów"),
    "between": ("między", "pomiędzy"),
    "counterpart": ("z ministrem", "z szefem", "z wiceministrem", "odpowiednik*", "partner*", "strony", "obie", "obaj", "gość*", "gości*"),
    "sidelines": ("na marginesie", "przy okazji"),
    "sign": ("podpisa*", "podpisan*", "podpisuj*", "podpisze*", "sformalizowa*", "zawar*", "zawiera*",
             "parafowa*", "odnowi*", "sygnowa*"),
    "sign_participle": ("podpisany", "podpisana", "podpisane", "podpisanej", "podpisanego", "zawarty", "zawarta",
                        "zawarte"),
    "determiners": ("nowy", "nowa", "nowe", "nową", "dwa", "dwie", "umowę", "umowa", "porozumienie", "memorandum",
                    "plan", "protokół", "program",
                    "re:[\"']"),
    "aux": ("został", "została", "zostało", "zostały", "zostali", "jest", "są", "był", "była", "było", "były",
            "oficjalnie", "także", "również"),
    "approve": ("zatwierdzi*", "przyjął", "przyjęła", "przyjęli", "przyjęło", "uchwali*", "zaakceptowa*"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("komisj*", "pierwszym czytaniu",),
    "ratify": ("ratyfik*", "ratyfikow*"),
    # The procedure named as a noun ("trafi do Sejmu do ratyfikacji"): only a verb, or a law passed or
    # signed on it ("prezydent podpisał ustawę o ratyfikacji"), reports that it happened.
    "ratify_noun": ("ratyfikacj*", "ratyfikowania", "ratyfikowanie"),
    "authority": ("sejm*", "senat*", "parlament*", "rząd*", "rada ministrów", "rady ministrów", "prezydent*",
                  "ustaw*", "posłowie", "posłów"),
    "plan_nouns": ("plan", "planu", "planem", "planie", "plany", "planów"),
    "programme_nouns": ("program", "programu", "programem", "programie", "programy", "programów"),
    "agreement_nouns": ("umow*", "porozumieni*", "memorand*", "protok*", "traktat*", "kontrakt*",
                        "list* intencyjn*", "deklaracj*", "mapa drogowa", "mapę drogową", "mapy drogowej",
                        "układ*"),
    "generic_doc_nouns": ("dokument*",),
    "meeting": ("spotka*", "spotkał*", "rozmow*", "rozmawia*", "wizyt*", "odwiedzi*", "przyjął", "przyjęła",
                "konsultacj*", "obrad*", "dyskutowa*", "omówi*", "omawia*", "grupa robocza", "grupy roboczej",
                "telefoniczn*", "wideokonferencj*"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("wizyta", "wizyty", "wizycie", "wizytę", "spotkanie", "spotkania", "spotkaniu", "rozmowy", "rozmów",
                     "rozmowa", "konsultacje", "konsultacji"),
    "exercise": ("ćwiczeni*", "ćwiczeń", "manewr*", "wspóln* szkoleni*", "szkolenia wojskowe"),
    "conduct": ("przeprowadz*", "odbył*", "odbywaj*", "odbędą", "rozpoczęł*", "rozpoczął", "rozpoczyna*",
                "zakończył*", "zakończon*", "trwaj*", "ćwiczą", "ćwiczyli", "ćwiczyły", "wzięł* udział", "wzięli udział",
                "biorą udział", "startuj*", "wystartował*", "zaczyna się", "zaczynają się", "zaczęł*",
                # forces taking part in it: it is under way ("uczestniczyli we wspólnych ćwiczeniach")
                "uczestnicz*"),
    "discussion": ("dyskut*", "perspektyw*", "zaprosi*", "zaproszeni*"),
    "defence_actor": (*_BODIES, "minist* obrony*", "ministerstw* obrony*", "resort* obrony*", "=MON",
                      "szef* mon", "sił* zbrojn*", "woj* polsk*", "armi*", "marynark* wojenn*", "sił* powietrzn*",
                      "sztab* generaln*", "szef* sztabu*", "delegacj* wojskow*", "attaché wojskow*",
                      "attaché obrony", "przemysł* obronn*", "wojsk* lądow*", "wiceminist* obrony*"),
    "defence_topic": ("obronn*", "obronności", "obrony", "wojskow*", "militarn*", "zbrojeniow*", "uzbrojeni*",
                      "żołnierz*", "wojsk*"),
    "civil_actor": ("straż* granicz*", "straży granicznej", "policj*", "spraw wewnętrznych", "=MSWiA",
                    "spraw zagranicznych", "=MSZ", "służb* celn*", "krajowej administracji skarbowej",
                    "straż* pożarn*", "ochrony ludności", "służb* specjaln*", "wywiad*", "kontrwywiad*",
                    "straż* przybrzeżn*"),
    "civil_topic": ("energ*", "ropa", "gaz", "gazu", "gazow*", "handl*", "gospodar*", "inwestycj*", "turysty*", "zdrowi*",
                    "eduk*", "kultur*", "sport*", "piłk*", "transport*", "sankcj*", "rolnict*", "nauk*"),
    "company": ("stoczni*", "spółk*", "firm*", "koncern*", "producent*", "przedsiębiorstw*", "=PGZ", "=S.A."),
    # The act named by its verbal noun ("the signing"): it has no tense of its own; the verb of its clause
    # gives it ("the signing is scheduled for March").
    "act_noun": ("podpisanie", "podpisania", "podpisaniu", "podpisaniem", "zawarcie", "zawarcia", "ratyfikacj*"),
    "future": (
               # a signing or a meeting set for a date ("is scheduled for March"): still to come
               "zaplanowan*", "przewidzian*",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:zgod\\w*\\s+(?:\\S+\\s+){0,3}?(?:na\\s+)?podpisani\\w*", "re:upoważni\\w*\\s+(?:\\S+\\s+){0,3}?(?:na\\s+)?podpisani\\w*", "re:zezwol\\w*\\s+(?:\\S+\\s+){0,3}?(?:na\\s+)?podpisani\\w*", "re:zatwierdzi\\w*\\s+(?:\\S+\\s+){0,3}?(?:na\\s+)?podpisani\\w*", "re:uchwał\\w*\\s+(?:\\S+\\s+){0,3}?(?:na\\s+)?podpisani\\w*", "re:rozporządz\\w*\\s+(?:\\S+\\s+){0,3}?(?:na\\s+)?podpisani\\w*",
               "jutro", "podpisze*", "podpiszą", "zostanie podpisan*", "zostaną podpisan*", "będzie", "będą",
               "ma zostać", "mają zostać", "planuj*", "planowan*", "zamierza*", "ma podpisać", "mają podpisać",
               "przygotowuj*", "negocjuj*", "negocjacj*", "propozycj*", "zaproponowa*", "mógłby", "mogłaby",
               "mogłoby", "przyszł*", "najbliższ*", "w przyszłym", "odbędzie", "odbędą", "spotkają się", "spotka się",
               # the perfective's present is a future ("przeprowadzą ćwiczenia", "zorganizują", "wezmą udział")
               "przeprowadzi", "przeprowadzą", "zorganizuje", "zorganizują", "rozpocznie", "rozpoczną",
               "weźmie udział", "wezmą udział", "zawrze", "zawrą",
               # "mogą podpisać", "chcą podpisać": the infinitive of the act is no act done
               "mogą", "może", "mogłyby", "mogliby", "powinn*", "chcą", "chce", "podpisać", "zawrzeć",
               "ratyfikować"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("w", "we", "na", "na terytorium"),
    "draft": ("projekt*",),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("wspóln*",),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("z", "ze"),
    "purchase": ("zakup*", "kupi*", "nabycie", "nabyci*"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# lat od", "# lat temu", "# lata od", "rocznic* podpisania", "rocznic* zawarcia",
                "re:(?:dziesięć|piętnaście|dwadzieścia|trzydzieści)\\s+lat\\s+(?:od|temu)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "lat temu", "rocznic* podpisania", "lat od podpisania",
                   "wcześniej", "wcześniejsze", "poprzednio", "w ubiegłym roku", "w zeszłym roku", "przed laty"),
    "reporting": ("poinformował*", "przekazał*", "podał*", "powiedział*", "oświadczył*", "ogłosił*",
                  "według", "jak podaje", "jak przekazał", "komunikat*"),
    "start": ("rozpoczęł*", "rozpoczął", "rozpoczyna*", "zaczyna się", "zaczynają się", "zaczęł*", "wystartował*", "startuj*", "ruszył*"),
    "date_joiners": (),
    "range_words": ("do", "i"),
    "months": {"stycznia": 1, "styczeń": 1, "styczniu": 1, "lutego": 2, "luty": 2, "lutym": 2, "marca": 3,
               "marzec": 3, "marcu": 3, "kwietnia": 4, "kwiecień": 4, "kwietniu": 4, "maja": 5, "maj": 5,
               "maju": 5, "czerwca": 6, "czerwiec": 6, "czerwcu": 6, "lipca": 7, "lipiec": 7, "lipcu": 7,
               "sierpnia": 8, "sierpień": 8, "sierpniu": 8, "września": 9, "wrzesień": 9, "wrześniu": 9,
               "października": 10, "październik": 10, "październiku": 10, "listopada": 11, "listopad": 11,
               "listopadzie": 11, "grudnia": 12, "grudzień": 12, "grudniu": 12},
    # Act verbs in the present tense: with a day to come, the act is announced ("podpisują w poniedziałek").
    "present": ("podpisuje", "podpisują", "zawiera", "zawierają", "ratyfikuje", "ratyfikują"),
    # Time words that point ahead.
    "coming": ("w przyszłym tygodniu", "w przyszłym miesiącu", "jutro", "w najbliższych dniach", "wkrótce"),
    "weekdays": {"poniedziałek": 0, "poniedziałku": 0, "wtorek": 1, "wtorku": 1, "środa": 2, "środę": 2,
                 "środy": 2, "czwartek": 3, "czwartku": 3, "piątek": 4, "piątku": 4, "sobota": 5, "sobotę": 5,
                 "niedziela": 6, "niedzielę": 6},
    "today": ("dziś", "dzisiaj", "dzisiejsz*"),
    "yesterday": ("wczoraj", "wczorajsz*"),
    "plan_year": (r"\bna (?:rok )?(20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|i)\s*20\d\d\b"),
    "story_end": ("komentarze", "dodaj komentarz", "udostępnij*", "tagi", "najnowsze", "najczęściej czytane",
                  "polecamy", "zobacz więcej", "podobne artykuły"),
    "story_skip": ("czytaj więcej", "czytaj dalej"),
    "story_aside": ("czytaj też", "czytaj także", "zobacz też", "zobacz także", "przeczytaj też",
                    "przeczytaj także", "powiązane artykuły"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("współprac*", "stosunk*", "relacj*", "partnerstw*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("sytuacj*", "wojn*", "konflikt*", "kryzys*", "front*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("zawieszeni* broni", "rozejm*", "jeńc*", "deeskalacj*", "rozmow* pokojow*",
                         "negocjacj* pokojow*", "porozumieni* pokojow*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("negocjac*", "negocjow*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standard*",)
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("w ramach", "na podstawie", "zgodnie z")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ambasador*", "ambasad*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("wypowiedzia*", "wypowiedzenie*", "zawiesi*", "zerwa*", "unieważni*")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("gratul*", "życzeni*", "kondolencj*",),
    "habitual": ("# razy", "wielokrotnie", "regularnie", "kilkakrotnie",),
    "future": ("przełożon*", "przełożył*", "odwołan*", "odwołał*",),
    "civil_actor": ("minist* gospodarki", "minist* finansów", "minist* zdrowia", "minist* edukacji",
                    "minist* kultury", "minist* sprawiedliwości", "minist* rozwoju",),
    "submission": ("skierował* do sejmu", "przekazał* do sejmu", "wniósł do sejmu", "wniesiony do sejmu",
                   "trafi* do sejmu",),
    "interview": ("w wywiadzie", "wywiadu dla", "wywiadzie dla",),
    "company": ("pawilon*", "stoisk*",),
    "multilateral": ("grup* kontaktow*", "format* ramstein",),
    "former": ("były", "byli", "byłego", "byłym", "eks",),
    "settlement": ("pokojow*", "zakładni*",),
    "works": ("fabryk*", "stoczni*",),
    "other_law": ("nowelizacj*", "zmian*", "budżet*",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('zawod*', 'konkurs*', 'mistrzostw*', 'turniej*', 'olimpiad*', 'festiwal*', 'igrzysk*', 'defilad*', 'puchar*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("obywatel", "obywatela", "obywatelka", "obywatelki", "obywatele", "obywateli",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("pożegnaln*", "pożegnani*", "pożegnał*", "wizyt* zapoznawcz*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("kadeci", "kadetów", "podchorąż*", "studenci", "studentów", "dziennikarz*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# Exercises named as what officials discussed ("omówili ... wspólne ćwiczenia") are a topic of their talks, not held (the verb of discussing
# was only a meeting word).
_WHOLE_ARTICLES = {"discussion": ("omówi*", "omawia*", "rozmawia*",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("zdjęcie archiwalne", "fot. archiwum", "zdjęcie z archiwum",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("pożyczk*", "kredyt*",)}
extend(LEXICON, _LOANS)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('pilne', 'z ostatniej chwili', 'najnowsze', 'na żywo', 'breaking')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* zdrowia', 'minist* rodziny*', 'minist* pracy', 'minist* edukacji',
    'minist* kultury', 'minist* finansów', 'minist* sprawiedliwości', 'minist* rolnictwa',
    'minist* sportu', 'minist* nauki',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspor*', '=Polonia', '=Polonii', '=Polonią', 'rodak*')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('posł*', 'posel', 'poseł', 'parlamentarzy*', 'senator*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('wieniec', 'wieńce', 'wieńców')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("republik* korei",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:rozmow|konsultacj)\\w*\\s+(?:[\\w'-]+\\s+){0,12}?(?:dotycząc\\w*|na temat|w sprawie|o)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("rozmow* sztabow*", "sztabów generalnych",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("podczas spotkania", "podczas rozmów", "w trakcie spotkania", "po spotkaniu", "spotkali się", "spotkał się", "spotkała się", "odbyły się", "odbyło się", "odbył się", "odbyła się", "rozmawiali", "rozmawiał", "omówili", "omówił", "przyjął", "odwiedził", "odwiedzili", "przeprowadzili rozmowy",),
                 "future": ("uzgodnili", "postanowili", "zgodzili się",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): the Sejm's consent to ratification ---
# The Sejm passes its consent to ratification ("Sejm wyraził [w czwartek] zgodę na ratyfikację umowy"), which the president
# then ratifies: a parliament's approval of the agreement (SCHEMA.md: agreement_ratified).
LEXICON["approve"] += ("re:wyrazi(?:ł|ła|li|ły)\\s+(?:\\S+\\s+){0,3}?zgodę",)

# --- Recall (c1, s13): a time ahead that a document or an event covers ---
# "Next year" written as an attribute of a noun names the time the plan or the exercises cover, not the tense of the
# act: "plan współpracy na przyszły rok został podpisany" reports an act done (facts._drop_times_ahead_of_nouns). A
# future verb still makes it one to come.
_TIMES_AHEAD_OF = {"time_ahead_of": ("na przyszły rok", "na kolejny rok", "na następny rok", "przyszłoroczn*",)}
extend(LEXICON, _TIMES_AHEAD_OF)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Minister rozmawiał z ...") names the outlet's own minister, as its press
# names its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's
# state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("minister", "pani minister",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("Ustawa o ratyfikacji umowy ... została opublikowana") tells the
# ratification done (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("opublikowana", "opublikowano", "weszła w życie", "wchodzi w życie")}
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("żołnierze Polski i USA przećwiczyli obronę") tells troops exercising: with the
# two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("przećwiczyli", "przećwiczyły", "ćwiczyli", "trenowali")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("re:wspóln\\w*\\s+lot(?:y|ów|ach|ami)?\\b", "wspóln* trening*"),
                            "conduct": ("wykonali", "wykonały"), "civil_topic": ("lini* lotnicz*",)}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "przyjęta przez" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("konsultacj* wojskow*", "wojskow* konsultacj*"),
                           "meeting": ("została przyjęta przez", "został przyjęty przez", "zostali przyjęci przez"),
                           "met": ("została przyjęta przez", "został przyjęty przez", "zostali przyjęci przez")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("spraw wewnętrznych", "=MSWiA", "policj*", "straż* granicz*", "straży granicznej", "służb* celn*", "straż* pożarn*", "ochrony ludności", "żandarmeri*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a signing told in a relative clause on its signer ---
# "Minister, który podpisał plan współpracy z Litwą, otworzył dziś szpital": a relative clause with no time of its own
# describes the minister by what he once did (detect._signed_in_a_timeless_relative_clause).
_RELATIVE_PERSONS = {"relative": ("który", "która", "które", "którzy")}
extend(LEXICON, _RELATIVE_PERSONS)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "konsultacje polityczno-wojskowe" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("konsultacj* polityczno-wojskow*", "rozmow* polityczno-wojskow*", "dialog* polityczno-wojskow*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("główna konferencja planistyczna wspólnych ćwiczeń"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("konferencj* planistyczn*", "konferencj* planowani*", "konferencj* planującej", "w ramach przygotowań", "przygotowań do", "przygotowania do", "w przygotowaniu do",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("która wejdzie w życie po jej ratyfikacji"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("po jej ratyfikacji", "po jego ratyfikacji", "po ratyfikacji", "po ich ratyfikacji", "podlega ratyfikacji", "wymaga ratyfikacji", "musi zostać ratyfikowan*", "musi być ratyfikowan*",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, and names whose every word declines, armed forces known by their own name, and capitals the press names
# as their governments ("Canberra signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "KW": ("kuwejck*",), "OM": ("omańsk*",), "CU": ("kubańsk*",), "GH": ("ghańsk*",), "MZ": ("mozambick*",),
    "TZ": ("tanzańsk*",), "BD": ("bangladesk*",), "NP": ("nepalsk*",), "LK": ("lankijsk*",), "MN": ("mongolsk*",),
    "NZ": ("nowozelandzk*",),
    "ID": ("indonezyjsk*",), "SA": ("saudyjsk*",), "NG": ("nigeryjsk*",), "ZA": ("południowoafrykańsk*",
    "republik* południowej afryki", "=RPA"), "AR": ("argentyńsk*",), "EG": ("egipsk*",), "KE": ("kenijsk*",),
    "PK": ("pakistańsk*",), "CL": ("chilijsk*",), "DZ": ("algiersk*",), "TN": ("tunezyjsk*",), "ET": ("etiopsk*",),
    "CO": ("kolumbijsk*",), "PE": ("peruwiańsk*",), "PH": ("filipińsk*",), "TH": ("tajlandzk*",), "MY": ("malezyjsk*",),
    "SG": ("singapursk*",), "AE": ("emiracki*", "emirack*"), "QA": ("katarsk*",), "JO": ("jordańsk*",), "IQ": ("iracki*", "irack*"),
    "KR": ("południowokoreańsk*",),
}, "capitals": {
    "ZA": ("pretori*",), "AU": ("canberr*",), "ID": ("dżakart*",), "NG": ("abudż*",), "SA": ("rijad*",),
    "KE": ("nairobi",), "IN": ("nowe delhi", "nowym delhi"), "JP": ("tokio",), "EG": ("kair*",),
}}
extend(LEXICON, _REST_OF_WORLD)
