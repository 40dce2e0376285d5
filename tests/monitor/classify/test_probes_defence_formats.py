"""Recall probes in the formats defence outlets report the kinds val misses (issue 15; session s11, helper c1):
ru plans told by capitals, adjectives, general staffs or "the signing took place"; tr exercises told as a
passing exercise with a partner's ship, joint training, an exercise a partner's forces "also" joined; en talks of a
joint commission, a policy dialogue, staff talks, a call; en ratifications by a cabinet, a president, a vote.
Sentences written for these tests.

A passing exercise (PASSEX, "geçiş eğitimi") is by its nature two navies' ships exercising together: its name is a
joint word, whatever stands between the partner's ship and it ("Mısır Deniz Kuvvetlerine ait gemiyle Doğu
Akdeniz'de PASSEX eğitimi icra etti"; it failed before). One navy's own training stays out. The plural and present of "icra et-" ("askerler ... ortak tatbikat icra
ettiler") tell an exercise held as "icra etti" does; the future and duties carried out stay out. So do the plurals of the
other verbs of holding, meeting and signing read in the singular (tr "başladılar", az "başlayıblar", "qəbul ediblər",
uz "o'tkazdilar", "imzoladilar"), and the singular of ru "заключили" ("Беларусь заключила ... соглашение"). A roadmap for years is
an agreement (SCHEMA.md lists roadmaps with agreements; only a plan or programme bound to years is a plan).

Each entry: (principle, headline, text, expected: None or (kind, "AA BB"[, plan year])).
"""

from tests.monitor.classify.conftest import probe_grid

RU = [
    (
        "plan, capitals as the parties",
        "Москва и Душанбе подписали план военного сотрудничества",
        "Москва и Душанбе подписали план военного сотрудничества на 2027 год. Документ подписали министры обороны.",
        ("plan_signed", "RU TJ", 2027),
    ),
    (
        "plan, ministers by name only, states as adjectives",
        "Подписан план",
        "Российский и таджикский министры обороны подписали план военного сотрудничества на 2027 год.",
        ("plan_signed", "RU TJ", 2027),
    ),
    (
        "plan of the general staffs",
        "План сотрудничества генштабов",
        "Начальники генеральных штабов вооруженных сил Беларуси и России подписали план сотрудничества на 2027 год.",
        ("plan_signed", "BY RU", 2027),
    ),
    (
        "plan international military cooperation, 'between the MoDs'",
        "Подписание",
        "Подписан План международного военного сотрудничества между Министерством обороны Республики Казахстан и Министерством обороны Российской Федерации на 2027 год.",
        ("plan_signed", "KZ RU", 2027),
    ),
    (
        "plan 'signed' as подписание состоялось",
        "План",
        "В Ереване состоялось подписание плана сотрудничества между министерствами обороны Армении и Ирана на 2027 год.",
        ("plan_signed", "AM IR", 2027),
    ),
    (
        "plan of events",
        "План",
        "Минобороны Беларуси и Сербии подписали план мероприятий военного сотрудничества на 2027 г.",
        ("plan_signed", "BY RS", 2027),
    ),
    (
        "plan year with -й",
        "План",
        "Министры обороны Кыргызстана и Таджикистана подписали план сотрудничества на 2027-й год.",
        ("plan_signed", "KG TJ", 2027),
    ),
    (
        "plan of military and military-technical cooperation",
        "План",
        "Подписан план военного и военно-технического сотрудничества Армении и Индии на 2027 год.",
        ("plan_signed", "AM IN", 2027),
    ),
    (
        "the sides signed, states in previous sentence",
        "Визит",
        "Министр обороны Узбекистана прибыл с визитом в Минск, где встретился с белорусским коллегой. Стороны подписали план двустороннего военного сотрудничества на 2027 год.",
        ("plan_signed", "BY UZ", 2027),
    ),
    (
        "chief of general staff signs",
        "Генштаб",
        "Начальник Генерального штаба Вооруженных сил Казахстана и его российский коллега подписали план сотрудничества генеральных штабов на 2027 год.",
        ("plan_signed", "KZ RU", 2027),
    ),
    (
        "plan was signed (был подписан) with deputy ministers",
        "План",
        "В Душанбе был подписан план военного сотрудничества между Таджикистаном и Китаем на 2027 год.",
        ("plan_signed", "CN TJ", 2027),
    ),
    (
        "plan for next year named by words",
        "План",
        "Министры обороны России и Вьетнама подписали план военного сотрудничества на следующий год.",
        ("plan_signed", "RU VN"),
    ),
    (
        "kk-style Russian: Вооруженных Сил Республики Казахстан",
        "План",
        "Между Министерством обороны Республики Казахстан и Министерством обороны Республики Узбекистан подписан План двустороннего военного сотрудничества на 2027 год.",
        ("plan_signed", "KZ UZ", 2027),
    ),
    (
        "plan approved in the joint collegium",
        "Коллегия",
        "На совместном заседании коллегий министерств обороны Беларуси и России утвержден план сотрудничества на 2027 год.",
        ("plan_signed", "BY RU", 2027),
    ),
    (
        "plan of cooperation signed by the heads of military departments in headline; body in past",
        "Главы военных ведомств Армении и Казахстана подписали план",
        "Документ определяет мероприятия сотрудничества на 2027 год, в том числе обучение военнослужащих.",
        ("plan_signed", "AM KZ", 2027),
    ),
    (
        "a state concluded (singular)",
        "Соглашение",
        "Беларусь заключила с Вьетнамом соглашение о военном сотрудничестве.",
        ("agreement_signed", "BY VN"),
    ),
    (
        "a minister concluded (singular)",
        "Соглашение",
        "Министр обороны Армении заключил с греческим коллегой соглашение о военном сотрудничестве.",
        ("agreement_signed", "AM GR"),
    ),
    (
        "concluded still to come",
        "Соглашение",
        "Беларусь заключит с Вьетнамом соглашение о военном сотрудничестве в следующем году.",
        None,
    ),
]

