"""turan.az (English): the /en/rss.xml feed and a section listing paged by ?page=N, stories opening
with the dateline "Baku/05.03.24/Turan:" and closing with an end marker ("-0-", "-16D06--"), a
paywall notice, and the page tail ("Leave a review", "Follow us on social networks")."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://turan.az"
TAIL = ('<div class="review">Leave a review</div><div class="section-name">Politics</div>'
        '<div class="social">Follow us on social networks</div><div class="in-focus">In Focus</div>')


def article(title: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title} - Turan</title></head><body>'
            f'<header><a href="{SITE}/en">Turan Information Agency</a><a href="{SITE}/en/politics">Politics</a>'
            f'</header><main><article><h1>{title}</h1><div class="article-text">{body}{TAIL}</div></article></main>'
            f'</body></html>')


def listing(links: list[tuple[str, str]]) -> str:
    rows = "".join(f'<div class="news-row"><a href="{url}">Story</a><span>{when}</span></div>' for url, when in links)
    return f'<html lang="en"><body><div class="news-list">{rows}</div></body></html>'


MINISTER = f"{SITE}/en/politics/defense-minister-leaves-for-ankara-2181624"
BUDGET = f"{SITE}/en/politics/parliament-debates-defence-spending-2181590"
VETERANS = f"{SITE}/en/social/veterans-association-holds-congress-2181555"

FIXTURE = SourceFixture(
    source="turan_az",
    pages={"turan.az": {
        "/en/rss.xml": rss_page([(MINISTER, "Defense minister leaves for Ankara", "2024-03-05T09:40:00+04:00")],
                                channel="Turan"),
        "/en/politics": html(listing([(MINISTER, "5 March 2024 09:40"), (BUDGET, "4 March 2024 16:34")])),
        "/en/politics?page=2": html(listing([(VETERANS, "2 March 2024 11:02")])),
        "/en/politics?page=3": html(listing([])),
        "/en/politics/defense-minister-leaves-for-ankara-2181624": html(article(
            "Defense minister leaves for Ankara", paragraphs(
                "Baku/05.03.24/Turan: The Minister of Defence of Azerbaijan left for Ankara on an official visit "
                "at the invitation of his Turkish counterpart, the ministry said on Tuesday.",
                "During the visit, the minister is expected to hold talks on defence industry projects and to "
                "visit a number of military schools and training centres in the Turkish capital.",
                "Sources in the ministry said the two sides might also discuss the schedule of joint exercises "
                "planned for the summer.",
                "-0-"))),
        "/en/politics/parliament-debates-defence-spending-2181590": html(article(
            "Parliament debates defence spending", paragraphs(
                "Baku/04.03.24/Turan: Members of parliament on Monday debated the share of defence spending in "
                "next year's budget, with several deputies calling for more money for housing of servicemen.",
                "Please login or subscribe to read more",
                "-16D06--"))),
        "/en/social/veterans-association-holds-congress-2181555": html(article(
            "Veterans association holds congress", paragraphs(
                "Baku/02.03.24/Turan: The association of war veterans held its congress in Baku and elected a new "
                "board, which promised to press for better medical care for former soldiers.",
                "Delegates also asked the government to speed up the payment of compensation to the families of "
                "those killed in action and to open rehabilitation centres in the regions.",
                "--0--"))),
    }},
    expected=(
        Expected(MINISTER, "Defense minister leaves for Ankara", "2024-03-05", "en",
                 "Baku/05.03.24/Turan: The Minister of Defence", "exercises planned for the summer.",
                 absent=("-0-", "Leave a review", "Follow us on social networks", "In Focus")),
        Expected(BUDGET, "Parliament debates defence spending", "2024-03-04", "en",
                 "Baku/04.03.24/Turan: Members of parliament", "for more money for housing of servicemen.",
                 absent=("Please login or subscribe", "-16D06--", "Leave a review")),
        Expected(VETERANS, "Veterans association holds congress", "2024-03-02", "en",
                 "Baku/02.03.24/Turan: The association", "open rehabilitation centres in the regions.",
                 absent=("--0--",)),
    ),
)
