"""civil.ge: WordPress (Jannah theme). The /feed RSS and the news category paged by /page/N,
/archives/{id} pages with h1.post-title, the date as the first span of div.post-meta (after the
clock icon), div.entry-content, and a sidebar of other posts with their own dates."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://civil.ge"


def article(title: str, printed: str, body: str, published: str | None = None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    sidebar = ('<aside class="sidebar"><div class="mag-box-container"><ul class="posts-items">'
               f'<li class="post-item"><a href="{SITE}/archives/500001">Older post in the sidebar</a>'
               '<div class="post-meta"><span class="date meta-item">1 January 2024</span></div></li></ul></div></aside>')
    return (f'<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>{title} - Civil.ge</title>{meta}'
            f'</head><body>{sidebar}<div class="main-content"><article class="post">'
            f'<header class="entry-header"><h1 class="post-title entry-title">{title}</h1>'
            f'<div class="post-meta"><span class="date meta-item"><span class="fa fa-clock-o"></span> '
            f'<span>{printed}</span></span><span class="meta-views">1,204</span></div></header>'
            f'<div class="entry-content entry clearfix">{body}</div>'
            f'<div class="post-shortlink">Share this</div></article></div></body></html>')


def category(links: list[str]) -> str:
    items = "".join(f'<li class="post-item"><a class="post-thumb" href="{url}">Post</a></li>' for url in links)
    return (f'<html lang="en-US"><body><ul class="posts-items">{items}</ul>'
            f'<a href="{SITE}/ka/archives/583100">ქართული</a></body></html>')


TALKS = f"{SITE}/archives/583210"
RESERVISTS = f"{SITE}/archives/583177"
NATO = f"{SITE}/archives/583102"

FIXTURE = SourceFixture(
    source="civil_ge",
    pages={"civil.ge": {
        "/feed": rss_page([(TALKS, "Georgian, Azerbaijani Defense Chiefs Hold Talks", "2024-03-05T18:30:00+04:00")],
                          channel="Civil Georgia"),
        "/archives/category/news": html(category([TALKS, RESERVISTS])),
        "/archives/category/news/page/2": html(category([NATO])),
        "/archives/category/news/page/3": html(category([])),
        "/archives/583210": html(article("Georgian, Azerbaijani Defense Chiefs Hold Talks", "5 March 2024", paragraphs(
            "The chiefs of the defence forces of Georgia and Azerbaijan met in Tbilisi on March 5 to review "
            "cooperation between the two armies.",
            "According to the Defense Ministry, the sides discussed joint training of mountain units and the "
            "protection of the pipelines that cross both countries."), published="2024-03-05T18:30:00+04:00")),
        "/archives/583177": html(article("Reservist Training Resumes in Regions", "4 March 2024", paragraphs(
            "Training of reservists has resumed in several regions after the winter break, the Defense "
            "Ministry said.",
            "The courses last three weeks and include shooting practice, first aid and basic tactics."))),
        "/archives/583102": html(article("NATO Liaison Office Marks Anniversary", "1 March 2024", paragraphs(
            "The NATO liaison office in Tbilisi marked its anniversary with a reception for Georgian "
            "officials and diplomats.",
            "Speakers praised the progress of the defence reforms carried out with the help of the alliance."))),
    }},
    never_fetched=(f"{SITE}/archives/500001", f"{SITE}/ka/archives/583100"),
    expected=(
        Expected(TALKS, "Georgian, Azerbaijani Defense Chiefs Hold Talks", "2024-03-05T18:30:00+04:00", "en",
                 "The chiefs of the defence forces", "cross both countries.", absent=("Older post", "Share this")),
        Expected(RESERVISTS, "Reservist Training Resumes in Regions", "2024-03-04", "en",
                 "Training of reservists has resumed", "first aid and basic tactics.", absent=("1,204",)),
        Expected(NATO, "NATO Liaison Office Marks Anniversary", "2024-03-01", "en",
                 "The NATO liaison office in Tbilisi", "with the help of the alliance."),
    ),
)
