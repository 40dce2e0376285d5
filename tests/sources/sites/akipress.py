"""AKIpress: the /rss/ feed of /news:{id}:{Title_With_Underscores}/ URLs (the colons must survive
canonicalisation), the story in div.news_in; one page names no date (the feed's is used), one
has a metadata date without an offset (read in Bishkek time)."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://akipress.com"


def article(title: str, body: str, published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - AKIpress</title>{meta}'
            f'</head><body><div id="top"><a href="{SITE}/">AKIpress</a></div>'
            f'<div class="content"><h1>{title}</h1><div class="news_in">{body}</div></div>'
            f'<div id="last_news"><a href="{SITE}/news:754000:Exchange_rates/">Exchange rates</a></div></body></html>')


BORDER = f"{SITE}/news:754321:Kyrgyz_and_Tajik_defense_officials_meet_on_border_security/"
CSTO = f"{SITE}/news:754290:Kyrgyzstan_to_send_officers_to_CSTO_course/"

FIXTURE = SourceFixture(
    source="akipress",
    pages={"akipress.com": {
        "/rss/": rss_page([(BORDER, "Kyrgyz and Tajik defense officials meet on border security",
                            "2024-03-05T14:22:00+06:00"),
                           (CSTO, "Kyrgyzstan to send officers to CSTO course", "2024-03-04T09:10:00+06:00")],
                          channel="AKIpress"),
        "/news:754321:Kyrgyz_and_Tajik_defense_officials_meet_on_border_security/": html(article(
            "Kyrgyz and Tajik defense officials meet on border security", paragraphs(
                "Defense officials of Kyrgyzstan and Tajikistan met in Batken to discuss security on the "
                "common border, the Kyrgyz Defense Ministry said.",
                "The sides agreed to keep a hotline between the commanders of border units."))),
        "/news:754290:Kyrgyzstan_to_send_officers_to_CSTO_course/": html(article(
            "Kyrgyzstan to send officers to CSTO course", paragraphs(
                "Kyrgyzstan will send a group of officers to a staff course of the CSTO collective forces, "
                "the ministry said on Monday.",
                "The course will be held in Moscow in April."), published="2024-03-04T09:10:00")),
    }},
    never_fetched=(f"{SITE}/news:754000:Exchange_rates/",),
    expected=(
        Expected(BORDER, "Kyrgyz and Tajik defense officials meet on border security", "2024-03-05T14:22:00+06:00",
                 "en", "Defense officials of Kyrgyzstan and Tajikistan", "commanders of border units.",
                 absent=("Exchange rates",)),
        Expected(CSTO, "Kyrgyzstan to send officers to CSTO course", "2024-03-04T09:10:00+06:00", "en",
                 "Kyrgyzstan will send a group of officers", "held in Moscow in April."),
    ),
)
