"""BelTA (English): the /rss feed and the politics category paged by /page/N/, /{cat}/view/
{slug}-{id}-{year}/ pages with the story in .js-mediator-article, the year-less dateline
"5 March, Minsk /Corr. BelTA/.", and a tags block after the story."""

import json

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://eng.belta.by"


def article(title: str, body: str, published: str | None) -> str:
    ld = ('<script type="application/ld+json">' + json.dumps({"@type": "NewsArticle", "datePublished": published})
          + "</script>") if published else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{ld}</head><body>'
            f'<header><a href="{SITE}/">BelTA</a><a href="{SITE}/politics/">Politics</a></header>'
            f'<div class="content"><h1>{title}</h1><div class="js-mediator-article">{body}</div>'
            f'<div class="news_tags_block"><a href="{SITE}/tags/army" title="army">army</a></div></div>'
            f'<div class="news_item"><a href="{SITE}/society/view/spring-fair-opens-163001-2024/" title="Spring fair">'
            f'Spring fair</a></div></body></html>')


def category(links: list[tuple[str, str]]) -> str:
    items = "".join(f'<div class="news_item"><a href="{url}" title="{title}">{title}</a></div>' for url, title in links)
    return f'<html lang="en"><body><div class="news_list">{items}</div></body></html>'


SECURITY = f"{SITE}/politics/view/security-council-discusses-territorial-defence-163210-2024/"
CSTO = f"{SITE}/politics/view/belarus-to-host-csto-staff-exercise-163188-2024/"
RESERVE = f"{SITE}/politics/view/reservist-call-up-announced-163120-2024/"

FIXTURE = SourceFixture(
    source="belta",
    pages={"eng.belta.by": {
        "/rss": rss_page([(SECURITY, "Security Council discusses territorial defence", "2024-03-05T12:40:00+03:00"),
                          (CSTO, "Belarus to host CSTO staff exercise", "2024-03-04T16:05:00+03:00")], channel="BelTA"),
        "/politics/": html(category([(SECURITY, "Security Council discusses territorial defence"),
                                     (CSTO, "Belarus to host CSTO staff exercise")])),
        "/politics/page/2/": html(category([(RESERVE, "Reservist call-up announced")])),
        "/politics/page/3/": html(category([])),
        "/politics/view/security-council-discusses-territorial-defence-163210-2024/": html(article(
            "Security Council discusses territorial defence", paragraphs(
                "5 March, Minsk /Corr. BelTA/. The Security Council of Belarus discussed the development of "
                "territorial defence at a session on Tuesday.",
                "Participants reviewed the results of recent training of territorial defence units and the "
                "supply of equipment to the regions."), "2024-03-05T12:40:00+03:00")),
        "/politics/view/belarus-to-host-csto-staff-exercise-163188-2024/": html(article(
            "Belarus to host CSTO staff exercise", paragraphs(
                "4 March, Minsk /Corr. BelTA/. Belarus will host a staff exercise of the CSTO collective forces "
                "in the autumn, the defence ministry said.",
                "The exercise will focus on the planning of a joint operation to restore stability."), None)),
        "/politics/view/reservist-call-up-announced-163120-2024/": html(article(
            "Reservist call-up announced", paragraphs(
                "1 March, Minsk /Corr. BelTA/. Reservists will be called up for training in several districts "
                "this spring.",
                "The training will last up to thirty days."), "2024-03-01T09:20:00+03:00")),
    }},
    never_fetched=(f"{SITE}/society/view/spring-fair-opens-163001-2024/",),
    expected=(
        Expected(SECURITY, "Security Council discusses territorial defence", "2024-03-05T12:40:00+03:00", "en",
                 "5 March, Minsk /Corr. BelTA/. The Security Council", "supply of equipment to the regions.",
                 absent=("army", "Spring fair")),
        Expected(CSTO, "Belarus to host CSTO staff exercise", "2024-03-04T16:05:00+03:00", "en",
                 "4 March, Minsk /Corr. BelTA/. Belarus will host", "operation to restore stability."),
        Expected(RESERVE, "Reservist call-up announced", "2024-03-01T09:20:00+03:00", "en",
                 "1 March, Minsk /Corr. BelTA/. Reservists", "up to thirty days."),
    ),
)
