"""Make the README's screenshots from the demo database: `make screenshots` (or
`.venv/bin/python docs/screenshots.py`).

Builds a fresh demo database (`pactwatch demo`, offline), serves it (`pactwatch serve --port 0`,
loopback) and has headless Chromium save the event page, the pair page and the events listing
into docs/images/. Nothing here is drawn by hand: run it again after changing a page.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
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


def pages(db_path: Path) -> dict[str, tuple[str, int, int]]:
    """name -> (path, width, height): the event with the most reports, the pair with the most events."""
    with sqlite3.connect(db_path) as db:
        event = db.execute("SELECT event_id FROM event_articles GROUP BY event_id ORDER BY COUNT(*) DESC, event_id"
                           " LIMIT 1").fetchone()[0]
        first, second = db.execute(
            "SELECT json_extract(parties, '$[0]'), json_extract(parties, '$[1]') FROM events"
            " WHERE json_array_length(parties) = 2 GROUP BY 1, 2 ORDER BY COUNT(*) DESC LIMIT 1").fetchone()
    return {"event-page.png": (f"/-/event/{event}", 1400, 1500),
            "event-page-phone.png": (f"/-/event/{event}", 400, 1500),
            "pair-page.png": (f"/-/pair/{first}-{second}", 1400, 1100),
            "events-listing.png": ("/-/events", 1400, 1100)}


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
            for name, (path, width, height) in pages(db_path).items():
                shoot(base + path, IMAGES / name, width, height)
        finally:
            server.send_signal(signal.SIGINT)
            server.wait(30)


if __name__ == "__main__":
    main()
