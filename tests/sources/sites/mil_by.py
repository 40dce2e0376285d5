"""The Belarusian MoD's Telegram channel preview: t.me/s/CHANNEL with the newest posts (one a photo
without text), a "more" link to ?before=ID, a second page, then a page with no posts."""

from tests.sources.fixture import Expected, SourceFixture, html

CHANNEL = "modmilby"


def post(number: int, when: str, text_html: str) -> str:
    text = f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text_html}</div>' if text_html else ""
    return (f'<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message '
            f'text_not_supported_wrap js-widget_message" data-post="{CHANNEL}/{number}">'
            f'<div class="tgme_widget_message_bubble"><a class="tgme_widget_message_photo_wrap" href="#"></a>{text}'
            f'<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info">'
            f'<span class="tgme_widget_message_views">4.1K</span><span class="tgme_widget_message_meta">'
            f'<a class="tgme_widget_message_date" href="https://t.me/{CHANNEL}/{number}">'
            f'<time datetime="{when}" class="time">10:30</time></a></span></div></div></div></div></div>')


def preview(posts: list[str], before: int | None) -> str:
    more = (f'<div class="tme_messages_more_wrap"><a class="tme_messages_more js-messages_more" data-before="{before}" '
            f'href="/s/{CHANNEL}?before={before}"></a></div>') if before else ""
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Минобороны Беларуси – Telegram</title></head>'
            f'<body><header class="tgme_header"><a href="https://t.me/{CHANNEL}">Минобороны Беларуси</a></header>'
            f'<section class="tgme_channel_history js-message_history">{more}{"".join(posts)}</section></body></html>')


FIXTURE = SourceFixture(
    source="mil_by",
    pages={"t.me": {
        f"/s/{CHANNEL}": html(preview([
            post(4501, "2024-03-04T12:10:00+00:00", "<b>Подведены итоги зимнего периода обучения</b><br/>"
                 "На совещании руководящего состава подведены итоги зимнего периода обучения войск."),
            post(4502, "2024-03-04T15:00:00+00:00", ""),
            post(4503, "2024-03-05T07:30:00+00:00", "<b>Совместная тренировка расчётов ПВО</b><br/><br/>"
                 "Дежурные расчёты противовоздушной обороны провели совместную тренировку с соседями."),
        ], before=4501)),
        f"/s/{CHANNEL}?before=4501": html(preview([
            post(4499, "2024-03-02T09:00:00+00:00", "<b>Курсанты начали стажировку</b><br/>"
                 "Курсанты Военной академии начали стажировку в частях Западного командования."),
            post(4500, "2024-03-03T10:45:00+00:00", "<b>Инженеры построили переправу</b><br/>"
                 "Инженерные подразделения навели переправу через реку за сорок минут."),
        ], before=4499)),
        f"/s/{CHANNEL}?before=4499": html(preview([], before=None)),
    }},
    expected=(
        Expected(f"https://t.me/{CHANNEL}/4503", "Совместная тренировка расчётов ПВО", "2024-03-05T07:30:00+00:00", "ru",
                 "Совместная тренировка расчётов ПВО\nДежурные расчёты", "совместную тренировку с соседями.",
                 absent=("4.1K",)),
        Expected(f"https://t.me/{CHANNEL}/4501", "Подведены итоги зимнего периода обучения",
                 "2024-03-04T12:10:00+00:00", "ru", "Подведены итоги зимнего периода обучения\nНа совещании",
                 "зимнего периода обучения войск."),
        Expected(f"https://t.me/{CHANNEL}/4500", "Инженеры построили переправу", "2024-03-03T10:45:00+00:00", "ru",
                 "Инженеры построили переправу", "за сорок минут."),
        Expected(f"https://t.me/{CHANNEL}/4499", "Курсанты начали стажировку", "2024-03-02T09:00:00+00:00", "ru",
                 "Курсанты начали стажировку", "Западного командования."),
    ),
    never_fetched=tuple(f"https://t.me/{CHANNEL}/{n}" for n in (4499, 4500, 4501, 4503)),
)
