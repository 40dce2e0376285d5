"""JSON API pages: items found by a path, URLs by a field or a template, first present field wins."""

import json

import pytest

from crawlers.discovery.jsonapi import NotAnApiPage, parse_api_page
from crawlers.page_dates import DateRules
from monitor.config.source_options import JsonApi

GOV = JsonApi(url="https://gov.example/api/news?page={page}", items="content",
              link="https://gov.example/news/details/{id}?lang=ru", title=("title",),
              date=("created_date", "createdDate"), body=("body",))
ITEMS = [{"id": 17, "title": "Визит делегации", "created_date": "2024-03-05T10:00:00.000+0500",
          "body": "<p>Первый абзац.</p><p>Второй <b>абзац</b>.</p>"},
         {"id": 18, "title": "Учения", "createdDate": "2024-03-04T09:30:00.000+0500", "body": ""},
         {"title": "No id: no URL"}]


def test_items_under_a_key_with_templated_urls_and_html_bodies():
    entries = parse_api_page(json.dumps({"content": ITEMS}), GOV, "https://gov.example/api/news?page=1")

    assert [e.url for e in entries] == ["https://gov.example/news/details/17?lang=ru",
                                        "https://gov.example/news/details/18?lang=ru"]
    assert entries[0].title == "Визит делегации"
    assert entries[0].published == "2024-03-05T10:00:00+05:00"
    assert entries[0].text == "Первый абзац.\nВторой абзац."
    assert entries[1].published == "2024-03-04T09:30:00+05:00"
    assert entries[1].text is None


def test_a_bare_list_is_the_list_of_items():
    assert len(parse_api_page(json.dumps(ITEMS), GOV, "https://gov.example/api/news?page=2")) == 2


def test_a_url_field_may_be_relative_and_paths_may_be_dotted():
    api = JsonApi(url="https://mil.example/api/v1", items="data.list", link="attributes.link",
                  title=("attributes.title",), date=("attributes.date",), body=())
    body = json.dumps({"data": {"list": [{"attributes": {"link": "/news/abc", "title": "T",
                                                         "date": "5 March 2024 10:00"}}]}})
    [entry] = parse_api_page(body, api, "https://mil.example/api/v1", DateRules(("en",), timezone="Europe/Moscow"))
    assert entry.url == "https://mil.example/news/abc"
    assert entry.published == "2024-03-05T10:00:00+03:00"


@pytest.mark.parametrize("body, message", [("<html>blocked</html>", "not JSON"),
                                           ('{"data": []}', "no list of items at 'content'")])
def test_an_html_page_or_a_missing_list_is_not_an_api_page(body, message):
    with pytest.raises(NotAnApiPage, match=message):
        parse_api_page(body, GOV, "https://gov.example/api/news?page=1")
