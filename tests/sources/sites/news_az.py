"""news.az: no feed, the front page as a listing (?page=N), /news/{slug} pages whose text opens with
the font-size widget "+ ↺ − 16 px" and closes with "News.Az"."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs

SITE = "https://news.az"


def article(title: str, published: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | News.Az</title>'
            f'<meta property="article:published_time" content="{published}"></head><body>'
            f'<header><a href="{SITE}/">News.Az</a><nav><a href="{SITE}/region">Region</a></nav></header>'
            f'<main><div class="article"><div class="font-widget"><p>+ ↺ − 16 px</p></div><h1>{title}</h1>'
            f'<div class="article-body">{body}<p>News.Az</p></div></div>'
            f'<aside class="sidebar"><h3>Latest</h3><a href="{SITE}/news/latest-weather-story">Weather</a></aside>'
            f'</main></body></html>')


def front(links: list[str]) -> str:
    return ('<html lang="en"><body><div class="latest">'
            + "".join(f'<a href="{url}">Story</a>' for url in links) + "</div></body></html>")


PLAN = f"{SITE}/news/azerbaijan-kazakhstan-ink-2024-military-cooperation-plan"
UNIVERSITY = f"{SITE}/news/war-college-opens-new-simulation-centre"
HELICOPTERS = f"{SITE}/news/army-aviation-pilots-train-in-mountains"

FIXTURE = SourceFixture(
    source="news_az",
    pages={"news.az": {
        "/": html(front([PLAN, UNIVERSITY])),
        "/?page=2": html(front([HELICOPTERS])),
        "/?page=3": html(front([])),
        "/news/azerbaijan-kazakhstan-ink-2024-military-cooperation-plan": html(article(
            "Azerbaijan, Kazakhstan ink 2024 military cooperation plan", "2024-03-05T19:05:00+04:00", paragraphs(
                "Azerbaijan and Kazakhstan have signed a plan of military cooperation for 2024, the Azerbaijani "
                "Defence Ministry said on Tuesday.",
                "The document was signed in Astana by deputy defence ministers following a meeting of the joint "
                "working group on defence cooperation.",
                "The plan provides for more than forty events, including staff talks, visits of experts and "
                "the participation of observers in exercises held by each side.",
                "The parties also discussed cooperation in military education and in the field of military "
                "medicine."))),
        "/news/war-college-opens-new-simulation-centre": html(article(
            "War college opens new simulation centre", "2024-03-04T12:30:00+04:00", paragraphs(
                "The war college of the Azerbaijani armed forces has opened a new simulation centre for the "
                "training of staff officers, its press service said.",
                "The centre allows whole brigade staffs to plan and conduct operations on digital maps against "
                "an opponent played by instructors.",
                "According to the college, the first course in the centre will be attended by officers of "
                "several partner countries."))),
        "/news/army-aviation-pilots-train-in-mountains": html(article(
            "Army aviation pilots train in mountains", "2024-03-01T15:45:00+04:00", paragraphs(
                "Army aviation crews have completed a series of training flights over mountainous terrain in "
                "the west of the country.",
                "The pilots practised landing on unprepared sites, flying at low altitude and delivering cargo "
                "to units deployed at high elevations.",
                "All tasks were completed in difficult weather conditions, the ministry said."))),
    }},
    never_fetched=(f"{SITE}/news/latest-weather-story",),
    expected=(
        Expected(PLAN, "Azerbaijan, Kazakhstan ink 2024 military cooperation plan", "2024-03-05T19:05:00+04:00", "en",
                 "Azerbaijan and Kazakhstan have signed a plan", "in the field of military medicine.",
                 absent=("16 px", "↺", "News.Az")),
        Expected(UNIVERSITY, "War college opens new simulation centre", "2024-03-04T12:30:00+04:00", "en",
                 "The war college of the Azerbaijani armed forces", "several partner countries.", absent=("↺",)),
        Expected(HELICOPTERS, "Army aviation pilots train in mountains", "2024-03-01T15:45:00+04:00", "en",
                 "Army aviation crews", "difficult weather conditions, the ministry said.", absent=("News.Az",)),
    ),
)
