"""Turkish lexicon: state names with case suffixes after an apostrophe or not (stems), demonyms,
capitals, and the verb forms Turkish outlets use for signed, approved, ratified, met and exercised.

Participles such as "imzalanan" and future forms ("imzalanacak") are absent from the signing verbs:
a verb is read by its stem and its tense suffix (past -dı, perfect -mış, progressive -ıyor, converb
-arak), so every person and case of a past act is read and no future one (-acak/-ecek, which the
future cues read as intent instead, also for meetings: "görüşecek" is not "görüştü").

Headlines in capitals: Python lowercases "I" to "i", where Turkish writes "ı" ("İMZALANDI" reads
"imzalandi"), so every entry with a dotless ı also matches with a dotted i (added at import), and
the raw patterns write the letter as [ıi].
Pattern syntax: see ``lexicons/__init__.py``.
"""

from monitor.classify.lexicons import extend, respell

# "Milli Savunma" (national defence) with no state before it names Turkey's ministry and university;
# a state named before it ("Azerbaycan Milli Savunma Üniversitesi") owns the whole name.
# A future verb that ends its clause (a finite verb, not a participle before a noun), with its person
# endings: "gerçekleştirilecek.", "katılacaklar ve", "yapılacaktır,".
_FINITE = r"(?:t[ıi]r|tir|lar|ler|lard[ıi]r|lerdir)?(?=\s*(?:[.,;:!?\"')]|\n|$|ve\s|ancak\s))"

# A body the two defence establishments hold, named by its defence subject ("a working group on military
# cooperation"): its meeting is theirs, a defence actor of the sentence; but not when civil officials
# are the ones who discuss it (detect._talks).
_BODIES = (
    "askeri diyalog*", "askerî diyalog*", "savunma diyalog*", "askeri çalışma grub*",
    "askeri işbirliği çalışma grub*", "askeri iş birliği çalışma grub*",
    "savunma işbirliği çalışma grub*", "savunma iş birliği çalışma grub*",
    "askeri işbirliği komite*", "askeri iş birliği komite*", "savunma işbirliği komite*",
    "savunma iş birliği komite*", "askeri işbirliği komisyon*", "askeri iş birliği komisyon*",
    "karma askeri komisyon*", "ortak askeri komisyon*",
)

