"""Schema versions. Each migration moves the file one version forward; none drops user data."""

from __future__ import annotations

from typing import Callable

import sqlite_utils


def _v1_core_tables(db: sqlite_utils.Database) -> None:
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS sources (
            name TEXT PRIMARY KEY,
            title TEXT,
            kind TEXT,
            country TEXT,
            languages TEXT,
            enabled INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT
        );
        CREATE TABLE IF NOT EXISTS crawl_runs (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL,
            pid INTEGER,
            requests INTEGER NOT NULL DEFAULT 0,
            articles_new INTEGER NOT NULL DEFAULT 0,
            articles_seen INTEGER NOT NULL DEFAULT 0,
            errors INTEGER NOT NULL DEFAULT 0,
            finish_reason TEXT,
            stats TEXT
        );
        CREATE INDEX IF NOT EXISTS crawl_runs_source ON crawl_runs (source, started_at);
        CREATE TABLE IF NOT EXISTS articles (
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            title TEXT,
            published_at TEXT,
            lang TEXT,
            author TEXT,
            text TEXT,
            content_hash TEXT NOT NULL,
            fetched_at TEXT NOT NULL,
            run_id INTEGER REFERENCES crawl_runs (id)
        );
        CREATE INDEX IF NOT EXISTS articles_source ON articles (source, published_at);
        CREATE INDEX IF NOT EXISTS articles_published ON articles (published_at);
        CREATE INDEX IF NOT EXISTS articles_hash ON articles (content_hash);
        CREATE TABLE IF NOT EXISTS url_failures (
            id INTEGER PRIMARY KEY,
            run_id INTEGER REFERENCES crawl_runs (id),
            source TEXT NOT NULL,
            url TEXT NOT NULL,
            reason TEXT NOT NULL,
            http_status INTEGER,
            at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS url_failures_run ON url_failures (run_id);
        CREATE TABLE IF NOT EXISTS detections (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id),
            classifier_version TEXT NOT NULL,
            lang TEXT,
            flagged INTEGER NOT NULL,
            events TEXT NOT NULL,
            classified_at TEXT NOT NULL,
            merged_at TEXT
        );
        CREATE INDEX IF NOT EXISTS detections_unmerged ON detections (article_id) WHERE merged_at IS NULL;
        CREATE INDEX IF NOT EXISTS detections_flagged ON detections (flagged);
        CREATE TABLE IF NOT EXISTS events (
            id INTEGER PRIMARY KEY,
            match_key TEXT NOT NULL,
            kind TEXT NOT NULL,
            parties TEXT NOT NULL,
            plan_year INTEGER,
            date TEXT,
            first_day TEXT,
            last_day TEXT,
            confidence REAL,
            evidence TEXT,
            first_seen TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS events_key ON events (match_key, first_day);
        CREATE TABLE IF NOT EXISTS event_articles (
            event_id INTEGER NOT NULL REFERENCES events (id),
            article_id INTEGER NOT NULL REFERENCES articles (id),
            evidence TEXT,
            confidence REAL,
            date TEXT,
            effective_date TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY (event_id, article_id)
        );
        CREATE INDEX IF NOT EXISTS event_articles_article ON event_articles (article_id);
        CREATE TABLE IF NOT EXISTS article_links (
            article_id INTEGER NOT NULL REFERENCES articles (id),
            other_id INTEGER NOT NULL REFERENCES articles (id),
            relation TEXT NOT NULL,
            similarity REAL,
            PRIMARY KEY (article_id, other_id, relation)
        );
        CREATE TABLE IF NOT EXISTS alerts (
            id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id),
            channel TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            sent_at TEXT,
            last_error TEXT
        );
        CREATE INDEX IF NOT EXISTS alerts_status ON alerts (status);
        """
    )


def _v2_article_search(db: sqlite_utils.Database) -> None:
    """Full-text search over article titles and texts, kept in step by triggers."""
    if not db["articles_fts"].exists():
        db["articles"].enable_fts(["title", "text"], fts_version="FTS5", create_triggers=True,
                                  tokenize="unicode61 remove_diacritics 2")


def _v3_article_signatures(db: sqlite_utils.Database) -> None:
    """MinHash signatures, so near-duplicate articles can be found without re-reading their texts."""
    db.executescript(
        """
        CREATE TABLE IF NOT EXISTS article_signatures (
            article_id INTEGER PRIMARY KEY REFERENCES articles (id),
            minhash BLOB NOT NULL
        );
        CREATE INDEX IF NOT EXISTS articles_fetched ON articles (fetched_at);
        """
    )


def _v4_alert_outbox(db: sqlite_utils.Database) -> None:
    """The outbox grows what retries need: when a row may be tried again, when it last was, and the
    digest it went out in (a digest resent after a crash must carry the same key).

    Health messages get an outbox of their own (they belong to a source, not an event), and
    one row locks dispatching, so two processes never deliver the same outbox at once.
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(alerts)")}
    for column in ("next_attempt_at", "last_attempt_at", "batch_key"):
        if column not in columns:
            db.execute(f"ALTER TABLE alerts ADD COLUMN {column} TEXT")
    db.executescript(
        """
        CREATE INDEX IF NOT EXISTS alerts_due ON alerts (status, next_attempt_at);
        CREATE TABLE IF NOT EXISTS health_alerts (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            state TEXT NOT NULL,
            message TEXT NOT NULL,
            channel TEXT NOT NULL,
            idempotency_key TEXT NOT NULL UNIQUE,
            status TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL,
            next_attempt_at TEXT,
            last_attempt_at TEXT,
            sent_at TEXT,
            last_error TEXT
        );
        CREATE INDEX IF NOT EXISTS health_alerts_due ON health_alerts (status, next_attempt_at);
        CREATE TABLE IF NOT EXISTS alert_dispatch_lock (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            owner TEXT NOT NULL,
            until TEXT NOT NULL
        );
        """
    )


