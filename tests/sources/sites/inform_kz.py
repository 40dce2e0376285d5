"""Kazinform: the RSS on www.inform.kz pointing at articles on en.inform.kz (current
/news/{slug}-{6 hex}/ and older /en/{slug}_a{id} URLs), the printed date "10:05, 5 March 2024 |
GMT +5", the "ASTANA. KAZINFORM –" lead, an amp opener, and tags after the story."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page

WWW, EN = "https://www.inform.kz", "https://en.inform.kz"


def article(title: str, printed: str, body: str, amp: bool = False) -> str:
    opener = '<div class="amp-top"><p>Go to the main site</p></div>' if amp else ""
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            f'<header><a href="{EN}/">Kazinform</a></header><main><div class="article">{opener}<h1>{title}</h1>'
            f'<div class="article__date">{printed}</div><div class="article__description">'
            f'<div class="article__body-text">{body}<p>Tags: Defence, Kazakhstan</p></div></div>'
            f'<div class="article__author">Aigerim Seitkali</div></div>'
            f'<div class="allNewsCard"><a href="{EN}/news/other-story-aa11bb/"><span class="allNewsCard_title">Other'
            f'</span><span class="allNewsCard_time">09:00, 5 March 2024</span></a></div></main></body></html>')


DRILL = f"{EN}/news/kazakh-and-kyrgyz-troops-hold-joint-drill-6544df/"
CADETS = f"{EN}/news/kazakh-cadets-to-study-in-turkiye-7a21c0/"
OLDER = f"{WWW}/en/kazakhstan-hosts-central-asian-defence-chiefs_a4112233"

FIXTURE = SourceFixture(
    source="inform_kz",
    pages={
        "www.inform.kz": {
            "/en/rss": rss_page([(DRILL, "Kazakh and Kyrgyz troops hold joint drill", "2024-03-05T10:05:00+05:00"),
                                 (CADETS, "Kazakh cadets to study in Türkiye", "2024-03-04T14:30:00+05:00"),
                                 (OLDER, "Kazakhstan hosts Central Asian defence chiefs", "2023-08-15T13:51:00+06:00")],
                                channel="Kazinform"),
            "/en/kazakhstan-hosts-central-asian-defence-chiefs_a4112233": html(article(
                "Kazakhstan hosts Central Asian defence chiefs", "13:51, 15 August 2023", paragraphs(
                    "ASTANA. KAZINFORM – The defence chiefs of the Central Asian states met in Astana to discuss "
                    "regional security.",
                    "They agreed to hold a joint command post exercise next year."), amp=True)),
        },
        "en.inform.kz": {
            "/news/kazakh-and-kyrgyz-troops-hold-joint-drill-6544df/": html(article(
                "Kazakh and Kyrgyz troops hold joint drill", "10:05, 5 March 2024 | GMT +5", paragraphs(
                    "ASTANA. KAZINFORM – Units of the Kazakh and Kyrgyz armed forces held a joint drill on "
                    "countering illegal armed groups in the border mountains.",
                    "The exercise tested the coordination of reconnaissance and assault groups."))),
            "/news/kazakh-cadets-to-study-in-turkiye-7a21c0/": html(article(
                "Kazakh cadets to study in Türkiye", "14:30, 4 March 2024", paragraphs(
                    "ASTANA. KAZINFORM – A group of Kazakh cadets will study at Turkish military schools under an "
                    "education agreement between the two defence ministries.",
                    "The first cadets will leave for Istanbul in September."))),
        },
    },
    never_fetched=(f"{EN}/news/other-story-aa11bb/",),
    expected=(
        Expected(DRILL, "Kazakh and Kyrgyz troops hold joint drill", "2024-03-05T10:05:00+05:00", "en",
                 "ASTANA. KAZINFORM – Units of the Kazakh", "reconnaissance and assault groups.",
                 absent=("Tags:", "Aigerim Seitkali", "Other")),
        Expected(CADETS, "Kazakh cadets to study in Türkiye", "2024-03-04T14:30:00+05:00", "en",
                 "ASTANA. KAZINFORM – A group of Kazakh cadets", "leave for Istanbul in September.",
                 absent=("Tags:",)),
        Expected(OLDER, "Kazakhstan hosts Central Asian defence chiefs", "2023-08-15T13:51:00+06:00", "en",
                 "ASTANA. KAZINFORM – The defence chiefs", "command post exercise next year.",
                 absent=("Go to the main site",)),
    ),
)
