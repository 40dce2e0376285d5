"""Datasette metadata for a pactwatch database: what each table and column means, the facets,
full-text search of articles and the canned queries."""

from __future__ import annotations

from datasette.utils import tilde_encode

from monitor.web.canned import canned_queries

FEED_PATH = "/-/events.atom"
EVENTS_PATH = "/-/events"  # the events listing with its search box (monitor.web.pages)

TABLES = {
    "events": {
        "title": "Events",
        "description": "One row per real-world signing, ratification, meeting or exercise, merged across "
                       "outlets and languages: bilateral events first, newest first by their day. The evidence "
                       "column lists the articles that report it; the kind links to the event's page.",
        "facets": ["kind", {"array": "parties"}, "plan_year"],
        "facet_size": 8,
        "sort_desc": "listing_order",
        "columns": {
            "match_key": "What identifies the event: the act (signing, ratification, talks, exercise),"
                         " the states, the plan year",
            "kind": "plan_signed, agreement_signed, agreement_ratified, talks or exercise",
            "parties": "The states involved (ISO 3166-1 alpha-2 codes); two for a bilateral event",
            "plan_year": "The year a cooperation plan is for",
            "date": "The date the reports give for the event",
            "first_day": "The event's day: the earliest date a report states, else its publish date (empty "
                         "when no report has either)",
            "last_day": "Latest date any report gives (else its publish date)",
            "listing_order": "The order the table opens in: bilateral events first (1, then 0 for more states), "
                             "then by first_day, newest first",
            "confidence": "The classifier's confidence (0–1) in its best report",
            "evidence": "The sentence that carried the event in its best report, then every source article",
            "first_seen": "When pactwatch first stored a report of it (UTC)",
            "updated_at": "When a report was last added or changed (UTC)",
            "review": "What a person decided (pactwatch review): confirmed, corrected, rejected, or merged "
                      "into another event; rejected and merged events leave the queries, feed and alerts",
        },
    },
    "event_articles": {
        "title": "Event mentions",
        "description": "Which article reports which event, with the evidence found in that article.",
        "facets": ["event_id"],
        "columns": {
            "event_id": "The event",
            "article_id": "The article reporting it",
            "evidence": "The sentence in this article that carried the event",
            "confidence": "The classifier's confidence for this article",
            "date": "The event date this article gives",
            "effective_date": "The date used to merge: the stated date, else the publish date",
            "partial_date": "What an undated report knows of the date: --MM-DD (a day and month with no year) "
                            "or YYYY-MM (its page's month); used to place it among its pair's events",
            "added_at": "When the mention was recorded (UTC)",
        },
    },
    "articles": {
        "title": "Articles",
        "description": "Every stored article, one per canonical URL. Search searches titles and texts.",
        "facets": ["source", "lang"],
        "sort_desc": "fetched_at",
        "label_column": "title",
        "fts_table": "articles_fts",
        "fts_pk": "id",
        "columns": {
            "url": "The canonical URL of the original page",
            "source": "The configured source it was crawled (or ingested) from",
            "title": "Headline",
            "published_at": "Publish time given by the page or its feed",
            "lang": "Language (ISO 639-1)",
            "author": "Author, when the page names one",
            "text": "The extracted article text",
            "content_hash": "Hash of the words, to find exact copies",
            "fetched_at": "When it was stored (UTC)",
            "run_id": "The crawl that stored it",
        },
    },
    "detections": {
        "title": "Classifier verdicts",
        "description": "The classifier's verdict on each article: flagged or not, and the events it read.",
        "facets": ["flagged", "lang", "classifier_version"],
        "columns": {
            "article_id": "The article",
            "classifier_version": "Version of the rules that produced the verdict",
            "lang": "Language the classifier read the article in",
            "flagged": "1 when the article reports a defence-cooperation event",
            "events": "The events read, as JSON (kind, parties, plan year, date, evidence, confidence)",
            "confidence": "The highest confidence among those events",
            "classified_at": "When (UTC)",
            "merged_at": "When its events were merged into the events table (UTC; set at the end of the merge"
                         " run, empty while it waits)",
        },
    },
    "sources": {
        "title": "Sources",
        "description": "The configured sites, as of their latest crawl.",
        "facets": ["kind", "country"],
        "label_column": "title",
        "columns": {"name": "Spider name", "kind": "ministry or news", "country": "Publisher's country",
                    "languages": "Languages the site publishes in", "enabled": "1 when crawled by --all"},
    },
    "crawl_runs": {
        "title": "Crawl runs",
        "description": "Every crawl: when, its outcome and its counts (updated while it runs).",
        "facets": ["source", "status"],
        "sort_desc": "started_at",
        "columns": {"requests": "HTTP requests made", "articles_new": "Articles stored for the first time",
                    "articles_seen": "Articles already known", "errors": "URLs that failed",
                    "finish_reason": "Why Scrapy stopped", "stats": "Scrapy's statistics, as JSON"},
    },
    "url_failures": {
        "title": "URL failures",
        "description": "Each URL that could not be turned into an article, and why.",
        "facets": ["source", "http_status"],
        "sort_desc": "at",
    },
    "article_links": {
        "title": "Copies",
        "description": "Articles that copy an earlier article (same text, or nearly).",
        "facets": ["relation"],
    },
    "alerts": {
        "title": "Alert outbox",
        "description": "One row per event and channel: queued, sent or failed.",
        "facets": ["channel", "status"],
    },
    "health_alerts": {
        "title": "Health alert outbox",
        "description": "Messages about sources that stopped (or started again) working.",
        "facets": ["channel", "status", "source"],
    },
    "reviews": {
        "title": "Review decisions",
        "description": "What people decided about events (pactwatch review), applied on top of the classifier's "
                       "events so they hold when articles are classified again.",
        "facets": ["action", "by"],
        "sort_desc": "at",
        "columns": {
            "target": "event, or article (an article moved out of an event)",
            "action": "confirm, reject, correct, merge or move",
            "event_id": "The event's id when the decision was taken",
            "articles": "The event's articles then: what names the event after a re-merge",
            "parties": "The event's states then",
            "kind": "The event's kind then",
            "article_id": "The article moved out of the event",
            "other_event_id": "The event merged into this one",
            "other_articles": "That event's articles then",
            "changes": "The corrected fields (kind, parties, plan_year, date)",
            "note": "Why",
            "by": "Who decided",
            "at": "When (UTC)",
        },
    },
    "article_signatures": {"hidden": True},
    "alert_dispatch_lock": {"hidden": True},
    "merge_queue": {"hidden": True},
}

SETTINGS = {
    "default_page_size": 50,
    "truncate_cells_html": 300,
    "sql_time_limit_ms": 3000,
    "allow_download": False,
    "suggest_facets": False,
}


def build_metadata(database: str, base_url: str | None = None) -> dict:
    """Metadata for the database Datasette calls `database` (the file name without .db); `base_url`
    (`[web] base_url`) is where people reach the UI, for the feed's absolute links."""
    path = "/" + tilde_encode(database)
    return {
        "title": "pactwatch",
        "description_html": (
            "Bilateral defence-cooperation events read from ministry and news sites. Start with "
            f'<a href="{EVENTS_PATH}">the events, with a search box</a>, '
            f'<a href="{path}/new_agreements">new agreements</a>, '
            f'<a href="{path}/events_with_sources">all events with their sources</a> or '
            f'<a href="{path}/events_by_pair">events by pair of states</a>; subscribe to the '
            f'<a href="{FEED_PATH}">Atom feed of events</a>.'),
        "databases": {
            database: {
                "title": "pactwatch",
                "tables": TABLES,
                "queries": canned_queries(),
            },
        },
        "plugins": {"pactwatch": {"database": database, "base_url": base_url or None}},
    }
