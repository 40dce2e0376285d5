"""msb.gov.tr: the /SlaytHaber listing paged by ?page=N, article URLs of both known shapes (the
older {D}{M}{YYYY}-{id} and a 32-hex GUID), announcements to skip, a date line in the page body."""

from tests.sources.fixture import Expected, SourceFixture, html, paragraphs

SITE = "https://www.msb.gov.tr"
GUID = "1d609ba0df7c40039347230972cec89b"


def listing(paths: list[str]) -> str:
    slides = "".join(f'<div class="slide"><a href="{SITE}{path}">Haber</a></div>' for path in paths)
    return (f'<html lang="tr"><head><title>Slayt Haberler</title></head><body>'
            f'<a href="{SITE}/Askeralma/Duyuru/3b1f0e9c2d4a4f6b8e7c5a1d2b3c4e5f">Duyuru</a>{slides}</body></html>')


def article(title: str, printed: str, body: str) -> str:
    when = f'<div class="haber-tarih">{printed}</div>' if printed else ""
    return (f'<!DOCTYPE html><html lang="tr"><head><meta charset="utf-8"><title>{title} - T.C. Milli Savunma '
            f'Bakanlığı</title></head><body><nav><a href="{SITE}/">Ana Sayfa</a></nav>'
            f'<div class="haber-detay"><h1>{title}</h1>{when}<div class="haber-metin">{body}</div></div>'
            f'<footer>Milli Savunma Bakanlığı</footer></body></html>')


FIXTURE = SourceFixture(
    source="msb_gov_tr",
    pages={"www.msb.gov.tr": {
        "/SlaytHaber": html(listing(["/SlaytHaber/532024-76275", f"/SlaytHaber/{GUID}"])),
        "/SlaytHaber?page=2": html(listing(["/SlaytHaber/2722019-65641"])),
        "/SlaytHaber?page=3": html(listing([])),
        "/SlaytHaber/532024-76275": html(article("Bakan, Azerbaycan heyetini kabul etti", "5 Mart 2024 14:20", paragraphs(
            "Milli Savunma Bakanı, Azerbaycan Savunma Bakanlığından gelen heyeti Ankara'da kabul etti.",
            "Görüşmede iki ülke arasındaki askeri eğitim iş birliği ve ortak tatbikatlar ele alındı."))),
        f"/SlaytHaber/{GUID}": html(article("Deniz Kuvvetleri tatbikatı tamamlandı", "1 Mart 2024 17:05", paragraphs(
            "Deniz Kuvvetleri Komutanlığının Ege Denizi'ndeki tatbikatı başarıyla tamamlandı.",
            "Tatbikata fırkateynler, denizaltılar ve deniz karakol uçakları katıldı."))),
        "/SlaytHaber/2722019-65641": html(article("Harp okulu öğrencileri kampa katıldı", "", paragraphs(
            "Kara Harp Okulu öğrencileri kış eğitim kampında arazi eğitimlerine katıldı.",
            "Öğrenciler karlı arazide yön bulma ve kamp kurma becerilerini geliştirdi."))),
    }},
    never_fetched=(f"{SITE}/Askeralma/Duyuru/3b1f0e9c2d4a4f6b8e7c5a1d2b3c4e5f",),
    expected=(
        Expected(f"{SITE}/SlaytHaber/532024-76275", "Bakan, Azerbaycan heyetini kabul etti",
                 "2024-03-05T14:20:00+03:00", "tr", "Milli Savunma Bakanı, Azerbaycan",
                 "ortak tatbikatlar ele alındı.", absent=("5 Mart 2024",)),
        Expected(f"{SITE}/SlaytHaber/{GUID}", "Deniz Kuvvetleri tatbikatı tamamlandı", "2024-03-01T17:05:00+03:00",
                 "tr", "Deniz Kuvvetleri Komutanlığının", "deniz karakol uçakları katıldı."),
        Expected(f"{SITE}/SlaytHaber/2722019-65641", "Harp okulu öğrencileri kampa katıldı", "2019-02-27", "tr",
                 "Kara Harp Okulu öğrencileri", "kamp kurma becerilerini geliştirdi."),
    ),
)
