"""French lexicon: state names, demonyms and capitals, and the verbs French outlets use for signing,
approving, ratifying, meeting and exercising. Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend, year_after_name

_MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "aout", "septembre", "octobre",
           "novembre", "décembre")

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "re:groupes?\\s+de\\s+travail\\s+(?:[\\w-]+\\s+){0,2}?(?:sur|de|pour)\\s+(?:la\\s+)?coopération\\s+(?:militaire|de\\s+défense)",
    "dialogue militaire", "dialogue de défense", "commission militaire mixte", "comité* de coopération militaire",
)

LEXICON = {
    "stopwords": ("le", "la", "les", "et", "des", "du", "une", "un", "est", "dans", "pour", "par",
                  "sur", "qui", "au", "aux", "avec", "ont", "entre", "ce", "cette"),
    "countries": {
        "AZ": ("azéri*", "azerbaïdjan*", "azerbaidjan*"), "GE": ("géorgie*", "géorgien*"),
        "KZ": ("kazakhstan*", "kazakh*"), "RU": ("russie", "russe*"), "UZ": ("ouzbék*", "ouzbek*"),
        "BY": ("biélorussie*", "bélarus*", "biélorusse*"), "AM": ("arménie*", "arménien*"),
        "TR": ("turquie", "turc", "turque*", "turcs"), "UA": ("ukrain*",), "FR": ("france", "français*",
               # France's ministry "des Armées" (Togo's is named with its state: "ministre togolais des Armées")
               "re:ministère des armées(?<!togolais ministère des armées)(?!\\s+(?:du|de|d'|togolais\\w*))", "re:ministre des armées(?<!togolais ministre des armées)(?!\\s+(?:du|de|d'|togolais\\w*))", "re:ministres des armées(?<!togolais ministres des armées)(?!\\s+(?:du|de|d'|togolais\\w*))"),
        "DE": ("allemagne", "allemand*"), "GB": ("royaume-uni", "britannique*"),
        "US": ("états-unis", "etats-unis", "re:américain(?<!sud-américain)(?<!latino-américain)(?<!centre-américain)\\w*", "=USA"), "CN": ("chine", "chinois*"),
        "IN": ("inde", "indien*"), "PK": ("pakistan*",), "IR": ("iran*",), "IT": ("italie*",),
        "ES": ("espagne", "espagnol*"), "PL": ("pologne", "polonais*"), "RO": ("roumanie*", "roumain*"),
        "GR": ("grèce", "grec*"), "RS": ("serbe*", "serbie*"), "JP": ("japon*",), "MN": ("mongol*", "mongolie*"),
        "KG": ("kirghiz*",), "TJ": ("tadjik*",), "TM": ("turkmène*", "turkmén*"), "MD": ("moldave*", "moldavie*"),
        "IL": ("israélien*", "israël*", "israel*"), "EG": ("égypt*",), "MA": ("maroc*",), "DZ": ("algéri*", "armée nationale populaire"),
        "CM": ("cameroun*",), "ML": ("mali", "malien*"), "BE": ("belgique", "belge*"),
        "BJ": ("bénin*", "béninois*"), "BF": ("burkina*",), "NE": ("niger", "nigérien*"),
        "TD": ("tchad*",), "SN": ("sénégal*",), "CI": ("côte d'ivoire", "ivoirien*"), "GN": ("guinée", "guinéen*"),
        "TG": ("togo*",), "CF": ("centrafrique*", "centrafricain*"), "CD": ("rdc", "république démocratique du congo"),
        "CG": ("congo-brazzaville",), "GA": ("gabon*",), "MR": ("mauritanie*", "mauritanien*"),
        "TN": ("tunisie*", "tunisien*"), "LB": ("liban*",), "SY": ("syrie*", "syrien*"), "IQ": ("irak", "irakien*"),
        "JO": ("jordanie*", "jordanien*"), "SA": ("arabie saoudite", "saoudien*"), "AE": ("émirats*", "émirien*"),
        "QA": ("qatar*",), "LY": ("libye*", "libyen*"), "DJ": ("djibouti*",), "RW": ("rwanda*",),
        "CA": ("canada", "canadien*"), "BR": ("brésil*",), "NL": ("pays-bas", "néerlandais*"),
        "PT": ("portugal", "portugais*"), "CY": ("chypre", "chypriote*"),
        "KR": ("corée du sud", "sud-coréen*"), "AU": ("australie*",), "SE": ("suède", "suédois*"),
        "LT": ("lituanie*",), "EE": ("estonie*",), "LV": ("letton*", "lettonie*"), "CZ": ("tchèqu*",),
        "HU": ("hongrie*", "hongrois*"), "BG": ("bulgare*", "bulgarie*"), "CH": ("suisse*",), "AT": ("autrichien*", "autriche*"),
        "SD": ("soudan", "soudanais*"), "SS": ("soudan du sud", "sud-soudanais*"), "SO": ("somalie*",),
        "ET": ("éthiopie*", "éthiopien*"), "KE": ("kényan*", "kenya*"), "NG": ("nigéria*", "nigeria*"), "GH": ("ghana*", "ghanéen*"),
        "AO": ("angola*",), "MZ": ("mozambicain*", "mozambique*"), "ZA": ("afrique du sud", "sud-africain*"),
        "GM": ("gambie*",), "CV": ("cap-vert*",), "MG": ("madagascar", "malgache*"), "KM": ("comores",),
        "BI": ("burundais*", "burundi*"), "UG": ("ouganda*",), "TZ": ("tanzanie*",), "GW": ("guinée-bissau",),
        "VN": ("vietnam*", "viêt nam"), "ID": ("indonésie*",), "KP": ("corée du nord", "nord-coréen*"),
        "PH": ("philippines", "philippin*"), "KW": ("koweït*",), "OM": ("oman*",), "BH": ("bahreïn*",),
        "YE": ("yéménite*", "yémen*"), "AF": ("afghan*",), "LU": ("luxembourg*",), "HR": ("croatie*", "croate*"),
        # Demonyms CLDR's names do not start ("son homologue népalais", "с ганским коллегой")
        "AL": ("albanais*",), "AR": ("argentin*",), "BD": ("bangladais*",), "BA": ("bosnien*",),
        "KH": ("cambodgien*",), "CL": ("chilien*",), "CU": ("cubain*",), "DK": ("danois*",),
        "EC": ("équatorien*",), "FI": ("finlandais*",), "GT": ("guatémaltèque*",),
        "HT": ("haïtien*",), "IE": ("irlandais*",), "LA": ("laotien*",), "LR": ("libérien*",),
        "MK": ("macédonien*",), "MT": ("maltais*",), "MX": ("mexicain*",), "ME": ("monténégrin*",),
        "NP": ("népalais*",), "NO": ("norvégien*",), "PS": ("palestinien*",), "PA": ("panaméen*",),
        "PE": ("péruvien*",), "SK": ("slovaque*",), "SI": ("slovène*",), "TH": ("thaïlandais*",),
        "VE": ("vénézuélien*",), "ZW": ("zimbabwéen*",),
    },
    # The first state of a pair written as one adjective ("exercice franco-marocain"): matched only before a hyphen.
    "combining": {"FR": ("franco",), "ES": ("hispano",), "PT": ("luso",), "DE": ("germano",), "CN": ("sino",),
                  "JP": ("nippo",), "IT": ("italo",), "RU": ("russo",), "GR": ("gréco", "greco"), "TR": ("turco",),
                  "IL": ("israélo", "israelo"), "US": ("américano", "americano"), "BE": ("belgo",), "DZ": ("algéro",),
                  "TN": ("tuniso",), "MA": ("maroco",), "EG": ("égypto",), "SN": ("sénégalo",), "CI": ("ivoiro",),
                  "NE": ("nigéro",), "TD": ("tchado",), "AT": ("austro",), "HU": ("hungaro",)},
    "capitals": {"AZ": ("bakou",), "GE": ("tbilissi",), "BF": ("ouagadougou",), "NE": ("niamey",),
                 "ML": ("bamako",), "SN": ("dakar",), "MA": ("rabat",), "DZ": ("alger",), "BJ": ("cotonou",),
                 "US": ("washington",), "CN": ("pékin",), "UA": ("kiev", "kyiv"), "TD": ("n'djamena",), "RU": ("moscou",), "KZ": ("astana",),
                 "AM": ("erevan",), "TR": ("ankara",), "FR": ("paris",), "UZ": ("tachkent",),
                 "BY": ("minsk",), "GB": ("londres",),
                 "IT": ("rome",), "ES": ("madrid",), "PT": ("lisbonne",), "DE": ("berlin",), "GR": ("athènes",),
                 "PL": ("varsovie",), "RO": ("bucarest",), "JP": ("tokyo",), "KR": ("séoul",), "IN": ("new delhi",),
                 "AU": ("canberra",), "CA": ("ottawa",), "SA": ("riyad",), "QA": ("doha",),
                 "AE": ("abou dhabi", "abu dhabi"), "EG": ("le caire",), "TN": ("tunis",), "MR": ("nouakchott",),
                 "NG": ("abuja",), "CM": ("yaoundé",), "GA": ("libreville",), "CD": ("kinshasa",),
                 "CG": ("brazzaville",), "CF": ("bangui",), "TG": ("lomé",), "GH": ("accra",), "GN": ("conakry",),
                 "GW": ("bissau",), "ET": ("addis-abeba",), "KE": ("nairobi",), "RW": ("kigali",),
                 "BI": ("bujumbura",), "MG": ("antananarivo",), "IL": ("tel-aviv", "jérusalem"), "JO": ("amman",),
                 "LB": ("beyrouth",), "IQ": ("bagdad",), "IR": ("téhéran",), "PK": ("islamabad",),
                 "AF": ("kaboul",)},
    "blocs": {"CIS": ("=CEI",), "CSTO": ("=OTSC",), "NATO": ("=OTAN",), "SCO": ("=OCS",),
              "EU": ("=UE", "union européenne")},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OSCE", "ligue arabe",
                     # a multinational exercise or force: many states, whichever two the story names
                     "multinational*",
                     "trilatéra*", "tripartite*", "multilatéra*", "trois pays", "états membres",
                     # three or more, in words, and allies at large
                     "re:(?:quatre|cinq|six|sept|huit|neuf|dix|onze|douze|vingt|\\d+)\\s+(?:pays|nations|états)",
                     "pays alliés", "nations alliées", "forces alliées", "troupes alliées", "militaires alliés",
                     "autres alliés",
                     # regional frames, whichever two of their members a sentence names
                     "=G5", "g5 sahel", "=CEDEAO", "=CEEAC", "=UEMOA", "=CEMAC", "union africaine"),
    "bilateral": ("bilatéra*", "deux pays", "deux états", "les deux parties", "deux ministères"),
    "between": ("entre",),
    "counterpart": ("avec le ministre", "avec la ministre", "avec le chef", "homologue*", "parties", "deux"),
    "sidelines": ("en marge",),
    "sign": ("signé", "signée", "signés", "signées", "signent", "signe", "signature", "conclu",
             # the simple past of written French ("signèrent", "signa", "conclurent")
             "signèrent", "signa", "conclurent",
             "conclus", "scellé", "renouvelé", "ont renouvelé"),
    # The act named as a noun: the verb of its clause gives it its tense ("la cérémonie de signature aura
    # lieu demain").
    "act_noun": ("signature", "signatures", "ratification", "ratifications"),
    "sign_participle": ("signé", "signée", "signés", "signées", "conclu", "conclus",
                        "approuvé", "approuvée", "adopté", "adoptée"),
    # ("l", "d": the elided article of "signé l'accord", "signé d'importants accords")
    "determiners": ("accord*", "plan", "protocole*", "mémorandum*", "programme*", "traité*", "un", "une", "le", "la", "les", "des", "de", "deux", "nouveaux", "nouvel",
                    "l", "d",
                    "nouvelle", "re:[\"']"),
    "aux": ("a", "ont", "été", "est", "sont", "avait", "avaient", "ayant"),
    "approve": ("approuvé", "approuvée", "approuvent", "adopté", "adoptée", "adoptent", "entériné",
                # the parliament's vote on the law ("a autorisé la ratification", "ont voté le projet de loi")
                "a autorisé", "ont autorisé", "a voté", "ont voté", "a validé", "ont validé", "feu vert"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("commission des affaires*", "commission de la défense", "commission de défense", "première lecture",),
    "ratify": ("ratifi*", "promulgu*", "approbation de l'accord", "approbation de la convention",
               "approbation du protocole", "approbation de l'avenant", "approbation du traité"),
    # The procedure named as a noun ("le projet de loi autorisant la ratification a été déposé"): only
    # a verb, or a vote on the law ("le Sénat a adopté le projet de loi"), reports it.
    "ratify_noun": ("ratification", "ratifications", "approbation de l'accord", "approbation de la convention",
                    "approbation du protocole", "approbation de l'avenant", "approbation du traité"),
    "authority": ("parlement*", "assemblée nationale", "sénat", "gouvernement", "président", "loi"),
    "plan_nouns": ("plan", "plans"),
    "programme_nouns": ("programme*",),
    "agreement_nouns": ("accord*", "mémorandum*", "protocole*", "traité*", "contrat*",
                        "feuille de route", "convention*", "déclaration*", "lettre d'intention",
                        "lettre d'intentions", "déclaration d'intention", "arrangement*", "accord-cadre",
                        "entente*", "partenariat*",
                        # an amendment to an agreement
                        "avenant", "avenants"),
    "generic_doc_nouns": ("document*",),
    "meeting": ("rencontr*", "entretien*", "visite*", "consultation*", "discuté*", "réunion*",
                "pourparlers", "reçu", "s'est entretenu*", "se sont entretenus", "échangé", "échange de vues",
                "entretien téléphonique", "conversation téléphonique", "visioconférence", "groupe de travail",
                "commission mixte", "audience", "s'est réuni", "s'est réunie", "se sont réunis",
                "dialogue militaire", "dialogue de défense"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("visite", "visites", "rencontre", "rencontres", "entretien", "entretiens", "réunion", "réunions",
                     "consultations", "pourparlers", "visioconférence", "audience"),
    "exercise": ("exercice*", "manœuvre*", "manoeuvre*"),
    "conduct": ("commence", "commencent", "mené*", "mène", "mènent", "conduisent", "conduit", "réalisé*", "effectué*", "exécuté*", "exécutent", "organisé*", "débuté", "commencé", "achevé", "achevées", "terminé", "déroulé*",
                "se déroule", "se déroulent", "a lieu", "ont eu lieu", "a eu lieu", "ont lieu", "débute",
                "débutent", "s'achève", "participent", "ont participé", "lancé*", "clôturé*"),
    "discussion": ("discut*", "perspective*", "invit*"),
    "defence_actor": (
                      *_BODIES,
                      "ministre* de la défense", "ministère* de la défense", "ministre* des armées",
                      "forces armées", "état-major", "armée*", "marine", "marines", "délégation militaire",
                      "attaché militaire", "défense nationale",
                      # the head of defence and the services by the names the press uses
                      "attaché de défense", "attachés de défense", "armée de l'air", "chef d'état-major",
                      "forces armées royales", "armée nationale populaire"),
    "defence_topic": ("défense", "militaire*", "militaro-technique*", "armement*"),
    "civil_actor": ("garde-frontière*", "gardes-frontières", "police", "intérieur", "affaires étrangères",
                    "douane*", "gendarmerie", "protection civile", "renseignement*", "sécurité intérieure",
                    "garde côtière", "garde-côtes", "sapeurs-pompiers"),
    "civil_topic": ("énergie*", "pétrole", "gaz", "commerc*", "économi*", "investissement*",
                    "tourisme", "santé", "éducation", "culture*", "sport*", "football", "club",
                    "transport*", "sanction*"),
    "company": ("chantier* naval*", "société", "entreprise*", "groupe industriel", "firme*"),
    "future": (
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:décret\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+)?signature", "re:autoris\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+)?signature", "re:habilit\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+)?signature", "re:approuv\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+)?signature", "re:feu vert\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+)?signature", "re:consent\\w*\\s+(?:\\S+\\s+){0,3}?(?:la\\s+)?signature",
               "demain", "signera*", "va signer", "vont signer", "devrait", "devraient", "prévoi*",
               "envisag*", "négoci*", "proposé*", "pourrait", "prévu*", "sera signé*", "seront signé*", "sera conclu*", "aura lieu",
               "auront lieu", "prochain*", "à venir", "en vue de", "doit signer", "doivent signer",
               "se tiendra", "se tiendront", "rencontrera", "rencontreront", "s'entretiendra", "s'entretiendront",
               "visitera", "visiteront", "se réunira", "se réuniront", "se rendra", "se rendront", "compte signer",
               # an authorisation to sign precedes the signing ("a autorisé le ministre à signer")
               "re:autoris\\w*\\s+(?:[\\w'’-]+\\s+){0,6}?à\\s+(?:signer|conclure|parapher)",
               # the signing a verb of discussing governs is still to come ("ont discuté de la signature")
               "re:(?:discut|évoqu|examin|négoci|étudi)\\w*\\s+(?:de\\s+)?(?:la\\s+)?signature"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("au", "aux", "en", "à", "sur le territoire de", "sur le territoire du"),
    "draft": ("projet*", "paraph*",),
    # The draft of a law (adopting it ratifies), unlike the draft of an agreement.
    "draft_law": ("projet de loi", "projets de loi", "proposition de loi"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # A training ship's port call (its crew's visits ashore are no talks between officials).
    "port_call": ("navire-école", "navire école", "bâtiment-école", "escale", "escales", "élèves officiers"),
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("conjoint*", "commun", "commune", "communs", "communes", "combiné*"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("avec",),
    "purchase": (
                 # a contract to supply or deliver arms is a sale, as a purchase is
                 "contrat de livraison", "contrat de fourniture", "contrat pour la livraison", "contrat de vente",
                 "achat de", "achats de", "achat d'", "acquisition de", "acquisition d'", "contrat d'achat", "achète", "achètent", "acheter", "a acheté", "ont acheté",
                 # a gift of arms handed over (its handover certificate signed) is no cooperation act either
                 "don de", "dons de", "donation", "donations"),
    # Act verbs in the present tense: with a day to come, the act is announced ("signent lundi").
    "present": ("signent", "signe", "paraphent", "ratifient", "approuvent"),
    # Time words that point ahead.
    "coming": ("demain", "la semaine prochaine", "le mois prochain", "prochainement", "dans les prochains jours",
               "dans les jours à venir"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("il y a aujourd'hui # ans", "il y a # ans", "# ans après", "# ans depuis",
                "# ans jour pour jour", "anniversaire de la signature",
                "re:(?:dix|quinze|vingt|trente|quarante|cinquante)\\s+ans\\s+(?:après|depuis|jour)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "il y a * ans", "anniversaire de la signature",
                   "précédemment", "auparavant", "l'année dernière", "l'an dernier",
                   "dans le prolongement", "depuis",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "a rappelé que", "ont rappelé que", "rappelons que", "pour rappel", "il y a # ans"),
    "reporting": ("a déclaré", "a annoncé", "a indiqué", "a précisé", "a rapporté", "selon",
                  "a fait savoir", "communiqué"),
    "start": ("commence", "commencent", "débute", "débutent", "a débuté", "ont débuté", "a commencé", "ont commencé", "s'est ouvert*", "lancé*"),
    "date_joiners": (),
    "range_words": ("au", "et"),
    "months": {"janvier": 1, "février": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
               "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
               "décembre": 12},
    "weekdays": {"lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4, "samedi": 5,
                 "dimanche": 6},
    "today": ("aujourd'hui",),
    "yesterday": ("hier",),
    "plan_year": (r"\bpour (?:l'année |l'an |les années )?(20\d\d)\b",
                  r"\b(20\d\d)\s*(?:[-–]|et|à)\s*20\d\d\b",
                  # "plan de coopération militaire 2025", "au titre de l'année 2025"
                  year_after_name(("plan", "plans", "programme", "programmes"),
                                  _MONTHS + ("en", "depuis", "jusqu'en", "ici", "avant", "après", "dès", "vers"))),
    "story_end": ("articles similaires", "sur le même sujet", "par la rédaction*", "commentaires",
                  "partager*", "laisser un commentaire", "lire la suite*", "dernières nouvelles",
                  "les plus lus", "à la une", "mots-clés", "tags"),
    "story_skip": ("article en *",),
    "story_aside": ("à lire aussi", "lire aussi", "voir aussi", "à voir aussi", "lire également",
                    "à lire également", "sur le même thème", "articles liés"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("téléphon*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("coopération*", "coopérer", "partenariat*", "relations", "collaboration")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situation", "guerre", "conflit*", "crise*", "front", "hostilités", "escalade")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("cessez-le-feu", "trêve", "prisonniers", "désescalade", "pourparlers de paix",
                         "négociations de paix", "accord de paix", "traité de paix")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("négoci*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("norme*", "standard*")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("dans le cadre de", "dans le cadre du", "en vertu de", "en vertu du", "conformément à",
                    "conformément au", "au titre de", "au titre du", "sur la base de", "sur la base du")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ambassadeur*", "ambassadrice*", "ambassade*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("dénonc*", "dénonciation", "mis fin", "met fin", "mettre fin", "suspend*", "abrog*",
                        "résili*")

# The opening or closing ceremony of an exercise ("la cérémonie d'ouverture de l'exercice conjoint") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("cérémonie d'ouverture", "cérémonie de clôture",)

# An exercise held in one state with the participation of another's forces ("des militaires français ont participé à un exercice au Maroc") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("avec la participation de", "ont participé à", "a participé à", "participent à", "ont pris part à", "prennent part à",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("félicit*", "vœux", "voeux", "condoléances",),
    "habitual": ("# fois", "à plusieurs reprises", "régulièrement",
                 "re:(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\\s+fois",),
    "future": ("reporté*", "annulé*", "ajourné*", "repoussé*", "ne se sont pas", "n'ont pas", "n’ont pas",
               "démenti*",),
    "civil_actor": ("ministre de l'économie", "ministre de l’économie", "ministre du commerce",
                    "ministre des finances", "ministre de la santé", "ministre de l'éducation",
                    "ministre de l’éducation", "ministre de la culture", "ministre de la justice",),
    "submission": ("transmis au parlement", "déposé*", "soumis au parlement", "présenté au parlement",),
    "interview": ("interview*",),
    "company": ("pavillon*", "fabriqué en", "fabriqués en", "fabriquée en", "fabriquées en",),
    "multilateral": ("groupe de contact", "format ramstein", "format de ramstein", "corps diplomatique",
                     "attachés de défense étrangers",),
    "former": ("ancien", "ancienne", "anciens", "ex",),
    "settlement": ("maintien de la paix", "casques bleus", "otage*", "détenus",),
    "works": ("usine*", "chantier naval", "chantiers navals",),
    "other_law": ("modification*", "amendement*", "budget*",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('compétition*', 'concours', 'championnat*', 'tournoi*', 'olympiade*', 'festival*', 'jeux', 'défilé*', 'coupe')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("ressortissant*", "citoyen", "citoyens", "citoyenne", "citoyennes", "de nationalité",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("adieu*", "visite de présentation", "visite d'au revoir",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("élèves-officiers", "élèves", "cadets", "étudiant*", "journaliste*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a university, a municipality or a region signs, not its state ---
# A civil university, a municipality or a region named by its state's adjective right after it signs for itself:
# with fewer than two other states, no act between states (detect._civil_signatory). Not where it is a venue
# ("dans la région marocaine de"); military universities and academies are no civil bodies.
_CIVIL_BODIES = ('université', 'universités', 'mairie', 'municipalité', 'commune', 'région', 'département',
                 'province', 'conseil régional', 'conseil départemental', 'collectivité')
_NOT_A_VENUE = "re:(?<!dans la )(?<!dans le )(?<!en )(?<!de la )(?<!du )"
_CIVIL_SIGNATORIES = {"civil_signatory": tuple(_NOT_A_VENUE + word for word in _CIVIL_BODIES)}
extend(LEXICON, _CIVIL_SIGNATORIES)
# A firm named as "le groupe" (the industrial group: "le groupe français Naval Group") is a company, whose contract
# is no act between states (detect._act); a working, joint or naval group, or a group of states, is not.
_GROUPS = {"company": ("re:(?:(?<=le )|(?<=du )|(?<=au ))groupe(?!\\s+(?:de|d'|d’|des|du|mixte|conjoint|bilatéral|"
                       "militaire|parlementaire|aéronaval|amphibie|tactique|opérationnel|armé|naval|aérien|terrestre|"
                       "interministériel)\\b)",)}
extend(LEXICON, _GROUPS)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("photo d'archives", "image d'archives", "photo : archives", "photo: archives",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("accord de prêt", "contrat de prêt", "un prêt", "le prêt", "ligne de crédit",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("a été approuvé*", "ont été approuvé*", "est approuvé*", "a été entériné*", "ont été entériné*",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("salon*", "exposition*", "foire*", "meeting aérien",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('urgent', 'dernière minute', 'derniere minute', 'alerte', 'en direct', 'flash', 'info')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* de la santé', 'minist* du travail', "minist* de l'éducation", 'minist* de la culture',
    'minist* des finances', 'minist* de la justice', "minist* de l'agriculture", 'minist* de la famille',
    'minist* des solidarités', 'minist* des affaires sociales', 'minist* des sports', 'minist* de la jeunesse',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora', 'communauté', 'communautés', 'compatriotes')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('députés', 'député', 'parlementaires', 'sénateurs')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('gerbe', 'gerbes')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("république de corée",)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("invité", "invités", "visiteur*",)}
extend(LEXICON, _GUESTS)

# --- Recall (c1, s12): talks held under the name of a dialogue ---
# A "strategic dialogue" held between two defence establishments is a meeting, as es, it, pt and ro read
# "diálogo", "dialogo", "dialog" (fr had only "dialogue militaire", "dialogue de défense").
LEXICON["meeting"] += ("dialogue stratégique", "dialogues stratégiques",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:entretiens|consultations|pourparlers|discussions)[^\\S\\n]+(?:[\\w'-]+[^\\S\\n]+){0,12}?(?:sur|consacrés|consacrées|portant sur|concernant|relatifs)",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("lors de la rencontre", "lors de l'entretien", "lors de la réunion", "au cours de la rencontre", "au cours de l'entretien", "se sont rencontrés", "s'est entretenu", "s'est entretenue", "se sont entretenus", "a reçu", "ont eu lieu", "a eu lieu", "s'est tenu", "s'est tenue", "se sont tenus", "se sont tenues", "se sont réunis", "s'est réuni", "a rencontré", "ont discuté", "a visité",),
                 "future": ("ont convenu d", "ont convenu de", "sont convenus d", "sont convenus de", "ont décidé d", "ont décidé de",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("avai* signé*", "avai* été signé*", "avai* déjà signé*", "avai* ratifié*", "avai* été ratifié*", "avai* été conclu*", "avai* conclu*", "avai* été approuvé*", "avai* approuvé*", "avai* tenu*", "avai* eu lieu", "avai* mené*", "avai* été mené*", "s'étaient rencontrés", "s'étaient réunis")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("conviennent", "convient", "sont convenu*", "ont convenu", "s'accordent sur", "se sont accordé* sur", "se sont mis d'accord")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Kinds (c2, s13): a branch of the armed forces is a defence actor ---
# The land, air or naval forces (their commanders signing an agreement at an exercise's closing ceremony) are the
# armed forces' own, defence actors as "the armed forces" are (rules.is_defence).
_FORCE_BRANCHES = {"defence_actor": ("forces terrestres", "forces aériennes", "forces navales", "armée de terre", "armée de l'air", "forces spéciales")}
extend(LEXICON, _FORCE_BRANCHES)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("depuis des années", "depuis de nombreuses années", "depuis des décennies", "chaque année", "tous les ans", "annuellement")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("que", "qu'", "qui", "lequel", "laquelle")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("la semaine dernière", "la semaine passée", "récemment", "plus tôt ce mois-ci", "il y a une semaine", "il y a quelques jours")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): a time ahead that a document or an event covers ---
# "Next year" written as an attribute of a noun names the time the plan or the exercises cover, not the tense of the
# act: "le plan de coopération de l'an prochain a été signé" reports an act done (facts._drop_times_ahead_of_nouns). A
# future verb still makes it one to come.
_TIMES_AHEAD_OF = {"time_ahead_of": ("de l'an prochain", "de l'année prochaine", "pour l'an prochain", "pour l'année prochaine", "de l'année à venir", "pour l'année à venir",)}
extend(LEXICON, _TIMES_AHEAD_OF)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("La ministre s'est entretenue avec ...") names the outlet's own minister,
# as its press names its own ministry: with the other state's defence official as the one met or called, the pair is
# the outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("la ministre", "le ministre",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("les armées française et indienne se sont entraînées") tells troops exercising:
# with the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as
# ru "отработали" already reads).
_DRILLS = {"conduct": ("se sont entraînés", "se sont entraînées", "s'entraînent", "se sont exercés", "se sont exercées")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("vols conjoints", "vols communs",
                                         "re:entra[iî]nements?\\s+(?:[\\w-]+\\s+){0,2}?(?:conjoints?|communs?|combinés?)\\b"),
                            "civil_topic": ("compagnie* aérienne*", "compagnie* aerienne*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "reçue par" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("consultations militaires", "consultations de défense"),
                           "meeting": ("a été reçue par", "a été reçu par", "ont été reçus par", "ont été reçues par"),
                           "met": ("a été reçue par", "a été reçu par", "ont été reçus par", "ont été reçues par")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ministre de l'intérieur", "ministère de l'intérieur", "police*", "gendarmerie*", "garde-frontière*", "gardes-frontières", "douane*", "protection civile", "sapeurs-pompiers", "garde côtière", "garde-côtes")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("la conférence principale de planification de l'exercice conjoint"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("de planification", "conférence* de planification", "conference* de planification", "réunion* de planification", "en préparation de", "en préparation du", "en vue de la préparation", "préparatifs de", "préparatifs du", "reconnaissance* en vue de",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("qui entrera en vigueur après sa ratification"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("après sa ratification", "après leur ratification", "après ratification", "dès sa ratification", "sous réserve de ratification", "sous réserve de sa ratification", "doit être ratifié*", "doit encore être ratifié*", "doivent être ratifié*", "en attente de ratification",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Rabat signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "MA": ("forces armées royales",), "CL": ("chilien*",), "BR": ("brésilien*",),
}, "capitals": {
    "ZA": ("pretoria",), "BR": ("brasília", "brasilia"), "AR": ("buenos aires",), "MX": ("mexico",),
    "ID": ("jakarta",), "MY": ("kuala lumpur",), "TH": ("bangkok",), "VN": ("hanoï", "hanoi"), "KR": ("séoul",),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): the joint defence commissions of its pairs ---
# The standing commissions in which two defence establishments meet ("la commission mixte de coopération militaire"): a defence
# body, whose meeting is the two states' defence talks (detect._talks) and "entamé" an exercise begun.
_REST_OF_WORLD_COMMISSIONS = ("commission mixte de coopération militaire", "commission mixte de défense", "commission mixte permanente de défense",
           "commission mixte de défense et de sécurité", "commission mixte permanente de défense et de sécurité")
_REST_OF_WORLD_BODIES = {"defence_actor": _REST_OF_WORLD_COMMISSIONS, "defence_body": _REST_OF_WORLD_COMMISSIONS}
_REST_OF_WORLD_BODIES["conduct"] = ("entamé", "entament", "entame", "ont entamé")
extend(LEXICON, _REST_OF_WORLD_BODIES)

# --- The rest of the world (c4, s15; issue 15): a minister named by his state's adjective ---
# The Romance press puts the minister's state as an adjective inside his title ("le ministre tchadien de la Défense", "la ministre française des Armées"):
# he is his ministry's head all the same, a defence actor on his side of talks (detect._talks); and so an interior
# minister is his state's security body (detect._security_body_met).
_MINISTER_OF_A_STATE = {"security_body": ("re:ministres?\\s+[\\w-]+\\s+de\\s+l'intérieur(?!\\w)",), "defence_actor": ("re:ministres?\\s+[\\w-]+\\s+(?:de\\s+la\\s+défense|des\\s+armées)(?!\\w)",)}
extend(LEXICON, _MINISTER_OF_A_STATE)
