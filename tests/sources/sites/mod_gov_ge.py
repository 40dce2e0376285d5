"""mod.gov.ge: a news listing paged by ?page=N, /en/news/read/{id}/{slug} pages whose title is
followed by a day-only date line, no feed, and a WAF that refuses non-browser clients."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs

SITE = "https://mod.gov.ge"


def article(title: str, day: str, body: str) -> str:
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Ministry of Defence of Georgia</title>
</head><body><header><a href="{SITE}/en">Ministry of Defence of Georgia</a><nav><a href="{SITE}/en/news">News</a>
<a href="{SITE}/en/page/structure">Structure</a></nav></header>
<section class="news-inner"><h1>{title}</h1><div class="news-date">{day}</div>
<div class="news-text">{body}</div>
<div class="share">Share</div></section>
<footer>All rights reserved</footer></body></html>"""


def listing(links: list[str]) -> str:
    items = "".join(f'<div class="news-item"><a href="{url}">Read more</a></div>' for url in links)
    return f'<html lang="en"><body><div class="news-list">{items}</div></body></html>'


VISIT = f"{SITE}/en/news/read/8123/deputy-minister-visits-training-centre"
DRILL = f"{SITE}/en/news/read/8120/mountain-drill-ends-in-racha"
SEMINAR = f"{SITE}/en/news/read/8101/logistics-seminar-held-in-tbilisi"

FIXTURE = SourceFixture(
    source="mod_gov_ge",
    pages={"mod.gov.ge": {
        "/en/news": html(listing([VISIT, DRILL])),
        "/en/news?page=2": html(listing([SEMINAR])),
        "/en/news?page=3": html(listing([])),
        "/en/news/read/8123/deputy-minister-visits-training-centre": html(article(
            "Deputy Minister visits training centre", "8 November 2018", paragraphs(
                "The Deputy Minister of Defence visited the combat training centre and watched platoon "
                "exercises in urban terrain.",
                "He spoke with instructors about the new course for non-commissioned officers, which opens "
                "in the spring."))),
        "/en/news/read/8120/mountain-drill-ends-in-racha": html(article(
            "Mountain drill ends in Racha", "6 November 2018", paragraphs(
                "A week-long mountain drill of a light infantry battalion ended in the Racha region.",
                "Soldiers practised moving supplies over passes and evacuating casualties from high ground."))),
        "/en/news/read/8101/logistics-seminar-held-in-tbilisi": html(article(
            "Logistics seminar held in Tbilisi", "28 October 2018", paragraphs(
                "Officers of the logistics command held a seminar on stock control in Tbilisi.",
                "Partner advisers shared the methods their armies use to track spare parts."))),
    }},
    guards={"mod.gov.ge": {"User-Agent": r"^Mozilla/5\.0"}},
    expected=(
        Expected(VISIT, "Deputy Minister visits training centre", "2018-11-08", "en",
                 "The Deputy Minister of Defence visited", "which opens in the spring.", absent=("8 November 2018",)),
        Expected(DRILL, "Mountain drill ends in Racha", "2018-11-06", "en",
                 "A week-long mountain drill", "evacuating casualties from high ground."),
        Expected(SEMINAR, "Logistics seminar held in Tbilisi", "2018-10-28", "en",
                 "Officers of the logistics command", "to track spare parts."),
    ),
)
