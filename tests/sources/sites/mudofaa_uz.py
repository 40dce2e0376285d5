"""mudofaa.uz: WordPress. The /feed/ RSS, the /wp-sitemap.xml index (post sitemaps in pages, a
category sitemap that must not give articles), date permalinks, entry-title / entry-content."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs, rss_page, xml

SITE = "https://mudofaa.uz"


def article(title: str, published: str, body: str) -> str:
    return (f'<!DOCTYPE html><html lang="uz-UZ"><head><meta charset="UTF-8"><title>{title} – Mudofaa vazirligi</title>'
            f'<meta property="og:type" content="article">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f'<body class="post-template-default single"><header class="site-header"><a href="{SITE}/">Bosh sahifa</a>'
            f'<a href="{SITE}/category/yangiliklar/">Yangiliklar</a></header>'
            f'<article class="post type-post"><h1 class="entry-title">{title}</h1>'
            f'<div class="entry-meta"><time class="entry-date published" datetime="{published}"></time></div>'
            f'<div class="entry-content">{body}</div></article>'
            f'<aside class="widget-area"><section class="widget"><h2>So‘nggi yangiliklar</h2>'
            f'<a href="{SITE}/2024/02/01/eski-yangilik/">Eski yangilik</a></section></aside></body></html>')


def urlset(urls: list[str]) -> str:
    return ('<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            + "".join(f"<url><loc>{u}</loc></url>" for u in urls) + "</urlset>")


TRAINING = f"{SITE}/2024/03/05/chegara-qismlarida-taktik-mashgulot-otkazildi/"
MEETING = f"{SITE}/2024/03/04/mudofaa-vaziri-hamkorlar-bilan-uchrashdi/"
CADETS = f"{SITE}/2024/02/28/harbiy-akademiya-tinglovchilari-imtihon-topshirdi/"

FIXTURE = SourceFixture(
    source="mudofaa_uz",
    pages={"mudofaa.uz": {
        "/feed/": rss_page([(TRAINING, "Chegara qismlarida taktik mashg‘ulot o‘tkazildi", "2024-03-05T09:15:00+05:00"),
                            (MEETING, "Mudofaa vaziri hamkorlar bilan uchrashdi", "2024-03-04T15:40:00+05:00")]),
        "/wp-sitemap.xml": xml('<?xml version="1.0" encoding="UTF-8"?><sitemapindex '
                               'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                               f'<sitemap><loc>{SITE}/wp-sitemap-posts-post-1.xml</loc></sitemap>'
                               f'<sitemap><loc>{SITE}/wp-sitemap-posts-post-2.xml</loc></sitemap>'
                               f'<sitemap><loc>{SITE}/wp-sitemap-taxonomies-category-1.xml</loc></sitemap>'
                               '</sitemapindex>'),
        "/wp-sitemap-posts-post-1.xml": xml(urlset([TRAINING, MEETING])),
        "/wp-sitemap-posts-post-2.xml": xml(urlset([CADETS])),
        "/wp-sitemap-taxonomies-category-1.xml": xml(urlset([f"{SITE}/category/yangiliklar/"])),
        "/2024/03/05/chegara-qismlarida-taktik-mashgulot-otkazildi/": html(article(
            "Chegara qismlarida taktik mashg‘ulot o‘tkazildi", "2024-03-05T09:15:00+05:00", paragraphs(
                "Janubi-g‘arbiy harbiy okrug chegara qismlarida taktik mashg‘ulot o‘tkazildi.",
                "Mashg‘ulot davomida harbiy xizmatchilar tungi sharoitda harakatlanishni mashq qildi."))),
        "/2024/03/04/mudofaa-vaziri-hamkorlar-bilan-uchrashdi/": html(article(
            "Mudofaa vaziri hamkorlar bilan uchrashdi", "2024-03-04T15:40:00+05:00", paragraphs(
                "Mudofaa vaziri xorijiy hamkorlar delegatsiyasi bilan uchrashuv o‘tkazdi.",
                "Uchrashuvda harbiy ta’lim sohasidagi hamkorlik masalalari muhokama qilindi."))),
        "/2024/02/28/harbiy-akademiya-tinglovchilari-imtihon-topshirdi/": html(article(
            "Harbiy akademiya tinglovchilari imtihon topshirdi", "2024-02-28T11:00:00+05:00", paragraphs(
                "Qurolli Kuchlar akademiyasi tinglovchilari qishki sessiya imtihonlarini topshirdi.",
                "Eng yaxshi natija ko‘rsatgan tinglovchilar rag‘batlantirildi."))),
    }},
    never_fetched=(f"{SITE}/category/yangiliklar/", f"{SITE}/2024/02/01/eski-yangilik/"),
    expected=(
        Expected(TRAINING, "Chegara qismlarida taktik mashg‘ulot o‘tkazildi", "2024-03-05T09:15:00+05:00", "uz",
                 "Janubi-g‘arbiy harbiy okrug", "harakatlanishni mashq qildi.", absent=("So‘nggi yangiliklar",)),
        Expected(MEETING, "Mudofaa vaziri hamkorlar bilan uchrashdi", "2024-03-04T15:40:00+05:00", "uz",
                 "Mudofaa vaziri xorijiy hamkorlar", "masalalari muhokama qilindi."),
        Expected(CADETS, "Harbiy akademiya tinglovchilari imtihon topshirdi", "2024-02-28T11:00:00+05:00", "uz",
                 "Qurolli Kuchlar akademiyasi", "tinglovchilar rag‘batlantirildi."),
    ),
)
