"""function.mil.ru (legacy): a listing of div.newsitem blocks paged by f=N, windows-1251 article
pages with span.gray "DD.MM.YYYY (HH:MM)", h1, body paragraphs, a tag line and loading notices."""

from tests.sources.fixture import Expected, SourceFixture, html

SITE = "https://function.mil.ru"
LISTING = "/news_page/country.htm?objInBlock=25&f={page}&fid=0&blk=10322350"


def more(number: int) -> str:
    return f"{SITE}/news_page/country/more.htm?id={number}@egNews"


def listing(items: list[tuple[int, str, str]]) -> str:
    blocks = "".join(f'<div class="newsitem"><span class="date">{when}</span> <a href="{more(n)}">{title}</a></div>'
                     for n, title, when in items)
    return (f'<html><head><meta charset="windows-1251"><title>Новости</title></head><body>'
            f'<div id="content"><div id="center">{blocks}<a class="pagenav" href="#">2</a></div></div></body></html>')


def article(title: str, printed: str, *paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="windows-1251"><title>{title} : Министерство обороны</title></head><body>'
            f'<div id="header"><a href="{SITE}/">Министерство обороны Российской Федерации</a></div>'
            f'<div id="content"><div id="center"><span class="gray">{printed}</span><h1>{title}</h1>{body}'
            f'<p>Идет получение информации...</p>'
            f'<p>Для просмотра видео необходим Adobe Flash Player</p>'
            f'<p>Метки: учения, подготовка</p>'
            f'<div style="margin:10px 0; text-align:right;">Версия для печати</div></div></div></body></html>')


FIXTURE = SourceFixture(
    source="mil_ru_legacy",
    pages={"function.mil.ru": {
        LISTING.format(page=1): html(listing([(12498765, "Зенитчики провели стрельбы", "02.03.2024 (15:04)"),
                                              (12498740, "Связисты развернули полевой узел", "01.03.2024 (11:20)")]),
                                     "windows-1251"),
        LISTING.format(page=2): html(listing([(12498701, "Сапёры очистили участок местности", "28.02.2024 (09:10)")]),
                                     "windows-1251"),
        LISTING.format(page=3): html(listing([]), "windows-1251"),
        "/news_page/country/more.htm?id=12498765@egNews": html(article(
            "Зенитчики провели стрельбы", "02.03.2024 (15:04)",
            "Расчёты зенитных ракетных комплексов провели боевые стрельбы на полигоне.",
            "Все мишени, имитировавшие воздушные цели, были поражены с первого пуска."), "windows-1251"),
        "/news_page/country/more.htm?id=12498740@egNews": html(article(
            "Связисты развернули полевой узел", "01.03.2024 (11:20)",
            "Подразделение связи развернуло полевой узел связи за установленное время.",
            "Проверка показала устойчивую работу каналов в условиях помех."), "windows-1251"),
        "/news_page/country/more.htm?id=12498701@egNews": html(article(
            "Сапёры очистили участок местности", "28.02.2024 (09:10)",
            "Инженерные подразделения очистили от взрывоопасных предметов участок у населённого пункта.",
            "Обнаруженные боеприпасы уничтожены накладным способом."), "windows-1251"),
    }},
    expected=(
        Expected(more(12498765), "Зенитчики провели стрельбы", "2024-03-02T15:04:00+03:00", "ru",
                 "Расчёты зенитных ракетных комплексов", "поражены с первого пуска.",
                 absent=("Метки:", "Идет получение информации", "Flash", "Версия для печати")),
        Expected(more(12498740), "Связисты развернули полевой узел", "2024-03-01T11:20:00+03:00", "ru",
                 "Подразделение связи развернуло", "в условиях помех.", absent=("Метки:",)),
        Expected(more(12498701), "Сапёры очистили участок местности", "2024-02-28T09:10:00+03:00", "ru",
                 "Инженерные подразделения очистили", "накладным способом."),
    ),
)