def _v5_mention_identity(db: sqlite_utils.Database) -> None:
    """Each mention keeps the kind and plan year its article reported, so an event that gathered
    reports of talks and of the signing they ended in (or reports with and without the plan's
    year) can be re-derived from its mentions when an article is classified again."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(event_articles)")}
    if "kind" not in columns:
        db.execute("ALTER TABLE event_articles ADD COLUMN kind TEXT")
    if "plan_year" not in columns:
        db.execute("ALTER TABLE event_articles ADD COLUMN plan_year INTEGER")
    db.execute("UPDATE event_articles SET kind = (SELECT kind FROM events WHERE id = event_id),"
               " plan_year = (SELECT plan_year FROM events WHERE id = event_id) WHERE kind IS NULL")


def _v6_article_origins(db: sqlite_utils.Database) -> None:
    """The outlet an article says it republishes, and the configured source that outlet is."""
    db.execute("CREATE TABLE IF NOT EXISTS article_origins (article_id INTEGER PRIMARY KEY REFERENCES articles (id),"
               " outlet TEXT NOT NULL, origin_source TEXT)")
    db.execute("CREATE INDEX IF NOT EXISTS article_origins_source ON article_origins (origin_source)")


def _v7_listing_indexes(db: sqlite_utils.Database) -> None:
    """Indexes for the read side on large files (benchmarks/db_scale.py: 100,000 articles).

    Articles are listed newest first by COALESCE(published_at, fetched_at), overall and per
    source; without an index on that expression every listing read and sorted the whole table
    (0.6 s at 100,000 articles). The per-source index replaces articles_source, whose
    (source, published_at) order no query uses. Articles are also counted by language (the UI's
    facet), which scanned the table. Events are listed newest first by COALESCE(date, first_seen).
    """
    for statement in (
            "CREATE INDEX IF NOT EXISTS articles_newest ON articles (COALESCE(published_at, fetched_at), id)",
            "CREATE INDEX IF NOT EXISTS articles_source_newest"
            " ON articles (source, COALESCE(published_at, fetched_at), id)",
            "DROP INDEX IF EXISTS articles_source",
            "CREATE INDEX IF NOT EXISTS articles_lang ON articles (lang)",
            "CREATE INDEX IF NOT EXISTS events_newest ON events (COALESCE(date, first_seen), id)"):
        db.execute(statement)


def _v8_signature_bands(db: sqlite_utils.Database) -> None:
    """MinHash LSH bands in an indexed table: near-duplicate candidates are found by lookups,
    where every crawl used to rebuild an in-memory index of all recent signatures (44 MB and
    growing with each 10,000 articles fetched in the window, benchmarks/crawl_speed.py).
    Signatures stored before have banded = 0 until the next deduplication bands them."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS signature_bands (band INTEGER NOT NULL, bucket BLOB NOT NULL,"
        " article_id INTEGER NOT NULL REFERENCES articles (id), PRIMARY KEY (band, bucket, article_id))"
        " WITHOUT ROWID")
    if "banded" not in {row[1] for row in db.execute("PRAGMA table_info(article_signatures)")}:
        db.execute("ALTER TABLE article_signatures ADD COLUMN banded INTEGER NOT NULL DEFAULT 0")