LEXICON = {
    "stopwords": ("ve", "ile", "bu", "için", "bir", "arasında", "olarak", "da", "de", "ki",
                  "tarafından", "ise", "gibi", "daha", "çok", "olan", "yapılan"),
    "countries": {
        "AF": ("afganistan*", "afgan*"), "AL": ("arnavutluk*", "arnavut*"), "DZ": ("cezayir*",),
        "AO": ("angola*",), "AR": ("arjantin*",), "AM": ("ermenistan*", "ermeni*"),
        "AU": ("avustralya*",), "AT": ("avusturya*",), "AZ": ("azerbaycan*", "azeri", "azeriler*", "azerbaycan* milli savunma üniversite*"), "BH": ("bahreyn*",),
        "BD": ("bangladeş*",), "BY": ("belarus*", "beyaz rusya*"), "BE": ("belçika*",),
        "BA": ("bosna*", "boşnak*"), "BR": ("brezilya*",), "BG": ("bulgaristan*", "bulgar*"), "KH": ("kamboçya*",),
        "CM": ("kamerun*",), "CA": ("kanada*",), "TD": ("çad", "çad'*", "çadlı*"), "CL": ("şili*",),
        "CN": ("çin", "çin'*", "çinli*"), "CO": ("kolombiya*",), "HR": ("hırvatistan*", "hırvat*"),
        "CU": ("küba*",), "CZ": ("çekya*", "çek cumhuriyeti*"), "DK": ("danimarka*",),
        "EG": ("mısır'*", "mısır", "mısırlı*"), "EE": ("estonya*",), "ET": ("etiyopya*",),
        "FI": ("finlandiya*",), "FR": ("fransa*", "fransız*"), "DE": ("almanya*", "alman"),
        "GE": ("gürcistan*", "gürcü*"), "GR": ("yunanistan*", "yunan", "yunanlı*"), "HU": ("macaristan*", "macar"),
        "IN": ("hindistan*", "hint", "hintli*"), "ID": ("endonezya*",), "IR": ("iran", "iran'*", "iranlı*"),
        "IQ": ("irak", "irak'*", "iraklı*", "irakın", "iraka", "irakta", "irakla", "iraktan", "irakı"), "IE": ("irlanda*",), "IL": ("israil*",), "IT": ("italya*", "italyan*"),
        "JP": ("japonya*", "japon"), "JO": ("ürdün*",), "KZ": ("kazakistan*", "kazak", "kazaklar*", "kazakistan* milli savunma üniversite*"),
        "KE": ("kenya*",), "KP": ("kuzey kore*",), "KR": ("güney kore*",), "KW": ("kuveyt*",),
        "KG": ("kırgızistan*", "kırgız*"), "LA": ("laos*",), "LV": ("letonya*",), "LB": ("lübnan*",),
        "LY": ("libya*",), "LT": ("litvanya*",), "MY": ("malezya*",), "MX": ("meksika*",),
        "MD": ("moldova*",), "MN": ("moğolistan*", "moğol*"), "ME": ("karadağ*",),
        "MA": ("fas", "fas'*", "faslı*"), "MM": ("myanmar*",), "NP": ("nepal*",), "NL": ("hollanda*",),
        "NZ": ("yeni zelanda*",), "NE": ("nijer", "nijer'*", "nijerli*"), "NG": ("nijerya*",),
        "MK": ("kuzey makedonya*", "makedonya*", "makedon*"), "NO": ("norveç*",), "OM": ("umman*", "umanlı*"),
        "PK": ("pakistan*", "pakistan* milli savunma üniversite*"), "PS": ("filistin*",), "PE": ("peru*",), "PH": ("filipinler*",),
        "PL": ("polonya*",), "PT": ("portekiz*",), "QA": ("katar*",), "RO": ("romanya*", "romen*", "rumen", "rumenler*"),
        "RU": ("rusya*", "rus", "ruslar*"), "SA": ("suudi arabistan*", "suudi*"), "SN": ("senegal*",),
        "RS": ("sırbistan*", "sırp*"), "SG": ("singapur*",), "SK": ("slovakya*", "slovak*"),
        "SI": ("slovenya*",), "SO": ("somali*",), "ZA": ("güney afrika*",), "ES": ("ispanya*", "ispanyol*"),
        "LK": ("sri lanka*",), "SD": ("sudan*",), "SE": ("isveç*",), "CH": ("isviçre*",),
        "SY": ("suriye*",), "TW": ("tayvan*",), "TJ": ("tacikistan*", "tacik*"), "TZ": ("tanzanya*",),
        "TH": ("tayland*",), "TN": ("tunus*",),
        # "ülkemiz" (our country) is Turkey in the Turkish press.
        # "Mehmetçik" is the Turkish press's name for the Turkish soldier.
        "TR": ("türkiye*", "türk", "türkler*", "türkün", "türk'*", "=MSB", "=TSK", "ülkemiz*", "mehmetçik*",
               # a Turkish navy ship's prefix ("TCG Kınalıada korveti")
               "=TCG",
               "milli savunma bakan*", "millî savunma bakan*", "milli savunma üniversite*",
               "millî savunma üniversite*", "=MSÜ",
               # the Turkish press names its own chiefs without the state: "Genelkurmay Başkanı Orgeneral
               # ...", "Kara Kuvvetleri Komutanı ..." (another state's comes after its name: "Pakistan
               # Genelkurmay Başkanı", so only a title no word stands before is Turkey's)
               "re:genelkurmay(?<!\\w genelkurmay) (?:başkan|komutan)\\w*", "re:kara kuvvetleri(?<!\\w kara kuvvetleri) (?:başkan|komutan)\\w*", "re:deniz kuvvetleri(?<!\\w deniz kuvvetleri) (?:başkan|komutan)\\w*", "re:hava kuvvetleri(?<!\\w hava kuvvetleri) (?:başkan|komutan)\\w*"),
        "TM": ("türkmenistan*", "türkmen*"), "UG": ("uganda*",), "UA": ("ukrayna*",),
        "AE": ("birleşik arap emirlik*", "=BAE"),
        "GB": ("ingiltere*", "birleşik krallık*", "britanya*", "ingiliz", "ingilizler*"), "US": ("=ABD", "=Pentagon*", "amerika*"),
        "UZ": ("özbekistan*", "özbek*"), "VE": ("venezuela*",), "VN": ("vietnam*",), "YE": ("yemen*",),
        "XK": ("kosova*",), "NA": ("namibya*",), "ML": ("malili*",
               # "mali" is also "financial" ("Askeri Mali İşbirliği Anlaşması", "mali yardım"): the state
               # only when no noun it qualifies follows
               "re:mali(?!\\s+(?:iş|yardım|destek|konu|alan|kaynak|müşavir|protokol|polit|yıl|tablo|kural|"
               "işler|sorumlu|denetim|kriz|piyasa|durum|imkân|imkan|katkı))"),
    },
    "capitals": {
        "AZ": ("bakü*",), "GE": ("tiflis*",), "RU": ("moskova*",), "TR": ("ankara*",),
        "KZ": ("astana*", "nur-sultan*"), "UZ": ("taşkent*",), "BY": ("minsk*",),
        "AM": ("erivan*",), "KG": ("bişkek*",), "TJ": ("duşanbe*",), "TM": ("aşkabat*",),
        "UA": ("kiev*", "kyiv*"), "MD": ("kişinev*",), "PK": ("islamabad*",), "IR": ("tahran*",),
        "CN": ("pekin*",), "US": ("washington*",), "FR": ("paris*",), "GB": ("londra*",),
        "DE": ("berlin*",), "RS": ("belgrad*",), "HU": ("budapeşte*",), "RO": ("bükreş*",),
        "PL": ("varşova*",), "JP": ("tokyo*",), "KR": ("seul*",), "IN": ("yeni delhi*",),
        "AF": ("kabil*",), "IQ": ("bağdat*",), "SA": ("riyad*",), "QA": ("doha*",),
        "EG": ("kahire*",), "GR": ("atina*",), "BG": ("sofya*",), "AL": ("tiran*",),
    },
    "blocs": {
        "CIS": ("=BDT", "bağımsız devletler topluluğu*"),
        "CSTO": ("=KGAÖ", "kolektif güvenlik antlaşması örgüt*"),
        "NATO": ("=NATO",), "SCO": ("=ŞİÖ", "şanghay işbirliği örgüt*"),
        "EU": ("=AB", "avrupa birliği*"),
    },
    "multilateral": (
                     # organisations of states that meet as such, whichever two members a sentence names
                     "türk devletleri teşkilat*", "türk konsey*", "=GUAM", "=AGİT", "=TDT",
                     # a multinational exercise or force: many states, whichever two the story names
                     "çok uluslu", "çokuluslu",
                     "üçlü", "üçlü*", "çok taraflı", "üç ülke*", "üye ülke*", "dört ülke*", "beş ülke*",
                     "altı ülke*", "yedi ülke*", "sekiz ülke*", "# ülke*"),
    "bilateral": ("ikili", "iki ülke*", "iki taraf*", "her iki ülke*", "ikili ilişki*"),
    "between": ("arasında", "arasındaki"),
    "counterpart": ("mevkidaş*", "muhatab*", "konuk*", "taraflar*", "iki"),
    "sidelines": ("marjında", "kapsamında", "çerçevesinde", "sırasında"),
    # imzala- (sign) and imzalan- (be signed) in the past (-dı: imzaladık, imzalandığı), the perfect
    # (-mış: imzalamıştır), the progressive (-ıyor) and the converb (-arak: "imzalayarak"); never the
    # future (-acak), the conditional, the necessitative or the participle "imzalanan".
    "sign": ("re:imzal(?:an?|a)(?:d[ıi]|m[ıi]ş|[ıi]yor)\\w*", "re:imzal[ıi]yor\\w*",
             "re:imzala(?:y|n)arak",
             # the converb "while (being) signed" tells a past scene ("protokol imzalanırken, bakanlar
             # hazır bulundu")
             "re:imzala(?:n[ıi]r|r)ken",
             "re:imza(?:lar|lar[ıi]|lar[ıi]n[ıi])?\\s+at(?:t[ıi]|[ıi]ld[ıi]|m[ıi]ş|[ıi]lm[ıi]ş)\\w*",
             "imza koydu", "imza koydular",
             # the signed copies exchanged at the ceremony are the signing ("imzalı nüshaları teati etti",
             # "plan belgeleri karşılıklı olarak teati edildi"); not views ("görüş teati")
             "re:(?<!onay\\s)(?:belge|nüsha)\\w*\\s+(?:karşılıklı\\s+(?:olarak\\s+)?)?teati\\s+(?:et|edil)\\w*",
             # a headline that ends on the noun reports the signing ("... anlaşmasına imza")
             "re:imza(?:lar)?(?=[ \\t]*(?:\\n|$))",
             "imza altına alındı", "imza altına aldı",
             "imza altına aldılar", "imza altına alınmıştır", "imza altına alınmış", "imzalanması", "imza töreni*",
             # after the signing ("imzalanmasının ardından", "imzalanmasından sonra"): done
             "imzalanmasının ardından", "imzalanmasından sonra",
             "akdedildi", "akdetti"),
    "sign_participle": (),
    "determiners": (),
    "aux": (),
    "approve": ("onaylandı", "onayladı", "onay verildi", "kabul edildi",
                # a headline's "approval from the parliament" ("... anlaşmaya Meclis'ten onay")
                "meclis'ten onay", "meclisten onay", "tbmm'den onay",
                "kabul etti", "kabul edilerek", "yasalaştı", "belirlendi", "uzlaşıldı", "mutabık kalındı",
                # passed the parliament ("Meclis'ten geçti")
                "meclis'ten geçti", "meclisten geçti", "tbmm'den geçti", "genel kurul'dan geçti",
                "genel kuruldan geçti"),
    # the law on the approval of an agreement ("onaylanmasına ilişkin/dair kanun"): its ratification
    # A step on the way to ratification (a parliament's committee, a first reading), not the act (rules.ratification_step).
    # A committee's adoption of the approval bill is a step (SCHEMA.md; train's labels): the plenary
    # ("Genel Kurul") or the president ratifies.
    "stage": ("komisyon*", "alt komisyon*", "ilk görüşme*"),
    "ratify": ("onaylanmasının uygun bulunduğu*", "uygun bulunmasına dair*", "resmi gazete*",
               r"re:onaylanmas[ıi]na\s+(?:ili[şs]kin|dair)\s+kanun\w*", "onaylanması uygun bulun*",
               # (not in force "from its signing", c1 s15: "imzalandığı tarihte yürürlüğe girdi" tells the signing)
               "re:yürürlüğe(?<!imzalandığı tarihte yürürlüğe)(?<!imzalandığı gün yürürlüğe)"
               "(?<!imza tarihinde yürürlüğe)(?<!imza tarihinden itibaren yürürlüğe)(?<!imzalanmasıyla yürürlüğe)"
               "(?<!imzalandığı andan itibaren yürürlüğe)\\s+gir(?!ece)\\w*", "ratifiye*", "tasdik*",
               # the instruments of ratification exchanged ("onay belgelerini teati etti"): the last step
               # that brings it into force
               "re:onay\\s+belge\\w*\\s+(?:karşılıklı\\s+(?:olarak\\s+)?)?teati\\s+(?:et|edil)\\w*"),
    # The procedure named, not done ("the law on ratifying it", "a bill for its ratification"): it ratifies only
    # beside a verb of approval (rules.ratified_by_verb).
    "ratify_noun": ("onaylanmasının uygun bulunduğu*", "uygun bulunmasına dair*",
                    r"re:onaylanmas[ıi]na\s+(?:ili[şs]kin|dair)\s+kanun\w*"),
    # A document named as the basis of what is told, not its object: the postposition follows it
    # ("anlaşma uyarınca", "plan kapsamında").
    "frame_after": ("uyarınca", "kapsamında", "çerçevesinde", "doğrultusunda", "esas alınarak",
                    "gereğince", "göre", "öngörülen", "dahilinde"),
    # A state named as a place, not a party ("Afganistan sınırında", "İran ile sınır*").
    # ("deniz" is no place cue: "Türk Deniz Kuvvetleri" is a navy)
    "place_after": ("sınır*", "ile sınır*", "hudud*", "kıyı*", "sahil*"),
    # Where the act took place, the locative case ("Katar'da", "Mısır'da"): a party unless two others are named.
    "venue_after": ("re:(?<=['’])(?:da|de|ta|te)(?!\\w)",),
    # The act named as a noun: the sentence's verb, wherever it stands, says whether it happened.
    "act_noun": ("imzalanması", "imza töreni*", "imzalanmasına", "ratifiye*", "onaylanması*"),
    # Treaties between rivals that limit arms: defence, but not cooperation.
    "arms_control": ("silah kontrol*", "stratejik saldırı silah*", "silahsızlanma*", "nükleer silahların yayılma*"),
    # Buying arms: a contract for so many items is a purchase, not a cooperation act.
    # (procurement named as a field of cooperation, "eğitim, tedarik ve lojistik alanlarında işbirliği",
    # is no purchase: only the supply of something, "mühimmat tedariki", or a supply contract is)
    # A training ship's port call (its crew's visits ashore are no talks between officials).
    "port_call": ("okul gemisi*", "liman ziyaret*", "harp okulu öğrenci*"),
    "purchase": ("satın alın*", "satın al*", "tedariki*", "tedarik sözleşme*", "tedarik anlaşma*",
                 "tedarik edil*", "tedarik et*", "alımı*", "alım sözleşme*"),
    # What the two sides do together (a joint exercise, not one side's own).
    # The words that join two sides named as one pair ("Türk Deniz Kuvvetleri ile Pakistan Deniz Kuvvetleri").
    "joiner": ("ve", "ile"),
    "joint": ("ortak", "birlikte"),
    # A story turning to another item: what follows is secondary to its own news.
    # ("ayrıca", besides, adds to the same item and is no turn)
    "turn": ("öte yandan", "diğer yandan", "bu arada"),
    # The draft of a law (adopting it ratifies), unlike the draft of an agreement.
    "draft_law": ("kanun tasarı*", "kanun teklif*", "yasa tasarı*"),
    "authority": ("meclis*", "dışişleri komisyon*", "=TBMM", "cumhurbaşkan*", "hükümet*", "bakanlar kurulu*", "kanun*", "resmi gazete*",
                  "parlamento*", "milletvekil*"),
    "plan_nouns": ("plan", "planı", "planını", "planına", "planının", "planları*",
                   "faaliyet planı*"),
    "programme_nouns": ("program*",),
    "agreement_nouns": ("anlaşma*", "antlaşma*", "mutabakat*", "protokol*", "sözleşme*",
                        "memorandum*", "muhtıra*", "yol haritası*", "bildirge*", "deklarasyon*",
                        "zabıt", "zaptı*", "niyet mektub*", "niyet beyan*"),
    "generic_doc_nouns": ("belge*",),
    # Verbs of meeting in any tense but the future ("görüşecek", "bir araya gelecek": intent).
    "meeting": ("re:görüş(?!\\w*?(?:acak|ecek|acağ|eceğ))\\w*", "re:bir\\s+araya\\s+gel(?!ece)\\w*",
                "ziyaret*", "toplantı*", "müzakere*", "temaslarda bulun*",
                "istişare*", "kabul etti",
                # welcomed with an official ceremony ("mevkidaşını resmi törenle karşıladı")
                "re:tören\\w*\\s+karşıla\\w*", "makamında kabul*", "tarafından kabul edildi", "diyalog*", "çalışma grub*",
                "re:telefonda\\s+konuş(?!\\w*?(?:acak|ecek))\\w*", "video konferans*",
                # hosted, received ("Bakan, mevkidaşını ağırladı"), discussed ("işbirliğini ele aldı")
                "re:ağ[ıi]rla(?:d|n|m[ıi]ş)\\w*", "konuk etti", "konuk ettiler", "konuk edildi", "ele aldı", "ele aldılar", "ele alındı", "masaya yatırdı*",
                # reviewed, weighed, exchanged views on, convened ("iş birliği imkanları değerlendirildi",
                # "konular masaya yatırıldı", "komisyon toplandı")
                "masaya yatırıl*", "değerlendirildi", "değerlendirdi", "değerlendirdiler", "istişarelerde bulun*",
                "fikir alışverişi*", "toplandı", "toplandılar"),
    # A meeting told in the past (not the future -ecek, nor the past perfect of background): it took
    # place, whatever a later clause announces ("görüştü ve gelecek yıl tatbikat düzenlenmesinde anlaştı").
    "met": ("re:görüş(?:t[üu]|m[üu]şt[üu]r)\\w*", "bir araya geldi*", "ziyaret etti*", "ziyaret gerçekleştirdi*",
            "ziyarette bulundu*", "kabul etti", "re:ağ[ıi]rlad[ıi]\\w*", "ele aldı*", "görüşme gerçekleştirdi*",
            "görüşme yaptı*", "görüşmeler yaptı*", "görüşmelerde bulundu*", "temaslarda bulundu*"),
    # An exercise told as begun or in progress: under way, whatever a later clause says of its end
    # ("tatbikat başladı ve 10 gün sürecek").
    "under_way": ("başladı", "başlamıştır", "başlatıldı", "başlayan", "sürüyor", "devam ediyor",
                  "icra ediliyor", "gerçekleştiriliyor", "yapılıyor", "düzenleniyor",
                  # or held, in the past of a report ("tatbikat icra edildi, 10 gün sürecek" tells the
                  # first days done, whatever the rest of the sentence says of its end)
                  "icra edildi", "icra etti", "gerçekleştirildi", "gerçekleştirdi", "düzenlendi", "yapıldı",
                  "tamamlandı", "sona erdi",
                  # the participle of an exercise being held (-en/-an; the future's is -ecek): "Nahçıvan'da
                  # icra edilen tatbikat 20 Eylül'e kadar devam edecek" is under way
                  "icra edilen", "gerçekleştirilen", "düzenlenen", "sürdürülen", "başlatılan"),
    "exercise": ("tatbikat*", "tatbikatı*", "ortak eğitim*", "müşterek eğitim*", "birlikte eğitim*", "manevra*",
                 # two navies' passing exercise ("geçiş eğitimi (PASSEX)")
                 "geçiş eğitim*", "=PASSEX",
                 # a bilateral training or exercise ("ikili eğitim icra edildi", "ikili tatbikat")
                 "ikili eğitim*"),
    "conduct": ("başladı", "başlayan", "başlattı", "başlatıldı", "icra edildi", "icra edil*", "icra etti",
                "gerçekleştirildi", "gerçekleştiril*", "gerçekleştirdi", "gerçekleştirdiler", "düzenlendi",
                "düzenledi", "tamamlandı", "tamamladı", "tamamladılar", "sona erdi", "yapıldı", "yaptı",
                "devam ediyor", "sürüyor", "düzenleniyor", "gerçekleştiriyor", "gerçekleştiriyorlar",
                "yapılıyor", "icra ediyor", "yürütülüyor", "yapıyor", "yapıyorlar", "düzenliyor",
                "düzenliyorlar",
                # the present of a headline: "ortak tatbikat bugün başlıyor", "tatbikat sürüyor"
                "başlıyor", "başlamıştır", "başlamış", "sürdü", "sürdürülüyor", "sürdürüldü", "devam etti",
                # the first person plural of a minister or a ministry speaking ("ortak tatbikat düzenledik")
                "düzenledik", "icra ettik", "gerçekleştirdik", "yaptık", "tamamladık", "başlattık",
                # the past participle of a reported exercise ("ortak tatbikat yaptığı bildirildi",
                # "tatbikatın icra edildiğini açıkladı"); the future's is -acağı/-eceği
                # (one entry per verb, so that each is looked up by its word, not scanned for everywhere)
                *(f"re:{stem}[ıi]ğ\\w*" for stem in ("yapt", "yapıld", "yapild", "düzenled", "düzenlend",
                                                       "gerçekleştird", "gerçekleştirild", "tamamlad",
                                                       "tamamland", "başlad", "başlatıld", "icra\\s+etti",
                                                       "icra\\s+edild")),
                # headline: "Türk ve Pakistan özel kuvvetleri ortak tatbikatta buluştu"
                "buluştu",
                # the forces took part in it ("ortak tatbikata katıldı"), past only
                "re:kat[ıi]l(?:d[ıi]|m[ıi]ş|[ıi]yor)\\w*",
                # a headline's ablative names who holds it: "Türkiye ile Azerbaycan'dan ortak tatbikat"
                "re:(?<=[dt][ae]n\\s)ortak(?=\\s+(?:\\w+\\s+)?tatbikat)",
                # the day officials watch an exercise: it is under way
                "seçkin gözlemci gün*", "gözlemci gün*",
                # the participle of a held exercise (-en/-an: "Bakü'de düzenlenen ortak tatbikat"; the future
                # participle -ecek is intent) and the past nominalised -DIK ("tatbikatı icra ettiğini bildirdi",
                # "tatbikatın tamamlandığını açıkladı"): told as held, in whatever case the clause puts it
                "düzenlenen", "tamamlanan", "sona eren", "başlatılan", "sürdürülen",
                # the scenario or the tasks carried out ("senaryoyu başarıyla uyguladı")
                "uyguladı", "uyguladılar", "uygulandı",
                # the formal present of an official statement ("tatbikat icra edilmektedir" is read above)
                "yapılmaktadır", "düzenlenmektedir", "sürdürülmektedir", "devam etmektedir", "start verildi",
                # officials watched it, units took part or held a task in it: it was held
                "izledi", "izlediler", "takip etti", "yer aldı", "yer aldılar", "görev aldı",
                # the headline's praise of a held exercise ("ortak tatbikatı nefes kesti", "göz doldurdu")
                "nefes kesti", "nefes kesen", "göz doldurdu", "göz kamaştırdı", "beğeni topladı",
                "re:icra\\s+et(?:ti[ğg]|mi[şs])\\w*", "re:icra\\s+edil(?:di[ğg]|mi[şs])\\w*",
                "re:(?:düzenle|gerçekleştir|tamamla|başlat)(?:n|il)?(?:di[ğg]|dı[ğg]|mi[şs]|mı[şs])\\w*",
                "re:(?:başla|yapıl)(?:dı[ğg]|mı[şs])\\w*",
                # a headline's locative: troops "at the joint exercise" ("... askerleri ortak tatbikatta")
                "re:ortak(?=\\s+(?:\\w+\\s+)?tatbikat(?:ta|lar[ıi]nda|[ıi]nda)(?!\\w))"),
    # (not "as planned", "planlandığı şekilde icra edildi", nor "at the invitation of", "daveti üzerine",
    # which tell how a held exercise went and who hosted it)
    "discussion": ("ele alındı", "müzakere*", "perspektif*",
                   # the preparations for an exercise: it is still to come ("tatbikatın hazırlıkları sürüyor")
                   "hazırlık*", "hazırlığ*",
                   "re:davet(?!i\\s+üzerine|iyle|leri\\s+üzerine|leriyle)\\w*",
                   "re:planlan(?!d[ıi][ğg][ıi]\\s+(?:gibi|şekilde|biçimde))\\w*"),
    "defence_actor": ("savunma bakan*", "milli savunma*", "silahlı kuvvet*", "genelkurmay*",
                      "ordu*", "askeri heyet*", "askeri ataşe*", "deniz kuvvet*", "hava kuvvet*",
                      "kara kuvvet*", "savunma sanayi*", "=MSB", "=TSK",
                      *_BODIES),
    # A commander or a general's rank is also the gendarmerie's and the coast guard's: it leans a
    # sentence towards defence but does not outweigh a civilian actor.
    "defence_topic": ("savunma*", "askeri", "askerî", "askeri-teknik*", "silah*", "asker*",
                      "komutan*", "korgeneral*", "orgeneral*", "tümgeneral*", "tuğgeneral*",
                      "karşılıklı güvenlik*"),
    # (a parliament's foreign affairs committee, "Dışişleri Komisyonu", votes the ratification of
    # defence agreements too: it is an authority, not a civil actor)
    "civil_actor": ("sınır muhafız*", "jandarma*", "içişleri*", "emniyet*", "polis*",
                    "=AFAD", "afet*", "re:d[ıi][şs][ıi][şs]leri(?!\\s+komisyon)\\w*", "gümrük*",
                    # intelligence services, but military intelligence is the armed forces' own
                    "re:istihbarat(?<!askeri istihbarat)\\w*",
                    "milli eğitim*", "sahil güvenlik*", "=MİT"),
    # ("eğitim" alone is training as much as education: only "eğitim alanında", the field, is civil)
    "civil_topic": ("enerji*", "petrol*", "doğalgaz*", "ticaret*", "ekonomi*", "yatırım*",
                    "turizm*", "sağlık*", "eğitim alanında*", "milli eğitim*", "kültür*", "spor*",
                    "futbol*", "kulüp*", "ulaştırma*", "demiryol*", "tarım*", "veteriner*",
                    "su yönetimi*", "su alanında*", "medya*", "ormancılık*", "gençlik*",
                    "yaptırım*", "ateşkes*"),
    # The defence makers a procurement contract is signed with: a seller, not a state party.
    "company": ("tersane*", "şirket*", "firma*", "holding*", "=A.Ş.", "=TUSAŞ", "uzay sanayi*", "=ASELSAN",
                "=Aselsan", "=ROKETSAN", "=Roketsan", "=HAVELSAN", "=Havelsan", "=Baykar", "=BAYKAR",
                "=STM", "=MKE", "=Otokar", "=OTOKAR", "=FNSS", "=Rosoboronexport"),
    "future": (
               # negotiations toward an agreement, or an accord to sign one, precede the act
               "re:akdedilmesi\\s+(?:için|amacıyla)", "re:imzalanması\\s+(?:için|amacıyla)",
               "re:müzakerelere\\s+başla\\w*",
               # an approval, decree or authority whose object is the signing precedes it (SCHEMA.md)
               "re:imzalanmas[ıi]na\\s+(?:ilişkin|dair|yönelik)\\s+(?:\\S+\\s+)?(?:karar|yetki|izin|talimat)\\w*",
               "re:imzalanmas[ıi]na\\s+(?:karar|izin|onay|yetki)\\w*",
               "re:imzalanmas[ıi]n[ıi]\\s+onayla\\w*",
               "re:imzala(?:n|y)aca\\w*", "imzalanması planlan*", "planlanıyor",
               # the future (-acak/-ecek, with its person endings, and "-acağı", that it will) of the
               # verbs that report a meeting, an exercise or its course: intent, not an event
               # ("görüşecek", "bir araya gelecek", "tatbikat başlayacak", "gerçekleştirilecek")
               "görüşece*", "re:başla(?:y|n|t[ıi]l)aca\\w*", "re:ele\\s+al(?:[ıi]n)?aca\\w*",
               # the verbs of an activity, finite only (clause-final): "yapılacak faaliyetleri içeren plan
               # imzalandı" (the plan of activities to be held) is a plan signed
               "re:edilecek" + _FINITE, "re:gerçekleştir(?:il)?ecek" + _FINITE, "re:bulunacak" + _FINITE,
               "re:düzenle(?:n|y)ecek" + _FINITE, "re:yapacak" + _FINITE, "re:tamamla(?:n|y)acak" + _FINITE,
               "re:sürecek" + _FINITE, "re:kat[ıi]lacak" + _FINITE, "re:icra\\s+edecek" + _FINITE,
               "re:araya\\s+gelece\\w*", "re:onayla(?:n|y)aca\\w*", "re:yürürlüğe\\s+girece\\w*",
               # (not the participle "öngörülen", envisaged: "senaryoda öngörülen görevler icra edildi")
               "bekleniyor", "re:öngörül(?!en(?!\\w))\\w*", r"re:niyet(?!\w*\s+(?:mektub|beyan))\w*",
               # a proposal, but not a bill ("kanun teklifi": adopting it is the ratification)
               r"re:(?<!kanun\s)(?<!yasa\s)teklif\w*", "öneri*", "re:yap[ıi]lacak" + _FINITE,
               "olacak*", "edecek*",
               # next year, but not a document's year ("gelecek yıla ait plan", "gelecek yıl için plan")
               r"re:gelecek\s+y[ıi]l(?!\w*\s+(?:i[çc]in|ait|y[öo]nelik|ili[şs]kin|dair)\b)\w*",
               # a day ahead: the present of a programme ("yarın ... imzalıyor") is the future
               "yarın", "yarınki", "önümüzdeki hafta*", "önümüzdeki gün*", "gelecek hafta*", "gelecek ay*", "haftaya",
               # an authority to sign precedes the signing ("imzalanması için yetki verdi")
               "yetki ver*", "yetkilendir*", "imzalanması için", "imzalanmasına onay*", "imzalanmasına izin*",
               # submitted for approval, referred to the parliament: its vote is still to come
               "onaya sunul*", "onayına sunul*", "meclis'e sunul*", "meclise sunul*", "meclis'e sevk*",
               "meclise sevk*", "tbmm'ye sunul*", "tbmm'ye sevk*", "başkanlığına sunul*",
               # a journey or visit still to come ("Pakistan'a gidecek", "ziyaret edecek")
               "gidece*", "re:ziyaret\\s+edece\\w*"),
    # "taslak" softens its k before a vowel ("anlaşma taslağını"), and Turkish names the draft after
    # the document: a draft word right after a document's name makes it a draft.
    "draft": ("taslak*", "taslağ*"),
    # the past perfect ("imzalamıştı", had signed; not the "-mıştır" of a report) tells what came
    # before the news
    # years counted since an act, or the anniversary of its signing: a recollection even on the day
    # it is marked ("today marks 20 years since ..."), whatever "today" says
    "elapsed": ("re:imzalanmas[ıi]n[ıi]n\\s+(?:\\d+\\.?\\s+)?y[ıi]l\\s*d[öo]n[üu]m\\w*", "# yıl önce"),
    "background": (
                   # an act of years ago, or the anniversary of its signing: a recollection, not the story's news
                   "yıl önce", "imzalanmasının * yıl dönüm*", "imzalanmasının * yıldönüm*",
                   "re:imzala(?:n)?m[ıi][şs](?:t[ıi](?!r)|lard[ıi])\\w*", "daha önce", "geçen yıl*", "önceki", "hatırlatmak gerekirse", "bilindiği gibi",
                   "bundan önce"),
    "reporting": ("açıkladı", "bildirdi", "duyurdu", "dedi", "belirtti", "aktardı", "açıklamasında",
                  "açıklamaya göre", "basın bülten*", "bilgisine göre", "kaynaklarından edinilen"),
    "start": ("başladı", "başlatıldı", "başlayan", "başlamış*", "başlıyor", "start verildi", "açıldı"),
    "date_joiners": (),
    "range_words": ("ve", "ile"),
    "months": {"ocak*": 1, "şubat*": 2, "mart*": 3, "nisan*": 4, "mayıs*": 5, "haziran*": 6,
               "temmuz*": 7, "ağustos*": 8, "eylül*": 9, "ekim*": 10, "kasım*": 11, "aralık*": 12},
    # Act verbs in the present continuous: with a day to come, the act is announced ("pazartesi imzalıyor").
    "present": ("re:imzal[ıi]yor\\w*", "re:imzalan[ıi]yor\\w*", "re:onayl[ıi]yor\\w*"),
    # Time words that point ahead.
    "coming": ("gelecek hafta", "önümüzdeki hafta", "haftaya", "yarın", "önümüzdeki günlerde", "önümüzdeki ay"),
    "weekdays": {"pazartesi": 0, "salı": 1, "çarşamba": 2, "perşembe": 3, "cuma": 4,
                 "cumartesi": 5, "pazar": 6},
    "today": ("bugün", "bugünkü"),
    "yesterday": ("dün", "dünkü"),
    # not a year in the locative ("2021 yılında ... planı imzalamış": signed in 2021), the act's time, unless a future
    # participle follows ("2025 yılında yapılacak faaliyetler": what the plan holds for 2025)
    "plan_year": (r"\b(20\d\d)\s+y[ıi]l[ıi](?!nda\s+(?!\w+(?:acak|ecek)\b))",
                  r"\b(20\d\d)\s+(?:y[ıi]l[ıi]na|için)\b",
                  r"\b(20\d\d)'(?:e|a|ye|ya)\s+(?:ait|yönelik|ilişkin|dair)\b",
                  r"\b(20\d\d)\s*(?:[-–—]|ve)\s*20\d\d\b",
                  # not the last year of a span ("2026-2030 dönemi ... planı" is bound to 2026)
                  r"(?<![-–—])(?<![-–—]\s)\b(20\d\d)(?!\s+y[ıi]l[ıi]nda\s+(?!\w+(?:acak|ecek)\b))(?:\s+[\w'-]+){0,5}\s+plan"),
    "story_end": ("tüm haberler", "ilginizi çekebilir", "etiketler*", "benzer haberler",
                  "kaynak:*", "diğer haberler", "son haberler",
                  "yorum yap*", "paylaş", "en çok okunan*", "öne çıkan*"),
    "story_skip": (),
    "story_aside": ("ilgili haberler", "ilgili haber", "bu haberi de okuyun", "ayrıca okuyun",
                    "ayrıca bakınız"),
}

