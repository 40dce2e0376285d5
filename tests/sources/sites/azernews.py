"""azernews.az: the main RSS and a sitemap, /{section}/{id}.html pages with the article wrapper
(h2, span.me-3 "24 September 2024 18:51 (UTC+04:00)", div.author h6, div.article-content), the
"---" / "Follow us on Twitter" trailer, and a copy of a Trend story under the byline "By Trend"."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page, xml
from tests.sources.stories import MILITARY_EDUCATION, STAFF_TRAINING, Story

SITE = "https://www.azernews.az"
TRAILER = paragraphs("---", "Follow us on Twitter @AzerNewsAz",
                     "Get the main stories of the day in your inbox every morning: sign up for our newsletter. "
                     "Thank you!")


def article(story: Story, printed: str, author: str) -> str:
    latest = "".join(f'<a class="news-item" href="{SITE}/region/2201{n}.html"><h4>Regional headline {n}</h4></a>'
                     for n in range(3))
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{story.title} - AzerNews</title>'
            f'</head><body><header><a href="{SITE}/">AzerNews</a><a href="{SITE}/nation/">Nation</a></header>'
            f'<div class="container"><div class="article-content-wrapper"><h2>{story.title}</h2>'
            f'<div class="d-flex"><span class="me-3">{printed}</span><span class="views">Views: 214</span></div>'
            f'<div class="author"><h6>{author}</h6></div>'
            f'<div class="article-content">{paragraphs(*story.paragraphs)}{TRAILER}</div></div>'
            f'<div class="sidebar"><h3>World</h3>{latest}</div></div></body></html>')


DRONES = Story("Azerbaijani army engineers train on new mine-clearing drones", (
    "Engineer units of the Azerbaijani army have begun training on mine-clearing drones delivered this "
    "winter, the Defence Ministry said.",
    "Operators are learning to map minefields from the air and to mark safe lanes for ground teams, which "
    "then clear them with armoured machines.",
    "The ministry said the new equipment would speed up demining in the liberated territories, where large "
    "areas are still contaminated.",
))

ORIGINAL = f"{SITE}/nation/231726.html"
COPY = f"{SITE}/region/231702.html"
SITEMAP_ONLY = f"{SITE}/nation/231690.html"

FIXTURE = SourceFixture(
    source="azernews",
    pages={"www.azernews.az": {
        "/rss/": rss_page([(ORIGINAL, STAFF_TRAINING.title, "2024-03-05T18:51:00+04:00"),
                           (COPY, MILITARY_EDUCATION.title, "2024-03-04T20:10:00+04:00")], channel="AzerNews"),
        "/sitemap.xml": xml('<?xml version="1.0" encoding="UTF-8"?><urlset '
                            'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                            f'<url><loc>{COPY}</loc><lastmod>2024-03-04</lastmod></url>'
                            f'<url><loc>{SITEMAP_ONLY}</loc><lastmod>2024-03-03</lastmod></url></urlset>'),
        "/nation/231726.html": html(article(STAFF_TRAINING, "5 March 2024 18:51 (UTC+04:00)", "Leyla Hasanova")),
        "/region/231702.html": html(article(MILITARY_EDUCATION, "4 March 2024 20:10 (UTC+04:00)", "By Trend")),
        "/nation/231690.html": html(article(DRONES, "3 March 2024 12:05 (UTC+04:00)", "By Rashad Mammadli")),
    }},
    never_fetched=tuple(f"{SITE}/region/2201{n}.html" for n in range(3)),
    expected=(
        Expected(ORIGINAL, STAFF_TRAINING.title, "2024-03-05T18:51:00+04:00", "en", STAFF_TRAINING.first,
                 STAFF_TRAINING.last, absent=("Follow us on Twitter", "Thank you!", "---", "Leyla Hasanova")),
        Expected(COPY, MILITARY_EDUCATION.title, "2024-03-04T20:10:00+04:00", "en", MILITARY_EDUCATION.first,
                 MILITARY_EDUCATION.last, absent=("Follow us on Twitter",), origin=("Trend", "trend_az"),
                 republishes="https://en.trend.az/azerbaijan/politics/3849990.html"),
        Expected(SITEMAP_ONLY, DRONES.title, "2024-03-03T12:05:00+04:00", "en", DRONES.paragraphs[0],
                 DRONES.paragraphs[-1], absent=("Regional headline",)),
    ),
)
