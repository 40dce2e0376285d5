"""The canned queries the web UI offers, in plain SQL over the storage schema.

Columns named `event` and `article` hold ids that the plugin renders as links to those rows;
`source_articles` holds a JSON array of {id, title, url, source} rendered as links to each
article's row and to its original page.
"""

from __future__ import annotations

from storage.events import two_states_sql
from storage.reviews import shown_sql

AGREEMENT_KINDS = ("plan_signed", "agreement_signed", "agreement_ratified")
TWO_STATES = two_states_sql()
# Events a review rejected, or merged into another, leave every query.
SHOWN = shown_sql()
# Below this, a detection lacks the strongest kind of evidence (told in its story's headline, by a
# defence body, with no third state prominent: monitor/classify/confidence.py); about one in seven
# such was wrong on labelled text, so they are the ones worth a look by hand.
LOW_CONFIDENCE = 0.8

SOURCE_ARTICLES = """(SELECT json_group_array(json_object('id', a.id, 'title', a.title, 'url', a.url,
      'source', a.source)) FROM (SELECT a.* FROM event_articles m JOIN articles a ON a.id = m.article_id
      WHERE m.event_id = e.id ORDER BY COALESCE(a.published_at, a.fetched_at), a.id) a)"""

# The event's own day is the date its reports state (`day`, NULL when none does); its first
# report's publish date is shown beside it as what it is (`first_report`), never as its day, and
# the day pactwatch stored a report is not shown at all. Listings order by the day, else the first
# report (LISTED_DAY), and put events with neither last (monitor.analysis.eventday). An event's
# first_day is the earliest day its reports place it on (stated, else published), so without a
# stated date it is its first report's publish day, kept on the row: no subquery per event.
FIRST_REPORT = """(SELECT MIN(substr(a.published_at, 1, 10)) FROM event_articles m
      JOIN articles a ON a.id = m.article_id WHERE m.event_id = e.id)"""
LISTED_DAY = "COALESCE(date(e.date), e.first_day)"
# A state given by ISO code or English name (the plugin's SQL function state_code; an unknown
# name is refused with a clear error before the query runs: monitor.web.plugin).
COUNTRY_PARAM = "(:country = '' OR EXISTS (SELECT 1 FROM json_each(e.parties) p WHERE p.value = state_code(:country)))"

_KINDS = ", ".join(f"'{kind}'" for kind in AGREEMENT_KINDS)

NEW_AGREEMENTS = f"""SELECT event, kind, states, plan_year, day, first_report, confidence, evidence,
  source_articles FROM (
  SELECT e.id AS event, e.kind, country_name(json_extract(e.parties, '$[0]')) || ' – '
      || country_name(json_extract(e.parties, '$[1]')) AS states, e.plan_year, date(e.date) AS day,
    {FIRST_REPORT} AS first_report, e.confidence, e.evidence, {SOURCE_ARTICLES} AS source_articles
  FROM events e
  WHERE e.kind IN ({_KINDS}) AND {TWO_STATES} AND {SHOWN}
) WHERE COALESCE(day, first_report) >= date('now', '-30 days')
ORDER BY COALESCE(day, first_report) DESC, event DESC"""

# Canned queries that list rows return at most this many, so a page renders in well under a
# second on a database of years of crawling; the newest come first, and `before` pages back.
CANNED_ROWS = 200

# The rows to show are chosen (and counted against CANNED_ROWS) before their source articles are
# gathered, so the expensive column is built for the rows shown only.
EVENTS_WITH_SOURCES = f"""SELECT e.id AS event, e.kind, country_name(json_extract(e.parties, '$[0]')) || ' – '
    || country_name(json_extract(e.parties, '$[1]')) AS states, e.plan_year, date(e.date) AS day,
  {FIRST_REPORT} AS first_report, e.confidence, e.evidence, {SOURCE_ARTICLES} AS source_articles
FROM (
  SELECT e.id, {LISTED_DAY} AS listed_day FROM events e
  WHERE {TWO_STATES} AND {SHOWN}
    AND (:kind = '' OR e.kind = :kind)
    AND {COUNTRY_PARAM}
    AND (:before = '' OR listed_day <= :before)
  ORDER BY listed_day IS NULL, listed_day DESC, e.id DESC LIMIT {CANNED_ROWS}
) listed JOIN events e ON e.id = listed.id
ORDER BY listed.listed_day IS NULL, listed.listed_day DESC, event DESC"""

