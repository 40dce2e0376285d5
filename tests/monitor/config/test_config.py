"""pactwatch.toml: the documented example loads; every mistake names the file, the source and the key."""

import pytest
from click.testing import CliRunner

from monitor.cli import main
from monitor.config import ConfigError, bundled_config_path, load_config

ISSUE_EXAMPLE = """
[storage]
path = "pactwatch.db"

[[sources]]
name = "example_ministry"
kind = "ministry"
country = "AZ"
languages = ["en"]
listings = ["http://127.0.0.1:8000/news/"]
allow = ["/news/.+\\\\.html$"]
allow_private = true

[[sources]]
name = "example_wire"
feeds = ["http://127.0.0.1:8000/rss.xml"]
sitemaps = ["http://127.0.0.1:8000/sitemap.xml"]
allow_private = true
"""


def test_documented_example_loads_as_written(write_config):
    path = write_config(ISSUE_EXAMPLE)
    config = load_config(path)

    assert [s.name for s in config.sources] == ["example_ministry", "example_wire"]
    ministry = config.source("example_ministry")
    assert ministry.kind == "ministry" and ministry.country == "AZ" and ministry.languages == ("en",)
    assert ministry.listings[0].url == "http://127.0.0.1:8000/news/"
    assert config.source("example_wire").sitemaps == ("http://127.0.0.1:8000/sitemap.xml",)
    assert config.storage_path == path.parent / "pactwatch.db"


def test_bundled_default_config_loads_with_real_sources():
    config = load_config(bundled_config_path())

    assert len(config.sources) >= 3
    assert all(not s.allow_private for s in config.sources)


@pytest.mark.parametrize("source_block, key, words", [
    ('feedz = ["http://example.org/rss"]', "feedz", "unknown key"),
    ('kind = "blog"', "kind", "expected 'ministry' or 'news'"),
    ('country = "Azerbaijan"', "country", "ISO 3166-1 alpha-2"),
    ('allow = ["(unclosed"]', "allow", "not a valid regular expression"),
    ('max_pages = "ten"', "max_pages", "expected an integer"),
    ('download_delay = -1', "download_delay", "must be 0 or more"),
    ('sitemaps = ["ftp://example.org/sitemap.xml"]', "sitemaps", "expected an http(s) URL"),
    ('listings = ["http://127.0.0.1/news/"]', "listings.url", "allow_private = true"),
    ('selectors = { body = "div[[" }', "selectors.body", "not a valid CSS/XPath selector"),
    ('selectors = { bodi = "div" }', "selectors.bodi", "unknown key"),
    ('selectors = { author = "div[[" }', "selectors.author", "not a valid CSS/XPath selector"),
    ('headers = { "Bad Header" = "x" }', "headers.Bad Header", "not a valid header name"),
    ('headers = { "Accept-Language" = 5 }', "headers.Accept-Language", "expected a string"),
    ('cookies = { consent = "a b" }', "cookies.consent", "cannot contain spaces"),
    ('timezone = "Mars/Olympus"', "timezone", "unknown IANA time zone"),
    ('date_order = "DDMM"', "date_order", "expected one of DMY, MDY, YMD"),
    ('url_date = "/(\\\\d{4})/"', "url_date", "needs the named groups year, month and day"),
    ('cleanup = { end = ["x"] }', "cleanup.end", "unknown key"),
    ('cleanup = { end_at = ["(bad"] }', "cleanup.end_at", "not a valid regular expression"),
    ('cleanup = { unwrap = "yes" }', "cleanup.unwrap", "expected true or false"),
    ('syndication = ["By (\\\\w+)"]', "syndication", "needs a named group (?P<outlet>...)"),
    ('aliases = [1]', "aliases", "expected a list of strings"),
    ('apis = [{ url = "https://e.org/api" }]', "apis.link", "is required"),
    ('apis = [{ url = "https://e.org/api", link = "id", items = "a b" }]', "apis.items", "dotted path"),
    ('apis = [{ url = "https://e.org/api", link = "https://e.org/{id" }]', "apis.link", "a field name or a template"),
    ('apis = [{ url = "http://127.0.0.1/api?p={page}", link = "url" }]', "apis.url", "allow_private = true"),
    ('apis = [{ url = "https://e.org/api", link = "url", pages = 3 }]', "apis.pages", "unknown key"),
    ('telegram = ["https://t.me/somechannel"]', "telegram", "channel preview URL like 'https://t.me/s/CHANNEL'"),
])
def test_source_mistakes_name_file_source_and_key(write_config, source_block, key, words):
    path = write_config(f'[[sources]]\nname = "wire"\nfeeds = ["http://example.org/rss"]\n{source_block}\n')
    with pytest.raises(ConfigError) as error:
        load_config(path)

    message = str(error.value)
    assert message.startswith(f"{path}: source 'wire': key '{key}': ")
    assert words in message


