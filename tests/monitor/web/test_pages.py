"""The pages for people: an event (/-/event/ID), a pair of states (/-/pair/AZ-KZ) and the events
listing with its search box (/-/events), read in-process from the stories database."""

import re
from datetime import datetime, timezone

from bs4 import BeautifulSoup

from monitor.web.app import make_datasette
from storage import open_db
from tests.monitor.web.conftest import get, ingest_text
from tests.monitor.web.test_datasette import rows

TRILATERAL_TALKS = ("Azerbaijan, Georgia and Türkiye hold trilateral defence talks\n"
                    "The defence ministers of Azerbaijan, Georgia and Türkiye held trilateral talks in Tbilisi "
                    "on 4 October 2025 on the security of the region.\n")


def page(datasette, path, status=200):
    response = get(datasette, path)
    assert response.status_code == status, response.text[:500]
    return BeautifulSoup(response.text, "html.parser")


def event_id(datasette, kind, first, second):
    [found] = [row["id"] for row in rows(datasette, f"/stories/events?kind={kind}&_col=id&_col=parties")
               if row["parties"] == f'["{first}", "{second}"]']
    return found


def test_the_event_page_tells_what_happened_how_sure_and_every_source_in_full(datasette):
    html = page(datasette, f"/-/event/{event_id(datasette, 'plan_signed', 'AZ', 'KZ')}")

    assert html.h1.get_text(strip=True) == ("Azerbaijan and Kazakhstan signed their military cooperation plan "
                                            "for 2025 — 14 Nov 2024")
    assert "cooperation plan signed" in html.select_one(".kind").get_text().lower()
    assert html.select_one(".confidence").get_text().startswith("Confidence 0.")
    assert html.select_one(".corroboration").get_text() == "Reported by 2 outlets in 2 languages."
    sources = html.select("section.source")
    assert len(sources) == 2
    # `ingest` records the language it detected in each text (issue 17), so the page names it as stored.
    languages = {source.select_one(".language").get_text(strip=True) for source in sources}
    assert languages == {"English", "Russian"}
    for source in sources:
        assert source.select_one(".outlet").get_text(strip=True) in {"wire", "agency"}
        assert source.select_one("blockquote.evidence").get_text(strip=True)
        assert source.select_one("a.original")["href"].startswith("file://")
        assert len(source.select_one(".stored-text").get_text().split()) > 15
    assert html.select_one("a.pair-link")["href"] == "/-/pair/AZ-KZ"


def test_an_undated_event_says_so_and_shows_no_stored_day_as_its_day(datasette):
    html = page(datasette, f"/-/event/{event_id(datasette, 'plan_signed', 'AZ', 'MD')}")

    assert html.h1.get_text(strip=True).endswith("— date not reported")
    assert html.select_one(".when").get_text(strip=True).startswith("date not reported; no publish date; first stored")
    assert "no publish date" in html.select_one(".published").get_text()


def test_scraped_markup_stays_text_on_the_event_page(datasette):
    response = get(datasette, f"/-/event/{event_id(datasette, 'exercise', 'AZ', 'TR')}")
    html = BeautifulSoup(response.text, "html.parser")
    assert not [s for s in html.find_all("script") if "alert('pw')" in s.get_text()]
    assert "&lt;script&gt;alert" in response.text


def test_a_missing_event_or_a_malformed_pair_is_a_clear_error(datasette):
    assert "No event 999999" in page(datasette, "/-/event/999999", 404).get_text()
    assert "not a pair of states" in page(datasette, "/-/pair/AZ-KZ-UZ", 400).get_text()
    response = get(datasette, "/-/pair/kz-az")
    assert response.status_code == 302 and response.headers["location"] == "/-/pair/AZ-KZ"


def test_the_pair_page_lists_the_pairs_events_and_plans_by_year(datasette):
    html = page(datasette, "/-/pair/AZ-KZ")

    assert html.h1.get_text(strip=True) == "Azerbaijan and Kazakhstan: defence cooperation"
    assert [row["data-plan-year"] for row in html.select("tr[data-plan-year]")] == ["2025"]
    [item] = html.select(".event-list li")
    assert item.select_one("a.headline")["href"] == f"/-/event/{item['data-event-id']}"
    assert html.select_one(".expected") is None  # one plan is no run of yearly plans


def test_the_listing_puts_events_newest_by_their_day_and_the_undated_last(datasette):
    html = page(datasette, "/-/events")
    items = html.select("ul.bilateral li")

    assert len(items) == 6
    assert "Azerbaijan and Serbia" in items[0].get_text()  # published three days ago
    assert "Azerbaijan and Moldova" in items[-1].get_text()  # no date, no publish date: last
    assert all(item.select_one(".evidence") for item in items)
    assert html.select_one("form.search input[name=q]") is not None


def test_the_search_box_reads_states_by_name_or_code_kinds_and_words(datasette):
    def found(query):
        return [item.select_one("a.headline").get_text(" ", strip=True)
                for item in page(datasette, "/-/events?q=" + query).select("ul.bilateral li")]

    assert found("Kazakhstan") == found("KZ") and len(found("kz+uzbekistan")) == 1
    assert found("azerbaijan+plan") == ["Azerbaijan and Kazakhstan signed their military cooperation plan for 2025",
                                        "Azerbaijan and Moldova signed their military cooperation plan"]
    assert found("Nakhchivan") == ["Azerbaijan and Türkiye held a joint military exercise"]
    assert found("Türkiye exercise") == found("Nakhchivan")
    assert found("submarine") == []
    assert found("Kazakh") == found("Kazakhstan")  # the start of a word finds the word
    for odd in ('"Baku', "NEAR(", "50%", "a*b"):  # full-text syntax typed as words is read as words
        assert isinstance(found(odd.replace("%", "%25")), list)


