"""English lexicon: how English-language outlets name states and report defence-cooperation acts.

Pattern syntax (see ``lexicons/__init__.py``): lowercase words; ``*`` stands for any word
characters (a stem plus its endings); ``#`` for a number in digits; a leading ``=`` makes an entry
case-sensitive and exact; a leading ``re:`` is a raw regular expression.
"""

from monitor.classify.lexicons import extend

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "military dialogue*", "defen?e dialogue*", "working group* on defen?e*",
    "working group* on military*", "defen?e working group*", "military working group*",
    "joint military commission*", "military cooperation commission*",
    "defen?e cooperation commission*", "military cooperation committee*",
    "defen?e cooperation committee*", "commission* on military*", "committee* on military*",
    "committee* on defen?e cooperation", "commission* on defen?e cooperation",
)

LEXICON = {
    "stopwords": ("the", "and", "of", "to", "in", "on", "with", "for", "was", "were", "has", "have",
                  "said", "that", "by", "from", "at", "its", "their", "between", "is", "are"),
    "countries": {
        "AF": ("afghanistan*", "afghan*"), "AL": ("albania*",), "DZ": ("algeria*",),
        "AO": ("angola*",), "AR": ("argentin*",), "AM": ("armenia*", "=RA"),
        "AU": ("australia*",), "AT": ("austria*",),
        "AZ": ("azerbaijan*", "azeri*", "azerbaycan*"), "BH": ("bahrain*",),
        "BD": ("bangladesh*",), "BY": ("belarus*", "belorussia*", "byelorussia*"),
        "BE": ("belgium", "belgian*"), "BA": ("bosnia*",), "BR": ("brazil*",),
        "BG": ("bulgaria*",), "KH": ("cambodia*",), "CM": ("cameroon*",), "CA": ("canada", "canadian*"),
        "TD": ("chad", "chadian*"), "CL": ("chile", "chilean*"), "CN": ("china", "chinese", "=PRC"),
        "CO": ("colombia*",), "HR": ("croatia*",), "CU": ("cuba", "cuban*"), "CY": ("cyprus", "cypriot*"),
        "CZ": ("czech*",), "DK": ("denmark", "danish"), "EG": ("egypt*",), "EE": ("estonia*",),
        "ET": ("ethiopia*",), "FI": ("finland", "finnish"), "FR": ("france", "french"),
        "GE": ("georgia", "georgian*"), "DE": ("germany", "german"),
        "GH": ("ghana*",), "GR": ("greece", "greek*", "hellenic"), "HU": ("hungary", "hungarian*"),
        "IN": ("india", "indian", "indians", "re:indo(?=-(?!pacific|asia)\\w)"), "ID": ("indonesia*",), "IR": ("iran", "iranian*"),
        "IQ": ("iraq*",), "IE": ("ireland", "irish"), "IL": ("israel*",), "IT": ("italy", "italian*"),
        "JP": ("japan", "japanese"), "JO": ("jordan", "jordanian*"),
        "KZ": ("kazakhstan*", "kazakh", "kazakhs", "kazak"), "KE": ("kenya*",),
        "KP": ("north korea*", "=DPRK"), "KR": ("south korea*", "republic of korea", "=ROK"),
        "KW": ("kuwait*",), "KG": ("kyrgyz*", "kirghiz*"), "LA": ("laos", "lao", "laotian*"),
        "LV": ("latvia*",), "LB": ("lebanon", "lebanese"), "LY": ("libya*",), "LT": ("lithuania*",),
        "MY": ("malaysia*",), "ML": ("=Mali", "malian*"), "MX": ("mexico", "mexican*"),
        "MD": ("moldova*", "moldavia*"), "MN": ("mongolia*",), "ME": ("montenegr*",),
        "MA": ("morocc*",), "MM": ("myanmar*", "burma", "burmese"), "NP": ("nepal*",),
        "NL": ("netherlands", "dutch", "holland"), "NZ": ("new zealand*",), "NE": ("=Niger", "nigerien*"),
        "NG": ("nigeria*",), "MK": ("north macedonia*", "macedonia*"), "NO": ("norway", "norwegian*"),
        "OM": ("=Oman", "omani*"), "PK": ("pakistan*", "pak"), "PS": ("palestin*",),
        "PE": ("peru", "peruvian*"), "PH": ("philippine*", "filipino*"), "PL": ("poland", "polish"),
        "PT": ("portugal", "portuguese"), "QA": ("qatar*",), "RO": ("romania*",),
        "RU": ("russia*", "=RF"), "SA": ("saudi*", "=KSA"), "RS": ("serbia*",), "SG": ("singapore*",),
        "SK": ("slovakia*", "slovak"), "SI": ("slovenia*", "slovene", "slovenes"), "SO": ("somalia*", "somali", "somalis"),
        "ZA": ("south africa*",), "ES": ("spain", "spanish"), "LK": ("sri lanka*",),
        "SD": ("sudan", "sudanese"), "SE": ("sweden", "swedish"), "CH": ("switzerland", "swiss"),
        "SY": ("syria*",), "TW": ("taiwan*",), "TJ": ("tajik*", "tadjik*"), "TZ": ("tanzania*",),
        "TH": ("thailand", "thai"), "TN": ("tunisia*",),
        "TR": ("turkey", "türkiye", "turkiye", "turkish", "turks"), "TM": ("turkmen*",),
        "UG": ("uganda*",), "UA": ("ukrain*",), "AE": ("united arab emirates", "=UAE", "emirati*", "the emirates"),
        "GB": ("united kingdom", "united kingdom of great britain and northern ireland",
               "great britain", "northern ireland", "britain", "british", "=UK", "=U.K."),
        "US": ("=Pentagon", "united states", "re:american(?<!latin american)(?<!latin-american)(?<!central american)(?<!central-american)(?<!south american)(?<!south-american)(?<!pan-american)s?", "=US", "=U.S.", "=USA", "=U.S.A."),
        "UZ": ("uzbek*",), "VE": ("venezuela*",), "VN": ("vietnam*", "viet nam"), "YE": ("yemen*",),
        "XK": ("kosovo*", "kosovar*"),
        # Demonyms CLDR's names do not start ("his Togolese counterpart")
        "BJ": ("beninese",), "BF": ("burkinab*",), "GA": ("gabonese",), "HT": ("haitian*",),
        "HN": ("honduran*",), "CI": ("ivorian*", "ivory coast", "c?te d'ivoire", "c?te d’ivoire"), "MG": ("malagasy",), "MT": ("maltese",),
        "MZ": ("mozambican*",), "TG": ("togolese",),
    },
    # A state's parliament stands for it as its capital does ("The State Duma ratified the agreement
    # with Belarus", "the Verkhovna Rada ratified ...").
    # The first state of a pair written as one adjective ("the Sino-Pakistani exercise", "Turco-Azerbaijani
    # drills"), a form that names the state only before a hyphen ("Indo-" is with the states, Indo-Pacific
    # being a region).
    "combining": {"CN": ("sino",), "TR": ("turco",), "RU": ("russo",), "FR": ("franco",), "DE": ("germano",),
                  "GB": ("anglo",), "IT": ("italo",), "JP": ("nippo", "japano"), "ES": ("hispano",), "PT": ("luso",),
                  "GR": ("greco", "graeco"), "AT": ("austro",), "HU": ("hungaro",), "BE": ("belgo",)},
    "capitals": {
        "AZ": ("baku", "milli majlis"), "GE": ("tbilisi",), "RU": ("moscow", "state duma", "federation council"),
        "BY": ("minsk",), "KZ": ("astana", "nur-sultan", "mazhilis", "majilis"), "UZ": ("tashkent", "oliy majlis"),
        "AM": ("yerevan",), "TR": ("ankara", "grand national assembly"), "KG": ("bishkek", "jogorku kenesh"),
        "TJ": ("dushanbe", "majlisi namoyandagon", "majlisi milli"), "TM": ("ashgabat",), "UA": ("kyiv", "kiev", "verkhovna rada"),
        "MD": ("chisinau",), "CN": ("beijing",), "IN": ("new delhi",), "PK": ("islamabad",),
        "IR": ("tehran",), "US": ("washington",), "FR": ("paris",), "GB": ("london",),
        "DE": ("berlin",), "JP": ("tokyo",), "MN": ("ulan bator", "ulaanbaatar"), "VN": ("hanoi",),
        "RS": ("belgrade",), "RO": ("bucharest",), "PL": ("warsaw",), "IT": ("rome",),
        "IL": ("tel aviv",), "EG": ("cairo",), "SA": ("riyadh",), "QA": ("doha",),
    },
    "blocs": {
        "CIS": ("=CIS", "commonwealth of independent states"),
        "CSTO": ("=CSTO", "collective security treaty organi*"),
        "NATO": ("=NATO", "north atlantic treaty", "=IPAP"),
        "SCO": ("=SCO", "shanghai cooperation organi*"),
        "EU": ("european union", "=EU", "european defence agency", "european defense agency"),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "organi?ation of turkic states", "turkic council", "council of turkic states", "=GUAM", "=OSCE", "=OTS", "organi?ation for security and co-operation in europe", "organi?ation for security and cooperation in europe", "arab league", "gulf cooperation council", "=GCC",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:several|numerous|ten|eleven|twelve|fifteen|twenty)\\s+(?:other\\s+|allied\\s+|partner\\s+)?(?:countries|nations|states)",
                     "a dozen countries", "a dozen nations", "dozens of countries", "dozens of nations",
                     # a multinational exercise or force: many states, whichever two the story names
                     "multinational", "multi-national", "# other countries", "# other nations", "# other states", "# partner nations", "# allied nations",
                     "trilateral*", "tripartite", "quadrilateral", "multilateral", "three countries",
                     "three states", "four countries", "eight countries", "member states",
                     "member countries", "three-way", "three ministers", "three nations", "four states",
                     "four nations", "five countries", "five states", "five nations", "six countries",
                     "six states", "six nations", "seven countries", "seven states", "seven nations",
                     "eight states", "eight nations", "nine countries", "nine states", "nine nations",
                     "# countries", "# states", "# nations"),
    "bilateral": ("bilateral*", "two countries", "two states", "two sides", "both countries",
                  "both sides", "both nations", "two nations", "two ministers", "their countries",
                  "two ministries", "two defence ministries", "two defense ministries"),
    "between": ("between",),
    "counterpart": ("counterpart*", "colleague*", "his host", "guest*", "the sides", "the parties",
                    "the two", "both", "their"),
    "sidelines": ("sidelines", "margins", "on the margin*", "on the lead-up", "in the lead-up",
                  "in the run-up", "on the run-up", "ahead of"),
    "sign": ("signed", "sign", "signs", "signing", "inked", "ink", "inks", "concluded",
             "have concluded", "penned", "sealed", "seal", "seals", "signatures", "put their signature*",
             "affixed their signature*", "exchanged the signed",
             # the signed copies exchanged at the ceremony are the signing ("the ministers exchanged signed
             # copies of the plan", "MoUs were exchanged"); not instruments of ratification, nor views
             "re:exchanged\\s+(?:the\\s+|their\\s+)?(?:signed\\s+)?(?:copies|texts|originals|memorand\\w*|mous?|documents|protocols?|agreements?)\\b",
             "re:(?:mou|mous|memorandum|memoranda|agreement|agreements|documents|protocol|protocols)\\s+(?:[\\w-]+\\s+){0,5}?(?:were|was|have\\s+been|has\\s+been)\\s+exchanged\\b",
             # other verbs of a signing: "put pen to paper on", "formalised a roadmap", "renewed the
             # framework agreement" (a new signature on it)
             "put pen to paper", "formali?ed", "formali?es", "renewed", "renews",
             # the press's verbs of closing a deal ("clinched a pact", "struck an agreement"; "struck"
             # alone is an attack)
             "clinched", "re:str(?:uck|ikes?)\\s+(?:an?|the|their)\\s+(?:[\\w-]+\\s+){0,3}?(?:deal|agreement|accord|pact)s?"),
    "sign_participle": ("signed", "inked", "concluded", "approved", "adopted", "endorsed"),
    "determiners": ("a", "an", "the", "two", "three", "four", "several", "new", "their", "its",
                    "his", "bilateral", "documents", "agreements", "plans", "memoranda",
                    "re:[\"']", "military", "defen?e", "revised", "joint", "this", "these",
                    # "an agreement, signed by the two ministers": a passive with its agent
                    "by"),
    "aux": ("was", "were", "been", "is", "are", "be", "has", "have", "had", "being", "got",
            "formally", "also", "officially", "successfully", "jointly",
            # an authority is the subject of its approval, never a noun "approved" modifies ("the
            # parliament approved in the third reading the memorandum")
            "parliament", "senate", "majlis", "mazhilis", "duma", "assembly", "government", "cabinet",
            "lawmakers", "deputies", "mps", "congress", "knesset", "chamber", "senators"),
    # "signed" as an attribute of the document ("the signed agreement", "the agreement signed in May"):
    # with a verb of approval, the approval of a signed agreement (its ratification).
    "signed_attr": ("re:(?<=the )signed", "re:(?<=already )signed", "re:(?<=previously )signed",
                    "re:(?<=agreement )signed", "re:(?<=memorandum )signed", "re:(?<=protocol )signed",
                    "re:(?<=treaty )signed"),
    "approve": ("approved", "approve", "approves", "approving", "adopted", "adopts", "endorsed", "endorses",
                "agreed on", "agreed a", "agreed an", "agreed the", "okayed", "okays", "cleared", "gave its nod", "gave nod",
                # a vote reports a ratification named as a noun ("voted for the ratification")
                "voted for", "voted in favour", "voted in favor", "completed the ratification",
                "passed", "passes", "backed the", "backs the", "gave its consent", "consented",
                "green light", "green-lit", "greenlit", "rubber-stamped", "rubber-stamps", "signed off on",
                # the approval as a noun its giver gives ("gave final approval to the accord")
                "gave final approval", "gave its final approval", "gave its approval", "gave approval",
                "granted final approval", "granted its approval",
                # the instruments of ratification exchanged: the last step that brings it into force
                "exchanged instruments", "exchanged the instruments", "exchange of instruments",
                "exchange of the instruments"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("committee", "committees", "first reading",),
    "ratify": ("ratif*", "promulgat*", "approval of the agreement", "law on approval*",
               "law on the approval*", "on approval of*",
               # the instrument that approves a signed agreement ("signed a decree approving the
               # agreement"): its signing is the ratification, not a new signing
               "decree approving", "law approving", "resolution approving", "decree on the approval*",
               "resolution on the approval*"),
    # The procedure named as a noun ("will debate the ratification"): only a verb reports that the
    # ratification happened.
    "ratify_noun": ("ratification", "ratifications"),
    # A document named as the basis of what is told, not its object ("in accordance with the protocol").
    "frame": ("in accordance with", "pursuant to", "in line with", "in compliance with", "on the basis of",
              "based on", "within the framework of", "in the framework of", "under the framework of",
              "in implementation of", "according to the", "as provided by", "as stipulated by",
              # "under the framework agreement ratified in 2020, they signed a protocol"
              "under the", "within the"),
    # A state named as a place, not a party ("on the border with Afghanistan", "the Afghan border").
    "place": ("border with", "borders with", "bordering", "borders", "frontier with", "sea of", "gulf of",
              "strait of"),
    "place_after": ("border", "frontier", "sea", "coast", "waters"),
    # Where the act is held ("in Qatar", "on the territory of Georgia"): a party unless two other states
    # are named.
    "venue": ("in", "on the territory of", "on the soil of", "hosted by"),
    # The act named as a noun: the sentence's verb, wherever it stands, says whether it happened
    # ("the signing of the plan is scheduled for Monday").
    "act_noun": ("signing", "signature", "signatures", "ratification"),
    # Treaties between rivals that limit arms: defence, but not cooperation.
    "arms_control": ("arms control", "strategic offensive arms", "strategic arms", "arms reduction",
                     "new start", "non-proliferation", "nonproliferation", "nuclear test*", "strategic stability"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    # (procurement as a field of cooperation, "cooperation in defence procurement", is no purchase:
    # the procurement of something, or a procurement contract, is)
    # A training ship's port call (its crew's visits ashore are no talks between officials).
    "port_call": ("training ship", "port call", "port calls", "port visit", "training cruise", "midshipmen"),
    "purchase": ("purchase of", "purchase", "purchases", "procurement of", "procurement contract*",
                 "procurement deal*", "to buy", "bought", "buying",
                 "acquisition of", "contract for #", "order for #", "deal for #"),
    # What the two sides do together (a joint exercise, not one side's own).
    # The words that join two sides named as one pair ("the Turkish Navy and the Pakistan Navy").
    "joiner": ("and", "with"),
    "joint": ("joint", "combined", "together"),
    # A story turning to another item: what follows is secondary to its own news.
    "turn": ("meanwhile", "separately", "in other news", "in a separate development", "elsewhere"),
    # The partner of a state's act ("Belarus's plans with Kazakhstan and Kyrgyzstan").
    "with": ("with",),
    # The draft of a law (adopting it ratifies), unlike the draft of an agreement.
    "draft_law": ("draft law", "draft laws", "draft bill", "bill"),
    "authority": ("parliament*", "national assembly", "senate", "lower house", "upper house",
                  "government", "cabinet", "president", "law", "congress", "milli majlis", "duma",
                  "plenary", "session", "sessions", "lawmakers", "mps", "deputies", "decree",
                  # the region's parliaments by their own names ("the Jogorku Kenesh ratified it")
                  "jogorku kenesh", "mazhilis", "majilis", "oliy majlis", "majlisi oli", "verkhovna rada",
                  "grand national assembly", "federation council", "sejm", "seimas", "saeima", "knesset",
                  "majlisi namoyandagon", "majlisi milli"),
    "plan_nouns": ("plan", "plans", "action plan", "work plan"),
    "programme_nouns": ("program", "programme", "programs", "programmes"),
    "agreement_nouns": ("agreement", "agreements", "memorandum*", "memoranda", "mou", "mous", "mou's", "protocol",
                        "protocols", "treaty", "contract", "contracts", "roadmap", "roadmaps", "road map",
                        "accord", "pact", "deal", "declaration", "arrangement", "arrangements",
                        "framework", "frameworks", "letter of intent", "letters of intent",
                        "statement of intent", "charter", "partnership"),
    "generic_doc_nouns": ("document", "documents", "papers"),
    "meeting": ("met", "meet", "meets", "meeting", "talks", "held talks", "visit", "visits",
                "visited", "visiting", "consultation*", "discussed", "discuss", "discusses",
                # "received the ambassador" is a meeting, "received the first batch of drones" a delivery
                "re:receive[sd](?!\\s+(?:[\\w-]+\\s+){0,3}?(?:batch\\w*|deliver\\w*|shipments?|consignments?|lots?|"
                "units|drones?|aircraft|jets?|fighters?|helicopters?|tanks?|weapons?|equipment|vehicles?|"
                "missiles?|ships?|vessels?)\\b)", "working group", "exchanged views", "exchange of views",
                "hosted", "negotiations", "dialogue",
                # a standing body meets in session ("the commission held its annual session", "convened")
                "convened", "re:held\\s+its\\s+(?:[\\w-]+\\s+){0,2}?(?:session|meeting)s?\\b",
                # a delegation welcomed is one received ("welcomed a delegation of the Polish army")
                "re:welcomed\\s+(?:a|the)\\s+(?:[\\w-]+\\s+){0,2}?delegation",
                # a call paid on an official, an exchange, a review of the cooperation together
                "courtesy call*", "paid a call", "interacted", "reviewed", "conferred",
                # an official calling on another ("the navy chief called on the defence secretary"), not
                # a call on someone to act ("called on the minister to resign": an infinitive in the clause
                # other than one of talking)
                "re:called\\s+on\\s+(?:the\\s+|his\\s+|her\\s+)?(?:[\\w-]+\\s+){0,3}?(?:minister|secretary|chief|"
                "commander|ambassador)\\b(?![^.,;:]*?\\bto\\s+(?!discuss|review|exchange|explore)\\w)",
                # a call between ministers is a consultation
                "telephone conversation*", "phone conversation*", "telephone call*", "phone call*",
                "spoke by telephone", "spoke over the phone", "talked by telephone", "talked on the phone",
                "spoke by phone", "spoke on the phone", "talked by phone", "video conference*",
                "videoconference*", "video call*"),
    # A meeting told in the past: it took place, whatever a later clause announces ("met in Baku and
    # agreed to hold joint drills next year").
    "met": (# a journey made to meet someone is a visit paid ("arrived in Ankara to meet his counterpart")
            "re:(?:arrived|travelled|traveled|went|flew|came)\\b",
            "met", "held talks", "held a meeting", "held meetings", "held consultations", "visited",
            "hosted", "paid a visit", "paid an official visit", "paid a working visit", "held a phone call",
            "held a telephone call", "held a phone conversation", "held a telephone conversation",
            "spoke by phone", "spoke by telephone", "spoke on the phone", "talked by phone",
            "exchanged views", "re:(?<!to be )discussed", "paid a courtesy call", "interacted",
            "reviewed", "convened", "re:held\\s+its\\s+(?:[\\w-]+\\s+){0,2}?(?:session|meeting)s?\\b",
            # a meeting named as the occasion of a past verb of saying took place ("..., it was noted at
            # the meeting between the ministers"): what was said there may look ahead, the meeting does not
            # (one entry per verb, so that each is looked up by its word, not scanned for everywhere)
            *(f"re:{verb}\\s+(?:at|during|in\\s+the\\s+course\\s+of)\\s+(?:the|a)\\s+(?:\\w+\\s+)?(?:meeting|talks)"
              for verb in ("noted", "said", "stated", "stressed", "underlined", "emphasised", "emphasized",
                           "highlighted", "mentioned", "announced"))),
    # An exercise told as begun or in progress: under way, whatever a later clause says of its end
    # ("began a joint exercise that will last until 5 May"). Not "held", which also holds talks.
    "under_way": ("began", "started", "launched", "kicked off", "commenced", "got under way", "got underway",
                  "is under way", "are under way", "is underway", "are underway", "are holding",
                  "are conducting", "is being held", "are being held", "is being conducted"),
    "exercise": ("exercise", "exercises", "drill", "drills", "war games", "wargames",
                 "joint training", "manoeuvres", "maneuvers", "passex"),
    "conduct": ("carried out", "conducted", "held", "holding", "started", "starts", "began",
                "begins", "begin", "start", "kicked off", "kicks off", "kick off", "get under way", "gets under way",
                "got under way", "get underway", "gets underway", "got underway", "wrap up", "wraps up",
                "ends", "continue", "continues", "continued", "launched", "concluded", "conclude", "concludes",
                "completed", "took place", "taking place", "takes place", "underway", "under way",
                "wrapped up", "ended", "commenced", "was conducted", "is being held",
                # headline present tense: "Kazakh, Kyrgyz troops hold joint drills"
                "conduct", "conducts", "conducting", "hold", "holds", "stage", "stages", "staged",
                "staging", "launch", "launches",
                # the day officials watch an exercise: it is under way
                "taking part", "take part", "took part", "takes part", "participating", "participate",
                "participated", "participates",
                # troops practising a task in it ("the troops practised clearing a village")
                "practised", "practiced", "practising", "practicing", "rehearsed", "rehearsing",
                "observer day", "observers day", "observers' day", "distinguished visitors day",
                "distinguished visitors' day"),
    "discussion": ("discuss*", "exchange of views", "exchanged views", "prospects", "would",
                   "invite*", "focus on", "planned", "expected", "readiness"),
    "defence_actor": ("defen?e minist*", "minist* of defen?e", "minist* of national defen?e",
                      "minister of the armed forces", "minist* of armed forces", "=MoD",
                      "armed forces", "general staff", "chief of staff", "army", "armies", "navy", "navies",
                      "naval forces", "air force", "special forces", "military delegation*",
                      "defen?e delegation*", "military attach*", "defen?e industry",
                      "defen?e universit*", "military universit*", "military academ*",
                      "deputy defen?e minister", "defen?e chief*", "marines",
                      "military officials", "defen?e officials", "=DefMin*", "mindef",
                      "defen?e secretar*", "secretary of defen?e", "secretary of state for defen?e",
                      "department of defen?e", "defen?e department", "chief of army staff", "army chief",
                      "navy chief", "air chief",
                      "chief of naval staff", "chief of the naval staff", "chief of air staff",
                      "chief of the air staff", "chief of the army staff",
                      # the heads of the armed forces by their title, and the staffs' own talks
                      "chief of defen?e", "chiefs of defen?e", "military chief*", "defen?e forces",
                      "staff talks", "military-to-military",
                      # talks named as the defence establishments' own ("Kazakh-Uzbek defence talks")
                      "defen?e talks", "military talks", "defen?e consultations", "military consultations",
                      *_BODIES),
    # "troops" are also border, internal and interior troops: a hint, not a defence actor.
    "defence_topic": ("troops", "defen?e", "military", "military-technical", "military-political",
                      "defen?e cooperation", "military cooperation", "war games", "servicemen",
                      "soldiers", "combat", "weapon*", "armaments",
                      # allies' pledge to each other's security is a defence matter
                      "mutual security"),
    "civil_actor": (
                    # civil defence and civil protection are emergency services, not armed forces
                    "civil defence", "civil defense", "civil protection",
                    "border service", "border guard*", "border troops", "border police",
                    "interior minist*", "minist* of internal affairs", "minist* of interior",
                    "minist* of the interior", "internal affairs", "interior", "police",
                    "public security", "law enforcement", "emergenc*", "civil protection",
                    "foreign minist*", "minist* of foreign affairs", "foreign affairs",
                    "energy minist*", "minist* of energy", "rectors", "prosecutor*", "customs",
                    "coast guard*", "intelligence service*", "security service*",
                    "state security service", "rescue service*", "rescue worker*", "rescue team*", "rescue unit*",
                    "rescuer*", "internal troops", "rosgvardia"),
    "civil_topic": ("border cooperation", "border protection", "border security", "energy",
                    "oil", "gas", "renewable", "trade", "economic", "economy", "investment",
                    "tourism", "health*", "medical care", "higher education", "universities",
                    "university", "education", "culture", "cultural", "sport*", "football", "club",
                    "railway*", "airline*", "media", "visa", "agricultur*", "veterinar*", "water",
                    "transport", "disaster management", "disaster", "sanction*", "ceasefire",
                    "shelling", "shelled", "accus*", "science", "students", "students'", "crime",
                    "criminal", "drugs", "narcotic*", "migration", "nuclear power"),
    # The defence makers a procurement contract is signed with: a seller, not a state party.
    "company": ("shipyard*", "company", "companies", "corporation", "firm", "concern", "manufacturer",
                "=Ltd", "contractor", "=Rosoboronexport", "=Rostec", "=Baykar", "=Aselsan", "=ASELSAN",
                "=Roketsan", "=ROKETSAN", "=TUSAS", "=TUSAŞ", "turkish aerospace*"),
    "future": (
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:decree\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:order\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:resolution\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:authori[sz]\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:approv\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:consent\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:permission\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:permitt\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:allow\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:empower\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:instruct\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:mandat\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:green light\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))", "re:go-ahead\\w*\\s+(?:\\S+\\s+){0,3}?signing(?!\\s+ceremony\\s+(?:was|took))",
               # an invitation to visit or meet is a meeting still to come ("invited his counterpart to visit")
               "re:invit\\w*\\s+(?:\\S+\\s+){0,4}?to\\s+(?:visit|meet|hold)",
               "will", "would", "shall", "must", "need to", "needs to", "to be signed", "to sign", "to ink", "to seal", "to be inked",
               "to be sealed", "to be held", "set to",
               "expected to", "is expected", "are expected", "plan to", "plans to", "intend*",
               "to hold", "to conduct", "to stage",
               # the infinitive of meeting is a meeting still to come ("ministers to meet in Baku", a
               # headline's future), unless a verb of the sentence tells it as held
               "to meet", "to visit", "to hold talks",
               "propos*", "should", "ready to", "readiness to", "negotiat*", "could",
               "might", "=may", "upcoming", "forthcoming", "next meeting", "to be referred", "mulling",
               "mull", "consider", "likely", "unable to", "call for", "calls for",
               # "agreed to leverage the framework", "agreed to advance cooperation": an intention
               "agreed to", "agree to", "agreeing to", "agrees to",
               "is scheduled", "are scheduled", "scheduled to", "scheduled for", "slated", "set for",
               # a meeting or visit announced ("are to meet", "is due to visit", "a meeting is planned")
               "re:(?:is|are)\\s+to\\s+(?:meet|visit|hold|travel|pay|host|receive|sign)",
               "is due to", "are due to", "is planned", "are planned", "planned for",
               # an authority to sign precedes the signing ("an authorised representative signed" does not)
               "authori?ed to sign", "authori?ed the signing", "authori?es the signing",
               "authori?ing the signing", "authori?ation to sign", "authori?ation for the signing",
               "empowered to sign", "empowers to sign", "approved the signing", "approves the signing",
               "approval to sign", "permission to sign", "go-ahead to sign", "go-ahead for the signing",
               # a document made ready "for signing", or a signing talked about, is not yet signed
               "for signing", "for the signing", "preparing", "prepare to", "prepares to",
               "preparations for", "discussed the signing", "discuss the signing", "discussed signing",
               "discussing the signing", "possibility of signing", "prospect of signing",
               "prospects of signing", "possible signing"),
    "draft": ("draft", "drafts", "initialled", "initialed"),
    # Act verbs in the present tense: with a day to come, the act is announced ("sign on Monday").
    "present": ("sign", "signs", "ink", "inks", "seal", "seals", "approve", "approves", "ratify",
                "ratifies", "adopt", "adopts", "endorse", "endorses", "are signing", "is signing",
                "are inking", "is inking"),
    # Time words that point ahead.
    "coming": ("tomorrow", "next week", "next month", "next year", "later this week", "later this month",
               "later this year", "later today", "this coming", "in the coming days", "in the coming weeks"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# years since", "# years ago", "# years after", "# years from", "anniversary of the signing",
                "anniversary of its signing", "anniversary of their signing", "anniversary of the conclusion",
                "anniversary of the ratification",
                "re:(?:ten|fifteen|twenty|thirty|forty|fifty)\\s+years\\s+(?:since|ago|after)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "anniversary of the signing", "anniversary of signing", "years since the signing", "a decade ago",
                   "earlier", "previously", "last year", "last month", "last january", "last february",
                   "last march", "last april", "last may", "last june", "last july", "last august",
                   "last september", "last october", "last november", "last december", "last spring",
                   "last summer", "last autumn", "last fall", "last winter", "in the past", "was founded",
                   "originally", "since", "years ago", "back in", "recall that", "has been in force",
                   # a statement that recalls an act tells what came before its news
                   "recalled", "recalls", "recalling", "reminded that"),
    "reporting": ("said", "says", "told", "tells", "reported", "reports", "announced", "announces",
                  "stated", "states that", "informed", "according to", "quoted", "citing", "cited",
                  "press release", "press service", "statement"),
    "start": ("started", "starts", "began", "begins", "begun", "opened", "opens", "kicked off",
              "kicks off", "commenced", "launched", "beginning", "starting", "opening"),
    "date_joiners": ("of",),
    "range_words": ("to", "and", "till", "until", "through", "thru"),
    "months": {"january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
               "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
               "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11,
               "nov": 11, "december": 12, "dec": 12},
    "weekdays": {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
                 "saturday": 5, "sunday": 6},
    "today": ("today", "today's", "this afternoon", "this morning", "this evening", "tonight"),
    "yesterday": ("yesterday", "yesterday's"),
    "plan_year": (r"\bfor (?:the )?(?:year |period )?(?:of )?(20\d\d)\b",
                  r"\b(20\d\d)\s*(?:-|–|—|/|and|to)\s*20\d\d\b",
                  # "the 2027 military cooperation plan", not a time ("In 2025 a military cooperation plan was
                  # signed with Turkey": the year of the act, told as background)
                  r"(?<!\bin )\b(20\d\d)(?:\s+[\w-]+){0,4}\s+(?:plan|program|programme)\b"),
    "story_end": ("latest", "latest news", "latest articles", "other news*", "more news", "more from*",
                  "tags", "tags:", "leave a reply", "leave a review", "leave a comment",
                  "post a comment", "no comments*", "comments", "share this*", "follow us*",
                  "back to top*", "legal disclaimer*", "please enter your comment*",
                  "you may also like", "recommended*", "most read", "most popular", "popular news",
                  "report a mistake*", "subscribe*", "feedback", "currently reading",
                  "disclaimer*", "advertisement", "top stories",
                  "trending", "newsletter"),
    "story_skip": ("read more", "see more", "photo credit*"),
    # Headings of a block of links to other stories, at the end of the story or inside it.
    "story_aside": ("also read", "read also", "see also", "related", "related news", "related articles",
                    "related stories", "more on the topic", "more on this topic"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
# Teams, athletes, fans, veterans, bands: people of a pastime or a remembrance. A meeting of theirs is no
# defence talks when every defence body the sentence names is theirs ("the army football team", "veterans
# of the Soviet army"): detect._talks.
LEXICON["pastime"] = ("football team*", "sports team*", "national team*", "hockey team*", "basketball team*",
                       "volleyball team*", "athlete*", "sportsmen", "sportswomen", "fans", "footballers",
                       "wrestlers", "boxers", "veteran", "veterans", "choir*", "band", "bands", "orchestra*",
                       "ensemble*", "club", "clubs")
LEXICON["phone"] = ("phone", "phones", "phoned", "telephone*", "by phone", "phone call*",
                    "phone conversation*")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("cooperation", "co-operation", "cooperat*", "partnership*", "ties", "relations",
                          "collaboration")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situation", "war", "conflict", "crisis", "hostilities", "escalation", "ceasefire",
                     "fighting", "front line", "invasion")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("ceasefire", "cease-fire", "truce", "armistice", "prisoner*", "de-escalation",
                         "deconfliction", "peace talks", "peace negotiations", "peace agreement",
                         "peace treaty", "delimitation", "demarcation")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("negotiat*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standard", "standards", "interoperability", "compatibility", "compatible")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ambassador*", "envoy*", "chargé d'affaires", "charge d'affaires", "consul*", "embass*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("terminat*", "suspend*", "denounc*", "denunciation", "withdrew from the",
                        "withdraw from the", "withdraws from the", "pulled out of", "pull out of", "annul*",
                        "revok*", "tore up")

