"""`pactwatch crawl` progress: counts recorded while a crawl runs, a live table in a terminal,
plain lines in a pipe."""

import os
import re
import subprocess
import sys
import threading
import time

from storage import open_db
from tests.sites import WIRE_CONFIG, article_html, rss, words
from tests.terminal import run_in_terminal

PACTWATCH = os.path.join(os.path.dirname(sys.executable), "pactwatch")


def slow_wire(site, count, delay=0.0):
    items = []
    for number in range(1, count + 1):
        path = f"/news/{number}.html"
        site.add(path, article_html(f"Story {number}", [words(str(number))]), delay=delay)
        items.append((site.url(path), f"Story {number}", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/missing.html", "gone", status=404)
    items.append((site.url("/missing.html"), "Gone", "Tue, 05 Mar 2024 10:00:00 +0400"))
    site.add("/rss.xml", rss(items), "application/rss+xml")


def test_a_running_crawl_records_its_counts_as_it_goes(site, write_config, crawl, db_path):
    slow_wire(site, 10, delay=0.5)
    config = write_config(WIRE_CONFIG.replace("{base}", site.base_url))
    done = []
    worker = threading.Thread(target=lambda: done.append(crawl(config, "wire")))
    worker.start()
    seen = []
    while worker.is_alive():
        if db_path.exists():
            db = open_db(db_path)
            seen += [tuple(row) for row in db.execute(
                "SELECT status, requests, articles_new FROM crawl_runs WHERE status = 'running'")]
            db.conn.close()
        time.sleep(0.1)
    worker.join()

    assert done[0].ok
    assert any(requests > 0 for _, requests, _ in seen), seen
    assert max(new for _, _, new in seen) < 10
    assert (done[0].run["articles_new"], done[0].run["errors"]) == (10, 1)


def test_in_a_terminal_a_live_table_shows_each_source_and_its_counts(site, write_config, db_path):
    slow_wire(site, 3)
    config = write_config(WIRE_CONFIG.replace("{base}", site.base_url))

    code, screen = run_in_terminal(["--config", str(config), "--db", str(db_path), "crawl", "wire"])

    assert code == 0, screen
    header = next(line for line in screen.splitlines() if "requests" in line)
    assert [cell.strip() for cell in header.strip("┃│ ").split("┃")] == [
        "source", "status", "requests", "new", "known", "errors", "elapsed"]
    final = [line for line in screen.splitlines() if line.startswith("│ wire")][-1]
    cells = [cell.strip() for cell in final.strip("│ ").split("│")]
    assert cells[:2] == ["wire", "ok"] and cells[3:6] == ["3", "0", "1"]
    assert re.fullmatch(r"\d+\.\d s", cells[6])
    assert "------" not in screen
    assert "INFO" not in screen


def test_in_a_pipe_progress_is_plain_lines_and_the_summary_a_table(site, write_config, db_path):
    slow_wire(site, 2)
    config = write_config(WIRE_CONFIG.replace("{base}", site.base_url))

    result = subprocess.run([PACTWATCH, "--verbose", "--config", str(config), "--db", str(db_path), "crawl", "wire",
                             "--quiet"], capture_output=True, text=True, timeout=120)

    assert result.returncode == 0, result.stderr
    assert "wire: crawling" in result.stderr
    assert re.search(r"^wire: ok, \d+ requests, 2 new, 0 known, 1 errors, \d+\.\d s$", result.stderr, re.M)
    assert "\x1b[" not in result.stdout + result.stderr
    summary = result.stdout.splitlines()
    assert summary[0].split() == ["source", "status", "requests", "new", "known", "errors"]
    assert summary[2].split()[:2] == ["wire", "ok"]


def test_in_a_terminal_the_crawlers_warnings_are_printed_above_the_table(site, write_config, db_path):
    slow_wire(site, 4)
    config = write_config(WIRE_CONFIG.replace("{base}", site.base_url))

    code, screen = run_in_terminal(["--config", str(config), "--db", str(db_path), "crawl", "wire",
                                    "--max-pages", "2"])

    assert code == 0, screen
    lines = screen.splitlines()
    warning = next(index for index, line in enumerate(lines) if "max_pages=2 reached" in line)
    assert "WARNING" in lines[warning]
    assert any(line.startswith("│ wire") for line in lines[warning + 1:])
