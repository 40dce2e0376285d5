"""armenpress.am: behind a Cloudflare-style check that answers 403 without a browser-like
User-Agent; the /en/rss/articles feed with categories, /en/article/{id} pages opening with the
"YEREVAN, MARCH 5, ARMENPRESS." lead and closing with the translator's credit."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://armenpress.am"


def article(title: str, published: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"><meta property="article:published_time" content="{published}">'
            f'</head><body><header><a href="{SITE}/en">Armenpress</a><a href="{SITE}/en/articles/politics">Politics'
            f'</a></header><main><article><h1>{title}</h1><div class="article-body">{body}</div></article>'
            f'<section class="related"><h3>Related</h3><a href="{SITE}/en/article/1253000">Related story</a>'
            f'</section></main><footer>Armenpress news agency</footer></body></html>')


VISIT = f"{SITE}/en/article/1253144"
ACADEMY = f"{SITE}/en/article/1253101"

FIXTURE = SourceFixture(
    source="armenpress",
    pages={"armenpress.am": {
        "/en/rss/articles": rss_page([(VISIT, "Defense Minister receives Greek military delegation",
                                       "2024-03-05T12:25:00+04:00"),
                                      (ACADEMY, "Military academy opens language laboratory",
                                       "2024-03-04T17:00:00+04:00")], channel="Armenpress"),
        "/en/article/1253144": html(article("Defense Minister receives Greek military delegation",
                                            "2024-03-05T12:25:00+04:00", paragraphs(
            "YEREVAN, MARCH 5, ARMENPRESS. The Minister of Defense of Armenia received a delegation of the "
            "Hellenic armed forces led by the deputy chief of the general staff.",
            "The interlocutors discussed the implementation of the bilateral cooperation programme and "
            "the training of Armenian officers at Greek military schools.",
            "The sides also exchanged views on regional security and on peacekeeping missions in which "
            "both countries take part.",
            "Edited and translated by Anna Petrosyan"))),
        "/en/article/1253101": html(article("Military academy opens language laboratory", "2024-03-04T17:00:00+04:00",
                                            paragraphs(
            "YEREVAN, MARCH 4, ARMENPRESS. A language laboratory for cadets has opened at the military academy "
            "named after Vazgen Sargsyan.",
            "The laboratory will be used for courses in English, French and Greek, the academy said, adding "
            "that foreign instructors would take part in the classes.",
            "Edited and translated by Aram Sargsyan"))),
    }},
    guards={"armenpress.am": {"User-Agent": r"^Mozilla/5\.0"}},
    never_fetched=(f"{SITE}/en/article/1253000",),
    expected=(
        Expected(VISIT, "Defense Minister receives Greek military delegation", "2024-03-05T12:25:00+04:00", "en",
                 "YEREVAN, MARCH 5, ARMENPRESS. The Minister of Defense", "in which both countries take part.",
                 absent=("Edited and translated by", "Related story")),
        Expected(ACADEMY, "Military academy opens language laboratory", "2024-03-04T17:00:00+04:00", "en",
                 "YEREVAN, MARCH 4, ARMENPRESS. A language laboratory", "would take part in the classes.",
                 absent=("Edited and translated by",)),
    ),
)