TR = [
    (
        "a passing exercise with a partner's ship",
        "Eğitim",
        "Türk Deniz Kuvvetlerine ait TCG Gediz fırkateyni, Mısır Deniz Kuvvetlerine ait gemiyle Doğu Akdeniz'de PASSEX eğitimi icra etti.",
        ("exercise", "EG TR"),
    ),
    (
        "joint training 'müşterek eğitim' with a partner",
        "Müşterek eğitim",
        "Türk ve Kırgız komandoları Bişkek'te müşterek eğitim faaliyeti gerçekleştirdi.",
        ("exercise", "KG TR"),
    ),
    (
        "exercise joined by a partner, 'iştirak etti'",
        "Tatbikat",
        "Gürcistan'da düzenlenen ortak tatbikata Türk Silahlı Kuvvetleri de iştirak etti.",
        ("exercise", "GE TR"),
    ),
    (
        "exercise held 'ile birlikte'",
        "Tatbikat",
        "Türk Kara Kuvvetleri, Azerbaycan Kara Kuvvetleri ile birlikte Nahçıvan'da tatbikat icra etti.",
        ("exercise", "AZ TR"),
    ),
    (
        "exercise 'Kış Tatbikatı' with guests",
        "Kış-2027 Tatbikatı",
        "Türkiye'de icra edilen Kış-2027 Tatbikatı'na Azerbaycan Silahlı Kuvvetleri personeli de katıldı.",
        ("exercise", "AZ TR"),
    ),
    (
        "a passing exercise told as geçiş eğitimi",
        "Eğitim",
        "Türk Deniz Kuvvetlerine ait bir korvet, Cezayir Deniz Kuvvetlerine ait gemiyle Akdeniz'de geçiş eğitimi icra etti.",
        ("exercise", "DZ TR"),
    ),
    (
        "one navy's own training stays out",
        "Eğitim",
        "Türk Deniz Kuvvetlerine ait fırkateyn Akdeniz'de atış eğitimi icra etti.",
        None,
    ),
    (
        "exercise ended",
        "Tatbikat sona erdi",
        "Türkiye ile Azerbaycan arasında düzenlenen ortak tatbikat sona erdi.",
        ("exercise", "AZ TR"),
    ),
    (
        "hyphenated pair, 'Birleşik Ortak Tatbikatı'",
        "Tatbikat",
        "Türkiye-Azerbaycan Birleşik Ortak Tatbikatı Nahçıvan'da tamamlandı.",
        ("exercise", "AZ TR"),
    ),
    (
        "second phase of exercise",
        "Tatbikat",
        "Türkiye-Gürcistan ortak tatbikatının ikinci aşaması Tiflis'te icra edildi.",
        ("exercise", "GE TR"),
    ),
    (
        "commandos trained together",
        "Eğitim",
        "Türk ve Katar komandoları Doha'da birlikte eğitim yaptı.",
        ("exercise", "QA TR"),
    ),
    (
        "code-named exercise with hosting",
        "Anadolu Kartalı",
        "Konya'da Türkiye'nin ev sahipliğinde icra edilen Anadolu Kartalı-2027 Tatbikatı'na Pakistan Hava Kuvvetleri de katıldı.",
        ("exercise", "PK TR"),
    ),
    (
        "drill named by 'müşterek' with the partner's forces in the dative",
        "Tatbikat",
        "Türk Deniz Kuvvetleri ile Pakistan Deniz Kuvvetleri arasında müşterek tatbikat gerçekleştirildi.",
        ("exercise", "PK TR"),
    ),
    (
        "exercise told with 'icra ettiler' and the pair as soldiers",
        "Tatbikat",
        "Türk ve Azerbaycanlı askerler Bakü'de ortak tatbikat icra ettiler.",
        ("exercise", "AZ TR"),
    ),
    (
        "headline pair, body code name only",
        "Türk ve Kazak askerlerinden ortak tatbikat",
        "Kazakistan'da icra edilen Bozkır Kalkanı-2027 tatbikatı başarıyla tamamlandı.",
        ("exercise", "KZ TR"),
    ),
    (
        "a joint exercise still to come (plural future)",
        "Haber",
        "Türk askerleri yarın Bakü'de Azerbaycan askerleriyle ortak tatbikat icra edecekler.",
        None,
    ),
    (
        "duties carried out, no exercise",
        "Haber",
        "Türk ve Azerbaycanlı askerler görevlerini başarıyla icra ediyor.",
        None,
    ),
    (
        "began in the plural",
        "Tatbikat",
        "Türk ve Azerbaycanlı askerler Bakü'de ortak tatbikata başladılar.",
        ("exercise", "AZ TR"),
    ),
    (
        "held in the plural",
        "Tatbikat",
        "Türk ve Pakistanlı pilotlar Konya'da ortak tatbikat yaptılar.",
        ("exercise", "PK TR"),
    ),
    (
        "plural future stays out",
        "Tatbikat",
        "Türk ve Pakistanlı pilotlar gelecek ay Konya'da ortak tatbikat yapacaklar.",
        None,
    ),
]

