"""report.az (English): the /en/rss/ feed and the military category listing paged by ?page=N,
slug-only article URLs (an older one with a trailing slash), schema.org JSON-LD on newer pages,
the printed date and time as two list items, and a "Latest News" block after the story."""

import json

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://report.az"


def article(title: str, day: str, clock: str, body: str, published: str | None = None) -> str:
    ld = ('<script type="application/ld+json">' + json.dumps({"@context": "https://schema.org", "@type": "NewsArticle",
          "headline": title, "datePublished": published}) + "</script>") if published else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Report.az</title>{ld}</head>'
            f'<body><header><a href="{SITE}/en/">Report</a><a href="{SITE}/en/military/">Military</a></header>'
            f'<div class="news-detail"><a class="category" href="{SITE}/en/military/">Military</a>'
            f'<ul class="news__date"><li>{day}</li><li>{clock}</li></ul><h1 class="section-title">{title}</h1>'
            f'<div class="news-detail__desc">{body}<h3>Latest News</h3><p><a href="{SITE}/en/region/other-story">'
            f'Another region story</a></p></div></div>'
            f'<div class="other-langs"><a href="{SITE}/ru/armiya/plan">Русская версия</a></div></body></html>')


def listing(links: list[str]) -> str:
    blocks = "".join(f'<div class="index-post-block"><a class="news__item" href="{url}"><h2 class="news__title">'
                     f'Story</h2><ul class="news__date"><li>5 March, 2024</li><li>10:00</li></ul></a></div>'
                     for url in links)
    return f'<html lang="en"><body><a href="{SITE}/en/amp/military/some-story">AMP</a>{blocks}</body></html>'


PLAN = f"{SITE}/en/military/azerbaijan-and-uzbekistan-sign-military-cooperation-plan"
DRILL = f"{SITE}/en/military/air-defence-units-hold-tactical-drill"
OLDER = f"{SITE}/en/military/azerbaijani-cadets-visit-turkish-war-college-2018/"

FIXTURE = SourceFixture(
    source="report_az",
    pages={"report.az": {
        "/en/rss/": rss_page([(PLAN, "Azerbaijan and Uzbekistan sign military cooperation plan",
                               "2024-03-05T16:07:00+04:00")], channel="Report.az"),
        "/en/military/": html(listing([PLAN, DRILL])),
        "/en/military/?page=2": html(listing([OLDER])),
        "/en/military/?page=3": html(listing([])),
        "/en/military/azerbaijan-and-uzbekistan-sign-military-cooperation-plan": html(article(
            "Azerbaijan and Uzbekistan sign military cooperation plan", "5 March, 2024", "16:07", paragraphs(
                "The defence ministers of Azerbaijan and Uzbekistan signed a plan of bilateral military "
                "cooperation for 2024 in Tashkent, Report informs.",
                "The plan includes joint exercises, exchanges of experience in military medicine and the "
                "training of Uzbek officers at Azerbaijani military schools."),
            published="2024-03-05T16:07:00+04:00")),
        "/en/military/air-defence-units-hold-tactical-drill": html(article(
            "Air defence units hold tactical drill", "4 March, 2024", "11:30", paragraphs(
                "Air defence units of the Azerbaijani army held a tactical drill to repel a simulated air raid.",
                "Crews detected low-flying targets and handed them over to fire units within the set time."))),
        "/en/military/azerbaijani-cadets-visit-turkish-war-college-2018/": html(article(
            "Azerbaijani cadets visit Turkish war college", "9 October, 2018", "14:12", paragraphs(
                "Baku. 9 October. REPORT.AZ/ A group of Azerbaijani cadets visited the war college in Istanbul.",
                "The cadets attended lectures and met students from several partner countries."))),
    }},
    never_fetched=(f"{SITE}/en/amp/military/some-story", f"{SITE}/en/region/other-story"),
    expected=(
        Expected(PLAN, "Azerbaijan and Uzbekistan sign military cooperation plan", "2024-03-05T16:07:00+04:00", "en",
                 "The defence ministers of Azerbaijan and Uzbekistan", "at Azerbaijani military schools.",
                 absent=("Latest News", "Another region story", "Русская версия")),
        Expected(DRILL, "Air defence units hold tactical drill", "2024-03-04T11:30:00+04:00", "en",
                 "Air defence units of the Azerbaijani army", "within the set time.", absent=("Latest News",)),
        Expected(OLDER, "Azerbaijani cadets visit Turkish war college", "2018-10-09T14:12:00+04:00", "en",
                 "Baku. 9 October. REPORT.AZ/", "from several partner countries."),
    ),
)
