"""Canonical URLs: one article, one URL, however it was linked."""

import pytest

from crawlers.canonical import canonicalize_url, host_allowed


@pytest.mark.parametrize("linked, canonical", [
    ("HTTPS://WWW.Example.COM/News/1.html", "https://www.example.com/News/1.html"),
    ("https://example.com:443/a", "https://example.com/a"),
    ("http://example.com:8080/a", "http://example.com:8080/a"),
    ("https://example.com/a#comments", "https://example.com/a"),
    ("https://example.com/a?utm_source=rss&utm_medium=feed&id=5", "https://example.com/a?id=5"),
    ("https://example.com/a?b=2&a=1&fbclid=xyz", "https://example.com/a?a=1&b=2"),
    ("https://example.com", "https://example.com/"),
    ("https://akipress.com/news:812345:Kyrgyzstan_and_Kazakhstan/", "https://akipress.com/news:812345:Kyrgyzstan_and_Kazakhstan/"),
    ("http://[::1]:8000/a#x", "http://[::1]:8000/a"),
    ("http://[2001:DB8::1]:80/a", "http://[2001:db8::1]/a"),
    ("https://example.com/новости/1", "https://example.com/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/1"),
])
def test_canonical_forms(linked, canonical):
    assert canonicalize_url(linked) == canonical


def test_canonicalisation_is_idempotent():
    url = "HTTPS://Example.com:443/a/b?z=1&utm_campaign=x&a=2#top"
    assert canonicalize_url(canonicalize_url(url)) == canonicalize_url(url)


@pytest.mark.parametrize("url, allowed", [
    ("https://mod.gov.az/en/news/1.html", True),
    ("https://www.mod.gov.az/en/news/1.html", True),
    ("https://en.mod.gov.az/x", True),
    ("https://evilmod.gov.az/x", False),
    ("https://mod.gov.az.evil.example/x", False),
    ("http://127.0.0.1:8000/x", True),
    ("http://127.0.0.1:9000/x", False),
    ("http://[::1]:8000/x", True),
    ("http://[::1]:9000/x", False),
    ("http://[::2]:8000/x", False),
    ("https://[fe80::7]/x", True),
    ("javascript://127.0.0.1:8000/%0aalert(document.domain)", False),
    ("JavaScript://www.mod.gov.az/%0aalert(1)", False),
    ("ftp://mod.gov.az/x", False),
])
def test_hosts_allowed_include_subdomains_and_exact_ports(url, allowed):
    assert host_allowed(url, frozenset({"www.mod.gov.az", "127.0.0.1:8000", "[::1]:8000", "[fe80::7]"})) is allowed
