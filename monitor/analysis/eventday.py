"""The day of an event, told apart from the days that only stand in for it.

An event has a day only when a report states one (`events.date`). Otherwise two days are known
that are not the event's: its first report's publish date (the event happened on or before it)
and the day pactwatch first stored a report (which says nothing about the event: an article
ingested today may tell of a signing years ago). Pages, feeds, reports and exports show the
stated day as the event's day and the others under their own names ("date not reported; first
report 3 Mar 2024"); listings order by the stated day, else the first report's publish date,
and put events with neither last, never at the day they were stored.

Pure over rows shaped like storage.queries.events: {"date", "first_seen", "articles": [{"published_at"}]}.
"""

from __future__ import annotations

from typing import Optional


def stated_day(event: dict) -> Optional[str]:
    """The event's own day (YYYY-MM-DD) as its reports state it; None when none does."""
    return event["date"][:10] if event.get("date") else None


def first_report_day(event: dict) -> Optional[str]:
    """The earliest publish day among the event's reports; None when no report gives one."""
    days = [article["published_at"][:10] for article in event.get("articles") or () if article.get("published_at")]
    return min(days) if days else None


def listing_day(event: dict) -> Optional[str]:
    """The day a listing orders the event by: stated, else its first report's publish day, else None
    (never the day pactwatch stored it)."""
    return stated_day(event) or first_report_day(event)


def newest_first(events: list[dict]) -> list[dict]:
    """Events by listing_day, newest first, those with no day last (then by id, newest first)."""
    return sorted(events, key=lambda event: (listing_day(event) is not None, listing_day(event) or "",
                                             event["id"]), reverse=True)
