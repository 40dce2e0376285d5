"""Portuguese lexicon (European and Brazilian spelling): state names, demonyms and capitals, and the
verbs outlets and official gazettes use for signing ("assinaram", "firmado", "celebraram"), approving
and promulgating (Congress's legislative decree, the presidential decree), meeting and exercising.
Pattern syntax: see ``lexicons/__init__.py``."""

from monitor.classify.lexicons import extend, year_after_name

_MONTHS = ("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro")

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "re:grupos?\\s+de\\s+trabalho\\s+(?:[\\w-]+\\s+){0,2}?(?:de|sobre|para)\\s+(?:a\\s+)?cooperação\\s+(?:militar|de\\s+defesa|na\\s+defesa)",
    "diálogo militar", "comissão militar mista", "comité* de cooperação militar", "comitê* de cooperação militar",
)

LEXICON = {
    "stopwords": ("não", "que", "para", "com", "uma", "os", "das", "dos", "pela", "pelo", "foi", "são", "em",
                  "na", "no", "nas", "nos", "ao", "aos", "entre", "também", "seu", "sua", "à", "do", "da", "de",
                  "um", "ainda", "após", "até"),
    "countries": {
        "BR": ("brasil*", "brasileir*"), "PT": ("portugal", "português", "portugues*", "lusitan*"),
        "US": ("estados unidos", "=EUA", "=EUA.", "norte-american*", "re:american(?<!sul-american)(?<!latino-american)(?<!centro-american)(?<!ibero-american)(?<!pan-american)\\w*", "estadunidens*"),
        "MZ": ("moçambique", "moçambican*"), "AO": ("angola*",), "CV": ("cabo verde", "cabo-verdian*"),
        "GW": ("guiné-bissau", "guineense*"), "ST": ("são tomé*",), "TL": ("timor*",),
        "MA": ("marrocos", "marroquin*"), "DZ": ("argélia", "argelin*"), "CL": ("=Chile", "=CHILE", "chilen*"),
        "AR": ("argentin*",), "PE": ("peru", "peruan*"), "CO": ("colômbia", "colombian*"),
        "UY": ("uruguai*",), "PY": ("paraguai*",), "BO": ("bolívia", "bolivian*"),
        "VE": ("venezuela*", "venezuelan*"), "MX": ("méxico", "mexican*"), "CU": ("cuba", "cuban*"),
        "FR": ("frança", "francês", "frances*"), "DE": ("alemanha", "alemã", "alemão", "alemães", "alemãs"),
        "GB": ("reino unido", "grã-bretanha", "britânic*", "inglês", "ingles*"), "IT": ("itália", "italian*"),
        "ES": ("espanha", "espanhol*", "espanhóis"), "RU": ("rússia", "russ*"), "UA": ("ucrânia", "ucranian*"),
        "CN": ("china", "chinês", "chines*"), "IN": ("índia", "indian*"), "JP": ("japão", "japonês", "japones*"),
        "TR": ("turquia", "turc*"), "AZ": ("azerbaijão", "azerbaijan*", "azeri*"), "GE": ("geórgia", "georgian*"),
        "AM": ("armênia", "arménia", "armeni*"), "KZ": ("cazaquistão", "cazaque*"), "UZ": ("uzbequistão", "uzbeque*"),
        "SI": ("eslovênia", "eslovénia", "esloven*"), "PL": ("polônia", "polónia", "polac*", "polonês", "polones*"),
        "GR": ("grécia", "greg*"), "CY": ("chipre", "cipriot*"), "IL": ("israel*",),
        "EG": ("egito", "egipto", "egípci*"), "AE": ("emirados árabes unidos", "emirados", "emiradens*"),
        "SA": ("arábia saudita", "saudit*"), "QA": ("catar", "qatar*", "catarian*"), "SE": ("suécia", "suec*"),
        "ZA": ("áfrica do sul", "sul-african*"), "NG": ("nigéria", "nigerian*"),
        "KR": ("coreia do sul", "coréia do sul", "sul-coreano*", "sul-coreana*"),
        "NL": ("países baixos", "holanda", "holandês", "holandes*", "neerlandês", "neerlandes*"), "CA": ("canadá", "canadens*"),
        "AU": ("austrália", "australian*"), "RO": ("romênia", "roménia", "romen*"), "IR": ("irão", "irã", "iran*"),
        "BE": ("bélgica", "belga*"), "NO": ("noruega*", "norueg*",), "FI": ("finlândia", "finlandês", "finlandes*"),
        "DK": ("dinamarca", "dinamarquês", "dinamarques*"), "CZ": ("república checa", "chéquia", "tchéquia", "chec*", "tchec*"),
        "HU": ("hungria", "húngar*"), "BG": ("bulgária", "búlgar*"), "RS": ("sérvia", "sérvi*"),
        "HR": ("croácia", "croat*"), "LT": ("lituânia", "lituan*"), "PK": ("paquistão", "paquistan*"),
        "ID": ("indonésia", "indonés*", "indonési*"), "VN": ("vietnã", "vietname", "vietnamit*"),
        "SN": ("senegal*",), "NE": ("níger",), "TN": ("tunísia", "tunisin*"), "LY": ("líbia", "líbi*"),
        "JO": ("jordânia", "jordanian*"), "LB": ("líbano", "libanês", "libanes*"), "SY": ("síria", "síri*"),
        "IQ": ("iraque", "iraquian*"), "EC": ("equador", "equatorian*"), "GY": ("guiana",),
        "BY": ("bielorrússia", "belarus*"), "MD": ("moldávia", "moldova*"),
        # Demonyms CLDR's names do not start
        "IE": ("irlandês", "irlandes*"), "TH": ("tailandês", "tailandes*"), "CG": ("congolês", "congoles*"),
        "NP": ("nepalês", "nepales*"), "MT": ("maltês", "maltes*"), "CH": ("suíço", "suíça", "suíços", "suíças"),
        "AT": ("áustria", "austríac*"), "SK": ("eslovaqu*", "eslovac*"), "EE": ("estóni*", "estôni*", "estonian*"),
        "LV": ("letóni*", "letôni*", "letão", "letões"),
    },
    # The first state of a pair written as one adjective ("acordo luso-angolano"): matched only before a hyphen.
    "combining": {"PT": ("luso",), "ES": ("hispano",), "FR": ("franco",), "DE": ("germano", "teuto"), "CN": ("sino",),
                  "JP": ("nipo",), "IT": ("ítalo", "italo"), "IL": ("israelo",), "US": ("américo", "americano")},
    "capitals": {"BR": ("brasília",), "PT": ("lisboa",), "US": ("washington",), "MZ": ("maputo",),
                 "AO": ("luanda",), "RU": ("moscou", "moscovo"), "FR": ("paris",), "GB": ("londres",),
                 "ES": ("madri", "madrid"), "AR": ("buenos aires",), "CN": ("pequim",), "UA": ("kiev", "kyiv"),
                 "AZ": ("baku",), "TR": ("ancara",), "DE": ("berlim",), "IT": ("roma",),
                 "MA": ("rabat",), "DZ": ("argel",), "EG": ("cairo",), "SA": ("riade",), "QA": ("doha",),
                 "GR": ("atenas",), "PL": ("varsóvia",), "JP": ("tóquio",), "KR": ("seul",),
                 "IN": ("nova deli", "nova délhi"), "AU": ("camberra",), "CA": ("otava", "ottawa"),
                 "MX": ("cidade do méxico",), "CL": ("santiago do chile",), "PE": ("lima",), "CO": ("bogotá",),
                 "VE": ("caracas",), "UY": ("montevidéu", "montevideu"), "PY": ("assunção",), "EC": ("quito",),
                 "GW": ("bissau",), "TL": ("díli", "dili"), "ZA": ("pretória",), "NG": ("abuja",),
                 "IR": ("teerão", "teerã"), "IL": ("telavive", "tel aviv", "jerusalém")},
    "blocs": {"NATO": ("=OTAN", "=Otan", "=NATO"), "EU": ("=UE", "união europeia"), "CIS": ("=CEI",),
              "CSTO": ("=OTSC",), "SCO": ("=OCX",)},
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "=OSCE", "liga árabe",
                     "trilatera*", "tripartid*", "multilatera*", "três países", "quatro países",
                     "cinco países", "países-membros", "estados-membros", "estados membros", "# países",
                     "# nações", "multinaciona*",
                     # three or more, in words, and allies at large
                     "re:(?:seis|sete|oito|nove|dez|onze|doze|vinte)\\s+(?:países|nações|estados)", "países aliados",
                     "nações aliadas", "forças aliadas", "tropas aliadas", "militares aliados", "outros aliados",
                     # regional frames, whichever two of their members a sentence names
                     "=CPLP", "comunidade dos países de língua portuguesa", "países de língua portuguesa", "=PALOP",
                     "=SADC", "=CEDEAO", "=Mercosul", "=UNASUL", "união africana"),
    "bilateral": ("bilatera*", "dois países", "ambos os países", "as duas partes", "ambas as partes",
                  "os dois ministros", "duas nações"),
    "between": ("entre",),
    "counterpart": ("com o ministro", "com a ministra", "com o chefe", "homólog*", "contraparte*", "partes", "ambos", "os dois"),
    "sidelines": ("à margem", "a margem"),
    "sign": ("assinaram", "assinou", "assinam", "assina", "assinado", "assinada", "assinados", "assinadas",
             "assinatura", "firmaram", "firmou", "firmado", "firmada", "firmados", "firmadas", "celebraram",
             "celebrou", "celebrado", "celebrada", "rubricaram", "rubricado", "concluíram", "renovaram",
             "subscreveram", "subscreveu", "subscrito", "subscrita", "selaram", "selou"),
    "sign_participle": ("assinado", "assinada", "assinados", "assinadas", "firmado", "firmada", "celebrado",
                        "celebrada", "aprovado", "aprovada"),
    "determiners": ("acordo*", "memorando*", "plano*", "protocolo*", "programa*", "tratado*", "convênio*", "convénio*", "um", "uma", "o", "a", "os", "as", "dois", "duas", "novo", "nova", "re:[\"']"),
    "aux": ("foi", "foram", "é", "são", "tinha", "tinham", "ter", "tendo", "sido", "havia", "haviam",
            "oficialmente", "também"),
    "approve": ("aprovou", "aprovaram", "aprova", "aprovado", "aprovada", "aprovados", "aprovadas",
                "deu luz verde", "deram luz verde", "votou a favor", "votaram a favor",
                "aprovação", "referendou", "referendado", "chancelou", "homologou"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("comissão de relações exteriores", "comissão de defesa", "comissão de negócios estrangeiros", "primeira leitura",),
    "ratify": ("ratific*", "promulg*", "decreto legislativo", "decreto presidencial"),
    "authority": ("congresso*", "senado", "câmara dos deputados", "câmara", "plenário", "assembleia da república",
                  "parlamento", "governo", "presidente", "presidência", "conselho de ministros",
                  "lei", "deputados", "senadores",
                  # the instrument that approves a signed agreement, and where it is published
                  "decreto*", "diário da república", "diário oficial"),
    "plan_nouns": ("plano", "planos", "plano de ação", "plano de acção"),
    "programme_nouns": ("programa*", "programa-quadro"),
    "agreement_nouns": ("acordo*", "memorando*", "protocolo*", "tratado*", "contrato*", "convênio*",
                        "convénio*", "roteiro", "declaração de intenç*", "carta de intenç*", "ajuste*",
                        "entendimento*", "arranjo*", "instrumento*", "declaração conjunta", "parceria estratégica",
                        # the minutes signed at a meeting, an amendment to an agreement
                        "ata", "atas", "termo aditivo", "aditivo", "emenda", "emendas"),
    "generic_doc_nouns": ("documento*",),
    "meeting": ("reuni*", "encontr*", "visita*", "visitou", "recebeu", "conversaç*", "consulta*",
                "diálogo", "discuti*", "debateram", "reunião de trabalho", "telefonema", "conversa telefónica",
                "conversa telefônica", "videoconferência", "grupo de trabalho",
                # a call between ministers is a consultation ("conversou por telefone com o homólogo")
                "conversou", "conversaram", "por telefone", "telefonou", "telefonaram", "ao telefone"),
    # The meeting named as a noun: a sentence that names it so ("the visit is part of ...") tells the
    # meeting the story told before it, in that meeting's tense.
    "meeting_noun": ("visita", "visitas", "reunião", "reuniões", "encontro", "encontros", "conversações", "consultas",
                     "telefonema", "videoconferência"),
    "exercise": ("exercício*", "manobra*", "treinamento* conjunto*", "treino* conjunto*", "operação conjunta",
                 "adestramento*"),
    "conduct": ("começa", "começam", "inicia", "iniciam", "arrancam", "realiza*", "realizou", "realizaram", "iniciou", "iniciaram", "começou", "começaram",
                "decorre*", "decorreu", "concluiu", "concluíram", "terminou", "encerrou", "participa*",
                "tem lugar", "teve lugar", "arranca", "arrancou", "conduzi*", "promove*",
                # carried out, performed ("efetuaram", "executaram", "desenvolveram")
                "realiz*", "efetu*", "efectu*", "execut*", "desenvolv*"),
    "discussion": ("discut*", "perspetiva*", "perspectiva*", "convit*", "convidou"),
    "defence_actor": (
                      *_BODIES,
                      "ministr* da defesa", "ministério da defesa", "minist* da defesa nacional",
                      "forças armadas", "exército*", "marinha*", "força aérea", "aeronáutica",
                      "estado-maior*", "estado maior", "chefe do estado-maior*", "comandante*", "delegação militar",
                      "adido* militar*", "adido* de defesa", "indústria de defesa", "militares",
                      # the head of defence and the services by the names the press uses
                      "titular da defesa", "titular da pasta da defesa", "forças aéreas", "fuzileiros navais",
                      "chefe do estado-maior-general"),
    "defence_topic": ("defesa", "militar*", "técnico-militar*", "armament*", "tropas", "soldados"),
    "civil_actor": (
                    # civil defence and civil protection are emergency services, not armed forces
                    "defesa civil", "proteção civil",
                    "polícia*", "guarda de fronteira*", "guarda fronteiriç*", "ministério do interior",
                    "ministr* do interior", "ministério da administração interna", "administração interna",
                    "ministério da justiça", "relações exteriores", "negócios estrangeiros", "itamaraty",
                    "alfândega*", "receita federal", "proteção civil", "defesa civil", "bombeiros",
                    "guarda nacional republicana", "serviço de estrangeiros*"),
    "civil_topic": ("energia", "petróleo", "gás", "comércio", "comercia*", "económic*", "econômic*",
                    "investiment*", "turismo", "saúde", "educação", "cultura*", "desport*", "esport*",
                    "futebol", "transporte*", "sanç*", "agricultura", "nuclear", "ciência"),
    "company": ("estaleiro*", "empresa*", "companhia*", "corporação", "fabricante*", "=Embraer", "=Ltda", "=S.A."),
    "future": ("amanhã", "irá", "irão", "assinará*",
               # "vai"/"vão" with the infinitive of an act, a meeting or an exercise (not "o acordo, que vai
               # reforçar a cooperação, foi assinado": a clause about what a done act will bring)
               "re:v(?:ai|ão)\\s+(?:assinar|firmar|celebrar|rubricar|visitar|reunir|encontrar|receber|realizar|"
               "participar|ratificar|aprovar|promulgar|conversar|deslocar)\\w*",
               # the future and conditional of the verbs that report an act, a meeting or an exercise
               "re:assinar(?:ão|ia|iam)", "re:firmar(?:á|ão|ia|iam)", "re:celebrar(?:á|ão|ia|iam)",
               "re:subscrever(?:á|ão|ia|iam)", "re:realizar(?:á|ão|-se-á|-se-ão)", "re:decorrer(?:á|ão)",
               "re:começar(?:á|ão)", "re:iniciar(?:á|ão)", "re:reunir(?:á|ão|-se-á|-se-ão)",
               "re:encontrar(?:á|ão|-se-á|-se-ão)", "re:visitar(?:á|ão)", "re:receber(?:á|ão)",
               "re:participar(?:á|ão)", "re:aprovar(?:á|ão)", "re:ratificar(?:á|ão)", "deverá", "deverão", "deve assinar",
               "devem assinar", "prevê*", "prevista", "previsto", "pretende*", "planeia*", "planeja*",
               "negocia*", "proposta", "propôs", "poderá", "poderão", "poderia",
               # next week is ahead; "the plan for next year" names the plan's year, not the act's time
               "re:próxim[oa]s?(?!\\s+ano)",
               "próximos passos",
               # the signing a verb of discussing governs is still to come ("discutiram a assinatura")
               # an approval or authorisation of the signing precedes it ("aprovou a assinatura do acordo")
               "re:(?:aprov|autoriz)\\w*\\s+a\\s+assinatura",
               "re:(?:discut|analis|abord|negoci|estud)\\w*\\s+(?:a\\s+)?assinatura", "em análise", "será assinad*", "serão assinad*", "será firmad*", "será celebrad*", "terá de", "precisa", "ainda precisa",
               "seguem para", "segue para", "seguirá", "deve ser", "devem ser", "precisa ser", "precisam ser",
               # A bill whose text "aprova" the agreement says what it would do once passed: its own
               # adoption ("foi aprovado", "aprovou o projeto") is the act, not its content.
               "re:(?:projeto|projecto|proposta|pdl|texto|mensagem)(?:\\s+de\\s+decreto\\s+legislativo)?"
               "(?:\\s+\\(pdl\\))?(?:\\s+(?:n\\.?º\\s*)?[\\d./]+)?(?:\\s+que)?\\s+aprova(?!\\w)"),
    # The act named as a noun: the verb of its clause gives it its tense ("a assinatura do acordo está
    # prevista para ...").
    "act_noun": ("assinatura", "assinaturas", "ratificação", "promulgação"),
    # The procedure named as a noun ("enviado ao Congresso para ratificação"): only a verb reports that
    # the ratification happened.
    "ratify_noun": ("ratificação", "ratificações"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    # A training ship's port call (its crew's visits ashore are no talks between officials).
    "port_call": ("navio-escola", "navio escola", "viagem de instrução", "guardas-marinha", "re:fez\\s+escala", "re:faz\\s+escala", "re:realizou\\s+escala"),
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("conjunt*", "combinad*"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": ("com",),
    "purchase": (
                 # a contract to supply or deliver arms is a sale, as a purchase is
                 "contrato de fornecimento", "contrato para o fornecimento", "contrato de venda", "fornecimento de #",
                 "compra", "compras", "comprar", "comprou", "aquisição", "aquisições", "adquirir", "adquiriu",
                 "encomenda de #",
                 # a gift of arms handed over (its handover certificate signed) is no cooperation act either
                 "doação", "doações", "donativo", "donativos"),
    # A state named as a place, not a party ("na fronteira com a Bolívia").
    # Where the act is held ("... in Serbia"): a party unless the sentence names two other states.
    "venue": ("em", "no", "na", "nos", "nas", "em território de"),
    "place": ("fronteira com", "fronteiras com", "divisa com", "limite com"),
    # A story turning to another item: what follows is secondary to its own news.
    "turn": ("entretanto", "noutra frente", "em outra frente", "noutro plano", "em outro plano"),
    "draft": ("projeto*", "projecto*", "minuta*", "=PDL"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# anos desde", "# anos depois", "# anos após", "# anos da assinatura",
                "aniversário da assinatura",
                "re:(?:dez|quinze|vinte|trinta|quarenta|cinquenta)\\s+anos\\s+(?:desde|depois|após|da\\s+assinatura)"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "há * anos", "aniversário da assinatura",
                   "anteriormente", "no ano passado", "em anos anteriores", "desde",
                   # an act recalled ("recalled that ...", "years ago"): not the story's news
                   "recordou que", "recordaram que", "recorde-se que", "lembrou que", "lembre-se que", "há # anos"),
    "reporting": ("disse", "afirmou", "informou", "anunciou", "declarou", "segundo", "de acordo com",
                  "lê-se", "comunicado", "nota", "referiu"),
    "start": ("começa", "começam", "inicia", "iniciam", "começou", "começaram", "iniciou", "iniciaram", "arranca", "arrancou", "abertura", "inaugur*"),
    "date_joiners": ("de",),
    "range_words": ("a", "e"),
    "months": {"janeiro": 1, "fevereiro": 2, "março": 3, "abril": 4, "maio": 5, "junho": 6, "julho": 7,
               "agosto": 8, "setembro": 9, "outubro": 10, "novembro": 11, "dezembro": 12,
               # agency datelines abbreviate: "Lisboa, 12 mar (Lusa)"
               "jan": 1, "fev": 2, "mar": 3, "abr": 4, "mai": 5, "jun": 6, "jul": 7, "ago": 8, "set": 9,
               "out": 10, "nov": 11, "dez": 12},
    # Act verbs in the present tense: with a day to come, the act is announced ("assina na sexta-feira").
    "present": ("assina", "assinam", "firma", "firmam", "celebra", "celebram", "ratifica", "ratificam",
                "rubrica", "rubricam"),
    # Time words that point ahead.
    "coming": ("na próxima semana", "na semana que vem", "no próximo mês", "nos próximos dias", "em breve"),
    "weekdays": {"segunda-feira": 0, "terça-feira": 1, "quarta-feira": 2, "quinta-feira": 3, "sexta-feira": 4,
                 "sábado": 5, "domingo": 6},
    "today": ("hoje", "esta tarde", "esta manhã"),
    "yesterday": ("ontem",),
    "plan_year": (r"\bpara (?:o )?(?:ano )?(?:de )?(20\d\d)\b", r"\b(20\d\d)\s*(?:-|–|/|a|e)\s*20\d\d\b",
                  # "Programa-Quadro de Cooperação no domínio da Defesa 2026-2030"
                  year_after_name(("plano", "planos", "programa", "programas", "programa-quadro"),
                                  _MONTHS + ("de", "em", "desde", "até", "entre", "antes", "após", "depois"))),
    "story_end": ("deixe um comentário", "comentários", "notícias relacionadas", "mais notícias", "partilhe*",
                  "compartilhe*", "veja também", "últimas notícias", "publicidade", "tags", "mais lidas"),
    "story_skip": ("ouvir notícia", "- publicidade -"),
    "story_aside": ("leia também", "leia mais", "veja também", "saiba mais", "relacionadas", "relacionados",
                    "ler também", "ler mais"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*", "telefónic*", "telefônic*")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("cooperação", "colaboração", "relações", "parceria*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("situação", "guerra", "conflito*", "crise*", "frente", "hostilidades", "escalada")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("cessar-fogo", "trégua", "prisioneiros", "desescalada", "negociações de paz",
                         "conversações de paz", "acordo de paz")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("negociaç*", "negociar")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("padrão", "padrões", "normas")
# A document named as the basis of what is told, not its object ("under the agreement ..."); a
# ratification told of it is the frame's past, not the act (facts._frame_ratifications).
LEXICON["frame"] = ("no ambito do", "no ambito da", "ao abrigo do", "ao abrigo da", "nos termos do",
                    "nos termos da", "com base no", "com base na", "em conformidade com", "no quadro do",
                    "no quadro da")
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("embaixador*", "embaixada*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("rescindi*", "denunci*", "suspend*", "anulou", "anulado", "revog*", "pôs fim", "pôr fim")

# The opening or closing ceremony of an exercise ("a cerimónia de abertura do exercício conjunto") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("cerimônia de abertura", "cerimónia de abertura", "cerimônia de encerramento", "cerimónia de encerramento",)

# An exercise held in one state with the participation of another's forces ("militares angolanos participaram no exercício em Portugal") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("com a participação de", "participaram no", "participaram na", "participaram do", "participaram da",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("felicit*", "parabéns", "condolências", "pêsames",),
    "habitual": ("# vezes", "várias vezes", "regularmente",
                 "re:(?:duas|três|quatro|cinco|seis|sete|oito|nove|dez)\\s+vezes",),
    "future": ("adiad*", "adiou", "cancelad*", "cancelou", "não se reuniram", "não assinaram", "desmentiu",
               "desmente",),
    "civil_actor": ("ministr* da economia", "ministr* do comércio", "ministr* das finanças",
                    "ministr* da fazenda", "ministr* da saúde", "ministr* da educação",
                    "ministr* da cultura", "ministr* da justiça", "chanceler*", "chancelaria*",),
    "submission": ("enviou ao congresso", "enviado ao congresso", "submeteu à assembleia",
                   "submetido à assembleia", "remetido ao parlamento", "enviou ao parlamento",
                   "enviado ao parlamento", "submeteu ao parlamento",),
    "interview": ("em entrevista", "numa entrevista", "uma entrevista", "na entrevista",),
    "company": ("pavilhão", "pavilhões", "fabricado no", "fabricados no", "fabricado na", "fabricados na",
                "fabricado em", "fabricados em",),
    "former": ("ex",),
    "settlement": ("manutenção da paz", "capacetes azuis", "refém", "reféns",),
    "works": ("fábrica*", "estaleiro*",),
    "other_law": ("alteraç*", "orçamento*",),
}
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('competição', 'competições', 'concurso*', 'campeonato*', 'torneio*', 'olimpíada*', 'festival*', 'jogos', 'desfile*', 'taça')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen": ("cidadão", "cidadã", "cidadãos", "cidadãs", "de nacionalidade",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("despedida*", "se despediu", "despedir-se", "visita de apresentação", "visita de cumprimentos",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("cadete*", "estudante*", "alunos", "jornalista*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a university, a municipality or a region signs, not its state ---
# A civil university, a municipality or a region named by its state's adjective right after it signs for itself:
# with fewer than two other states, no act between states (detect._civil_signatory). Not where it is a venue
# ("na região angolana de"); military universities and academies are no civil bodies.
_CIVIL_BODIES = ('universidade', 'universidades', 'câmara municipal', 'câmaras municipais', 'município',
                 'municipalidade', 'autarquia', 'região', 'região autónoma', 'região autônoma', 'província',
                 'estado federado')
_NOT_A_VENUE = "re:(?<!na )(?<!no )(?<!em )(?<!pela )(?<!pelo )"
_CIVIL_SIGNATORIES = {"civil_signatory": tuple(_NOT_A_VENUE + word for word in _CIVIL_BODIES)}
extend(LEXICON, _CIVIL_SIGNATORIES)

# --- Precision (c2, s11): whole articles ---
# A visit's programme announced in the plural ("estão previstas visitas à Academia Militar") is still to come, as its
# singular is: a headline "Ministro visita Portugal" over such a story announces the visit
# (detect._headline_of_a_meeting_to_come).
# An act in the present told as what the states do every year is a habit (rules.act_as_a_habit: "Portugal assina todos
# os anos programas de cooperação").
_WHOLE_ARTICLES = {"future": ("previstas", "previstos",),
                   "habitual": ("todos os anos", "cada ano", "anualmente", "ano após ano",)}
extend(LEXICON, _WHOLE_ARTICLES)
# Veterans of another state received on a holiday are a lay group, no official delegation: no talks (detect._lay_visit,
# as for cadets and journalists).
_VETERANS = {"lay_visitor": ("veterano*", "antigos combatentes",)}
extend(LEXICON, _VETERANS)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("foto de arquivo", "imagem de arquivo", "foto: arquivo", "fotografia de arquivo",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("empréstimo*", "linha de crédito",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("foi aprovad*", "foram aprovad*", "é aprovad*", "ficou aprovad*", "foi homologad*",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("feira*", "exposição*", "exposições*", "salão", "show aéreo", "shows aéreos",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('última hora', 'ultima hora', 'urgente', 'em direto', 'ao vivo', 'breaking')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'minist* da saúde', 'minist* do trabalho', 'minist* da educação', 'minist* da cultura',
    'minist* das finanças', 'minist* da fazenda', 'minist* da justiça', 'minist* da agricultura',
    'minist* da família', 'minist* da solidariedade', 'minist* do desenvolvimento social',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diáspora', 'comunidade', 'comunidades', 'compatriotas')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('deputados', 'deputado', 'parlamentares', 'senadores')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('coroa de flores', 'coroas de flores')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("república da coreia", "república da coréia",)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("visitante*", "convidado*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:conversações|conversaçoes|consultas|negociações)\\s+(?:[\\w'-]+\\s+){0,12}?(?:sobre|acerca de|relativas a)",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("estados-maiores", "estado-maior",)

# --- Recall and kinds (c1, s12): a meeting told as done, and what its sides agreed to do ---
# A meeting told by a verb in the past took place, whatever a later clause announces (``met``, as en, ru, tr, az,
# kk, uz read: "the ministers met and agreed to hold a joint exercise next year" is talks); what the sides agreed to
# do is still to come (``future``, as en "agreed to"), not an exercise held. A meeting named as the occasion ("during
# the meeting, the ministers agreed to ...") took place, as en reads "during the meeting"; a visit so named may be
# one still to come ("Durante a visita, os dois ministros deverão assinar"), and is left out.
_TOLD_AS_DONE = {"met": ("durante a reunião", "durante o encontro", "no encontro", "na reunião", "reuniram-se", "reuniu-se", "se reuniram", "se reuniu", "encontraram-se", "encontrou-se", "recebeu", "realizaram-se", "realizou-se", "visitou", "discutiram", "mantiveram",),
                 "future": ("acordaram", "concordaram em", "decidiram",)}
extend(LEXICON, _TOLD_AS_DONE)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("tinha* assinado", "havia* assinado", "tinha* sido assinad*", "havia* sido assinad*", "tinha* ratificado", "havia* ratificado", "tinha* sido ratificad*", "havia* sido ratificad*", "tinha* aprovado", "havia* aprovado", "tinha* sido aprovad*", "havia* sido aprovad*", "tinha* realizado", "havia* realizado", "tinha* sido realizad*", "havia* sido realizad*", "se tinha* reunido", "se havia* reunido")}
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("acordam", "acordaram", "acorda", "concordam em", "concordaram em", "combinaram", "combinam")}
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("há anos", "há muitos anos", "há décadas")}
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("que", "o qual", "a qual")}
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("na semana passada", "recentemente", "há uma semana", "nos últimos dias", "há alguns dias")}
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("O ministro teve uma conversa com ...") names the outlet's own minister, as
# its press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("o ministro", "a ministra",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("militares de Portugal e Espanha treinaram o resgate") tells troops exercising:
# with the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as
# ru "отработали" already reads).
_DRILLS = {"conduct": ("treinaram", "praticaram", "ensaiaram", "exercitaram")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("o programa de cooperação para o próximo ano") binds it to a
# year: a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a
# future word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("do próximo ano", "para o próximo ano", "do ano que vem", "para o ano que vem", "do ano seguinte", "para o ano seguinte")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("voos conjuntos",
                                         "re:(?:treinos?|treinamentos?)\\s+(?:[\\w-]+\\s+){0,2}?(?:conjuntos?|combinados?)\\b"),
                            "civil_topic": ("companhia* aérea*", "companhia* aerea*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation "recebida por" an official was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"meeting": ("foi recebid* por", "foi recebid* pel*", "foram recebid* por", "foram recebid* pel*"),
                           "met": ("foi recebid* por", "foi recebid* pel*", "foram recebid* por", "foram recebid* pel*")}
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ministr* do interior", "ministério do interior", "administração interna", "polícia*", "guarda de fronteira*", "alfândega*", "aduana*", "proteção civil", "defesa civil", "gendarmaria", "guarda nacional republicana")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("a conferência principal de planeamento do exercício conjunto"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("de planeamento", "de planejamento", "conferência* de planeamento", "conferência* de planejamento", "conferencia* de planeamento", "reunião de planeamento", "reunião de planejamento", "em preparação para", "em preparação do", "em preparação da", "preparativos para",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("que entrará em vigor após a sua ratificação"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("após a sua ratificação", "após a ratificação", "após ratificação", "depois da sua ratificação", "depois da ratificação", "sujeito a ratificação", "uma vez ratificado", "uma vez ratificada", "deve ser ratificado", "deve ser ratificada",)}
extend(LEXICON, _RATIFICATION_AHEAD)


# --- The rest of the world (c4, s15; issue 15): parties outside the sources' region ---
# What CLDR's names lack for states outside the sources' region, as their own press names them: demonyms and
# adjectives its names do not start, armed forces known by their own name, and capitals the press names
# as their governments ("Luanda signed ..."), read as capitals are (a venue unless they act).
_REST_OF_WORLD = {"countries": {
    "KE": ("quenian*",), "MY": ("malási*", "malaisian*", "malasian*"), "PH": ("filipin*",), "ST": ("são-tomens*", "santomens*"),
    "MZ": ("=FADM",),
}, "capitals": {
    "ID": ("jacarta",), "KE": ("nairóbi", "nairobi"), "SN": ("dacar",), "GH": ("acra",), "CV": ("praia",),
    "ST": ("são tomé",), "MY": ("kuala lumpur",), "TH": ("banguecoque", "bangkok"), "VN": ("hanói", "hanoi"),
}}
extend(LEXICON, _REST_OF_WORLD)

# --- The rest of the world (c4, s15; issue 15): the joint defence commissions of its pairs ---
# The standing commissions in which two defence establishments meet ("a Comissão Mista de Defesa"): a defence
# body, whose meeting is the two states' defence talks (detect._talks).
_REST_OF_WORLD_COMMISSIONS = ("comissão mista de defesa", "comissão mista de cooperação militar", "comissão conjunta de defesa",
           "comissão bilateral de defesa", "comissão mista permanente de defesa")
_REST_OF_WORLD_BODIES = {"defence_actor": _REST_OF_WORLD_COMMISSIONS, "defence_body": _REST_OF_WORLD_COMMISSIONS}
extend(LEXICON, _REST_OF_WORLD_BODIES)

# --- The rest of the world (c4, s15; issue 15): a minister named by his state's adjective ---
# The Romance press puts the minister's state as an adjective inside his title ("o ministro angolano da Defesa"):
# he is his ministry's head all the same, a defence actor on his side of talks (detect._talks); and so an interior
# minister is his state's security body (detect._security_body_met).
_MINISTER_OF_A_STATE = {"security_body": ("re:ministr[oa]s?\\s+[\\w-]+\\s+(?:do\\s+interior|da\\s+administração\\s+interna)(?!\\w)",), "defence_actor": ("re:ministr[oa]s?\\s+[\\w-]+\\s+da\\s+defesa(?!\\w)",)}
extend(LEXICON, _MINISTER_OF_A_STATE)
