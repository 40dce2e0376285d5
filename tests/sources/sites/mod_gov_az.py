"""mod.gov.az: an Azerbaijani RSS feed, English and Russian listings paged by ?page=N, article pages
with .n_title (date span, h2 title) and .vi_in_desc, behind an accessibility line and the motto."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://mod.gov.az"


def article(lang: str, title: str, printed_date: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">
<title>Ministry of Defense of the Republic of Azerbaijan</title></head><body>
<div class="accessibility-note">Please ensure Javascript is enabled for purposes of website accessibility</div>
<header><div class="motto">"The army is a pillar of our country!" Heydar Aliyev</div>
<nav><a href="{SITE}/{lang}/">Home</a> <a href="{SITE}/{lang}/international-military-cooperation-025/">Cooperation</a></nav></header>
<main><div class="n_top"><div class="n_tp"><img src="/uploads/photo.jpg" alt=""></div></div>
<div class="n_title"><span>{printed_date}</span><h2>{title}</h2></div>
<div class="vi_in_desc">{body}</div>
<div class="video-container"><video><source src="/uploads/clip.mp4"></video></div></main>
<aside class="other-news"><a href="{SITE}/{lang}/news/older-story-40001.html">Older story</a> <span>1 January 2020 09:00</span></aside>
</body></html>"""


def listing(lang: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<div class="news_item"><a href="{url}">{title}</a></div>' for url, title in links)
    empty = "" if links else "<p>No more news.</p>"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>News</title></head><body>'
            f'<nav><a href="{SITE}/{lang}/armenia-azerbaijan-conflict-599/">Conflict</a></nav>'
            f'<div class="n_items">{items}{empty}</div></body></html>')


PILOTS = f"{SITE}/az/news/herbi-pilotlar-novbeti-telim-ucuslarini-icra-edib-video-51870.html"
ATTACHE = f"{SITE}/en/news/new-military-attache-of-georgia-presented-to-the-minister-43301.html"
ENGINEERS = f"{SITE}/en/news/engineer-units-complete-a-field-training-course-43290.html"
COUNCIL = f"{SITE}/ru/news/sostoyalos-zasedanie-kollegii-ministerstva-13688.html"

FIXTURE = SourceFixture(
    source="mod_gov_az",
    pages={"mod.gov.az": {
        "/az/rss/": rss_page([(PILOTS, "Hərbi pilotlar növbəti təlim uçuşlarını icra edib - VİDEO",
                               "2023-11-14T11:30:00+04:00")], channel="Müdafiə Nazirliyi"),
        "/en/news-791/": html(listing("en", [(ATTACHE, "New military attaché"), (ENGINEERS, "Engineer units")])),
        "/en/news-791/?page=2": html(listing("en", [(f"{SITE}/en/news/older-story-40001.html", "Older story")])),
        "/en/news-791/?page=3": html(listing("en", [])),
        "/ru/novosti-791/": html(listing("ru", [(COUNCIL, "Заседание коллегии")])),
        "/ru/novosti-791/?page=2": html(listing("ru", [])),
        "/az/news/herbi-pilotlar-novbeti-telim-ucuslarini-icra-edib-video-51870.html": html(article(
            "az", "Hərbi pilotlar növbəti təlim uçuşlarını icra edib - VİDEO", "14 Noyabr 2023 11:30", paragraphs(
                "Hərbi Hava Qüvvələrinin pilotları plana uyğun olaraq növbəti təlim uçuşlarını yerinə yetiriblər.",
                "Uçuşlar zamanı pilotlar havada manevr elementlərini və yerüstü hədəflərə zərbə endirilməsini "
                "məşq ediblər."))),
        "/en/news/new-military-attache-of-georgia-presented-to-the-minister-43301.html": html(article(
            "en", "New military attaché of Georgia presented to the Minister", "17 October 2022 13:07", paragraphs(
                "The Minister of Defense met the newly appointed military attaché of Georgia, who presented "
                "his credentials at the ministry.",
                "The sides talked about the state of military cooperation between the two neighbours and "
                "named training and education as areas to widen next year."))),
        "/en/news/engineer-units-complete-a-field-training-course-43290.html": html(article(
            "en", "Engineer units complete a field training course - FOTO", "12 October 2022 09:45", paragraphs(
                "Engineer units of the army finished a two-week field course on clearing routes and "
                "building crossings.",
                "Instructors graded every platoon on a river crossing at night before the course ended."))),
        "/en/news/older-story-40001.html": html(article(
            "en", "Staff officers attend a planning seminar", "3 October 2022 16:20", paragraphs(
                "Staff officers from the headquarters attended a three-day seminar on planning logistics "
                "for units in the field."))),
        "/ru/news/sostoyalos-zasedanie-kollegii-ministerstva-13688.html": html(article(
            "ru", "Состоялось заседание коллегии Министерства обороны", "20 Октября 2022 10:00", paragraphs(
                "В Министерстве обороны прошло заседание коллегии, посвящённое итогам учебного периода.",
                "Командирам поручено уделить особое внимание подготовке младших специалистов."))),
    }},
    expected=(
        Expected(PILOTS, "Hərbi pilotlar növbəti təlim uçuşlarını icra edib", "2023-11-14T11:30:00+04:00", "az",
                 "Hərbi Hava Qüvvələrinin pilotları", "zərbə endirilməsini məşq ediblər.",
                 absent=("Please ensure Javascript", "pillar of our country", "VİDEO")),
        Expected(ATTACHE, "New military attaché of Georgia presented to the Minister", "2022-10-17T13:07:00+04:00",
                 "en", "The Minister of Defense met the newly appointed", "areas to widen next year.",
                 absent=("Please ensure Javascript", "pillar of our country", "Older story")),
        Expected(ENGINEERS, "Engineer units complete a field training course", "2022-10-12T09:45:00+04:00", "en",
                 "Engineer units of the army finished", "before the course ended.", absent=("FOTO",)),
        Expected(f"{SITE}/en/news/older-story-40001.html", "Staff officers attend a planning seminar",
                 "2022-10-03T16:20:00+04:00", "en", "Staff officers from the headquarters", "units in the field."),
        Expected(COUNCIL, "Состоялось заседание коллегии Министерства обороны", "2022-10-20T10:00:00+04:00", "ru",
                 "В Министерстве обороны прошло заседание", "подготовке младших специалистов."),
    ),
)