def _v9_detection_confidence(db: sqlite_utils.Database) -> None:
    """The best confidence of a detection's events as a column, indexed among flagged articles, so
    the UI's review list ("flagged with low confidence") does not parse every detection's JSON."""
    if "confidence" not in {row[1] for row in db.execute("PRAGMA table_info(detections)")}:
        db.execute("ALTER TABLE detections ADD COLUMN confidence REAL")
    db.execute("UPDATE detections SET confidence ="
               " (SELECT MAX(json_extract(v.value, '$.confidence')) FROM json_each(detections.events) v)")
    db.execute("CREATE INDEX IF NOT EXISTS detections_flagged_confidence ON detections (confidence)"
               " WHERE flagged = 1")


def _v10_alert_recipients(db: sqlite_utils.Database) -> None:
    """What each e-mail recipient made of an alert, once the SMTP server answered them differently:
    a recipient refused for now (450) is tried again with the backoff while those who accepted
    are not sent it twice, and one refused for good (550) is told apart from the others.
    `outbox` is 'event' (a row of alerts) or 'health' (of health_alerts)."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS alert_recipients (outbox TEXT NOT NULL, alert_id INTEGER NOT NULL,"
        " recipient TEXT NOT NULL, status TEXT NOT NULL, error TEXT, at TEXT NOT NULL,"
        " PRIMARY KEY (outbox, alert_id, recipient)) WITHOUT ROWID")


# What an alert announces about event `e`: kind, plan year, date and its source articles' ids.
ANNOUNCED_SQL = ("json_object('kind', e.kind, 'plan_year', e.plan_year, 'date', e.date, 'articles',"
                 " (SELECT json_group_array(article_id) FROM (SELECT article_id FROM event_articles"
                 "  WHERE event_id = e.id ORDER BY article_id)))")


def _v11_event_identity(db: sqlite_utils.Database) -> None:
    """Events are identified by the act, not the document's name (monitor.analysis.events.identity):
    match keys start with the act ('signing' for plans and agreements alike). Two events found
    later to be one are merged; the other's id redirects to the survivor (event_redirects), so
    links and alerts that name it still find the event.

    An event's alert is followed by `event.updated` alerts when later reports change what is
    known: each alert row has a type and records what it announced (kind, plan year, date,
    source articles) so the next change can be told apart; rows sent before this version are
    taken to have announced the event as it stands. Alerts are looked up by event (is it
    alerted? what did it announce?), so they are indexed by it.
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(alerts)")}
    if "alert_type" not in columns:
        db.execute("ALTER TABLE alerts ADD COLUMN alert_type TEXT NOT NULL DEFAULT 'event.new'")
    for column in ("announced", "changes"):
        if column not in columns:
            db.execute(f"ALTER TABLE alerts ADD COLUMN {column} TEXT")
    db.execute(f"UPDATE alerts SET announced = (SELECT {ANNOUNCED_SQL} FROM events e WHERE e.id = alerts.event_id)"
               " WHERE status = 'sent' AND announced IS NULL")
    db.executescript(
        """
        UPDATE events SET match_key = CASE kind
            WHEN 'plan_signed' THEN 'signing' WHEN 'agreement_signed' THEN 'signing'
            WHEN 'agreement_ratified' THEN 'ratification' ELSE kind END
            || substr(match_key, instr(match_key, '|'));
        CREATE TABLE IF NOT EXISTS event_redirects (
            old_id INTEGER PRIMARY KEY,
            event_id INTEGER NOT NULL REFERENCES events (id),
            merged_at TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS event_redirects_event ON event_redirects (event_id);
        CREATE INDEX IF NOT EXISTS alerts_event ON alerts (event_id, channel);
        """
    )


