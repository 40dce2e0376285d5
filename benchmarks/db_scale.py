"""Read queries on a large database: 100,000 articles and 20,000 events, target <= 200 ms each.

The database is built in a temporary folder with the real schema (storage.open_db): 40
sources, a year of nightly crawl runs for each, 100,000 articles whose texts are the labelled
dev corpus of defence news (../shared/corpus/dev, cycled; real lengths, so scans cost what
they would), a detection for every article, 20,000 events (one in twenty multilateral) with
50,000 mentions, MinHash signatures and sent alerts.

Then the CLI's read commands run in this process through click (what a user waits for, minus
interpreter start-up), a few of them also as whole new processes (start-up included), the SQL
of the web UI's views runs on a fresh connection each, like Datasette's, and the UI's pages are
requested from the Datasette application `pactwatch serve` runs (benchmarks/ui_pages.py). Each
figure is the best of REPEATS runs, in milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import random
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Optional

from click.testing import CliRunner

from benchmarks.dataset import SHARED
from benchmarks.ui_pages import time_pages
from monitor.analysis.events.identity import match_key
from monitor.cli import main as cli
from storage import open_db
from storage.detections import best_confidence

ARTICLES = 100_000
EVENTS = 20_000
MENTIONS = 50_000
SOURCES = [f"outlet_{i:02d}" for i in range(40)]
RUN_DAYS = 365
STATES = ["AZ", "GE", "KZ", "TR", "BY", "UZ", "AM", "RU", "KG", "TJ", "PK", "IL", "IT", "FR", "US"]
KINDS = ["plan_signed", "agreement_signed", "agreement_ratified", "talks", "exercise"]
LANGUAGES = ["en", "ru", "az", "tr"]
FIRST_DAY = datetime(2015, 1, 1, tzinfo=timezone.utc)
LAST_DAY = datetime(2026, 11, 30, tzinfo=timezone.utc)
NOW = LAST_DAY + timedelta(days=1)
REPEATS = 5
TARGET_MS = 200

UI_QUERIES = {
    "newest articles (table view)":
        "SELECT id, url, source, title, published_at, lang FROM articles"
        " ORDER BY COALESCE(published_at, fetched_at) DESC, id DESC LIMIT 101",
    "articles of one source":
        "SELECT id, title, published_at FROM articles WHERE source = 'outlet_07'"
        " ORDER BY COALESCE(published_at, fetched_at) DESC, id DESC LIMIT 101",
    "article count": "SELECT COUNT(*) FROM articles",
    "facet: articles by source": "SELECT source, COUNT(*) FROM articles GROUP BY source ORDER BY 2 DESC",
    "facet: articles by language": "SELECT lang, COUNT(*) FROM articles GROUP BY lang ORDER BY 2 DESC",
    "full-text search":
        "SELECT a.id, a.title FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid"
        " WHERE articles_fts MATCH 'ratified' ORDER BY articles_fts.rank LIMIT 20",
    "new agreements, last 30 days":
        "SELECT e.id, e.kind, e.parties, e.date, COUNT(m.article_id) FROM events e"
        " JOIN event_articles m ON m.event_id = e.id"
        " WHERE e.kind IN ('plan_signed', 'agreement_signed', 'agreement_ratified')"
        " AND COALESCE(e.date, e.first_seen) >= date(:now, '-30 days')"
        " GROUP BY e.id ORDER BY COALESCE(e.date, e.first_seen) DESC",
    "events by pair of states":
        "SELECT parties, kind, COUNT(*) FROM events WHERE json_array_length(parties) = 2"
        " GROUP BY parties, kind ORDER BY 3 DESC",
    "events table, newest first":
        "SELECT id, kind, parties, plan_year, date, first_seen FROM events"
        " ORDER BY COALESCE(date, first_seen) DESC, id DESC LIMIT 101",
    "facet: events by kind": "SELECT kind, COUNT(*) FROM events GROUP BY kind",
    "one event's source articles":
        "SELECT a.url, a.title, a.source FROM event_articles m JOIN articles a ON a.id = m.article_id"
        " WHERE m.event_id = 12345",
    "sources and last crawl":
        "SELECT s.name, r.started_at, r.status, r.articles_new,"
        " (SELECT COUNT(*) FROM articles a WHERE a.source = s.name) FROM sources s"
        " LEFT JOIN crawl_runs r ON r.id = (SELECT MAX(id) FROM crawl_runs WHERE source = s.name)",
    "flagged articles, low confidence":
        "SELECT a.id, a.title, d.events FROM detections d JOIN articles a ON a.id = d.article_id"
        " WHERE d.flagged = 1 AND d.confidence < 0.6 ORDER BY d.confidence, d.article_id DESC LIMIT 101",
}
CLI_COMMANDS = {
    "pactwatch events": ["events"],
    "pactwatch events --json": ["events", "--json"],
    "pactwatch events --limit 50": ["events", "--limit", "50"],
    "pactwatch events --limit 50 --json": ["events", "--limit", "50", "--json"],
    "pactwatch events --since (last 30 days)": ["events", "--since", (NOW - timedelta(days=30)).date().isoformat()],
    "pactwatch events --country AZ": ["events", "--country", "AZ"],
    "pactwatch events --kind plan_signed": ["events", "--kind", "plan_signed"],
    "pactwatch articles --limit 20": ["articles", "--limit", "20"],
    "pactwatch articles --source outlet_07 --limit 20": ["articles", "--source", "outlet_07", "--limit", "20"],
    "pactwatch sources": ["sources"],
    "pactwatch status": ["status"],
}
# Also timed as whole processes (start-up included), the way a user types them.
PROCESS_COMMANDS = ("pactwatch events --limit 50", "pactwatch events --since (last 30 days)", "pactwatch status")


def _iso(moment: datetime) -> str:
    return moment.replace(microsecond=0).isoformat()


def _texts() -> list[tuple[str, str]]:
    folder = SHARED / "corpus" / "dev"
    texts = []
    for path in sorted(folder.glob("*.txt")):
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        title = next((line.strip() for line in text.splitlines() if line.strip()), "")
        texts.append((title[:200], text))
    return texts


def build(path: Path, texts: list[tuple[str, str]], seed: int = 11) -> None:
    """Fill a fresh database at `path` (already migrated) with the data described above."""
    rng = random.Random(seed)
    conn = sqlite3.connect(path)
    span = (LAST_DAY - FIRST_DAY).total_seconds()
    with conn:
        conn.executemany("INSERT INTO sources (name, title, kind, country, languages, enabled, updated_at)"
                         " VALUES (?, ?, 'news', 'AZ', '[\"en\"]', 1, ?)",
                         [(name, name.replace("_", " ").title(), _iso(NOW)) for name in SOURCES])
        stats = json.dumps({f"downloader/stat_{i}": i for i in range(60)})
        runs = []
        for day in range(RUN_DAYS):
            started = NOW - timedelta(days=RUN_DAYS - day)
            for name in SOURCES:
                runs.append((name, _iso(started), _iso(started + timedelta(minutes=3)), "ok", 120, 20, 100, 0,
                             "finished", stats))
        conn.executemany("INSERT INTO crawl_runs (source, started_at, finished_at, status, requests, articles_new,"
                         " articles_seen, errors, finish_reason, stats) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", runs)
        articles = []
        for i in range(1, ARTICLES + 1):
            title, text = texts[i % len(texts)]
            published = FIRST_DAY + timedelta(seconds=span * i / ARTICLES + rng.uniform(-3600, 3600))
            articles.append((i, f"https://{SOURCES[i % len(SOURCES)]}.example/news/{i}.html", SOURCES[i % len(SOURCES)],
                             f"{title} ({i})", _iso(published), LANGUAGES[i % len(LANGUAGES)], text,
                             hashlib.sha256(str(i).encode()).hexdigest(), _iso(published + timedelta(hours=6))))
        with _search_index_rebuilt_after(conn):
            conn.executemany("INSERT INTO articles (id, url, source, title, published_at, lang, text, content_hash,"
                             " fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", articles)
        events, mentions, detections = _events(rng, articles)
        conn.executemany("INSERT INTO events (id, match_key, kind, parties, plan_year, date, first_day, last_day,"
                         " confidence, evidence, first_seen, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                         events)
        conn.executemany("INSERT INTO event_articles (event_id, article_id, evidence, confidence, date,"
                         " effective_date, added_at, kind, plan_year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", mentions)
        conn.executemany("INSERT INTO detections (article_id, classifier_version, lang, flagged, events,"
                         " confidence, classified_at, merged_at) VALUES (?, 'bench', ?, ?, ?, ?, ?, ?)", detections)
        conn.executemany("INSERT INTO article_signatures (article_id, minhash) VALUES (?, ?)",
                         ((i, rng.randbytes(256)) for i in range(1, ARTICLES + 1)))
        conn.executemany("INSERT INTO alerts (event_id, channel, idempotency_key, status, attempts, created_at,"
                         " sent_at) VALUES (?, ?, ?, 'sent', 1, ?, ?)",
                         [(event[0], channel, f"{event[0]}:{channel}", event[10], event[10])
                          for event in events if event[2] != "talks" for channel in ("email", "webhook")])
    conn.close()


@contextmanager
def _search_index_rebuilt_after(conn: sqlite3.Connection):
    """Bulk-insert articles without the full-text triggers, then index them in one pass (3x faster)."""
    triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'articles'"
                            ).fetchall()
    for name, _ in triggers:
        conn.execute(f"DROP TRIGGER [{name}]")
    yield
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
    for _, sql in triggers:
        conn.execute(sql)


def _events(rng: random.Random, articles: list[tuple]) -> tuple[list, list, list]:
    """EVENTS events over the flagged articles (MENTIONS of them, oldest first), 1-4 mentions each."""
    flagged = sorted(rng.sample(range(1, ARTICLES + 1), MENTIONS))
    events, mentions, by_article = [], [], {}
    position = 0
    for event_id in range(1, EVENTS + 1):
        left_events, left_mentions = EVENTS - event_id + 1, MENTIONS - position
        count = left_mentions if left_events == 1 else max(1, min(left_mentions - left_events + 1,
                                                                  round(rng.triangular(1, 4, 2.5))))
        reports = flagged[position:position + count]
        position += count
        parties = sorted(rng.sample(STATES, 3 if rng.random() < 0.05 else 2))
        kind = rng.choice(KINDS)
        day = articles[reports[0] - 1][4][:10]
        plan_year = int(day[:4]) + 1 if kind == "plan_signed" else None
        stated = day if rng.random() < 0.6 else None
        confidence = round(rng.uniform(0.3, 0.95), 2)
        first_seen = articles[reports[0] - 1][8]
        events.append((event_id, match_key(kind, parties, plan_year), kind, json.dumps(parties), plan_year, stated,
                       day, articles[reports[-1] - 1][4][:10], confidence, "evidence sentence", first_seen,
                       first_seen))
        for article_id in reports:
            effective = stated or articles[article_id - 1][4][:10]
            mentions.append((event_id, article_id, "evidence sentence", confidence, stated, effective, first_seen,
                             kind, plan_year))
            by_article[article_id] = {"kind": kind, "parties": parties, "plan_year": plan_year, "date": stated,
                                      "evidence": "evidence sentence", "confidence": confidence}
    detections = []
    for article in articles:
        event = by_article.get(article[0])
        read = [event] if event else []
        detections.append((article[0], article[5], int(event is not None), json.dumps(read), best_confidence(read),
                           article[8], article[8]))
    return events, mentions, detections


def best_ms(run, repeats: int = REPEATS) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        run()
        times.append(time.perf_counter() - started)
    return round(min(times) * 1000, 1)


def time_cli(config_path: Path, db_path: Path, arguments: list[str]) -> float:
    runner = CliRunner()

    def run() -> None:
        result = runner.invoke(cli, ["--config", str(config_path), "--db", str(db_path), *arguments])
        if result.exit_code != 0:
            raise RuntimeError(f"pactwatch {' '.join(arguments)} failed: {result.output}{result.exception}")
    return best_ms(run)


def time_process(config_path: Path, db_path: Path, arguments: list[str]) -> float:
    """The whole command as a user waits for it: a new `python -m monitor` process, start-up included."""
    command = [sys.executable, "-m", "monitor", "--config", str(config_path), "--db", str(db_path), *arguments]
    return best_ms(lambda: subprocess.run(command, check=True, stdout=subprocess.DEVNULL))


def time_sql(db_path: Path, sql: str) -> float:
    def run() -> None:
        conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
        conn.execute(sql, {"now": _iso(NOW)}).fetchall()
        conn.close()
    return best_ms(run)


def write_config(folder: Path) -> Path:
    blocks = "".join(f'\n[[sources]]\nname = "{name}"\nfeeds = ["https://{name}.example/feed"]\n' for name in SOURCES)
    path = folder / "pactwatch.toml"
    path.write_text(f'[storage]\npath = "big.db"\n{blocks}', encoding="utf-8")
    return path


def query_plans(db_path: Path) -> dict[str, str]:
    """SQLite's plan for each UI query, so a slow one shows whether it scans."""
    conn = sqlite3.connect(db_path)
    plans = {name: " / ".join(row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}", {"now": _iso(NOW)}))
             for name, sql in UI_QUERIES.items()}
    conn.close()
    return plans


