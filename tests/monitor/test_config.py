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
])
def test_source_mistakes_name_file_source_and_key(write_config, source_block, key, words):
    path = write_config(f'[[sources]]\nname = "wire"\nfeeds = ["http://example.org/rss"]\n{source_block}\n')
    with pytest.raises(ConfigError) as error:
        load_config(path)

    message = str(error.value)
    assert message.startswith(f"{path}: source 'wire': key '{key}': ")
    assert words in message


def test_unknown_section_and_bad_toml_are_errors(write_config):
    with pytest.raises(ConfigError, match="unknown section"):
        load_config(write_config("[sorage]\npath = 'x.db'\n"))
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write_config("[[sources]\nname = 'x'\n"))


def test_source_without_any_discovery_is_an_error(write_config):
    with pytest.raises(ConfigError, match="at least one of 'feeds', 'sitemaps' or 'listings'"):
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


def test_extraction_workers_may_be_zero_but_not_negative(write_config):
    source = '[[sources]]\nname = "wire"\nfeeds = ["http://example.org/rss"]\n'
    assert load_config(write_config(f"[crawler]\nextraction_workers = 0\n{source}")).crawler.extraction_workers == 0
    with pytest.raises(ConfigError, match="crawler.extraction_workers.*must be 0 or more"):
        load_config(write_config(f"[crawler]\nextraction_workers = -1\n{source}"))
