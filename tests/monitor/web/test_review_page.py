"""The review page of `pactwatch serve --review`, driven through its forms in headless Chromium on a
real server process; the decisions land in the file as `pactwatch review` would store them."""

from __future__ import annotations

import json
import subprocess
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.browser import Chromium, require_chromium, screenshot
from tests.monitor.commands.reviewing import cli, event_id, events, query
from tests.serving import PACTWATCH, serving

LOAD_SECONDS = 30


def submit(browser: Chromium, selector: str, index: int = 0) -> None:
    """Click a form's button with the mouse and wait for the page the POST redirects to."""
    seen = len(browser._events)
    browser.click(selector, index)  # reads the browser's events for a second (any dialog), keeping them
    loaded = any(event["method"] == "Page.loadEventFired" for event in browser._events[seen:])
    assert loaded or browser.wait_for("Page.loadEventFired", LOAD_SECONDS), "the form's answer did not load"


def fill(browser: Chromium, values: dict[str, str]) -> None:
    for selector, value in values.items():
        browser.evaluate(f"document.querySelector({json.dumps(selector)}).value = {json.dumps(value)}")


def test_decisions_taken_through_the_forms_in_a_browser(reviewed_db):
    require_chromium()
    moldova, georgia = event_id(reviewed_db, "AZ-MD"), event_id(reviewed_db, "AZ-GE")
    with serving(reviewed_db, "--review") as base, Chromium() as browser:
        shots = [screenshot(f"{base}-/review/{georgia}", f"review-page-{width}.png", width=width, height=1400)
                 for width in (1400, 400)]
        browser.open(f"{base}-/review/{moldova}")
        fill(browser, {".pactwatch-review-verdict input[name=note]": "nobody is named as signing"})
        submit(browser, ".pactwatch-review-verdict button[value=reject]")
        rejected_page = browser.evaluate("document.body.innerText")

        browser.open(f"{base}-/review/{georgia}")
        fill(browser, {".pactwatch-review-correct select[name=kind]": "plan_signed",
                       ".pactwatch-review-correct input[name=plan_year]": "2025"})
        submit(browser, ".pactwatch-review-correct button[value=correct]")
        corrected_page = browser.evaluate("document.body.innerText")

    assert "reject recorded" in rejected_page and "rejected" in rejected_page
    assert "correct recorded" in corrected_page and "plan_signed" in corrected_page and "2025" in corrected_page
    assert "AZ-MD" not in events(reviewed_db)
    assert (events(reviewed_db)["AZ-GE"]["kind"], events(reviewed_db)["AZ-GE"]["plan_year"]) == ("plan_signed", 2025)
    decisions = json.loads(cli(reviewed_db, "review", "list", "--json"))
    assert [(d["action"], d["event_id"], d["note"]) for d in decisions] == [
        ("reject", moldova, "nobody is named as signing"), ("correct", georgia, None)]
    assert all(shot.stat().st_size > 10_000 for shot in shots)


def post(url: str, fields: dict, headers: dict | None = None) -> int:
    request = urllib.request.Request(url, data=urllib.parse.urlencode(fields).encode(), headers=headers or {})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_post_without_the_pages_csrf_token_or_from_another_origin_is_refused(reviewed_db):
    moldova = event_id(reviewed_db, "AZ-MD")
    with serving(reviewed_db, "--review") as base:
        url = f"{base}-/review/{moldova}"
        assert post(url, {"action": "reject"}) == 403
        assert post(url, {"action": "reject", "csrftoken": "forged"}, {"Cookie": "ds_csrftoken=forged"}) == 403
        assert post(url, {"action": "reject"}, {"Origin": "http://evil.example"}) == 403
    assert query(reviewed_db, "SELECT COUNT(*) FROM reviews") == [(0,)]


def test_without_review_the_page_does_not_exist_and_review_is_loopback_only(reviewed_db):
    with serving(reviewed_db) as base:
        with pytest.raises(urllib.error.HTTPError) as missing:
            urllib.request.urlopen(f"{base}-/review/1", timeout=30)
    assert missing.value.code == 404

    refused = subprocess.run([PACTWATCH, "--db", str(reviewed_db), "serve", "--review", "--host", "0.0.0.0",
                              "--port", "0"], capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "--review serves on a loopback address only" in refused.stderr
