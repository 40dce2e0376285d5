"""Turkish probes by principle (issue 15): every tense and voice the press uses for an act, every
document name, who acts, and what must not be flagged. Written for these tests."""

from tests.monitor.classify.conftest import probe_grid

LANG = "tr"

PROBES = [
    # (principle, headline, text, expected main event: None or (kind, pair[, plan year]))
    ("past", "Plan imzaladılar", "Türkiye ve Azerbaycan savunma bakanları dün 2025 yılı askeri işbirliği "
     "planını imzaladı.", ("plan_signed", "AZ TR", 2025)),
    ("passive", "Anlaşma imzalandı", "Türkiye ile Irak arasında savunma alanında işbirliği anlaşması "
     "imzalandı.", ("agreement_signed", "IQ TR")),
    ("reported past", "Mutabakat", "Türkiye ve Gürcistan genelkurmay başkanları askeri eğitim alanında bir "
     "mutabakat zaptı imzalamış.", ("agreement_signed", "GE TR")),
    ("nominalisation", "İmza töreni", "Türkiye ile Kazakistan arasındaki askeri işbirliği anlaşmasının imza "
     "töreni dün Ankara'da yapıldı.", ("agreement_signed", "KZ TR")),
    ("programme for a year", "Program", "Türkiye ve Kırgızistan 2024 yılı askeri işbirliği programını "
     "imzaladı.", ("plan_signed", "KG TR", 2024)),
    ("framework", "Çerçeve anlaşması", "Türkiye ve Libya savunma bakanlıkları askeri çerçeve anlaşması "
     "imzaladı.", ("agreement_signed", "LY TR")),
    ("roadmap", "Yol haritası", "Türkiye ve Pakistan savunma bakanları savunma işbirliği için bir yol "
     "haritası imzaladı.", ("agreement_signed", "PK TR")),
    ("letter of intent", "Niyet mektubu", "Türkiye ve İtalya savunma bakanlıkları askeri eğitim konusunda "
     "niyet mektubu imzaladı.", ("agreement_signed", "IT TR")),
    ("technical agreement", "Teknik anlaşma", "Türk ve Azerbaycan deniz kuvvetleri ortak eğitim konusunda "
     "teknik anlaşma imzaladı.", ("agreement_signed", "AZ TR")),
    ("protocol", "Protokol", "Türkiye ve Özbekistan genelkurmay başkanları askeri işbirliği protokolü "
     "imzaladı.", ("agreement_signed", "TR UZ")),
    ("ratified", "TBMM onayladı", "TBMM, Türkiye ile Kenya arasında askeri çerçeve anlaşmasının onaylanmasını "
     "uygun bulan kanun teklifini kabul etti.", ("agreement_ratified", "KE TR")),
    ("talks", "Görüşme", "Milli Savunma Bakanı, Azerbaycanlı mevkidaşı ile askeri işbirliğini görüştü.",
     ("talks", "AZ TR")),
    ("phone call", "Telefon görüşmesi", "Türkiye ve Macaristan savunma bakanları telefonda görüşerek askeri "
     "işbirliğini ele aldı.", ("talks", "HU TR")),
    ("exercise begins today", "Tatbikat", "Türkiye ve Azerbaycan ortak askeri tatbikatı bugün başlıyor.",
     ("exercise", "AZ TR")),
    ("exercise in a third state", "Tatbikat", "Türk ve Pakistan özel kuvvetleri Katar'da ortak tatbikat "
     "düzenledi.", ("exercise", "PK TR")),
    ("financial cooperation agreement", "Mali işbirliği", "Türkiye ile Kenya arasında Askeri Mali İşbirliği "
     "Anlaşması ve Nakdi Yardım Uygulama Protokolü imzalandı.", ("agreement_signed", "KE TR")),
    ("Mali the state", "Çerçeve anlaşması", "Türkiye ile Mali arasında askeri çerçeve anlaşması imzalandı.",
     ("agreement_signed", "ML TR")),
    ("headline only", "Türkiye ile Gürcistan arasında askeri işbirliği protokolü imzalandı", "",
     ("agreement_signed", "GE TR")),
    ("wire item", "", "ANKARA (AA) - Türkiye ve Kazakistan savunma bakanları Ankara'da askeri işbirliği planı "
     "imzaladı.", ("plan_signed", "KZ TR")),
    ("law in the Official Gazette", "Resmi Gazete", "Türkiye ile Nijer arasındaki askeri çerçeve anlaşmasının "
     "onaylanmasının uygun bulunduğuna dair kanun Resmi Gazete'de yayımlandı.", ("agreement_ratified", "NE TR")),
    ("combined training", "Müşterek eğitim", "Türk ve Katar askerleri müşterek eğitim faaliyetini tamamladı.",
     ("exercise", "QA TR")),
    ("signing expected", "Bekleniyor", "Türkiye ile Irak arasında askeri işbirliği anlaşmasının imzalanması "
     "bekleniyor.", None),
    ("gendarmerie", "Jandarma", "Türkiye ve Azerbaycan jandarma teşkilatları işbirliği protokolü imzaladı.", None),
    ("present with a coming weekday", "Pazartesi", "Türkiye ve Irak savunma bakanları pazartesi günü askeri "
     "işbirliği anlaşması imzalıyor.", None),
    ("future day", "Pazartesi imza", "Türkiye ve Irak savunma bakanları pazartesi günü askeri işbirliği "
     "anlaşması imzalayacak.", None),
    ("intent", "Niyet", "Türkiye ve Gürcistan savunma alanında bir işbirliği anlaşması imzalamayı "
     "planlıyor.", None),
    ("draft approved", "Taslak", "Bakanlar Kurulu, Türkiye ile Moğolistan arasındaki askeri işbirliği "
     "anlaşması taslağını onayladı.", None),
    ("authorisation to sign", "Yetki", "Cumhurbaşkanı, Milli Savunma Bakanına Türkiye ile Tunus arasında "
     "askeri işbirliği anlaşmasını imzalama yetkisi verdi.", None),
    ("border service", "Sınır", "Türkiye ve Gürcistan sınır muhafızları arasında işbirliği protokolü "
     "imzalandı.", None),
    ("foreign ministers agree to advance", "Dışişleri", "Türkiye ve Macaristan dışişleri bakanları savunma "
     "işbirliğini ilerletme konusunda anlaştı.", None),
    ("trilateral", "Üçlü tatbikat", "Türkiye, Azerbaycan ve Gürcistan özel kuvvetleri üçlü tatbikata "
     "başladı.", None),
    ("arms purchase", "Satın alma", "Endonezya, Türkiye'den insansız hava aracı satın alma sözleşmesini "
     "düzenlenen imza töreninde imzaladı.", None),
    ("imza altına alındı", "Anlaşma",
     "Türkiye ile Arnavutluk arasında askeri işbirliği anlaşması imza altına alındı.",
     ("agreement_signed", "AL TR")),
    ("plural past", "Mutabakat",
     "Türkiye ve Azerbaycan savunma bakanları askeri eğitim alanında mutabakat muhtırası "
     "imzaladılar.", ("agreement_signed", "AZ TR")),
    ("formal perfect", "Anlaşma",
     "Türkiye ile Ruanda arasında savunma sanayii işbirliği anlaşması imzalanmıştır.",
     ("agreement_signed", "RW TR")),
    ("reported nominal", "Açıklama",
     "Milli Savunma Bakanlığı, Türkiye ile Moritanya arasında askeri eğitim işbirliği "
     "anlaşmasının imzalandığını açıkladı.", ("agreement_signed", "MR TR")),
    ("plan year in words", "Plan",
     "Türkiye ile Kazakistan arasında 2025 yılı ikili askeri işbirliği planı imzalandı.",
     ("plan_signed", "KZ TR", 2025)),
    ("plan span", "Program",
     "Türkiye ile Gürcistan arasında 2026-2028 yıllarını kapsayan askeri işbirliği programı "
     "imzalandı.", ("plan_signed", "GE TR", 2026)),
    ("plan for year, dative", "Plan",
     "Azerbaycan ve Türkiye genelkurmay başkanları 2024 yılına ait askeri işbirliği planını "
     "imzaladı.", ("plan_signed", "AZ TR", 2024)),
    ("cabinet approves signed", "Onay",
     "Cumhurbaşkanı, Türkiye ile Ürdün arasında imzalanan askeri işbirliği anlaşmasını onayladı.",
     ("agreement_ratified", "JO TR")),
    ("parliament accepts", "Meclis",
     "TBMM Genel Kurulunda Türkiye ile Gambiya arasındaki askeri çerçeve anlaşmasının "
     "onaylanmasının uygun bulunduğuna dair kanun teklifi kabul edildi.", ("agreement_ratified", "GM TR")),
    ("received", "Kabul", "Milli Savunma Bakanı, Katar Savunma Bakanını Ankara'da kabul etti.",
     ("talks", "QA TR")),
    ("came together", "Görüşme", "Türkiye Milli Savunma Bakanı, Irak Savunma Bakanı ile bir araya geldi.",
     ("talks", "IQ TR")),
    ("delegations", "Heyet",
     "Türkiye ve Azerbaycan savunma bakanlıkları arasında heyetlerarası görüşme yapıldı.",
     ("talks", "AZ TR")),
    ("phone", "Telefon", "Milli Savunma Bakanı, Ukrayna Savunma Bakanı ile telefonda görüştü.",
     ("talks", "TR UA")),
    ("exercise completed", "Tatbikat",
     "Türk ve Azerbaycan kara kuvvetlerinin ortak tatbikatı başarıyla tamamlandı.", ("exercise", "AZ TR")),
    ("exercise held", "Tatbikat", "Türkiye ile Pakistan arasında ortak deniz tatbikatı icra edildi.",
     ("exercise", "PK TR")),
    ("exercise performed", "Tatbikat", "Türk ve Gürcü askerleri ortak tatbikat gerçekleştirdi.",
     ("exercise", "GE TR")),
    ("exercise ended", "Tatbikat", "Azerbaycan ile Türkiye'nin ortak askeri tatbikatı sona erdi.",
     ("exercise", "AZ TR")),
    ("exercise continues", "Tatbikat", "Türkiye ve Katar silahlı kuvvetlerinin ortak tatbikatı devam ediyor.",
     ("exercise", "QA TR")),
    ("will be signed", "İmza",
     "Türkiye ile Irak arasında askeri işbirliği anlaşması önümüzdeki hafta imzalanacak.", None),
    ("is to sign", "İmza",
     "Türkiye ve Libya savunma bakanları askeri işbirliği anlaşmasını imzalamak üzere bir araya "
     "gelecek.", None),
    ("initialled draft", "Taslak",
     "Türkiye ile Tunus arasında askeri işbirliği anlaşması taslağı parafe edildi.", None),
    ("multilateral", "Üçlü", "Türkiye, Azerbaycan ve Gürcistan savunma bakanları üçlü mutabakat imzaladı.",
     None),
    ("NATO", "NATO", "Türkiye ile NATO arasında askeri işbirliği anlaşması imzalandı.", None),
    ("coast guard", "Sahil Güvenlik",
     "Türkiye ve Gürcistan sahil güvenlik komutanlıkları işbirliği protokolü imzaladı.", None),
    ("purchase", "Satın alma", "Polonya, Türkiye'den insansız hava aracı tedarik sözleşmesi imzaladı.", None),
    ("police", "Polis", "Türkiye ve Azerbaycan emniyet teşkilatları arasında eğitim protokolü imzalandı.",
     None),
    ("will meet", "Görüşme", "Milli Savunma Bakanı yarın Azerbaycan Savunma Bakanı ile görüşecek.", None),
    ("exercise planned", "Tatbikat", "Türkiye ve Azerbaycan gelecek ay ortak tatbikat düzenleyecek.", None),
    ("economic", "Ticaret",
     "Türkiye ile Azerbaycan arasında ticaret ve ekonomik işbirliği anlaşması imzalandı.", None),
    ("imza attı", "Anlaşma", "Türkiye ve Irak savunma bakanları askeri işbirliği anlaşmasına imza attı.",
     ("agreement_signed", "IQ TR")),
    ("imza atıldı", "Anlaşma", "Türkiye ile Cezayir arasında askeri eğitim işbirliği anlaşmasına imza atıldı.",
     ("agreement_signed", "DZ TR")),
    ("imzalar atıldı", "Anlaşma",
     "Türkiye ile Bangladeş arasındaki savunma işbirliği mutabakat zaptına imzalar atıldı.",
     ("agreement_signed", "BD TR")),
    ("imza koydu", "Protokol",
     "Türkiye ve Moldova genelkurmay başkanları askeri işbirliği protokolüne imza koydu.",
     ("agreement_signed", "MD TR")),
    ("hyphen pair", "Türkiye-Azerbaycan askeri işbirliği planı imzalandı", "", ("plan_signed", "AZ TR")),
    ("headline past active", "Türkiye ile Irak askeri işbirliği anlaşması imzaladı", "",
     ("agreement_signed", "IQ TR")),
    ("combining adjective", "Tatbikat", "Türk-Azerbaycan ortak tatbikatı Nahçıvan'da başladı.",
     ("exercise", "AZ TR")),
    ("heyetlerarası bulundu", "Görüşme",
     "Milli Savunma Bakanı, Libya Savunma Bakanı ile heyetlerarası görüşmede bulundu.", ("talks", "LY TR")),
    ("welcomed ceremony", "Tören",
     "Milli Savunma Bakanı, Azerbaycanlı mevkidaşını Ankara'da resmi törenle karşıladı.", ("talks", "AZ TR")),
    ("working group with actor", "Toplantı",
     "Türkiye ve Gürcistan savunma bakanlıkları arasında askeri işbirliği çalışma grubu "
     "toplantısı yapıldı.", ("talks", "GE TR")),
    ("high-level military dialogue", "Diyalog",
     "Türkiye ile Japonya arasında üst düzey askeri diyalog toplantısı Tokyo'da gerçekleştirildi"
     " ve savunma bakanlıkları temsilcileri katıldı.", ("talks", "JP TR")),
    ("ratified by president", "Resmi Gazete",
     "Türkiye ile Sırbistan arasında imzalanan askeri çerçeve anlaşması Cumhurbaşkanı kararıyla "
     "onaylanarak Resmi Gazete'de yayımlandı.", ("agreement_ratified", "RS TR")),
    ("parliament adopted", "TBMM",
     "TBMM Genel Kurulu, Türkiye ile Filipinler arasındaki savunma sanayii işbirliği anlaşmasını"
     " kabul etti.", ("agreement_ratified", "PH TR")),
    ("exercise by name ended", "Tatbikat",
     "Türkiye ve Pakistan deniz kuvvetlerinin katılımıyla icra edilen ortak tatbikat sona erdi.",
     ("exercise", "PK TR")),
    ("exercise held today", "Tatbikat", "Türk ve Katar silahlı kuvvetleri bugün ortak tatbikat icra ediyor.",
     ("exercise", "QA TR")),
    ("drill 'eğitimi' completed", "Eğitim",
     "Türkiye ve Azerbaycan özel kuvvetlerinin birlikte icra ettiği ortak eğitim tamamlandı.",
     ("exercise", "AZ TR")),
    ("military cooperation meeting signed plan", "Plan",
     "Türkiye ile Azerbaycan arasında yüksek düzeyli askeri diyalog toplantısında 2025 yılı "
     "askeri işbirliği planı imzalandı.", ("plan_signed", "AZ TR", 2025)),
    ("imza atacak", "İmza",
     "Türkiye ve Irak savunma bakanları yarın askeri işbirliği anlaşmasına imza atacak.", None),
    ("imzalanması öngörülüyor", "İmza",
     "Türkiye ile Irak arasında askeri işbirliği anlaşmasının imzalanması öngörülüyor.", None),
    ("bekleniyor", "Anlaşma", "Türkiye ile Suriye arasında askeri işbirliği anlaşması imzalanması bekleniyor.",
     None),
    ("needs to be ratified", "Meclis",
     "Türkiye ile Sudan arasında imzalanan askeri işbirliği anlaşması Meclis'e sunuldu.", None),
    ("weapons sale", "Satış", "Türkiye, Endonezya'ya savaş gemisi satışı için sözleşme imzaladı.", None),
    ("multi exercise", "Tatbikat", "Türkiye, Azerbaycan ve Pakistan özel kuvvetleri ortak tatbikat icra etti.",
     None),
    ("trade", "Anlaşma", "Türkiye ile Özbekistan arasında ticaret anlaşması imzalandı.", None),
    ("sidelines of NATO", "Bakan, Macaristan Savunma Bakanı ile görüştü",
     "Milli Savunma Bakanı, NATO Savunma Bakanları Toplantısı marjında Macaristan Savunma Bakanı"
     " ile bir araya geldi. Görüşmede ikili ve bölgesel savunma konuları ele alındı.", ("talks", "HU TR")),
    ("weekly briefing", "MSB haftalık basın toplantısı",
     "Milli Savunma Bakanlığı haftalık basın bilgilendirme toplantısı düzenledi. Bakanlık "
     "kaynakları, Türkiye ile Kosova arasında askeri işbirliği anlaşmasının imzalandığını "
     "bildirdi. Ayrıca terörle mücadele operasyonlarının sürdüğünü belirtti.", ("agreement_signed", "TR XK")),
    ("formal state names", "Protokol",
     "Türkiye Cumhuriyeti ile Kırgız Cumhuriyeti arasında askeri mali işbirliği protokolü "
     "imzalandı.", ("agreement_signed", "KG TR")),
    ("armed forces of both", "Tatbikat",
     "Türk Silahlı Kuvvetleri ile Azerbaycan Silahlı Kuvvetleri arasında ortak taktik tatbikat "
     "icra edildi.", ("exercise", "AZ TR")),
    ("visit then signing", "Ziyaret",
     "Milli Savunma Bakanı, resmi ziyaret için gittiği Bakü'de Azerbaycanlı mevkidaşı ile "
     "görüştü. Görüşmenin ardından iki ülke arasında askeri eğitim işbirliği anlaşması "
     "imzalandı.", ("agreement_signed", "AZ TR")),
    ("wire short", "", "ANKARA (AA) - Türkiye ile Kazakistan arasında askeri istihbarat alanında işbirliği "
     "anlaşması imzalandı.", ("agreement_signed", "KZ TR")),
    ("chief of staff received", "Genelkurmay",
     "Genelkurmay Başkanı Orgeneral, Pakistan Kara Kuvvetleri Komutanını makamında kabul etti.",
     ("talks", "PK TR")),
    ("commander visit", "Ziyaret",
     "Kara Kuvvetleri Komutanı, Gürcistan'a resmi ziyarette bulundu ve Gürcistan Savunma "
     "Kuvvetleri Komutanı ile görüştü.", ("talks", "GE TR")),
    ("exercise name, hosted", "Tatbikat",
     "Azerbaycan'da düzenlenen Türk ve Azerbaycan birliklerinin ortak tatbikatı başladı.",
     ("exercise", "AZ TR")),
    ("ratified tahsis", "TBMM",
     "Türkiye ile Kamerun arasında askeri çerçeve anlaşmasının onaylanmasının uygun bulunduğuna "
     "ilişkin kanun teklifi TBMM Genel Kurulunda kabul edildi.", ("agreement_ratified", "CM TR")),
    ("courtesy visit", "Ziyaret",
     "Pakistan Hava Kuvvetleri Komutanı, Milli Savunma Bakanına nezaket ziyaretinde bulundu.",
     ("talks", "PK TR")),
    ("bilateral meeting", "Görüşme",
     "Milli Savunma Bakanı, NATO toplantısı marjında Hollanda Savunma Bakanı ile ikili görüşme "
     "yaptı.", ("talks", "NL TR")),
    ("third states AZ-PK", "Görüşme",
     "Azerbaycan Savunma Bakanı, Pakistan Genelkurmay Başkanı ile Bakü'de görüştü.", ("talks", "AZ PK")),
    ("third states plan", "Plan",
     "Azerbaycan ile Belarus arasında 2025 yılı askeri işbirliği planı imzalandı.",
     ("plan_signed", "AZ BY", 2025)),
    ("visited ministry", "Ziyaret", "Irak Savunma Bakanı, Milli Savunma Bakanlığını ziyaret etti.",
     ("talks", "IQ TR")),
    ("exercise name ended", "Tatbikat",
     "Türkiye ile Azerbaycan arasında icra edilen Anadolu Kartalı tatbikatı sona erdi.",
     ("exercise", "AZ TR")),
    ("exercise with genitive", "Tatbikat",
     "Türk Deniz Kuvvetleri ile Pakistan Deniz Kuvvetlerinin ortak tatbikatı tamamlandı.",
     ("exercise", "PK TR")),
    ("agreement entered dated", "Anlaşma",
     "Türkiye ile Gürcistan arasında 12 Mart 2024 tarihinde askeri işbirliği anlaşması "
     "imzalandı.", ("agreement_signed", "GE TR")),
    ("gazette agreement", "Resmi Gazete",
     "Türkiye ile Kırgızistan arasında imzalanan askeri işbirliği anlaşması Resmi Gazete'de "
     "yayımlanarak yürürlüğe girdi.", ("agreement_ratified", "KG TR")),
    ("signed during visit", "İmza",
     "Milli Savunma Bakanının Libya ziyareti sırasında iki ülke arasında askeri eğitim işbirliği"
     " anlaşması imzalandı.", ("agreement_signed", "LY TR")),
    ("telephone long", "Telefon",
     "Milli Savunma Bakanı, Azerbaycan Savunma Bakanı ile telefonda görüşerek bölgesel "
     "gelişmeleri ve ikili savunma işbirliğini değerlendirdi.", ("talks", "AZ TR")),
]


test_probe = probe_grid(LANG, PROBES)