# A call by telephone: talks whose story names no cooperation (relations, partnership) are about
# something else, a war or a crisis (detect._talks).
# Teams, athletes, fans, veterans, bands: people of a pastime or a remembrance. A meeting of theirs is no
# defence talks when every defence body the sentence names is theirs ("the army football team", "veterans
# of the Soviet army"): detect._talks.
LEXICON["pastime"] = ("futbol takım*", "spor takım*", "milli takım*", "sporcu*", "taraftar*", "futbolcu*", "güreşçi*", "gaziler*", "gazileri*", "koro*", "bando*",
                       "kulüp*", "kulüb*")
LEXICON["phone"] = ("telefon*",)
# Cooperation, relations, partnership: what defence talks are about.
LEXICON["cooperation"] = ("işbirli*", "iş birli*", "ilişki*", "ortaklı*", "ortaklığ*")
# A war, a crisis or "the situation": what a call about something other than cooperation is about.
LEXICON["crisis"] = ("durum*", "savaş*", "çatışma*", "kriz*", "gerginli*")
# A settlement between adversaries (a ceasefire, prisoners, peace talks, a border's delimitation): what
# officials who meet about it settle is no cooperation (detect._settlement_meeting).
LEXICON["settlement"] = ("ateşkes*", "esir*", "barış görüşme*", "barış müzakere*", "barış anlaşma*")
# Negotiations: a government approving them (a mandate, a position, their start) approves no agreement
# yet (rules.negotiations_approved).
LEXICON["negotiation"] = ("müzakere*",)
# Standards a bloc sets ("in line with NATO standards"): the bloc named so is no party (facts).
LEXICON["standards"] = ("standart*",)

