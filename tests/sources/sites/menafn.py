"""menafn.com: republished copies of AzerNews and Trend stories. The masthead prints the site clock;
the article date reads "Date 3/5/2024 3:11:44 PM"; the source marker "(MENAFN- AzerNews) ... Read
more" opens the text, which is hard-wrapped at 65 characters; a tracking id and a legal disclaimer
close it."""

import textwrap

from tests.sources.fixture import Expected, SourceFixture, html, rss_page
from tests.sources.stories import NAVAL_COURSE, STAFF_TRAINING, Story

SITE = "https://menafn.com"


def wrapped(paragraphs: list[str]) -> str:
    return "<br><br>".join("<br>".join(textwrap.wrap(p, 65)) for p in paragraphs)


def article(story: Story, printed: str, marker: str, lead: str, number: str) -> str:
    """The marker stands on a line of its own before a byline, else it opens the first paragraph."""
    texts = list(story.paragraphs)
    if lead:
        opening = f"{marker} {lead}<br><br>"
    else:
        opening, texts[0] = "", f"{marker} {texts[0]}"
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{story.title}</title></head><body>'
            f'<div class="masthead"><a href="{SITE}/">MENAFN</a> <span class="clock">Tuesday, 05 March 2024 '
            f'21:17 GMT</span></div><nav><a href="{SITE}/countries/Azerbaijan">Azerbaijan</a></nav>'
            f'<div class="article"><h1>{story.title}</h1><div class="article-date">{printed}</div>'
            f'<div class="article-body">{opening}{wrapped(texts)}<br><br>MENAFN05032024000195011045ID{number}<br><br>'
            'Legal Disclaimer:<br>MENAFN provides the information as it is received, without warranty of any kind, '
            'and accepts no responsibility for its accuracy.</div></div>'
            f'<div class="related"><a href="{SITE}/1108700001/Oil-Prices-Edge-Up">Oil prices edge up</a></div>'
            '</body></html>')


TRAINING = f"{SITE}/1108710837/Azerbaijan-And-Kazakhstan-Agree-On-Joint-Staff-Training"
NAVY = f"{SITE}/1108711002/Azerbaijani-And-Turkish-Naval-Crews-Train-Together-In-The-Caspian"

FIXTURE = SourceFixture(
    source="menafn",
    pages={"menafn.com": {
        "/rss/menafn_Azerbaijan.xml": rss_page([(TRAINING, STAFF_TRAINING.title, "2024-03-05T14:48:19+00:00"),
                                                (NAVY, NAVAL_COURSE.title, "2024-03-05T16:02:10+00:00")],
                                               channel="MENAFN Azerbaijan"),
        "/1108710837/Azerbaijan-And-Kazakhstan-Agree-On-Joint-Staff-Training": html(article(
            STAFF_TRAINING, "Date 3/5/2024 2:48:19 PM", "(MENAFN- AzerNews)", "Leyla Hasanova Read more",
            "1108710837")),
        "/1108711002/Azerbaijani-And-Turkish-Naval-Crews-Train-Together-In-The-Caspian": html(article(
            NAVAL_COURSE, "Date 3/5/2024 4:02:10 PM", "(MENAFN- Trend News Agency)", "", "1108711002")),
    }},
    never_fetched=(f"{SITE}/1108700001/Oil-Prices-Edge-Up",),
    expected=(
        Expected(TRAINING, STAFF_TRAINING.title, "2024-03-05T14:48:19+00:00", "en", STAFF_TRAINING.first,
                 STAFF_TRAINING.last, absent=("MENAFN", "Legal Disclaimer", "Read more", "21:17 GMT"),
                 origin=("AzerNews", "azernews"), republishes="https://www.azernews.az/nation/231726.html"),
        Expected(NAVY, NAVAL_COURSE.title, "2024-03-05T16:02:10+00:00", "en",
                 "(MENAFN- Trend News Agency) " + NAVAL_COURSE.first, NAVAL_COURSE.last,
                 absent=("Legal Disclaimer", "ID1108711002"), origin=("Trend News Agency", "trend_az"),
                 republishes="https://en.trend.az/azerbaijan/politics/3850122.html"),
    ),
)
