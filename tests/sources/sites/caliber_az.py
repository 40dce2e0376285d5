"""caliber.az (English): no working feed, so the English front page is the listing (?page=N);
/en/post/{slug} pages extracted without selectors, dated by article:published_time."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs

SITE = "https://caliber.az"


def article(title: str, published: str | None, body: str, time_only: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    stamp = f'<time datetime="{time_only}">{time_only}</time>' if time_only else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Caliber.Az</title>{meta}'
            f'<meta property="og:title" content="{title}"></head><body>'
            f'<header><a href="{SITE}/en/">Caliber</a><nav><a href="{SITE}/en/category/politics">Politics</a>'
            f'<a href="{SITE}/en/category/analytics">Analytics</a></nav></header>'
            f'<main><article class="post"><h1>{title}</h1>{stamp}<div class="post-body">{body}</div></article>'
            f'<aside class="sidebar"><h3>Most read</h3><ul><li><a href="{SITE}/en/post/most-read-story">Most read story'
            f'</a> <time datetime="2023-12-01T08:00:00+04:00">1 December 2023</time></li></ul></aside></main>'
            f'<footer>© Caliber.Az. All rights reserved.</footer></body></html>')


def front(links: list[str]) -> str:
    cards = "".join(f'<div class="news-card"><a href="{url}">Read</a></div>' for url in links)
    return (f'<!DOCTYPE html><html lang="en"><head><title>Caliber.Az</title></head><body>'
            f'<a href="{SITE}/en/category/politics">Politics</a>{cards}</body></html>')


SECURITY = f"{SITE}/en/post/south-caucasus-security-forum-opens-in-baku"
ANALYSIS = f"{SITE}/en/post/why-caspian-navies-are-investing-in-small-patrol-boats"
INTERVIEW = f"{SITE}/en/post/retired-general-on-the-future-of-military-education"

FIXTURE = SourceFixture(
    source="caliber_az",
    pages={"caliber.az": {
        "/en/": html(front([SECURITY, ANALYSIS])),
        "/en/?page=2": html(front([INTERVIEW])),
        "/en/?page=3": html(front([])),
        "/en/post/south-caucasus-security-forum-opens-in-baku": html(article(
            "South Caucasus security forum opens in Baku", "2024-03-05T10:30:00+04:00", paragraphs(
                "A two-day forum on security in the South Caucasus opened in Baku on Tuesday, bringing together "
                "defence officials, diplomats and researchers from more than twenty countries.",
                "Speakers at the opening session discussed the prospects of a peace treaty between Azerbaijan "
                "and Armenia and the role of new transport routes across the region.",
                "The organisers said the panels on the second day would focus on border security, demining and "
                "the protection of critical infrastructure.",
                "The forum will close with the adoption of a set of recommendations for the governments of the "
                "region."))),
        "/en/post/why-caspian-navies-are-investing-in-small-patrol-boats": html(article(
            "Why Caspian navies are investing in small patrol boats", "2024-03-04T18:00:00+04:00", paragraphs(
                "Navies around the Caspian Sea have been buying small, fast patrol boats rather than large "
                "warships, a trend that reflects the particular conditions of a closed sea.",
                "Distances are short, the threats are mostly smuggling and attacks on offshore platforms, and "
                "the shallow northern waters rule out deep-draught vessels altogether.",
                "Analysts note that such boats are also cheaper to crew and maintain, which matters for fleets "
                "with limited budgets and few trained sailors.",
                "The question now is whether shipyards in the region can build them fast enough to meet demand."))),
        "/en/post/retired-general-on-the-future-of-military-education": html(article(
            "Retired general on the future of military education", None, paragraphs(
                "In an interview with our correspondent, a retired general who once headed a military academy "
                "spoke about how officer education must change.",
                "He argued that cadets should spend more time on exercises with simulators and less on lectures, "
                "and that foreign exchanges should become a normal part of every course.",
                "According to him, the experience of recent wars shows that junior officers must be ready to take "
                "decisions on their own, without waiting for orders.",
                "He also called for closer ties between military schools and civilian universities."),
            time_only="2024-03-01T12:00:00+04:00")),
    }},
    never_fetched=(f"{SITE}/en/post/most-read-story",),
    expected=(
        Expected(SECURITY, "South Caucasus security forum opens in Baku", "2024-03-05T10:30:00+04:00", "en",
                 "A two-day forum on security", "for the governments of the region.",
                 absent=("Most read", "All rights reserved")),
        Expected(ANALYSIS, "Why Caspian navies are investing in small patrol boats", "2024-03-04T18:00:00+04:00",
                 "en", "Navies around the Caspian Sea", "fast enough to meet demand.", absent=("Most read",)),
        Expected(INTERVIEW, "Retired general on the future of military education", "2024-03-01T12:00:00+04:00",
                 "en", "In an interview with our correspondent", "military schools and civilian universities."),
    ),
)