def _v12_reviews(db: sqlite_utils.Database) -> None:
    """What a person decided about events, stored apart from what the classifier says
    (monitor.analysis.review applies it on top after every merge, so it survives `reclassify`).

    A decision names the event by the articles it held when it was taken (`articles`, a JSON
    array of ids), which outlive a re-merge that gives the event a new id; `event_id` is the id
    it had then, for people. `events.review` is the outcome applied to an event: 'confirmed',
    'corrected', 'rejected', or 'merged' (its reports were merged into another event).
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS reviews (id INTEGER PRIMARY KEY, target TEXT NOT NULL, action TEXT NOT NULL,"
        " event_id INTEGER, articles TEXT NOT NULL, parties TEXT, kind TEXT, article_id INTEGER,"
        " other_event_id INTEGER, other_articles TEXT, changes TEXT, note TEXT, by TEXT NOT NULL,"
        " at TEXT NOT NULL)")
    if "review" not in {row[1] for row in db.execute("PRAGMA table_info(events)")}:
        db.execute("ALTER TABLE events ADD COLUMN review TEXT")


def _v13_digest_plans(db: sqlite_utils.Database) -> None:
    """The overdue plans an e-mail digest listed (monitor.analysis.pairs.overdue_plans), so that
    each is listed once: a pair's expected plan and the digest (`batch_key`) that listed it, which
    lists it again, unchanged, if it is sent again after a crash. `plan_years` is the JSON array
    of the pair's plan years the expectation was drawn from."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS digest_plans (pair TEXT NOT NULL, plan_year INTEGER NOT NULL,"
        " expected_by TEXT NOT NULL, plan_years TEXT NOT NULL, batch_key TEXT NOT NULL, listed_at TEXT NOT NULL,"
        " PRIMARY KEY (pair, plan_year))")
    db.execute("CREATE INDEX IF NOT EXISTS digest_plans_batch ON digest_plans (batch_key)")


def _v14_listing_order(db: sqlite_utils.Database) -> None:
    """`events.listing_order`, a generated column (computed on read, never written) the events
    table of the web UI sorts by (Datasette sorts by one column), so that it opens on bilateral
    events, newest by their day, undated ones last in their group:
    '1' for a bilateral event, '0' for one of more states, then its first_day. Indexed, so the
    first page of a large table is read in order rather than sorted."""
    if "listing_order" not in {row[1] for row in db.execute("PRAGMA table_xinfo(events)")}:
        db.execute("ALTER TABLE events ADD COLUMN listing_order TEXT GENERATED ALWAYS AS"
                   " (CASE WHEN json_array_length(parties) = 2 THEN '1' ELSE '0' END || COALESCE(first_day, ''))"
                   " VIRTUAL")
    db.execute("CREATE INDEX IF NOT EXISTS events_listing_order ON events (listing_order)")


def _v15_partial_dates(db: sqlite_utils.Database) -> None:
    """What a report knows of its event's date when it gives no full date ("--06-17": a day and
    month with no year; "2019-10": the page's month), so that merging can tell which of its pair's
    events it reports (monitor.analysis.events.undated). Reports merged before have none until
    they are merged again (reclassify)."""
    if "partial_date" not in {row[1] for row in db.execute("PRAGMA table_info(event_articles)")}:
        db.execute("ALTER TABLE event_articles ADD COLUMN partial_date TEXT")


def _v16_signature_versions(db: sqlite_utils.Database) -> None:
    """Which signing made each MinHash signature (monitor.analysis.dedup.SIGNATURE_VERSION): the
    shingles' hash changed from SHA-1 (version 1, every signature stored before) to a cheaper one,
    and values of two hashes never match. The old bands are dropped (they would only pair old
    signatures); deduplication signs again, from the stored text, the articles of its window
    before comparing, and others when they are fetched again."""
    if "version" not in {row[1] for row in db.execute("PRAGMA table_info(article_signatures)")}:
        db.execute("ALTER TABLE article_signatures ADD COLUMN version INTEGER NOT NULL DEFAULT 1")
    db.execute("DELETE FROM signature_bands")
    db.execute("UPDATE article_signatures SET banded = 0")


