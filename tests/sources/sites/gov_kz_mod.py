"""gov.kz, Ministry of Defence: the page is a script-only shell, so the JSON API is the source.
Page 1 answers {"content": [...]}, page 2 a bare list, page 3 an empty list; bodies are HTML and
dates carry an offset without a colon. The language is chosen by the Accept-Language header."""

from monitor.demo.server import Page
from tests.sources.fixture import Expected, SourceFixture, json_page

API = "/api/v1/public/content-manager/news?sort-by=created_date:DESC&projects=eq:mod&page={page}&size=10"
DETAILS = "https://www.gov.kz/memleket/entities/mod/press/news/details/{id}?lang=ru"


def item(number: int, title: str, created: str, *paragraphs: str, camel: bool = False) -> dict:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return {"id": number, "slug": f"news-{number}", "title": title, "body": body,
            ("createdDate" if camel else "created_date"): created, "projectId": "mod"}


SHELL = Page(b'<!DOCTYPE html><html><head><title>gov.kz</title></head><body><div id="root"></div>'
             b'<script src="/static/app.js"></script></body></html>', "text/html; charset=utf-8")

FIXTURE = SourceFixture(
    source="gov_kz_mod",
    pages={"www.gov.kz": {
        API.format(page=1): json_page({"content": [
            item(1218872, "Министр обороны провёл рабочую встречу с делегацией Узбекистана",
                 "2024-03-05T11:20:00.000+0500",
                 "В Министерстве обороны состоялась рабочая встреча с делегацией вооружённых сил Узбекистана.",
                 "Стороны обсудили подготовку совместного штабного учения и обмен курсантами военных вузов."),
            item(1218855, "В Алматы завершились сборы военных медиков", "2024-03-04T16:05:00.000+0500",
                 "В Алматы завершились двухнедельные сборы военных медиков региональных командований.",
                 "Участники отработали эвакуацию раненых и работу полевого госпиталя.", camel=True),
        ], "totalElements": 3}),
        API.format(page=2): json_page([
            item(1218790, "Курсанты военного института приняли присягу", "2024-03-01T10:00:00.000+0500",
                 "Курсанты первого курса военного института торжественно приняли военную присягу.",
                 "На церемонии присутствовали родители и ветераны вооружённых сил."),
        ]),
        API.format(page=3): json_page({"content": [], "totalElements": 3}),
        "/memleket/entities/mod/press/news/details/1218872?lang=ru": SHELL,
    }},
    guards={"www.gov.kz": {"Accept-Language": r"^ru$"}},
    never_fetched=tuple(DETAILS.format(id=n) for n in (1218872, 1218855, 1218790)),
    expected=(
        Expected(DETAILS.format(id=1218872), "Министр обороны провёл рабочую встречу с делегацией Узбекистана",
                 "2024-03-05T11:20:00+05:00", "ru", "В Министерстве обороны состоялась рабочая встреча",
                 "обмен курсантами военных вузов."),
        Expected(DETAILS.format(id=1218855), "В Алматы завершились сборы военных медиков",
                 "2024-03-04T16:05:00+05:00", "ru", "В Алматы завершились двухнедельные сборы",
                 "работу полевого госпиталя."),
        Expected(DETAILS.format(id=1218790), "Курсанты военного института приняли присягу",
                 "2024-03-01T10:00:00+05:00", "ru", "Курсанты первого курса", "ветераны вооружённых сил."),
    ),
)