# A signing that describes the document, not the sentence's act: the participle before its noun
# ("geçen yıl imzalanan anlaşma", "2023'te imzalanmış protokol"); its time dates the document, not a
# ratification (rules.attributive_signing, rules.documents_own_time). Not "imzalanmıştır", a report.
LEXICON["signed_attr"] = ("imzalanan", "imzalanmış", "imzalanmış olan", "akdedilen", "akdedilmiş")

# An exercise told by other words: joint training named with its field between ("ortak uçuş eğitimi",
# "ortak deniz eğitimi"; not "müşterek", the services' "joint" of one state's forces), a war game ("harp
# oyunu"); held by the intransitive "took place" ("tatbikat gerçekleşti", not the future
# "gerçekleşecek"), its start given ("tatbikatın startı verildi").
LEXICON["exercise"] += ("re:ortak\\s+(?:(?!ve\\s|ile\\s|ve$)\\w+\\s+){1,2}?eğitim\\w*", "harp oyun*", "savaş oyun*")
_TOOK_PLACE = ("re:gerçekleş(?:ti|tiler|iyor|iyorlar|miştir|mişti|en)(?!\\w)", "re:start[ıi]\\s+veril(?:di|miş)\\w*")
LEXICON["conduct"] += _TOOK_PLACE
LEXICON["under_way"] += _TOOK_PLACE
LEXICON["start"] += ("re:start[ıi]\\s+veril(?:di|miş)\\w*",)

# The opening or closing ceremony of an exercise ("ortak tatbikatın açılış töreninde") tells it begun or ended: held
# (detect._exercise), as a verb of conducting it would.
LEXICON["conduct"] += ("açılış töreni*", "kapanış töreni*",)

# An exercise held in one state with the participation of another's forces ("Azerbaycan'da düzenlenen tatbikata Türk askerleri katılımıyla") is
# the two states' own: the host and the forces taking part (rules.held_together); three states or a
# bloc still make it multilateral.
LEXICON["joint"] += ("katılımıyla", "katılımı ile", "katılımlarıyla", "katıldığı",
                     # the guest forces "also" take part ("tatbikata Türk askerleri de katılıyor")
                     "re:(?<=de |da )kat[ıi]l(?:d[ıi]|[ıi]yor|m[ıi]ş)\\w*")

# Troops carrying out an exercise's tasks in interaction with, or alongside, another state's forces
# ("Azerbaycan birlikleri Türk askerleriyle koordineli olarak tatbikat görevlerini icra etti"): a joint exercise of the two (rules.held_together), its tasks done (held).
LEXICON["joint"] += ("ile birlikte", "koordineli olarak", "omuz omuza",)
LEXICON["conduct"] += ("görevlerini icra etti", "görevleri icra etti", "görevlerini yerine getirdi", "görevleri yerine getirdi",)

