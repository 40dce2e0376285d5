"""`pactwatch demo`: the whole product, offline, on the bundled demo site."""

import json
import subprocess
import sys
from pathlib import Path

from storage import open_db

LABELS = Path(__file__).resolve().parents[1] / "fixtures" / "demo_labels.jsonl"


def labels():
    return [json.loads(line) for line in LABELS.read_text(encoding="utf-8").splitlines() if line.strip()]


def run_demo(db_path):
    return subprocess.run([sys.executable, "-m", "monitor", "--db", str(db_path), "demo"],
                          capture_output=True, text=True, timeout=180)


def test_demo_crawls_every_article_of_every_outlet_and_nothing_else(db_path):
    result = run_demo(db_path)
    assert result.returncode == 0, result.stderr

    db = open_db(db_path)
    urls = [row[0] for row in db.execute("SELECT url FROM articles")]
    assert sorted(url.split("/", 3)[3] for url in urls) == sorted(label["id"].lstrip("/") for label in labels())
    assert not any("/private/" in url or "about.html" in url or "utm_" in url for url in urls)
    statuses = {row[0]: row[1] for row in db.execute("SELECT source, status FROM crawl_runs")}
    assert statuses == {"demo_ministry": "ok", "demo_wire": "ok", "demo_daily": "ok"}
    assert f"{len(labels())} articles stored" in result.stdout


def test_demo_starts_from_a_fresh_database_each_time(db_path):
    assert run_demo(db_path).returncode == 0
    assert run_demo(db_path).returncode == 0
    db = open_db(db_path)
    assert db.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0] == 3