# A signing told in a relative clause on the document ("the agreement, which was signed last April, was
# approved by parliament"): it describes the document, it is not the sentence's act, and its time dates
# the document, not a ratification (rules.attributive_signing, rules.documents_own_time).
LEXICON["signed_attr"] += ("re:(?:which|that)\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+(?:signed|inked|concluded)",)
# A vote to ratify is the ratification ("the parliament voted on Tuesday to ratify the pact"): the
# infinitive inside the vote's phrase is no future of it (facts._drop_tense_inside_acts); elsewhere an
# act in the infinitive is still to come ("is to ratify", "urged parliament to ratify"), unless it is
# what a bill or law does ("passed a bill to ratify the pact"), and an infinitive is no present tense
# (so "voted on Tuesday to ratify" is no act announced for a Tuesday).
LEXICON["vote"] = ("re:vot(?:ed|es)\\s+(?:[\\w-]+\\s+){0,5}?to\\s+(?:ratify|approve|endorse|adopt|back)",)
LEXICON["approve"] += LEXICON["vote"]
# (looked up at the verb, not at every "to" of a text)
LEXICON["future"] += ("re:(?<=to )(?<!bill to )(?<!law to )(?<!decree to )(?<!resolution to )(?<!motion to )"
                      "(?<!measure to )(?<!decided to )(?<!decides to )(?:ratify|approve|endorse)\\b",)
