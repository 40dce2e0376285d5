"""German lexicon: state names with their adjective forms ("aserbaidschanisch*"), capitals, and the
verbs German outlets use for signing, ratifying, meeting and exercising. German puts the participle
at the end of the clause ("haben ... ein Abkommen unterzeichnet") and writes documents and actors
as compounds ("Verteidigungsabkommen", "Verteidigungsminister"), so those compounds are listed as
stems. Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend, year_after_name

_MONTHS = ("januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
           "november", "dezember")

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "arbeitsgruppe* für militärische zusammenarbeit", "arbeitsgruppe* für verteidigungs*", "militärdialog*",
    "verteidigungsdialog*",
)

LEXICON = {
    "stopwords": ("der", "die", "das", "und", "ist", "nicht", "mit", "den", "dem", "des", "für", "auf",
                  "sich", "eine", "einen", "einem", "wurde", "wurden", "hat", "haben", "zwischen", "beiden",
                  "bei", "über", "nach", "auch", "zum", "zur", "vom"),
    "countries": {
        "DE": ("deutschland*", "deutsch*", "bundesrepublik",
               # Germany's own armed forces and federal defence minister, named without the state
               "bundeswehr*", "bundesverteidigungsminist*"), "AZ": ("aserbaidschan*", "aserbeidschan*"),
        "GE": ("georgien*", "georgisch*", "georgier*"), "AM": ("armenien*", "armenisch*", "armenier*"),
        "TR": ("türkei", "türkisch*", "türken"), "RU": ("russland*", "russisch*", "russen"),
        "UA": ("ukraine*", "ukrainisch*", "ukrainer*"), "BY": ("belarus*", "weißrussland*", "weissrussland*",
                                                          "weißrussisch*", "belarussisch*"),
        "KZ": ("kasachstan*", "kasachisch*", "kasachen"), "UZ": ("usbekistan*", "usbekisch*", "usbeken"), "KG": ("kirgis*",),
        "TJ": ("tadschik*",), "TM": ("turkmen*",), "MD": ("moldau*", "moldawi*", "moldova*"),
        "FR": ("frankreich*", "französisch*", "franzosen"),
        "GB": ("großbritannien*", "grossbritannien*", "vereinigte* königreich*", "britisch*", "briten"),
        "US": ("=USA", "=US", "vereinigten staaten", "amerikanisch*", "amerikaner*", "us-amerikanisch*"),
        "PL": ("polen", "polens", "polnisch*"), "IT": ("italien*", "italienisch*", "italiener*"),
        "ES": ("spanien*", "spanisch*", "spanier*"), "PT": ("portugal*", "portugiesisch*", "portugiesen"),
        "GR": ("griechenland*", "griechisch*", "griechen"), "CY": ("zyprisch*", "zypern*", "zypriotisch*"),
        "IL": ("israel*",), "PH": ("philippinen*", "philippinisch*", "philippiner*"), "CN": ("china*", "chinesisch*", "chinesen"),
        "JP": ("japan*",), "IN": ("indien*", "indisch*"), "PK": ("pakistan*",), "IR": ("iran*", "iraner*"),
        "IQ": ("irak", "iraks", "irakisch*", "iraker*"), "NL": ("niederlande*", "niederländisch*", "holland*"),
        "LT": ("litauen*", "litauisch*", "litauer*"), "LV": ("lettland*", "lettisch*", "letten"), "EE": ("estland*", "estnisch*", "esten"),
        "RO": ("rumänien*", "rumänisch*", "rumänen"), "BG": ("bulgarien*", "bulgarisch*", "bulgaren"),
        "RS": ("serbien*", "serbisch*", "serben"), "HU": ("ungarn*", "ungarisch*", "ungar*"), "CZ": ("tschechien*", "tschechisch*", "tschechen"),
        "SK": ("slowakei*", "slowakisch*", "slowaken"), "AT": ("österreich*",), "CH": ("schweiz*",),
        "NO": ("norwegen*", "norwegisch*", "norweger*"), "SE": ("schweden*", "schwedisch*"), "FI": ("finnland*", "finnisch*", "finnen"),
        "DK": ("dänemark*", "dänisch*", "dänen"), "BE": ("belgien*", "belgisch*", "belgier*"), "CA": ("kanada*", "kanadisch*", "kanadier*"),
        "AU": ("australien*", "australisch*", "australier*"), "EG": ("ägypt*",), "SA": ("saudi-arabien*", "saudi*"),
        "QA": ("katar*",), "AE": ("vereinigte* arabische* emirate*", "emirat*"),
        "MA": ("marokk*",), "DZ": ("algerien*", "algerisch*", "algerier*"), "TN": ("tunesien*", "tunesisch*", "tunesier*"),
        "KR": ("südkorea*",), "KP": ("nordkorea*",), "ID": ("indonesien*", "indonesisch*"),
        "VN": ("vietnam*",), "MN": ("mongolei*", "mongolisch*"), "BR": ("brasilien*", "brasilianisch*", "brasilianer*"),
        "HR": ("kroatien*", "kroatisch*", "kroaten"), "SI": ("slowenien*", "slowenisch*"), "AL": ("albanisch*", "albanien*"),
        "MK": ("nordmazedonien*", "mazedonien*"), "ME": ("montenegr*",), "XK": ("kosovo*", "kosovarisch*"),
        "NE": ("niger", "nigrisch*"), "ML": ("=Mali", "malisch*"), "NG": ("nigeria*",), "KE": ("kenia*",),
        "LU": ("luxemburg*",), "BA": ("bosnien*", "bosnisch*"), "JO": ("jordanien*", "jordanisch*", "jordanier*"),
        "NZ": ("neuseeland*",), "IE": ("irland*", "irisch*"), "SY": ("syrien*", "syrisch*"),
        "LB": ("libanon*", "libanesisch*"), "LY": ("libyen*", "libysch*"), "TD": ("tschad*",),
        "SD": ("sudan*",), "ET": ("äthiopien*", "äthiopisch*"), "ZA": ("südafrika*",), "TW": ("taiwan*",),
        "TH": ("thailand*", "thailändisch*"), "MY": ("malaysia*",), "SG": ("singapur*",),
        "AF": ("afghanistan*", "afghanisch*"), "MX": ("mexiko*", "mexikanisch*", "mexikaner*"), "AR": ("argentinien*",
                                                                                         "argentinisch*"),
        # Demonyms CLDR's names do not start
        "CL": ("chilenisch*",),
    },
    "capitals": {"AZ": ("baku",), "GE": ("tiflis", "tbilissi"), "RU": ("moskau",), "UA": ("kiew", "kyjiw"),
                 "TR": ("ankara",), "AM": ("eriwan",), "KZ": ("astana",), "UZ": ("taschkent",),
                 "DE": ("berlin",), "FR": ("paris",), "GB": ("london",), "US": ("washington",),
                 "PL": ("warschau",), "CN": ("peking",), "PH": ("manila",), "GR": ("athen",),
                 "CY": ("nikosia",), "BY": ("minsk",), "MD": ("chisinau",)},
    "blocs": {"NATO": ("=NATO", "=Nato"), "EU": ("=EU", "europäische* union"), "CSTO": ("=OVKS",),
              "CIS": ("=GUS",), "SCO": ("=SOZ",)},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OSZE",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|mehreren|zahlreichen)\\s+(?:ländern|staaten|nationen)","trilateral*", "dreiseitig*", "multilateral*", "drei länder*", "drei staaten",
                     "mitgliedstaaten", "mitgliedsstaaten", "# ländern", "# länder", "# staaten", "# nationen",
                     "mehr als # ländern", "multinational*"),
    # "Beide unterzeichneten": the two just named, whatever bloc the story also names.
    "bilateral": ("bilateral*", "beide* länder*", "beide* staaten", "beiden seiten", "zweiseitig*", "beide", "die beiden",
                  "binational*", "beide* minister", "beiden ministerien"),
    "between": ("zwischen",),
    "counterpart": ("mit dem verteidigungsminister", "mit der verteidigungsministerin", "mit dem generalstabschef", "amtskolleg*", "kolleg*", "amtskollegin", "gast", "gastgeber*", "beide", "beiden",
                    "die seiten", "die parteien"),
    "sidelines": ("am rande", "rande"),
    "sign": ("unterzeichnet*", "unterzeichne", "unterzeichnen", "unterzeichnung*", "unterschrieben",
             "unterschreiben", "unterschrieb*", "signiert*", "abgeschlossen", "abschluss",
             "schlossen", "besiegelt*", "erneuert*", "erneuerten"),
    # The participle closes the clause ("haben ... unterzeichnet"), far from its auxiliary, and a finite
    # verb is followed by anything ("unterzeichneten auf dem ..."): no form is read as a modifier.
    "sign_participle": (),
    "determiners": ("ein", "eine", "einen", "einem", "der", "die", "das", "den", "dem", "zwei", "drei",
                    "mehrere", "neue", "neues", "neuen", "re:[\"']"),
    "aux": ("hat", "haben", "hatte", "hatten", "wurde", "wurden", "ist", "sind", "war", "waren",
            "worden", "offiziell", "gemeinsam", "auch"),
    "approve": ("billigt*", "gebilligt*", "verabschiedet*", "genehmigt*", "angenommen",
                "stimmte* zu", "zugestimmt"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("ausschuss*", "erste lesung", "ersten lesung",),
    "ratify": ("ratifiz*", "ratifikation*", "ratifizierungsgesetz*", "vertragsgesetz*"),
    "authority": ("bundestag*", "bundesrat*", "parlament*", "regierung*", "kabinett*", "bundeskabinett*",
                  "präsident*", "bundespräsident*", "gesetz*", "abgeordnete*"),
    "plan_nouns": ("plan", "pläne", "plans", "aktionsplan*", "arbeitsplan*", "kooperationsplan*",
                   "jahresplan*"),
    "programme_nouns": ("jahresprogramm*", "arbeitsprogramm*", "programm*", "kooperationsprogramm*", "rahmenprogramm*"),
    "agreement_nouns": ("rahmenvereinbarung*", "regierungsabkommen*", "zusatzabkommen*", "stationierungsabkommen*", "rüstungsabkommen*", "verteidigungspakt*", "kooperationsprotokoll*", "zusammenarbeitsabkommen*", "abkommen*", "verteidigungsabkommen*", "kooperationsabkommen*", "militärabkommen*",
                        "rahmenabkommen*", "sicherheitsabkommen*", "vereinbarung*", "verteidigungsvereinbarung*",
                        "kooperationsvereinbarung*", "absichtserklärung*", "memorandum*", "protokoll*",
                        "vertrag", "vertrags", "verträge", "verteidigungsvertrag*", "fahrplan*", "roadmap*",
                        "abmachung*", "übereinkunft", "erklärung", "statement", "joint vision statement"),
    "generic_doc_nouns": ("dokument*",),
    "meeting": ("trafen", "traf", "getroffen", "treffen", "trifft", "zusammengetroffen", "gespräch*",
                "gesprochen", "besuch*", "besucht*", "empfing*", "empfangen", "konsultation*", "beratung*",
                "beraten", "berieten", "erörtert*", "diskutiert*", "verhandlung*", "telefonat*",
                "telefonierte*", "videokonferenz*", "arbeitsgruppe*", "zusammenkunft", "tagte", "tagten", "zusammengekommen",
                "zusammengetroffen", "re:kam\\s+(?:\\S+\\s+){0,10}?zusammen", "re:kamen\\s+(?:\\S+\\s+){0,10}?zusammen", "re:kommt\\s+(?:\\S+\\s+){0,10}?zusammen", "re:kommen\\s+(?:\\S+\\s+){0,10}?zusammen",
                # spoke with ("sprach mit seinem Amtskollegen"), in the past: "spricht" is as often a statement
                "re:sprach(?:en)?\\s+(?:\\S+\\s+){0,4}?mit"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("besuch", "besuchs", "besuches", "treffen", "gespräch", "gespräche", "gesprächen", "konsultationen",
                     "beratungen", "telefonat", "videokonferenz"),
    "exercise": ("militärmanöver*", "seemanöver*", "marineübung*", "stabsübung*", "luftwaffenübung*", "großmanöver*", "übung*", "manöver*", "militärübung*", "gefechtsübung*", "großübung*", "abschlussmanöver*",
                 "gemeinsam* ausbildung", "gemeinsames training", "training*", "trainieren", "trainierten"),
    "conduct": ("durchgeführt", "abgehalten", "hielten", "hielt", "führten", "führte", "begann*", "beginnt", "begonnen", "gestartet", "startete*",
                "startet", "findet statt", "fand statt", "fanden statt", "finden statt", "läuft", "liefen",
                "endete*", "beendet", "abgeschlossen", "trainieren", "trainierten", "übten", "üben",
                "nahmen teil", "teilgenommen", "durchführen", "absolviert*", "geht zu ende",
                # separable verbs around their objects: "findet vom 5. bis 9. Mai in Litauen statt"
                "re:(?:findet|fand|fanden|finden)\\s+(?:\\S+\\s+){0,15}?statt",
                "re:(?:nimmt|nahm|nahmen|nehmen)\\s+(?:\\S+\\s+){0,15}?teil"),
    "discussion": ("diskutier*", "perspektive*", "lade* ein", "eingeladen", "einladung"),
    # German writes the federal ministry as one word ("Bundesverteidigungsminister").
    "defence_actor": (
                      *_BODIES,
                      "verteidigungsminist*", "bundesverteidigungsminist*", "minister* der verteidigung", "bundesminister* der verteidigung",
                      "streitkräfte*", "bundeswehr*", "armee*", "heer*", "marine*", "luftwaffe*",
                      "generalstab*", "generalstabschef*", "generalinspekteur*", "militärdelegation*",
                      "militärattach*", "verteidigungsattach*", "rüstungsindustrie",
                      "verteidigungsstaatssekretär*", "staatssekretär* im verteidigungsministerium",
                      "=BMVg", "pentagon"),
    "defence_topic": ("verteidigung*", "verteidigungsbereich*", "militär*", "rüstung*", "rüstungskooperation*",
                      "truppen", "truppe", "soldat*", "brigade*", "sicherheits- und verteidigungspolitik*", "cyberabwehr",
                      "waffen*"),
    "civil_actor": ("grenzschutz*", "grenzpolizei*", "bundespolizei*", "polizei*", "innenminist*",
                    "innenministerium*", "minister* des innern", "außenminist*", "aussenminist*",
                    "auswärtig* amt*", "zoll*", "katastrophenschutz*", "geheimdienst*", "nachrichtendienst*",
                    "küstenwache*", "grenzbehörde*", "frontex"),
    "civil_topic": ("energie*", "öl", "gas", "handel*", "wirtschaft*", "investition*", "tourismus",
                    "gesundheit*", "bildung*", "kultur*", "sport*", "fußball*", "verkehr*", "sanktion*",
                    "migration*", "landwirtschaft*", "wissenschaft*"),
    "company": ("werft*", "unternehmen*", "konzern*", "firma", "firmen", "hersteller*", "rüstungskonzern*", "=GmbH",
                "=AG", "=Rheinmetall", "=KNDS", "=Airbus", "=Hensoldt", "=Diehl"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:aufnahme\\s+(?:von\\s+|der\\s+)?verhandlungen", "re:beginn\\s+(?:von\\s+|der\\s+)?verhandlungen", "re:start\\s+(?:von\\s+|der\\s+)?verhandlungen",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:billig\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:genehmig\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:ermächtig\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:zustimm\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:stimmte\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:erlaub\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:verordnung\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung", "re:freigabe\\w*\\s+(?:\\S+\\s+){0,3}?(?:die\\s+|der\\s+)?unterzeichnung",
               "re:unterzeichnung\\s+(?:\\S+\\s+){0,12}?(?:gebilligt|genehmigt|zugestimmt|erlaubt|freigegeben)",
               "wird", "werden", "soll", "sollen", "sollte", "sollten", "will", "wollen", "wollte*",
               "plant", "planen", "geplant*", "beabsichtig*", "vorgesehen", "voraussichtlich", "demnächst",
               "künftig*", "kommende*", "bevorstehend*", "vorschlag*", "vorgeschlagen", "verhandeln",
               "könnte*", "möchte*", "erwartet*", "bereit", "zu unterzeichnen", "unterzeichnen lassen",
               "nächste* woche", "nächste* monat", "nächste* jahr",
               # a day ahead: the present of a programme ("unterzeichnen morgen") is the future; written
               # in lower case, "morgen" is tomorrow, "Morgen" the morning ("heute Morgen")
               "=morgen", "=übermorgen"),
    # The act named as a noun: the verb of its clause gives it its tense ("die Unterzeichnung des
    # Abkommens ist für ... geplant").
    "act_noun": ("unterzeichnung", "unterzeichnungen", "ratifizierung", "ratifikation", "abschluss"),
    # The procedure named as a noun ("zur Ratifizierung vorgelegt"): only a verb reports that the
    # ratification happened.
    "ratify_noun": ("ratifizierung", "ratifikation"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("gemeinsam*", "zusammen"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("mit",),
    "purchase": ("kauf", "kaufs", "ankauf*", "kaufen", "kauft*", "gekauft", "erwerb", "erwerbs", "beschaffung*",
                 "bestellung von #", "lieferung von #"),
    # A state named as a place, not a party ("an der Grenze zu Polen", "an der polnischen Grenze").
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("in", "im", "auf dem gebiet"),
    "place": ("grenze zu", "grenze mit", "grenzen zu"),
    "place_after": ("grenze", "grenzen"),
    # A story turning to another item: what follows is secondary to its own news.
    "turn": ("unterdessen", "derweil", "währenddessen", "indes"),
    "draft": ("entwurf*", "paraphiert*", "gesetzentwurf*", "vertragsentwurf*"),
    # Act verbs in the present tense: with a day to come, the act is announced.
    "present": ("unterzeichnen", "unterschreiben", "ratifizieren"),
    # Time words that point ahead.
    "coming": ("morgen", "nächste woche", "nächsten woche", "kommende woche", "kommenden woche", "nächsten monat", "in den kommenden tagen"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("vor # jahren", "# jahre nach", "# jahre seit", "jahrestag der unterzeichnung",
                "re:vor\\s+(?:zehn|fünfzehn|zwanzig|dreißig|vierzig|fünfzig)\\s+jahren"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "vor * jahren", "jahrestag* der unterzeichnung",
                   "zuvor", "früher", "vergangene* jahr*", "letzte* jahr*", "im vorjahr",
                   "damals", "einst", "ursprünglich"),
    "reporting": ("sagte*", "erklärte*", "teilte* mit", "mitgeteilt", "berichtete*", "berichtet",
                  "laut", "zufolge", "hieß es", "verlautete", "meldete*", "pressemitteilung*", "mitteilung"),
    "start": ("begann*", "beginnt", "begonnen", "gestartet", "startete*", "eröffnet*", "auftakt"),
    # "am 5. März": the day is an ordinal written with a full stop.
    "date_joiners": ("re:\\.",),
    "range_words": ("bis", "und", "re:\\.\\s*(?:-|bis)"),
    "months": {"januar": 1, "jänner": 1, "jan": 1, "februar": 2, "feb": 2, "märz": 3, "april": 4, "apr": 4,
               "mai": 5, "juni": 6, "juli": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
               "oktober": 10, "okt": 10, "november": 11, "nov": 11, "dezember": 12, "dez": 12},
    "weekdays": {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
                 "sonnabend": 5, "sonntag": 6},
    "today": ("heute", "am heutigen", "heutigen"),
    "yesterday": ("gestern",),
    "plan_year": (r"\bfür (?:das )?(?:jahr )?(20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|bis|und)\s*20\d\d\b",
                  r"\b(20\d\d)(?:\s+[\w-]+){0,3}\s+\w*(?:plan|programm)\b",
                  r"\b\w*(?:plan|programm)\s+(20\d\d)\b",
                  # "Jahresplan der militärischen Zusammenarbeit 2025"
                  year_after_name((r"\w*plan", r"\w*pläne", r"\w*programm\w*"),
                                  _MONTHS + ("im", "seit", "bis", "ab", "vom", "von", "zum", "am", "jahr", "jahres", "in",
                                             "nach", "vor"))),
    "story_end": ("weitere nachrichten", "weitere artikel", "mehr zum thema", "kommentare", "kommentar schreiben",
                  "teilen*", "schlagwörter", "schlagworte", "neueste nachrichten", "meistgelesen*",
                  "das könnte sie auch interessieren", "newsletter*", "anzeige", "werbung"),
    "story_skip": ("mehr lesen", "weiterlesen"),
    "story_aside": ("lesen sie auch", "auch interessant", "mehr dazu", "siehe auch", "verwandte artikel",
                    "zum thema", "das könnte sie auch interessieren"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("zusammenarbeit", "kooperation*", "beziehungen", "partnerschaft*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("lage", "krieg*", "konflikt*", "krise*", "front", "eskalation")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("waffenstillstand*", "waffenruhe", "gefangen*", "deeskalation", "friedensgespräch*",
                         "friedensverhandlung*", "friedensabkommen*", "friedensvertrag*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("verhandlung*", "verhandlungsmandat*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standard*", "norm", "normen")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("im rahmen des", "im rahmen der", "im rahmen eines", "im rahmen einer",
                    "auf grundlage des", "auf grundlage der", "auf der grundlage des",
                    "auf der grundlage der", "gemäß dem", "gemäß der")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("botschafter*",)
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("gekündigt", "kündigt*", "kündigung*", "aufgekündigt", "ausgesetzt", "aufgehoben")

# A signing that describes the document, not the sentence's act: the participle right before its noun
# ("das im vergangenen Jahr unterzeichnete Abkommen"; not the past tense "unterzeichnete das Abkommen");
# its time dates the document, not a ratification (rules.documents_own_time).
LEXICON["signed_attr"] = ("re:(?:unterzeichnete|unterschriebene|abgeschlossene)[nmrs]?(?=\\s+(?!(?:das|die|der|den|dem|des|ein\\w*|am|im|in|mit|gestern|heute|am)\\b)(?:[\\w-]+\\s+)?(?:abkommen|vereinbarung|vertrag|memorandum|absichtserklärung|plan|programm|dokument|protokoll)\\w*)",)

# The opening or closing ceremony of an exercise ("bei der Eröffnungszeremonie der gemeinsamen Übung") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("eröffnungszeremonie*", "abschlusszeremonie*",)

# An exercise held in one state with the participation of another's forces ("deutsche Soldaten nahmen an einer Übung in Polen teil") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("unter beteiligung", "nahmen teil", "nehmen teil", "beteiligten sich", "beteiligen sich",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("gratulier*", "glückwünsch*", "glückwunsch*", "beileid*",),
    "habitual": ("# mal", "mehrmals", "regelmäßig", "wiederholt",),
    "future": ("verschoben", "verschiebt", "abgesagt",),
    "civil_actor": ("wirtschaftsminist*", "finanzminist*", "gesundheitsminist*", "bildungsminist*",
                    "justizminist*", "kulturminist*", "handelsminist*",),
    "submission": ("dem bundestag vorgelegt", "dem parlament vorgelegt", "eingebracht", "zugeleitet",),
    "interview": ("interview*",),
    "company": ("pavillon*", "messestand*",),
    "multilateral": ("kontaktgruppe*", "ramstein-format*", "ramstein-gruppe*",),
    "former": ("ehemalig*", "ex",),
    "settlement": ("friedenssicher*", "blauhelm*", "geisel*",),
    "works": ("fabrik*", "werft*",),
    "other_law": ("änderung*", "haushalt*",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('wettbewerb*', 'wettkampf*', 'wettkämpf*', 'meisterschaft*', 'turnier*', 'olympiade*', 'festival*', 'spiele', 'parade*', 'pokal*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("staatsbürger*", "staatsangehörig*",), "citizen_after": ("staatsbürger*", "staatsangehörig*",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("abschied*", "antrittsbesuch*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("kadett*", "studierende*", "studenten", "journalist*", "schüler*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("archivfoto", "archivbild", "foto: archiv",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("darlehen*", "kreditabkommen*", "kreditvertrag*",)}
extend(LEXICON, _LOANS)
# A committee named as a compound ("Verteidigungsausschuss") takes a step towards ratification.
_COMMITTEES = {"stage": ("re:\\w+ausschuss\\w*",)}
extend(LEXICON, _COMMITTEES)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("wurde gebilligt", "wurden gebilligt", "wurde genehmigt", "wurden genehmigt", "ist gebilligt", "ist genehmigt",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('eilmeldung', 'eil', 'aktuell', 'liveticker', 'ticker', 'breaking')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'gesundheitsminist*', 'familienminist*', 'sozialminist*', 'arbeitsminist*',
    'bildungsminist*', 'kulturminist*', 'finanzminist*', 'justizminist*',
    'landwirtschaftsminist*', 'agrarminist*', 'bundesministerium für gesundheit', 'bundesministerium für arbeit*',
    'bundesministerium für familie*', 'bundesministerium für bildung*', 'bundesministerium der finanzen', 'bundesministerium der justiz',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora', 'gemeinde', 'landsleute*')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('abgeordnete*', 'parlamentarier*', 'bundestagsabgeordnete*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('kranz', 'kranzniederlegung*', 'kränze')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): a separable verb of ending split around its time ---
# "ging am Freitag zu Ende" (ended on Friday): the verb and its particle stand apart, as "findet ... statt" does.
LEXICON["conduct"] += ("re:(?:ging|gingen|geht|gehen)\\s+(?:\\S+\\s+){0,15}?zu\\s+ende",)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("republik korea",)

# --- Recall (c1, s12): talks named by a compound ---
# German joins the talks' kind to "Gespräche" in one word ("Stabsgespräche", staff talks; "Militärgespräche"),
# which the whole word "gespräch*" does not match.
LEXICON["meeting"] += ("stabsgespräch*", "militärgespräch*", "verteidigungsgespräch*", "sicherheitsgespräch*",
                       "arbeitsgespräch*", "expertengespräch*",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:gespräch|stabsgespräch|militärgespräch|konsultation|verhandlung)\\w*\\s+(?:[\\w'-]+\\s+){0,12}?(?:über|zu|zur|zum|betreffend)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("stabsgespräch*",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("beim treffen", "bei dem treffen", "während des treffens", "bei den gesprächen", "nach dem treffen", "trafen", "traf", "getroffen", "empfing", "besuchte", "besuchten", "berieten", "erörterten", "telefonierte", "telefonierten", "re:(?:fand|fanden)\\s+(?:\\S+\\s+){0,15}?statt",),
                 "future": ("re:vereinbart(?:en|e)?,?\\s+(?:[\\w-]+\\s+){0,8}?zu\\s+\\w+", "re:verabredet(?:en|e)?,?\\s+(?:[\\w-]+\\s+){0,8}?zu\\s+\\w+",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): a separable verb of approval split around its object ---
# "Der Bundestag stimmte dem Abkommen ... zu" (approved the agreement): the verb and its particle stand apart, the
# object between, as "fand ... statt" does.
LEXICON["approve"] += ("re:(?:stimmte|stimmten|stimmt|stimmen)\\s+(?:\\S+\\s+){0,15}?zu\\b",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("re:\\bwar\\b[^.;,]{0,80}?\\bworden\\b", "re:\\bwaren\\b[^.;,]{0,80}?\\bworden\\b", "re:\\bhatte\\b[^.;,]{0,80}?\\b(?:unterzeichnet|ratifiziert|abgeschlossen|gebilligt|genehmigt|durchgeführt|abgehalten|getroffen)\\b", "re:\\bhatten\\b[^.;,]{0,80}?\\b(?:unterzeichnet|ratifiziert|abgeschlossen|gebilligt|genehmigt|durchgeführt|abgehalten|getroffen)\\b", "re:\\bwar\\b[^.;,]{0,80}?\\bzusammengekommen\\b", "re:\\bwaren\\b[^.;,]{0,80}?\\bzusammengekommen\\b")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("vereinbaren", "vereinbarten", "vereinbart", "verabreden", "verabredeten", "einigen sich auf", "einigten sich auf")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Kinds (c2, s13): a branch of the armed forces is a defence actor ---
# The land, air or naval forces (their commanders signing an agreement at an exercise's closing ceremony) are the
# armed forces' own, defence actors as "the armed forces" are (rules.is_defence).
_FORCE_BRANCHES = {"defence_actor": ("landstreitkräfte*", "luftstreitkräfte*", "seestreitkräfte*", "spezialkräfte*")}
extend(LEXICON, _FORCE_BRANCHES)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("seit jahren", "seit vielen jahren", "seit jahrzehnten", "jedes jahr", "jährlich", "alljährlich")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("den", "die", "das")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("letzte woche", "vergangene woche", "in der vergangenen woche", "kürzlich", "vor einer woche", "vor kurzem", "vor wenigen tagen")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): a time ahead that a document or an event covers ---
# "Next year" written as an attribute of a noun names the time the plan or the exercises cover, not the tense of the
# act: "der Plan für das nächste Jahr wurde unterzeichnet" reports an act done (facts._drop_times_ahead_of_nouns). A
# future verb still makes it one to come.
_TIMES_AHEAD_OF = {"time_ahead_of": ("des nächsten jahres", "des kommenden jahres", "für das nächste jahr", "für das kommende jahr", "fürs nächste jahr", "fürs kommende jahr",)}
extend(LEXICON, _TIMES_AHEAD_OF)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Die Ministerin telefonierte mit ...") names the outlet's own minister, as
# its press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("die ministerin", "der minister",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("gemeinsame flüge", "gemeinsamen flügen", "gemeinsame übungsflüge", "gemeinsamen übungsflügen"),
                            "civil_topic": ("fluggesellschaft*", "airline*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so).
_DEFENCE_CONSULTATIONS = {"defence_actor": ("militärische* konsultation*", "militärkonsultation*", "verteidigungskonsultation*")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("innenminist*", "minister* des innern", "polizei*", "grenzpolizei*", "bundespolizei*", "grenzschutz*", "zoll", "zolls", "zollbehörde*", "zollverwaltung*", "katastrophenschutz*", "gendarmerie*", "küstenwache*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): an exercise of next year is still to come ---
# "Die Übung des nächsten Jahres findet in Pommern statt": next year as an event's attribute places the event ahead,
# as "nächstes Jahr" does; of a document or a meeting it is the time covered, and the act is done ("der Plan des
# nächsten Jahres wurde unterzeichnet": facts._drop_times_ahead_of_nouns drops it there).
_NEXT_YEARS_EVENTS = {"future": ("nächsten jahres", "kommenden jahres")}
extend(LEXICON, _NEXT_YEARS_EVENTS)

# --- Precision (c2, s14): a signing told in a relative clause on its signer ---
# "Der Minister, der den Kooperationsplan unterzeichnet hat, eröffnete heute ein Krankenhaus": a relative clause with no
# time of its own describes the minister by what he once did (detect._signed_in_a_timeless_relative_clause).
_RELATIVE_PERSONS = {"relative": ("der",)}
extend(LEXICON, _RELATIVE_PERSONS)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "politisch-militärische Konsultationen" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("politisch-militärisch* konsultation*", "politisch-militärisch* gespräch*", "politisch-militärisch* dialog*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("die Hauptplanungskonferenz für die gemeinsame Übung"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("planungskonferenz*", "hauptplanungskonferenz*", "abschlussplanungskonferenz*", "zwischenplanungskonferenz*", "planungsbesprechung*", "zur vorbereitung", "in vorbereitung auf", "vorbereitung auf", "vorbereitungen für", "vorbereitungen auf",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("das nach seiner Ratifizierung in Kraft tritt"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("nach seiner ratifizierung", "nach ihrer ratifizierung", "nach der ratifizierung", "nach ratifizierung", "nach seiner ratifikation", "nach ihrer ratifikation", "nach der ratifikation", "muss noch ratifiziert", "muss ratifiziert", "müssen noch ratifiziert", "vorbehaltlich der ratifizierung", "vorbehaltlich der ratifikation",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Canberra signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "VE": ("venezolanisch*",), "BO": ("bolivianisch*",), "CU": ("kubanisch*",), "NP": ("nepalesisch*",),
    "NZ": ("neuseeländisch*",), "RW": ("ruandisch*",), "UG": ("ugandisch*",), "TZ": ("tansanisch*",),
    "ZM": ("sambisch*",), "NA": ("namibisch*",),
    "MY": ("malaysisch*",), "GH": ("ghanaisch*",), "CO": ("kolumbianisch*",), "PE": ("peruanisch*",),
}, "capitals": {
    "ZA": ("pretoria",), "AU": ("canberra",), "ID": ("jakarta",), "MA": ("rabat",), "NG": ("abuja",),
    "BR": ("brasília", "brasilia"), "KE": ("nairobi",), "SA": ("riad",), "IN": ("neu-delhi",), "PK": ("islamabad",),
    "JP": ("tokio",), "KR": ("seoul",), "EG": ("kairo",), "AE": ("abu dhabi",), "QA": ("doha",), "IL": ("tel aviv",),
    "MX": ("mexiko-stadt",), "AR": ("buenos aires",), "CA": ("ottawa",), "JO": ("amman",), "DZ": ("algier",),
}}
extend(LEXICON, _REST_OF_WORLD)