SOURCE_OPTIONS = r"""
[[sources]]
name = "agency"
feeds = ["https://agency.example/rss"]
headers = { "Accept-Language" = "ru", "User-Agent" = "Mozilla/5.0 (compatible; pactwatch)" }
cookies = { consent = "yes" }
timezone = "Asia/Baku"
date_order = "MDY"
url_date = '/(?P<year>\d{4})(?P<month>\d{2})(?P<day>\d{2})/'
cleanup = { drop_leading = ["^Listen$"], end_at = ["^Legal Disclaimer:"], unwrap = true }
syndication = ['\(MENAFN- (?P<outlet>[^)]+)\)']
aliases = ["The Agency"]
telegram = ["https://t.me/s/agencychannel"]
selectors = { author = ".byline" }

[[sources.apis]]
url = "https://api.agency.example/news?page={page}"
items = "content"
link = "https://agency.example/n/{id}"
date = ["created_date", "createdDate"]
body = "body"
"""


def test_source_options_load_into_typed_values(write_config):
    source = load_config(write_config(SOURCE_OPTIONS)).source("agency")

    assert dict(source.headers) == {"Accept-Language": "ru", "User-Agent": "Mozilla/5.0 (compatible; pactwatch)"}
    assert dict(source.cookies) == {"consent": "yes"}
    assert (source.timezone, source.date_order) == ("Asia/Baku", "MDY")
    assert source.cleanup.end_at == ("^Legal Disclaimer:",) and source.cleanup.unwrap is True
    assert source.syndication == (r"\(MENAFN- (?P<outlet>[^)]+)\)",) and source.aliases == ("The Agency",)
    [api] = source.apis
    assert (api.first_page, api.items, api.date, api.body, api.title) == (
        1, "content", ("created_date", "createdDate"), ("body",), ("title",))
    assert api.page_url(2) == "https://api.agency.example/news?page=2"
    assert source.telegram == ("https://t.me/s/agencychannel",)
    assert source.selectors.author == ".byline"
    assert {"api.agency.example", "t.me", "agency.example"} <= source.allowed_hosts


def test_an_api_or_a_telegram_channel_alone_is_enough_discovery(write_config):
    config = load_config(write_config('[[sources]]\nname = "channel"\ntelegram = ["https://t.me/s/somechannel"]\n'))
    assert config.source("channel").start_urls == ("https://t.me/s/somechannel",)


def test_unknown_section_and_bad_toml_are_errors(write_config):
    with pytest.raises(ConfigError, match="unknown section"):
        load_config(write_config("[sorage]\npath = 'x.db'\n"))
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write_config("[[sources]\nname = 'x'\n"))


def test_source_without_any_discovery_is_an_error(write_config):
    with pytest.raises(ConfigError, match="at least one of 'feeds', 'sitemaps', 'listings', 'apis' or 'telegram'"):
        load_config(write_config('[[sources]]\nname = "empty"\n'))


