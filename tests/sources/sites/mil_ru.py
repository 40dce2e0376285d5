"""mil.ru (2025 site): the news JSON API {"data": [{id, title, text, link, date, preview}]}, links
relative to the site, RFC 3339 dates, HTML text; an empty data list ends the paging."""

from tests.sources.fixture import Expected, SourceFixture, json_page

SITE = "https://mil.ru"


def item(uuid: str, title: str, date: str, *paragraphs: str) -> dict:
    return {"id": uuid, "title": title, "date": date, "link": f"/news/{uuid}",
            "text": "".join(f"<p>{p}</p>" for p in paragraphs), "preview": "/images/preview.jpg"}


EXERCISE = "5f0c2a64-8d3e-4b7a-9c1f-2e6d8a4b7c10"
CADETS = "a3b9e1d2-7c4f-4e8a-b6d0-1f2e3c4d5a6b"
SAILORS = "0e1d2c3b-4a59-4687-9a8b-7c6d5e4f3a21"

FIXTURE = SourceFixture(
    source="mil_ru",
    pages={"mil.ru": {
        "/api/ssp-news/v1?page=1": json_page({"data": [
            item(EXERCISE, "Мотострелки ЦВО провели тактическое учение", "2025-03-05T14:00:00+03:00",
                 "Мотострелковые подразделения Центрального военного округа провели тактическое учение на полигоне.",
                 "Военнослужащие отработали марш и оборону опорного пункта."),
            item(CADETS, "Курсанты военной академии начали стажировку в войсках", "2025-03-04T09:30:00+03:00",
                 "Курсанты выпускного курса военной академии прибыли на войсковую стажировку.",
                 "Каждому назначен наставник из числа опытных командиров."),
        ]}),
        "/api/ssp-news/v1?page=2": json_page({"data": [
            item(SAILORS, "Моряки Северного флота завершили зачётное плавание", "2025-02-27T18:15:00+03:00",
                 "Экипаж корабля Северного флота вернулся в базу после зачётного плавания.",
                 "В ходе похода моряки выполнили артиллерийские стрельбы."),
        ]}),
        "/api/ssp-news/v1?page=3": json_page({"data": []}),
    }},
    never_fetched=tuple(f"{SITE}/news/{uuid}" for uuid in (EXERCISE, CADETS, SAILORS)),
    expected=(
        Expected(f"{SITE}/news/{EXERCISE}", "Мотострелки ЦВО провели тактическое учение",
                 "2025-03-05T14:00:00+03:00", "ru", "Мотострелковые подразделения", "оборону опорного пункта."),
        Expected(f"{SITE}/news/{CADETS}", "Курсанты военной академии начали стажировку в войсках",
                 "2025-03-04T09:30:00+03:00", "ru", "Курсанты выпускного курса", "опытных командиров."),
        Expected(f"{SITE}/news/{SAILORS}", "Моряки Северного флота завершили зачётное плавание",
                 "2025-02-27T18:15:00+03:00", "ru", "Экипаж корабля", "артиллерийские стрельбы."),
    ),
)
