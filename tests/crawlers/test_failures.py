"""Failure reasons are counted by kind in the run's stats, redirects by what ended them."""

import pytest

from crawlers.failures import failure_kind


@pytest.mark.parametrize("reason, kind", [
    ("HTTP 503 (Retry-After: 3600)", "http_503"),
    ("redirected to https://e.org/gone: HTTP 404", "http_404"),
    ("redirected to http://10.0.0.1/: private or loopback address refused (allow_private is off)", "private_address"),
    ("vm resolves to 127.0.0.1, a private or loopback address (allow_private is off)", "private_address"),
    ("redirected to http://x.example/a: host x.example is not one of the source's domains", "off_domain"),
    ("redirect loop: http://e.org/a -> http://e.org/b -> http://e.org/a", "redirect_loop"),
    ("larger than max_page_bytes (10 bytes) once decompressed; refused", "too_large_decompressed"),
    ("not a sitemap: larger than 52428800 bytes once decompressed; refused", "too_large_decompressed"),
    ("not a feed: refused at an XML parser limit: Maximum entity amplification factor exceeded", "not_a_feed"),
    ("something new", "other"),
])
def test_each_reason_has_a_kind(reason, kind):
    assert failure_kind(reason) == kind