EN = [
    (
        "talks: joint military commission met",
        "Joint commission meets",
        "The Joint Military Commission of Kazakhstan and Kyrgyzstan held its fifth meeting in Astana, reviewing defence cooperation.",
        ("talks", "KG KZ"),
    ),
    (
        "talks: defence policy dialogue",
        "Defence dialogue",
        "India and Vietnam held their annual Defence Policy Dialogue in Hanoi on Tuesday, co-chaired by the two defence secretaries.",
        ("talks", "IN VN"),
    ),
    (
        "talks: staff talks between armies",
        "Army staff talks",
        "The armies of India and Egypt held their third round of staff talks in Cairo this week.",
        ("talks", "EG IN"),
    ),
    (
        "talks: minister called on",
        "Courtesy call",
        "The Commander of the Royal Thai Navy called on the Chief of Naval Staff of Pakistan in Islamabad and discussed naval cooperation.",
        ("talks", "PK TH"),
    ),
    (
        "ratification: cabinet approves signed agreement",
        "Cabinet approves defence deal",
        "The Cabinet of Ministers of Uzbekistan approved the agreement on military cooperation with Turkey signed in Ankara in May.",
        ("agreement_ratified", "TR UZ"),
    ),
    (
        "ratification: president has ratified",
        "Ratified",
        "The President of Kyrgyzstan has ratified the agreement with Uzbekistan on military-technical cooperation.",
        ("agreement_ratified", "KG UZ"),
    ),
    (
        "ratification: the law ratifying it came into force",
        "Law in force",
        "The Azerbaijani parliament voted to ratify the military cooperation agreement with Serbia on Friday.",
        ("agreement_ratified", "AZ RS"),
    ),
    (
        "a roadmap for years is an agreement (SCHEMA.md)",
        "Roadmap",
        "Armenia and India inked a defence cooperation roadmap for 2027-2029 in New Delhi.",
        ("agreement_signed", "AM IN"),
    ),
    (
        "plan: exchanged the signed plan",
        "Plan exchanged",
        "Defence officials of Azerbaijan and Pakistan exchanged the signed military cooperation plan for 2027 in Islamabad.",
        ("plan_signed", "AZ PK", 2027),
    ),
    (
        "a passing exercise with a partner's ship",
        "Drill",
        "An Indian Navy ship conducted a PASSEX with a vessel of the Royal Thai Navy in the Andaman Sea.",
        ("exercise", "IN TH"),
    ),
]

AZ = [
    (
        "exercise begun, plural",
        "Təlim",
        "Azərbaycan və Gürcüstan hərbçiləri birgə taktiki təlimlərə başlayıblar.",
        ("exercise", "AZ GE"),
    ),
    (
        "received, plural",
        "Görüş",
        "Azərbaycanın müdafiə nazirliyinin rəhbərləri Pakistanın hərbi nümayəndə heyətini qəbul ediblər. Görüşdə hərbi əməkdaşlıq müzakirə olunub.",
        ("talks", "AZ PK"),
    ),
]

UZ = [
    (
        "signed, plural",
        "Reja",
        "O'zbekiston va Qozog'iston mudofaa vazirlari 2027-yil uchun harbiy hamkorlik rejasini imzoladilar.",
        ("plan_signed", "KZ UZ", 2027),
    ),
    (
        "exercise held, plural",
        "Mashg'ulot",
        "O'zbekiston va Tojikiston harbiylari qo'shma taktik mashg'ulot o'tkazdilar.",
        ("exercise", "TJ UZ"),
    ),
]

test_ru = probe_grid("ru", RU)
test_tr = probe_grid("tr", TR)
test_en = probe_grid("en", EN)
test_az = probe_grid("az", AZ)
test_uz = probe_grid("uz", UZ)
