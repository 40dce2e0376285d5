"""Uzbek lexicon, in the Latin script (oʻ and gʻ written with any apostrophe, normalised to "'") and in
the Cyrillic one that many outlets still use: state names as stems (Oʻzbekistonning, Ўзбекистонга),
demonyms, capitals, and the forms Uzbek outlets use for "signed" (imzolandi, imzoladi), "approved"
(tasdiqlandi), "met" (uchrashdi), "held" (oʻtkazildi, boʻlib oʻtdi) and the exercise (mashq,
oʻquv mashgʻuloti).

"Reja" (plan) is listed by its case forms: its stem also begins "rejalashtirilgan" (planned), which
marks an act as not yet done. "Moʻljallangan" (intended for) names the year a plan covers and is no
future marker. Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend

_MONTH_STEMS = ("yanv|fevr|mart|apr|may|iyun|iyul|avg|sent|okt|noy|dek|"
                "янв|февр|март|апр|май|июн|июл|авг|сент|окт|ноя|дек")

LEXICON = {
    "stopwords": ("va", "bilan", "uchun", "hamda", "ham", "esa", "tomonidan", "haqida", "qildi", "etdi",
                  "ushbu", "yil", "davomida",
                  "ва", "билан", "учун", "ҳамда", "ҳам", "эса", "томонидан", "ҳақида", "қилди", "этди",
                  "ушбу", "бўйича", "ўртасида", "йил", "давомида"),
    "countries": {
        "UZ": (# the press names its own ministry without the state ("Mudofaa vaziri ... uchrashdi"); another
               # state's comes after its name ("Qozog'iston mudofaa vaziri")
               "re:mudofaa vazir(?<!\\w mudofaa vazir)\\w*", "re:мудофаа вазир(?<!\\w мудофаа вазир)\\w*",
               "o'zbekiston*", "o'zbek*", "ўзбекистон*", "ўзбек*",
               # the republic's abbreviation before its ministries ("O'zR Mudofaa vazirligi", "ЎзР ММВ")
               "=O'zR", "=ЎзР", "=ЎР"),
        "KZ": ("qozog'iston*", "qozoq*", "қозоғистон*", "қозоқ*"),
        "RU": ("rossiya*", "rus", "россия*", "рус"),
        "AZ": ("ozarboyjon*", "ozarbayjon*", "azarbayjon*", "озарбайжон*", "озарбойжон*"),
        "TR": ("turkiya*", "туркия*", "turk", "турк"),
        "KG": ("qirg'iziston*", "qirg'iz*", "қирғизистон*", "қирғиз*"),
        "TJ": ("tojikiston*", "tojik*", "тожикистон*", "тожик*"),
        "TM": ("turkmaniston*", "turkman*", "туркманистон*", "туркман*"),
        "AM": ("armaniston*", "арманистон*"), "GE": ("gruziya*", "грузия*"),
        "BY": ("belarus*", "беларус*"), "UA": ("ukraina*", "украина*"),
        "CN": ("xitoy*", "хитой*", "=XXR", "=ХХР"), "US": ("=AQSh", "=AQSH", "=АҚШ", "amerika*", "америка*"),
        "AF": ("afg'oniston*", "афғонистон*"), "PK": ("pokiston*", "покистон*"),
        "IN": ("hindiston*", "ҳиндистон*"), "IR": ("eron*", "эрон*"), "DE": ("germaniya*", "германия*"),
        "FR": ("fransiya*", "франция*"), "GB": ("buyuk britaniya*", "буюк британия*", "britaniya*", "британия*"),
        "IT": ("italiya*", "италия*"), "PL": ("polsha*", "польша*"), "JP": ("yaponiya*", "япония*"),
        "KR": ("janubiy koreya*", "жанубий корея*", "koreya respublikasi*", "корея республикаси*"),
        "EG": ("misr*", "миср*"), "SA": ("saudiya arabistoni*", "саудия арабистони*"),
        "AE": ("=BAA", "=БАА", "birlashgan arab amirliklari*"), "IL": ("isroil*", "исроил*"),
        "MN": ("mo'g'uliston*", "муғулистон*"), "MY": ("malayziya*", "малайзия*"),
        "ID": ("indoneziya*", "индонезия*"), "VN": ("vetnam*", "ветнам*"), "LV": ("latviya*", "латвия*"),
        "LT": ("litva*", "литва*"), "HU": ("vengriya*", "венгрия*"), "CZ": ("chexiya*", "чехия*"),
        "RS": ("serbiya*", "сербия*"), "GR": ("gretsiya*", "греция*"), "QA": ("qatar*",),
    },
    "capitals": {
        "UZ": ("toshkent*", "тошкент*", "tashkent*"), "RU": ("moskva*", "москва*"),
        "KZ": ("astana*", "остона*", "астана*"), "AZ": ("boku*", "боку*"), "KG": ("bishkek*", "бишкек*"),
        "TJ": ("dushanbe*", "душанбе*"), "TM": ("ashxobod*", "ашхобод*"), "AM": ("yerevan*", "ереван*"),
        "GE": ("tbilisi*", "тбилиси*"), "BY": ("minsk*", "минск*"), "UA": ("kiyev*", "киев*"),
        "TR": ("anqara*", "анқара*", "ankara*"), "CN": ("pekin*", "пекин*"), "US": ("vashington*", "вашингтон*"),
        "AF": ("kobul*", "кобул*"), "PK": ("islomobod*",), "IR": ("tehron*", "теҳрон*"),
    },
    "blocs": {
        "CIS": ("=MDH*", "=МДҲ*", "mustaqil davlatlar hamdo'stlig*", "мустақил давлатлар ҳамдўстлиг*"),
        "CSTO": ("=KXShT*", "=КХШТ*"), "NATO": ("=NATO*", "=НАТО*"),
        "SCO": ("=ShHT*", "=ШҲТ*", "shanxay hamkorlik tashkiloti*", "шанхай ҳамкорлик ташкилоти*"),
        "EU": ("=YeI", "=ЕИ", "yevropa ittifoqi*", "европа иттифоқи*"),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "turkiy davlatlar tashkilot*", "туркий давлатлар ташкилот*",
                     # three or more states counted in words ("from eight countries"): a multinational event
                     "re:(?:uch|besh|olti|yetti|sakkiz)\\s+(?:davlat|mamlakat)\\w*", "to'rt davlat*", "to'rt mamlakat*",
                     "to'qqiz davlat*", "o'n davlat*", "o'n mamlakat*", "bir necha davlat*", "bir necha mamlakat*", "re:(?:уч|тўрт|беш|олти|етти|саккиз|тўққиз|ўн)\\s+(?:давлат|мамлакат)\\w*", "бир неча давлат*", "бир неча мамлакат*",
                     # a multinational exercise or force: many states, whichever two the story names
                     "ko'p millatli", "кўп миллатли",
                     "uch tomonlama*", "уч томонлама*", "ko'p tomonlama*", "кўп томонлама*",
                     "a'zo davlatlar*", "аъзо давлатлар*", "a'zo mamlakatlar*", "аъзо мамлакатлар*",
                     "# davlat*", "# mamlakat*", "# давлат*", "# мамлакат*", "markaziy osiyo davlatlari*",
                     "марказий осие давлатлари*", "markaziy osiyo mamlakatlari*", "марказий осие мамлакатлари*"),
    "bilateral": ("ikki tomonlama*", "икки томонлама*", "ikki davlat*", "икки давлат*", "ikki mamlakat*",
                  "икки мамлакат*", "har ikki*", "ҳар икки*"),
    "between": ("o'rtasida*", "ўртасида*"),
    "counterpart": ("hamkasb*", "ҳамкасб*", "tomonlar*", "томонлар*", "ikki", "икки"),
    "sidelines": ("doirasida", "доирасида", "chog'ida", "чоғида"),
    "sign": ("imzolandi", "imzoladi", "imzoladilar", "imzolashdi", "imzolangan", "imzolanib",
             "imzo chekdi", "imzo chekildi", "imzo chekishdi", "imzolash marosimi*",
             "имзоланди", "имзолади", "имзоладилар", "имзолашди", "имзоланган", "имзоланиб",
             "имзо чекди", "имзо чекилди", "имзо чекишди", "имзолаш маросими*",
             # the converbs of a signing done ("rejani imzolab, ... muhokama qildi")
             "imzolab", "imzolashib", "имзолаб", "имзолашиб"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    # The participle as an attribute of the document ("imzolangan bitimni tasdiqladi"): with a verb of
    # approval, the approval of a signed agreement (its ratification).
    "signed_attr": ("imzolangan", "имзоланган"),
    "approve": ("tasdiqlandi", "tasdiqladi", "ma'qulladi", "ma'qullandi", "qabul qilindi",
                "тасдиқланди", "тасдиқлади", "маъқуллади", "маъқулланди", "қабул қилинди"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("qo'mita*", "қўмита*",),
    "ratify": ("ratifikatsiya*", "ратификация*"),
    "authority": ("oliy majlis*", "олий мажлис*", "qonunchilik palatasi*", "қонунчилик палатаси*",
                  "senat*", "сенат*", "prezident*", "президент*", "hukumat*", "ҳукумат*", "qonun*",
                  "қонун*", "deputat*", "депутат*", "vazirlar mahkamas*", "вазирлар маҳкамас*"),
    "plan_nouns": ("reja", "rejasi*", "rejani", "rejaga", "rejada", "rejalar*", "rejasidan",
                   "режа", "режаси*", "режани", "режага", "режада", "режалар*"),
    "programme_nouns": ("dastur*", "дастур*"),
    "agreement_nouns": ("kelishuv*", "келишув*", "bitim*", "битим*", "shartnoma*", "шартнома*",
                        "memorandum*", "меморандум*", "bayonnoma*", "баеннома*", "protokol*", "протокол*",
                        "yo'l xaritasi*", "йўл харитаси*", "deklaratsiya*", "декларация*",
                        # a letter of intent
                        "niyat maktub*", "ният мактуб*", "niyat xat*", "ният хат*"),
    "generic_doc_nouns": ("hujjat*", "ҳужжат*"),
    # Meeting verbs in the past or present, not in the present-future (-adi/-ydi: "uchrashadi", "muhokama
    # qilinadi") nor the intention (-moqchi), which the future cues read as intent.
    "meeting": ("re:uchrash(?!(?:ish)?adi|moqchi)\\w*", "re:учраш(?!(?:иш)?ади|моқчи)\\w*", "muzokara*",
                "музокара*", "tashrif*", "ташриф*", "qabul qildi", "қабул қилди", "maslahatlashuv*",
                "маслаҳатлашув*", "re:muhokama\\s+qil(?!(?:in|ish)?adi|moqchi)\\w*",
                "re:муҳокама\\s+қил(?!(?:ин|иш)?ади|моқчи)\\w*",
                "fikr almash*", "фикр алмаш*", "ishchi guruh*", "ишчи гуруҳ*", "yig'ilish*", "йиғилиш*",
                "telefon orqali*", "телефон орқали*", "suhbat*", "суҳбат*", "videokonferensiya*",
                "видеоконференция*"),
    # "Mashq" and "mashgʻulot" are also a sportsman's training: the sports teams are civil actors.
    "exercise": ("mashq", "mashqlar*", "mashqi*", "mashg'ulot*", "машқ", "машқлар*", "машқи*", "машғулот*",
                 "qo'mondonlik-shtab*", "қўмондонлик-штаб*"),
    # A meeting told in the past, and an exercise begun or in progress: they took place, whatever a
    # later clause announces ("uchrashdi, kelgusi yilda qo'shma mashg'ulotlar o'tkaziladi").
    "met": ("uchrashdi", "uchrashishdi", "uchrashuv o'tkazdi", "uchrashuv bo'lib o'tdi", "muzokaralar o'tkazdi",
            "muzokara o'tkazdi", "muhokama qildi", "muhokama qilishdi", "qabul qildi", "учрашди", "учрашишди",
            "учрашув ўтказди", "учрашув бўлиб ўтди", "музокаралар ўтказди", "муҳокама қилди",
            "муҳокама қилишди", "қабул қилди"),
    "under_way": ("boshlandi", "davom etmoqda", "o'tkazilmoqda", "o'tkazmoqda", "bo'lib o'tmoqda", "бошланди",
                  "давом этмоқда", "ўтказилмоқда", "ўтказмоқда", "бўлиб ўтмоқда", "boshlanmoqda", "бошланмоқда",
                  # "begins" is a future unless it is today ("bugun ... mashg'uloti boshlanadi")
                  "re:(?:bugun|бугун)\\w*\\s+(?:\\S+\\s+){0,10}?(?:boshlanadi|бошланади)"),
    "conduct": ("o'tkazildi", "o'tkazdi", "o'tkazilgan", "bo'lib o'tdi", "bo'lib o'tmoqda", "bo'lib o'tgan",
                "boshlandi", "boshlanadi", "boshlanmoqda", "бошланади", "бошланмоқда", "yakunlandi", "yakunlangach", "davom etmoqda", "o'tkazilmoqda", "o'tkazmoqda", "ochildi",
                "ўтказилди", "ўтказди", "ўтказилган", "бўлиб ўтди", "бўлиб ўтмоқда", "бўлиб ўтган",
                "бошланди", "якунланди", "якунлангач", "давом этмоқда", "ўтказилмоқда", "ўтказмоқда", "очилди"),
    "discussion": ("muhokama*", "муҳокама*", "istiqbol*", "истиқбол*", "taklif*", "таклиф*", "niyat*", "ният*"),
    "defence_actor": ("mudofaa vazir*", "мудофаа вазир*", "mudofaa idora*", "мудофаа идора*",
                      "qurolli kuchlar*", "қуролли кучлар*", "bosh shtab*", "бош штаб*", "armiya*", "армия*",
                      "harbiy delegatsiya*", "ҳарбий делегация*", "harbiy attashe*", "ҳарбий атташе*",
                      "harbiylar*", "ҳарбийлар*", "harbiy xizmatchi*", "ҳарбий хизматчи*",
                      # the service branches ("Harbiy-havo kuchlari", "Harbiy-dengiz kuchlari")
                      "harbiy-havo kuch*", "ҳарбий-ҳаво куч*", "harbiy-dengiz kuch*", "ҳарбий-денгиз куч*",
                      "havo hujumidan mudofaa*"),
    "defence_topic": ("mudofaa*", "мудофаа*", "harbiy*", "ҳарбий*", "qo'shin*", "қўшин*"),
    "civil_actor": ("chegara xizmat*", "чегара хизмат*", "chegarachi*", "чегарачи*", "chegara qo'shin*",
                    "чегара қўшин*", "ichki ishlar*", "ички ишлар*", "=IIV", "=ИИВ", "politsiya*", "полиция*",
                    "favqulodda vaziyatlar*", "фавқулодда вазиятлар*", "=FVV", "=ФВВ", "tashqi ishlar*",
                    "ташқи ишлар*", "=TIV", "=ТИВ", "davlat xavfsizlik xizmati*", "давлат хавфсизлик хизмати*",
                    "=DXX", "=ДХХ", "bojxona*", "божхона*", "prokuratura*", "прокуратура*",
                    "milliy gvardiya*", "миллий гвардия*", "terma jamoa*", "терма жамоа*", "sportchi*",
                    "спортчи*"),
    "civil_topic": ("energetika*", "энергетика*", "neft*", "нефт*", "gaz", "газ", "savdo*", "савдо*",
                    "iqtisodiy*", "иқтисодий*", "iqtisodiyot*", "иқтисодиет*", "investitsiya*", "инвестиция*",
                    "turizm*", "туризм*", "madaniyat*", "маданият*", "sport*", "спорт*", "futbol*", "футбол*",
                    "transport*", "транспорт*", "temir yo'l*", "темир йўл*", "qishloq xo'jaligi*",
                    "қишлоқ хўжалиги*"),
    "company": ("kompaniya*", "компания*", "korporatsiya*", "корпорация*", "konsern*", "концерн*",
                "firma*", "фирма*", "korxona*", "корхона*"),
    "future": (
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:imzolash\\s+to['‘’ʻ]g['‘’ʻ]risida\\s+(?:\\S+\\s+){0,2}?(?:qaror|farmon|farmoyish)\\w*",
               "re:имзолаш\\s+тўғрисида\\s+(?:\\S+\\s+){0,2}?(?:қарор|фармон|фармойиш)\\w*",
               "re:imzolash(?:ga|ni)\\s+(?:ruxsat|ma['‘’ʻ]qulla|vakolat)\\w*",
               "re:имзолаш(?:га|ни)\\s+(?:рухсат|маъқулла|ваколат)\\w*",
               "imzolanadi", "имзоланади", "imzolaydi", "имзолайди", "imzolanishi", "имзоланиши",
               "kutilmoqda", "кутилмоқда", "kutilyapti", "rejalashtiril*", "режалаштирил*", "rejalashtir*",
               "режалаштир*", "o'tkaziladi", "ўтказилади", "o'tkazilishi", "ўтказилиши", "bo'lib o'tadi",
               "бўлиб ўтади", "kerak", "керак", "mumkin", "мумкин", "muhokama qilinadi", "муҳокама қилинади",
               # the present-future (-adi, -ydi) and the intention (-moqchi) of the act, meeting and
               # exercise verbs: "imzolashadi", "uchrashadi", "tashrif buyuradi", "o'tkazmoqchi" (finite forms
               # only: "o'tkaziladigan tadbirlar rejasi", the plan of events to be held, is a plan signed)
               "re:imzola(?:shadi|nadi|ydi)(?:lar)?", "re:imzolamoqchi\\w*", "re:имзола(?:шади|нади|йди)(?:лар)?",
               "re:имзоламоқчи\\w*", "re:uchrash(?:ish)?adi(?:lar)?", "re:uchrashmoqchi\\w*", "re:учраш(?:иш)?ади(?:лар)?",
               "re:учрашмоқчи\\w*", "re:muhokama\\s+qil(?:in|ish)?adi(?:lar)?", "re:муҳокама\\s+қил(?:ин|иш)?ади(?:лар)?",
               # (the verb alone: "tashrif" is the meeting's own word, which the future must not share)
               "buyuradi", "буюради", "buyurishadi", "буюришади", "ertaga", "эртага", "re:o'tkaz(?:il|ish)?adi(?:lar)?", "re:ўтказ(?:ил|иш)?ади(?:лар)?",
               "re:o'tkazmoqchi\\w*", "re:ўтказмоқчи\\w*", "boshlanadi", "бошланади", "re:qatnash(?:ish)?adi(?:lar)?",
               "re:қатнаш(?:иш)?ади(?:лар)?", "tasdiqlanadi", "тасдиқланади", "kelgusi hafta*", "kelgusi oy*", "келгуси ҳафта*", "келгуси ой*", "re:ratifikatsiya\\s+qil(?:in)?adi",
               "re:ратификация\\s+қил(?:ин)?ади"),
    # The act named as a noun: the verb of its clause gives it its tense ("kelishuvni imzolash marosimi
    # ... bo'lib o'tadi").
    "act_noun": ("imzolash marosimi*", "имзолаш маросими*", "ratifikatsiya*", "ратификация*"),
    # The procedure named as a noun ("ratifikatsiya uchun yuborildi"), unless its light verb makes it
    # one ("ratifikatsiya qildi"): only a verb reports that the ratification happened.
    "ratify_noun": ("re:ratifikatsiya(?!\\s+qil)", "re:ратификация(?!\\s+қил)"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    # What the two sides do together (a joint exercise, not one side's own: rules.held_together).
    "joint": ("qo'shma", "қўшма", "birgalikda", "биргаликда"),
    # The partner named right after an exercise ("drills with ..."); a language that writes it after the
    # partner (a postposition) leaves it empty.
    "with": (),
    "purchase": ("sotib ol*", "сотиб ол*", "xarid*", "харид*"),
    # A state named as a place, not a party ("Afg'oniston bilan chegarada", "Афғонистон чегарасида").
    "place_after": ("chegara*", "чегара*"),
    # A story turning to another item: what follows is secondary to its own news.
    "turn": ("shu orada", "шу орада", "boshqa tomondan", "бошқа томондан"),
    # A document named as the basis of what is told, not its object: the postposition follows it
    # ("bitimga muvofiq", "kelishuv asosida").
    "frame_after": ("muvofiq", "мувофиқ", "asosida", "асосида", "binoan", "биноан"),
    "draft": ("loyiha*", "лойиҳа*"),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("# yil to'ldi", "# yil oldin", "# yil avval", "# йил тўлди", "# йил олдин"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "yil oldin", "йил олдин", "imzolanganiga * yil", "имзоланганига * йил",
                   "avvalroq", "аввалроқ", "eslatib o'tamiz", "эслатиб ўтамиз", "o'tgan yil*", "ўтган йил*",
                   "bundan oldin", "бундан олдин"),
    "reporting": ("xabar berdi", "хабар берди", "xabar qildi", "хабар қилди", "ma'lum qildi", "маълум қилди",
                  "ma'lum qilmoqda", "маълум қилмоқда", "axborot xizmati*", "ахборот хизмати*",
                  "matbuot xizmati*", "матбуот хизмати*", "deyiladi", "дейилади", "bildirdi", "билдирди"),
    "start": ("boshlandi", "бошланди", "boshlanadi", "бошланади", "boshlanmoqda", "бошланмоқда", "start berildi", "старт берилди", "ochildi", "очилди"),
    "date_joiners": (),
    "range_words": ("va", "ва"),
    "months": {"yanvar*": 1, "fevral*": 2, "mart*": 3, "aprel*": 4, "may": 5, "mayda": 5, "mayga": 5,
               "iyun*": 6, "iyul*": 7, "avgust*": 8, "sentabr*": 9, "sentyabr*": 9, "oktabr*": 10,
               "oktyabr*": 10, "noyabr*": 11, "dekabr*": 12,
               "январ*": 1, "феврал*": 2, "март*": 3, "апрел*": 4, "май": 5, "майда": 5, "майга": 5,
               "июн*": 6, "июл*": 7, "август*": 8, "сентябр*": 9, "сентабр*": 9, "октябр*": 10,
               "октабр*": 10, "ноябр*": 11, "декабр*": 12,
               # agency datelines abbreviate the month: "ТОШКЕНТ, 19 окт -"
               "янв": 1, "фев": 2, "мар": 3, "апр": 4, "авг": 8, "сен": 9, "окт": 10, "ноя": 11, "дек": 12,
               "yan": 1, "fev": 2, "mar": 3, "apr": 4, "avg": 8, "sen": 9, "okt": 10, "noy": 11, "dek": 12},
    "weekdays": {"dushanba": 0, "seshanba": 1, "chorshanba": 2, "payshanba": 3, "juma": 4, "shanba": 5,
                 "yakshanba": 6, "душанба": 0, "сешанба": 1, "чоршанба": 2, "пайшанба": 3, "жума": 4,
                 "шанба": 5, "якшанба": 6},
    "today": ("bugun*", "бугун*"),
    "yesterday": ("kecha", "кеча"),
    # The locative ending ("in Georgia" written as one word): a state named with it is the venue.
    "venue_suffix": "(?<=\\w\\w\\w)(?:da|да)",
    "plan_year": (# "2024 yilga moʻljallangan", "2024-yil uchun", "2019 yil davomida", "2024 йилга"
                  r"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?-?\s*(?:yil|йил)(?:lar|лар)?(?:ga|га)\b",
                  r"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?-?\s*(?:yil|йил)(?:lar|лар)?\s+(?:uchun|учун|davomida|давомида)",
                  # "2024-yilgi reja" (the plan of 2024); not "2024-yilgi 5-mart" nor "2023 yilgi sentabr"
                  rf"\b(20\d\d)\s*(?:[-–—]\s*20\d\d\s*)?-?\s*(?:yilgi|йилги)(?!\s*\d)(?!\s*(?:{_MONTH_STEMS}))"),
    "story_end": ("teglar*", "теглар*", "izohlar*", "изоҳлар*", "so'nggi yangiliklar", "сўнгги янгиликлар",
                  "tasodifiy xabarlar", "тасодифий хабарлар", "ulashish*", "улашиш*", "reklama", "реклама"),
    "story_skip": ("foto:*", "фото:*"),
    "story_aside": ("shuningdek o'qing*", "шунингдек ўқинг*", "mavzuga oid*", "мавзуга оид*", "yana o'qing*",
                    "яна ўқинг*"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
LEXICON["phone"] = ("telefon*", "телефон*")
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("hamkorlik*", "ҳамкорлик*", "munosabat*", "муносабат*", "sheriklik*", "шериклик*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("vaziyat*", "вазият*", "urush*", "уруш*", "mojaro*", "можаро*", "inqiroz*", "инқироз*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("o't ochishni to'xtatish*", "asir*", "sulh muzokara*", "ўт очишни тўхтатиш*", "асир*",
                         "сулҳ музокара*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("muzokara*", "музокара*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standart*", "стандарт*")
# "within the framework of" the document, after it
LEXICON["frame_after"] = LEXICON["frame_after"] + ("doirasida", "доирасида")
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("elchi*", "элчи*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("bekor qil*", "бекор қил*", "denonsats*", "денонсац*")

# The opening or closing ceremony of an exercise ("qo'shma mashg'ulotning ochilish marosimida") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("ochilish marosim*", "yopilish marosim*", "очилиш маросим*", "ёпилиш маросим*",)

# An exercise held in one state with the participation of another's forces ("O'zbekistonda Qozog'iston harbiylari ishtirokida mashg'ulot") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("ishtirokida", "иштирокида",)
# The forces took part in the exercise ("машғулотда Россия ва Ўзбекистон ҳарбий хизматчилари қатнашган"), in the past: it was held, as
# "took part" reads in English (a future "qatnashadi" stays a future).
LEXICON["conduct"] += ("qatnashdi*", "qatnashgan*", "қатнашди*", "қатнашган*", "ishtirok etdi*", "ishtirok etgan*", "иштирок этди*", "иштирок этган*",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("tabrik*", "табрик*", "ta'ziya*", "таъзия*", "hamdardlik*", "ҳамдардлик*",),
    "habitual": ("# marta", "# марта", "bir necha marta", "бир неча марта", "muntazam", "мунтазам",),
    "future": ("keyinga qoldirildi", "кейинга қолдирилди", "kechiktirildi", "кечиктирилди", "bekor qilindi",
               "бекор қилинди",),
    "civil_actor": ("iqtisodiyot vazir*", "иқтисодиёт вазир*", "moliya vazir*", "молия вазир*",
                    "sog'liqni saqlash vazir*", "соғлиқни сақлаш вазир*",),
    "submission": ("oliy majlisga kirit*", "олий мажлисга киритил*", "qonunchilik palatasiga kirit*",
                   "қонунчилик палатасига киритил*",),
    "interview": ("intervyu*", "интервью*",),
    "company": ("pavilyon*", "павильон*",),
    "former": ("sobiq", "собиқ",),
    "settlement": ("tinchlikparvar*", "тинчликпарвар*",),
    "works": ("zavod*", "завод*", "korxona*", "корхона*",),
    "other_law": ("o'zgartish*", "ўзгартиш*", "budjet*", "бюджет*",),
}
extend(LEXICON, _PRECISION)

# --- Recall (c1, s10): a meeting that ends with the signing of a document is the signing ---
# The signing named with "bilan" ("uchrashuv rejani imzolash bilan yakunlandi"): the meeting ended with it, so it
# was done; a noun, whose tense the verb of its clause gives (rules.announced_not_done).
_ENDED_WITH = ("imzolash bilan", "imzolanishi bilan", "имзолаш билан", "имзоланиши билан")
LEXICON["sign"] += _ENDED_WITH
LEXICON["act_noun"] += _ENDED_WITH

# --- Recall (c3, s10): a meeting's outcome told as the signing it produced ---
# "The outcome of the meeting was the signing of the plan" ("uchrashuv natijasi ... rejaning imzolanishi bo'ldi"): the
# signing is what the meeting ended with, in the past (not "bo'ladi", still to come), as ru "итогом стало подписание".
LEXICON["sign"] += ("re:(?:natijasi|yakuni)\\s+(?:\\S+\\s+){0,8}?imzolanishi\\s+bo['’ʻ]?l(?:di|gan)",
                    "re:(?:натижаси|якуни)\\s+(?:\\S+\\s+){0,8}?имзоланиши\\s+бўл(?:ди|ган)")

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('musobaqa*', 'мусобақа*', 'tanlov*', 'танлов*', 'chempionat*', 'чемпионат*', 'turnir*', 'турнир*', 'festival*', 'фестивал*', "o'yinlar*", 'ўйинлар*', 'parad*', 'парад*')

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("xayrlash*", "хайрлаш*",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("kursant*", "talaba*", "jurnalist*", "курсант*", "талаба*", "журналист*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a reception for a state's holiday is a courtesy ---
# A reception or a meeting told as marking a state's holiday (Independence Day, Republic Day, the national day) is a
# courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only).
_HOLIDAYS = {"courtesy": ("mustaqillik kun*", "мустақиллик кун*", "milliy bayram*", "миллий байрам*",)}
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s11): whole articles ---
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("arxiv surat*", "arxiv foto*", "архив сурат*",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("kredit*", "кредит*",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("tasdiqlandi", "ma'qullandi", "тасдиқланди", "маъқулланди",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("shou", "re:\\w+shou\\b", "шоу", "re:\\w+шоу\\b", "ko'rgazma*", "кўргазма*",)

# --- Recall (c1, s11): the plural of the active verbs already read in the singular ---
# Uzbek marks a plural subject on the verb ("vazirlar ... imzoladilar", "harbiylar mashg'ulot o'tkazdilar"): the same
# verbs of signing and holding as their singular.
LEXICON["conduct"] += ("o'tkazdilar", "boshladilar",)
LEXICON["sign"] += ("imzolashdilar", "imzo chekdilar", "imzoladilar",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('shoshilinch', 'tezkor', "so'nggi yangiliklar", 'шошилинч', 'тезкор', 'сўнгги янгиликлар', 'срочно')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    "sog'liqni saqlash vazir*", 'ijtimoiy himoya*', 'qisqartirish vazir*', "maktab ta'limi vazir*",
    'innovatsiyalar vazir*', 'madaniyat vazir*', 'moliya vazir*', 'adliya vazir*',
    "qishloq xo'jaligi vazir*", 'sport vazir*', 'соғлиқни сақлаш вазир*', 'ижтимоий ҳимоя*',
    'мактаб таълими вазир*', 'маданият вазир*', 'молия вазир*', 'адлия вазир*',
    'қишлоқ хўжалиги вазир*', 'спорт вазир*',
)}
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a visit still to come ---
# The days ahead ("keyingi hafta", next week; "ertaga", tomorrow) and the present-future of going ("Astanaga rasmiy
# tashrif bilan boradi", will go on an official visit) tell a visit or a signing not done yet (rules.announced_not_done).
_STILL_TO_COME = {"future": ("keyingi hafta*", "kelasi hafta*", "kelgusi hafta*", "keyingi oy*", "kelasi oy*", "ertaga",
                             "кейинги ҳафта*", "келаси ҳафта*", "келгуси ҳафта*", "кейинги ой*", "эртага",
                             "re:bor(?:a|isha)di(?:lar)?", "re:бор(?:а|иша)ди(?:лар)?", "jo'naydi", "жўнайди",)}
extend(LEXICON, _STILL_TO_COME)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora*', 'vatandosh*', 'ватандош*', 'диаспора*', 'yashovchi', 'яшовчи', 'istiqomat qiluvchi', 'истиқомат қилувчи')}
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('deputat*', 'депутат*', 'senator*', 'сенатор*')}
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('gulchambar*', "gul qo'y*", 'гулчамбар*', 'гул қўй*')}
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the guests stand for the visiting side ---
# "The deputy minister met the guests and discussed ...": a host's sentence names the visiting delegation by "the
# guests", as ar, az, de, en, pl, ru and tr already read; the visitors' state is the story's (rules.fill_pair).
_GUESTS = {"counterpart": ("re:mehmon(?!xona)\\w*", "re:меҳмон(?!хона)\\w*",)}
extend(LEXICON, _GUESTS)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:bo'yicha|bo‘yicha|haqida|бўйича|ҳақида)\\s+(?:\\S+\\s+){0,3}?(?:muzokara|музокара|maslahatlashuv|маслаҳатлашув)\\w*",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("shtablar*", "штаблар*",)

# --- Recall (c1, s12): an exercise that "took its start" or "completed its work" ---
# Uzbek tells an exercise begun as "start oldi" (took the start) and one ended by the active "yakunladi" (completed,
# "o'z ishini yakunladi") beside the passive "yakunlandi" already read.
LEXICON["conduct"] += ("start oldi", "старт олди", "start berildi", "старт берилди", "yakunladi", "якунлади",)

# --- Recall (c1, s12): the letter of intent with its postposition ---
# "niyatlar to'g'risidagi xat" (a letter about intentions) beside "niyat xati" already read.
LEXICON["agreement_nouns"] += ("niyatlar to'g'risidagi xat*", "niyat to'g'risidagi xat*", "ниятлар тўғрисидаги хат*",
                               "ният тўғрисидаги хат*",)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Vazir ... bilan suhbatlashdi") names the outlet's own minister, as its
# press names its own ministry: with the other state's defence official as the one met or called, the pair is the
# outlet's state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("vazir", "вазир",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): troops of two states who drilled together ---
# A verb of practising or drilling ("O'zbekiston va Hindiston harbiylari mashq qildi") tells troops exercising: with
# the two states' forces and an exercise's code name, the exercise held (facts._code_named_exercise, detect; as ru
# "отработали" already reads).
_DRILLS = {"conduct": ("mashq qildi", "mashq qilishdi", "машқ қилди", "машқ қилишди")}
extend(LEXICON, _DRILLS)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("kelgusi yil uchun harbiy hamkorlik dasturi") binds it to a year:
# a plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a future
# word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("kelgusi yil uchun", "keyingi yil uchun", "kelasi yil uchun", "kelgusi yilga mo'ljallangan", "keyingi yilga mo'ljallangan", "келгуси йил учун", "кейинги йил учун", "келгуси йилга мўлжалланган")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("qo'shma parvoz*", "қўшма парвоз*"),
                            "conduct": ("amalga oshirdi*", "amalga oshirildi*", "амалга оширди*", "амалга оширилди*"),
                            "civil_topic": ("aviakompaniya*", "авиакомпания*")}
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("ichki ishlar*", "ички ишлар*", "=IIV", "=ИИВ", "politsiya*", "полиция*", "chegara xizmat*", "чегара хизмат*", "bojxona*", "божхона*", "favqulodda vaziyatlar*", "фавқулодда вазиятлар*", "milliy gvardiya*", "миллий гвардия*")}
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("attashe*", "атташе*")}
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "siyosiy-harbiy maslahatlashuvlar" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("siyosiy-harbiy maslahatlashuv*", "siyosiy-harbiy muloqot*", "сиёсий-ҳарбий маслаҳатлашув*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference or the preparation of a joint exercise ("qo'shma mashg'ulotni rejalashtirish konferensiyasi"): what is held is its preparation, the
# exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("rejalashtirish konferensiya*", "rejalashtirish bo'yicha konferensiya*", "tayyorgarlik doirasida", "tayyorgarlik ko'rish doirasida", "режалаштириш конференция*", "тайёргарлик доирасида",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("Bitim ratifikatsiya qilingandan keyin kuchga kiradi"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("ratifikatsiya qilingandan keyin", "ratifikatsiya qilinganidan keyin", "ratifikatsiyadan keyin", "ratifikatsiya qilinishi kerak", "ратификация қилингандан кейин", "ратификациядан кейин",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Recall (c1, s15): a signing told in a relative participle with a time of its own ---
# "vazirlar bugun imzolagan harbiy hamkorlik rejasi 40 ta tadbirni o'z ichiga oladi": the active participle before the
# document is its signing, as az "imzaladıqları" and tr "imzaladığı" are, and it opens a clause on the document
# (``relative``): told with an old date, or with none beside the day's other news, it describes the document
# (detect._dated_relative_signing, detect._signed_in_a_timeless_relative_clause).
_SIGNED_IN_A_RELATIVE_PARTICIPLE = {"sign": ("imzolagan", "imzolashgan", "имзолаган", "имзолашган"),
                                    "relative": ("imzolagan", "imzolashgan", "имзолаган", "имзолашган")}
extend(LEXICON, _SIGNED_IN_A_RELATIVE_PARTICIPLE)

# --- Recall (c4, s16): an exercise told by what its troops do to it ---
# The two states' troops as the subject of a verb that starts or holds the exercise in the active ("harbiylari qo'shma
# mashg'ulotni boshladi", "o'tkazishmoqda", in both scripts): the exercise held, as "yakunladi" and the intransitive
# "boshlandi" already read.
# A verb that starts the exercise's preparation ("mashg'ulotga tayyorgarlikni boshladi") is its preparation begun, the exercise still ahead.
_EXERCISE_HELD_BY_ITS_TROOPS = {"conduct": ("boshladi", "бошлади", "o'tkazishmoqda", "ўтказишмоқда", "o'tkazishdi", "ўтказишди"), "preparation": ("tayyorgarlikni", "tayyorgarlik", "тайёргарликни", "тайёргарлик")}
extend(LEXICON, _EXERCISE_HELD_BY_ITS_TROOPS)

# --- Recall (c4, s16): the outlet's own head of state by his bare title ---
# A head of state receiving another state's defence minister to discuss military cooperation holds talks (SCHEMA.md
# names defence officials; train's b081 reads a head of government meeting a chief of staff as talks). His own
# outlets name him by a bare title ("Davlatimiz rahbari Ozarbayjon Mudofaa vazirini qabul qildi"), as they name their own minister (not a bare "president": on another state's outlet "President Tokayev" is
# no president of that outlet's state): a sentence that opens on it names the
# outlet's state (detect._bare_title_opens). Not with a foreign or economy minister: no defence official is met.
_HEADS_OF_STATE_BY_TITLE = {"bare_title": ("davlatimiz rahbari", "davlat rahbari", "давлатимиз раҳбари", "давлат раҳбари")}
extend(LEXICON, _HEADS_OF_STATE_BY_TITLE)
