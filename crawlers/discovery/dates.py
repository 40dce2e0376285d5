"""Machine-readable dates found in feeds, sitemaps and page metadata, turned into ISO 8601."""

from __future__ import annotations

from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Optional


def parse_machine_date(value: Optional[str]) -> Optional[str]:
    """ISO 8601 or RFC 822 text to an ISO 8601 string (date-only stays date-only); None if unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        if len(value) == 10:
            return date.fromisoformat(value).isoformat()
        return datetime.fromisoformat(value.replace("Z", "+00:00")).isoformat()
    except ValueError:
        pass
    try:
        return parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def is_before(iso_value: Optional[str], since: Optional[date]) -> bool:
    """True when a known date lies before `since`; unknown dates are never 'before'."""
    if not iso_value or since is None:
        return False
    return iso_value[:10] < since.isoformat()