LEXICON["present"] = tuple(f"re:(?<!to ){entry}" if " " not in entry else entry for entry in LEXICON["present"])
# Talks told by other verbs of meeting: "sat down with his counterpart", "had talks"; an officer calling
# on a head of state or government ("called on the President of Azerbaijan"), not on someone to act; the
# land forces by their name, as the navy and the air force are (detect._talks).
LEXICON["meeting"] += ("sat down with", "sit down with", "sits down with", "had talks", "had a meeting",
                       "had a phone conversation", "had a telephone conversation", "had a phone call",
                       "re:called\\s+on\\s+(?:the\\s+)?(?:[\\w-]+\\s+){0,2}?(?:president|prime\\s+minister|premier)\\b"
                       "(?![^.,;:]*?\\bto\\s+(?!discuss|review|exchange|explore)\\w)")
LEXICON["met"] += ("sat down with", "had talks", "had a meeting", "had a phone conversation",
                   "had a telephone conversation", "had a phone call")
LEXICON["defence_actor"] += ("land forces", "ground forces")

# The opening or closing ceremony of an exercise ("the opening ceremony of the joint exercise") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("opening ceremony", "closing ceremony", "opening ceremonies", "closing ceremonies",)
# An exercise told as troops training together ("US and Philippine marines trained together"), and its
# end told as a culmination ("the joint exercise culminated on Friday"): held (detect._exercise).
LEXICON["exercise"] += ("trained together", "train together", "trains together", "training together")
LEXICON["conduct"] += ("culminated", "culminates", "culminating", "came to a close", "drew to a close",
                       "came to an end", "trained together", "train together", "trains together")
