"""Make the README's screenshots from the demo database: `make screenshots` (or
`.venv/bin/python docs/screenshots.py`).

Builds a fresh demo database (`pactwatch demo`, offline), serves it (`pactwatch serve --port 0`,
loopback) and has headless Chromium save the event page, the pair page and the events listing
into docs/images/. Nothing here is drawn by hand: run it again after changing a page.

The pair page says which plan it expects only after plans for three consecutive years up to
last year or this one (monitor.analysis.pairs); the demo's own plans end with Azerbaijan and
Kazakhstan's for 2024. So before the pair page's screenshot (the others show the demo as it
is), the ministry's pages on their plans for the
two years after that one up to this year are written (dated from today: signed each October
of the year before, as the demo's is) and added with `pactwatch ingest --source demo_ministry`.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
PACTWATCH = str(Path(sys.executable).with_name("pactwatch"))
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-extensions", "--hide-scrollbars")


def chromium() -> str:
    path = os.environ.get("PACTWATCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        sys.exit("Chromium is needed (apt-get install chromium)")
    return path


def shoot(url: str, target: Path, width: int, height: int) -> None:
    with tempfile.TemporaryDirectory(prefix="pactwatch-shots-") as profile:
        subprocess.run([chromium(), *FLAGS, f"--user-data-dir={profile}", f"--screenshot={target}",
                        f"--window-size={width},{height}", url], check=True, capture_output=True, timeout=120)
    print(f"{target.relative_to(HERE.parent)}  ({url})")


def plan_page(year: int) -> str:
    """The demo ministry's page on the Azerbaijan–Kazakhstan plan for `year`, signed on 9 October of the year before."""
    return f"""<html lang="en"><head><title>Plan of military cooperation with Kazakhstan for {year} signed</title>
<meta property="article:published_time" content="{year - 1}-10-09T17:30:00+04:00"></head><body>
<article><h1>Plan of military cooperation with Kazakhstan for {year} signed</h1>
<p>On 9 October {year - 1} the Minister of Defence of Azerbaijan received a delegation of the Ministry of Defence
of Kazakhstan in Baku.</p>
<p>At the end of the meeting the sides signed the plan of bilateral military cooperation for {year}.</p>
<p>It provides for exchanges of cadets, staff consultations and joint work of the two navies in the Caspian.</p>
</article></body></html>"""


def add_yearly_plans(db_path: Path, folder: Path) -> None:
    """Ingest AZ–KZ plans for each year after the demo's 2024 plan up to this year, the last two at least."""
    this_year = date.today().year
    paths = []
    for year in range(min(2025, this_year - 1), this_year + 1):
        path = folder / f"az-kz-plan-{year}.html"
        path.write_text(plan_page(year), encoding="utf-8")
        paths.append(str(path))
    subprocess.run([PACTWATCH, "--db", str(db_path), "ingest", "--source", "demo_ministry", *paths], check=True,
                   capture_output=True, timeout=600)


def demo_pages(db_path: Path) -> dict[str, tuple[str, int, int]]:
    """name -> (path, width, height) of the pages shot on the demo as it is: the event with the
    most reports, and the events listing."""
    with sqlite3.connect(db_path) as db:
        event = db.execute("SELECT event_id FROM event_articles GROUP BY event_id ORDER BY COUNT(*) DESC, event_id"
                           " LIMIT 1").fetchone()[0]
    return {"event-page.png": (f"/-/event/{event}", 1400, 1500),
            "event-page-phone.png": (f"/-/event/{event}", 400, 1500),
            "events-listing.png": ("/-/events", 1400, 1100)}


def pair_pages(db_path: Path) -> dict[str, tuple[str, int, int]]:
    """The page of the pair with the most plan years (then events): the one that expects a plan."""
    with sqlite3.connect(db_path) as db:
        first, second = db.execute(
            "SELECT json_extract(parties, '$[0]'), json_extract(parties, '$[1]') FROM events"
            " WHERE json_array_length(parties) = 2 GROUP BY 1, 2"
            " ORDER BY COUNT(DISTINCT CASE WHEN kind = 'plan_signed' THEN plan_year END) DESC, COUNT(*) DESC"
            " LIMIT 1").fetchone()
    return {"pair-page.png": (f"/-/pair/{first}-{second}", 1400, 1100)}


def main() -> None:
    IMAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="pactwatch-demo-") as folder:
        db_path = Path(folder) / "pactwatch-demo.db"
        subprocess.run([PACTWATCH, "--db", str(db_path), "demo"], check=True, capture_output=True, timeout=600)
        server = subprocess.Popen([PACTWATCH, "--db", str(db_path), "serve", "--port", "0"], stdout=subprocess.PIPE,
                                  stderr=subprocess.DEVNULL, text=True)
        try:
            line = server.stdout.readline()
            base = line.split(" at ", 1)[1].split()[0].rstrip("/")
            for name, (path, width, height) in demo_pages(db_path).items():
                shoot(base + path, IMAGES / name, width, height)
            add_yearly_plans(db_path, Path(folder))  # the server reads what is added while it runs
            for name, (path, width, height) in pair_pages(db_path).items():
                shoot(base + path, IMAGES / name, width, height)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)


if __name__ == "__main__":
    main()
