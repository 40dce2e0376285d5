"""Daily Sabah: the /rss/homepage.xml feed (with sections the source does not follow),
/politics/{subsection}/{slug} pages with h1.main_page_title and div.article_body."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://www.dailysabah.com"


def article(title: str, published: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} | Daily Sabah</title>'
            f'<meta property="article:published_time" content="{published}"></head><body>'
            f'<header><a href="{SITE}/">Daily Sabah</a><a href="{SITE}/politics">Politics</a></header>'
            f'<div class="main_block"><h1 class="main_page_title">{title}</h1>'
            f'<div class="article_top_image_widget"><img src="/i/photo.jpg" alt="">'
            f'<span class="caption">Soldiers at a ceremony, March 5, 2024. (AA Photo)</span></div>'
            f'<div class="article_body">{body}</div>'
            f'<div class="related_news"><a href="{SITE}/politics/diplomacy/other-news">Other news</a></div></div>'
            f'</body></html>')


DIPLOMACY = f"{SITE}/politics/diplomacy/turkiye-and-georgia-sign-defense-training-agreement"
TERROR = f"{SITE}/politics/war-on-terror/turkish-army-neutralizes-terrorists-in-northern-iraq"

FIXTURE = SourceFixture(
    source="dailysabah",
    pages={"www.dailysabah.com": {
        "/rss/homepage.xml": rss_page([
            (DIPLOMACY, "Türkiye and Georgia sign defense training agreement", "2024-03-05T11:45:00+03:00"),
            (TERROR, "Turkish army neutralizes terrorists in northern Iraq", "2024-03-04T09:20:00+03:00"),
            (f"{SITE}/sports/football/league-leaders-win-again", "League leaders win again", "2024-03-04T22:00:00+03:00"),
        ], channel="Daily Sabah"),
        "/politics/diplomacy/turkiye-and-georgia-sign-defense-training-agreement": html(article(
            "Türkiye and Georgia sign defense training agreement", "2024-03-05T11:45:00+03:00", paragraphs(
                "Türkiye and Georgia signed an agreement on military training cooperation during a visit of the "
                "Georgian defense minister to Ankara.",
                "Under the agreement, Georgian officers will attend courses at Turkish military academies and "
                "the two armies will hold joint exercises every year."))),
        "/politics/war-on-terror/turkish-army-neutralizes-terrorists-in-northern-iraq": html(article(
            "Turkish army neutralizes terrorists in northern Iraq", "2024-03-04T09:20:00+03:00", paragraphs(
                "The Turkish army neutralized several terrorists in northern Iraq, the National Defense Ministry "
                "said on Monday.",
                "The ministry said the operation was carried out with drones and artillery."))),
    }},
    never_fetched=(f"{SITE}/sports/football/league-leaders-win-again", f"{SITE}/politics/diplomacy/other-news"),
    expected=(
        Expected(DIPLOMACY, "Türkiye and Georgia sign defense training agreement", "2024-03-05T11:45:00+03:00", "en",
                 "Türkiye and Georgia signed an agreement", "joint exercises every year.",
                 absent=("AA Photo", "Other news")),
        Expected(TERROR, "Turkish army neutralizes terrorists in northern Iraq", "2024-03-04T09:20:00+03:00", "en",
                 "The Turkish army neutralized", "with drones and artillery."),
    ),
)