# A plan "covering 2025" or "for the 2025 year" is bound to that year as one "for 2025" is.
LEXICON["plan_year"] += (r"\bcovering (?:the )?(?:year |period |years )?(?:of )?(20\d\d)\b",)
# A meeting named as the occasion of what is told ("During the meeting, the ministers agreed to expand
# cooperation", "At the talks, ..."): it took place, whatever its content looks ahead to; not one named as
# still to come ("during the upcoming visit").
LEXICON["met"] += tuple(
    f"re:{opening}\\s+(?:the|their|a|this)\\s+(?:(?!upcoming|forthcoming|next|planned|future|proposed|expected|nato|cis|csto|sco|eu|council|summit|ministerial|multilateral|trilateral)"
    f"[\\w-]+\\s+){{0,2}}?(?:meeting|talks|visit|negotiations|consultations)\\b"
    for opening in ("during", "following", "(?<=in the )course of")) + (
    # (the commonest words "at" and "after" only in these phrases, so that they are not tried at every "at")
    "at the meeting", "at the talks", "at their meeting", "at their talks", "at the bilateral meeting",
    "at the bilateral talks", "after the meeting", "after the talks", "after their meeting", "after their talks")

# An exercise held in one state with the participation of another's forces ("Turkish troops took part in an exercise held in Azerbaijan") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("with the participation of", "took part in", "take part in", "takes part in", "taking part in", "participated in", "participate in", "participates in", "participating in",)
# A document named as what a new act builds on is its basis, not its object ("Building on the agreement of
# 2019, the ministers signed a plan for 2025").
LEXICON["frame"] += ("building on", "building upon", "further to", "in furtherance of", "in pursuance of",
                     "in continuation of", "as a follow-up to", "in follow-up to")
# A dialogue the two defence establishments hold under a longer name ("the 8th Defence Policy Dialogue",
# "the defence strategic dialogue"): a body of theirs, as "defence dialogue" is.
_MORE_BODIES = ("defen?e policy dialogue*", "defen?e strategic dialogue*", "defen?e and security dialogue*",
                "defen?e policy talks", "military policy dialogue*", "defen?e cooperation dialogue*",
                "military cooperation dialogue*")
LEXICON["defence_actor"] += _MORE_BODIES
LEXICON["defence_body"] = LEXICON["defence_body"] + _MORE_BODIES