# --- Recall (c1, s10): how the Turkish press tells a joint exercise held, by host, guest and training ---
# A host and its guest: an exercise held "under the hosting of" one state ("Azerbaycan'ın ev sahipliğinde",
# "Türkiye'nin ev sahipliği yaptığı tatbikat") with another's forces taking part ("de iştirak etti", "de görev
# aldı") is the two states' own (rules.held_together); three states or a bloc still make it multilateral.
LEXICON["joint"] += ("ev sahipliğinde", "ev sahipliği yaptığı", "ev sahipliğini yaptığı", "iştirakiyle",
                     "re:(?<=\\sde |\\sda )(?:iştirak\\s+(?:et|ed)|görev\\s+al)(?:ti|di|dı|iyor|ıyor|miş|mış)\\w*")
# Taking part, carrying out, and troops trained together ("birlikte eğitim aldı", "ortak eğitim gördü"): told
# as held, past or present, never the future (-acak, read as intent).
LEXICON["conduct"] += ("re:kat[ıi]l[ıi]m\\s+sağla(?:d[ıi]|m[ıi]ş|[ıi]yor)\\w*",
                       "re:iştirak\\s+(?:etti|ediyor|etmiş|edildi)\\w*",
                       "yürütüldü", "yürüttü", "yürüttüler", "yürütülen", "yürütülmektedir",
                       # troops (soldiers, commandos, units, personnel, pilots) who received training: the training
                       # of forces, not of teachers or pupils
                       "re:(?:asker|komando|birlik(?!te)|personel|subay|pilot|tankçı|topçu|deniz\\s+piyade)\\w*\\s+"
                       "(?:\\S+\\s+){0,4}?eğitim\\w*\\s+(?:ald[ıi]|gördü|al[ıi]yor|görüyor|alm[ıi]ş|görmüş)\\w*",
                       # the forces met at the exercise ("tatbikatta bir araya geldi"): it was held
                       "re:tatbikat\\w*(?:ta|da)\\s+bir\\s+araya\\s+gel(?:di|miş)\\w*",
                       # its targets hit or destroyed, its firing done ("hedefleri başarıyla vurdu", "atışlar yapıldı")
                       "re:hedef\\w*\\s+(?:\\w+\\s+){0,2}?(?:vurdu|vurdular|vuruldu|imha\\s+ed(?:ildi|ti|tiler))\\w*",
                       "re:atış\\w*\\s+(?:yapıldı|yaptı|yaptılar|icra\\s+ed(?:ildi|ti))\\w*")
# An exercise held in one state (its locative and a participle of holding) that another's forces joined as the
# main verb ("TSK personeli, Azerbaycan'da icra edilen tatbikata katıldı"): host and guest (rules.held_together);
# not observers ("gözlemci olarak katıldı").
LEXICON["joint"] += ("re:(?<=['’])(?:da|de|ta|te)\\s+(?:icra\\s+edilen|düzenlenen|yapılan|gerçekleştirilen)\\s+"
                     "(?:\\S+\\s+){0,3}?tatbikat\\w*\\s+(?:(?!gözlemci)\\S+\\s+){0,4}?kat[ıi]l(?:d[ıi]|[ıi]yor|m[ıi]ş)\\w*",)
# The active participles of an exercise completed or held ("ortak tatbikatı tamamlayan askerler", "tatbikata
# katılan birlikler"): told as held (the future participle -acak/-ecek is intent).
LEXICON["conduct"] += ("tamamlayan", "tamamlayarak", "icra eden", "gerçekleştiren", "katılan")
# The guest "also" providing participation ("tatbikata Türk personeli de katılım sağladı"), and one side's forces
# with the comitative suffix right before the exercise ("Katar Silahlı Kuvvetleri personeliyle müşterek eğitim",
# "Azerbaycan ordusuyla ortak tatbikat"): the exercise is held with them (rules.held_together).
LEXICON["joint"] += ("re:(?<=\\sde |\\sda )kat[ıi]l[ıi]m\\s+sağla(?:d[ıi]|m[ıi]ş|[ıi]yor)\\w*",
                     "re:(?:ordu|asker|personel|kuvvet|komando|birlik)\\w*(?:yla|yle)\\s+(?:\\S+\\s+){0,3}?"
                     "(?:tatbikat|eğitim|manevra)\\w*")
# Training named by its field between "birlikte" (together) and the noun ("birlikte dağ eğitimine katıldı"),
# as "ortak" already is.
LEXICON["exercise"] += ("re:birlikte\\s+(?:(?!ve\\s|ile\\s)\\w+\\s+){1,2}?eğitim\\w*",)
# Joint firing ("ortak atışlar gerçekleştirdi"): the live-fire part of a joint exercise; not a shooting contest
# ("ortak atış yarışması", "müsabakası", "şampiyonası").
LEXICON["exercise"] += ("re:(?:ortak|birlikte)\\s+atış(?!\\w*\\s+(?:yarış|müsabaka|şampiyona))\\w*",)

# --- Recall (c1, s10): a meeting that ends with the signing of a document is the signing ---
# The signing named with "-(y)la" ("görüşme, planın imzalanmasıyla sona erdi", "imzalanması ile tamamlandı"): the
# meeting ended with it, so it was done; a future around it ("imzalanmasıyla yürürlüğe girecek") stays intent.
LEXICON["sign"] += ("imzalanmasıyla", "imzalanması ile", "imza atılmasıyla", "imza atılması ile")
# The plan in its other cases, bare: the dative one puts a signature to ("plana imza attılar"), the genitive,
# locative, ablative and instrumental ("planın", "planda", "plandan", "planla"), as the possessive forms are.
LEXICON["plan_nouns"] += ("plana", "planın", "planda", "plandan", "planla")
# (nouns: the verb of their clause gives them their tense, rules.announced_not_done)
LEXICON["act_noun"] += ("imzalanmasıyla", "imzalanması ile", "imza atılmasıyla", "imza atılması ile")

# Entries whose dotted twin is another word: "zabit" (an officer) is no "zabıt" (a record), and
# "Irakli" is a Georgian first name, not "Iraklı" (Iraqi).
_NO_TWIN = ("zabıt", "iraklı*")


def _dotted(entry: str) -> list:
    """The entry as a headline in capitals reads once lowercased: "I" became "i", not "ı"."""
    return [] if entry in _NO_TWIN else [entry.replace("ı", "i")]


respell(LEXICON, _dotted, skip=("plan_year", "stopwords"))
LEXICON["defence_body"] = _BODIES
# A state's envoy (an ambassador, an embassy): met by his own state's minister, he is no counterpart
# (detect._own_forces_visited).
LEXICON["envoy"] = ("büyükelçi*", "maslahatgüzar*")
# Ending an agreement (denouncing, terminating, suspending it): no act of cooperation, whatever signing
# the sentence also names (the old signing, the law of denunciation) (detect._act).
LEXICON["terminate"] = ("feshet*", "fesih*", "feshed*", "askıya al*", "iptal et*", "iptal ed*", "sona erdir*")


# ---- Precision (issue 15, wip-s10c2): what only looks like talks or a ratification. ----
# Entries kept apart from the main dict so that merges with recall work stay easy; each category's
# principle is told beside its English entries (en.py).
_PRECISION = {
    "courtesy": ("tebrik*", "kutla*", "taziye*", "başsağlığı",),
    "habitual": ("# kez", "# defa", "defalarca", "birçok kez", "birkaç kez", "düzenli olarak",
                 "re:(?:iki|üç|dört|beş|altı|yedi|sekiz|dokuz|on)\\s+(?:kez|defa)",),
    "future": ("ertelen*", "erteled*", "iptal edil*", "yalanla*", "gerçekleşmedi", "gerçekleşmeyecek",
               "yapılmadı", "reddetti", "reddedildi", "onaylamadı",),
    "civil_actor": ("ticaret bakan*", "ekonomi bakan*", "maliye bakan*", "sağlık bakan*", "eğitim bakan*",
                    "kültür ve turizm bakan*", "adalet bakan*", "tarım ve orman bakan*",
                    "sanayi ve teknoloji bakan*", "ulaştırma ve altyapı bakan*",),
    "submission": ("meclise sunul*", "meclis başkanlığına sunul*", "tbmm'ye sunul*",
                   "tbmm başkanlığına sunul*", "meclise gönderil*", "meclise sevk*",),
    "defence_body": ("savunma sanayi*",),
    "interview": ("röportaj*", "mülakat*",),
    "company": ("pavyon*", "stand*", "stant*", "yapımı", "üretimi olan",),
    "multilateral": ("temas grubu*", "koalisyon*", "ramstein*", "yabancı ülke*", "diplomatik kolordu*",
                     "güvenlik konferans*",),
    "former": ("eski", "emekli",),
    "settlement": ("barış gücü*", "barışı koruma*", "rehine*",),
    "works": ("fabrika*", "tesis*",),
    "other_law": ("değişiklik*", "bütçe*",),
}
respell(_PRECISION, _dotted, skip=("plan_year", "stopwords"))
extend(LEXICON, _PRECISION)

# --- Precision (lead, s10): contests, games, festivals and parades carry a year as exercises do ---
# A code name joined to a year (facts.code_name) in a sentence naming a competition, games, a festival, a
# championship or a parade is that event's name, not an exercise's ("the Army Games-2027", "Teknofest-2027").
LEXICON["contest"] = LEXICON.get("contest", ()) + ('yarışma*', 'yarışmas*', 'şampiyona*', 'turnuva*', 'olimpiyat*', 'festival*', 'oyunlar*', 'geçit tören*', 'kupa*')

# --- Precision (c4, s10): a person's citizenship names no party ---
# A state named as a person's citizenship, by a word before it or after it, is no party to an act (facts._attach_mentions).
_CITIZENSHIP = {"citizen_after": ("vatandaşı*", "vatandaşlar*", "uyruklu*",)}
respell(_CITIZENSHIP, _dotted)
extend(LEXICON, _CITIZENSHIP)

# --- Precision (c4, s10): a farewell or an introductory call is a courtesy ---
# A call whose purpose told is a farewell or an introduction (an attaché or envoy taking leave of his post or presenting
# himself) is a courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only); one that also
# discusses cooperation stays talks (SCHEMA.md: an ambassador received to discuss defence cooperation).
_FAREWELLS = {"courtesy": ("veda*", "tanışma ziyaret*", "tanışma görüşme*", "tanışma amaçlı", "tanışma amacıyla",)}
respell(_FAREWELLS, _dotted)
extend(LEXICON, _FAREWELLS)

