"""Whole pages written for these tests: navigation and stamps at the top, the story, then furniture
and other stories' headlines. The main event and its date must come from the story alone."""

from tests.monitor.classify.conftest import flagged_main


def test_english_wire_page():
    text = "\n".join([
        " date 2025-11-12 Home | Politics | Defence | Economy",
        "Uzbekistan, Kazakhstan sign military cooperation plan for 2026",
        "12 November 2025 16:40 (UTC+05:00)",
        "TASHKENT, November 12 (Wire) - The defence ministers of Uzbekistan and Kazakhstan held talks "
        "in Tashkent on Wednesday.",
        "The sides discussed officer training, air defence and the work of the joint staff group.",
        "Following the talks, the ministers signed a plan of bilateral military cooperation for 2026.",
        "Related news",
        "Kazakh and Kyrgyz troops start joint exercise",
        "Uzbekistan and Turkey sign defence industry memorandum",
        "Parliament ratifies defence agreement with Azerbaijan",
    ])
    assert flagged_main(text.split("\n")[1], text, lang="en") == ("plan_signed", ("KZ", "UZ"), 2026, "2025-11-12")


def test_russian_agency_page():
    text = "\n".join([
        "Главная / Армия / Новости",
        "Россия и Лаос утвердили программу военного сотрудничества",
        "Вьентьян, 4 марта. Министры обороны России и Лаоса утвердили программу двустороннего "
        "военного сотрудничества на 2026-2028 годы, сообщает пресс-служба Минобороны РФ.",
        "Документ подписан по итогам переговоров, которые прошли в столице Лаоса.",
        "Стороны также обсудили подготовку военных кадров.",
        "Читайте также",
        "Казахстан и Кыргызстан подписали план военного сотрудничества на 2026 год",
        "Армия Таджикистана начала учения",
    ])
    kind, parties, year, _ = flagged_main(text.split("\n")[1], text, lang="ru")
    # A programme for 2026-2028 is a plan under another name (SCHEMA.md, settled 2026-12-06).
    assert (kind, parties, year) == ("plan_signed", ("LA", "RU"), 2026)


def test_azerbaijani_ministry_page():
    text = "\n".join([
        "Ana səhifə Xəbərlər Foto Video",
        "Azərbaycan və Qazaxıstan hərbi əməkdaşlıq planı imzalayıb",
        "09 dekabr 2025, 15:20",
        "Dekabrın 9-da Bakıda Azərbaycan və Qazaxıstan müdafiə nazirlərinin görüşü olub.",
        "Görüşdə hərbi təhsil, döyüş hazırlığı və hərbi tibb sahələrində əməkdaşlıq müzakirə edilib.",
        "Sonra nazirlər 2026-cı il üçün ikitərəfli hərbi əməkdaşlıq planını imzalayıblar.",
        "Paylaş",
        "Xəbər lenti",
        "Azərbaycan və Türkiyə birgə təlimə başlayıb",
        "Gürcüstanla hərbi əməkdaşlıq müzakirə edilib",
    ])
    assert flagged_main(text.split("\n")[1], text, lang="az") == ("plan_signed", ("AZ", "KZ"), 2026, "2025-12-09")


def test_turkish_news_page():
    text = "\n".join([
        "Gündem Dünya Ekonomi Spor",
        "Türkiye ile Kırgızistan askeri işbirliği anlaşması imzaladı",
        "14.10.2025 11:05",
        "ANKARA (Ajans) - Milli Savunma Bakanı ile Kırgızistan Savunma Bakanı Ankara'da bir araya geldi.",
        "Görüşmenin ardından iki bakan askeri işbirliği anlaşmasını imzaladı.",
        "Anlaşma eğitim, tatbikat ve savunma sanayii alanlarında işbirliğini kapsıyor.",
        "İlgili Haberler",
        "Türkiye ile Azerbaycan ortak tatbikata başladı",
        "Gürcistan ile askeri işbirliği planı imzalandı",
    ])
    assert flagged_main(text.split("\n")[1], text, lang="tr") == \
        ("agreement_signed", ("KG", "TR"), None, "2025-10-14")
