"""The source tree keeps rules that no single test of behaviour can: no shell anywhere, SQL built
from parameters only, and SQL only in storage/ (the web UI's canned queries are SQL text too, but
Datasette runs them, so they call nothing here).

SQL text that is not one literal (placeholder lists, column lists, table names chosen from
constants) is allowed only in the reviewed places below: a new one fails this test until
someone has checked that it interpolates nothing but constants and '?' placeholders, and
added it here.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
CODE = [path for folder in ("crawlers", "monitor", "storage", "benchmarks", "tests")
        for path in sorted((REPO / folder).rglob("*.py"))]
SQL_METHODS = {"execute", "executemany", "executescript", "query"}
SHELL_CALLS = {("os", "system"), ("os", "popen"), ("subprocess", "getoutput"), ("subprocess", "getstatusoutput")}

# (file, function) -> why its SQL text may be built: each checked to interpolate only constants
# and '?' placeholders, never a value.
REVIEWED_SQL = {
    ("storage/articles.py", "stored_articles"): "optional WHERE with a '?' parameter",
    ("storage/alerts.py", "enqueue_events"): "WHERE clauses from literals, values as named parameters",
    ("storage/alerts.py", "due"): "table and columns from constants, values as '?'",
    ("storage/alerts.py", "requeue_failed"): "table names from the TABLES constant",
    ("storage/alerts.py", "recipients_done"): "a '?' placeholder list",
    ("storage/alerts.py", "_update"): "SET clauses are literals at every call, values as named parameters",
    ("storage/alerts.py", "list_outbox"): "a literal WHERE clause",
    ("storage/alerts.py", "pending_count"): "table names from the TABLES constant",
    ("storage/articles.py", "known_urls"): "a '?' placeholder list",
    ("storage/articles.py", "list_articles"): "WHERE clauses from literals, values as '?'",
    ("storage/articles.py", "upsert_articles"): "a row of ten '?' repeated once an article",
    ("storage/db.py", "open_db"): "PRAGMA values from module constants",
    ("storage/db.py", "check_writable"): "PRAGMA user_version from int()",
    ("storage/events.py", "pending_article_ids"): "literal pieces only",
    ("storage/events.py", "detections_of"): "a '?' placeholder list",
    ("storage/events.py", "mark_merged"): "a '?' placeholder list",
    ("storage/events.py", "list_events"): "WHERE clauses from literals, values as '?'",
    ("storage/schema.py", "_v4_alert_outbox"): "column names from a literal tuple",
    ("storage/schema.py", "migrate"): "PRAGMA user_version from the migration number",
    ("storage/sources.py", "article_counts"): "optional WHERE with a '?' parameter",
    ("storage/links.py", "band_candidates"): "an OR of literal band conditions, values as '?'",
    ("storage/events.py", "events_with_key"): "the constant _CANDIDATE query, values as '?'",
    ("storage/events.py", "events_near"): "the constant _CANDIDATE query, named placeholders per key, values as "
                                          "named parameters",
    ("storage/events.py", "span_of"): "the constant _CANDIDATE query, values as '?'",
    ("storage/events.py", "mentions_of_parties"): "an OR of literal key ranges, prefixes as named parameters",
    ("storage/events.py", "move_mention"): "a literal column list, values as '?'",
    ("storage/events.py", "existing"): "a '?' placeholder list",
    ("storage/events.py", "parties_of"): "a '?' placeholder list",
    ("storage/alerts.py", "enqueue_updates"): "the constant shown_sql() condition, values as named parameters",
    ("storage/alerts.py", "announced_now"): "the constant ANNOUNCED_SQL expression, values as '?'",
    ("storage/alerts.py", "_changes"): "a '?' placeholder list",
    ("storage/alerts.py", "record_announced"): "the constant ANNOUNCED_SQL expression, values as '?'",
    ("storage/schema.py", "_v11_event_identity"): "column names from a literal tuple and the ANNOUNCED_SQL constant",
    ("storage/events.py", "parties_with_undated"): "the constant _undated_sql() condition and a '?' placeholder "
                                                   "list, values as '?'",
    ("storage/events.py", "_articles_of_events"): "a constant query around a constant sub-select, values as '?'",
    ("storage/queries.py", "events"): "WHERE clauses from event_filters and literals, ORDER BY from the ORDERS "
                                      "literals, values as '?'",
    ("storage/queries.py", "articles"): "WHERE clauses from literals, values as '?'",
    ("storage/queries.py", "event_with_mentions"): "an outlet expression and a join from literals, values as '?'",
    ("storage/schema.py", "_v7_listing_indexes"): "statements from a literal tuple",
    ("storage/schema.py", "_v17_merge_queue"): "statements from a literal tuple",
    ("storage/schema.py", "_v19_merge_queue_by_day"): "statements from a literal tuple",
    ("storage/reviews.py", "correct_event"): "column names from a literal tuple, values as named parameters",
    ("storage/reviews.py", "reviewed_articles"): "the constant shown_sql() condition, values as '?'",
    ("benchmarks/db_scale.py", "_search_index_rebuilt_after"): "trigger names and SQL read back from sqlite_master",
    ("benchmarks/db_scale.py", "time_sql"): "the benchmark's own constant UI queries",
    ("benchmarks/db_scale.py", "run"): "the benchmark's own constant UI queries",
    ("benchmarks/db_scale.py", "query_plans"): "EXPLAIN of the benchmark's own constant UI queries",
}


def built_sql_places() -> dict[tuple[str, str], int]:
    """(file, function) -> first line, for each SQL call in the product code whose text is not a
    single string literal."""
    places: dict[tuple[str, str], int] = {}
    for path in CODE:
        relative = path.relative_to(REPO)
        if relative.parts[0] == "tests":
            continue
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(function):
                if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                        and node.func.attr in SQL_METHODS and node.args and not isinstance(node.args[0], ast.Constant)):
                    places.setdefault((relative.as_posix(), function.name), node.lineno)
    return places


def test_no_shell_is_ever_used():
    found = []
    for path in CODE:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "shell" and not (
                    isinstance(node.value, ast.Constant) and node.value.value is False):
                found.append(f"{path.relative_to(REPO)}:{node.value.lineno} shell=")
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name)
                    and (node.func.value.id, node.func.attr) in SHELL_CALLS):
                found.append(f"{path.relative_to(REPO)}:{node.lineno} {node.func.value.id}.{node.func.attr}")
    assert found == []


def test_sql_text_is_built_only_in_reviewed_places():
    unreviewed = {f"{file}:{line} in {function}()" for (file, function), line in built_sql_places().items()
                  if (file, function) not in REVIEWED_SQL}
    assert unreviewed == set(), "SQL built from pieces: check it uses '?' for every value, then list it here"


def test_the_reviewed_places_still_exist():
    """A reviewed entry whose code is gone is dropped, so the list never vouches for new code."""
    assert set(REVIEWED_SQL) - set(built_sql_places()) == set()


# (file, function) outside storage/ that runs SQL, and why it is still there.
SQL_OUTSIDE_STORAGE: dict[tuple[str, str], str] = {}


def sql_places_outside_storage() -> set[tuple[str, str]]:
    """(file, function) of each call of an SQL method with arguments in monitor/ and crawlers/ (a
    Redis pipeline's `execute()` takes none)."""
    places = set()
    for path in CODE:
        relative = path.relative_to(REPO)
        if relative.parts[0] not in ("monitor", "crawlers"):
            continue
        for function in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) and any(
                    isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in SQL_METHODS and node.args for node in ast.walk(function)):
                places.add((relative.as_posix(), function.name))
    return places


def test_sql_runs_only_in_storage():
    assert sql_places_outside_storage() - set(SQL_OUTSIDE_STORAGE) == set(), "move the query into storage/"
    assert set(SQL_OUTSIDE_STORAGE) - sql_places_outside_storage() == set(), "drop the entry: it moved"
