"""Dates as the target sites print them, read with each site's languages, day order and time zone."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawlers.page_dates import DateRules, parse_visible_date, url_date, with_zone

BAKU = "Asia/Baku"


@pytest.mark.parametrize("printed, rules, iso", [
    ("24 September 2024 18:51 (UTC+04:00)", DateRules(("en",)), "2024-09-24T18:51:00+04:00"),
    ("Politics Materials 17 January 2024 16:42 (UTC +04:00)", DateRules(("en",)), "2024-01-17T16:42:00+04:00"),
    ("6 Dekabr 2025 15:49 (UTC +04:00)", DateRules(("az",)), "2025-12-06T15:49:00+04:00"),
    ("14 yanvar 2022 10:51 (UTC +04:00)", DateRules(("az",)), "2022-01-14T10:51:00+04:00"),
    ("17:44\n21 fevral 2026", DateRules(("az", "en"), timezone=BAKU), "2026-02-21T17:44:00+04:00"),
    ("• 10 December, 2025\n• 16:07", DateRules(("en",), timezone=BAKU), "2025-12-10T16:07:00+04:00"),
    ("17 October 2022 13:07", DateRules(("en",), timezone=BAKU), "2022-10-17T13:07:00+04:00"),
    ("29 Noyabr 2010 00:00", DateRules(("az",), timezone=BAKU), "2010-11-29T00:00:00+04:00"),
    ("28 September 2023 16:34", DateRules(("en",), timezone=BAKU), "2023-09-28T16:34:00+04:00"),
    ("16:24, 26 February 2022 | GMT +6", DateRules(("en",)), "2022-02-26T16:24:00+06:00"),
    ("13:51, 15 августа 2025", DateRules(("ru",), timezone="Asia/Almaty"), "2025-08-15T13:51:00+05:00"),
    ("16 October 2020, 19:20", DateRules(("en",), timezone="Asia/Almaty"), "2020-10-16T19:20:00+06:00"),  # +6 then
    ("Date 9/24/2024 3:11:44 PM", DateRules(("en",), order="MDY", timezone="UTC"), "2024-09-24T15:11:44+00:00"),
    ("2025-04-12 05:07:27", DateRules(timezone="UTC"), "2025-04-12T05:07:27+00:00"),
    ("02.01.2006 (15:04)", DateRules(("ru",), timezone="Europe/Moscow"), "2006-01-02T15:04:00+03:00"),
    ("Baku/02.10.20/Turan: The minister left for Moscow", DateRules(("en",), timezone=BAKU), "2020-10-02"),
    ("8 November 2018", DateRules(("en",), timezone="Asia/Tbilisi"), "2018-11-08"),
    ("19 снежня 2024", DateRules(("be", "ru")), "2024-12-19"),
    ("13:51, 15 августа 2025", DateRules(("ru",)), "2025-08-15T13:51:00"),
    ("6 Dekabr 2025 15:49", DateRules(("az",)), "2025-12-06T15:49:00"),
    ("24 September 2024", DateRules(), "2024-09-24"),
    ("17:44 5 mart 2024", DateRules(("az", "en"), timezone=BAKU), "2024-03-05T17:44:00+04:00"),
    # Year first with dots or slashes: read from its start, not as "24.02.29" inside it (2029-02-24).
    ("2024.02.29 19:22Nation", DateRules(("en",)), "2024-02-29T19:22:00"),
    ("2023/11/27", DateRules(("en",), order="MDY"), "2023-11-27"),
])
def test_printed_dates_of_the_target_sites(printed, rules, iso):
    assert parse_visible_date(printed, rules) == iso


def test_daylight_saving_time_follows_the_zone():
    rules = DateRules(("en",), timezone="Europe/Istanbul")
    assert parse_visible_date("5 March 2015 10:00", rules) == "2015-03-05T10:00:00+02:00"
    assert parse_visible_date("5 July 2015 10:00", rules) == "2015-07-05T10:00:00+03:00"


@pytest.mark.parametrize("printed", ["not a date at all", "15 Noyabr 10:31 (UTC+04)", "Summer 2024 plans", ""])
def test_text_without_a_full_date_gives_none(printed):
    assert parse_visible_date(printed, DateRules(("az", "en"))) is None


def test_day_order_decides_ambiguous_numeric_dates():
    assert parse_visible_date("05/03/2024 10:00", DateRules(order="DMY")) == "2024-03-05T10:00:00"
    assert parse_visible_date("05/03/2024 10:00", DateRules(order="MDY")) == "2024-05-03T10:00:00"


def test_machine_dates_without_offset_get_the_site_zone():
    assert with_zone("2024-03-05T10:00:00", BAKU) == "2024-03-05T10:00:00+04:00"
    assert with_zone("2024-03-05T10:00:00+00:00", BAKU) == "2024-03-05T10:00:00+00:00"
    assert with_zone("2024-03-05", BAKU) == "2024-03-05"
    assert with_zone("2024-03-05T10:00:00", None) == "2024-03-05T10:00:00"


def test_dates_in_urls():
    assert url_date("https://kun.uz/en/news/2024/03/05/border-talks") == "2024-03-05"
    assert url_date("https://e.org/news/2024/13/40/x") is None
    assert url_date("https://e.org/news/12345.html") is None
    pattern = r"/SlaytHaber/(?P<day>\d{1,2})(?P<month>\d{1,2})(?P<year>\d{4})-\d+$"
    assert url_date("https://www.msb.gov.tr/SlaytHaber/2722019-65641", pattern) == "2019-02-27"


LOADED_LOCALES = """
import json, sys
from dateparser.languages.loader import default_loader
from crawlers.page_dates import DateRules, load_languages, parse_visible_date
load_languages(["ru", "az", "ru", "xx"])
before = sorted(default_loader._loaded_locales)
read = parse_visible_date("19 снежня 2024", DateRules())
print(json.dumps([before, read, "be" in default_loader._loaded_locales]))
"""


def test_load_languages_loads_english_and_the_declared_ones_and_others_wait_for_their_first_date():
    # A fresh interpreter: dateparser's loaded locales are shared by everything in a process.
    found = subprocess.run([sys.executable, "-c", LOADED_LOCALES], capture_output=True, text=True, check=True,
                           cwd=Path(__file__).resolve().parents[2])
    before, read, loaded_when_met = json.loads(found.stdout)

    assert before == ["az", "en", "ru"]  # "xx", unknown to dateparser, skipped; "ru" loaded once
    assert read == parse_visible_date("19 снежня 2024", DateRules()) == "2024-12-19"
    assert loaded_when_met  # Belarusian, declared by no source, loaded by the date that needs it
