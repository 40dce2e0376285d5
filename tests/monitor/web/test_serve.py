"""`pactwatch serve` as a user runs it: a real server process on loopback, opened in headless Chromium."""

import signal
import socket
import subprocess
import urllib.request

import pytest
from bs4 import BeautifulSoup

from tests.browser import dump_dom, require_chromium, screenshot
from tests.processes import start_with_stop_signals_held, stopped, wait_until_caught
from tests.serving import PACTWATCH, read_url, serving
from tests.stories import MARKUP_TITLE


@pytest.fixture(scope="module")
def server_url(stories_db):
    """One `pactwatch serve` for the browser tests of this module (stopped with Ctrl-C at the end)."""
    require_chromium()
    with serving(stories_db) as url:
        yield url


def test_events_page_in_a_browser_shows_every_event_with_links_to_its_sources(server_url):
    url = server_url
    page = BeautifulSoup(dump_dom(url + "stories/events_with_sources"), "html.parser")
    shot = screenshot(url + "stories/events_with_sources", "serve-events-with-sources.png")
    table_page = BeautifulSoup(dump_dom(url + "stories/events?kind=plan_signed"), "html.parser")

    body = [tr for tr in page.select("table.rows-and-columns tbody tr")]
    states = sorted(tr.select_one("td.col-states").get_text(strip=True) for tr in body)
    assert states == sorted(["Azerbaijan – Moldova", "Azerbaijan – Serbia", "Azerbaijan – Kazakhstan",
                             "Azerbaijan – Georgia", "Azerbaijan – Türkiye", "Kazakhstan – Uzbekistan"])
    kazakh = next(tr for tr in body if "Kazakhstan" in tr.select_one("td.col-states").get_text()
                  and "Azerbaijan" in tr.select_one("td.col-states").get_text())
    assert len(kazakh.select("a.pactwatch-original")) == 2
    assert MARKUP_TITLE in page.get_text()
    assert shot.stat().st_size > 10_000

    filtered = [tr.select_one("td.col-kind").get_text(strip=True)
                for tr in table_page.select("table.rows-and-columns tbody tr")]
    assert filtered == ["plan_signed", "plan_signed"]


def test_the_feed_link_on_the_home_page_is_served(server_url):
    home = BeautifulSoup(dump_dom(server_url), "html.parser")
    [feed_link] = [a["href"] for a in home.find_all("a") if "Atom feed" in a.get_text()]
    feed = dump_dom(server_url.rstrip("/") + feed_link)
    assert "Plan signed: Azerbaijan – Kazakhstan (2025)" in feed


def test_serve_refuses_a_database_that_does_not_exist(tmp_path):
    missing = tmp_path / "nothing.db"
    result = subprocess.run([PACTWATCH, "--db", str(missing), "serve", "--port", "0"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and "no such database" in result.stderr
    assert not missing.exists()


def test_serve_says_when_the_port_is_taken(stories_db):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run([PACTWATCH, "--db", str(stories_db), "serve", "--port", str(port)],
                                capture_output=True, text=True, timeout=60)
    assert result.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in result.stderr


def start_serve(db_path, held=False):
    command = [PACTWATCH, "--db", str(db_path), "serve", "--port", "0"]
    start = start_with_stop_signals_held if held else subprocess.Popen
    return start(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_stop_sent_at_the_first_instant_of_start_up_is_honoured_without_serving(stories_db, signum):
    process = start_serve(stories_db, held=True)

    assert stopped(process, signum) == 0, process.stderr.read()
    assert process.stdout.read() == ""


def test_a_sigterm_sent_before_the_interpreter_runs_still_ends_the_process_at_once(stories_db):
    """Before Python has run a line of pactwatch no handler can exist: the kernel's default action
    ends the process (killed by SIGTERM, which service managers count as a clean stop). Later,
    pactwatch's handler ends it with 0. Either way it never keeps serving."""
    process = start_serve(stories_db)

    assert stopped(process, signal.SIGTERM) in (0, -signal.SIGTERM), process.stderr.read()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("moment", ["handler in place", "URL printed", "first page served"])
def test_a_stop_at_any_moment_of_start_up_ends_the_server_with_exit_0(stories_db, moment, signum):
    process = start_serve(stories_db)
    wait_until_caught(process, signal.SIGTERM)
    if moment != "handler in place":
        url = read_url(process)
    if moment == "first page served":
        with urllib.request.urlopen(url, timeout=60) as page:
            assert page.status == 200

    assert stopped(process, signum) == 0, process.stderr.read()


def test_only_loopback_addresses_count_as_private_to_this_machine():
    from monitor.commands.serve import _is_loopback

    assert all(_is_loopback(host) for host in ("127.0.0.1", "127.0.0.2", "::1", "localhost"))
    assert not any(_is_loopback(host) for host in ("0.0.0.0", "::", "192.168.1.5", "example.org"))