# --- Precision (c4, s10): cadets, students, journalists are no official delegation ---
# A visit whose first actor is a group of cadets, students, journalists or pupils is a study trip or a press tour,
# no talks between officials (detect._lay_visit).
_LAY_VISITORS = {"lay_visitor": ("öğrenci*", "harbiyeli*", "gazeteci*", "muhabir*",)}
respell(_LAY_VISITORS, _dotted)
extend(LEXICON, _LAY_VISITORS)

# --- Precision (c4, s10): a reception for a state's holiday is a courtesy ---
# A reception or a meeting told as marking a state's holiday (Independence Day, Republic Day, the national day) is a
# courtesy, no talks on cooperation, in a story that names none (detect._courtesy_only).
_HOLIDAYS = {"courtesy": ("bağımsızlık gün*", "cumhuriyet bayram*", "milli bayram*", "ulusal bayram*",)}
respell(_HOLIDAYS, _dotted)
extend(LEXICON, _HOLIDAYS)

# --- Precision (c2, s11): whole articles ---
# An act in the present told as what the states do every year is a habit (rules.act_as_a_habit: "her yıl
# bakanlıklar bir plan imzalıyor").
_WHOLE_ARTICLES = {"habitual": ("her yıl", "her sene", "yıldan yıla", "yıllık olarak",)}
respell(_WHOLE_ARTICLES, _dotted)
extend(LEXICON, _WHOLE_ARTICLES)
# Veterans of another state received on a holiday are a lay group, no official delegation: no talks (detect._lay_visit,
# as for cadets and journalists).
_VETERANS = {"lay_visitor": ("gaziler*", "gazilerimiz*", "gazimiz*", "emekli asker*",)}
respell(_VETERANS, _dotted)
extend(LEXICON, _VETERANS)
# A caption of an archive photo ("File photo: the two ministers during talks in Ankara") shows an old scene, not the
# story's event: background (detect._is_background).
_ARCHIVE_PHOTOS = {"background": ("arşiv fotoğraf*", "arşiv foto*", "foto: arşiv", "fotoğraf: arşiv",)}
respell(_ARCHIVE_PHOTOS, _dotted)
extend(LEXICON, _ARCHIVE_PHOTOS)
# A loan or a line of credit between states (to finance military projects or purchases) is financing, no
# cooperation act: read as a purchase (rules.is_defence).
_LOANS = {"purchase": ("kredi*",)}
respell(_LOANS, _dotted)
extend(LEXICON, _LOANS)

# --- Recall (c1, s11): an agreement approved by no one named is ratified ---
# An approval told in the passive with its giver unnamed: of an agreement (not a plan or programme) and with no
# signing or defence official in the sentence, an authority's approval, its ratification (rules.act_kind).
_PASSIVE_APPROVAL = {"passive_approval": ("onaylandı", "onay verildi",)}
extend(LEXICON, _PASSIVE_APPROVAL)

# --- Precision (c1, s11): shows, fairs and exhibitions carry a year as exercises do ---
# A name joined to a year (facts.code_name) in a sentence naming an air show, a fair, an exhibition or a salon
# ("Avioshow-2027", "the Adex-2027 exhibition") is that display's name, not an exercise's: troops of two states
# attending it hold no joint exercise.
LEXICON["contest"] = LEXICON.get("contest", ()) + ("fuar*", "sergi*", "şov", "re:\\w+şov\\b",)

# --- Recall (c1, s11): a passing exercise is held by two navies together ---
# A passing exercise (PASSEX, "geçiş eğitimi") is by its nature two navies' ships exercising together: its name is a
# joint word, whatever the sentence puts between the partner's ship and it ("Mısır Deniz Kuvvetlerine ait gemiyle
# Doğu Akdeniz'de PASSEX eğitimi icra etti") (rules.held_together).
LEXICON["joint"] += ("geçiş eğitim*", "=PASSEX",)

# --- Recall (c1, s11): forces that "also" joined an exercise are its guests ---
# A state's forces that "also" took part in an exercise ("Azerbaycan Silahlı Kuvvetleri personeli de katıldı") are guests
# of forces the word "also" presumes: the exercise's own, the host's. With no host named and no other state in the
# story, the host is the outlet's own state (detect._home_exercise_pair).
_GUESTS = {"guest": ("re:(?<=\\sde |\\sda )kat[ıi]l(?:d[ıi]|[ıi]yor|m[ıi]ş)\\w*",
                   "re:(?<=\\sde |\\sda )(?:iştirak\\s+(?:et|ed)|görev\\s+al)(?:ti|di|dı|iyor|ıyor|miş|mış)\\w*",
                   "re:(?<=\\sde |\\sda )kat[ıi]l[ıi]m\\s+sağla(?:d[ıi]|m[ıi]ş|[ıi]yor)\\w*",)}
extend(LEXICON, _GUESTS)
# Observers who "also" attended are no guest forces of the exercise.
extend(LEXICON, {"observer": ("gözlemci*",)})


# --- Recall (c1, s11): the plural and present of "icra et-" (carry out) tell an exercise held ---
# "icra etti" was read, its plural (and the plural of the other verbs of holding) ("askerler ... ortak tatbikat icra ettiler") and its present or reported past
# ("icra ediyorlar", "icra etmiştir") were not: the same verb of holding, whoever its subject.
LEXICON["conduct"] += ("icra ettiler", "icra ediyorlar", "icra etmiştir", "icra etmişlerdir", "icra etmişler",
                       # the plural of the other active verbs of holding already read in the singular
                       "başladılar", "başlattılar", "düzenlediler", "yaptılar", "devam ettiler", "yer aldılar",
                       "görev aldılar", "görevlerini yerine getirdiler", "görevleri yerine getirdiler", "sürdürdüler",)
# The plural of the verbs of meeting and signing read in the singular ("kabul ettiler", "ele aldılar", "akdettiler").
LEXICON["meeting"] += ("kabul ettiler", "ele aldılar",)
LEXICON["sign"] += ("akdettiler",)

# --- Precision (c2, s12): a ticker of other stories above the article's own headline ---
# A headline led by a ticker's label ("Breaking: ...", a feed's item) above the article's own headline is
# another story's, not this one's: the page's opening drops it (story.opening_tickers).
_TICKER_LABELS = {"story_ticker": ('son dakika', 'flaş', 'flaş haber', 'sıcak gelişme', 'gündem')}
extend(LEXICON, _TICKER_LABELS)

# --- Precision (c2, s12): a defence official meeting another state's civil ministry ---
# A state's civil line ministry (health, labour, social services, family, education, culture, finance): a defence
# official meeting its minister or delegation meets no defence official of that state, about that ministry's matters,
# no defence talks (detect._civil_ministry_met).
_CIVIL_MINISTRIES = {"civil_ministry": (
    'sağlık bakan*', 'aile ve sosyal hizmetler bakan*', 'aile bakan*', 'çalışma ve sosyal güvenlik bakan*',
    'milli eğitim bakan*', 'eğitim bakan*', 'kültür ve turizm bakan*', 'kültür bakan*',
    'gençlik ve spor bakan*', 'tarım ve orman bakan*', 'tarım bakan*', 'hazine ve maliye bakan*',
    'maliye bakan*', 'adalet bakan*', 'ulaştırma ve altyapı bakan*', 'ticaret bakan*',
)}
respell(_CIVIL_MINISTRIES, _dotted)
extend(LEXICON, _CIVIL_MINISTRIES)

# --- Precision (c2, s12): a minister meeting his compatriots abroad ---
# A community or diaspora of a state's people living in another state (or its people "living in" it) is a lay group, no official delegation: a minister
# meeting his state's community abroad holds no talks with that state (detect._talks: states named only as the
# group's, as for veterans and cadets).
_COMPATRIOTS = {"lay_visitor": ('diaspora*', 'soydaş*', 'topluluğu', 'toplumu', 'yaşayan')}
respell(_COMPATRIOTS, _dotted)
extend(LEXICON, _COMPATRIOTS)

# --- Precision (c2, s12): members of parliament are no defence officials ---
# Members of parliament (of a defence committee too) who visit or meet other parliamentarians are a parliament's
# delegation, not defence officials: no talks (SCHEMA.md: talks are defence officials'); read as a group that is no
# official delegation (detect._lay_visit, detect._lay_group_met). Their votes are still an authority's.
_PARLIAMENTARIANS = {"lay_visitor": ('milletvekil*', 'parlamenter*')}
respell(_PARLIAMENTARIANS, _dotted)
extend(LEXICON, _PARLIAMENTARIANS)

# --- Precision (c2, s12): a wreath laid is a remembrance ---
# Laying a wreath or flowers at a memorial (an attaché on his state's holiday, a minister at a monument abroad) is a
# courtesy of remembrance: a visit told with it, in a story that names no cooperation, is no talks
# (detect._courtesy_only).
_WREATHS = {"courtesy": ('çelenk*', 'karanfil bırak*')}
respell(_WREATHS, _dotted)
extend(LEXICON, _WREATHS)

# --- Recall (c1, s12): the Republic of Korea by its official name ---
# Treaty titles and ratification laws name South Korea by its official form ("the Republic of Korea"), which
# CLDR's short name does not match.
_OFFICIAL_KOREA = {"countries": {"KR": ("kore cumhuriyeti*",)}}
respell(_OFFICIAL_KOREA, _dotted)
LEXICON["countries"]["KR"] = LEXICON["countries"].get("KR", ()) + _OFFICIAL_KOREA["countries"]["KR"]

# --- Kinds (c1, s12): talks about an exercise are talks ---
# Talks named by their noun and the word that gives their topic, an exercise right after it ("staff talks on joint
# exercises were held"): what was held is the talks (detect._talks_about_an_exercise).
LEXICON["talks_noun"] = LEXICON.get("talks_noun", ()) + ("re:(?:ilişkin|dair|yönelik|konusunda|hakkında)\\s+(?:\\S+\\s+){0,3}?(?:görüşme|istişare|müzakere)\\w*",)
# The staffs of two armed forces, or their "staff talks", are defence bodies meeting (as en "staff talks").
LEXICON["defence_actor"] += ("kurmay görüşme*", "kurmay heyet*",)