def test_country_takes_an_english_name_and_an_unknown_one_is_a_clear_error(datasette):
    by_name = page(datasette, "/-/events?country=Kazakhstan").select("ul.bilateral li")
    by_code = page(datasette, "/-/events?country=KZ").select("ul.bilateral li")
    assert len(by_name) == 2 and [li["data-event-id"] for li in by_name] == [li["data-event-id"] for li in by_code]
    refused = page(datasette, "/-/events?country=Narnia", 400).get_text()
    assert "'Narnia' is neither a state's ISO 3166-1 alpha-2 code" in refused
    assert "unknown kind" in page(datasette, "/-/events?kind=parade", 400).get_text()


def test_a_pair_with_a_run_of_yearly_plans_shows_the_next_one_as_expected(pairs_db):
    datasette = make_datasette(pairs_db)
    html = page(datasette, "/-/pair/AZ-KZ")

    year = datetime.now(timezone.utc).year
    assert [row["data-plan-year"] for row in html.select("tr[data-plan-year]")] == [
        str(y) for y in range(year, year - 4, -1)]
    # Most of the plans were signed in December of the year before: next year's is expected by ~January.
    assert html.select_one(".expected").get_text(strip=True) == (
        f"plan for {year + 1}: not yet reported (expected by ~Jan {year + 1})")
    assert html.select_one("tr.missing").get_text(" ", strip=True).startswith(f"{year + 1} not yet reported")
    timeline = [h.get_text() for h in html.select("h3.timeline-year")]
    assert timeline == sorted(timeline, reverse=True) and str(year - 1) in timeline


def test_an_event_merged_into_another_redirects_to_it(stories_copy):
    # Issue 16 records merges in event_redirects (old id -> the surviving event); a link to the old id still works.
    db = open_db(stories_copy)
    [survivor] = [row[0] for row in db.execute("SELECT id FROM events ORDER BY id LIMIT 1")]
    db.execute("CREATE TABLE IF NOT EXISTS event_redirects (old_id INTEGER PRIMARY KEY, event_id INTEGER NOT NULL,"
               " merged_at TEXT NOT NULL)")
    db.execute("INSERT INTO event_redirects VALUES (9999, ?, '2026-01-01T00:00:00+00:00')", [survivor])
    db.conn.commit()

    response = get(make_datasette(stories_copy), "/-/event/9999")
    assert response.status_code == 302 and response.headers["location"] == f"/-/event/{survivor}"


def test_with_the_uis_address_the_feed_links_event_pages_under_it(stories_db):
    feed = get(make_datasette(stories_db, base_url="https://pw.example.org/desk"), "/-/events.atom").text
    pages = re.findall(r'<link href="([^"]+)" rel="alternate" type="text/html"', feed)
    assert len(pages) == 7 and pages[0] == "https://pw.example.org/desk/"
    assert all(re.fullmatch(r"https://pw\.example\.org/desk/-/event/\d+", url) for url in pages[1:])


def test_the_pair_page_lists_events_the_two_share_with_other_parties_apart(stories_copy, tmp_path):
    ingest_text(stories_copy, tmp_path, "trilateral.txt", TRILATERAL_TALKS)

    html = page(make_datasette(stories_copy), "/-/pair/AZ-GE")
    assert [li.select_one("a.headline").get_text() for li in html.select("ul.with-others li")] == [
        "Azerbaijan, Georgia and Türkiye held defence talks"]
    assert len(html.select("h3.timeline-year + ul li")) == 1  # the bilateral agreement only


def test_the_listing_puts_bilateral_events_first_then_those_of_more_parties(stories_copy, tmp_path):
    ingest_text(stories_copy, tmp_path, "trilateral.txt", TRILATERAL_TALKS)
    datasette = make_datasette(stories_copy)

    html = page(datasette, "/-/events")
    assert len(html.select("ul.bilateral li")) == 6
    assert [li.select_one("a.headline").get_text() for li in html.select("ul.others li")] == [
        "Azerbaijan, Georgia and Türkiye held defence talks"]
    three = page(datasette, "/-/events?q=Georgia+Azerbaijan+Turkey")
    assert html.select("ul.bilateral li") and not three.select("ul.bilateral li")
    assert len(three.select("ul.others li")) == 1


def test_a_rejected_event_keeps_its_page_which_says_a_review_took_it_out(stories_copy):
    from click.testing import CliRunner

    from monitor.cli import main

    datasette = make_datasette(stories_copy)
    rejected = event_id(datasette, "plan_signed", "AZ", "KZ")
    result = CliRunner().invoke(main, ["--db", str(stories_copy), "review", "reject", str(rejected)])
    assert result.exit_code == 0, result.output

    datasette = make_datasette(stories_copy)
    state = page(datasette, f"/-/event/{rejected}").select_one(".review-state").get_text(" ", strip=True)
    assert "rejected" in state and "left out of every listing" in state
    listing = get(datasette, "/-/events").text
    assert f"/-/event/{rejected}\"" not in listing
