"""A story cannot end before it has begun: a page whose header runs past the first couple of hundred
characters with menu lines ("Home", "Politics", ... "Latest news", "Son Haberler") only, no line of prose
yet, keeps reading; the same marker after the story's first paragraph still ends it. Pages written for
these tests."""

from monitor.classify.story import own_story
from tests.monitor.classify.conftest import main, run

_MENU = "\n".join(["Home", "Politics", "Economy", "World", "Society", "Culture", "Sport", "Opinion",
                   "Video", "Photo", "Regions", "Interviews", "Analytics", "Multimedia", "Archive",
                   "Contacts", "About us", "Advertising", "Weather", "Currency rates", "Horoscope",
                   "Special projects", "Press releases", "Partners' news"])


def test_a_menu_header_with_latest_news_does_not_end_the_story():
    text = (_MENU + "\nLatest news\n"
            "Kazakhstan and Kyrgyzstan signed a plan of military cooperation for 2025 in Astana on Tuesday.\n"
            "The plan provides for joint exercises and officer training.\n")
    assert len(_MENU) > 200
    assert "military cooperation for 2025" in own_story(text, "en")
    event = main(run("", text, lang="en"))
    assert (event.kind, event.parties, event.plan_year) == ("plan_signed", ("KG", "KZ"), 2025)


def test_a_turkish_menu_header_with_son_haberler_does_not_end_the_story():
    menu = "\n".join(["Gündem", "Ekonomi", "Dünya", "Spor", "Sağlık", "Teknoloji", "Kültür Sanat", "Yaşam",
                      "Eğitim", "Magazin", "Otomobil", "Emlak", "Video", "Foto Galeri", "Yazarlar",
                      "Künye", "İletişim", "Hava Durumu", "Namaz Vakitleri", "Puan Durumu", "Canlı Yayın",
                      "Özel Haber", "Röportaj", "Bölge Haberleri"])
    assert len(menu) > 200
    text = (menu + "\nSon Haberler\n"
            "Türk ve Azerbaycan askerlerinin ortak tatbikatı Nahçıvan'da başladı.\n"
            "Tatbikat on gün sürecek.\n")
    event = main(run("", text, lang="tr"))
    assert (event.kind, event.parties) == ("exercise", ("AZ", "TR"))


def test_the_marker_after_the_first_paragraph_still_ends_the_story():
    text = (_MENU + "\n"
            "Kazakhstan and Kyrgyzstan signed a plan of military cooperation for 2025 in Astana on Tuesday.\n"
            "Latest news\nIndia and Japan sign defence agreement.\n")
    story = own_story(text, "en")
    assert "Astana" in story and "India and Japan" not in story