# --- Precision (c2, s13): an event told in the pluperfect after the story's own looks back from it ---
# A signing, a ratification, an exercise or a meeting told in the pluperfect after the story has told its own news
# ("the plan for 2026 had been signed a year before") is background to that news, no second event
# (detect._earlier_in_the_pluperfect).
_PLUPERFECT = {"pluperfect": ("imzalanmışt*", "imzalamışt*", "imzalamışlardı", "imzalanmışlardı", "onaylanmışt*", "onaylamışt*", "onaylamışlardı", "gerçekleştirilmişt*", "gerçekleştirmişt*", "düzenlenmişt*", "düzenlemişt*", "görüşmüşt*", "görüşmüşlerdi", "bir araya gelmişt*", "bir araya gelmişlerdi")}
respell(_PLUPERFECT, _dotted)
extend(LEXICON, _PLUPERFECT)

# --- Precision (c2, s13): an exercise two sides agree on is still to come ---
# A verb of agreeing that governs an exercise ("agree on a joint exercise", the headline of talks that end in such a
# decision) announces the exercise, no exercise held (detect._exercise_agreed).
_AGREED_EXERCISE = {"agree_on": ("kararlaştırdı", "kararlaştırdılar", "kararlaştırıldı", "karar verdi", "karar verdiler", "karar aldı", "kararı aldı", "kararı aldılar", "kararı verdi", "kararı verdiler", "anlaştı", "anlaştılar", "mutabık kaldı", "mutabık kaldılar")}
respell(_AGREED_EXERCISE, _dotted)
extend(LEXICON, _AGREED_EXERCISE)

# --- Precision (c2, s13): exercises told as a habit ---
# Exercises the two armies hold "for years", "regularly" or "every year" are what they do, no exercise held on a day:
# a background line, no event (detect._exercise_as_a_habit; meetings so told, detect._meetings_counted).
_HABITUAL_EXERCISES = {"habitual": ("yıllardır", "uzun yıllardır")}
respell(_HABITUAL_EXERCISES, _dotted)
extend(LEXICON, _HABITUAL_EXERCISES)

# --- Precision (c2, s13): a signing told in a relative clause on its document ---
# The words opening a relative clause on a document ("the plan, which the ministries signed on 2 September"): a signing
# so told and dated well before the page's day describes the document, no signing of the day
# (detect._dated_relative_signing).
_RELATIVE = {"relative": ("imzaladığı", "imzaladıkları", "imzaladığımız", "imzalamış olduğu", "imzalamış oldukları")}
respell(_RELATIVE, _dotted)
extend(LEXICON, _RELATIVE)

# --- Dates (c2, s13): an act dated by a past period takes no day from the date line ---
# "Signed ... last week", "earlier this month", "recently": the act was before the report's day, on a day the text does
# not give (detect._names_a_past_period).
_PAST_PERIODS = {"past_period": ("geçen hafta", "geçtiğimiz hafta", "geçtiğimiz günlerde", "geçen günlerde", "bir hafta önce", "kısa süre önce", "geçenlerde")}
respell(_PAST_PERIODS, _dotted)
extend(LEXICON, _PAST_PERIODS)

# --- Recall (c1, s13): a time ahead that a document or an event covers ---
# "Next year" written as an attribute of a noun names the time the plan or the exercises cover, not the tense of the
# act: "gelecek yılın askeri işbirliği planı imzalandı" reports an act done (facts._drop_times_ahead_of_nouns). A
# future verb still makes it one to come.
_TIMES_AHEAD_OF = {"time_ahead_of": ("gelecek yılki", "önümüzdeki yılki", "re:(?:gelecek|önümüzdeki)\\s+yılın(?!\\s+(?:başında|başlarında|sonunda|sonlarında|ortasında|ilk|ikinci|son)\\b)",)}
respell(_TIMES_AHEAD_OF, _dotted)
extend(LEXICON, _TIMES_AHEAD_OF)

# --- Recall (c1, s13): the outlet's own minister named by a bare title ---
# A sentence that opens on the bare title ("Bakan, ... ile görüştü") names the outlet's own minister, as its press
# names its own ministry: with the other state's defence official as the one met or called, the pair is the outlet's
# state and that one (detect._bare_title_opens).
_BARE_TITLES = {"bare_title": ("bakan",)}
extend(LEXICON, _BARE_TITLES)

# --- Recall (c1, s14): exercises not called "tatbikat", held in a third country ---
# Joint flights of two air forces ("ortak uçuş gerçekleştirdi") are an exercise noun, as joint training is; a state
# named with the locative and "-ki" ("Kazakistan'daki bir atış alanında") is the venue, as with the bare locative.
_EXERCISES_BY_OTHER_NAMES = {
    "exercise": ("ortak uçuş*", "müşterek uçuş*", "birlikte uçuş*"),
    "venue_after": ("re:(?<=['’])(?:da|de|ta|te)ki(?!\\w)",),
    # joint flights of airlines: a civil topic (detect._exercise)
    "civil_topic": ("hava yolları*", "havayolları*", "havayolu*"),
}
respell(_EXERCISES_BY_OTHER_NAMES, _dotted)
extend(LEXICON, _EXERCISES_BY_OTHER_NAMES)

# --- Recall (c1, s14): consultations of two defence establishments ---
# Military or defence consultations ("askeri istişare toplantısı", "savunma alanında ikili istişareler") are the two
# defence establishments' own talks, a defence body as their dialogue and working group are.
_DEFENCE_CONSULTATIONS = {
    "defence_actor": ("askeri istişare*", "askerî istişare*", "savunma istişare*",
                      # the yearly military cooperation meeting of two defence establishments, by its name
                      "askeri işbirliği toplantı*", "askeri iş birliği toplantı*", "savunma işbirliği toplantı*",
                      "savunma iş birliği toplantı*",
                      "re:savunma\\s+alan[ıi]nda\\s+(?:ikili\\s+)?istişare\\w*"),
}
respell(_DEFENCE_CONSULTATIONS, _dotted)
extend(LEXICON, _DEFENCE_CONSULTATIONS)

# --- Recall (c1, s14): the parliaments that ratify, named for their states ---
# A state's parliament stands for it as its capital does ("... Kanun Teklifi TBMM Genel Kurulunda kabul edildi" names
# Türkiye's side of the agreement; "Azerbaycan Milli Meclisi" Azerbaijan's), as en reads "the Grand National Assembly".
LEXICON["capitals"]["TR"] += ("=TBMM", "türkiye büyük millet meclis*")
LEXICON["capitals"]["AZ"] = LEXICON["capitals"].get("AZ", ()) + ("milli meclis*",)

# --- Recall (c1, s14): a ratification "found fitting", a senate's approval ---
# The plenary finding the approval of an agreement fitting ("... onaylanması TBMM Genel Kurulunda uygun bulundu") is the
# law's formula for ratifying it; a senate is an authority whose approval of a signed agreement ratifies it, as a
# parliament's does.
_RATIFICATION_FORMULAS = {"approve": ("uygun bulundu", "uygun buldu"), "authority": ("senato*",)}
respell(_RATIFICATION_FORMULAS, _dotted)
extend(LEXICON, _RATIFICATION_FORMULAS)

# --- Precision (c2, s14): a defence official meeting another state's security or emergency body ---
# A state's interior ministry, police, border service, customs, emergency service or gendarmerie, named on one side of
# a meeting whose defence officials all stand on the other: the defence official meets no defence official of that
# state, no defence talks (detect._security_body_met). Foreign ministers and envoys are left out: a defence minister
# receiving an ambassador on defence cooperation holds talks (SCHEMA.md).
_SECURITY_BODIES = {"security_body": ("içişleri*", "emniyet*", "polis*", "sınır muhafız*", "gümrük*", "gümrükler*", "acil durum*", "=AFAD", "jandarma*", "sahil güvenlik*")}
respell(_SECURITY_BODIES, _dotted)
extend(LEXICON, _SECURITY_BODIES)

# --- Precision (c2, s14): a defence official meeting his own state's attaché ---
# A military attaché is his state's envoy as an ambassador is: met by his own state's defence official, he is no
# counterpart, and the state he serves in is a place (detect._own_envoy_met, detect._own_forces_visited).
_ATTACHES = {"envoy": ("ataşe*",)}
respell(_ATTACHES, _dotted)
extend(LEXICON, _ATTACHES)

# --- Precision (c2, s14): a charity, a foundation, a non-governmental or humanitarian organisation ---
# A body that acts for no state, named with a state's adjective or seat ("a British charity", "the Swiss-based Red
# Cross"): the state is the body's, as a company's is (detect._company_states), no party to talks or to an act.
_NON_STATE_BODIES = {"company": ("vakıf", "vakfı", "vakfın*", "dernek*", "sivil toplum*", "=STK", "kızılhaç*", "kızılay*", "yardım kuruluş*")}
respell(_NON_STATE_BODIES, _dotted)
extend(LEXICON, _NON_STATE_BODIES)

# --- Precision (c2, s14): a diplomat named by his nationality ---
# "the UN resident coordinator, the Norwegian diplomat Kari Olsen": a state's adjective before a bare "diplomat" names a
# person's nationality, as "a Swiss national" does (facts._attach_mentions), no party to talks; an ambassador or an
# envoy of that state is named as such (``envoy``).
_DIPLOMATS = {"citizen_after": ("diplomat", "diplomatı", "diplomatla", "diplomatı ile")}
respell(_DIPLOMATS, _dotted)
extend(LEXICON, _DIPLOMATS)

# --- Precision (c2, s14): intelligence and state security services are no defence bodies ---
# A state's intelligence or security service met by a defence official is a security body (detect._security_body_met);
# military intelligence is the armed forces' own and is not listed.
_SECURITY_SERVICES = {"security_body": ("=MİT", "=MIT", "milli istihbarat*", "istihbarat teşkilat*")}
respell(_SECURITY_SERVICES, _dotted)
extend(LEXICON, _SECURITY_SERVICES)

# --- Precision (c2, s14): civil officials and people met by a defence official ---
# A governor, a mayor, members of parliament, businessmen: met on one side of a meeting whose defence officials all
# stand on the other, no defence talks (detect._security_body_met).
_CIVIL_OFFICIALS = {"civil_official": ("vali", "valisi", "valisiyle", "belediye başkan*", "iş insan*", "iş adam*", "işadam*", "iş dünyası")}
respell(_CIVIL_OFFICIALS, _dotted)
extend(LEXICON, _CIVIL_OFFICIALS)

# --- Precision (c2, s14): defence ministers who also attended the leaders' meeting ---
# "The meeting was also attended by the defence ministers of both countries", after a lead on the presidents' talks:
# the ministers sat in the leaders' delegations; the meeting is no defence talks (detect._attended_a_civil_meeting).
_ALSO_ATTENDED = {"attendance": ("da katıldı", "de katıldı", "da hazır bulundu", "de hazır bulundu", "da iştirak etti", "de iştirak etti")}
respell(_ALSO_ATTENDED, _dotted)
extend(LEXICON, _ALSO_ATTENDED)

