"""Spanish lexicon: state names, demonyms and capitals, and the verbs Spanish outlets use for
signing, approving, ratifying, meeting and exercising. Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend, year_after_name

_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
           "octubre", "noviembre", "diciembre")

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "re:grupos?\\s+de\\s+trabajo\\s+(?:[\\w-]+\\s+){0,2}?(?:de|sobre|para)\\s+(?:la\\s+)?cooperación\\s+(?:militar|en\\s+defensa|de\\s+defensa)",
    "diálogo militar", "comisión militar mixta", "comité* de cooperación militar",
)

LEXICON = {
    "stopwords": ("el", "la", "los", "las", "y", "de", "del", "en", "por", "que", "con", "para",
                  "una", "un", "se", "su", "al", "entre", "fue"),
    "countries": {
        "BR": ("brasil*",), "PE": ("perú", "peru", "peruan*"), "ES": ("españa", "español*"),
        "RU": ("rusia", "ruso*", "rusa*"), "US": ("estados unidos", "estadounidense*", "=EEUU", "=EE.UU."),
        "AR": ("argentin*",), "CL": ("chile", "chilen*"), "CO": ("colombia*",),
        "MX": ("méxico", "mexican*"), "VE": ("venezolan*", "venezuel*"), "CU": ("cuba", "cuban*"),
        "BO": ("bolivia*",), "EC": ("ecuatorian*", "ecuador*"), "UY": ("uruguay*",), "PY": ("paraguay*",),
        "CN": ("china", "chino", "chinos", "chinas"), "FR": ("francia", "francés", "francesa*", "franceses"),
        "DE": ("alemania", "alemán", "alemana*", "alemanes"), "GB": ("reino unido", "británic*", "gran bretaña", "inglés", "ingleses"),
        "IT": ("italia*",), "TR": ("turquía", "turco", "turca", "turcos", "turcas"), "AZ": ("azerbaiyan*", "azerbaiyán*"),
        "GE": ("georgia*",), "UA": ("ucrania*",), "IN": ("india*",),
        "IR": ("irán", "iraní*"), "IL": ("israel*",), "JP": ("japón", "japonés", "japones*"),
        "PT": ("portugal", "portugu*"), "PL": ("polonia", "polac*"), "GR": ("grecia", "grieg*"),
        "MA": ("marruecos", "marroquí*"), "DZ": ("argelia", "argelin*"), "EG": ("egipto", "egipci*"),
        "KR": ("corea del sur", "surcorean*"), "KP": ("corea del norte", "norcorean*"), "AM": ("armeni*", "armenia*"),
        "NI": ("nicaragua*", "nicaragüense*"), "HN": ("honduras", "hondureñ*"), "GT": ("guatemal*",),
        "SV": ("el salvador", "salvadoreñ*"), "DO": ("república dominicana", "dominican*"),
        "PA": ("panamá", "panameñ*"), "CR": ("costa rica", "costarricense*"), "CA": ("canadá", "canadiense*"),
        "AU": ("australia*",), "NL": ("países bajos", "holanda", "holandes*", "neerlandes*", "holandés", "neerlandés"),
        "BE": ("bélgica", "belga*"), "SE": ("suecia", "sueco*", "sueca*"), "NO": ("norueg*", "noruega*"),
        "FI": ("finlandia", "finlandés", "finlandes*"),
        "DK": ("dinamarca", "danés", "danes*"), "RO": ("rumanía", "rumania", "rumano*"),
        "BG": ("bulgaria", "búlgar*"), "RS": ("serbia", "serbio*"), "HU": ("hungría", "húngar*"),
        "CZ": ("república checa", "chequia", "checo*"), "SA": ("arabia saudí", "arabia saudita", "saudí*"),
        "AE": ("emiratos árabes unidos", "emiratos", "emiratí*"), "JO": ("jordania", "jordan*"),
        "QA": ("catar", "qatar*", "catarí*"), "PK": ("pakistán", "paquistán", "pakistaní*", "paquistaní*"),
        "VN": ("vietnam*",), "ID": ("indonesi*", "indonesia*"), "PH": ("filipinas", "filipin*"), "BY": ("bielorrus*", "bielorrusia*"),
        "KZ": ("kazajistán*", "kazajo*", "kazaja*"), "UZ": ("uzbekistán*", "uzbeko*"), "MN": ("mongol*", "mongolia*"),
        "ZA": ("sudáfrica*", "sudafrican*"), "NG": ("nigeria*",), "AO": ("angola*",), "MZ": ("mozambique*",),
        "GQ": ("guinea ecuatorial",), "TN": ("túnez", "tunecin*"), "LY": ("libia", "libio*"),
        "LB": ("líbano", "libanés", "libanes*"), "SY": ("siria", "sirio*"), "IQ": ("irak", "iraq*"),
        # Demonyms CLDR's names do not start
        "AF": ("afgan*",), "AL": ("albanés", "albanes*"), "CM": ("camerun*",), "HR": ("croat*",),
        "CY": ("chipriot*",), "EE": ("estoni*",), "ET": ("etíope*",), "GH": ("ghanés", "ghanes*"),
        "IE": ("irlandés", "irlandes*"), "KE": ("kenian*",),
        "KG": ("kirguís", "kirguis*", "kirguiz*"), "LV": ("letón", "leton*"), "LT": ("lituan*",),
        "MD": ("moldav*",), "SK": ("eslovac*",), "SI": ("esloven*",), "CH": ("suiz*",),
        "TJ": ("tayik*",), "TH": ("tailandés", "tailandes*"),
        # Demonyms and adjectives CLDR's names do not start
        "SN": ("senegalés", "senegales*"), "SD": ("sudanés", "sudanes*"), "MT": ("maltés", "maltes*"),
        "NP": ("nepalí*",), "TG": ("togolés", "togoles*"), "GA": ("gabonés", "gabones*"), "CG": ("congoleñ*",),
        "NZ": ("neozelandés", "neozelandes*"), "PS": ("palestin*",),
    },
    # The first state of a pair written as one adjective ("ejercicio hispano-marroquí"): matched only before a hyphen.
    "combining": {"ES": ("hispano",), "FR": ("franco",), "PT": ("luso",), "DE": ("germano",), "CN": ("sino", "chino"),
                  "JP": ("nipo",), "IT": ("italo",), "GR": ("greco",), "IL": ("israelo",), "CO": ("colombo",),
                  "US": ("estadounidense", "norteamericano", "americano"), "HU": ("húngaro",)},
    "capitals": {"BR": ("brasilia",), "PE": ("lima",), "ES": ("madrid",), "RU": ("moscú",),
                 "US": ("washington",), "AR": ("buenos aires",),
                 "CL": ("santiago de chile",), "CO": ("bogotá",), "MX": ("ciudad de méxico",), "CU": ("la habana",),
                 "VE": ("caracas",), "PY": ("asunción",), "UY": ("montevideo",), "BO": ("la paz",),
                 "EC": ("quito",), "CN": ("pekín", "beijing"), "UA": ("kiev", "kyiv"),
                 "MA": ("rabat",), "DZ": ("argel",), "EG": ("el cairo",), "SA": ("riad",), "QA": ("doha",),
                 "TR": ("ankara",), "GR": ("atenas",), "IT": ("roma",), "FR": ("parís",), "GB": ("londres",),
                 "DE": ("berlín",), "PT": ("lisboa",), "PL": ("varsovia",), "JP": ("tokio",), "KR": ("seúl",),
                 "IN": ("nueva delhi",), "AU": ("canberra",), "CA": ("ottawa",), "NI": ("managua",),
                 "HN": ("tegucigalpa",), "SV": ("san salvador",), "GT": ("ciudad de guatemala",),
                 "DO": ("santo domingo",), "TW": ("taipéi", "taipei"), "AM": ("ereván",), "AZ": ("bakú",),
                 "GE": ("tiflis",), "IR": ("teherán",), "IL": ("tel aviv", "jerusalén")},
    "blocs": {"NATO": ("=OTAN",), "EU": ("=UE", "unión europea")},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OSCE", "liga árabe",
                     # a multinational exercise or force: many states, whichever two the story names
                     "multinacional*",
                     "trilateral*", "tripartit*", "multilateral*", "tres países",
                     # three or more, in words ("cuatro países", "diez naciones"), and allies at large
                     "re:(?:tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|\\d+)\\s+(?:países|naciones|estados)",
                     "países aliados", "naciones aliadas", "estados miembros", "países miembros",
                     "fuerzas aliadas", "tropas aliadas", "militares aliados", "otros aliados",
                     # regional frames, whichever two of their members a sentence names
                     "=UNASUR", "=CELAC", "=OEA", "=Mercosur", "=SICA", "=CFAC", "unión africana",
                     "conferencia de ministros de defensa de las américas"),
    "bilateral": ("bilateral*", "ambos países", "dos países", "ambas partes", "ambas naciones",
                  "dos naciones", "ambos ministros", "los dos ministros"),
    "between": ("entre",),
    "counterpart": ("con el ministro", "con la ministra", "con el jefe", "homólog*", "partes", "ambos"),
    "sidelines": ("en el marco", "al margen"),
    "sign": ("firmado", "firmada", "firmados", "firmadas", "firmaron", "firmó", "firman", "firma", "firmar",
             "suscrito", "suscrita", "suscribieron", "suscribió", "suscriben", "suscripción", "rubricaron",
             "rubricó", "rubricado", "sellaron", "renovaron", "formalizaron", "concretaron"),
    "sign_participle": ("firmado", "firmada", "firmados", "firmadas", "suscrito", "suscrita", "suscritos",
                        "suscritas", "aprobado", "aprobada", "rubricado"),
    "determiners": ("acuerdo*", "memorando*", "memorándum*", "plan", "planes", "convenio*", "protocolo*", "programa*", "tratado*", "un", "una", "el", "la", "los", "las", "dos", "re:[\"']"),
    "aux": ("fue", "fueron", "ha", "han", "sido", "había", "habían", "quedó"),
    "approve": ("aprobó", "aprobaron", "aprobado", "aprobada", "adoptaron", "aprueba", "aprueban",
                # a green light or a vote for it, and the law passed ("sancionó la ley")
                "dio luz verde", "dieron luz verde", "votó a favor", "votaron a favor", "sancionó", "sancionaron"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("comisión de defensa", "comisión de relaciones exteriores", "comisión de asuntos exteriores", "primer debate",),
    "ratify": ("ratific*", "promulg*"),
    "authority": ("congreso", "parlamento", "senado", "gobierno", "presidente", "ley",
                  # the instrument that approves a signed agreement, and where it is published
                  "decreto*", "boletín oficial", "diario oficial"),
    "plan_nouns": ("plan", "planes"),
    "programme_nouns": ("programa*",),
    "agreement_nouns": ("acuerdo*", "convenio*", "memorando*", "memorándum*", "protocolo*", "tratado*",
                        "contrato*", "hoja de ruta", "carta de intención", "carta de intenciones",
                        "declaración de intención", "declaración de intenciones", "arreglo*", "acuerdo marco",
                        "declaración conjunta", "asociación estratégica",
                        # the minutes signed at a meeting, an amendment to an agreement
                        "acta", "actas", "adenda", "adendas", "enmienda", "enmiendas",
                        "instrumento*"),
    "generic_doc_nouns": ("documento*",),
    "meeting": ("reuni*", "visita*", "consultas", "conversaciones", "se reunió", "recibió",
                "se reunieron", "mantuvo un encuentro", "encuentro*", "conversación telefónica",
                "llamada telefónica", "videoconferencia", "grupo de trabajo", "diálogo", "dialogaron",
                "abordaron", "analizaron", "trataron"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("visita", "visitas", "reunión", "reuniones", "encuentro", "encuentros", "conversaciones", "consultas",
                     "conversación telefónica", "llamada telefónica", "videoconferencia"),
    "exercise": ("ejercicio*", "maniobra*", "entrenamiento* conjunto*", "adiestramiento*"),
    "conduct": ("inicia", "inician", "comienza", "comienzan", "arranca", "arrancan", "realiz*", "iniciaron", "comenzó", "concluyó", "desarroll*", "efectu*", "ejecut*", "llevaron a cabo",
                "llevan a cabo", "lleva a cabo", "participan", "participaron", "culminó", "culminaron",
                "se inició", "inició", "tuvo lugar", "tienen lugar", "finalizó", "finalizaron"),
    "discussion": ("discut*", "perspectiva*", "invit*"),
    "defence_actor": (
                      *_BODIES,
                      "ministr* de defensa", "ministerio de defensa", "fuerzas armadas", "ejército*",
                      "marina*", "armada", "=Mindef", "mindef", "estado mayor",
                      # the head of defence and the services by the names the press uses
                      "titular de defensa", "fuerza aérea", "fuerzas aéreas", "comando conjunto",
                      "infantería de marina", "secretaría de la defensa nacional", "=Sedena", "=SEDENA",
                      "agregado militar", "agregado de defensa", "agregaduría de defensa",
                      # the joint staffs and the delegations that meet ("reunión de Estados Mayores")
                      "estados mayores", "delegaci* de defensa", "delegaci* militar*"),
    "defence_topic": ("defensa", "militar*", "bélic*", "naval*", "submarino*"),
    "civil_actor": (
                    # civil defence and civil protection are emergency services, not armed forces
                    "defensa civil", "protección civil",
                    "policía*", "interior", "exteriores", "aduana*", "guardia fronteriza",
                    "gendarmería", "guardia civil", "carabineros", "guardia costera", "protección civil",
                    "migración", "migraciones", "inteligencia", "seguridad pública", "cancillería", "canciller*"),
    "civil_topic": ("energía", "petróleo", "comercio", "económic*", "turismo", "salud",
                    "educación", "cultura*", "deporte*", "fútbol", "sanción*", "sanciones"),
    "company": ("astillero*", "empresa*", "compañía*", "corporación"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:inicio\\s+de\\s+(?:las\\s+)?negociaciones", "re:apertura\\s+de\\s+(?:las\\s+)?negociaciones",
               "negociaciones para",
               "re:\\w+(?:rá|rán)", "negociar", "negociación", "firmará*", "recomienda", "propuesta",
               "aceptar", "podría", "deberá", "va a", "van a", "para firmar", "prevé", "prevén", "previsto",
               "prevista", "tiene previsto", "tienen previsto",
               # the conditional of the verbs that report an act ("podrían firmar", "firmarían")
               "re:(?:podr|deber|firmar|suscribir|rubricar|ratificar|aprobar|realizar|reunir)(?:ía|ían)",
               # an authorisation to sign precedes the signing ("autorizó al ministro a firmar")
               "autoriz*",
               # so does an approval of the signing ("aprobó la firma del acuerdo")
               "re:aprob\\w*\\s+la\\s+(?:firma|suscripción)",
               # the signing a verb of discussing governs is still to come ("discutieron la firma")
               "re:discut\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:analiz\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:abord\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:negoci\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:estudi\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:avanz\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:prepar\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:coordin\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)", "re:evalu\\w*\\s+(?:(?:hacia|en|sobre)\\s+)?(?:la\\s+)?(?:firma|suscripción)",
               # an infinitive is not a deed done ("buscan firmar", "esperan suscribir"), unless after
               # "tras", "al" or "de" ("tras firmar el acuerdo", "después de suscribirlo")
               "re:firmar(?<!tras firmar)(?<!al firmar)(?<!de firmar)(?!\\w)", "re:suscribir(?<!tras suscribir)(?<!al suscribir)(?<!de suscribir)(?!\\w)", "re:rubricar(?<!tras rubricar)(?<!al rubricar)(?<!de rubricar)(?!\\w)",
               # next week is ahead; "the plan for next year" names the plan's year, not the act's time
               "re:próxim\\w*(?!\\s+año)", "planea*", "pretende*",
               # an intention to act ("tienen la intención de firmar"), not a letter of intent
               "re:intenci(?:ón|ones)\\s+de\\s+\\w+(?:ar|er|ir)\\b",
               # a day ahead ("firman mañana"), not the morning ("esta mañana", "por la mañana")
               "re:(?<!esta )(?<!la )mañana"),
    # The act named as a noun ("la firma", not the present "firma", signs): the verb of its clause gives
    # it its tense ("la firma del acuerdo está prevista para ...").
    "act_noun": ("re:(?<=la\\s)firma", "suscripción", "ratificación"),
    # The procedure named as a noun ("enviado al Congreso para su ratificación"): only a verb reports
    # that the ratification happened.
    "ratify_noun": ("ratificación", "ratificaciones"),
    # A state named as a place, not a party ("en la frontera con Venezuela").
    "place": ("frontera con", "fronteras con", "límite con", "limítrofe con"),
    # The ground an act is held on ("en territorio de Uruguay", "en suelo uruguayo"): a party unless
    # two other states are named.
    "venue": ("en territorio de", "territorio de", "en territorio", "en suelo de", "en suelo", "suelo de"),
    # A story turning to another item: what follows is secondary to its own news.
    "turn": ("mientras tanto", "en otro orden", "por otra parte"),
    "draft": ("proyecto", "borrador"),
    # Buying arms: a contract to buy is a purchase, not a cooperation act.
    # A training ship's port call (its crew's visits ashore are no talks between officials).
    "port_call": ("buque escuela", "buque-escuela", "viaje de instrucción", "crucero de instrucción", "guardiamarinas",
                  "re:hizo\\s+escala", "re:hace\\s+escala", "re:realizó\\s+escala", "re:realiza\\s+escala", "re:hicieron\\s+escala", "re:harán\\s+escala"),
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("conjunt*", "combinad*"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("con",),
    "purchase": (
                 # a contract to supply or deliver arms is a sale, as a purchase is
                 "contrato de suministro", "contrato para el suministro", "contrato de venta",
                 "compra de", "compras de", "adquisición de", "contrato de compra", "comprar", "compró", "compraron", "adquirir", "adquirió",
                 # a gift of arms handed over (its handover certificate signed) is no cooperation act either
                 "donación", "donaciones", "donativo", "donativos"),
    # Act verbs in the present tense: with a day to come, the act is announced ("firman el lunes").
    # ("firma" is also the noun: "la firma tuvo lugar el lunes" reports the act.)
    "present": ("firman", "suscriben", "ratifican", "aprueban", "rubrican",
                # "firma" as a verb: no article before it, no "de" after it ("la firma del acuerdo")
                "re:(?<!la\\s)(?<!una\\s)(?<!su\\s)firma(?!\\s+de)"),
    # Time words that point ahead ("mañana" alone is also "morning").
    "coming": ("la próxima semana", "la semana próxima", "la semana que viene", "el próximo mes",
               "próximamente", "en los próximos días"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# años desde", "# años de la firma", "# años después", "aniversario de la firma",
                "aniversario de la ratificación",
                "re:(?:diez|quince|veinte|treinta|cuarenta|cincuenta)\\s+años\\s+(?:desde|de\\s+la\\s+firma|después)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "hace * años", "aniversario de la firma",
                   "previamente", "anteriormente", "el año pasado", "el pasado año", "en años anteriores",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "recordó que", "recordaron que", "cabe recordar", "recordemos que", "hace # años", "en su momento"),
    "reporting": ("dijo", "informó", "anunció", "declaró", "según", "indicó", "comunicado"),
    "start": ("inicia", "inician", "comienza", "comienzan", "comenzó", "comenzaron", "iniciaron", "inició", "inaugur*"),
    "date_joiners": ("de",),
    "range_words": ("al", "y"),
    "months": {"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
               "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
               "diciembre": 12},
    "weekdays": {"lunes": 0, "martes": 1, "miércoles": 2, "jueves": 3, "viernes": 4, "sábado": 5,
                 "domingo": 6},
    "today": ("hoy", "esta tarde", "esta mañana"),
    "yesterday": ("ayer",),
    "plan_year": (r"\bpara (?:el )?(?:año )?(20\d\d)\b", r"\b(20\d\d)\s*[-–]\s*20\d\d\b",
                  # "Plan de Acción Bilateral 2024", "plan ... correspondiente al año 2025"
                  year_after_name(("plan", "planes", "programa", "programas"),
                                  _MONTHS + ("de", "en", "desde", "hasta", "entre", "antes", "después", "del"))),
    "story_end": ("no hay comentarios*", "publicar un comentario", "comentarios",
                  "deja un comentario", "últimas noticias", "lo más leído", "etiquetas", "compartir*"),
    "story_skip": (),
    "story_aside": ("lee también", "lea también", "leer también", "ver también", "noticias relacionadas",
                    "te puede interesar", "más información", "relacionado", "relacionados"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("teléfono", "telefónic*", "telefonic*")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("cooperación", "colaboración", "relaciones", "asociación", "alianza")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situación", "guerra", "conflicto*", "crisis", "frente", "hostilidades", "escalada")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("alto el fuego", "cese al fuego", "tregua", "prisioneros", "desescalada",
                         "conversaciones de paz", "negociaciones de paz", "acuerdo de paz")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("negociaci*", "negociar")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("estándar*", "normas")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("en el marco del", "en el marco de", "al amparo del", "al amparo de", "en virtud del",
                    "en virtud de", "conforme al", "de conformidad con", "con base en")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("embajador*", "embajada*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("denunci*", "rescindi*", "suspendi*", "anuló", "anulado", "anula", "poner fin",
                        "puso fin")

# The opening or closing ceremony of an exercise ("la ceremonia de apertura del ejercicio conjunto") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("ceremonia de apertura", "ceremonia de inauguración", "ceremonia de clausura",)

# An exercise held in one state with the participation of another's forces ("militares peruanos participaron en un ejercicio en Brasil") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("con la participación de", "participaron en", "participan en", "tomaron parte en",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("felicit*", "condolencias", "pésame",),
    "habitual": ("# veces", "en varias ocasiones", "regularmente", "periódicamente",
                 "re:(?:dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\\s+veces",),
    "future": ("aplazad*", "aplazó", "pospuest*", "pospuso", "cancelad*", "canceló", "no se reunieron",
               "no firmaron", "desmintió", "desmiente",),
    "civil_actor": ("ministr* de economía", "ministr* de comercio", "ministr* de hacienda",
                    "ministr* de sanidad", "ministr* de salud", "ministr* de educación",
                    "ministr* de cultura", "ministr* de justicia",),
    "submission": ("remitió al congreso", "remitido al congreso", "envió al congreso", "enviado al congreso",
                   "remitió al parlamento", "envió al senado", "remitido al senado",),
    "company": ("pabellón", "pabellones", "fabricado en", "fabricados en", "fabricada en", "fabricadas en",),
    "former": ("ex",),
    "settlement": ("mantenimiento de la paz", "cascos azules", "rehén", "rehenes",),
    "works": ("fábrica*", "planta*", "astillero*",),
    "other_law": ("reforma*", "modificación*", "presupuesto*",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('competición*', 'competencia*', 'concurso*', 'campeonato*', 'torneo*', 'olimpiada*', 'festival*', 'juegos', 'desfile*', 'copa')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("ciudadano", "ciudadanos", "ciudadana", "ciudadanas", "de nacionalidad",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("despedida*", "se despidió", "despedirse", "visita de presentación",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("cadete*", "estudiante*", "alumnos", "periodista*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a university, a municipality or a region signs, not its state ---
# A civil university, a municipality or a region named by its state's adjective right after it signs for itself:
# with fewer than two other states, no act between states (detect._civil_signatory). Not where it is a venue
# ("en la región marroquí de"); military universities and academies are no civil bodies.
_CIVIL_BODIES = ('universidad', 'universidades', 'ayuntamiento', 'municipio', 'municipalidad', 'alcaldía',
                 'región', 'provincia', 'comunidad autónoma', 'gobierno regional')
_NOT_A_VENUE = "re:(?<!en la )(?<!en el )(?<!de la )(?<!del )"
_CIVIL_SIGNATORIES = {"civil_signatory": tuple(_NOT_A_VENUE + word for word in _CIVIL_BODIES)}
extend(LEXICON, _CIVIL_SIGNATORIES)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("foto de archivo", "imagen de archivo", "foto: archivo",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("préstamo*", "línea de crédito",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("fue aprobad*", "fueron aprobad*", "ha sido aprobad*", "han sido aprobad*", "quedó aprobad*", "queda aprobad*",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("feria*", "exposición*", "exposiciones*", "salón", "exhibición aérea", "exhibiciones aéreas",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('última hora', 'ultima hora', 'urgente', 'en directo', 'en vivo', 'breaking')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* de sanidad', 'minist* de salud', 'minist* de trabajo', 'minist* de educación',
    'minist* de cultura', 'minist* de hacienda', 'minist* de finanzas', 'minist* de justicia',
    'minist* de agricultura', 'minist* de derechos sociales', 'minist* de inclusión', 'minist* de la familia',
    'minist* de desarrollo social',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diáspora', 'comunidad', 'comunidades', 'compatriotas')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('diputados', 'diputado', 'parlamentarios', 'senadores')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('ofrenda floral', 'corona de flores', 'coronas de flores')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("república de corea",)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("invitado*", "visitante*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:conversaciones|consultas|negociaciones)\\s+(?:[\\w'-]+\\s+){0,12}?(?:sobre|acerca de|relativas a|en torno a)",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("durante la reunión", "durante el encuentro", "tras la reunión", "en el encuentro", "en la reunión", "se reunieron", "se reunió", "mantuvieron", "mantuvo", "se celebraron", "se celebró", "visitó", "recibió", "conversaron", "dialogaron", "analizaron",),
                 "future": ("acordaron", "convinieron en", "se comprometieron a",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Recall (c1, s12): the perfect of the verbs of holding, and their plural ---
# Peninsular Spanish tells today's news in the perfect ("Ha comenzado hoy el ejercicio", "han concluido las
# maniobras") where the preterite ("comenzó") was read; and the preterite plural beside its singular.
LEXICON["conduct"] += ("ha comenzado", "han comenzado", "ha concluido", "han concluido", "ha finalizado", "han finalizado",
                       "ha arrancado", "han arrancado", "ha iniciado", "han iniciado", "se ha iniciado", "se han iniciado",
                       "ha culminado", "han culminado", "ha tenido lugar", "han tenido lugar", "comenzaron", "concluyeron",
                       "arrancó", "arrancaron", "se iniciaron",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("había* firmado", "había* sido firmad*", "había* ya firmado", "había* suscrito", "había* sido suscrit*", "había* ratificado", "había* sido ratificad*", "había* aprobado", "había* sido aprobad*", "había* celebrado", "había* sido celebrad*", "había* tenido lugar", "había* realizado", "se había* reunido")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("acuerdan", "acordaron", "acordó", "acuerda", "han acordado", "ha acordado", "pactan", "pactaron", "convienen", "convinieron")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Kinds (c2, s13): a branch of the armed forces is a defence actor ---
# The land, air or naval forces (their commanders signing an agreement at an exercise's closing ceremony) are the
# armed forces' own, defence actors as "the armed forces" are (rules.is_defence).
_FORCE_BRANCHES = {"defence_actor": ("fuerzas terrestres", "fuerzas aéreas", "fuerza aérea", "fuerzas navales", "fuerzas especiales")}
extend(LEXICON, _FORCE_BRANCHES)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("desde hace años", "durante años", "desde hace décadas", "cada año", "todos los años", "anualmente")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("que", "el cual", "la cual")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("la semana pasada", "recientemente", "hace una semana", "hace unos días", "a principios de mes")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("La ministra habló con ...") names the outlet's own minister, as its press
# names its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's
# state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("la ministra", "el ministro",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("militares de España y Marruecos practicaron el rescate") tells troops exercising:
# with the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as
# ru "отработали" already reads).
_DRILLS = {"conduct": ("practicaron", "se entrenaron", "se adiestraron", "ensayaron")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("el programa de cooperación para el próximo año") binds it to a
# year: a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a
# future word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("del próximo año", "para el próximo año", "del año próximo", "para el año próximo", "del año que viene", "para el año que viene", "del año entrante", "para el año entrante")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("vuelos conjuntos",
                                         "re:(?:entrenamientos?|adiestramientos?)\\s+(?:[\\w-]+\\s+){0,2}?(?:conjuntos?|combinados?)\\b"),
                            "civil_topic": ("aerolínea*", "aerolinea*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "recibida por" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("consultas militares", "consultas de defensa"),
                           "meeting": ("fue recibida por", "fue recibido por", "fueron recibidos por", "fueron recibidas por"),
                           "met": ("fue recibida por", "fue recibido por", "fueron recibidos por", "fueron recibidas por")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ministr* del interior", "ministerio del interior", "ministr* de gobernación", "policía*", "guardia fronteriza", "aduana*", "gendarmería", "guardia civil", "carabineros", "guardia costera", "protección civil", "defensa civil")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): names that end as a future does ---
# The future's ending ("-rán", "-rá") also ends names of seas, cities and people: "el mar de Alborán", "frente a Orán",
# "el general Durán". A manoeuvre held there is no manoeuvre to come (facts.build drops the future cue at a name).
_NOT_FUTURE = {"not_future": ("alborán", "orán", "corán", "durán", "beltrán")}
extend(LEXICON, _NOT_FUTURE)

# --- Precision (c2, s14): an exercise being prepared is still to come ---
# "España y Portugal preparan maniobras navales": preparing an exercise (or a signing) tells it ahead, as en
# "preparing", "preparations for" do.
_PREPARING = {"future": ("preparan", "prepara", "preparando", "preparativos")}
extend(LEXICON, _PREPARING)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("la conferencia principal de planeamiento del ejercicio conjunto"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("de planeamiento", "de planificación", "conferencia* de planeamiento", "conferencia* de planificación", "conferencia* de planificacion", "reunión* de planeamiento", "en preparación de", "en preparación para", "en preparación del",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("que entrará en vigor tras su ratificación"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("tras su ratificación", "después de su ratificación", "tras la ratificación", "después de la ratificación", "una vez ratificado", "una vez ratificada", "sujeto a ratificación", "debe ser ratificado", "debe ser ratificada", "pendiente de ratificación",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Brasilia signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "SA": ("saudita*",), "MY": ("malasi*",), "MX": ("=Sedena", "=SEDENA", "=Semar", "=SEMAR"), "VE": ("=FANB",),
}, "capitals": {
    "ZA": ("pretoria",), "ID": ("yakarta",), "NG": ("abuya",), "KE": ("nairobi",), "MY": ("kuala lumpur",),
    "TH": ("bangkok",), "PH": ("manila",), "VN": ("hanói", "hanoi"), "MZ": ("maputo",), "AO": ("luanda",),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): the joint defence commissions of its pairs ---
# The standing commissions in which two defence establishments meet ("la Comisión Binacional de Defensa"): a defence
# body, whose meeting is the two states' defence talks (detect._talks).
_REST_OF_WORLD_COMMISSIONS = ("comisión binacional de defensa", "comisión mixta de defensa", "comisión mixta de cooperación militar",
           "comité binacional de defensa", "comisión bilateral de defensa")
_REST_OF_WORLD_BODIES = {"defence_actor": _REST_OF_WORLD_COMMISSIONS, "defence_body": _REST_OF_WORLD_COMMISSIONS}
extend(LEXICON, _REST_OF_WORLD_BODIES)

# --- The rest of the world (c4, s15; issue 15): a minister named by his state's adjective ---
# The Romance press puts the minister's state as an adjective inside his title ("el ministro chileno de Defensa"):
# he is his ministry's head all the same, a defence actor on his side of talks (detect._talks); and so an interior
# minister is his state's security body (detect._security_body_met).
_MINISTER_OF_A_STATE = {"security_body": ("re:ministr[oa]s?\\s+[\\w-]+\\s+del\\s+interior(?!\\w)",), "defence_actor": ("re:ministr[oa]s?\\s+[\\w-]+\\s+de\\s+(?:la\\s+)?defensa(?!\\w)",)}
extend(LEXICON, _MINISTER_OF_A_STATE)

# --- The rest of the world (c4, s15; issue 15): the signing named by its noun at a headline's start ---
# "Firma del acuerdo de defensa con Perú" names the signing as "la firma del acuerdo" does, with no article before
# it: the act named as a noun, whose tense the story gives (detect._headline_of_an_act_to_come).
_SIGNING_NOUN = {"act_noun": ("firma del", "firma de un", "firma de una", "firma de los", "firma de las")}
extend(LEXICON, _SIGNING_NOUN)
