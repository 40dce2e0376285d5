"""`pactwatch report`: one self-contained HTML file with a timeline, a matrix of pairs and every event."""

import base64
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from bs4 import BeautifulSoup
from click.testing import CliRunner

from monitor.cli import main
from monitor.report.data import collect
from monitor.report.render import link_target
from storage import open_db
from tests.browser import dump_dom, require_chromium, screenshot
from tests.stories import MARKUP_TITLE


def write_report(db_path, out, *args):
    result = CliRunner().invoke(main, ["--db", str(db_path), "report", "--out", str(out), *args],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return BeautifulSoup(out.read_text(encoding="utf-8"), "html.parser"), result.output


@pytest.fixture(scope="module")
def report(stories_db, tmp_path_factory):
    out = tmp_path_factory.mktemp("report") / "report.html"
    page, _ = write_report(stories_db, out)
    return out, page


def event_rows(page):
    return [{"states": tr.select_one("td.states").get_text(strip=True),
             "kind": tr.select_one("td.kind").get_text(strip=True),
             "links": [a["href"] for a in tr.select("a")]} for tr in page.select("table.events tbody tr")]


def test_report_lists_every_bilateral_event_with_links_to_its_sources(report, stories_db):
    _, page = report
    rows = event_rows(page)

    assert sorted(row["states"] for row in rows) == sorted([
        "Azerbaijan – Moldova", "Azerbaijan – Serbia", "Azerbaijan – Kazakhstan", "Azerbaijan – Georgia",
        "Azerbaijan – Türkiye", "Kazakhstan – Uzbekistan"])
    urls = {row[0] for row in open_db(stories_db).execute("SELECT url FROM articles")}
    kazakh = next(row for row in rows if row["states"] == "Azerbaijan – Kazakhstan")
    assert kazakh["kind"] == "Plan signed" and len(kazakh["links"]) == 2 and set(kazakh["links"]) <= urls
    assert page.select_one("#event-count").get_text() == "6"


def test_report_needs_no_network_to_open(report):
    out, page = report

    assert not page.find_all("link") and not page.find_all("script")
    sources = [tag["src"] for tag in page.find_all(src=True)]
    assert len(sources) == 2 and all(src.startswith("data:image/svg+xml;base64,") for src in sources)
    for src in sources:
        svg = ET.fromstring(base64.b64decode(src.split(",", 1)[1]))
        assert svg.tag == "{http://www.w3.org/2000/svg}svg"
    style = page.style.get_text()
    assert "url(" not in style and "@import" not in style


def test_scraped_markup_stays_text_in_the_report(report):
    out, page = report
    html = out.read_text(encoding="utf-8")

    assert MARKUP_TITLE in page.get_text()
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_since_keeps_events_on_or_after_that_day(stories_db, tmp_path):
    page, output = write_report(stories_db, tmp_path / "recent.html", "--since", "2024-09-01")

    # AZ–MD has no date and no publish date: stored today, but its day is unknown, so it is left out
    # and counted, not placed on the day it was stored (issue 17).
    states = {row["states"] for row in event_rows(page)}
    assert states == {"Azerbaijan – Kazakhstan", "Azerbaijan – Georgia", "Azerbaijan – Serbia"}
    assert "since 2024-09-01" in page.title.get_text()
    assert output.startswith("3 events, 3 pairs of states: report written to ")
    assert page.select_one("#left-out").get_text(" ", strip=True).startswith("1 event with no date")


def test_an_undated_event_is_listed_as_such_and_kept_off_the_timeline(report, stories_db):
    _, page = report
    [moldova] = [tr for tr in page.select("table.events tbody tr")
                 if tr.select_one("td.states").get_text(strip=True) == "Azerbaijan – Moldova"]
    assert moldova.select_one("td.day").get_text(strip=True).startswith("date not reported; no publish date")
    assert page.select("table.events tbody tr")[-1] is moldova
    data = collect(open_db(stories_db))
    assert data.undated == 1 and sum(sum(counts.values()) for counts in data.by_month.values()) == 5
    assert "1 event with no date and no publish date is listed below" in " ".join(page.figcaption.get_text().split())


def test_with_the_uis_address_each_event_links_its_page(stories_db, tmp_path, write_config):
    config = write_config('[web]\nbase_url = "https://pw.example.org"\n')
    result = CliRunner().invoke(main, ["--config", str(config), "--db", str(stories_db), "report", "--out",
                                       str(tmp_path / "r.html")], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    page = BeautifulSoup((tmp_path / "r.html").read_text(encoding="utf-8"), "html.parser")
    links = [a["href"] for a in page.select("table.events a.event-page")]
    assert len(links) == 6 and all(link.startswith("https://pw.example.org/-/event/") for link in links)


def test_timeline_counts_events_per_month_and_kind_with_quiet_months_between(stories_db):
    data = collect(open_db(stories_db), since=date(2024, 1, 1))

    assert data.months[0] == "2024-03" and "2024-04" in data.months and data.months == sorted(data.months)
    assert data.by_month["2024-03"]["talks"] == 1
    assert data.by_month["2024-06"]["exercise"] == 1
    assert data.by_month["2024-11"]["plan_signed"] == 1
    assert "2024-04" not in data.by_month
    assert data.pairs[("AZ", "KZ")] == 1 and data.states[0] == "AZ"


def test_an_empty_database_gives_a_report_that_says_so(db_path, tmp_path):
    open_db(db_path).conn.close()
    page, output = write_report(db_path, tmp_path / "empty.html")
    assert "No bilateral events" in page.get_text() and not page.find_all("img")
    assert output.startswith("0 events")


def test_only_web_and_file_addresses_become_links():
    assert link_target("https://mod.example/news/1") == "https://mod.example/news/1"
    assert link_target("file:///srv/articles/a.txt") == "file:///srv/articles/a.txt"
    assert link_target("javascript:alert(1)") == "#" and link_target("JAVASCRIPT:alert(1)") == "#"


def test_report_opens_in_a_browser_from_a_file(report):
    require_chromium()
    out, _ = report
    page = BeautifulSoup(dump_dom(out.as_uri()), "html.parser")
    shot = screenshot(out.as_uri(), "report.png", height=2400)

    assert len(event_rows(page)) == 6
    assert [img["alt"].split(",")[0] for img in page.find_all("img")] == [
        "Events per month by kind", "Matrix of events shared by each pair of states"]
    assert shot.stat().st_size > 20_000
