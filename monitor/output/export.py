"""Writing events and articles out as CSV, JSON or JSON Lines, for spreadsheets and other tools.

An event's `date` is the date its reports state (empty when none does); `first_report` is its
first report's publish date, and `first_seen` when pactwatch stored it: named apart, so no
stand-in is read as the event's day.

JSON and JSON Lines keep the rows' structure (lists of parties, of source articles, of event
ids). CSV has one flat row per record: parties and ids are joined with ";", source-article
URLs with a space (canonical URLs never contain one).
"""

from __future__ import annotations

import csv
import json
from typing import IO, Iterable

FORMATS = ("csv", "json", "jsonl")
TABLES = ("events", "articles")
LIST_SEPARATOR = ";"
URL_SEPARATOR = " "

# first_report comes last, so the columns before it keep the places they had before it was added.
EVENT_CSV_COLUMNS = ("id", "kind", "parties", "plan_year", "date", "first_seen", "updated_at", "confidence",
                     "evidence", "article_ids", "article_urls", "first_report")
ARTICLE_CSV_COLUMNS = ("id", "url", "source", "title", "published_at", "lang", "author", "fetched_at", "flagged",
                       "event_ids", "text")


def write_records(records: Iterable[dict], out: IO[str], *, table: str, fmt: str) -> int:
    """Write `records` (rows of storage.queries.events or .articles) to `out`; return how many."""
    if fmt == "csv":
        return _write_csv(records, out, table)
    if fmt == "jsonl":
        count = 0
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "json":
        return _write_json_array(records, out)
    raise ValueError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")


def _write_json_array(records: Iterable[dict], out: IO[str]) -> int:
    """A JSON array written record by record, so a large export never sits in memory twice."""
    count = 0
    out.write("[")
    for record in records:
        out.write(("," if count else "") + "\n  " + json.dumps(record, ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def _write_csv(records: Iterable[dict], out: IO[str], table: str) -> int:
    columns, flatten = (EVENT_CSV_COLUMNS, event_csv_row) if table == "events" else \
        (ARTICLE_CSV_COLUMNS, article_csv_row)
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flatten(record))
        count += 1
    return count


def event_csv_row(event: dict) -> dict:
    row = {column: event.get(column) for column in EVENT_CSV_COLUMNS}
    row["parties"] = LIST_SEPARATOR.join(event["parties"])
    row["article_ids"] = LIST_SEPARATOR.join(str(article["id"]) for article in event["articles"])
    row["article_urls"] = URL_SEPARATOR.join(article["url"] for article in event["articles"])
    return row


def article_csv_row(article: dict) -> dict:
    row = {column: article.get(column) for column in ARTICLE_CSV_COLUMNS}
    row["flagged"] = "" if article["flagged"] is None else int(article["flagged"])
    row["event_ids"] = LIST_SEPARATOR.join(str(event_id) for event_id in article["event_ids"])
    return row