def _v17_merge_queue(db: sqlite_utils.Database) -> None:
    """The articles whose verdict waits to be merged into events, in a narrow table of their ids
    (storage.events.pending_article_ids), kept by triggers: a verdict stored, or set back to
    unmerged (`merged_at = NULL`), queues its article. Merging takes articles off the queue batch
    by batch and stamps `detections.merged_at` once at the end of a run, in article order: setting
    it batch by batch rewrote a page of the detections table per article when article ids do not
    follow publication (an archive crawled in one go), which made merging 10x the articles cost
    over 13x the time (BENCHMARKS.md, section 7)."""
    # Not INSERT OR IGNORE: in a trigger, the statement that fired it (an upsert) decides conflicts.
    for statement in (
            "CREATE TABLE IF NOT EXISTS merge_queue (article_id INTEGER PRIMARY KEY)",
            "INSERT OR IGNORE INTO merge_queue (article_id) SELECT article_id FROM detections WHERE merged_at IS NULL",
            "CREATE TRIGGER IF NOT EXISTS detections_queued_on_insert AFTER INSERT ON detections"
            " WHEN NEW.merged_at IS NULL BEGIN INSERT INTO merge_queue (article_id) SELECT NEW.article_id"
            " WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE article_id = NEW.article_id); END",
            "CREATE TRIGGER IF NOT EXISTS detections_queued_on_update AFTER UPDATE OF merged_at ON detections"
            " WHEN NEW.merged_at IS NULL BEGIN INSERT INTO merge_queue (article_id) SELECT NEW.article_id"
            " WHERE NOT EXISTS (SELECT 1 FROM merge_queue WHERE article_id = NEW.article_id); END",
            "CREATE TRIGGER IF NOT EXISTS detections_unqueued_on_delete AFTER DELETE ON detections"
            " BEGIN DELETE FROM merge_queue WHERE article_id = OLD.article_id; END"):
        db.execute(statement)


def _v18_events_by_end(db: sqlite_utils.Database) -> None:
    """Events found by match key and the last day of their dated span, not the first
    (storage.events.events_near): merging goes in publication order, so few events end after the
    day of the report being merged, while a match key's events that begin in the year searched
    back were all read, and there were more of them the more reports the store held (10x the
    detections cost over 13x the time: BENCHMARKS.md, section 7). Lookups by key alone (exact or
    by prefix) use this index as they used the old one."""
    db.execute("CREATE INDEX IF NOT EXISTS events_key_end ON events (match_key, last_day)")
    db.execute("DROP INDEX IF EXISTS events_key")