def test_duplicate_and_malformed_names_are_errors(write_config):
    twice = '[[sources]]\nname = "a"\nfeeds = ["http://e.org/r"]\n' * 2
    with pytest.raises(ConfigError, match="two sources share this name"):
        load_config(write_config(twice))
    with pytest.raises(ConfigError, match="lower-case letters"):
        load_config(write_config('[[sources]]\nname = "Bad Name"\nfeeds = ["http://e.org/r"]\n'))


def test_config_option_env_and_db_override(write_config, tmp_path, monkeypatch):
    path = write_config(ISSUE_EXAMPLE, name="elsewhere.toml")
    monkeypatch.setenv("PACTWATCH_CONFIG", str(path))
    monkeypatch.setenv("PACTWATCH_DB", str(tmp_path / "override.db"))

    config = load_config()
    assert config.path == path
    assert config.storage_path == tmp_path / "override.db"


def test_cli_exits_2_with_one_clear_line_on_a_config_error(write_config):
    path = write_config('[[sources]]\nname = "wire"\nfeeds = ["http://example.org/rss"]\nenabled = "yes"\n')
    result = CliRunner().invoke(main, ["--config", str(path), "sources"])

    assert result.exit_code == 2
    assert f"{path}: source 'wire': key 'enabled': expected true or false" in result.output


def test_cli_reports_a_missing_config_file(tmp_path):
    result = CliRunner().invoke(main, ["--config", str(tmp_path / "nope.toml"), "sources"])

    assert result.exit_code == 2
    assert "nope.toml: config file not found" in result.output


SOURCE = '[[sources]]\nname = "wire"\nfeeds = ["http://example.org/rss"]\n'


# Numbers that TOML accepts but that would break a crawl or a run: each is refused, naming the key.
OUT_OF_RANGE = [
    ('[crawler]\ndownload_timeout = nan\n' + SOURCE, "key 'crawler.download_timeout': must be a finite number"),
    ('[crawler]\ndownload_timeout = inf\n' + SOURCE, "key 'crawler.download_timeout': must be a finite number"),
    ('[crawler]\ndownload_timeout = 1e308\n' + SOURCE, "key 'crawler.download_timeout': must be greater than 0 "
                                                       "and at most 3600"),
    ('[crawler]\nretry_times = -1\n' + SOURCE, "key 'crawler.retry_times': must be 0 or more"),
    ('[crawler]\nextraction_workers = 100000\n' + SOURCE, "key 'crawler.extraction_workers': must be 0 or more "
                                                          "and at most 64"),
    ('[crawler]\nmax_page_bytes = 0\n' + SOURCE, "key 'crawler.max_page_bytes': must be 1 or more"),
    ('[schedule]\nstagger_minutes = 1e300\n' + SOURCE, "key 'schedule.stagger_minutes': must be 0 or more and at "
                                                       "most 1440"),
    ('[schedule]\nrun_timeout_minutes = inf\n' + SOURCE, "key 'schedule.run_timeout_minutes': must be a finite"),
    ('[schedule]\ngrace_seconds = nan\n' + SOURCE, "key 'schedule.grace_seconds': must be a finite number"),
    ('[alerts]\nmax_age_days = 1000000\n' + SOURCE, "key 'alerts.max_age_days': must be 0 (no limit) or more "
                                                    "and at most 36500"),
    ('[alerts]\nmin_confidence = nan\n' + SOURCE, "key 'alerts.min_confidence': must be a finite number"),
    ('[alerts.webhook]\nurl = "https://hooks.example.org/p"\ntimeout = nan\n' + SOURCE,
     "key 'alerts.webhook.timeout': must be a finite number"),
    ('[alerts.webhook]\nurl = "https://hooks.example.org/p"\ntimeout = 1e308\n' + SOURCE,
     "key 'alerts.webhook.timeout': must be greater than 0 and at most 300"),
    (SOURCE + 'download_delay = inf\n', "source 'wire': key 'download_delay': must be a finite number"),
    (SOURCE + 'download_delay = 1e308\n', "source 'wire': key 'download_delay': must be 0 or more and at most 3600"),
    (SOURCE + 'listings = [{ url = "http://example.org/news/", first_page = -1 }]\n',
     "source 'wire': key 'listings.first_page': must be 0 or more"),
    (SOURCE + 'apis = [{ url = "https://example.org/api?p={page}", link = "url", first_page = -1 }]\n',
     "source 'wire': key 'apis.first_page': must be 0 or more"),
]


