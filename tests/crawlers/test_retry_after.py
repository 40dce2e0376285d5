"""Reading Retry-After: delta-seconds and HTTP dates; anything else is ignored, never an error."""

from datetime import datetime, timezone

import pytest

from crawlers.retry_after import retry_after_seconds

NOW = datetime(2024, 3, 5, 10, 0, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize("header, seconds", [
    (b"5", 5.0),
    (b" 120 ", 120.0),
    (b"Tue, 05 Mar 2024 10:00:30 GMT", 30.0),
    (b"Tue, 05 Mar 2024 09:00:00 GMT", 0.0),
    (b"soon", None),
    (b"-3", None),
    (b"", None),
    (None, None),
])
def test_retry_after_is_read_as_seconds_from_now(header, seconds):
    assert retry_after_seconds(header, now=NOW) == seconds
