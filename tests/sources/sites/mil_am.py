"""mil.am: no feed, a news listing (section.news-section div.news-list-artical, h3 > a, dates in
div.news-action > p) paged by ?page=N, article pages whose <title> is the headline and whose
story sits in div.text-box."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs

SITE = "https://www.mil.am"


def listing(items: list[tuple[int, str, str]]) -> str:
    cards = "".join(f'<div class="news-list-artical"><h3><a href="{SITE}/en/news/{n}">{title}</a></h3>'
                    f'<div class="news-action"><p>{day}</p></div></div>' for n, title, day in items)
    return (f'<html lang="en"><head><title>News</title></head><body><a href="{SITE}/en/maintags/4">Exercises</a>'
            f'<section class="news-section">{cards}</section></body></html>')


def article(title: str, printed: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="{SITE}/en">Ministry of Defence of the Republic of Armenia</a>'
            f'<a href="{SITE}/index.php/en/structures/2">Structure</a></header>'
            f'<div class="breadcrumb"><a href="{SITE}/en/news">News</a></div>'
            f'<div class="badge-top green">Official</div><h5>{title}</h5>'
            f'<div class="news-action"><p>{printed}</p></div>'
            f'<div class="text-box">{body}</div>'
            f'<div class="main-tag"><a href="{SITE}/en/maintags/4">Exercises</a></div></body></html>')


FIXTURE = SourceFixture(
    source="mil_am",
    pages={"www.mil.am": {
        "/en/news": html(listing([(10866, "Minister receives French delegation", "05.03.2024"),
                                  (10861, "Artillery units hold live firing", "04.03.2024")])),
        "/en/news?page=2": html(listing([(10850, "Military doctors share field experience", "29.02.2024")])),
        "/en/news?page=3": html(listing([])),
        "/en/news/10866": html(article("Minister receives French delegation", "05.03.2024 11:40", paragraphs(
            "The Minister of Defence received a delegation of the French armed forces led by the deputy "
            "chief of staff.",
            "The two sides went over the plan of bilateral events and training courses for officers."))),
        "/en/news/10861": html(article("Artillery units hold live firing", "04.03.2024 15:10", paragraphs(
            "Artillery units of the army corps held a live-firing exercise at a range in Ararat province.",
            "Crews engaged targets at long distances and changed positions under simulated fire."))),
        "/en/news/10850": html(article("Military doctors share field experience", "29.02.2024 10:00", paragraphs(
            "Military doctors from several garrisons met at the central clinical hospital to share field experience.",
            "Surgeons described care under fire and the transport of wounded soldiers."))),
    }},
    expected=(
        Expected(f"{SITE}/en/news/10866", "Minister receives French delegation", "2024-03-05T11:40:00+04:00", "en",
                 "The Minister of Defence received a delegation", "training courses for officers.",
                 absent=("Exercises", "Official")),
        Expected(f"{SITE}/en/news/10861", "Artillery units hold live firing", "2024-03-04T15:10:00+04:00", "en",
                 "Artillery units of the army corps", "under simulated fire."),
        Expected(f"{SITE}/en/news/10850", "Military doctors share field experience", "2024-02-29T10:00:00+04:00",
                 "en", "Military doctors from several garrisons", "transport of wounded soldiers."),
    ),
)
