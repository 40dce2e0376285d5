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
]


test_probe = probe_grid(LANG, PROBES)
