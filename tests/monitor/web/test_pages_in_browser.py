"""The event page, the pair page and the events table as people see them: `pactwatch serve` in
headless Chromium at a desktop's width (1400 px) and a phone's (400 px). Screenshots are saved in
test-artifacts/ for people to look at; the assertions read the laid-out page (text present, where
it is, nothing cut off), never pixels."""

import json

import pytest

from tests.browser import Chromium, require_chromium
from tests.serving import serving

WIDTHS = {"desktop": (1400, 900), "phone": (400, 800)}


@pytest.fixture(scope="module")
def server_url(pairs_db):
    require_chromium()
    with serving(pairs_db) as url:
        yield url.rstrip("/")


@pytest.fixture(scope="module")
def browser():
    with Chromium() as chromium:
        yield chromium


def show(browser, url, size, name):
    width, height = WIDTHS[size]
    browser.set_viewport(width, height)
    browser.open(url)
    browser.save_screenshot(f"{name}-{width}.png")
    return width, height


def cut_off(browser) -> list[str]:
    """Elements with text that reach past the window's right edge (the page scrolls sideways)."""
    return browser.evaluate("""(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('.pw h1, .pw p, .pw dd, .pw li, .pw blockquote, .pw td, .pw .stored-text')]
            .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1)
            .map(e => e.tagName + ': ' + e.textContent.trim().slice(0, 60));
    })()""")


def box(browser, selector):
    return browser.evaluate(f"""(() => {{
        const e = document.querySelector({json.dumps(selector)});
        if (!e) return null;
        const r = e.getBoundingClientRect();
        return {{top: r.top + window.scrollY, left: r.left, right: r.right, width: r.width,
                 text: e.innerText}};
    }})()""")


def event_id(browser, server_url, parties):
    browser.open(f"{server_url}/stories/events.json?_shape=array&kind=plan_signed&plan_year=2025")
    [found] = [row["id"] for row in json.loads(browser.evaluate("document.body.innerText"))
               if row["parties"] == json.dumps(parties)]
    return found


@pytest.mark.parametrize("size", WIDTHS)
def test_the_event_page_reads_at_a_desktops_and_a_phones_width(browser, server_url, size):
    url = f"{server_url}/-/event/{event_id(browser, server_url, ['AZ', 'KZ'])}"
    width, height = show(browser, url, size, "event-page")

    headline = box(browser, "h1")
    assert headline["text"] == ("Azerbaijan and Kazakhstan signed their military cooperation plan for 2025 — "
                                "14 Nov 2024")
    assert headline["top"] < height / 2
    assert cut_off(browser) == []
    sources = browser.evaluate("[...document.querySelectorAll('section.source')].map(s => s.innerText)")
    assert len(sources) == 2 and any("Russian" in text for text in sources)
    text = box(browser, "section.source .stored-text")
    # The stored text is read at a reading width, not squeezed into a column.
    assert text["width"] >= min(600, width - 80) and len(text["text"].split()) > 15
    assert box(browser, "blockquote.evidence")["width"] >= min(600, width - 80)


@pytest.mark.parametrize("size", WIDTHS)
def test_the_pair_page_reads_at_a_desktops_and_a_phones_width(browser, server_url, size):
    width, height = show(browser, f"{server_url}/-/pair/AZ-KZ", size, "pair-page")

    assert box(browser, "h1")["text"] == "Azerbaijan and Kazakhstan: defence cooperation"
    expected = box(browser, ".expected")
    assert expected["text"].startswith("plan for ") and "not yet reported (expected by ~Jan" in expected["text"]
    assert expected["top"] < height
    assert len(browser.evaluate("[...document.querySelectorAll('tr[data-plan-year]')].map(r => r.innerText)")) == 4
    assert cut_off(browser) == []


@pytest.mark.parametrize("size", WIDTHS)
def test_the_events_table_opens_on_its_rows_newest_by_day_evidence_visible(browser, server_url, size):
    width, height = show(browser, f"{server_url}/stories/events", size, "events-table")

    first_row = box(browser, "table.rows-and-columns tbody tr")
    assert first_row["top"] < height, "the first event is not on the first screen"
    days = browser.evaluate("[...document.querySelectorAll('table.rows-and-columns tbody tr')]"
                            ".filter(tr => tr.querySelector('td.col-parties').innerText.match(/[A-Z]{2}/g).length == 2)"
                            ".map(tr => tr.querySelector('td.col-first_day').innerText.trim())")
    dated = [day for day in days if day and day != "\u00a0"]  # bilateral events; those of more states follow
    assert dated == sorted(dated, reverse=True) and len(dated) >= 6
    assert browser.evaluate("[...document.querySelectorAll('td.col-match_key, th.col-match_key')]"
                            ".every(e => e.getClientRects().length === 0)")
    evidence = box(browser, "table.rows-and-columns tbody td.col-evidence")
    assert evidence["right"] <= width and evidence["width"] >= min(300, width - 60)
    assert "original" in evidence["text"]
    folds = browser.evaluate("[...document.querySelectorAll('details.pactwatch-fold')].map(d => d.open)")
    assert folds == [False, False]
    assert box(browser, "form.pactwatch-search input[name=q]")["top"] < first_row["top"]


@pytest.mark.parametrize("size", WIDTHS)
def test_the_events_table_opens_on_bilateral_events_first(browser, server_url, size):
    """The newest event is the talks of three states: bilateral events come first all the same,
    each group newest first by its day, undated ones last in their group."""
    show(browser, f"{server_url}/stories/events", size, "events-table-order")

    rows = browser.evaluate("""[...document.querySelectorAll('table.rows-and-columns tbody tr')].map(tr => ({
        parties: (tr.querySelector('td.col-parties').innerText.match(/[A-Z]{2}/g) || []).length,
        day: tr.querySelector('td.col-first_day').innerText.trim()}))""")
    counts = [row["parties"] for row in rows]
    assert counts[0] == 2 and 3 in counts, counts
    assert counts == sorted(counts, key=lambda count: count != 2), "a multilateral event before a bilateral one"
    bilateral = [row["day"] for row in rows if row["parties"] == 2]
    dated = [day for day in bilateral if day and day != "\u00a0"]
    assert bilateral[:len(dated)] == sorted(dated, reverse=True)


def test_the_search_box_over_the_table_opens_the_events_matching_it(browser, server_url):
    browser.set_viewport(*WIDTHS["desktop"])
    browser.open(f"{server_url}/stories/events")
    browser.evaluate("document.querySelector('#pactwatch-q').value = 'Kazakhstan plan'")
    browser.evaluate("document.querySelector('form.pactwatch-search').submit()")
    assert browser.wait_for("Page.loadEventFired", 30)
    headlines = browser.evaluate("[...document.querySelectorAll('ul.bilateral a.headline')].map(a => a.innerText)")
    assert headlines and all(text.startswith("Azerbaijan and Kazakhstan signed their military cooperation plan")
                             for text in headlines)
