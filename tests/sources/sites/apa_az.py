"""apa.az: the Azerbaijani RSS at /rss and the English military listing paged by ?page=N,
/{category}/{slug}-{id} pages with h1.title_news, div.date holding the time and the day in two
elements, and div.texts."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://apa.az"


def article(lang: str, title: str, clock: str, day: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} | APA</title></head>'
            f'<body><header><a href="{SITE}/">APA</a><a href="{SITE}/en/">English</a></header>'
            f'<div class="content_main"><h1 class="title_news">{title}</h1>'
            f'<div class="date"><span class="time">{clock}</span><span class="day">{day}</span></div>'
            f'<div class="texts">{body}</div></div>'
            f'<div class="last_news"><a href="{SITE}/en/politics/other-news-941000">Other news</a></div></body></html>')


def listing(links: list[str]) -> str:
    return ('<html lang="en"><body><div class="news_list">'
            + "".join(f'<a class="item" href="{url}">News</a>' for url in links) + "</div></body></html>")


HERBI = f"{SITE}/herbi/azerbaycan-ve-gurcustan-herbi-tehsil-uzre-emekdasligi-muzakire-edib-941123"
EXERCISE = f"{SITE}/en/military/joint-tactical-exercise-held-with-turkish-troops-941200"
MEDICS = f"{SITE}/en/military/military-medics-train-in-nakhchivan-941180"
OFFICERS = f"{SITE}/en/military/young-officers-graduate-from-command-course-941150"

FIXTURE = SourceFixture(
    source="apa_az",
    pages={"apa.az": {
        "/rss": rss_page([(HERBI, "Azərbaycan və Gürcüstan hərbi təhsil üzrə əməkdaşlığı müzakirə edib",
                           "2024-03-05T17:44:00+04:00")], channel="APA"),
        "/en/military": html(listing([EXERCISE, MEDICS])),
        "/en/military?page=2": html(listing([OFFICERS])),
        "/en/military?page=3": html(listing([])),
        "/herbi/azerbaycan-ve-gurcustan-herbi-tehsil-uzre-emekdasligi-muzakire-edib-941123": html(article(
            "az", "Azərbaycan və Gürcüstan hərbi təhsil üzrə əməkdaşlığı müzakirə edib", "17:44", "5 mart 2024",
            paragraphs("APA-nın məlumatına görə, görüşdə iki ölkənin hərbi təhsil müəssisələri arasında "
                       "əməkdaşlığın genişləndirilməsi müzakirə olunub.",
                       "Tərəflər kursantlar üçün qısamüddətli kursların birgə proqramını hazırlamaq barədə "
                       "razılığa gəliblər."))),
        "/en/military/joint-tactical-exercise-held-with-turkish-troops-941200": html(article(
            "en", "Joint tactical exercise held with Turkish troops", "10:51", "4 March 2024", paragraphs(
                "Azerbaijani and Turkish troops held a joint tactical exercise at a range near Baku, APA reports.",
                "Units practised the planning of combined operations and the use of unmanned aerial vehicles."))),
        "/en/military/military-medics-train-in-nakhchivan-941180": html(article(
            "en", "Military medics train in Nakhchivan", "09:05", "1 March 2024", paragraphs(
                "Military medics of the Nakhchivan garrison completed a course on emergency surgery in field "
                "conditions.",
                "The course ended with an exercise on the evacuation of wounded personnel by helicopter."))),
        "/en/military/young-officers-graduate-from-command-course-941150": html(article(
            "en", "Young officers graduate from command course", "15:30", "27 February 2024", paragraphs(
                "A group of young officers graduated from the command course of the Azerbaijani army.",
                "The best graduates received certificates from the commander of the combined arms army."))),
    }},
    never_fetched=(f"{SITE}/en/politics/other-news-941000",),
    expected=(
        Expected(HERBI, "Azərbaycan və Gürcüstan hərbi təhsil üzrə əməkdaşlığı müzakirə edib",
                 "2024-03-05T17:44:00+04:00", "az", "APA-nın məlumatına görə", "barədə razılığa gəliblər."),
        Expected(EXERCISE, "Joint tactical exercise held with Turkish troops", "2024-03-04T10:51:00+04:00", "en",
                 "Azerbaijani and Turkish troops", "unmanned aerial vehicles.", absent=("Other news",)),
        Expected(MEDICS, "Military medics train in Nakhchivan", "2024-03-01T09:05:00+04:00", "en",
                 "Military medics of the Nakhchivan garrison", "personnel by helicopter."),
        Expected(OFFICERS, "Young officers graduate from command course", "2024-02-27T15:30:00+04:00", "en",
                 "A group of young officers", "combined arms army."),
    ),
)