def main(explain: bool = False) -> Optional[dict]:
    texts = _texts()
    if not texts:
        print(f"skipped: no texts in {SHARED / 'corpus' / 'dev'}", file=sys.stderr)
        return None
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "big.db"
        open_db(db_path).conn.close()
        started = time.perf_counter()
        build(db_path, texts)
        db = open_db(db_path)
        db.execute("ANALYZE")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.conn.close()
        built = time.perf_counter() - started
        config_path = write_config(Path(folder))
        cli_ms = {name: time_cli(config_path, db_path, arguments) for name, arguments in CLI_COMMANDS.items()}
        process_ms = {name: time_process(config_path, db_path, CLI_COMMANDS[name]) for name in PROCESS_COMMANDS}
        sql_ms = {name: time_sql(db_path, sql) for name, sql in UI_QUERIES.items()}
        page_ms = time_pages(db_path)
        size_mb = db_path.stat().st_size / 1024 / 1024
        result = {"articles": ARTICLES, "events": EVENTS, "mentions": MENTIONS, "build_seconds": round(built, 1),
                  "db_mb": round(size_mb), "mb_per_1000_articles": round(size_mb / ARTICLES * 1000, 2),
                  "cli_ms": cli_ms, "cli_process_ms": process_ms, "ui_sql_ms": sql_ms, "ui_pages_ms": page_ms,
                  "over_target": sorted(name for name, ms in {**cli_ms, **sql_ms, **page_ms}.items()
                                        if not isinstance(ms, (int, float)) or ms > TARGET_MS)}
        if explain:
            result["plans"] = query_plans(db_path)
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return result


if __name__ == "__main__":
    main(explain="--explain" in sys.argv)