@pytest.mark.parametrize("text, where", [
    (SOURCE + 'feedz = ["http://example.org/rss"]\n', "source 'wire': key 'feedz': unknown key"),
    (SOURCE + 'max_pages = 1.5\n', "source 'wire': key 'max_pages': expected an integer"),
    (SOURCE + 'languages = "en"\n', "source 'wire': key 'languages': expected a list"),
    (SOURCE + 'deny = ["[unclosed"]\n', "source 'wire': key 'deny': not a valid regular expression"),
    (SOURCE + 'schedule = "61 * * * *"\n', "source 'wire': key 'schedule': not a valid cron expression"),
    (SOURCE + 'schedule = "every night"\n', "source 'wire': key 'schedule': not a valid cron expression"),
    (SOURCE.replace("http://example.org/rss", "example.org/rss"),
     "source 'wire': key 'feeds': expected an http(s) URL"),
    (SOURCE.replace("http://example.org/rss", "http:///rss"), "source 'wire': key 'feeds': expected an http(s) URL"),
    (SOURCE.replace("http://example.org/rss", "http://10.0.0.7/rss"), "source 'wire': key 'feeds': "
                                                                         "http://10.0.0.7/rss is a private"),
    ('[schedule]\ncron = "0 25 * * *"\n' + SOURCE, "key 'schedule.cron': not a valid cron expression"),
    ('[schedule]\ntimezone = "Mars/Olympus"\n' + SOURCE, "key 'schedule.timezone'"),
    ('[crawler]\ndownload_timeout = "fast"\n' + SOURCE, "key 'crawler.download_timeout': expected a number"),
    ('[crawler]\nobey_robot = false\n' + SOURCE, "key 'crawler.obey_robot': unknown key"),
    ('[alerts.webhook]\nurl = "hooks.example.org"\n' + SOURCE, "key 'alerts.webhook.url': expected an http(s) URL"),
    ('[web]\nbase_url = "pactwatch.example.org"\n' + SOURCE, "key 'web.base_url': expected the UI's address"),
    ('[web]\nbase_url = "https://pactwatch.example.org/?x=1"\n' + SOURCE, "key 'web.base_url'"),
    ('[web]\nbase = "https://pactwatch.example.org"\n' + SOURCE, "key 'web.base': unknown key"),
    ('[cluster]\nredis_url = "localhost:6379"\n' + SOURCE, "key 'cluster.redis_url': expected redis://"),
    ('[cluster]\nredis_url = "redis://:hunter2@redis.internal:6379/0"\n' + SOURCE,
     "key 'cluster.redis_url': secrets are not read from the config file"),
    ('[alerts.email]\nhost = "smtp.example.org"\nfrom = "a@example.org"\nto = ["b@example.org"]\n'
     'password = "hunter2"\n' + SOURCE, "key 'alerts.email.password': secrets are not read from the config file"),
] + OUT_OF_RANGE)
def test_every_kind_of_mistake_is_one_line_naming_file_source_and_key(write_config, text, where):
    path = write_config(text)
    result = CliRunner().invoke(main, ["--config", str(path), "sources"])

    assert result.exit_code == 2
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"Error: {path}: {where}")
    assert "hunter2" not in result.output


