"""Romanian lexicon: state names, demonyms and capitals, and the verbs Romanian outlets use for
signing, approving, ratifying (incl. presidential promulgation), meeting and exercising.

The text reaches the lexicon with "â" and "î" already written "a" and "i" (``text.normalise``), and
Romanian pages write ș/ț with a comma or a cedilla, or leave every diacritic out ("apararii",
"intalnire"): entries are written once with their diacritics and their other spellings are added at
import. Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend, respell, year_after_name

_MONTHS = ("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
           "octombrie", "noiembrie", "decembrie")

# Bodies the two defence establishments hold, named by their defence subject (a working group or a
# joint commission on military cooperation, a military dialogue): a meeting of theirs is defence talks
# (SCHEMA.md); civil officials who discuss one hold none (detect._talks).
_BODIES = (
    "re:grup\\w*\\s+de\\s+lucru\\s+(?:[\\w-]+\\s+){0,2}?(?:pentru|privind)\\s+cooperare\\w*\\s+(?:militar\\w*|[îi]n\\s+domeniul\\s+ap[ăa]r[ăa]rii)", "comisi* mixt* de cooperare militară", "dialog* militar*",
)

LEXICON = {
    "stopwords": ("și", "şi", "în", "la", "cu", "pentru", "din", "care", "este", "pe", "un", "o",
                  "al", "ale", "a", "privind", "între", "sunt", "fost", "după", "acest", "această", "cei", "doi"),
    "countries": {
        "RO": ("român*",
               # the ministry by its own name, which only Romania's bears ("Apărării Naționale"), as the
               # Turkish lexicon reads "Milli Savunma Bakanlığı"
               "ministerul apărării naționale", "ministerului apărării naționale", "ministrul apărării naționale",
               "ministrului apărării naționale", "=MApN",
               # and its general staff, "Statul Major al Apărării" (Moldova's is the "Statul Major General")
               "re:statul\\w* major al ap[ăa]r[ăa]rii"), "UA": ("ucrain*",), "MD": ("moldov*", "republica moldova"), "RU": ("rusi*", "rus", "ruși", "rusă", "ruse", "rusesc", "rusești"),
        "US": ("statele unite", "statelor unite", "re:american(?<!sud-american)(?<!latino-american)(?<!central-american)\\w*", "=SUA"),
        "GB": ("regatul unit", "regatului unit", "marea britanie", "marii britanii", "britanic*", "englez*"),
        "FR": ("franța", "franței", "francez*"), "DE": ("german*",), "PL": ("poloni*", "polonez*"),
        "TR": ("turci*", "turc", "turcă", "turce", "turcesc*"), "BG": ("bulgar*",),
        "HU": ("ungari*", "ungur*"), "AZ": ("azerbaidjan*", "azer", "azeră", "azeri", "azere"),
        "GE": ("georgi*",), "IT": ("itali*",), "GR": ("greci*", "grec", "greacă", "grecesc*"), "RS": ("serbi*", "sârb", "sârbi", "sârbă", "sârbe", "sârbii", "sârbul", "sârbilor",
                                                                      "sârbesc", "sârbească", "sârbești"),
        "NL": ("olanda", "olandei", "olandez*", "țările de jos", "țărilor de jos"), "ES": ("spani*", "spaniol*"),
        "PT": ("portugali*",), "LT": ("lituani*",), "LV": ("leton*",), "EE": ("eston*",),
        "CZ": ("cehi*", "ceh", "cehă", "cehe"), "SK": ("slovaci*", "slovac*"), "AM": ("armeni*",), "KZ": ("kazahstan*", "kazah*"),
        "IL": ("israel*",), "CN": ("china", "chinei", "chinez*"), "JP": ("japoni*", "japonez*"), "KR": ("coreea de sud",
                                                                                       "coreei de sud", "sud-coreean*"),
        "CA": ("canada", "canadei", "canadian*"), "BE": ("belgi*",), "AT": ("austri*",), "SE": ("sued*",),
        "NO": ("norvegi*",), "FI": ("finland*",), "DK": ("danemarc*", "danez*"), "HR": ("croați*", "croat*"), "SI": ("sloveni*", "sloven*"),
        "AL": ("albani*", "albanez*"), "MK": ("macedonia de nord", "macedoniei de nord", "macedonean*"), "BY": ("belarus*",),
        "EG": ("egipt*",), "IN": ("india", "indiei", "indian*"), "AU": ("australi*",), "QA": ("qatar*",),
        "AE": ("emiratele arabe unite",), "SA": ("arabia saudită", "saudit*"), "JO": ("iordani*",),
        # Demonyms and adjectives CLDR's names do not start
        "CH": ("elveți*",), "IR": ("iranian*",), "IQ": ("irakian*",), "SY": ("sirian*",), "KP": ("nord-coreean*",),
        "MX": ("mexican*",), "BR": ("brazilian*",), "AR": ("argentinian*",), "ME": ("muntenegr*",),
        "BA": ("bosniac*",), "CY": ("cipriot*", "cipru", "ciprului"), "PK": ("pakistan*",), "AF": ("afgan*",),
        "VN": ("vietnam*",), "ID": ("indonezi*",), "PH": ("filipin*",), "NG": ("nigerian*",),
        "ZA": ("sud-african*",), "MA": ("marocan*", "maroc"), "DZ": ("algerian*", "algeri*"),
        "TN": ("tunisian*", "tunisi*"), "LY": ("libian*",), "LB": ("libanez*",), "UZ": ("uzbec*",),
        "TM": ("turkmen*",), "KG": ("kârgâz*", "kirghiz*"), "TJ": ("tadjic*",), "MN": ("mongol*",),
    },
    "capitals": {"RO": ("bucurești", "bucureștiul", "bucureștiului"), "UA": ("kiev", "kiev-ul", "kievului"), "MD": ("chișinău", "chișinăul", "chișinăului"),
                 "RU": ("moscova", "moscovei"), "US": ("washington", "washingtonul", "washingtonului"), "FR": ("paris", "parisul", "parisului"), "GB": ("londra", "londrei"),
                 "DE": ("berlin",), "PL": ("varșovia", "varșoviei"), "TR": ("ankara", "ankarei"), "BG": ("sofia", "sofiei"),
                 "GR": ("atena",), "HU": ("budapesta",), "RS": ("belgrad",), "ES": ("madrid",), "PT": ("lisabona",),
                 "CZ": ("praga",), "JP": ("tokyo",), "KR": ("seul",), "CN": ("beijing",)},
    "blocs": {"NATO": ("=NATO", "=Nato"), "EU": ("=UE", "uniunea europeană", "uniunii europene")},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OSCE", "=GUAM",
                     "trilateral*", "multilateral*", "trei state", "trei țări", "statele membre", "statelor membre",
                     "# state", "# țări", "multinațional*",
                     # three or more, in words, and allies at large
                     "re:(?:patru|cinci|șase|şase|sase|șapte|şapte|sapte|opt|nouă|noua|zece)\\s+(?:state|țări|ţări|tari|națiuni|naţiuni|natiuni)",
                     "state aliate", "țări aliate", "statele aliate", "militari aliați", "militarii aliați",
                     "militarilor aliați", "trupe aliate", "trupele aliate", "forțe aliate", "forțele aliate",
                     "alți aliați", "celorlalți aliați", "aliații din nato",
                     # regional frames, whichever two of their members a sentence names
                     "=B9", "bucurești 9", "formatul bucurești", "triunghiul weimar", "inițiativa celor trei mări"),
    "bilateral": ("bilateral*", "cele două țări", "ambele țări", "cele două state", "ambele state",
                  "cele două părți", "ambele părți", "cei doi miniștri", "celor două țări"),
    "between": ("între", "dintre"),
    "counterpart": ("cu ministrul", "cu șeful", "omolog*",
                    # the sides, in their forms: a stem "părți*" would match "participă" once written bare
                    "părți", "părțile", "părților", "cei doi", "ambii", "oaspete*"),
    "sidelines": ("marja", "marginea"),
    "sign": ("semnat", "semnată", "semnate", "semnează", "au semnat", "a semnat",
             # the simple past of written Romanian ("semnă", "semnară", "încheiară")
             "semnă", "semnară", "încheiară", "semnarea", "semnării", "semnare",
             "încheiat",
             "încheiată", "au încheiat", "reînnoit", "au reînnoit"),
    "sign_participle": ("semnat", "semnată", "încheiat"),
    # The act named as a noun: the verb of its clause gives it its tense ("ceremonia de semnare va avea loc
    # mâine", "semnarea a avut loc ieri").
    "act_noun": ("semnarea", "semnare", "semnării", "ratificarea", "ratificare", "ratificării"),
    "determiners": ("un", "o", "acordul", "memorandumul", "planul", "protocolul", "programul", "două", "noi"),
    "aux": ("a", "au", "fost", "este", "sunt", "oficial"),
    "approve": ("aprobat", "aprobată", "aprobă", "adoptat", "adoptată", "a adoptat", "a aprobat", "au aprobat",
                "undă verde", "a votat", "au votat", "a votat pentru", "au votat pentru"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("comisia pentru apărare", "comisiile pentru apărare", "comisia de apărare", "comisia pentru politică externă",),
    "ratify": ("ratific*", "promulgat*", "promulgă", "promulgarea"),
    # The procedure named as a noun ("proiectul de lege pentru ratificarea acordului a fost depus"): only
    # a verb, or a vote on the law ("Senatul a adoptat proiectul de lege pentru ratificarea"), reports it.
    "ratify_noun": ("ratificarea", "ratificării", "ratificare", "promulgarea"),
    "authority": ("parlament*", "senat*", "camera deputaților", "guvern*", "președinte*", "lege*", "deputați*",
                  "senatori*", "=CSAT"),
    "plan_nouns": ("plan", "planul", "planului", "planuri", "planurile", "plan de acțiune"),
    "programme_nouns": ("program*",),
    "agreement_nouns": ("acord*", "memorandum*", "protocol*", "tratat*", "contract*", "foaie de parcurs",
                        "foaia de parcurs", "scrisoare de intenție", "scrisoarea de intenție", "declarație de intenție",
                        "aranjament*", "înțelegere*", "convenți*", "declarație comună", "declarația comună",
                        "parteneriat strategic", "parteneriatul strategic",
                        # an amendment to an agreement
                        "act adițional", "actul adițional", "amendament*"),
    "generic_doc_nouns": ("document*",),
    "meeting": ("s-a reunit", "s-au reunit", "întâlni*", "întrevedere*", "vizit*", "consultări", "discuți*", "convorbiri*", "s-a întâlnit",
                "au discutat", "a discutat", "a primit", "l-a primit", "a avut o întrevedere", "dialog*",
                "convorbire telefonică", "videoconferință", "grup de lucru", "grupului de lucru"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("vizita", "vizită", "vizitei", "întâlnirea", "întâlnire", "întâlnirii", "întrevederea", "întrevedere",
                     "întrevederii", "convorbirile", "convorbiri", "consultările", "consultări", "discuțiile", "discuții"),
    "exercise": ("exercițiu*", "exerciții*", "exercițiul*", "aplicați*", "antrenament* comun*",
                 "instruire* comun*", "manevr*"),
    "conduct": ("desfășura*", "desfășoară", "început", "începe", "încheiat", "încheie", "finalizat*", "participă",
                "participa", "au participat", "a debutat", "au debutat", "se antrenează", "s-au antrenat", "derulat*",
                "derulează", "organizat*",
                # carried out, performed ("au executat", "au efectuat")
                "execut*", "efectu*"),
    "discussion": ("discut*", "perspectiv*", "invitați*", "invitat*"),
    "defence_actor": (*_BODIES, "ministr* apărării", "miniștri* apărării", "miniştri* apărării", "ministerul apărării", "ministerului apărării", "=MApN", "armat*",
                      "forțele armate", "forțelor armate", "statul major*", "statului major*", "șeful statului major*",
                      "forțele navale", "forțelor navale", "forțele aeriene", "forțelor aeriene", "forțele terestre",
                      "atașat* militar*", "atașat* al apărării", "delegați* militar*", "industri* de apărare",
                      "secretar* de stat al apărării", "ministru* adjunct al apărării", "marina", "marinei",
                      # an adjective between the office and the ministry ("ministrul român al apărării")
                      "re:mini[sșş]tr\\w*(?:\\s+\\w+){1,2}\\s+a[il]\\s+ap[aă]r[aă]rii"),
    "defence_topic": ("apărar*", "apărăr*", "militar*", "tehnico-militar*", "politico-militar*", "armament*", "trupe*",
                      "soldați*", "militari"),
    "civil_actor": ("poliția", "poliției", "polițist*", "interne", "poliția de frontieră", "afacerilor externe", "afaceri externe", "de externe",
                    "=MAE", "vam*", "jandarmeri*", "=ISU", "situații de urgență", "servici* de informații",
                    "garda de coastă", "=IGSU"),
    "civil_topic": ("energ*", "comerț*", "economic*", "turism*", "sănătate", "educați*",
                    "cultur*", "sport*", "fotbal*", "transport*", "sancțiun*", "agricultur*", "investiți*"),
    "company": ("șantier* naval*", "companie*", "companii*", "firm*", "societate*", "producător*", "=S.A.", "=SRL", "=Romarm"),
    "future": (
               # a signing or a meeting set for a date ("is scheduled for March"): still to come
               "prevăzut*",
               "mâine", "va semna", "vor semna", "urmează", "propus*", "negocier*", "ar putea", "va fi", "vor fi",
               "va avea loc", "vor avea loc", "se va", "se vor", "intenționea*", "planific*", "preconiza*",
               "viitoar*", "viitor*", "săptămâna viitoare", "luna viitoare", "anul viitor", "în vederea semnării",
               # a meeting or visit scheduled ("este programată o întâlnire")
               "programat", "programată", "programate", "programați",
               "pentru semnarea", "urmând",
               # an approval or authorisation of the signing precedes it ("a aprobat semnarea acordului")
               "re:aprob\\w*\\s+(?:semnarea|s[ăa]\\s+semneze)", "re:autoriz\\w*\\s+(?:semnarea|s[ăa]\\s+semneze)", "re:mandat\\w*\\s+(?:semnarea|s[ăa]\\s+semneze)", "re:[iî]mputernic\\w*\\s+(?:semnarea|s[ăa]\\s+semneze)",
               # also through the instrument that approves it ("a aprobat memorandumul privind semnarea
               # acordului", "aprobarea încheierii acordului")
               "re:aprob\\w*\\s+(?:\\w+\\s+){0,2}(?:semn[ăa]rii|semnarea|[iî]ncheierea|[iî]ncheierii)", "re:autoriz\\w*\\s+(?:\\w+\\s+){0,2}(?:semn[ăa]rii|semnarea|[iî]ncheierea|[iî]ncheierii)", "re:mandat\\w*\\s+(?:\\w+\\s+){0,2}(?:semn[ăa]rii|semnarea|[iî]ncheierea|[iî]ncheierii)", "re:[iî]mputernic\\w*\\s+(?:\\w+\\s+){0,2}(?:semn[ăa]rii|semnarea|[iî]ncheierea|[iî]ncheierii)",
               # the signing a verb of discussing governs is still to come ("au discutat semnarea")
               "re:(?:discut|analiz|negoci)\\w*\\s+(?:despre\\s+)?semnarea",
               # the future's auxiliaries before any verb ("vor desfășura", "va organiza", "o să semneze")
               "va", "vor", "vom", "o să"),
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("în", "pe teritoriul"),
    "draft": ("parafat", "parafată", "parafate", "proiect de lege", "proiectul de lege", "proiectului de lege", "proiect de acord", "proiectul de acord", "proiectului de acord", "proiectul acordului",
              "proiect de hotărâre", "proiectul de hotărâre"),
    # Act verbs in the present tense: with a day to come, the act is announced.
    "present": ("semnează", "semneaza", "ratifică", "ratifica"),
    # Time words that point ahead.
    "coming": ("mâine", "maine", "săptămâna viitoare", "saptamana viitoare", "luna viitoare", "în zilele următoare"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("comun", "comună", "comune", "în comun", "combinat*"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("cu",),
    "purchase": (
                 # a contract to supply or deliver arms is a sale, as a purchase is
                 "contractul de livrare", "contract de livrare", "contractul pentru livrarea", "contractul de furnizare", "contract de furnizare",
                 "achiziți*", "achiziţi*", "achizitii", "achizitie", "cumpăr*", "cumpar*",
                 # a gift of arms handed over (its handover certificate signed) is no cooperation act either
                 "donație", "donații", "donația", "donației", "donațiile"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# de ani de la", "# ani de la", "acum # de ani", "acum # ani",
                "re:aniversar\\w*\\s+(?:a\\s+)?(?:semnării|ratificării)",
                "re:(?:zece|cincisprezece|douăzeci|treizeci)\\s+(?:de\\s+)?ani\\s+de\\s+la"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "acum * ani", "aniversar* semnării", "ani de la semnarea",
                   "anterior", "anul trecut", "în trecut", "din zilele anterioare", "cu un an în urmă",
                   "în urmă cu",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "a amintit că", "a reamintit că", "reamintim că", "amintim că", "acum # ani"),
    "reporting": ("a anunțat", "a declarat", "potrivit", "a transmis", "arată", "informează", "comunicat",
                  "a precizat", "a afirmat", "a spus", "conform"),
    "start": ("a început", "au început", "a debutat", "au debutat", "începe", "încep"),
    "date_joiners": (),
    "range_words": ("și", "la", "până la"),
    "months": {"ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6,
               "iulie": 7, "august": 8, "septembrie": 9, "octombrie": 10,
               "noiembrie": 11, "decembrie": 12},
    "weekdays": {"luni": 0, "marți": 1, "miercuri": 2, "joi": 3, "vineri": 4,
                 "sâmbătă": 5, "duminică": 6},
    "today": ("astăzi", "azi"),
    "yesterday": ("ieri",),
    "plan_year": (r"\bpentru (?:anul )?(20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|și|şi|si)\s*20\d\d\b",
                  r"\b(?:anul|anului) (20\d\d)\b",
                  # "Planul de cooperare militară bilaterală 2025": a year a few words after the plan's name
                  year_after_name(("plan", "planul", "planului", "program", "programul", "programului"),
                                  _MONTHS + ("in", "din", "de", "pe", "la", "pana", "până", "dupa", "după", "inainte", "incepand"))),
    "story_end": ("distribuie pe*", "urmărește-ne*", "citește și", "articolul de mai sus*", "comentarii",
                  "ultimele știri", "cele mai citite", "etichete", "taguri"),
    "story_skip": (),
    "story_aside": ("citește și", "citiți și", "vezi și", "vezi si", "recomandări", "articole similare",
                    "știri similare"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("cooperare*", "cooperării", "colaborare*", "colaborării", "relații*", "relaţii*",
                          "relațiil*", "relaţiil*", "parteneriat*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situați*", "situaţi*", "război*", "conflict*", "criz*", "front*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("încetare* focului", "încetarea focului", "armistițiu*", "prizonier*",
                         "negocieri* de pace", "acord* de pace")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("negocier*", "negociere*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standard*",)
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("în cadrul", "în baza", "în conformitate cu", "conform")

# â and î arrive as a and i; ș/ț come with a comma or a cedilla, or without any diacritic.
_NORMALISED = str.maketrans({"â": "a", "î": "i"})
_CEDILLA = str.maketrans({"ș": "ş", "ț": "ţ"})
_BARE = str.maketrans({"ă": "a", "ș": "s", "ş": "s", "ț": "t", "ţ": "t"})


def _spellings(entry: str) -> list:
    written = entry.translate(_NORMALISED).replace("ş", "ș").replace("ţ", "ț")
    return [written, written.translate(_CEDILLA), written.translate(_BARE)]


respell(LEXICON, _spellings)
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("ambasador*", "ambasad*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("denunț*", "denunt*", "reziliat*", "suspendat*", "suspendă", "anulat*")

# The opening or closing ceremony of an exercise ("ceremonia de deschidere a exercițiului comun") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("ceremonia de deschidere", "ceremonia de închidere", "ceremonie de deschidere", "ceremonie de închidere",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("felicit*", "condoleanțe", "urări",),
    "habitual": ("# ori", "de mai multe ori", "în mod regulat", "regulat",),
    "future": ("amânat*", "amână", "anulat*", "a respins", "nu a ratificat",),
    "civil_actor": ("minist* economiei", "minist* finanțelor", "minist* sănătății", "minist* educației",
                    "minist* culturii", "minist* justiției",),
    "submission": ("trimis parlamentului", "transmis parlamentului", "înaintat parlamentului",
                   "trimite parlamentului", "trimis spre",),
    "interview": ("interviu*",),
    "company": ("pavilion*", "standul",),
    "former": ("fostul", "fostului", "fosta", "foștii", "foștilor",),
    "settlement": ("menținere a păcii", "menținerea păcii", "ostatic*",),
    "works": ("uzin*", "fabrica", "fabricii", "șantier* naval*",),
    "other_law": ("modificări*", "modificarea legii", "buget*",),
}
respell(_PRECISION, _spellings)
extend(LEXICON, _PRECISION)

# --- Recall (c3, s10): a state by its formal name in an agreement's title ---
# Treaties and ratification laws name Greece as "the Hellenic Republic" ("Republica Elenă", "Guvernul Republicii
# Elene") and its adjective "elen" ("partea elenă"); CLDR gives only "Grecia". Not the given name "Elena".
_FORMAL = {"countries": {"GR": ("elen", "elenă", "elene", "elenei", "elenilor")}}
respell(_FORMAL, _spellings)
LEXICON["countries"]["GR"] = LEXICON["countries"]["GR"] + _FORMAL["countries"]["GR"]

# --- Recall (c3, s10): an agreement on the status of visiting forces is a defence agreement by its nature ---
# "Acordul privind statutul forțelor" (status of forces) governs one state's troops on the other's soil.
_STATUS = {"defence_topic": ("statutul forțelor", "statutului forțelor", "forțelor în vizită", "forțelor vizitatoare")}
respell(_STATUS, _spellings)
extend(LEXICON, _STATUS)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('competiți*', 'competiti*', 'concurs*', 'campionat*', 'turneu*', 'olimpiad*', 'festival*', 'jocuri*', 'parad*', 'cupa')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("cetățean*", "cetăţean*", "cetățenii", "de naționalitate",)}
respell(_CITIZENSHIP, _spellings)
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("rămas bun", "vizită de prezentare", "vizita de prezentare",)}
respell(_FAREWELLS, _spellings)
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("cadeți", "cadeţi", "cadeții", "studenți*", "studenţi*", "jurnaliști*", "jurnalişti*", "elevi*",)}
respell(_LAY_VISITORS, _spellings)
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("foto de arhivă", "fotografie de arhivă", "foto: arhivă",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("împrumut*", "acord de credit", "contract de credit",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("a fost aprobat*", "au fost aprobat*",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('ultima oră', 'ultima ora', 'breaking news', 'urgent', 'știre de ultimă oră', 'live')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* sănătății', 'minist* muncii', 'minist* educației', 'minist* culturii',
    'minist* finanțelor', 'minist* justiției', 'minist* agriculturii', 'minist* familiei',
    'minist* sportului', 'minist* tineretului',
)}
respell(_CIVIL_MINISTRIES, _spellings)
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora', 'diasporei', 'comunitat*', 'conațional*')}
respell(_COMPATRIOTS, _spellings)
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('deputați*', 'deputaţi*', 'deputatii', 'parlamentari*', 'senatori*')}
respell(_PARLIAMENTARIANS, _spellings)
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('coroană de flori', 'coroane de flori', 'depunere de coroane')}
respell(_WREATHS, _spellings)
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("republica coreea",)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("oaspe*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:convorbir|consultări|consultari|discuți|discuţi|discutii)\\w*\\s+(?:[\\w'-]+\\s+){0,12}?(?:privind|despre|referitoare la|cu privire la)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("de stat major", "statelor majore",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("în cadrul întâlnirii", "în timpul întâlnirii", "cu ocazia întâlnirii", "s-au întâlnit", "s-a întâlnit", "au avut loc", "a avut loc", "a primit", "l-a primit", "au discutat", "a discutat", "a vizitat", "au avut o întrevedere", "a avut o întrevedere", "au avut convorbiri",),
                 "future": ("au convenit să", "au stabilit să", "au decis să",)}
respell(_TOLD_AS_DONE, _spellings)
extend(LEXICON, _TOLD_AS_DONE)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("fusese semnat*", "fuseseră semnat*", "semnase", "semnaseră", "fusese ratificat*", "fuseseră ratificat*", "ratificase", "ratificaseră", "fusese încheiat*", "fuseseră încheiat*", "încheiase", "încheiaseră", "fusese aprobat*", "aprobase", "aprobaseră", "avusese loc", "avuseseră loc", "fusese desfășurat*", "se întâlniseră", "se întâlnise", "desfășurase", "desfășuraseră", "organizase", "organizaseră", "efectuase", "efectuaseră")}
respell(_PLUPERFECT, _spellings)
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("au convenit", "convin", "au agreat", "agreează", "s-au înțeles")}
respell(_AGREED_EXERCISE, _spellings)
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("de ani buni", "de ani de zile", "de mulți ani", "de-a lungul anilor", "anual", "în fiecare an")}
respell(_HABITUAL_EXERCISES, _spellings)
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("pe care", "care")}
respell(_RELATIVE, _spellings)
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("săptămâna trecută", "recent", "cu o săptămână în urmă", "acum câteva zile")}
respell(_PAST_PERIODS, _spellings)
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): a time ahead that a document or an event covers ---
# "Next year" written as an attribute of a noun names the time the plan or the exercises cover, not the tense of the
# act: "planul de cooperare de anul viitor a fost semnat" reports an act done (facts._drop_times_ahead_of_nouns). A
# future verb still makes it one to come.
_TIMES_AHEAD_OF = {"time_ahead_of": ("de anul viitor", "pentru anul viitor", "pe anul viitor", "pentru anul următor", "pe anul următor",)}
respell(_TIMES_AHEAD_OF, _spellings)
extend(LEXICON, _TIMES_AHEAD_OF)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Ministrul a avut o convorbire cu ...") names the outlet's own minister, as
# its press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("ministrul", "ministra",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a ratification told by its law's publication or entry into force ---
# A ratification law published or in force ("Legea pentru ratificarea acordului ... a fost publicată") tells the
# ratification done (rules.ratification_law_in_force); an agreement that only enters into force is no event.
_LAWS_IN_FORCE = {"law_in_force": ("publicată", "a fost publicată", "a intrat în vigoare", "intră în vigoare")}
respell(_LAWS_IN_FORCE, _spellings)
extend(LEXICON, _LAWS_IN_FORCE)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("militarii români și americani au exersat apărarea") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("au exersat", "s-au antrenat", "exersează")}
respell(_DRILLS, _spellings)
extend(LEXICON, _DRILLS)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("zboruri comune", "re:antrenament\\w*\\s+(?:[\\w-]+\\s+){0,2}?comun\\w*"),
                            "civil_topic": ("compani* aerien*", "companie aeriană")}
respell(_EXERCISES_BY_OTHER_NAMES, _spellings)
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "primită de" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("consultări militare", "consultările militare"),
                           "meeting": ("a fost primită de", "a fost primit de", "au fost primiți de"),
                           "met": ("a fost primită de", "a fost primit de", "au fost primiți de")}
respell(_DEFENCE_CONSULTATIONS, _spellings)
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ministrul de interne", "ministerul de interne", "ministrul afacerilor interne", "ministerul afacerilor interne", "afacerilor interne", "poliția", "poliției", "poliția de frontieră", "poliției de frontieră", "vam*", "jandarmeri*", "situații de urgență", "=IGSU", "=ISU", "garda de coastă")}
respell(_SECURITY_BODIES, _spellings)
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("conferința principală de planificare a exercițiului comun"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("de planificare", "conferinț* de planificare", "conferint* de planificare", "conferinţ* de planificare", "în pregătirea", "în vederea pregătirii", "pregătirea exercițiului", "pregătirile pentru",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("care va intra în vigoare după ratificarea sa"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("după ratificarea sa", "după ratificarea", "după ratificare", "sub rezerva ratificării", "trebuie ratificat*", "trebuie să fie ratificat*", "urmează să fie ratificat*",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, and names whose every word declines, armed forces known by their own name, and capitals the press names
# as their governments ("Canberra signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "PE": ("peruan*",), "MY": ("malaezian*",), "CU": ("cubanez*",), "GH": ("ghanez*",), "NP": ("nepalez*",),
    "KE": ("kenyan*",), "CL": ("chilian*",), "ZA": ("africii de sud",), "MA": ("marocul*",), "SA": ("arabiei saudite",),
}, "capitals": {
    "ZA": ("pretoria*",), "AU": ("canberra*",), "ID": ("jakarta*",), "NG": ("abuja*",), "SA": ("riad*",),
    "BR": ("brasilia*",), "KE": ("nairobi",), "IN": ("new delhi",), "JP": ("tokyo", "tokio"), "EG": ("cairo*",),
}}
respell(_REST_OF_WORLD, _spellings)
extend(LEXICON, _REST_OF_WORLD)
