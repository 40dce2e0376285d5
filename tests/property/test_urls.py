"""Canonical URLs, for any string a feed or a page may hold: never an exception, and stable."""

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.provisional import urls

from crawlers.canonical import canonicalize_url, host_allowed, url_host

HOSTILE = ["http://[::1", "http://a:99999/x", "http://a:port/", "https://e.org/%zz?%%=1&utm_source=x#f",
           "HTTP://E.ORG:80/a b/ü?q=ä ö", "//e.org/x", "javascript:alert(1)", "http://user:pw@e.org/", "\x00",
           "http://e.org/?a=1&a=2&b", "http://e.org/a/../b/./c", "http://\u2028e.org/", "http://e.org:/"]
ANY_URL = st.one_of(urls(), st.text(max_size=200), st.sampled_from(HOSTILE))


@given(ANY_URL)
@example("http://[::1")
def test_canonicalisation_never_raises_and_is_idempotent(url):
    once = canonicalize_url(url)

    assert isinstance(once, str)
    assert canonicalize_url(once) == once


@given(urls())
def test_tracking_parameters_and_fragments_never_survive(url):
    base = url.split("#")[0]
    tracked = base + ("&" if "?" in base else "?") + "utm_source=feed&fbclid=abc#section"
    canonical = canonicalize_url(tracked)

    assert "utm_source" not in canonical and "fbclid" not in canonical and "#" not in canonical
    assert canonical == canonicalize_url(base)


@given(ANY_URL, st.frozensets(st.sampled_from(["e.org", "www.e.org", "127.0.0.1:8000", "news.example"])))
def test_the_domain_filter_never_raises(url, hosts):
    assert host_allowed(url, hosts) in (True, False)
    assert isinstance(url_host(url), str)
