"""Kun.uz (English): the /en/news/rss feed of /en/news/YYYY/MM/DD/{slug} URLs, pages with h1, the
story in div.single-content and the site's reuse notice after it; one page has no date but its URL."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://kun.uz"
NOTICE = paragraphs("KUN.UZ saytida eʼlon qilingan materiallardan foydalanishda havola ko‘rsatilishi shart.")


def article(title: str, body: str, published: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{meta}</head><body>'
            f'<header><a href="{SITE}/en">Kun.uz</a><a href="{SITE}/en/news/category/politics">Politics</a></header>'
            f'<div class="single-layout"><h1>{title}</h1><div class="single-content">{body}{NOTICE}</div></div>'
            f'<div class="point-view__footer"><button>Load more</button></div></body></html>')


MINISTERS = f"{SITE}/en/news/2024/03/05/uzbek-and-kazakh-defense-ministers-hold-talks-in-tashkent"
ACADEMY = f"{SITE}/en/news/2024/03/04/new-military-lyceum-opens-in-samarkand"

FIXTURE = SourceFixture(
    source="kun_uz",
    pages={"kun.uz": {
        "/en/news/rss": rss_page([(MINISTERS, "Uzbek and Kazakh defense ministers hold talks in Tashkent",
                                   "2024-03-05T16:30:00+05:00"),
                                  (ACADEMY, "New military lyceum opens in Samarkand", "2024-03-04T11:00:00+05:00")],
                                 channel="Kun.uz"),
        "/en/news/2024/03/05/uzbek-and-kazakh-defense-ministers-hold-talks-in-tashkent": html(article(
            "Uzbek and Kazakh defense ministers hold talks in Tashkent", paragraphs(
                "The defense ministers of Uzbekistan and Kazakhstan held talks in Tashkent on military "
                "cooperation and regional security.",
                "They agreed to expand exchanges between military schools and to hold a joint exercise in the "
                "autumn."), "2024-03-05T16:30:00+05:00")),
        "/en/news/2024/03/04/new-military-lyceum-opens-in-samarkand": html(article(
            "New military lyceum opens in Samarkand", paragraphs(
                "A new military academic lyceum has opened in Samarkand and admitted its first two hundred pupils.",
                "Graduates of the lyceum will be able to enter the country's higher military schools."), None)),
    }},
    expected=(
        Expected(MINISTERS, "Uzbek and Kazakh defense ministers hold talks in Tashkent", "2024-03-05T16:30:00+05:00",
                 "en", "The defense ministers of Uzbekistan and Kazakhstan", "joint exercise in the autumn.",
                 absent=("KUN.UZ saytida", "Load more")),
        Expected(ACADEMY, "New military lyceum opens in Samarkand", "2024-03-04", "en",
                 "A new military academic lyceum", "higher military schools.", absent=("KUN.UZ saytida",)),
    ),
)
