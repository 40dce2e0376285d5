"""Italian lexicon: state names, demonyms and capitals, and the verbs Italian outlets use for signing
("hanno firmato", "sottoscritto", "siglato"), ratifying, meeting and exercising.
Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend, year_after_name

_MONTHS = ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre")

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "re:gruppo\\s+di\\s+lavoro\\s+(?:[\\w-]+\\s+){0,2}?(?:sulla|per\\s+la|di)\\s+cooperazione\\s+(?:militare|nella\\s+difesa|della\\s+difesa)",
    "dialogo militare", "commissione militare mista", "comitato di cooperazione militare",
)

LEXICON = {
    "stopwords": ("il", "di", "che", "della", "per", "con", "sono", "una", "gli", "nel", "alla", "dei", "delle",
                  "del", "lo", "ha", "hanno", "tra", "fra", "anche", "dal", "dalla", "degli", "sul", "sulla",
                  "in", "un", "è", "ai", "le", "come", "più", "questo", "nella"),
    "countries": {
        "IT": ("italia", "italian*",
               # the outlet's own state, in the first person plural ("il nostro Paese")
               "nostro paese", "il nostro paese", "del nostro paese", "nostre forze armate"), "GB": ("regno unito", "gran bretagna", "britannic*", "inglese*"),
        "US": ("stati uniti", "=USA", "statunitens*", "re:american(?<!sud-american)(?<!latino-american)(?<!centro-american)\\w*"), "FR": ("francia", "frances*"),
        "DE": ("germania", "tedesc*"), "ES": ("spagna", "spagnol*"), "PT": ("portogallo", "portoghes*"),
        "GR": ("grecia", "greco", "greci", "greca", "greche"), "CY": ("cipro", "ciprio*"),
        "TR": ("turchia", "turco", "turca", "turchi", "turche"), "RU": ("russia", "russo", "russa", "russi", "russe"),
        "UA": ("ucraina", "ucrain*"), "PL": ("polonia", "polacc*"), "RO": ("romania", "romen*", "rumen*"),
        "BG": ("bulgaria", "bulgar*"), "AL": ("albania", "albanes*"), "RS": ("serbia", "serb*"),
        "HR": ("croazia", "croat*"), "SI": ("slovenia", "sloven*"), "MN": ("mongolia", "mongol*"),
        "UY": ("uruguay*",), "AU": ("australia*",), "JP": ("giappone", "giappones*"),
        "CN": ("cina", "cines*"), "IN": ("india", "indian*"), "IL": ("israele", "israelian*"),
        "EG": ("egitto", "egizian*"), "LY": ("libia", "libic*"), "TN": ("tunisia", "tunisin*"),
        "DZ": ("algeria", "algerin*"), "MA": ("marocco", "marocchin*"), "QA": ("qatar*",),
        "AE": ("emirati arabi uniti", "emirati*"), "SA": ("arabia saudita", "saudit*"),
        "AZ": ("azerbaigian*", "azero", "azera", "azeri"), "GE": ("georgia", "georgian*"),
        "AM": ("armenia", "armen*"), "KZ": ("kazakistan*", "kazako", "kazaka", "kazaki"),
        "UZ": ("uzbekistan*", "uzbek*"), "NL": ("paesi bassi", "olanda", "olandes*"),
        "BE": ("belgio", "belga", "belgi"), "AT": ("austria", "austriac*"), "CH": ("svizzera", "svizzer*"),
        "SE": ("svezia", "svedes*"), "NO": ("norvegia", "norveges*"), "FI": ("finlandia", "finlandes*"),
        "DK": ("danimarca", "danes*"), "LT": ("lituania", "lituan*"), "LV": ("lettonia", "letton*"),
        "EE": ("estonia", "eston*"), "CA": ("canada", "canades*"), "BR": ("brasile", "brasilian*"),
        "AR": ("argentina", "argentin*"), "JO": ("giordania", "giordan*"), "LB": ("libano", "libanes*"),
        "IQ": ("iraq", "irachen*"), "IR": ("iran", "iranian*"), "PK": ("pakistan*",),
        "KR": ("corea del sud", "sudcorean*"), "KP": ("corea del nord", "nordcorean*"),
        "SO": ("somalia", "somal*"), "NE": ("niger", "nigerin*"), "KW": ("kuwait*",), "MD": ("moldavia", "moldav*", "moldov*"),
        "BY": ("bielorussia", "bielorusso", "bielorussa", "bielorussi"), "HU": ("ungheria", "ungheres*"),
        "CZ": ("repubblica ceca", "ceco", "ceca", "cechi"), "SK": ("slovacchia", "slovacc*"),
        "MT": ("malta", "maltes*"), "ME": ("montenegr*",), "MK": ("macedonia del nord", "macedon*"),
        "XK": ("kosovo*",), "ID": ("indonesia*",), "VN": ("vietnam*",), "PH": ("filippine", "filippin*"),
        # Demonyms CLDR's names do not start
        "AF": ("afghan*",), "CL": ("cilen*",), "IE": ("irlandes*",), "MX": ("messican*",),
        # Demonyms and adjectives CLDR's names do not start
        "SY": ("sirian*",), "KE": ("keniot*", "kenyot*"), "NG": ("nigerian*",), "ET": ("etiop*",),
        "ML": ("malian*",), "BF": ("burkinabè", "burkinabé"), "SN": ("senegales*",), "CI": ("ivorian*",),
        "TD": ("ciadian*",), "MR": ("mauritan*",), "ZA": ("sudafrican*",), "AO": ("angolan*",),
        "MZ": ("mozambican*",), "CO": ("colombian*",), "PE": ("peruvian*",), "VE": ("venezuelan*",),
        "CU": ("cuban*",), "NZ": ("neozelandes*",), "TH": ("tailandes*",), "MY": ("malese", "malesi"), "BA": ("bosniac*",),
        "TM": ("turkmen*",), "KG": ("kirghis*",), "TJ": ("tagik*",), "PS": ("palestines*",),
        "LU": ("lussemburghes*",), "SG": ("singaporian*",), "BD": ("bengales*",),
    },
    # The first state of a pair written as one adjective ("esercitazione italo-francese"): matched only before a hyphen.
    "combining": {"IT": ("italo",), "FR": ("franco",), "ES": ("ispano",), "PT": ("luso",), "DE": ("germano", "tedesco"),
                  "CN": ("sino", "cino"), "JP": ("nippo",), "IL": ("israelo",), "HU": ("ungaro",), "AT": ("austro",),
                  "US": ("americano", "statunitense")},
    "capitals": {"IT": ("roma",), "GB": ("londra",), "US": ("washington",), "FR": ("parigi",),
                 "DE": ("berlino",), "ES": ("madrid",), "RU": ("mosca",), "UA": ("kiev", "kyiv"),
                 "TR": ("ankara",), "AZ": ("baku",), "GE": ("tbilisi",), "CN": ("pechino",),
                 "GR": ("atene",), "PL": ("varsavia",), "AL": ("tirana",),
                 "JP": ("tokyo", "tokio"), "TN": ("tunisi",), "DZ": ("algeri",), "EG": ("il cairo",),
                 "SA": ("riad", "riyad"), "QA": ("doha",), "AE": ("abu dhabi",), "JO": ("amman",),
                 "LB": ("beirut",), "IQ": ("baghdad",), "IR": ("teheran",), "PK": ("islamabad",),
                 "IN": ("nuova delhi", "new delhi"), "KR": ("seul",), "AU": ("canberra",), "CA": ("ottawa",),
                 "BR": ("brasilia",), "AR": ("buenos aires",), "PT": ("lisbona",), "HU": ("budapest",),
                 "RO": ("bucarest",), "BG": ("sofia",), "RS": ("belgrado",), "HR": ("zagabria",),
                 "SI": ("lubiana",), "MK": ("skopje",), "CZ": ("praga",), "SK": ("bratislava",), "LT": ("vilnius",),
                 "LV": ("riga",), "EE": ("tallinn",), "FI": ("helsinki",), "SE": ("stoccolma",), "NO": ("oslo",),
                 "DK": ("copenaghen",), "NL": ("l'aia",), "IE": ("dublino",), "MT": ("la valletta",),
                 "CY": ("nicosia",), "IL": ("tel aviv", "gerusalemme"), "NE": ("niamey",), "ML": ("bamako",),
                 "MR": ("nouakchott",), "SN": ("dakar",), "NG": ("abuja",), "KE": ("nairobi",),
                 "ET": ("addis abeba",), "MA": ("rabat",), "AM": ("erevan", "yerevan"), "KZ": ("astana",),
                 "UZ": ("tashkent",), "ME": ("podgorica",)},
    "blocs": {"NATO": ("=NATO", "=Nato", "alleanza atlantica"), "EU": ("=UE", "=Ue", "unione europea"),
              "CIS": ("=CSI",), "CSTO": ("=OTSC",), "SCO": ("=SCO",)},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OSCE", "lega araba",
                     "trilateral*", "tripartit*", "multilateral*", "tre paesi", "quattro paesi",
                     "stati membri", "paesi membri", "# paesi", "# nazioni", "multinazional*",
                     # three or more, in words, and allies at large
                     "re:(?:cinque|sei|sette|otto|nove|dieci|undici|dodici|venti)\\s+(?:paesi|nazioni|stati)",
                     "paesi alleati", "nazioni alleate", "forze alleate", "truppe alleate", "militari alleati",
                     "altri alleati",
                     # multinational frames, whichever two of their members a sentence names
                     "=GCAP", "=PESCO", "=Pesco", "unione africana"),
    "bilateral": ("bilateral*", "due paesi", "entrambi i paesi", "le due parti", "i due ministri",
                  "due nazioni"),
    "between": ("tra", "fra"),
    "counterpart": ("con il ministro", "con la ministra", "con il capo", "omolog*", "le parti", "entrambi", "i due"),
    "sidelines": ("a margine", "margine"),
    "sign": ("firmato", "firmata", "firmati", "firmate", "firmano", "firma", "firmano", "hanno firmato",
             "ha firmato", "sottoscritto", "sottoscritta", "sottoscritti", "sottoscrivono", "sottoscrizione",
             "siglato", "siglata", "siglano", "siglati", "rinnovato", "rinnovata", "rinnovano", "concluso",
             "stipulato", "stipulata", "firmarono", "firmò"),
    # The act named as a noun: the verb of its clause gives it its tense ("la cerimonia della firma si terrà
    # domani"). "firma" is also the present ("il ministro firma"): after an article it is the noun.
    "act_noun": ("re:(?<=la\\s)firma", "re:(?<=della\\s)firma", "re:(?<=alla\\s)firma", "re:(?<=dalla\\s)firma",
                 "re:(?<=sulla\\s)firma", "re:(?<=una\\s)firma", "firme", "sottoscrizione", "re:(?<=la\\s)ratifica",
                 "re:(?<=della\\s)ratifica", "re:(?<=alla\\s)ratifica"),
    "sign_participle": ("firmato", "firmata", "firmati", "firmate", "sottoscritto", "sottoscritta", "siglato",
                        "siglata", "approvato", "approvata"),
    # ("l", "un", "dell": the elided article of "firmato l'accordo", "firmata un'intesa")
    "determiners": ("accord*", "memorandum", "piano", "protocoll*", "programma", "intesa", "un", "una", "uno", "il", "lo", "la", "i", "gli", "le", "due", "nuovo", "nuova",
                    "l", "dell", "quest",
                    "re:[\"']"),
    "aux": ("è", "stato", "stata", "stati", "state", "sono", "ha", "hanno", "aveva", "avevano", "era",
            "ufficialmente", "anche"),
    "approve": ("approvato", "approvata", "approva", "approvano", "approvazione", "via libera", "adottato"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("commissione difesa", "commissione esteri", "commissioni difesa", "commissioni esteri", "prima lettura",),
    "ratify": ("ratific*", "promulg*"),
    # The procedure named as a noun ("il disegno di legge di ratifica è stato assegnato"): only a verb,
    # or a vote on the law ("ha approvato la ratifica"), reports it. "ratifica" is also the present
    # ("il Senato ratifica l'accordo"): after an article or a preposition it is the noun.
    "ratify_noun": ("re:(?<=la\\s)ratifica", "re:(?<=di\\s)ratifica", "re:(?<=della\\s)ratifica",
                    "re:(?<=alla\\s)ratifica", "re:(?<=sulla\\s)ratifica", "re:(?<=una\\s)ratifica",
                    "ratifiche"),
    "authority": ("parlamento", "camera", "camera dei deputati", "senato", "governo", "consiglio dei ministri",
                  "presidente", "legge", "aula", "deputati", "senatori"),
    "plan_nouns": ("piano", "piani", "piano d'azione", "piano di azione"),
    "programme_nouns": ("programma*", "programmi"),
    "agreement_nouns": ("accord*", "memorandum*", "protocoll*", "trattat*", "contratt*", "intesa", "intese",
                        "tabella di marcia", "roadmap", "dichiarazione d'intenti", "lettera d'intenti",
                        "statement of intent", "intesa tecnica", "convenzion*", "arrangement",
                        "dichiarazione congiunta", "dichiarazione comune", "partenariato strategico"),
    "generic_doc_nouns": ("document*",),
    "meeting": ("incontr*", "colloqui*", "visita*", "visitato", "ricevuto", "riunion*", "consultazion*",
                "dialogo", "discuss*", "riunito", "riunita", "riuniti", "telefonata", "videoconferenza", "gruppo di lavoro",
                # "un bilaterale": the journalists' noun for a bilateral meeting
                "un bilaterale", "il bilaterale", "nel bilaterale", "del bilaterale", "al bilaterale"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("visita", "visite", "incontro", "incontri", "colloquio", "colloqui", "riunione", "riunioni",
                     "consultazioni", "telefonata", "videoconferenza"),
    "exercise": ("esercitazion*", "manovr*", "addestramento congiunto", "addestramenti congiunti"),
    "conduct": ("inizia", "iniziano", "al via", "svolt*", "condott*", "iniziat*", "avviat*", "conclus*", "terminat*", "partit*",
                "in corso", "si svolge", "si è svolta", "ha luogo", "ha preso il via", "lancia", "lanciato",
                "lanciata", "prende il via",
                # the day forces take part in it: it is under way ("hanno partecipato all'esercitazione")
                "partecipa", "partecipano", "partecipato", "partecipata", "partecipati", "prendono parte",
                "hanno preso parte", "ha preso parte",
                # held, carried out, performed ("si è tenuta", "hanno effettuato", "eseguita")
                "tenut*", "effettua*", "eseguit*", "realizzat*", "organizzat*", "svolgono", "conducono"),
    "discussion": ("discut*", "prospettiv*", "invit*"),
    "defence_actor": (
                      *_BODIES,
                      "ministr* della difesa", "ministero della difesa", "dicastero della difesa",
                      "forze armate", "esercito", "eserciti", "marina militare", "marine militari", "la marina",
                      "le marine", "aeronautica militare", "stato maggiore",
                      "capo di stato maggiore", "sottosegretari* alla difesa", "delegazione militare",
                      "addett* militar*", "addett* per la difesa", "industria della difesa",
                      # the head of defence and the services by the names the press uses
                      "titolare della difesa", "vertici della difesa", "capi di stato maggiore"),
    "defence_topic": ("difesa", "militar*", "tecnico-militar*", "armament*", "truppe", "soldati"),
    "civil_actor": ("polizia*", "guardia di frontiera", "polizia di frontiera", "ministero dell'interno",
                    "ministr* dell'interno", "viminale", "interni", "esteri", "farnesina", "dogan*",
                    "protezione civile", "guardia di finanza", "carabinieri", "guardia costiera",
                    "servizi segreti", "intelligence"),
    "civil_topic": ("energi*", "petrolio", "gas", "commerci*", "economi*", "investiment*", "turismo",
                    "sanità", "istruzione", "cultura*", "sport*", "calcio", "trasport*", "sanzion*",
                    "agricoltura", "scienza", "universit*"),
    "company": ("cantier* naval*", "società", "azienda", "aziende", "gruppo industriale", "=Leonardo", "=Fincantieri", "=S.p.A.",
                "=SpA"),
    "future": (
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:autorizz\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+|alla\\s+)firma", "re:approv\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+|alla\\s+)firma", "re:via libera\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+|alla\\s+)firma", "re:decreto\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+|alla\\s+)firma", "re:consenso\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+|alla\\s+)firma",
               "domani", "firmerà", "firmeranno", "sottoscriverà*", "sarà firmat*", "saranno firmat*", "sarà sottoscritt*", "dovrebbe*", "dovrà", "dovranno",
               "prevede", "previsto", "prevista", "intende*", "negozia*", "propost*", "potrebbe*",
               "prossim*", "per la ratifica",
               # the signing a verb of discussing governs is still to come ("hanno discusso la firma")
               "re:(?:discuss|discut|analizz|esamin|negozi)\\w*\\s+(?:della\\s+|la\\s+|sulla\\s+)?firma",
               # the future and conditional of the verbs that report an act, a meeting or an exercise
               "re:(?:firm|sigl|stipul|sottoscriv|ratific|approv|incontr|svolg|partecip|conclud)(?:er|ir|h?er)"
               "(?:à|anno|ebbe|ebbero)", "si terrà", "si terranno", "terrà", "terranno", "ai fini della ratifica", "in vista", "all'esame", "in esame"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("in", "nel territorio di"),
    "draft": ("bozza", "bozze", "progetto", "schema di", "schemi di", "disegno di legge", "=ddl", "=Ddl", "=DDL"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # A training ship's port call (its crew's visits ashore are no talks between officials).
    "port_call": ("nave scuola", "nave-scuola", "campagna addestrativa", "sosta nel porto", "allievi ufficiali"),
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("congiunt*", "comune", "comuni", "insieme"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("con",),
    "purchase": (
                 # a contract to supply or deliver arms is a sale, as a purchase is
                 "contratto di fornitura", "contratto per la fornitura", "contratto di vendita",
                 "acquisto di", "acquisto dei", "acquisto della", "acquisto del", "acquisizione di", "comprare", "acquistare", "acquistato", "acquistati", "contratto di acquisto",
                 # a gift of arms handed over (its handover certificate signed) is no cooperation act either
                 "donazione", "donazioni"),
    # Act verbs in the present tense: with a day to come, the act is announced ("firmano lunedì").
    # ("firma" is also the noun: "la firma è avvenuta lunedì" reports the act.)
    "present": ("firmano", "siglano", "sottoscrivono", "ratificano"),
    # Time words that point ahead.
    "coming": ("domani", "la prossima settimana", "il prossimo mese", "nei prossimi giorni"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# anni dalla", "# anni da quando", "# anni fa", "anniversario della firma",
                "anniversario della ratifica",
                "re:(?:dieci|quindici|venti|trenta|quaranta|cinquanta)\\s+anni\\s+(?:dalla|da\\s+quando|fa)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "anni fa", "anniversario della firma",
                   "in precedenza", "precedentemente", "l'anno scorso", "lo scorso anno",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "ha ricordato che", "hanno ricordato che", "si ricorda che", "ricordiamo che", "# anni fa", "a suo tempo"),
    "reporting": ("ha dichiarato", "ha detto", "ha annunciato", "ha reso noto", "ha riferito", "secondo",
                  "si legge", "comunicato", "nota", "ha spiegato"),
    "start": ("è iniziat*", "sono iniziat*", "ha preso il via", "prende il via", "è partit*", "avviat*",
              "al via", "inizia", "iniziano"),
    "date_joiners": (),
    "range_words": ("al", "e"),
    "months": {"gennaio": 1, "gen": 1, "febbraio": 2, "feb": 2, "marzo": 3, "aprile": 4, "apr": 4,
               "maggio": 5, "mag": 5, "giugno": 6, "giu": 6, "luglio": 7, "lug": 7, "agosto": 8, "ago": 8,
               "settembre": 9, "ottobre": 10, "ott": 10, "novembre": 11, "nov": 11,
               "dicembre": 12, "dic": 12},
    "weekdays": {"lunedì": 0, "martedì": 1, "mercoledì": 2, "giovedì": 3, "venerdì": 4, "sabato": 5,
                 "domenica": 6},
    "today": ("oggi", "stamani", "stamattina", "questa mattina", "questo pomeriggio"),
    "yesterday": ("ieri",),
    "plan_year": (r"\bper (?:il |l')?(?:anno )?(20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|e)\s*20\d\d\b",
                  # "piano di cooperazione ... 2025", "relativo all'anno 2025"
                  year_after_name(("piano", "piani", "programma", "programmi"),
                                  _MONTHS + ("di", "del", "nel", "dal", "al", "fino", "entro", "dopo", "prima", "dal"))),
    "story_end": ("articoli correlati", "notizie correlate", "potrebbe interessarti", "commenti",
                  "lascia un commento", "condividi*", "tag", "ultime notizie", "più letti",
                  "riproduzione riservata*", "© riproduzione riservata*"),
    "story_skip": ("continua a leggere",),
    "story_aside": ("leggi anche", "vedi anche", "potrebbe interessarti anche", "approfondimenti",
                    "correlati"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("cooperazione", "collaborazione", "rapporti", "relazioni", "partenariato")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situazione", "guerra", "conflitto*", "crisi", "fronte", "ostilità", "escalation")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("cessate il fuoco", "tregua", "prigionieri", "colloqui di pace", "negoziati di pace",
                         "accordo di pace")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("negozia*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standard", "norme")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("nell'ambito dell*", "nell'ambito del", "nel quadro dell*", "nel quadro del",
                    "in base all*", "in base al", "ai sensi dell*", "ai sensi del", "in conformità con")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ambasciator*", "ambasciata")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("denunciat*", "denuncia", "sospes*", "sospend*", "annullat*", "revocat*", "rescisso",
                        "posto fine")

# The opening or closing ceremony of an exercise ("la cerimonia di apertura dell'esercitazione congiunta") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("cerimonia di apertura", "cerimonia di chiusura",)

# An exercise held in one state with the participation of another's forces ("militari italiani hanno partecipato a un'esercitazione in Albania") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("con la partecipazione di", "hanno partecipato", "partecipano all", "partecipano alla",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("congratul*", "auguri", "condoglianze", "felicitazion*",),
    "habitual": ("# volte", "più volte", "regolarmente",
                 "re:(?:due|tre|quattro|cinque|sei|sette|otto|nove|dieci)\\s+volte",),
    "future": ("rinviat*", "annullat*", "posticipat*", "rimandat*", "non si sono", "non hanno", "smentito",
               "smentisce",),
    "civil_actor": ("ministr* dell'economia", "ministr* dell’economia", "ministr* delle finanze",
                    "ministr* della salute", "ministr* dell'istruzione", "ministr* della cultura",
                    "ministr* della giustizia", "ministr* delle imprese",),
    "submission": ("trasmesso al parlamento", "presentato in parlamento", "inviato al parlamento",
                   "trasmesso alle camere",),
    "interview": ("intervista*",),
    "company": ("padiglion*", "prodotto in", "prodotti in", "fabbricat* in",),
    "former": ("ex",),
    "settlement": ("mantenimento della pace", "caschi blu", "ostaggi*",),
    "works": ("stabiliment*", "fabbrica", "fabbriche", "cantier*",),
    "other_law": ("modifich*", "bilancio",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('competizion*', 'gara', 'gare', 'concorso*', 'campionat*', 'torneo*', 'olimpiad*', 'festival*', 'giochi', 'parata*', 'coppa')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("cittadino", "cittadini", "cittadina", "di nazionalità",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("commiato", "congedo", "visita di presentazione",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("cadetti", "allievi", "studenti", "giornalist*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a university, a municipality or a region signs, not its state ---
# A civil university, a municipality or a region named by its state's adjective right after it signs for itself:
# with fewer than two other states, no act between states (detect._civil_signatory). Not where it is a venue
# ("nella regione greca di"); military universities and academies are no civil bodies.
_CIVIL_BODIES = ('università', 'ateneo', 'comune', 'municipalità', 'regione', 'provincia', 'giunta regionale')
_NOT_A_VENUE = "re:(?<!nella )(?<!nel )(?<!in )(?<!della )(?<!del )"
_CIVIL_SIGNATORIES = {"civil_signatory": tuple(_NOT_A_VENUE + word for word in _CIVIL_BODIES)}
extend(LEXICON, _CIVIL_SIGNATORIES)

# --- Precision (c2, s11): whole articles ---
# Exercises named as what officials discussed ("hanno discusso delle esercitazioni congiunte") are a topic of their talks, not held (the verb of discussing
# was only a meeting word).
_WHOLE_ARTICLES = {"discussion": ("discuss*",)}
extend(LEXICON, _WHOLE_ARTICLES)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("foto d'archivio", "foto di archivio", "immagine d'archivio",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("prestito*", "linea di credito",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("è stato approvato", "è stata approvata", "sono stati approvati", "sono state approvate",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ("ultim'ora", 'ultimora', 'ultima ora', 'urgente', 'breaking', 'in diretta')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* della salute', 'minist* del lavoro', "minist* dell'istruzione", 'minist* della cultura',
    "minist* dell'economia", 'minist* delle finanze', 'minist* della giustizia', "minist* dell'agricoltura",
    'minist* della famiglia', 'minist* delle politiche sociali',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora', 'comunità', 'connazionali')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('deputati', 'parlamentari', 'senatori')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ("corona d'alloro", 'corona di fiori', 'corone di fiori')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("repubblica di corea",)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("ospite", "ospiti",)}
extend(LEXICON, _GUESTS)

# --- Recall (c1, s12): the plural of the bodies already read in the singular ---
# "i colloqui tra gli Stati maggiori della Difesa di Italia e Grecia": the general staffs of two states, plural of
# "stato maggiore".
LEXICON["defence_actor"] += ("stati maggiori",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:colloqui|consultazioni|negoziati)\\s+(?:[\\w'-]+\\s+){0,12}?(?:sulle|sulla|sul|sui|sugli|su|riguardo|relativi|circa)",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("durante l'incontro", "nel corso dell'incontro", "durante il colloquio", "al termine dell'incontro", "si sono incontrati", "si è incontrato", "si è incontrata", "ha incontrato", "hanno incontrato", "ha ricevuto", "si sono svolti", "si sono svolte", "si è svolto", "si è svolta", "hanno discusso", "ha discusso", "ha visitato", "si sono riuniti",),
                 "future": ("hanno concordato di", "hanno convenuto di", "hanno deciso di",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): documents by their other spellings ---
# "lettera di intenti" beside "lettera d'intenti", and the English loan "road map" in two words beside "roadmap".
LEXICON["agreement_nouns"] += ("lettera di intenti", "lettere di intenti", "dichiarazione di intenti", "road map",)

# --- Recall (c1, s12): a call told by its adverb ---
# "ha sentito telefonicamente l'omologo" (spoke by phone with his counterpart): the adverb of the call makes the
# meeting, as "telefonata" does.
LEXICON["meeting"] += ("telefonicamente", "sentito al telefono",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("aveva* firmato", "aveva* già firmato", "era* stat? firmat?", "aveva* siglato", "era* stat? siglat?", "aveva* ratificato", "era* stat? ratificat?", "aveva* sottoscritto", "era* stat? sottoscritt?", "aveva* approvato", "era* stat? approvat?", "aveva* svolto", "era* stat? svolt?", "si era* svolt?", "si era* incontrat?")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("concordano", "concorda", "hanno concordato", "ha concordato", "concordato", "si accordano", "si sono accordati")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("da anni", "da molti anni", "da decenni", "ogni anno", "annualmente")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("che", "il quale", "la quale")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("la settimana scorsa", "la scorsa settimana", "recentemente", "una settimana fa", "nei giorni scorsi", "qualche giorno fa")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): a time ahead that a document or an event covers ---
# "Next year" written as an attribute of a noun names the time the plan or the exercises cover, not the tense of the
# act: "il piano di cooperazione del prossimo anno è stato firmato" reports an act done
# (facts._drop_times_ahead_of_nouns). A future verb still makes it one to come.
_TIMES_AHEAD_OF = {"time_ahead_of": ("del prossimo anno", "dell'anno prossimo", "per il prossimo anno", "per l'anno prossimo", "dell'anno venturo",)}
extend(LEXICON, _TIMES_AHEAD_OF)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Il ministro ha avuto un colloquio con ...") names the outlet's own
# minister, as its press names its own ministry: with the other state's defence official as the one met or called, the
# pair is the outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("il ministro", "la ministra",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("militari di Italia e Francia si sono addestrati") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("si sono addestrati", "si sono addestrate", "si addestrano", "si sono esercitati")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("voli congiunti",
                                         "re:addestrament[oi]\\s+(?:[\\w-]+\\s+){0,2}?(?:congiunt[oi]|combinat[oi])\\b"),
                            "civil_topic": ("compagni* aere*",)}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "ricevuta da" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("consultazioni militari", "consultazioni di difesa"),
                           "meeting": ("è stata ricevuta da*", "è stato ricevuto da*", "sono stati ricevuti da*"),
                           "met": ("è stata ricevuta da*", "è stato ricevuto da*", "sono stati ricevuti da*")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ministr* dell'interno", "ministero dell'interno", "viminale", "polizia*", "guardia di frontiera", "dogan*", "protezione civile", "carabinieri", "guardia di finanza", "guardia costiera")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("la conferenza principale di pianificazione dell'esercitazione congiunta"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("di pianificazione", "conferenza* di pianificazione", "riunione* di pianificazione", "riunioni di pianificazione", "in preparazione", "in vista della preparazione", "preparativi per", "preparativi dell*", "ricognizione* in vista",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("che entrerà in vigore dopo la sua ratifica"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("dopo la sua ratifica", "dopo la ratifica", "dopo la loro ratifica", "previa ratifica", "una volta ratificato", "una volta ratificata", "deve essere ratificato", "deve essere ratificata", "in attesa di ratifica", "soggetto a ratifica",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Nairobi signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "TH": ("thailandes*",), "GH": ("ghanes*",),
}, "capitals": {
    "ZA": ("pretoria",), "ID": ("giacarta", "jakarta"), "KE": ("nairobi",), "MY": ("kuala lumpur",),
    "TH": ("bangkok",), "VN": ("hanoi",),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): a minister named by his state's adjective ---
# The Romance press puts the minister's state as an adjective inside his title ("il ministro indiano della Difesa"):
# he is his ministry's head all the same, a defence actor on his side of talks (detect._talks); and so an interior
# minister is his state's security body (detect._security_body_met).
_MINISTER_OF_A_STATE = {"security_body": ("re:ministr[oia]\\s+[\\w-]+\\s+dell'interno(?!\\w)",), "defence_actor": ("re:ministr[oia]\\s+[\\w-]+\\s+della\\s+difesa(?!\\w)",)}
extend(LEXICON, _MINISTER_OF_A_STATE)
