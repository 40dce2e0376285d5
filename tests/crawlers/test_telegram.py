"""Telegram channel previews: text posts newest first, their links, dates and the way to older posts."""

from crawlers.discovery.telegram import older_page_url, parse_channel_page, post_title


def post(channel, number, when, text):
    body = f'<div class="tgme_widget_message_text js-message_text" dir="auto">{text}</div>' if text else \
        '<a class="tgme_widget_message_photo_wrap" href="#"></a>'
    return (f'<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" '
            f'data-post="{channel}/{number}">{body}<div class="tgme_widget_message_footer">'
            f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{number}">'
            f'<time datetime="{when}" class="time">10:00</time></a></div></div></div>')


PAGE = ('<html><body><section class="tgme_channel_history">'
        '<div class="tme_messages_more_wrap"><a class="tme_messages_more" data-before="101" '
        'href="/s/unitnews?before=101"></a></div>'
        + post("unitnews", 101, "2024-03-04T08:00:00+00:00", "<b>Staff talks held</b><br>Officers met.")
        + post("unitnews", 102, "2024-03-04T09:00:00+00:00", "")
        + post("unitnews", 103, "2024-03-05T10:00:00+00:00", "Exercise begins<br/><br/>Units moved out.")
        + "</section></body></html>")


def test_text_posts_newest_first_with_links_dates_and_first_line_titles():
    page = parse_channel_page(PAGE, "http://127.0.0.1:8000/s/unitnews")

    assert [p.url for p in page.posts] == ["http://127.0.0.1:8000/unitnews/103", "http://127.0.0.1:8000/unitnews/101"]
    assert page.posts[0].title == "Exercise begins"
    assert page.posts[0].text == "Exercise begins\nUnits moved out."
    assert page.posts[0].published == "2024-03-05T10:00:00+00:00"
    assert page.before == 101


def test_without_a_more_link_older_posts_are_before_the_smallest_id():
    page = parse_channel_page(PAGE.replace('data-before="101"', ""), "https://t.me/s/unitnews")
    assert page.before == 101
    assert older_page_url("https://t.me/s/unitnews", 101) == "https://t.me/s/unitnews?before=101"
    assert parse_channel_page("<html><body></body></html>", "https://t.me/s/x").before is None


def test_long_first_lines_are_cut_at_a_word():
    title = post_title("word " * 60)
    assert len(title) <= 161 and title.endswith("…") and not title.endswith(" …")
