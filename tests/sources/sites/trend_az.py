"""en.trend.az: the /rss feed, /{section}/{subsection}/{id}.html pages with the date in meta
datePublished and in span.date-time ("Politics Materials 4 March 2024 16:42 (UTC +04:00)"), a
news list of other stories (dated the same way) beside the story, Telegram prompts and tags."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page
from tests.sources.stories import MILITARY_EDUCATION, NAVAL_COURSE, Story

SITE = "https://en.trend.az"


def article(story: Story, printed: str, meta_date: str | None) -> str:
    meta = f'<meta itemprop="datePublished" content="{meta_date}">' if meta_date else ""
    others = ('<ul class="news-list with-images">'
              f'<li><a href="{SITE}/business/energy/3849001.html"><h4>Gas output rises</h4>'
              '<span class="date-time">1 March 2024 10:31 (UTC +04:00)</span></a></li></ul>')
    extras = paragraphs("Follow Trend on Telegram for the latest updates", "Stay with us on Facebook too")
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{story.title} | Trend</title>{meta}'
            f'</head><body><div class="left-part"><h3>Latest</h3>{others}</div><div class="right-part">'
            f'<h1>{story.title}</h1><div class="top-info"><span class="date-time">{printed}</span></div>'
            f'<div class="article-content article-paddings">{paragraphs(*story.paragraphs)}{extras}'
            f'<p>Tags:</p><p><a href="{SITE}/tags/1">Azerbaijan</a></p><p>Latest</p>'
            f'<p><a href="{SITE}/business/energy/3849001.html">Gas output rises</a></p></div></div></body></html>')


PEACEKEEPERS = Story("Kyrgyz peacekeepers complete predeployment course", (
    "BAKU, Azerbaijan, March 5. A Kyrgyz peacekeeping company has completed its predeployment course at a "
    "training centre near Bishkek, Trend reports citing the country's defence ministry.",
    "The course covered patrolling, checkpoint duty and first aid, and ended with a two-day field exercise "
    "observed by foreign military attachés.",
))

EDUCATION = f"{SITE}/azerbaijan/politics/3849990.html"
NAVY = f"{SITE}/azerbaijan/politics/3850122.html"
KYRGYZ = f"{SITE}/casia/kyrgyzstan/3850050.html"

FIXTURE = SourceFixture(
    source="trend_az",
    pages={"en.trend.az": {
        "/rss": rss_page([(NAVY, NAVAL_COURSE.title, "2024-03-05T13:20:00+04:00"),
                          (KYRGYZ, PEACEKEEPERS.title, "2024-03-05T11:15:00+04:00"),
                          (EDUCATION, MILITARY_EDUCATION.title, "2024-03-04T16:42:00+04:00")], channel="Trend"),
        "/azerbaijan/politics/3849990.html": html(article(
            MILITARY_EDUCATION, "Politics Materials 4 March 2024 16:42 (UTC +04:00)", "2024-03-04T16:42:00+04:00")),
        "/azerbaijan/politics/3850122.html": html(article(
            NAVAL_COURSE, "Politics Materials 5 March 2024 13:20 (UTC +04:00)", "2024-03-05T13:20:00+04:00")),
        "/casia/kyrgyzstan/3850050.html": html(article(
            PEACEKEEPERS, "Kyrgyzstan Materials 5 March 2024 11:15 (UTC +04:00)", None)),
    }},
    never_fetched=(f"{SITE}/business/energy/3849001.html",),
    expected=(
        Expected(EDUCATION, MILITARY_EDUCATION.title, "2024-03-04T16:42:00+04:00", "en", MILITARY_EDUCATION.first,
                 MILITARY_EDUCATION.last, absent=("Telegram", "Facebook", "Tags:", "Gas output rises")),
        Expected(NAVY, NAVAL_COURSE.title, "2024-03-05T13:20:00+04:00", "en", NAVAL_COURSE.first, NAVAL_COURSE.last,
                 absent=("Telegram", "Tags:")),
        Expected(KYRGYZ, PEACEKEEPERS.title, "2024-03-05T11:15:00+04:00", "en", PEACEKEEPERS.first,
                 PEACEKEEPERS.last, absent=("Latest", "Gas output rises")),
    ),
)