@pytest.mark.parametrize("args", [["run", "--once"], ["alerts", "retry"], ["alerts", "test", "webhook"]])
def test_a_missing_secret_variable_is_one_line_naming_file_and_key_before_anything_runs(write_config, monkeypatch,
                                                                                        args):
    monkeypatch.delenv("PACTWATCH_HOOK_SECRET", raising=False)
    path = write_config('[alerts.webhook]\nurl = "https://hooks.example.org/p"\nsecret_env = "PACTWATCH_HOOK_SECRET"\n'
                        + SOURCE)
    result = CliRunner().invoke(main, ["--config", str(path), "--db", str(path.parent / "p.db"), *args])

    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"Error: {path}: key 'alerts.webhook.secret_env': environment variable PACTWATCH_HOOK_SECRET is not set "
        f"or empty (it holds the webhook secret)"]
    assert not (path.parent / "p.db").exists()


def test_extraction_workers_may_be_zero_but_not_negative(write_config):
    source = '[[sources]]\nname = "wire"\nfeeds = ["http://example.org/rss"]\n'
    assert load_config(write_config(f"[crawler]\nextraction_workers = 0\n{source}")).crawler.extraction_workers == 0
    with pytest.raises(ConfigError, match="crawler.extraction_workers.*must be 0 or more"):
        load_config(write_config(f"[crawler]\nextraction_workers = -1\n{source}"))


@pytest.mark.parametrize("host", ["127.1", "0x7f000001", "2130706433", "0177.0.0.1", "localhost.", "LOCALHOST",
                                  "10.1", "[::1]"])
def test_every_spelling_of_a_loopback_or_private_address_is_refused_like_127_0_0_1(write_config, host):
    path = write_config(SOURCE.replace("http://example.org/rss", f"http://{host}/rss"))
    result = CliRunner().invoke(main, ["--config", str(path), "sources"])

    assert result.exit_code == 2
    assert f"source 'wire': key 'feeds': http://{host}/rss is a private or loopback address" in result.output


@pytest.mark.parametrize("host", ["127.1", "0x7f000001", "2130706433", "0177.0.0.1", "localhost."])
def test_the_same_spellings_are_accepted_with_allow_private(write_config, host):
    path = write_config(SOURCE.replace("http://example.org/rss", f"http://{host}/rss") + "allow_private = true\n")

    assert load_config(path).source("wire").feeds == (f"http://{host}/rss",)


@pytest.mark.parametrize("url", ["https://hooks.example.org/p", "https://h-1.example.org/", "http://1234.example/"])
def test_names_that_only_look_numeric_are_not_private(write_config, url):
    path = write_config(SOURCE.replace("http://example.org/rss", url))

    assert load_config(path).source("wire").feeds == (url,)


def test_a_webhook_url_with_credentials_is_refused_without_showing_the_password(write_config):
    path = write_config('[alerts.webhook]\nurl = "https://hookuser:s3cr3t-pw@hooks.example.org/p"\n' + SOURCE)
    result = CliRunner().invoke(main, ["--config", str(path), "sources"])

    assert result.exit_code == 2
    assert f"Error: {path}: key 'alerts.webhook.url': expected an http(s) URL without credentials" in result.output
    assert "s3cr3t-pw" not in result.output


def test_a_source_on_an_ipv6_address_allows_its_own_links(write_config):
    from crawlers.canonical import canonicalize_url, host_allowed

    source = load_config(write_config(
        '[[sources]]\nname = "v6"\nfeeds = ["http://[::1]:8000/rss.xml"]\nallow_private = true\n')).source("v6")

    assert source.allowed_hosts == {"[::1]:8000"}
    link = canonicalize_url("http://[::1]:8000/news/1.html#top")
    assert link == "http://[::1]:8000/news/1.html" and host_allowed(link, source.allowed_hosts)
    assert not host_allowed("http://[::1]:8001/news/1.html", source.allowed_hosts)
