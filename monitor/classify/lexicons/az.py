"""Azerbaijani lexicon: state names with case suffixes (stems), demonyms, capitals, and the verb forms
Azerbaijani outlets use for signed (-ıb/-ib, -dı), approved, ratified, met and exercised.

Participles such as "imzalanan" (that was signed) and verbal nouns in proposals ("imzalaması
təklif olunur") are deliberately absent from the signing verbs: they report background or intent.
Headlines in capitals: Python lowercases "I" to "i", where Azerbaijani writes "ı" ("İMZALANIB"
reads "imzalanib"), so every entry with a dotless ı also matches with a dotted i (added at import).
Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend, respell

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "hərbi dialoq*", "müdafiə dialoq*", "hərbi əməkdaşlıq üzrə işçi qrup*",
    "müdafiə əməkdaşlığı üzrə işçi qrup*", "hərbi əməkdaşlıq üzrə komissiya*",
    "birgə hərbi komissiya*",
)

LEXICON = {
    "stopwords": ("və", "ilə", "bu", "üçün", "bir", "arasında", "edib", "olub", "ki", "də", "da",
                  "həmçinin", "üzrə", "haqqında", "isə", "görə"),
    "countries": {
        "AF": ("əfqanıstan*",), "AL": ("albaniya*",), "DZ": ("əlcəzair*",), "AR": ("argentina*",),
        "AM": ("ermənistan*", "erməni*"), "AU": ("avstraliya*",), "AT": ("avstriya*",),
        # "Milli Müdafiə Universiteti" with no state before it is Azerbaijan's own university (a state
        # named before it owns the whole name), and "ölkəmiz" (our country) is Azerbaijan in its press.
        "AZ": ("azərbaycan*", "azerbaycan*", "milli müdafiə universitet*", "ölkəmiz*",
               # the press names its own ministry and minister without the state ("Müdafiə naziri ...
               # görüşüb", "Müdafiə Nazirliyindən bildirilib"); another state's comes after its name
               # ("Gürcüstanın müdafiə naziri"), so only a title no word stands before is Azerbaijan's
               "re:müdafiə nazir(?<!\\w müdafiə nazir)\\w*"), "BH": ("bəhreyn*",), "BD": ("banqladeş*",),
        "BY": ("belarus*",), "BE": ("belçika*",), "BA": ("bosniya*",), "BR": ("braziliya*",),
        "BG": ("bolqarıstan*", "bolqar*"), "KH": ("kamboca*",), "CA": ("kanada*",), "CL": ("çili*",),
        "CN": ("çin", "çinin", "çinə", "çində", "çinlə", "çindən", "çinli*"), "CO": ("kolumbiya*",),
        "HR": ("xorvatiya*",), "CU": ("kuba*",), "CY": ("kipr*",), "CZ": ("çexiya*",),
        "DK": ("danimarka*",), "EG": ("misir*",), "EE": ("estoniya*",), "ET": ("efiopiya*",),
        "FI": ("finlandiya*",), "FR": ("fransa*", "fransız*"), "DE": ("almaniya*", "alman"),
        "GE": ("gürcüstan*", "gürcü*"), "GR": ("yunanıstan*", "yunan"), "HU": ("macarıstan*", "macar"),
        "IN": ("hindistan*",), "ID": ("indoneziya*",),
        "IR": ("iran", "iranın", "irana", "iranda", "iranla", "irandan", "iranlı*"), "IQ": ("iraq*",),
        "IE": ("irlandiya*",), "IL": ("israil*",), "IT": ("italiya*", "italyan*"),
        "JP": ("yaponiya*", "yapon"), "JO": ("iordaniya*", "ürdün*"),
        "KZ": ("qazaxıstan*", "qazax", "qazaxlar*",
               "qazaxıstan* milli müdafiə universitet*", "qazaxıstan* respublikası* milli müdafiə universitet*"), "KE": ("keniya*",), "KP": ("şimali koreya*",),
        "KR": ("cənubi koreya*",), "KW": ("küveyt*",), "KG": ("qırğızıstan*", "qırğız*"),
        "LA": ("laos*",), "LV": ("latviya*",), "LB": ("livan*",), "LY": ("liviya*",),
        "LT": ("litva*",), "MY": ("malayziya*",), "MX": ("meksika*",), "MD": ("moldova*",),
        "MN": ("monqolustan*", "monqol*"), "ME": ("monteneqro*", "çernoqoriya*"), "MA": ("mərakeş*",),
        "MM": ("myanma*",), "NP": ("nepal*",), "NL": ("niderland*", "hollandiya*"),
        "NZ": ("yeni zelandiya*",), "NG": ("nigeriya*",), "MK": ("şimali makedoniya*", "makedoniya*"),
        "NO": ("norveç*",), "OM": ("oman", "omanın", "omana", "omanda", "omanla", "omandan"),
        "PK": ("pakistan*", "pakistan* milli müdafiə universitet*"), "PS": ("fələstin*",), "PE": ("peru*",), "PH": ("filippin*",),
        "PL": ("polşa*", "polyak*"), "PT": ("portuqaliya*",), "QA": ("qətər*",), "RO": ("rumıniya*", "rumın*"),
        "RU": ("rusiya*", "=RF", "rus"), "SA": ("səudiyyə*",), "RS": ("serbiya*", "serb", "serblər*"), "SG": ("sinqapur*",),
        "SK": ("slovakiya*",), "SI": ("sloveniya*",), "ZA": ("cənubi afrika*",), "ES": ("ispaniya*",),
        "LK": ("şri-lanka*",), "SD": ("sudan*",), "SE": ("isveç*",), "CH": ("isveçrə*",),
        "SY": ("suriya*",), "TW": ("tayvan*",), "TJ": ("tacikistan*", "tacik*"), "TZ": ("tanzaniya*",),
        "TH": ("tailand*",), "TN": ("tunis*",),
        "TR": ("türkiyə*", "türkiye*", "türk", "türkün", "türkə", "türklər*", "türkiyəli*",
               "türkiyə* milli müdafiə universitet*", "türkiyə* respublikası* milli müdafiə universitet*"),
        "TM": ("türkmənistan*", "türkmən*"), "UA": ("ukrayna*",),
        "AE": ("birləşmiş ərəb əmirlik*", "=BƏƏ"), "GB": ("böyük britaniya*", "britaniya*", "ingiltərə*", "ingilis*"),
        "US": ("=ABŞ", "=Pentaqon*", "amerika*"), "UZ": ("özbəkistan*", "özbək*"), "VE": ("venesuela*",),
        "VN": ("vyetnam*",), "YE": ("yəmən*",), "XK": ("kosovo*",),
    },
    "capitals": {
        "AZ": ("bakı*",), "GE": ("tbilisi*",), "RU": ("moskva*",), "TR": ("ankara*",),
        "KZ": ("astana*", "nur-sultan*"), "UZ": ("daşkənd*",), "BY": ("minsk*",),
        "AM": ("irəvan*", "yerevan*"), "KG": ("bişkek*",), "TJ": ("düşənbə*",), "TM": ("aşqabad*",),
        "UA": ("kiyev*", "kyiv*"), "MD": ("kişinyov*",), "PK": ("islamabad*",), "IR": ("tehran*",),
        "CN": ("pekin*",), "US": ("vaşinqton*",), "FR": ("paris*",), "GB": ("london*",),
        "DE": ("berlin*",), "RS": ("belqrad*",), "HU": ("budapeşt*",), "RO": ("buxarest*",),
        "PL": ("varşava*",), "JP": ("tokio*",), "KR": ("seul*",), "IN": ("dehli*",),
        "AF": ("kabil*",), "IQ": ("bağdad*",), "SA": ("ər-riyad*",), "QA": ("doha*",),
        "EG": ("qahirə*",), "GR": ("afina*",),
    },
    "blocs": {
        "CIS": ("=MDB", "müstəqil dövlətlər birliy*"),
        "CSTO": ("=KTMT", "kollektiv təhlükəsizlik müqaviləsi təşkilat*"),
        "NATO": ("=NATO",), "SCO": ("=ŞƏT", "şanxay əməkdaşlıq təşkilat*"),
        "EU": ("=Aİ", "avropa ittifaq*"),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "türk dövlətləri təşkilat*", "türk şura*", "=GUAM", "=ATƏT", "=TDT",
                     # a multinational exercise or force: many states, whichever two the story names
                     "çoxmillətli", "çoxmilliyyətli",
                     "üçtərəfli*", "çoxtərəfli*", "üç ölkə*", "üç dövlət*", "üzv dövlətlər*", "dörd ölkə*",
                     "dörd dövlət*", "beş ölkə*", "beş dövlət*", "altı ölkə*", "altı dövlət*",
                     "yeddi ölkə*", "yeddi dövlət*", "səkkiz ölkə*", "səkkiz dövlət*", "# ölkə*",
                     "# dövlət*"),
    "bilateral": ("ikitərəfli*", "iki ölkə*", "iki dövlət*", "hər iki ölkə*", "iki nazirlik*"),
    "between": ("arasında",),
    "counterpart": ("həmkar*", "tərəflər*", "qonaq*", "iki"),
    "sidelines": ("çərçivəsində", "kənarında", "marjında"),
    "sign": ("imzalanıb", "imzalanıblar", "imzalandı", "imzalandılar", "imzalanmışdır", "imzalanmış",
             "imzalanaraq", "imzalayıb", "imzalayıblar", "imzaladı", "imzaladılar", "imzalamışlar",
             "imzalamışdır", "imza atıb", "imza atdı", "imza atıblar", "imza atdılar",
             "imzalar atılıb", "imzalar atıldı", "imzalanması mərasimi", "imzalanma mərasimi",
             "imzalanmasıyla", "imzalanması ilə", "bağlanıb", "bağlandı", "bağlayıblar", "bağladılar",
             # the converbs of a signing done ("planı imzalayaraq bəyanat veriblər")
             "imzalayaraq", "imzalamaqla"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    # The participle as an attribute of the document ("imzalanmış sazişi təsdiq edib"): with a verb of
    # approval, the approval of a signed agreement (its ratification).
    "signed_attr": ("imzalanmış", "imzalanan"),
    "approve": ("təsdiqlənib", "təsdiqləndi", "təsdiqləyib", "təsdiqləyiblər", "təsdiqlədi",
                "təsdiqlədilər", "təsdiq edilib", "təsdiq edildi", "təsdiq olunub", "təsdiq olundu",
                "təsdiq edib", "təsdiq ediblər", "təsdiq etdi", "təsdiq etdilər", "təsdiq etmişdir",
                "qəbul edilib", "qəbul edildi", "qəbul edib", "qəbul etdi", "qəbul olunub", "qəbul olundu",
                "razılaşdırılıb", "razılaşdırıldı", "bəyənilib", "bəyənildi"),
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    "stage": ("komitə*", "komitəs*", "birinci oxunuş*",),
    "ratify": ("ratifikasiya*", "ratifikasiyası*", "təsdiq edilməsi haqqında*", "təsdiq edilməsi barədə*",
               "təsdiq olunması haqqında*", "təsdiq olunması barədə*", "qanun imzala*"),
    # The procedure named, not done ("the law on ratifying it", "a bill for its ratification"): it ratifies only
    # beside a verb of approval (rules.ratified_by_verb).
    "ratify_noun": ("ratifikasiyası*", "təsdiq edilməsi haqqında*", "təsdiq edilməsi barədə*",
                    "təsdiq olunması haqqında*", "təsdiq olunması barədə*"),
    # A document named as the basis of what is told, not its object: the postposition follows it
    # ("memoranduma müvafiq olaraq", "sazişə əsasən", "planı çərçivəsində").
    "frame_after": ("müvafiq olaraq", "uyğun olaraq", "əsasən", "əsasında", "çərçivəsində",
                    "icrası çərçivəsində", "nəzərdə tutulan", "nəzərdə tutulmuş"),
    # A state named as a place, not a party ("Əfqanıstan sərhədində", "İranla sərhəd*").
    # ("dəniz" is no place cue: "Qazaxıstan hərbi dəniz qüvvələri" is a navy)
    "place_after": ("sərhəd*", "ilə sərhəd*", "sahil*"),
    # The act named as a noun: the sentence's verb, wherever it stands, says whether it happened.
    "act_noun": ("imzalanması*", "imzalanma*", "ratifikasiya*"),
    # Treaties between rivals that limit arms: defence, but not cooperation.
    "arms_control": ("strateji hücum silah*", "silahlara nəzarət*", "silahların azaldılması*",
                     "nüvə silahının yayılmaması*"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    "purchase": ("satın alın*", "alınması*", "alışı*", "tədarük*"),
    # What the two sides do together (a joint exercise, not one side's own).
    # The words that join two sides named as one pair ("Azərbaycan Ordusu ilə Türkiyə Silahlı Qüvvələri").
    "joiner": ("və", "ilə"),
    "joint": ("birgə",),
    # A story turning to another item: what follows is secondary to its own news.
    # ("bundan əlavə", besides, adds to the same item and is no turn)
    "turn": ("digər tərəfdən", "başqa bir xəbərdə"),
    # The partner of a state's act ("Azərbaycanın Gürcüstan və Türkiyə ilə planları": after them).
    "with": (),
    # The draft of a law (adopting it ratifies), unlike the draft of an agreement.
    "draft_law": ("qanun layihə*",),
    "authority": ("parlament*", "milli məclis*", "prezident*", "hökumət*", "qanun*", "deputat*",
                  "senat*", "məclis*", "nazirlər kabinet*"),
    "plan_nouns": ("plan", "planı", "planını", "planın", "planına", "planları*", "fəaliyyət planı*",
                   # the other cases ("planının imzalanması", "planında", "planından"); not "plan*", which
                   # would take "planlaşdırılır" (is planned)
                   "planının", "planında", "planından", "planla", "planda", "plandan"),
    "programme_nouns": ("proqram*",),
    "agreement_nouns": ("saziş*", "müqavilə*", "memorandum*", "protokol*", "razılaşma*",
                        "kontrakt*", "yol xəritə*", "bəyannamə*", "anlaşma*", "niyyət məktub*",
                        "niyyət protokol*"),
    "generic_doc_nouns": ("sənəd*",),
    # (not the future "görüşəcək": an intent; "görüşəcəyi", that they will meet)
    "meeting": (r"re:görüş(?!\w*?(?:əcək|əcəy|acaq|acağ))\w*", "danışıq*", "səfər*", "ziyarət*", "məsləhətləşmə*", "müzakirə*",
                "qəbul edib", "qəbul etdi", "qarşılayıb", "qarşıladı", "qarşılanıb", "qarşılandı", "fikir mübadiləsi*", "işçi qrup*", "iclas*", "bir araya gəl*",
                # q softens to ğ before a vowel: danışıq, danışığı; a call between ministers is a consultation
                "danışığ*", "telefonla danış*", "telefon danış*", "videokonfrans*", "video-konfrans*"),
    # A meeting told in the past: it took place, whatever a later clause announces ("görüşüb, gələcəkdə
    # keçiriləcək təlimləri müzakirə ediblər").
    "met": ("görüşüb*", "görüşdü*", "bir araya gəlib*", "bir araya gəldi*", "qəbul edib", "qəbul etdi",
            "qarşılayıb", "qarşıladı", "müzakirə edib*", "müzakirə etdi*", "müzakirə olunub", "müzakirə edilib",
            "səfərdə olub", "səfər edib", "ziyarət edib", "telefonla danışıb*", "danışıqlar aparıb*",
            "danışıqlar aparılıb", "məsləhətləşmələr aparıb*", "fikir mübadiləsi aparıl*",
            "fikir mübadiləsi aparıb*"),
    # An exercise told as begun or in progress: under way, whatever a later clause says of its end
    # ("təlim başlayıb və 10 gün davam edəcək").
    "under_way": ("başlayıb", "başladı", "başlayır", "başlayırlar", "start verilib", "start verildi",
                  "keçirilir", "keçirilməkdədir", "davam edir", "icra edilir"),
    "exercise": ("təlim", "təlimi", "təlimlər*", "təlimində", "təlimin*", "təlimə", "təlimdə", "təlimdən",
                 "manevr*"),
    "conduct": ("keçirilib", "keçirilir", "keçirildi", "keçirib", "keçiriblər", "keçirdi", "keçirdilər",
                "həyata keçirilib", "başlayıb", "başladı", "başlayır", "başlayırlar", "start verilib",
                "start verildi", "start verilir", "yekunlaşıb",
                "yekunlaşdı", "başa çatıb", "başa çatdı", "davam edir", "icra edilib", "icra edildi",
                "keçirir", "keçirirlər", "keçirilməkdədir",
                # troops taking part in an exercise, an exercise organised: it is under way
                "iştirak edən", "iştirak edir", "iştirak edirlər", "iştirak edib", "iştirak ediblər",
                "təşkil olunan", "təşkil olunub", "təşkil edilib", "təşkil edilən",
                # the day officials watch an exercise: it is under way
                "müşahidəçi gün*"),
    "discussion": ("müzakirə*", "perspektiv*", "dəvət*", "planlaşdırıl*", "nəzərdə tutul*"),
    "defence_actor": ("müdafiə nazir*", "müdafiə nazirliy*", "silahlı qüvvə*", "baş qərargah*",
                      "ordu*", "hərbi nümayəndə*", "hərbi attaşe*", "hərbçi*",
                      "müdafiə sənaye*", "milli müdafiə universitet*", "hərbi donanma*",
                      # the service branches ("Hərbi Dəniz Qüvvələri", "Hərbi Hava Qüvvələri", "Quru Qoşunları")
                      "hərbi dəniz qüvvə*", "hərbi hava qüvvə*", "hava qüvvə*", "quru qoşunlar*",
                      *_BODIES),
    # A general's rank is worn in the border service, the police and the emergency ministry too: it
    # leans a sentence towards defence but does not outweigh a civilian actor.
    # "qoşunlar" are also border and internal troops: a hint, not a defence actor.
    "defence_topic": ("qoşun*", "müdafiə*", "hərbi", "hərbi-texniki*", "hərbi-siyasi*", "silah*",
                      "general-polkovnik", "general-leytenant", "general-mayor"),
    "civil_actor": ("sərhəd xidmət*", "dövlət sərhəd*", "sərhədçi*", "daxili işlər*", "=DİN",
                    "polis*", "fövqəladə hallar*", "=FHN", "xarici işlər*", "=XİN",
                    "gömrük*", "prokurorluq*", "təhlükəsizlik xidmət*", "kəşfiyyat*",
                    "operativ-istintaq*", "istintaq*", "daxili qoşun*", "milli qvardiya*"),
    "civil_topic": ("enerji*", "neft*", "qaz", "ticarət*", "iqtisadi*", "iqtisadiyyat*",
                    "investisiya*", "turizm*", "səhiyyə*", "təhsil*", "mədəniyyət*", "idman*",
                    "futbol*", "klub*", "nəqliyyat*", "dəmir yol*", "kənd təsərrüfat*",
                    "sanksiya*", "atəşkəs*", "atəş*"),
    # The defence makers a procurement contract is signed with: a seller, not a state party.
    "company": ("tərsanə*", "şirkət*", "korporasiya*", "konsern*", "firma*", "=TUSAŞ", "=ASELSAN", "=Aselsan",
                "=ROKETSAN", "=Roketsan", "=Baykar", "=BAYKAR", "=Rosoboronexport", "=Rosoboroneksport"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "bağlanması üçün",
               "re:danışıqların\\s+başlanması\\w*",
               "təklif*", "imzalanacaq*", "imzalayacaq*", "imzalamalı*", "imzalanmalı*",
               "planlaşdırılır", "gözlənilir", "nəzərdə tutulur", "hazırlayacaq*", "olacaq*",
               "keçiriləcək*", "keçirəcək*", "aparacaq*", r"re:niyyət(?!\w*\s+(?:məktub|protokol))\w*", "hazırdır", "edəcək*",
               # a journey or a meeting still to come ("Pakistana gedəcək", "görüşəcək")
               "gedəcək*", "görüşəcək*",
               # an authority to sign precedes the signing
               "səlahiyyət ver*", "imzalanmasına icazə*", "imzalanmasına razılıq*", "imzalanması üçün",
               # a president's order on the signing ("sazişin imzalanması haqqında sərəncam imzalayıb")
               "re:imzalanması\\s+(?:haqqında|barədə)\\s+(?:sərəncam|fərman)\\w*",
               # a meeting or an exercise still to come, a day ahead
               "görüşəcək*", "başlayacaq*", "bir araya gələcək*", "sabah", "gələn həftə*", "gələn ay*",
               "növbəti həftə*"),
    "draft": ("layihə*",),
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("re:imzalanmasından\\s+\\d+\\s+il", "# il ötür*", "# il keçir*", "# il tamam*", "# il əvvəl",
                "imzalanmasının # illi*"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "il əvvəl", "il öncə", "imzalanmasının * ildönüm*", "imzalanmasından * il",
                   "xatırladaq ki", "əvvəllər", "ötən il*", "keçən il*", "bundan əvvəl",
                   "daha əvvəl", "vaxtilə"),
    "reporting": ("bildirib", "bildirilir", "bildirilib", "məlumat verib", "məlumat verilib",
                  "xəbər verir", "xəbər verib", "açıqlayıb", "deyib", "məlumatında", "məlumatına görə",
                  "mətbuat xidmət*", "istinadən", "elan edib"),
    "start": ("başlayıb", "başladı", "başlayır", "başlayırlar", "başlayan", "başlamış*", "start verilib",
              "start verildi", "start verilir",
              "açılıb", "açıldı"),
    "date_joiners": (),
    "range_words": ("və",),
    "months": {"yanvar*": 1, "fevral*": 2, "mart*": 3, "aprel*": 4, "may*": 5, "iyun*": 6,
               "iyul*": 7, "avqust*": 8, "sentyabr*": 9, "oktyabr*": 10, "noyabr*": 11,
               "dekabr*": 12},
    "weekdays": {"bazar ertəsi": 0, "çərşənbə axşamı": 1, "çərşənbə": 2, "cümə axşamı": 3,
                 "cümə": 4, "şənbə": 5, "bazar": 6},
    "today": ("bu gün", "bugünkü"),
    "yesterday": ("dünən", "ötən gün"),
    # The locative ending ("in Georgia" written as one word): a state named with it is the venue.
    "venue_suffix": "(?<=\\w\\w\\w)(?:da|də|ta|tə)",
    "plan_year": (# "2025-ci il üçün", "2025-ci ilə dair", "2025-ci ilə aid", "2025-ci il üzrə"
                  r"\b(20\d\d)\s*-?\s*(?:ci|cü|cu|cı)?\s*il(?:i|in|ə)?\s+(?:üçün|dair|aid|üzrə)",
                  r"\b(20\d\d)\s*(?:[-–—]|və)\s*20\d\d\s*-?\s*(?:ci|cü|cu|cı)?\s*il",
                  r"\b(20\d\d)\s*-?\s*(?:ci|cü|cu|cı)\s+il(?:in)?\s+(?:\w+\s+){0,4}plan"),
    "story_end": ("xəbər lenti", "digər xəbərlər", "son xəbərlər", "oxşar xəbərlər", "rəy yaz",
                  "paylaş", "* paylaş", "etiketlər*", "bizi sosial şəbəkələrdə izləyin",
                  "ən çox oxunan*", "reklam"),
    "story_skip": (),
    "story_aside": ("həmçinin oxuyun", "həmçinin oxu", "oxu həmçinin", "həmçinin bax", "mövzu ilə bağlı*",
                    "əlaqəli xəbərlər"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
# Teams, athletes, fans, veterans, bands: people of a pastime or a remembrance. A meeting of theirs is no
# defence talks when every defence body the sentence names is theirs ("the army football team", "veterans
# of the Soviet army"): detect._talks.
LEXICON["pastime"] = ("futbol komanda*", "milli komanda*", "idmançı*", "azarkeş*", "futbolçu*", "veteran*", "ansambl*", "orkestr*", "klub*")
LEXICON["phone"] = ("telefon*",)
# Cooperation, relations, partnership: what defence talks are about.
# ("münasibətilə", on the occasion of, is no relations: "bayram münasibətilə təbrik edib")
LEXICON["cooperation"] = ("əməkdaşlıq*", "əməkdaşlığ*", "re:münasibət(?!ilə\\b)\\w*", "tərəfdaşlıq*", "tərəfdaşlığ*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("vəziyyət*", "müharibə*", "münaqişə*", "böhran*", "situasiya*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("atəşkəs*", "əsir*", "girov*", "sülh danışıq*", "sülh müqavilə*", "sülh saziş*",
                         "delimitasiya*", "demarkasiya*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("danışıq*", "danışığ*")
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standart*",)


respell(LEXICON, lambda entry: [entry.replace("ı", "i")], skip=("plan_year", "stopwords"))
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("səfir*",)
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("ləğv et*", "ləğv ed*", "dayandır*", "denonsasiya*")

# The opening or closing ceremony of an exercise ("birgə təlimin açılış mərasimində") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("açılış mərasim*", "bağlanış mərasim*",)

# An exercise held in one state with the participation of another's forces ("Azərbaycanda Türkiyə hərbçilərinin iştirakı ilə təlim") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("iştirakı ilə", "iştirakilə", "iştirakçıları",)

# Troops carrying out an exercise's tasks in interaction with, or alongside, another state's forces
# ("Azərbaycan Ordusunun bölmələri Türkiyə hərbçiləri ilə qarşılıqlı əlaqədə təlim tapşırıqlarını yerinə yetirirlər"): a joint exercise of the two (rules.held_together), its tasks done (held).
LEXICON["joint"] += ("qarşılıqlı əlaqədə", "birgə fəaliyyətdə", "çiyin-çiyinə",)
LEXICON["conduct"] += ("yerinə yetirir*", "yerinə yetirib*", "yerinə yetirdi*", "yerinə yetirilib", "yerinə yetirildi",)


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("təbrik*", "başsağlığı",),
    "habitual": ("# dəfə*", "dəfələrlə", "bir neçə dəfə", "müntəzəm olaraq",
                 "re:(?:iki|üç|dörd|beş|altı|yeddi|səkkiz|doqquz|on)\\s+dəfə\\w*",),
    "future": ("təxirə sal*", "ləğv edil*", "ləğv olun*", "re:(?<=səfər )etmək\\s+dəvət\\w*",
               "re:(?<=səfərə )dəvət\\w*", "re:(?<=ziyarət )etməyə\\s+dəvət\\w*", "təkzib*", "baş tutmayıb",
               "baş tutmadı", "keçirilməyib", "keçirilmədi", "rədd ed*",),
    "civil_actor": ("iqtisadiyyat nazir*", "maliyyə nazir*", "səhiyyə nazir*", "təhsil nazir*",
                    "mədəniyyət nazir*", "ədliyyə nazir*", "kənd təsərrüfatı nazir*", "nəqliyyat nazir*",),
    "submission": ("milli məclisə təqdim*", "milli məclisə göndər*", "parlamentə təqdim*",
                   "parlamentə göndər*",),
    "defence_body": ("müdafiə sənaye*",),
    "interview": ("müsahib*",),
    "company": ("pavilyon*", "stend*", "istehsalı olan", "istehsalı",),
    "multilateral": ("əlaqə qrupu*", "koalisiya*", "ramşteyn format*", "ramştayn format*",
                     "xarici ölkələrin", "xarici dövlətlərin", "diplomatik korpus*",
                     "təhlükəsizlik konfrans*",),
    "former": ("keçmiş", "sabiq", "istefada olan", "ehtiyatda olan",),
    "settlement": ("sülhməramlı*", "saxlanılan*",),
    "works": ("zavod*", "fabrik*", "müəssisə*",),
    "other_law": ("dəyişiklik*", "büdcə*",),
}
respell(_PRECISION, lambda entry: [entry.replace("ı", "i")], skip=("plan_year", "stopwords"))
extend(LEXICON, _PRECISION)

# --- Recall (c1, s10): how the Azerbaijani press tells a joint exercise held, by host and guest ---
# A host and its guest: an exercise one state hosts ("Türkiyənin ev sahibliyi etdiyi təlim", "ev sahibliyi ilə")
# with another's forces "also" taking part ("... hərbçiləri də iştirak edir") is the two states' own
# (rules.held_together); three states or a bloc still make it multilateral.
LEXICON["joint"] += ("ev sahibliyi etdiyi", "ev sahibliyi ilə", "ev sahibliyində", "ev sahibliyi edən",
                     "re:(?<=\\sda |\\sdə )iştirak\\s+ed(?:ir|irlər|ib|iblər|di|dilər)(?!\\w)")
# An exercise held in one state (its locative and a participle of holding) that another's forces took part in as
# the main verb ("Türkiyə hərbçiləri Azərbaycanda keçirilən təlimdə iştirak ediblər"): host and guest; not observers
# ("müşahidəçi qismində").
LEXICON["joint"] += ("re:(?<=da\\s|də\\s)(?:keçirilən|təşkil\\s+olunan|təşkil\\s+edilən)\\s+(?:\\S+\\s+){0,3}?təlim\\w*\\s+"
                     "(?:(?!müşahidəçi)\\S+\\s+){0,4}?iştirak\\s+ed(?:ib|iblər|ir|irlər|di|dilər)(?!\\w)",)
# Its targets hit or destroyed ("hədəfləri uğurla məhv ediblər", "hədəfləri vurub"): it was held.
LEXICON["conduct"] += ("re:hədəf\\w*\\s+(?:\\w+\\s+){0,2}?(?:məhv\\s+ed(?:ib|iblər|di|dilər|ilib|ildi)|vurub|vurdu|vurublar|vurdular)(?!\\w)",)

# --- Recall (c1, s10): a meeting that ends with the signing of a document is the signing ---
# "görüş plana imza atılması ilə yekunlaşıb" (ended with a signature put to the plan), as "imzalanması ilə": done.
LEXICON["sign"] += ("imza atılması ilə", "imza atılmasıyla")
# (nouns: the verb of their clause gives them their tense, rules.announced_not_done)
LEXICON["act_noun"] += ("imza atılması ilə", "imza atılmasıyla")
# The plan in the dative, as one puts a signature to it ("plana imza atıblar"), as "planına" already is.
LEXICON["plan_nouns"] += ("plana",)

# --- Recall (c3, s10): a meeting's outcome told as the signing it produced ---
# "The outcome of the meeting was the signing of the plan" ("görüşün nəticəsi ... planın imzalanması olub/oldu"): the
# signing is what the meeting ended with, in the past (not "olacaq", still to come), as ru "итогом стало подписание".
LEXICON["sign"] += ("re:(?:nəticəsi|yekunu)\\s+(?:\\S+\\s+){0,8}?imzalanması\\s+(?:olub|oldu|olmuşdur)",)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('yarış*', 'müsabiqə*', 'çempionat*', 'turnir*', 'olimpiada*', 'festival*', 'oyunlar*', 'parad*', 'kubok*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen_after": ("vətəndaşı*", "vətəndaşlar*",)}
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("vida*", "tanışlıq görüş*", "tanışlıq səfər*", "tanışlıq məqsədilə",)}
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("kursant*", "tələbə*", "jurnalist*", "bloger*", "şagird*",)}
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a reception for a state's holiday is a courtesy ---
# A reception or a meeting told as marking a state's holiday (Independence Day, Republic Day, the national day) is a
# courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only).
_HOLIDAYS = {"courtesy": ("müstəqillik gün*", "respublika gün*", "milli bayram*", "dövlət bayram*",)}
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s11): whole articles ---
# An act in the present told as what the states do every year is a habit (rules.act_as_a_habit: "hər il nazirliklər
# plan imzalayır").
_WHOLE_ARTICLES = {"habitual": ("hər il", "ildən-ilə", "hər ilin",),
                   "present": ("imzalayır", "imzalayırlar", "imzalanır",)}
extend(LEXICON, _WHOLE_ARTICLES)
# Veterans of another state received on a holiday are a lay group, no official delegation: no talks (detect._lay_visit,
# as for cadets and journalists).
_VETERANS = {"lay_visitor": ("qazi", "qazilər*", "veteran*",)}
extend(LEXICON, _VETERANS)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("arxiv foto*", "arxiv şəkil*", "foto: arxiv", "fotoarxiv*",)}
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("kredit*", "borc*",)}
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("təsdiqlənib", "təsdiqləndi", "təsdiq edilib", "təsdiq edildi", "təsdiq olunub", "təsdiq olundu", "bəyənilib", "bəyənildi",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("şou", "re:\\w+şou\\b", "sərgi*", "salon*",)

# --- Recall (c1, s11): forces that "carried out" an exercise or its firing hold it ---
# The active of "icra et-" (carry out: "hərbçilər döyüş atışları icra edib") tells the exercise held as its passive
# ("icra edilib") already does, by the forces named as its subject.
LEXICON["conduct"] += ("icra edib", "icra ediblər", "icra etdi", "icra etdilər", "icra edir", "icra edirlər",)

# --- Recall (c1, s11): forces that "also" joined an exercise are its guests ---
# A state's forces that "also" took part in an exercise ("Azerbaycan Silahlı Kuvvetleri personeli de katıldı") are guests
# of forces the word "also" presumes: the exercise's own, the host's. With no host named and no other state in the
# story, the host is the outlet's own state (detect._home_exercise_pair).
_GUESTS = {"guest": ("də iştirak edib", "da iştirak edib", "də iştirak edir", "da iştirak edir", "də iştirak ediblər",
                   "da iştirak ediblər", "də qatılıb", "da qatılıb", "də qoşulub", "da qoşulub",)}
extend(LEXICON, _GUESTS)
# Observers who "also" attended are no guest forces of the exercise.
extend(LEXICON, {"observer": ("müşahidəçi*",)})


# --- Recall (c1, s11): the plural of the active verbs already read in the singular ---
# Azerbaijani marks a plural subject on the verb ("hərbçilər təlimlərə başlayıblar", "nazirlər ... qəbul ediblər"): the same
# verbs of holding and meeting as their singular.
LEXICON["conduct"] += ("başlayıblar", "başladılar", "davam edirlər", "başa çatdırıblar", "başa çatdırdılar",)
LEXICON["meeting"] += ("qəbul ediblər", "qəbul etdilər", "qarşılayıblar", "qarşıladılar",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('təcili', 'son dəqiqə', 'flaş', 'son xəbər', 'son xəbərlər', 'gündəm')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'ailə və sosial xidmətlər nazir*', 'sosial xidmətlər nazir*', 'əmək və əhalinin sosial müdafiəsi nazir*', 'sosial müdafiə* nazir*',
    'ailə, qadın və uşaq*', 'səhiyyə nazir*', 'elm və təhsil nazir*', 'təhsil nazir*',
    'mədəniyyət nazir*', 'gənclər və idman nazir*', 'idman nazir*', 'maliyyə nazir*',
    'ədliyyə nazir*', 'kənd təsərrüfatı nazir*', 'iqtisadiyyat nazir*', 'nəqliyyat nazir*',
)}
respell(_CIVIL_MINISTRIES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a day ahead ---
# A day ahead ("sabah", "gələn həftə"): an exercise that begins then ("birgə təlim sabah başlayır") is still to come
# (rules.exercise_on_a_coming_day), and so is an act in the present for that day (rules.present_for_a_coming_day).
_DAYS_AHEAD = {"coming": ("sabah", "birigün", "gələn həftə*", "gələn ay*", "gələn il*", "yaxın günlərdə",)}
respell(_DAYS_AHEAD, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _DAYS_AHEAD)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspor*', 'icma*', 'həmvətən*', 'soydaş*', 'yaşayan')}
respell(_COMPATRIOTS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('deputat*', 'millət vəkil*', 'parlamentari*')}
respell(_PARLIAMENTARIANS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('əklil*', 'gül dəstəsi qoy*', 'çələng*', 'cümhuriyyət bayram*')}
respell(_WREATHS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + ("koreya respublikası*",)

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:bağlı|dair|haqqında|barədə|üzrə)\\s+(?:\\S+\\s+){0,3}?(?:danışıq|məsləhətləşmə)\\w*",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("qərargah danışıq*", "qərargahlar*",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("imzalanmışdı*", "imzalamışdı*", "imzalamışdılar", "təsdiqlənmişdi*", "təsdiq edilmişdi*", "keçirilmişdi*", "keçirmişdi*", "görüşmüşdü*", "görüşmüşdülər")}
respell(_PLUPERFECT, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("razılaşdırıb", "razılaşdırıblar", "razılaşdırdı", "razılaşdırdılar", "razılaşıb", "razılaşıblar", "razılaşdı", "razılaşdılar", "qərara alıb", "qərara alıblar")}
respell(_AGREED_EXERCISE, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("illərdir", "uzun illərdir", "müntəzəm")}
respell(_HABITUAL_EXERCISES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("imzaladığı", "imzaladıqları", "imzaladıqları", "imzalamış olduğu")}
respell(_RELATIVE, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("keçən həftə", "ötən həftə", "bu yaxınlarda", "bir həftə əvvəl", "ötən günlərdə")}
respell(_PAST_PERIODS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Nazir ... ilə danışıb") names the outlet's own minister, as its press
# names its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's
# state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("nazir",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s13): a programme bound to next year is a plan ---
# Next year written as the attribute of a programme ("gələn il üçün hərbi əməkdaşlıq proqramı") binds it to a year: a
# plan under another name (SCHEMA.md), as the programme "for 2027" is (detect._programme_of_a_year_ahead); a future
# word inside it is no tense of the act (facts._drop_times_ahead_of_nouns).
_PROGRAMMES_OF_NEXT_YEAR = {"time_ahead_of": ("gələn il üçün", "növbəti il üçün", "gələn ilə aid", "növbəti ilə aid", "re:(?:gələn|növbəti)\\s+ilin(?!\\s+(?:əvvəl|sonun|ortas|ilk|ikinci)\\w*)")}
extend(LEXICON, _PROGRAMMES_OF_NEXT_YEAR)

# --- Recall (c1, s14): exercises not called "exercise" ---
# Two states' forces training together under another name: joint flights of two air forces, a joint training
# qualified by its kind (tactical, staff): an exercise noun, the joint word and the two states its pair
# (rules.held_together), as en, ru and tr read. Airlines' joint flights are a civil topic, no exercise (detect._exercise).
_EXERCISES_BY_OTHER_NAMES = {"exercise": ("birgə uçuş*",), "civil_topic": ("aviaşirkət*", "hava yolları*")}
respell(_EXERCISES_BY_OTHER_NAMES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments, a delegation received ---
# Military or defence consultations are the two defence establishments' own talks, a defence body as their dialogue and
# working group are (en "military consultations", ru "военные консультации", tr "askeri istişareler" already so) ; a delegation received by an official ("... tərəfindən qəbul edilib") was met by him, the meeting told from the guest's side.
_DEFENCE_CONSULTATIONS = {"defence_actor": ("hərbi məsləhətləşmə*", "müdafiə məsləhətləşmə*"),
                           "meeting": ("tərəfindən qəbul edil*",), "met": ("tərəfindən qəbul edil*",)}
respell(_DEFENCE_CONSULTATIONS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Recall (c1, s14): May is no stem of "major" ---
# The stem "may*" read the rank "mayor" (major: "mayor Əliyev") as May, dating the sentence's act in May: the month is
# written without it.
LEXICON["months"] = {**{entry: month for entry, month in LEXICON["months"].items() if entry != "may*"},
                     "re:may(?!or)\\w*": 5}

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("daxili işlər*", "=DİN", "polis*", "sərhəd xidmət*", "dövlət sərhəd*", "sərhəd polis*", "gömrük*", "fövqəladə hallar*", "=FHN", "jandarm*", "milli qvardiya*")}
respell(_SECURITY_BODIES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("attaşe*",)}
respell(_ATTACHES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s14): a charity, a foundation, a non-governmental or humanitarian organisation ---
# A body that acts for no state, named with a state's adjective or seat ("a British charity", "the Swiss-based Red
# Cross"): the state is the body's, as a company's is (detect._company_states), no party to talks or to an act.
_NON_STATE_BODIES = {"company": ("xeyriyyə*", "fond", "fondu", "fondunun", "fondun", "qeyri-hökumət*", "ictimai birlik*", "qırmızı xaç*", "qızıl aypara*")}
respell(_NON_STATE_BODIES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _NON_STATE_BODIES)

# --- Precision (c2, s14): a diplomat named by his nationality ---
# "the UN resident coordinator, the Norwegian diplomat Kari Olsen": a state's adjective before a bare "diplomat" names a
# person's nationality, as "a Swiss national" does (facts._attach_mentions), no party to talks; an ambassador or an
# envoy of that state is named as such (``envoy``).
_DIPLOMATS = {"citizen_after": ("diplomat", "diplomatı", "diplomatla", "diplomatı ilə")}
respell(_DIPLOMATS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _DIPLOMATS)

# --- Precision (c2, s14): a call to ratify or to sign is no act ---
# "parlamenti sazişi ratifikasiya etməyə çağırıb": an official urging an act asks for one still to come, as en "called
# on parliament to ratify", ru "призвал", tr "çağırdı" already read.
_CALLS_TO_ACT = {"future": ("çağırıb", "çağırdı", "çağırır", "çağırmışdır")}
respell(_CALLS_TO_ACT, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _CALLS_TO_ACT)

# --- Precision (c2, s14): intelligence and state security services are no defence bodies ---
# A state's intelligence or security service met by a defence official is a security body (detect._security_body_met);
# military intelligence is the armed forces' own and is not listed.
_SECURITY_SERVICES = {"security_body": ("dövlət təhlükəsizlik xidmət*", "=DTX", "xarici kəşfiyyat*", "milli kəşfiyyat*", "kəşfiyyat təşkilat*", "təhlükəsizlik xidmət*")}
respell(_SECURITY_SERVICES, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _SECURITY_SERVICES)

# --- Precision (c2, s14): civil officials and people met by a defence official ---
# A governor, a mayor, members of parliament, businessmen: met on one side of a meeting whose defence officials all
# stand on the other, no defence talks (detect._security_body_met).
_CIVIL_OFFICIALS = {"civil_official": ("valisi", "valisi ilə", "qubernator*", "bələdiyyə başçı*", "meri", "meri ilə", "iş adam*", "sahibkar*")}
respell(_CIVIL_OFFICIALS, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _CIVIL_OFFICIALS)

# --- Precision (c2, s14): defence ministers who also attended the leaders' meeting ---
# "The meeting was also attended by the defence ministers of both countries", after a lead on the presidents' talks:
# the ministers sat in the leaders' delegations; the meeting is no defence talks (detect._attended_a_civil_meeting).
_ALSO_ATTENDED = {"attendance": ("də iştirak ediblər", "da iştirak ediblər", "də iştirak edib", "da iştirak edib", "də iştirak edirdilər", "da iştirak edirdilər")}
respell(_ALSO_ATTENDED, lambda entry: [entry.replace("ı", "i")])
extend(LEXICON, _ALSO_ATTENDED)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "siyasi-hərbi məsləhətləşmələr" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("siyasi-hərbi məsləhətləşmə*", "siyasi-hərbi danışıq*", "siyasi-hərbi dialoq*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference, a reconnaissance, the preparation of a joint exercise ("birgə təlimin planlaşdırma konfransı"): what is held is
# its preparation, the exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("hazırlıq çərçivəsində", "hazırlığı çərçivəsində", "hazırlıq işləri*", "hazırlıq tədbirləri*", "hazırlığı ilə bağlı", "hazırlıq məqsədilə", "planlaşdırma konfrans*", "planlaşdırılması üzrə", "planlaşdırma görüş*", "rekoqnossirovka*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a parliament's next session is a time ahead ---
# An act set for a chamber's next session or sitting ("Milli Məclis sazişi növbəti plenar iclasda ratifikasiya edir") is announced, not done: the session is still
# to come, as "tomorrow" is (``coming``: rules.announced_not_done with a present verb).
_NEXT_SESSIONS = {"coming": ("növbəti iclasda", "növbəti plenar iclasda", "növbəti iclasında", "növbəti sessiyada", "növbəti sessiyasında",)}
extend(LEXICON, _NEXT_SESSIONS)

# --- Precision (c2, s15): a commission on trade and the economy is civil ---
# Its meeting ("iqtisadi əməkdaşlıq üzrə hökumətlərarası komissiya") is the civil ministries' even where the sides list the defence industry among
# its topics: "the sides" of it are civil officials (detect._civil_meeting, detect._talks).
_ECONOMIC_COMMISSIONS = {"civil_actor": ("iqtisadi əməkdaşlıq üzrə hökumətlərarası komissiya*", "iqtisadi komissiya*", "ticarət-iqtisadi əməkdaşlıq üzrə*", "iqtisadi əməkdaşlıq üzrə birgə komissiya*",)}
extend(LEXICON, _ECONOMIC_COMMISSIONS)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("ratifikasiya edildikdən sonra qüvvəyə minəcək"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("ratifikasiya edildikdən sonra", "ratifikasiya olunduqdan sonra", "ratifikasiyadan sonra", "təsdiq edildikdən sonra", "təsdiq olunduqdan sonra", "ratifikasiya edilməlidir", "ratifikasiya olunmalıdır",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Precision (c2, s15): meetings told over recent years ---
# Meetings summed up over a span of years ("Türkiyə ilə son illər aparılan danışıqlar"), as a minister tells them at a press conference, are
# many meetings, none of them the story's event (``habitual``: detect._meetings_counted).
_RECENT_YEARS = {"habitual": ("son illər", "son illərdə", "son illər ərzində", "son bir neçə ildə", "son bir neçə il ərzində",)}
extend(LEXICON, _RECENT_YEARS)

# --- Precision (c2, s15): what a minister says at his press conference ---
# A minister speaking at a press conference or a briefing ("mətbuat konfransında ... danışıqların uğurlu olduğunu bildirib") tells of meetings, as in an interview: they
# are its subject, not the story's event (``interview``: detect._talks). Two sides' press conference after their talks
# ("birgə mətbuat konfransında") is not one of these words, and its talks stay.
_PRESS_CONFERENCES = {"interview": ("re:(?<!birgə )mətbuat konfransında", "re:(?<!birgə )brifinqdə",)}
extend(LEXICON, _PRESS_CONFERENCES)

# --- Recall (c1, s15): a signing told in a relative participle with a time of its own ---
# "nazirlərin bu gün imzaladıqları hərbi əməkdaşlıq planı 40 tədbiri əhatə edir": the participle that opens a clause on
# the document is its signing, as tr "imzaladığı" is; told with an old date or none beside the day's other news it
# describes the document (the ``relative`` rules, which already hold these words).
_SIGNED_IN_A_RELATIVE_PARTICIPLE = {"sign": ("imzaladıqları", "imzaladığı", "imzaladıqlar")}
extend(LEXICON, _SIGNED_IN_A_RELATIVE_PARTICIPLE)

# --- Kinds (c2, s16): what a meeting reviewed is its topic ---
# A meeting that "reviewed" or "exchanged views on" joint exercises ("Görüşdə birgə təlimlər nəzərdən keçirilib", "fikir
# mübadiləsi aparılıb") talked about them, as "müzakirə olunub" says: the exercise is the talks' topic, not held
# (``discussion``: detect._exercise), and the meeting is the event.
_REVIEWED_AT_A_MEETING = {"discussion": ("nəzərdən keçiril*", "nəzərdən keçirib*", "fikir mübadiləsi*",
                                         "dəyərləndiril*", "dəyərləndirib*", "qiymətləndiril*")}
extend(LEXICON, _REVIEWED_AT_A_MEETING)

# --- Kinds (c2, s16): a parliament's reading is the parliament's act ---
# A bill passed "in the third reading" ("üçüncü oxunuşda qəbul olunub"), or the last, names the chamber's procedure
# though not the chamber: the approval is the parliament's, its ratification (``authority``), even in a headline that
# names no one ("... sazişi üçüncü oxunuşda qəbul olunub"). A second reading, as a first, is a step on the way
# (``stage``: rules.ratification_step).
_READINGS = {"authority": ("üçüncü oxunuş*", "son oxunuş*", "yekun oxunuş*"), "stage": ("ikinci oxunuş*",)}
extend(LEXICON, _READINGS)

# --- Recall (c2, s16): the ministry writing of itself ---
# The ministry's own release names its side "Nazirliyimiz" (our ministry), "Ordumuz" (our army): the outlet's own
# defence body, with no state of its own, as a bare "müdafiə naziri" on an Azerbaijani site is ("Nazirliyimiz ilə
# Monqolustan Müdafiə Nazirliyi arasında protokol imzalanıb": detect._home_pair).
_OWN_MINISTRY = {"defence_actor": ("nazirliyimiz*", "ordumuz*", "silahlı qüvvələrimiz*"),
                 "own_voice": ("nazirliyimiz*", "ordumuz*", "silahlı qüvvələrimiz*")}
extend(LEXICON, _OWN_MINISTRY)

# --- Kinds (c2, s16): the year a plan covers, told as tr tells it ---
# "Plan 2027-ci ili əhatə edir" (the plan covers 2027) and "2027-ci ildə keçiriləcək tədbirlər" (the events to be held
# in 2027, a future participle after the locative) give the plan its year, as tr "2027 yılını kapsıyor", "2027 yılında
# yapılacak faaliyetler" do; a bare locative ("2025-ci ildə imzalanıb") is the act's time, not the plan's.
LEXICON["plan_year"] += (r"\b(20\d\d)\s*-?\s*(?:ci|cü|cu|cı)\s+il(?:i|ə)\s+(?:əhatə|şamil)",
                         r"\b(20\d\d)\s*-?\s*(?:ci|cü|cu|cı)\s+ildə\s+(?:\w+\s+)?\w+(?:acaq|əcək)\b")

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("sərhəddə baş vermiş insident", "atışma") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("insident*", "atışma*", "təxribat*", "toqquşma*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): the year in review ---
# A review of the year ("Bu il ərzində nazirlik imzalayıb: ...", a list of the year's plans and agreements under it) sums up acts each reported when it
# happened: the span of a whole year before the act makes it the year's background, none the story's news
# (``background``: detect._is_background), as "last year" does. A plan "for" a year names its year, not a span.
_YEAR_IN_REVIEW = {"background": ("bu il ərzində", "ötən il ərzində", "cari il ərzində", "ilin yekunlarına görə", "başa çatan il ərzində")}
extend(LEXICON, _YEAR_IN_REVIEW)

# --- Precision (c3, s16; issue 15): an agreement's termination approved ---
# "ləğv" with a possessive ("sazişin ləğvini təsdiq edib"): approving an agreement's cancellation ends it, no ratification
# (``terminate``), as "ləğv edib" does.
_TERMINATION_NOUNS = {"terminate": ("ləğvi*", "ləğv olunma*", "qüvvədən düşmə*")}
extend(LEXICON, _TERMINATION_NOUNS)

# --- Precision (c3, s16; issue 15): talks still to come ---
# Talks one arrives "ərəfəsində" (on the eve of) or a visit in the future at a clause's end ("danışıqlar aparmaq
# üçün Bakıya gələcək"): still to come, no event (rules.announced_not_done). "gələcək" is also the noun "the
# future" ("gələcək əməkdaşlıq"), so only the verb closing its clause is read. Makers ("Türkiyə istehsalçılarının
# məhsulları") are companies, as firms are: a state named as theirs is no party (detect._company_states).
_TALKS_AHEAD = {
    "future": ("re:gələcək(?=\\s*[.;!?]|\\s*$)", "gələcəklər", "re:(?:danışıq|görüş|səfər|məsləhətləşmə)\\w*\\s+ərəfəsində"),
    "company": ("istehsalçı*",),
}
extend(LEXICON, _TALKS_AHEAD)

# --- Precision (c3, s16; issue 15): a ratified document beside a signing ---
# The participle "ratifikasiya edilmiş/olunmuş" before its document ("2021-ci ildə ratifikasiya edilmiş sazişə əlavə
# protokol imzalayıblar") describes it; beside a signing told by its verb, the act is the signing (``ratified_attr``:
# facts._drop_ratified_documents).
_RATIFIED_DOCUMENTS = {"ratified_attr": ("ratifikasiya edilmiş", "ratifikasiya olunmuş", "ratifikasiya edilən",
                                         "ratifikasiya olunan")}
extend(LEXICON, _RATIFIED_DOCUMENTS)

# --- Precision (c2, s16): a visit to a memorial is a courtesy ---
# An attaché or a delegation that visits the Alley of Martyrs or a leader's grave ("Şəhidlər xiyabanını ziyarət edib",
# "Ulu Öndərin məzarını ziyarət edib"), the other side's officials beside them, pays its respects: a courtesy, as a
# wreath laid is, no talks in a story that names no cooperation (``courtesy``: detect._courtesy_only).
_MEMORIALS = {"courtesy": ("şəhidlər xiyaban*", "fəxri xiyaban*", "məzarını ziyarət*",
                           "abidəsini ziyarət*", "xatirəsini yad*", "ehtiramla yad*")}
extend(LEXICON, _MEMORIALS)

# --- Kinds (c2, s16): the law that approves an agreement, told with a participle ---
# "sazişi təsdiq edən qanunu imzalayıb" (signed the law that approves the agreement) is the ratification law, as
# "təsdiq edilməsi haqqında qanun" is: a president who signs it ratifies (``ratify``, ``ratify_noun``: rules.act_kind).
_LAWS_THAT_APPROVE = {"ratify": ("re:təsdiq\\s+edən\\s+qanun\\w*", "re:təsdiqləyən\\s+qanun\\w*"),
                      "ratify_noun": ("re:təsdiq\\s+edən\\s+qanun\\w*", "re:təsdiqləyən\\s+qanun\\w*")}
extend(LEXICON, _LAWS_THAT_APPROVE)

# --- Precision (c2, s16): a sea or a gulf named after a state is a place ---
# "Yapon dənizində", "Oman körfəzində": the sea or gulf bears the state's name in the possessive (the navy's "Hərbi
# Dəniz Qüvvələri" does not), so the state is where an exercise is held, not a party of it (``place_after``).
_SEAS = {"place_after": ("dənizi*", "körfəzi*", "boğazı*")}
extend(LEXICON, _SEAS)