EVENTS_BY_PAIR = f"""SELECT json_extract(parties, '$[0]') AS state_a, json_extract(parties, '$[1]') AS state_b,
  country_name(json_extract(parties, '$[0]')) || ' – ' || country_name(json_extract(parties, '$[1]')) AS states,
  COUNT(*) AS events,
  SUM(kind = 'plan_signed') AS plans_signed,
  SUM(kind = 'agreement_signed') AS agreements_signed,
  SUM(kind = 'agreement_ratified') AS agreements_ratified,
  SUM(kind = 'talks') AS talks,
  SUM(kind = 'exercise') AS exercises,
  MAX({LISTED_DAY}) AS latest
FROM events e
WHERE {TWO_STATES} AND {SHOWN}
GROUP BY state_a, state_b
ORDER BY events DESC, latest DESC"""

SOURCES_AND_LAST_CRAWL = """WITH names AS (
  SELECT name FROM sources UNION SELECT source FROM articles UNION SELECT source FROM crawl_runs
)
SELECT n.name AS source, s.title, s.kind, s.country, s.enabled,
  (SELECT COUNT(*) FROM articles a WHERE a.source = n.name) AS articles,
  r.started_at AS last_crawl, r.finished_at, r.status, r.requests, r.articles_new AS new,
  r.articles_seen AS known, r.errors, r.finish_reason
FROM names n
LEFT JOIN sources s ON s.name = n.name
LEFT JOIN crawl_runs r ON r.id = (SELECT MAX(id) FROM crawl_runs WHERE source = n.name)
ORDER BY n.name"""

LOW_CONFIDENCE_ARTICLES = f"""SELECT a.id AS article, a.title, a.source, a.published_at, d.lang,
  (SELECT json_extract(v.value, '$.kind') FROM json_each(d.events) v ORDER BY v.key LIMIT 1) AS main_kind,
  d.confidence AS best_confidence, a.url
FROM (
  SELECT article_id FROM detections
  WHERE flagged = 1 AND confidence < COALESCE(CAST(NULLIF(:below, '') AS REAL), {LOW_CONFIDENCE})
    AND NOT EXISTS (SELECT 1 FROM event_articles m JOIN events e ON e.id = m.event_id
                    WHERE m.article_id = detections.article_id AND e.review IS NOT NULL)
  ORDER BY confidence, article_id DESC LIMIT {CANNED_ROWS}
) low
JOIN detections d ON d.article_id = low.article_id JOIN articles a ON a.id = low.article_id
ORDER BY d.confidence, article DESC"""


def canned_queries() -> dict[str, dict]:
    """Datasette's `queries` metadata: name → title, description and SQL."""
    queries = {
        "new_agreements": {
            "title": "New agreements (last 30 days)",
            "description": "Plans and agreements signed, and agreements ratified, between two states in the "
                           "last 30 days: by the date the reports give (day), else by the first report's publish "
                           "date (first_report). Events with neither are not listed here (see all events).",
            "sql": NEW_AGREEMENTS,
        },
        "events_with_sources": {
            "title": "Events with their sources",
            "description": f"Bilateral events, the newest {CANNED_ROWS} first by the date the reports give (day), "
                           "else their first report's publish date (first_report); events with neither last. "
                           "Optionally only one kind (e.g. plan_signed), one state (ISO code or English name, "
                           "e.g. AZ or Azerbaijan), or events on or before a day (YYYY-MM-DD: give the last day "
                           "listed to page back).",
            "sql": EVENTS_WITH_SOURCES,
        },
        "events_by_pair": {
            "title": "Events by pair of states",
            "description": "Which pairs of states cooperate most: bilateral events per pair and kind; the states "
                           "link to the pair's history.",
            "sql": EVENTS_BY_PAIR,
        },
        "sources_and_last_crawl": {
            "title": "Sources and last crawl",
            "description": "Every source with its article count and the outcome of its latest crawl.",
            "sql": SOURCES_AND_LAST_CRAWL,
        },
        "low_confidence": {
            "title": "Articles flagged with low confidence",
            "description": f"Flagged articles whose best event is less confident than `below` "
                           f"(default {LOW_CONFIDENCE}), the {CANNED_ROWS} least confident first: the ones "
                           f"to review by hand (`pactwatch review`; an article of a reviewed event leaves the list).",
            "sql": LOW_CONFIDENCE_ARTICLES,
        },
    }
    for query in queries.values():
        query["hide_sql"] = True
    return queries
