"""Anadolu Agency (English): the /en/rss/default?cat=guncel feed (summaries only), /en/{category}/
{slug}/{id} pages with .detay-spot-category > h1, span.tarih and .detay-icerik (the story in its
first div, opening "ISTANBUL (AA) -")."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

SITE = "https://www.aa.com.tr"


def article(title: str, printed: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta name="twitter:image:src" content="{SITE}/uploads/photo.jpg"></head><body>'
            f'<header><a href="{SITE}/en">Anadolu Ajansı</a><a href="{SITE}/en/world">World</a></header>'
            f'<div class="detay-spot-category"><h1>{title}</h1><h4>Summary line of the story</h4></div>'
            f'<div class="detay-bilgi"><span class="fa fa-user"><a href="{SITE}/en/p/reporter">Reporter</a></span>'
            f'<span class="tarih">{printed}</span></div>'
            f'<div class="detay-icerik"><div>{body}</div><div class="detay-paylas">Share</div></div>'
            f'<div class="ilgili-haberler"><a href="{SITE}/en/world/other-story/3173000">Other story</a></div>'
            f'<footer>Anadolu Agency website contains only a portion of the news stories. All rights reserved.'
            f'</footer></body></html>')


DRILL = f"{SITE}/en/turkiye/turkish-and-azerbaijani-special-forces-hold-joint-drill/3173522"
SUMMIT = f"{SITE}/en/world/defence-ministers-of-turkic-states-meet-in-ankara/3173490"

FIXTURE = SourceFixture(
    source="aa_com_tr",
    pages={"www.aa.com.tr": {
        "/en/rss/default?cat=guncel": rss_page([
            (DRILL, "Turkish and Azerbaijani special forces hold joint drill", "2024-03-05T14:10:00+03:00"),
            (SUMMIT, "Defence ministers of Turkic states meet in Ankara", "2024-03-04T19:30:00+03:00"),
            (f"{SITE}/en/sports/football-cup-final/3173400", "Cup final", "2024-03-04T21:00:00+03:00"),
        ], channel="Anadolu Agency"),
        "/en/turkiye/turkish-and-azerbaijani-special-forces-hold-joint-drill/3173522": html(article(
            "Turkish and Azerbaijani special forces hold joint drill", "05.03.2024 - Update : 05.03.2024", paragraphs(
                "ISTANBUL (AA) - Special forces of Türkiye and Azerbaijan held a joint drill in the eastern "
                "province of Kars, the Turkish National Defence Ministry said on Tuesday.",
                "The drill included a night helicopter assault and the rescue of hostages from a building."))),
        "/en/world/defence-ministers-of-turkic-states-meet-in-ankara/3173490": html(article(
            "Defence ministers of Turkic states meet in Ankara", "04.03.2024 - Update : 04.03.2024", paragraphs(
                "ANKARA (AA) - Defence ministers of Turkic states met in Ankara to discuss cooperation in "
                "training and defence industry.",
                "The ministers agreed to set up a working group on joint exercises."))),
    }},
    never_fetched=(f"{SITE}/en/sports/football-cup-final/3173400", f"{SITE}/en/world/other-story/3173000"),
    expected=(
        Expected(DRILL, "Turkish and Azerbaijani special forces hold joint drill", "2024-03-05", "en",
                 "ISTANBUL (AA) - Special forces", "rescue of hostages from a building.",
                 absent=("Share", "All rights reserved", "Summary line")),
        Expected(SUMMIT, "Defence ministers of Turkic states meet in Ankara", "2024-03-04", "en",
                 "ANKARA (AA) - Defence ministers", "working group on joint exercises."),
    ),
)