def _v19_merge_queue_by_day(db: sqlite_utils.Database) -> None:
    """The merge queue kept in the order merging takes it: by the day an article is placed on
    (its publish time, else its fetch time, as storage.events.pending_article_ids orders it),
    then its id. Each merge batch takes a run of neighbouring rows off the queue; keyed by article
    id alone, a batch of an archive whose ids bear no relation to publication deleted rows all
    over the queue, rewriting most of its pages at every batch (10x the articles: 354 against
    195 MB written, BENCHMARKS.md section 7). Triggers keep the day equal to the article's: a
    verdict stored or set back to unmerged queues it, a verdict deleted unqueues it, an article
    whose publish or fetch time changes moves its row."""
    # Not INSERT OR IGNORE: in a trigger, the statement that fired it (an upsert) decides conflicts.
    for statement in (
            "DROP TRIGGER IF EXISTS detections_queued_on_insert",
            "DROP TRIGGER IF EXISTS detections_queued_on_update",
            "DROP TRIGGER IF EXISTS detections_unqueued_on_delete",
            "CREATE TABLE merge_queue_by_day (day TEXT NOT NULL, article_id INTEGER NOT NULL,"
            " PRIMARY KEY (day, article_id)) WITHOUT ROWID",
            "INSERT OR IGNORE INTO merge_queue_by_day (day, article_id) SELECT COALESCE((SELECT"
            " COALESCE(a.published_at, a.fetched_at) FROM articles a WHERE a.id = q.article_id), ''), q.article_id"
            " FROM merge_queue q",
            "DROP TABLE merge_queue",
            "ALTER TABLE merge_queue_by_day RENAME TO merge_queue",
            "CREATE TRIGGER detections_queued_on_insert AFTER INSERT ON detections WHEN NEW.merged_at IS NULL"
            " BEGIN INSERT INTO merge_queue (day, article_id) SELECT k.day, NEW.article_id FROM (SELECT"
            " COALESCE((SELECT COALESCE(a.published_at, a.fetched_at) FROM articles a WHERE a.id = NEW.article_id),"
            " '') AS day) k WHERE NOT EXISTS (SELECT 1 FROM merge_queue q WHERE q.day = k.day"
            " AND q.article_id = NEW.article_id); END",
            "CREATE TRIGGER detections_queued_on_update AFTER UPDATE OF merged_at ON detections"
            " WHEN NEW.merged_at IS NULL"
            " BEGIN INSERT INTO merge_queue (day, article_id) SELECT k.day, NEW.article_id FROM (SELECT"
            " COALESCE((SELECT COALESCE(a.published_at, a.fetched_at) FROM articles a WHERE a.id = NEW.article_id),"
            " '') AS day) k WHERE NOT EXISTS (SELECT 1 FROM merge_queue q WHERE q.day = k.day"
            " AND q.article_id = NEW.article_id); END",
            "CREATE TRIGGER detections_unqueued_on_delete AFTER DELETE ON detections"
            " BEGIN DELETE FROM merge_queue WHERE day = COALESCE((SELECT COALESCE(a.published_at, a.fetched_at)"
            " FROM articles a WHERE a.id = OLD.article_id), '') AND article_id = OLD.article_id; END",
            "CREATE TRIGGER articles_requeued_on_new_day AFTER UPDATE OF published_at, fetched_at ON articles"
            " WHEN COALESCE(OLD.published_at, OLD.fetched_at) IS NOT COALESCE(NEW.published_at, NEW.fetched_at)"
            " BEGIN UPDATE merge_queue SET day = COALESCE(NEW.published_at, NEW.fetched_at, '')"
            " WHERE day = COALESCE(OLD.published_at, OLD.fetched_at, '') AND article_id = OLD.id; END"):
        db.execute(statement)


MIGRATIONS: tuple[Callable[[sqlite_utils.Database], None], ...] = (
    _v1_core_tables,
    _v2_article_search,
    _v3_article_signatures,
    _v4_alert_outbox,
    _v5_mention_identity,
    _v6_article_origins,
    _v7_listing_indexes,
    _v8_signature_bands,
    _v9_detection_confidence,
    _v10_alert_recipients,
    _v11_event_identity,
    _v12_reviews,
    _v13_digest_plans,
    _v14_listing_order,
    _v15_partial_dates,
    _v16_signature_versions,
    _v17_merge_queue,
    _v18_events_by_end,
    _v19_merge_queue_by_day,
)
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNew(Exception):
    """The file was written by a newer pactwatch; opening it here could damage it."""


def current_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def migrate(db: sqlite_utils.Database, target: int = LATEST_VERSION) -> int:
    """Apply the missing migrations up to `target` in one write transaction; return the version.

    Several processes may open a new or old file at once (the daemon, a crawl, a reader): the
    first takes SQLite's write lock (BEGIN IMMEDIATE), the others wait for it (busy timeout)
    and then find the schema already migrated, so no migration ever runs twice.
    """
    version = _checked_version(db)
    if version >= target:
        return version
    db.execute("BEGIN IMMEDIATE")
    try:
        for number in range(_checked_version(db) + 1, target + 1):
            MIGRATIONS[number - 1](db)
            db.execute(f"PRAGMA user_version = {number}")
        db.conn.commit()
    except BaseException:
        db.conn.rollback()
        raise
    return current_version(db)


def _checked_version(db: sqlite_utils.Database) -> int:
    version = current_version(db)
    if version > LATEST_VERSION:
        raise SchemaTooNew(
            f"database schema version {version} is newer than this pactwatch ({LATEST_VERSION}); upgrade pactwatch")
    return version