# Troops carrying out an exercise's tasks in interaction with, or alongside, another state's forces
# ("Azerbaijani units carried out the exercise's tasks alongside Turkish servicemen"): a joint exercise of the two (rules.held_together), its tasks done (held).
LEXICON["joint"] += ("alongside", "in coordination with", "in conjunction with", "side by side with", "in interaction with",)
LEXICON["conduct"] += ("carried out tasks", "performed tasks", "carrying out tasks", "performing tasks",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy.
_PRECISION = {
    # Greetings, congratulations, condolences exchanged: a courtesy, no talks in a story that
    # names no cooperation (detect._courtesy_only).
    "courtesy": ("congratulat*", "greetings", "condolence*", "felicitat*",),
    # Meetings counted or told as a habit ("met five times", "meet regularly"): a summary, no one
    # meeting (detect._meetings_counted).
    "habitual": ("# times",
                 "re:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|numerous)\\s+times",
                 "regularly", "repeatedly", "on a regular basis", "keep holding", "keeps holding",
                 "keep meeting", "keeps meeting",),
    # A meeting, visit, signing or ratification put off, called off, denied, rejected or told in the
    # negative ("did not meet"), or a visit one is invited to, has not taken place
    # (rules.announced_not_done).
    "future": ("postponed", "postpones", "postpone", "called off", "calls off", "cancelled", "canceled",
               "cancels", "put off", "rescheduled", "did not", "didn't", "never", "denied", "denies",
               "denying", "did not take place", "failed to", "rejected", "refused to ratify",
               "voted against",),
    # Ministers of the economy, trade, finance, health, education, culture, justice: civil officials,
    # whatever defence topic they discuss (rules.is_defence, detect._talks).
    "civil_actor": ("economy minist*", "economic minist*", "minist* of economy", "minist* of the economy",
                    "trade minist*", "minist* of trade", "commerce minist*", "minist* of commerce",
                    "finance minist*", "minist* of finance", "health minist*", "minist* of health",
                    "education minist*", "minist* of education", "culture minist*", "minist* of culture",
                    "transport minist*", "minist* of transport", "agriculture minist*",
                    "minist* of agriculture", "justice minist*", "minist* of justice",),
    # The first of two chambers to vote: a step on the way to ratification (rules.ratification_step).
    "stage": ("first chamber",),
    # A bill submitted, tabled or sent to parliament, with no word of approval: the vote is still to
    # come (rules.submitted_unapproved).
    "submission": ("submitted to", "submits to", "submitting to",
                   "re:submit(?:s|ted|ting)?\\s+(?:it|them|the\\s+[\\w-]+)\\s+to", "tabled",
                   "sent to parliament", "sent it to parliament", "referred to parliament",
                   "forwarded to parliament", "introduced in parliament", "introduced to parliament",),
    # A bill "ratifying" the agreement names the procedure: only its adoption ratifies
    # (rules.ratified_by_verb).
    "ratify_noun": ("re:(?<=bill )ratifying", "re:(?<=bill on )ratifying",),
    # The defence industry as the subject civil ministers discuss, not a party that meets
    # (detect._talks).
    "defence_body": ("defen?e industry",),
    # An interview: the meetings an official speaks of in it are its subject, not the story's event
    # (detect._talks).
    "interview": ("interview*",),
    # A national pavilion or stand at an exhibition, or equipment "made in" a state ("Turkish-made"), names
    # the makers, like a company: a state named so is no party to talks (detect._company_states).
    "company": ("pavilion*", "booth*", "made in", "re:(?<=-)made", "manufactured in", "produced in",),
    # A contact group or a coalition of states (the Ramstein format), the attachés or diplomats of
    # foreign states as a corps, or a named security conference or dialogue, is a multilateral gathering,
    # whichever two members a sentence names (rules.multilateral_sentence); on its sidelines a pair
    # still meets.
    "multilateral": ("contact group", "coalition", "re:ramstein[\\s-]+(?:format|group|meeting)\\w*",
                     "diplomatic corps", "attaché corps", "attache corps", "re:attach[ée]s\\s+of\\s+foreign",
                     "foreign military attach*", "foreign defen?e attach*", "shangri-la dialogue",
                     "raisina dialogue", "security conference",),
    # A former or retired official ("former defence minister"): he holds no talks for his state
    # (detect._former_officials).
    "former": ("former", "ex", "retired",),
    # Peacekeeping, detainees, hostages: what officials who meet about them settle is no cooperation, in a
    # story that names none (detect._settlement_meeting).
    "settlement": ("peacekeep*", "detainee*", "hostage*",),
    # A factory, a plant, a shipyard: an official visiting one abroad visits its makers, the host state
    # a place (detect._maker_visited_abroad).
    "works": ("factory", "factories", "plant", "plants", "shipyard*",),
    # Amendments, a budget: a law on another matter that an authority approves, the agreement only what
    # it touches (rules.law_on_another_matter).
    "other_law": ("amendment*", "budget",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c1, s10): how the English press tells a ratification and the topics of talks ---
# A head of state "signing into law" an agreement (or a law on it) enacts its approval: the ratification, not a
# new signing; so does the law it becomes ("the accord became law").
LEXICON["ratify"] += ("signed into law", "signs into law", "signing into law", "became law", "becomes law")
# What talks focus on is their topic, not an act of theirs ("held talks focusing on joint training"): a
# joint exercise named so is discussed, not held (detect._exercise).
LEXICON["discussion"] += ("focusing on", "focused on", "focuses on", "centred on", "centered on", "talked about",
                          "talk about", "talking about", "spoke about", "touched on", "touched upon")
# An official welcomed or greeted is one received ("welcomed his Cambodian counterpart", "greeted the visiting army
# chief"); not a decision or a step welcomed.
_WELCOMED = ("re:(?:welcomed|greeted)\\s+(?:his|her|their|the|a)\\s+(?:[\\w-]+\\s+){0,3}?(?:counterpart|minister|"
             "chief|commander|delegation|secretary|general|admiral|ambassador)s?\\b",)
LEXICON["meeting"] += _WELCOMED
LEXICON["met"] += _WELCOMED
# A programme bound to next year ("the cooperation programme for next year", "next year's programme") is a plan
# under another name (SCHEMA.md), as "the programme for 2027" is.
LEXICON["plan_nouns"] += ("re:program(?:me)?s?\\s+(?:[\\w-]+\\s+){0,3}?for\\s+(?:the\\s+)?(?:next|coming|following)\\s+year",
                          "re:(?:next|coming)\\s+year's\\s+(?:[\\w-]+\\s+){0,3}?program(?:me)?s?\\b")
# Headline verbs of weighing cooperation together ("defence chiefs mull military ties", "eye closer defence
# cooperation", "explore security partnership"): their meeting, told in headline style.
_WEIGHED = ("re:(?:mull|eye|explore|weigh)(?:s|ed)?\\s+(?:[\\w-]+\\s+){0,2}?(?:military|defen[cs]e|security)\\s+"
            "(?:ties|cooperation|links|partnership)\\b",)
LEXICON["meeting"] += _WEIGHED
# The talks named by their noun as the subject of what they covered ("The discussions focused on defence
# cooperation between Armenia and France"): a meeting, as "talks" is.
LEXICON["meeting"] += ("discussions",)
# The plan's year set after a word that names it ("for next year, 2027", "for the current year 2027") or right
# after the plan's name ("the defence cooperation plan 2027"; not a date, "plan on 5 May 2027").
LEXICON["plan_year"] += (r"\bfor\s+(?:the\s+)?(?:next|current|coming|this)\s+year,?\s+(20\d\d)\b",
                         r"\b(?:plan|program|programme)\s+(?:for\s+)?(20\d\d)\b")
# The US defence department's second name since 2025 ("the Department of War", "Secretary of War Pete Hegseth",
# "War Secretary", "Under Secretary of War for Policy") names the US and its defence actor, as "the Pentagon"
# does; the Pentagon's head ("Pentagon chief") is its minister.
_US_WAR_DEPARTMENT = ("department of war", "war department", "secretary of war", "war secretary",
                      "under secretary of war", "deputy secretary of war")
LEXICON["countries"]["US"] = LEXICON["countries"]["US"] + _US_WAR_DEPARTMENT
LEXICON["defence_actor"] += _US_WAR_DEPARTMENT + ("pentagon chief", "pentagon head", "=Pentagon")
# An instrument of ratification deposited, and a headline's "okay"/"gives nod": the approval. (Entry into force
# alone is no act: the grid's "entry into force" probe.)
LEXICON["ratify"] += ("re:deposit(?:ed|s)\\s+(?:its|the|their)\\s+instruments?\\s+of\\s+ratification",)
LEXICON["approve"] += ("okay", "gives nod", "gave the nod", "gives the nod", "nodded through", "nods through")

# --- Recall (c3, s10): an agreement on the status of visiting forces is a defence agreement by its nature ---
# A status-of-forces, visiting-forces or reciprocal-access agreement governs one state's troops on the other's soil:
# defence cooperation whatever else the sentence names ("the Senate ratified the visiting forces agreement").
LEXICON["defence_topic"] += ("status of forces", "visiting forces", "reciprocal access", "=SOFA", "=VFA", "=RAA")

# --- Recall (c3, s10): the service branches of two states, in the plural ---
# "Turkish and Pakistani air forces", "the two navies", "land forces": two states' branches act together, as one
# state's "air force" (singular, above) already names a defence actor.
LEXICON["defence_actor"] += ("air forces", "navies", "land forces", "ground forces")

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('competition*', 'contest*', 'championship*', 'tournament*', 'olympiad*', 'festival*', 're:(?<!war )games', 'parade*', 'biathlon*', 'cup')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("citizen of", "citizens of", "national of", "nationals of", "native of", "natives of"),
 "citizen_after": ("citizen", "citizens", "nationals", "passport holder*",
                   # (not "national defence", "national team": only a person, told by what follows)
                   "re:national(?=\\s*[,.;:)]|\\s+(?:was|is|who|has|had|were|are|working|living|detained|arrested|"
                   "died|killed|named|identified|held|sentenced|charged|accused|suspected)\\b)")}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("farewell*", "introductory call*", "introductory visit*", "introductory meeting*", "bid goodbye", "said goodbye",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("cadet", "cadets", "student", "students", "journalist*", "reporters", "blogger*", "pupils", "schoolchildren",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a reception for a state's holiday is a courtesy ---
# A reception or a meeting told as marking a state's holiday (Independence Day, Republic Day, the national day) is a
# courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only).
_HOLIDAYS = {"courtesy": ("independence day", "republic day", "national day", "re:(?:national|state)\\s+holiday",)}
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s11): whole articles ---
# An act in the present told as what the states do every year is a habit, not an act done on a day
# (rules.act_as_a_habit: "every year the two ministries sign a cooperation plan", an analysis or a background).
_WHOLE_ARTICLES = {"habitual": ("every year", "each year", "year after year", "annually",)}
extend(LEXICON, _WHOLE_ARTICLES)
# Veterans of another state received on a holiday are a lay group, no official delegation: no talks (detect._lay_visit,
# as for cadets and journalists).
_VETERANS = {"lay_visitor": ("veteran", "veterans",)}
extend(LEXICON, _VETERANS)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("file photo", "archive photo", "photo: archive", "photo: file", "archive picture",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("loan agreement", "loan agreements", "a loan", "the loan", "loans", "credit line", "line of credit",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("re:\\b(?:has|have|had|was|were|is|are|been)\\s+(?:(?:formally|officially|finally|now|also)\\s+)?(?:approved|endorsed|okayed|green-?lit)\\b",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("air show*", "airshow*", "re:\\w+shows?\\b", "exhibition*", "expo", "expos", "trade fair*", "defen?e fair*", "arms fair*", "aerospace fair*", "salon", "salons",)

# --- Recall (c1, s11): a passing exercise is held by two navies together ---
# A passing exercise (PASSEX) is by its nature two navies' ships exercising together: its name is a joint word
# (rules.held_together).
LEXICON["joint"] += ("passex", "passing exercise*",)
LEXICON["exercise"] += ("passing exercise*",)

# --- Recall (c1, s11): forces that "also" joined an exercise are its guests ---
# A state's forces that "also" took part in an exercise ("Azerbaycan Silahlı Kuvvetleri personeli de katıldı") are guests
# of forces the word "also" presumes: the exercise's own, the host's. With no host named and no other state in the
# story, the host is the outlet's own state (detect._home_exercise_pair).
_GUESTS = {"guest": ("also took part", "also take part", "also takes part", "also taking part", "also participated",
                   "also participate", "also participates", "also joined", "also join", "also joins",)}
extend(LEXICON, _GUESTS)
# Observers who "also" attended are no guest forces of the exercise.
extend(LEXICON, {"observer": ("observer*",)})


# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('breaking', 'breaking news', 'latest', 'just in', 'flash', 'live', 'update', 'urgent', 'developing')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* of health', 'health minist*', 'minist* of family*', 'family minist*',
    'minist* of labour', 'minist* of labor', 'labour minist*', 'labor minist*',
    'minist* of social*', 'social services minist*', 'social affairs minist*', 'minist* of education',
    'education minist*', 'minist* of culture', 'culture minist*', 'minist* of finance',
    'finance minist*', 'minist* of justice', 'justice minist*', 'minist* of agriculture',
    'agriculture minist*', 'minist* of youth*', 'minist* of sport*', 'sports minist*',
    'minist* of tourism', 'minist* of transport',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora', 'diasporas', 'community', 'communities', 'compatriots', 'living in', 'residing in')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('mps', 'lawmakers', 'parliamentarians', 'members of parliament', 'senators', 'congressmen')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('re:la(?:y|ys|id|ying)\\s+(?:a\\s+)?wreaths?', 'wreath-laying', 're:la(?:y|ys|id|ying)\\s+flowers')}
extend(LEXICON, _WREATHS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:talks|consultations|negotiations)\\s+(?:[\\w'-]+\\s+){0,12}?(?:on|about|regarding|concerning|over)",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("re:\\bhad\\s+(?:(?:already|previously|also|first|earlier)\\s+)?(?:been\\s+)?(?:signed|inked|concluded|ratified|approved|held|conducted|met|carried out)\\b",)}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("agree on", "agrees on", "agreed on", "agreeing on", "agree to hold", "agreed to hold", "agree to conduct", "agreed to conduct", "agree to stage", "agreed to stage")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("for years", "for many years", "for decades", "over the years", "for several years", "regularly")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("which", "that")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("last week", "earlier this week", "earlier this month", "earlier in the week", "earlier in the month", "a week ago", "# days ago", "recently", "the other day")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("The Minister held a phone call with ...") names the outlet's own minister,
# as its press names its own ministry: with the other state's defence official as the one met or called, the pair is
# the outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("the minister",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("soldiers of France and India drilled urban combat") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("drilled", "practised", "practiced", "rehearsed")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights or sorties of two air forces, a joint
# training qualified by its kind ("joint tactical training", "joint staff training"; not "joint combat training events",
# what a plan provides for), a command-post training. Each is
# an exercise noun; the joint word and the two states still make it the pair's (rules.held_together), a verb of holding
# it ("flew", "performed") tells it held.
_EXERCISES_BY_OTHER_NAMES = {
    "exercise": ("joint flight*", "joint sortie*", "re:joint\\s+(?:[\\w-]+\\s+){1,2}?training\\b(?!\\s+(?:events?|activities|courses?|programmes?|programs?))",
                 "command-post training*", "command post training*"),
    "conduct": ("flew", "performed"),
}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): standing consultations of two defence establishments, and their attachés ---
# A consultative or steering group of two defence establishments is one of their bodies (its meeting theirs, as a
# working group's is); a defence attaché and a chief of the defence staff are defence officials.
_DEFENCE_BODIES_AND_OFFICIALS = {
    "defence_actor": ("defen?e consultative group*", "military consultative group*", "defen?e policy group*",
                      "defen?e steering group*", "defen?e attach*", "chief of the defen?e staff",
                      "chief of defen?e staff",
                      # standing committees, groups and dialogues of two defence establishments by their names
                      "joint defen?e committee*", "joint defen?e commission*", "military cooperation group*",
                      "defen?e cooperation group*", "defen?e policy dialogue*", "defen?e security dialogue*",
                      "defen?e and security dialogue*", "defen?e strategic dialogue*", "military cooperation dialogue*"),
    # the joint board (collegium) of two defence ministries meets in session, as a commission does
    "meeting": ("joint board*", "joint collegium*", "collegium"),
}
# The United Kingdom's services by the names its press gives them ("the Royal Navy and the Indian Navy held a passing
# exercise"): the state's own forces; not another kingdom's ("Royal Navy of Oman", "Royal Thai Navy" are not matched).
extend(LEXICON, _DEFENCE_BODIES_AND_OFFICIALS)
LEXICON["countries"]["GB"] += ("re:royal\\s+navy(?!\\s+of\\b)", "re:royal\\s+air\\s+force(?!\\s+of\\b)")

# --- Recall (c1, s14): an exercise told by its stage or by what troops do in it ---
# Troops "engaged in" a joint training hold it; an exercise that "entered its final phase" is under way, as one whose
# active phase began is; what troops do "during" or "as part of" the joint exercise tells it held (not during its
# preparations or planning).
_EXERCISE_STAGES = {"conduct": ("engaged in", "engage in", "engages in",
                                "re:entered\\s+(?:its|the|a)\\s+(?:[\\w-]+\\s+)?(?:phase|stage)\\b",
                                "re:(?:during|as\\s+part\\s+of|in\\s+the\\s+course\\s+of)\\s+(?:the|a)\\s+"
                                "(?:(?!preparation|planning|run-up|lead-up)[\\w-]+\\s+){0,3}?"
                                "(?:exercise|drills?)\\b")}
extend(LEXICON, _EXERCISE_STAGES)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("interior minist*", "minist* of internal affairs", "minist* of interior", "minist* of the interior", "police", "border service", "border guard*", "border police", "customs", "emergenc* minist*", "minist* of emergenc*", "emergency service*", "emergency situations", "gendarmerie", "coast guard*", "national guard", "civil defen?e", "civil protection")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("attaché*", "attache*")}
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s14): a charity, a foundation, a non-governmental or humanitarian organisation ---
# A body that acts for no state, named with a state's adjective or seat ("a British charity", "the Swiss-based Red
# Cross"): the state is the body's, as a company's is (detect._company_states), no party to talks or to an act.
_NON_STATE_BODIES = {"company": ("charity", "charities", "foundation", "=NGO", "=NGOs", "=ICRC", "non-governmental", "nongovernmental", "red cross", "red crescent", "humanitarian organi?ation*", "re:(?<=-)based")}
extend(LEXICON, _NON_STATE_BODIES)

# --- Precision (c2, s14): a signing told in a relative clause on its signer ---
# "The minister, who signed the plan with Georgia, today opened a hospital": a relative clause on a person, with no
# time of its own, describes him by what he once did (detect._signed_in_a_timeless_relative_clause).
_RELATIVE_PERSONS = {"relative": ("who",)}
extend(LEXICON, _RELATIVE_PERSONS)

# --- Precision (c2, s14): a diplomat named by his nationality ---
# "the UN resident coordinator, the Norwegian diplomat Kari Olsen": a state's adjective before a bare "diplomat" names a
# person's nationality, as "a Swiss national" does (facts._attach_mentions), no party to talks; an ambassador or an
# envoy of that state is named as such (``envoy``).
_DIPLOMATS = {"citizen_after": ("diplomat", "diplomats")}
extend(LEXICON, _DIPLOMATS)

# --- Precision (c2, s14): intelligence and state security services are no defence bodies ---
# A state's intelligence or security service met by a defence official is a security body (detect._security_body_met);
# military intelligence is the armed forces' own and is not listed.
_SECURITY_SERVICES = {"security_body": ("intelligence service*", "intelligence organi?ation*", "intelligence agenc*", "national intelligence", "state security service*", "security service*")}
extend(LEXICON, _SECURITY_SERVICES)

# --- Precision (c2, s14): civil officials and people met by a defence official ---
# A governor, a mayor, members of parliament, businessmen: met on one side of a meeting whose defence officials all
# stand on the other, no defence talks (detect._security_body_met).
_CIVIL_OFFICIALS = {"civil_official": ("governor", "governors", "mayor", "mayors", "congressman", "congressmen", "congresswoman", "senator", "senators", "lawmaker*", "members of parliament", "parliamentarian*", "parliament's", "businessman", "businessmen", "business people", "businesspeople", "entrepreneurs")}
extend(LEXICON, _CIVIL_OFFICIALS)

# --- Precision (c2, s14): defence ministers who also attended the leaders' meeting ---
# "The meeting was also attended by the defence ministers of both countries", after a lead on the presidents' talks:
# the ministers sat in the leaders' delegations; the meeting is no defence talks (detect._attended_a_civil_meeting).
_ALSO_ATTENDED = {"attendance": ("also attended", "were also present", "was also present", "also took part", "also participated", "also in attendance")}
extend(LEXICON, _ALSO_ATTENDED)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "political-military consultations", "политико-военные консультации" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("political-military consultation*", "political-military talks", "political-military dialogue*", "politico-military consultation*", "politico-military talks", "politico-military dialogue*", "pol-mil talks", "pol-mil dialogue*", "pol-mil consultation*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference, a reconnaissance, the preparation of a joint exercise ("the main planning conference for the joint exercise"): what is held is
# its preparation, the exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("planning conference*", "planning meeting*", "planning session*", "planning talks", "preparations for", "preparation for", "preparing for", "prepare for", "in preparation for", "reconnaissance for", "reconnaissance ahead of", "reconnaissance before", "site survey for", "site surveys for", "planning for", "planning of",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a parliament's next session is a time ahead ---
# An act set for a chamber's next session or sitting ("Parliament will take up the agreement at its next session") is announced, not done: the session is still
# to come, as "tomorrow" is (``coming``: rules.announced_not_done with a present verb).
_NEXT_SESSIONS = {"coming": ("at its next session", "at the next session", "at its next sitting", "at the next sitting", "at its next plenary", "at the next plenary", "at its next meeting", "in its next session",)}
extend(LEXICON, _NEXT_SESSIONS)

# --- Precision (c2, s15): a commission on trade and the economy is civil ---
# Its meeting ("the intergovernmental commission on trade and economic cooperation") is the civil ministries' even where the sides list the defence industry among
# its topics: "the sides" of it are civil officials (detect._civil_meeting, detect._talks).
_ECONOMIC_COMMISSIONS = {"civil_actor": ("commission on trade*", "commission on economic*", "commission for trade*", "commission for economic*", "commission on trade and economic*", "economic commission*", "trade and economic commission*", "joint economic commission*", "business council*",)}
extend(LEXICON, _ECONOMIC_COMMISSIONS)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("which will enter into force after its ratification"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("after its ratification", "after their ratification", "following its ratification", "upon its ratification", "upon ratification", "subject to ratification", "pending ratification", "pending its ratification", "once ratified", "once it is ratified", "requires ratification", "require ratification", "needs to be ratified", "must be ratified", "has yet to be ratified", "have yet to be ratified", "still has to be ratified", "yet to be ratified",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Precision (c2, s15): meetings told over recent years ---
# Meetings summed up over a span of years ("talks with Azerbaijan had gone well in recent years"), as a minister tells them at a press conference, are
# many meetings, none of them the story's event (``habitual``: detect._meetings_counted).
_RECENT_YEARS = {"habitual": ("in recent years", "over recent years", "in the past few years", "over the past few years", "in the last few years", "over the last few years", "over the years",)}
extend(LEXICON, _RECENT_YEARS)

# --- Precision (c2, s15): what a minister says at his press conference ---
# A minister speaking at a press conference or a briefing ("told a press conference that talks with Turkey had gone well") tells of meetings, as in an interview: they
# are its subject, not the story's event (``interview``: detect._talks). Two sides' press conference after their talks
# ("a joint press conference after their talks") is not one of these words, and its talks stay.
_PRESS_CONFERENCES = {"interview": ("at a press conference", "at a news conference", "told a press conference", "told a news conference", "at his press conference", "at her press conference",)}
extend(LEXICON, _PRESS_CONFERENCES)

# --- Precision (c2, s15): the Turkic states' ministers as a gathering ---
# "At the meeting of the Turkic states' defence ministers, Azerbaijan and Turkey presented their proposals": the
# ministers of the organisation's states meet as such, whichever two a sentence names (``multilateral``; the
# organisation's own names are listed above). "Two Turkic states" alone is not one of these words.
_TURKIC_STATES_MINISTERS = {"multilateral": ("turkic states' defen?e ministers", "defen?e ministers of the turkic states", "meeting of the turkic states", "turkic states' ministers", "turkic states' summit", "summit of the turkic states")}
extend(LEXICON, _TURKIC_STATES_MINISTERS)

# --- Recall (c1, s15): a document's signing told after it, set off by a comma ---
# "approved the defence cooperation agreement with Greece, signed in Athens in October": "signed" after a comma and
# followed by where, when or by whom describes the document (signed before, rules.attributive_signing), as the
# participle with no comma does; a government's approval of it is its ratification (SCHEMA.md). Not "met, signed a
# plan": a verb has its object next.
_SIGNED_BEFORE_AFTER_A_COMMA = {"signed_attr": (
    "re:(?<=, )(?:signed|concluded|inked)(?=\\s+(?:in|on|at|by|last|earlier|during|between|with)\\b)",
    # and a relative clause with its own subject ("the agreement with Laos, which the two ministers signed in June"):
    # its verb is finite (facts._relative_clause_with_its_subject) but describes the document a government approves
    "re:(?<=, )(?:which|that)\\s+(?:[\\w'-]+\\s+){1,8}?(?:signed|concluded|inked)\\b")}
extend(LEXICON, _SIGNED_BEFORE_AFTER_A_COMMA)

# --- Recall (c1, s15): a government by its other names ---
# A government's approval of an agreement already signed is its ratification (SCHEMA.md): "the Council of Ministers
# approved the agreement ..., signed in Athens" as "the cabinet approved" (not a council of defence ministers, a bloc's
# body: those words are not these).
_GOVERNMENTS_BY_OTHER_NAMES = {"authority": ("council of ministers", "cabinet of ministers")}
extend(LEXICON, _GOVERNMENTS_BY_OTHER_NAMES)

# --- Recall (c1, s15): a navy's ship named by its prefix, and an exercise "undertaken" ---
# "PNS Saif undertook a PASSEX with the Saudi Navy", "USS Carney and the French frigate Languedoc held a passing
# exercise": the prefix of a commissioned ship names its navy's state, as "the Royal Navy" names the United Kingdom
# (only prefixes one navy uses: not INS, India's and Israel's, nor two-letter ones); "undertook" holds an exercise as
# "conducted" does (not "undertook to expand", a commitment).
LEXICON["countries"]["US"] += ("=USS", "=USNS")
LEXICON["countries"]["GB"] += ("=HMS",)
LEXICON["countries"]["PK"] += ("=PNS",)
LEXICON["countries"]["TR"] += ("=TCG",)
LEXICON["countries"]["PL"] += ("=ORP",)
LEXICON["countries"]["PH"] += ("=BRP",)
LEXICON["countries"]["ID"] += ("=KRI",)
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("=ROKS",)
LEXICON["countries"]["AU"] += ("=HMAS",)
LEXICON["countries"]["CA"] += ("=HMCS",)
LEXICON["countries"]["NZ"] = LEXICON["countries"].get("NZ", ()) + ("=HMNZS",)
LEXICON["countries"]["NL"] = LEXICON["countries"].get("NL", ()) + ("=HNLMS",)
LEXICON["countries"]["TH"] = LEXICON["countries"].get("TH", ()) + ("=HTMS",)
_EXERCISES_UNDERTAKEN = {"conduct": ("re:undert(?:ook|aken|akes|ake)(?!\\s+to\\b)",)}
extend(LEXICON, _EXERCISES_UNDERTAKEN)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Pretoria signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "ZA": ("=SANDF",), "ID": ("=TNI",), "JP": ("=JSDF",), "KE": ("=KDF",), "UG": ("=UPDF",), "TZ": ("=TPDF",),
    "BW": ("batswana", "motswana"),
}, "capitals": {
    "ZA": ("pretoria",), "AU": ("canberra",), "ID": ("jakarta",), "MA": ("rabat",), "NG": ("abuja",),
    "BR": ("brasília", "brasilia"), "KE": ("nairobi",), "MY": ("kuala lumpur",), "PH": ("manila",), "KR": ("seoul",),
    "BD": ("dhaka",), "TH": ("bangkok",), "DZ": ("algiers",), "JO": ("amman",), "AE": ("abu dhabi",), "OM": ("muscat",),
    "IQ": ("baghdad",), "MX": ("mexico city",), "AR": ("buenos aires",), "CO": ("bogotá", "bogota"), "VE": ("caracas",),
    "CA": ("ottawa",), "MZ": ("maputo",), "AO": ("luanda",), "SN": ("dakar",), "GH": ("accra",), "UG": ("kampala",),
    "RW": ("kigali",), "BW": ("gaborone",), "ZM": ("lusaka",), "ZW": ("harare",), "NA": ("windhoek",),
    "LK": ("colombo",), "NP": ("kathmandu",), "BH": ("manama",), "SD": ("khartoum",),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): the joint defence commissions of its pairs ---
# The standing commissions in which two defence establishments meet ("the Joint Permanent Commission on Defence", "the joint defence committee"): a defence
# body, whose meeting is the two states' defence talks (detect._talks), and a meeting of its own when held ("held
# the fifth session of their Joint Permanent Commission on Defence"); an exercise "opened" is begun (not a forum).
_REST_OF_WORLD_COMMISSIONS = ("joint permanent commission* on defen?e*", "joint permanent defen?e commission*", "joint commission* on defen?e*",
           "joint defen?e commission*", "joint defen?e committee*", "binational defen?e commission*",
           "joint permanent commission* for defen?e*")
_REST_OF_WORLD_BODIES = {"defence_actor": _REST_OF_WORLD_COMMISSIONS, "defence_body": _REST_OF_WORLD_COMMISSIONS}
_REST_OF_WORLD_BODIES["conduct"] = (
    "re:open(?:ed|s)\\s+(?:the\\s+|an?\\s+)?(?:[\\w-]+\\s+){0,3}?(?:exercises?|drills?|manoeuvres?|maneuvers?)(?!\\w)",)
_REST_OF_WORLD_BODIES["meeting"] = _REST_OF_WORLD_COMMISSIONS + ("joint military commission*",)
extend(LEXICON, _REST_OF_WORLD_BODIES)

# --- The rest of the world (c4, s15; issue 15): a purchase counted in words, from a shipbuilder ---
# "signed a contract for two frigates" is a purchase as "a contract for 2 frigates" is, and a shipbuilder or an
# aircraft maker is a company as a shipyard is: an arms purchase, no cooperation act (SCHEMA.md).
_PURCHASES_IN_WORDS = {
    "purchase": ("re:(?:contract|order|deal)s?\\s+for\\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                 "a\\s+dozen|dozens\\s+of|several|a\\s+batch\\s+of|a\\s+fleet\\s+of)(?!\\w)",),
    "company": ("shipbuilder*", "aircraft maker*", "arms maker*", "defen?e firm*", "defen?e contractor*"),
}
extend(LEXICON, _PURCHASES_IN_WORDS)

# --- Lists (c5, s15; issue 15): a week told ahead ---
# An agenda or a schedule "for the coming week" ("the week ahead") lists what is to come, as "next week" does: a
# list's items read after its lead-in take their time from it (story.read_lists).
extend(LEXICON, {"coming": ("the coming week", "the week ahead", "the coming month", "the month ahead")})

# --- English outlets (c1, s16; issue 15): a visit named as the occasion of an act still to come ---
# "during a visit", "following the talks", "in the course of the meeting" tie what a sentence tells to a meeting
# (``occasion``): the meeting took place when its verb did ("During the visit, the ministers signed ..."), and is as
# far ahead as the act whose occasion it is ("will sign an agreement next week during a visit by the minister":
# detect._occasion_of_an_act_to_come).
_MEETING_AS_OCCASION = {"occasion": tuple(
    f"re:{opening}\\s+(?:the|their|a|an|this|his|her)\\s+(?:[\\w-]+\\s+){{0,2}}?(?:meeting|talks|visit|negotiations|consultations)\\b"
    for opening in ("during", "following", "(?<=in the )course of"))}
extend(LEXICON, _MEETING_AS_OCCASION)

# --- English outlets (c1, s16; issue 15): a warship's visit to a port is a port call ---
# "Pakistan Navy Ship Tabuk visited Port Klang", "the frigate docked at Muscat": a ship visits, not officials; a
# story that opens so is a port call (``port_call``), whose visits ashore are no defence talks unless officials meet
# their counterparts (detect._talks). An exercise held on departure stays an exercise.
extend(LEXICON, {"port_call": (
    "re:(?:ship|ships|warship|warships|frigate|frigates|corvette|corvettes|destroyer|destroyers|vessel|vessels)\\s+"
    "(?:[\\w-]+\\s+){0,3}?(?:visited|visits|visit|arrived|arrives|docked|docks|berthed|called\\s+at|calls\\s+at)\\b",
    "ship visit", "ship visits", "ship's visit")})

# --- English outlets (c1, s16; issue 15): a senate's concurrence, a president's assent, documents exchanged by count ---
# A senate that "concurred in" or "gave its concurrence to" the ratification of a treaty approves it, as "voted for the
# ratification" does (the Philippine Senate's form), and so does a president who "gave his assent to the bill
# ratifying" it or a bill that "received royal assent" (Commonwealth forms); documents exchanged by their count ("exchanged two memoranda of
# understanding on defence cooperation") are signed copies exchanged, as "exchanged the signed MoUs" are.
_CONCURRENCE_AND_COUNTED_EXCHANGES = {
    "approve": ("concurred in", "concurs in", "concur in", "gave its concurrence", "gives its concurrence",
                # a head of state's assent to the bill ratifying a treaty approves it, as signing the bill does
                "assented to", "assents to", "gave his assent", "gave her assent", "gave assent", "gives assent",
                "granted assent", "received royal assent", "receives royal assent", "given royal assent"),
    "sign": ("re:exchanged\\s+(?:two|three|four|five|six|several|\\d+)\\s+(?:signed\\s+)?"
             "(?:memorand\\w*|mous|agreements|documents|protocols)\\b",),
}
extend(LEXICON, _CONCURRENCE_AND_COUNTED_EXCHANGES)

# --- English outlets (c1, s16; issue 15): the demonyms CLDR lacks, and an exercise that "opened" ---
# The adjectives of states English outlets use that CLDR's names do not give ("the Indian and Maldivian defence
# secretaries", "a Mauritian coast guard ship"), and the Maldives' and Oman's forces by their own names; an exercise that
# "opened in Queensland" has begun, as one "opened" by a commander has (s15's transitive form above): the exercise's
# noun (its code name between) the subject of "opened".
_DEMONYMS_AND_OPENINGS = {"countries": {
    "MV": ("maldivian", "maldivians", "=MNDF"), "FJ": ("fijian", "fijians"), "TL": ("timorese",),
    "SV": ("salvadoran", "salvadorans", "salvadorean"), "MU": ("mauritian", "mauritians"), "SC": ("seychellois",),
    "SL": ("sierra leonean", "sierra leoneans"),
    # Oman's forces by their own name ("the Chief of Staff of the Sultan's Armed Forces")
    "OM": ("sultan's armed forces", "sultan of oman's armed forces"),
}, "conduct": (
    # the exercise is the subject of "opened" (not "a defence exhibition opened ... with films of exercises")
    "re:(?:exercise|exercises|drill|drills|manoeuvres|maneuvers|wargames|games)(?:\\s+[\\w'-]+){0,3}?,?\\s+(?:officially\\s+)?"
    "opened\\s+(?:in|at|on|today|with)\\b",)}
extend(LEXICON, _DEMONYMS_AND_OPENINGS)

# --- English outlets (c1, s16; issue 15): US commands by their names, exercises commenced, trained together, hosted ---
# The United States' combatant commands act for it abroad as its forces do ("the CENTCOM commander met the Egyptian
# defence minister"); an exercise "commence"s in a headline's present as it "commenced"; two states' troops "training
# together" hold their exercise; a navy that "hosted" another "for" an exercise holds it with its guest (not a
# reception it hosted, where exercises are only a film's topic).
_HOSTED_FOR_AN_EXERCISE = (
    "re:hosted\\s+(?:[\\w'-]+\\s+){1,6}?for\\s+(?:the\\s+|a\\s+)?(?:[\\w-]+\\s+){0,4}?(?:exercise|exercises|drill|drills)\\b")
_COMMANDS_AND_EXERCISE_VERBS = {"countries": {
    "US": ("=CENTCOM", "=AFRICOM", "=EUCOM", "=INDOPACOM", "=SOUTHCOM", "=USCENTCOM", "=USAFRICOM", "=USINDOPACOM",
           "us central command", "u.s. central command", "us africa command", "u.s. africa command",
           "us indo-pacific command", "u.s. indo-pacific command", "us european command", "u.s. european command"),
}, "conduct": ("commence", "commences", "are training together", "were training together", "trained together",
               "is training together",
               _HOSTED_FOR_AN_EXERCISE),
   "joint": ("training together", "trained together", _HOSTED_FOR_AN_EXERCISE)}
extend(LEXICON, _COMMANDS_AND_EXERCISE_VERBS)

# --- English outlets (c1, s16; issue 15): a reception hosted for foreign attachés ---
# A reception a force or ministry hosts is a courtesy, as a national day's is (detect._courtesy_only: unless the story
# names cooperation); the attachés of "foreign" states, counted by no name, are many states (multilateral).
extend(LEXICON, {
    "courtesy": ("hosted a reception", "hosts a reception", "gave a reception", "reception in honour of",
                 "reception in honor of"),
    "multilateral": ("re:foreign\\s+(?:[\\w-]+\\s+)?attach(?:é|e)s\\b",),
})

# --- English outlets (c1, s16; issue 15): the verbs of state agencies' English services and headlines ---
# Defence chiefs who "confer" meet (a headline's present, "conferred" told held); troops who "honed their skills",
# "fulfilled" or "accomplished the tasks of the exercise", or "worked out joint actions" (the agencies' rendering of
# "отработали совместные действия") hold it; drills that "end" in a headline's present were held, as "ends" tells.
_JOINT_ACTIONS_WORKED_OUT = tuple(f"re:{verb}\\s+(?:the\\s+|their\\s+)?joint\\s+actions\\b"
                                  for verb in ("worked out", "practised", "practiced", "rehearsed", "drilled", "honed"))
_AGENCY_VERBS = {
    "meeting": ("confer", "confers", "conferred"),
    "met": ("conferred",),
    "conduct": ("honed", "fulfilled", "accomplished", "end", "came to an end", "come to an end"),
    "exercise": _JOINT_ACTIONS_WORKED_OUT,
}
_AGENCY_VERBS["conduct"] += _JOINT_ACTIONS_WORKED_OUT
extend(LEXICON, _AGENCY_VERBS)

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("the incident on the border overnight", "an exchange of fire") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("incident", "incidents", "shoot-out", "shoot-outs", "exchange of fire", "exchanges of fire", "skirmish*", "clash", "clashes", "provocation*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): the year in review ---
# A review of the year ("Over the past year the ministry signed: ...", a list of the year's plans and agreements under it) sums up acts each reported when it
# happened: the span of a whole year before the act makes it the year's background, none the story's news
# (``background``: detect._is_background), as "last year" does. A plan "for" a year names its year, not a span.
_YEAR_IN_REVIEW = {"background": ("over the past year", "during the past year", "in the past year", "in the outgoing year", "over the outgoing year", "throughout the year", "over the course of the year", "in the year under review")}
extend(LEXICON, _YEAR_IN_REVIEW)

# --- Precision (c3, s16; issue 15): what is done ahead of talks ---
# Talks, a meeting or a visit that something is done "ahead of" or "on the eve of" ("Ahead of his talks with the
# Turkish minister next week, the minister praised ...") are still to come: the sentence tells what precedes them,
# no meeting (rules.announced_not_done), unless a verb tells a meeting held ("met ahead of the talks"). "Ahead of" a
# summit or a gathering stays its sidelines.
_AHEAD_OF_TALKS = {"future": (
    "re:(?:ahead\\s+of|on\\s+the\\s+eve\\s+of|in\\s+the\\s+run-up\\s+to)\\s+(?:his|her|their|the|its|a)?\\s*"
    "(?:[\\w-]+\\s+){0,2}?(?:talks|meeting|meetings|visit|negotiations|consultations)\\b",)}
extend(LEXICON, _AHEAD_OF_TALKS)
# An official "due in" a capital ("is due in Baku on Thursday for talks") is a visit announced, as "is due to" is.
extend(LEXICON, {"future": ("is due in", "are due in", "is due at", "are due at", "due to arrive")})

# --- Precision (c3, s16; issue 15): a ratified document beside a signing ---
# "signed the implementation protocol to the framework agreement ratified by both parliaments in 2021": a participle
# right after the document's noun, or a relative clause on it, describes the document; beside a signing told by its
# verb, the act is the signing (``ratified_attr``: facts._drop_ratified_documents).
_RATIFIED_DOCUMENTS = {"ratified_attr": (
    "re:(?<=agreement )ratified", "re:(?<=agreements )ratified", "re:(?<=treaty )ratified", "re:(?<=accord )ratified",
    "re:(?<=pact )ratified", "re:(?<=memorandum )ratified", "re:(?<=convention )ratified", "re:(?<=protocol )ratified",
    "re:(?:which|that)\\s+(?:was|were|had\\s+been|has\\s+been|have\\s+been)\\s+ratified",
    "already ratified", "previously ratified", "re:(?<=, )ratified(?=\\s+(?:in|on|by|last)\\b)")}
extend(LEXICON, _RATIFIED_DOCUMENTS)

# --- English outlets (c1, s16; issue 15): plural staffs, a defence board, jets flying together, the one-word workplan ---
# "The chiefs of the Greek and Israeli general staffs" are two states' defence officials as "the general staff" is one
# state's; a mutual defence board is the two defence establishments' standing body (its meeting their talks); two air
# forces' jets that "flew together" hold a joint flight (an exercise, s14's "joint flights"); a "workplan" is a plan.
_STAFFS_BOARDS_FLIGHTS = {
    "defence_actor": ("general staffs", "mutual defen?e board*"),
    "defence_body": ("mutual defen?e board*",),
    "meeting": ("mutual defen?e board*",),
    "exercise": ("flew together", "flying together", "flown together"),
    "joint": ("flew together", "flying together", "flown together"),
    "conduct": ("flew together",),
    "plan_nouns": ("workplan", "workplans"),
}
extend(LEXICON, _STAFFS_BOARDS_FLIGHTS)