# --- Precision (c2, s15): political-military consultations are the foreign ministries' format ---
# The "military consultations" inside "siyasi-askeri istişareler" are the name of the diplomats' talks on security (foreign ministries
# with their partners' foreign ministries), no defence officials' talks (SCHEMA.md; dev n028): a civil actor, whose
# defence word is none of its own (detect._defence_actors_in_civil_names). Named beside a defence official, talks stay.
_POLITICAL_MILITARY = {"civil_actor": ("siyasi-askeri istişare*", "siyasi-askeri görüşme*", "siyasi-askeri diyalog*", "siyasi askeri istişare*",)}
extend(LEXICON, _POLITICAL_MILITARY)

# --- Precision (c2, s15): an exercise's preparation is not the exercise ---
# A planning conference, a reconnaissance, the preparation of a joint exercise ("ortak tatbikatın ana planlama konferansı"): what is held is
# its preparation, the exercise still ahead (detect._exercise_prepared; SCHEMA.md counts an exercise held).
_EXERCISE_PREPARATION = {"preparation": ("hazırlık kapsamında", "hazırlıkları kapsamında", "hazırlıkları çerçevesinde", "hazırlık çerçevesinde", "hazırlık çalışma*", "hazırlık toplantı*", "planlama konferans*", "planlama toplantı*", "keşif faaliyet*", "keşif çalışma*",)}
extend(LEXICON, _EXERCISE_PREPARATION)

# --- Precision (c2, s15): a parliament's next session is a time ahead ---
# An act set for a chamber's next session or sitting ("Genel Kurul anlaşmayı bir sonraki birleşimde onaylıyor") is announced, not done: the session is still
# to come, as "tomorrow" is (``coming``: rules.announced_not_done with a present verb).
_NEXT_SESSIONS = {"coming": ("bir sonraki oturumda", "bir sonraki birleşimde", "gelecek oturumda", "gelecek birleşimde", "bir sonraki genel kurul",)}
extend(LEXICON, _NEXT_SESSIONS)

# --- Precision (c2, s15): a commission on trade and the economy is civil ---
# Its meeting ("Karma Ekonomik Komisyon") is the civil ministries' even where the sides list the defence industry among
# its topics: "the sides" of it are civil officials (detect._civil_meeting, detect._talks).
_ECONOMIC_COMMISSIONS = {"civil_actor": ("karma ekonomik komisyon*", "=KEK", "ekonomik işbirliği komisyon*", "ticari ve ekonomik işbirliği*",)}
extend(LEXICON, _ECONOMIC_COMMISSIONS)

# --- Precision (c2, s15): a ratification still to come is no act ---
# A document's ratification told as the condition of its entry into force, or as still required ("onaylandıktan sonra yürürlüğe girecek"):
# no ratification given; a signing told beside it is the act (``ratification_ahead``, facts._drop_ratifications_ahead).
_RATIFICATION_AHEAD = {"ratification_ahead": ("onaylandıktan sonra", "onaylanmasının ardından", "onaylanmasından sonra", "onaylanması gerek*", "onaylanmasına bağlı", "onaya tabi", "onaylanmalıdır",)}
extend(LEXICON, _RATIFICATION_AHEAD)

# --- Precision (c2, s15): meetings told over recent years ---
# Meetings summed up over a span of years ("Azerbaycan ile son yıllarda yapılan görüşmeler"), as a minister tells them at a press conference, are
# many meetings, none of them the story's event (``habitual``: detect._meetings_counted).
_RECENT_YEARS = {"habitual": ("son yıllarda", "son yıllarda yapılan", "son birkaç yılda", "son birkaç yıldır", "geçen yıllarda",)}
extend(LEXICON, _RECENT_YEARS)

# --- Precision (c2, s15): what a minister says at his press conference ---
# A minister speaking at a press conference or a briefing ("basın toplantısında ... görüşmelerin başarılı geçtiğini söyledi") tells of meetings, as in an interview: they
# are its subject, not the story's event (``interview``: detect._talks). Two sides' press conference after their talks
# ("ortak basın toplantısında") is not one of these words, and its talks stay.
_PRESS_CONFERENCES = {"interview": ("re:(?<!ortak )basın toplantısında", "re:(?<!ortak )basın brifinginde",)}
extend(LEXICON, _PRESS_CONFERENCES)

# --- Kinds (c2, s16): what a meeting reviewed is its topic ---
# A meeting that "reviewed", "weighed" or "put on the table" joint training ("Görüşmede ortak eğitim faaliyetleri
# değerlendirildi", "tatbikatlar masaya yatırıldı") talked about the exercise, as "ele alındı" says: the exercise is the
# talks' topic, not held (``discussion``: detect._exercise), and the meeting is the event.
_REVIEWED_AT_A_MEETING = {"discussion": ("değerlendirildi", "değerlendirdi", "değerlendirdiler", "görüşüldü",
                                         "masaya yatırıl*", "masaya yatırdı*", "ele aldı", "ele aldılar",
                                         "istişare edildi", "fikir alışverişi*", "görüş alışverişi*", "konuşuldu")}
extend(LEXICON, _REVIEWED_AT_A_MEETING)

# --- Recall (c2, s16): the ministry writing of itself ---
# The ministry's own release, and the press that prints it whole, names its side "Bakanlığımız" (our ministry),
# "Bakanımız" (our minister), "Silahlı Kuvvetlerimiz": the outlet's own defence body, with no state of its own, as a
# bare "Milli Savunma Bakanı" on a Turkish site is ("Bakanlığımız ile Moğolistan Savunma Bakanlığı arasında ...
# protokol imzalandı": the pair is the outlet's state and the one named; detect._home_pair).
_OWN_MINISTRY = {"defence_actor": ("bakanlığımız*", "bakanımız*", "silahlı kuvvetlerimiz*", "genelkurmayımız*"),
                 "own_voice": ("bakanlığımız*", "bakanımız*", "silahlı kuvvetlerimiz*", "genelkurmayımız*")}
extend(LEXICON, _OWN_MINISTRY)

# --- Precision (c3, s16; issue 15): an incident on the border ---
# An incident, an exchange of fire or a provocation ("sınırdaki olay", "provokasyon") is what two chiefs of staff who call each other about it
# discuss, as a war or "the situation" is: in a story that names no cooperation, no talks on military cooperation
# (SCHEMA.md; detect._call_about_something_else).
_INCIDENTS = {"crisis": ("sınır olay*", "sınırdaki olay*", "provokasyon*", "silahlı saldırı*", "ateş açılma*")}
extend(LEXICON, _INCIDENTS)

# --- Precision (c3, s16; issue 15): the year in review ---
# A review of the year ("Yıl boyunca bakanlık imzaladı: ...", a list of the year's plans and agreements under it) sums up acts each reported when it
# happened: the span of a whole year before the act makes it the year's background, none the story's news
# (``background``: detect._is_background), as "last year" does. A plan "for" a year names its year, not a span.
_YEAR_IN_REVIEW = {"background": ("yıl boyunca", "bu yıl içinde", "bu yıl içerisinde", "geride bıraktığımız yıl", "geride kalan yıl")}
extend(LEXICON, _YEAR_IN_REVIEW)

# --- Precision (c3, s16; issue 15): an agreement's termination approved ---
# "fesih" drops its second vowel before a suffix ("anlaşmanın feshini onayladı", "feshine karar verdi"): approving an
# agreement's termination ends it, no ratification (``terminate``: detect's ending of an agreement), as "feshetti" does.
_TERMINATION_NOUNS = {"terminate": ("feshi*", "sona erdirilmesi*", "sona ermesi*")}
extend(LEXICON, _TERMINATION_NOUNS)

# --- Precision (c3, s16; issue 15): what is done ahead of talks ---
# Talks or a visit "öncesinde" or "arifesinde" of which something is done ("mevkidaşıyla yapacağı görüşme öncesinde
# Bakan ... övdü") are still to come: the sentence tells what precedes them, no meeting (rules.announced_not_done),
# unless a verb tells a meeting held ("görüşme öncesinde bir araya geldi"). The word after the noun is read, the noun
# being a meeting's own word, which a future word never is.
_AHEAD_OF_TALKS = {"future": tuple(f"re:(?<={noun} ){word}" for noun in (
    "görüşme", "görüşmesi", "görüşmeler", "görüşmeleri", "müzakere", "müzakereler", "müzakereleri", "ziyaret", "ziyareti", "istişareler")
    for word in ("öncesinde", "arifesinde"))}
extend(LEXICON, _AHEAD_OF_TALKS)

# --- Precision (c2, s16): a visit to a memorial is a courtesy ---
# An attaché or a delegation that visits Anıtkabir, a martyrs' cemetery or a leader's grave ("Anıtkabir'i ziyaret
# etti", "Şehitliği ziyaret etti", "kabrini ziyaret etti"), the other side's officials beside them, pays its respects: a
# courtesy, as a wreath laid is, no talks in a story that names no cooperation (``courtesy``: detect._courtesy_only).
_MEMORIALS = {"courtesy": ("anıtkabir*", "şehitliğ*", "şehitlik*", "kabrini ziyaret*", "mezarını ziyaret*",
                           "anıt mezar*", "saygıyla and*", "rahmetle and*")}
extend(LEXICON, _MEMORIALS)

# --- Kinds (c2, s16): the law that approves an agreement, told with a participle ---
# "anlaşmayı onaylayan kanunu imzaladı" (signed the law that approves the agreement) is the ratification law, as
# "onaylanmasına ilişkin kanun" is: a president who signs it ratifies; the signing verb is the law's, not the
# agreement's (``ratify``, ``ratify_noun``: rules.act_kind).
_LAWS_THAT_APPROVE = {"ratify": ("re:onaylayan\\s+kanun\\w*", "re:uygun\\s+bulan\\s+kanun\\w*"),
                      "ratify_noun": ("re:onaylayan\\s+kanun\\w*", "re:uygun\\s+bulan\\s+kanun\\w*")}
extend(LEXICON, _LAWS_THAT_APPROVE)

# --- Precision (c2, s16): a sea or a gulf named after a state is a place ---
# "Japon Denizi'nde", "Umman Körfezi'nde", "İstanbul Boğazı": the sea, gulf or strait bears the state's name in the
# possessive (the navy's "Deniz Kuvvetleri" does not), so the state is where an exercise is held, not a party of it
# (``place_after``).
_SEAS = {"place_after": ("denizi*", "körfezi*", "boğazı*")}
extend(LEXICON, _SEAS)
