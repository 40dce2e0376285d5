"""pactwatch.toml parsed into typed, validated objects, once, at the edge.

Every mistake raises ConfigError naming the file, the source and the key, so a typo
never silently disables a source.
"""

from __future__ import annotations

import ipaddress
import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from monitor.config.alerts import AlertSettings, parse_alerts
from monitor.config.source_options import OPTION_KEYS, Cleanup, JsonApi, OptionProblem, parse_source_options

CONFIG_ENV = "PACTWATCH_CONFIG"
DB_ENV = "PACTWATCH_DB"
DEFAULT_CONFIG_NAME = "pactwatch.toml"
DEFAULT_USER_AGENT = "pactwatch/0.1 (+https://github.com/pactwatch/pactwatch; defence-diplomacy monitor)"
# Extraction worker processes per crawl: one per core, at most four (memory grows with each).
DEFAULT_EXTRACTION_WORKERS = min(4, os.cpu_count() or 1)

SOURCE_NAME = re.compile(r"^[a-z0-9_]+$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


class ConfigError(Exception):
    """A configuration mistake, located by file, source and key."""

    def __init__(self, message: str, *, file: Optional[Path] = None,
                 source: Optional[str] = None, key: Optional[str] = None):
        self.message = message
        self.file = file
        self.source = source
        self.key = key
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [str(self.file) if self.file else "<config>"]
        if self.source:
            where.append(f"source '{self.source}'")
        if self.key:
            where.append(f"key '{self.key}'")
        return f"{': '.join(where)}: {self.message}"


@dataclass(frozen=True)
class Listing:
    """A listing page; later pages come from rel=next links or the page_url template."""

    url: str
    page_url: Optional[str] = None
    first_page: int = 2


@dataclass(frozen=True)
class Selectors:
    """CSS (or XPath when starting with '/' or '(') overrides for extraction."""

    title: Optional[str] = None
    date: Optional[str] = None
    body: Optional[str] = None
    author: Optional[str] = None


@dataclass(frozen=True)
class Source:
    """One site to crawl; its name is the Scrapy spider name."""

    name: str
    title: str = ""
    kind: str = "news"
    country: Optional[str] = None
    languages: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    listings: tuple[Listing, ...] = ()
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    max_pages: int = 2000
    selectors: Selectors = field(default_factory=Selectors)
    download_delay: float = 1.0
    enabled: bool = True
    allow_private: bool = False
    schedule: Optional[str] = None
    headers: tuple[tuple[str, str], ...] = ()
    cookies: tuple[tuple[str, str], ...] = ()
    timezone: Optional[str] = None
    date_order: str = "DMY"
    url_date: Optional[str] = None
    cleanup: Cleanup = field(default_factory=Cleanup)
    syndication: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    apis: tuple[JsonApi, ...] = ()
    telegram: tuple[str, ...] = ()

    @property
    def start_urls(self) -> tuple[str, ...]:
        return (self.feeds + self.sitemaps + tuple(listing.url for listing in self.listings)
                + tuple(api.page_url(api.first_page) for api in self.apis) + self.telegram)

    @property
    def allowed_hosts(self) -> frozenset[str]:
        """Hosts (with port where one is given) this source may fetch: its own and `domains`."""
        hosts = {_netloc(url) for url in self.start_urls}
        hosts.update(domain.lower() for domain in self.domains)
        return frozenset(hosts)


@dataclass(frozen=True)
class CrawlerSettings:
    """Politeness and identity settings shared by every spider."""

    user_agent: str = DEFAULT_USER_AGENT
    obey_robots: bool = True
    autothrottle: bool = True
    concurrent_per_domain: int = 2
    download_timeout: float = 30.0
    retry_times: int = 2
    max_page_bytes: int = 10 * 1024 * 1024
    extraction_workers: int = DEFAULT_EXTRACTION_WORKERS


@dataclass(frozen=True)
class ScheduleSettings:
    """When the daemon crawls: a cron expression in a time zone, sources staggered, runs bounded."""

    cron: str = "0 2 * * *"
    timezone: str = "UTC"
    stagger_minutes: float = 5.0
    run_timeout_minutes: float = 120.0
    max_parallel: int = 2
    grace_seconds: float = 60.0


@dataclass(frozen=True)
class HealthSettings:
    """When a source counts as broken: this many failed or empty runs in a row."""

    after_runs: int = 2


@dataclass(frozen=True)
class Config:
    """The whole configuration: where it came from, the database, the sources."""

    path: Optional[Path]
    storage_path: Path
    sources: tuple[Source, ...]
    crawler: CrawlerSettings = field(default_factory=CrawlerSettings)
    schedule: ScheduleSettings = field(default_factory=ScheduleSettings)
    health: HealthSettings = field(default_factory=HealthSettings)
    alerts: AlertSettings = field(default_factory=AlertSettings)

    def with_storage_path(self, storage_path: Path) -> "Config":
        return replace(self, storage_path=storage_path)

    def source(self, name: str) -> Source:
        for source in self.sources:
            if source.name == name:
                return source
        known = ", ".join(s.name for s in self.sources) or "none"
        raise ConfigError(f"no source named '{name}' (configured: {known})", file=self.path)

    @property
    def enabled_sources(self) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if s.enabled)


def bundled_config_path(name: str = DEFAULT_CONFIG_NAME) -> Path:
    """A config file shipped inside the package (the default or the demo template)."""
    return Path(str(resources.files("monitor") / "defaults" / name))


def find_config_path(explicit: Optional[str | Path] = None) -> Path:
    """--config, then $PACTWATCH_CONFIG, then ./pactwatch.toml, then the bundled default."""
    chosen = explicit or os.environ.get(CONFIG_ENV)
    if chosen:
        path = Path(chosen)
        if not path.is_file():
            raise ConfigError("config file not found", file=path)
        return path
    local = Path.cwd() / DEFAULT_CONFIG_NAME
    return local if local.is_file() else bundled_config_path()


def load_config(explicit: Optional[str | Path] = None, db: Optional[str | Path] = None) -> Config:
    """Find, read and validate the configuration; `db` (or $PACTWATCH_DB) overrides the storage path."""
    path = find_config_path(explicit)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"not valid TOML: {exc}", file=path) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"cannot read: {exc}", file=path) from None
    config = parse_config(data, path)
    override = db or os.environ.get(DB_ENV)
    return config.with_storage_path(Path(override)) if override else config


def parse_config(data: dict[str, Any], path: Optional[Path] = None) -> Config:
    """Validate an already-parsed TOML document."""
    _reject_unknown(data, {"storage", "crawler", "schedule", "health", "alerts", "sources"}, path, None,
                    kind="section")
    storage = _table(data, "storage", path)
    _reject_unknown(storage, {"path"}, path, None, prefix="storage.")
    storage_path = Path(_get(storage, "path", str, path, None, "pactwatch.db", key_name="storage.path"))
    if not storage_path.is_absolute() and path is not None and not _is_bundled(path):
        storage_path = path.parent / storage_path
    crawler = _parse_crawler(_table(data, "crawler", path), path)
    schedule = _parse_schedule(_table(data, "schedule", path), path)
    health = _parse_health(_table(data, "health", path), path)
    alerts = parse_alerts(_table(data, "alerts", path), path)
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not all(isinstance(s, dict) for s in raw_sources):
        raise ConfigError("expected [[sources]] blocks (an array of tables)", file=path, key="sources")
    sources = tuple(_parse_source(raw, index, path, schedule.timezone) for index, raw in enumerate(raw_sources))
    _reject_duplicate_names(sources, path)
    return Config(path=path, storage_path=storage_path, sources=sources, crawler=crawler, schedule=schedule,
                  health=health, alerts=alerts)


def _parse_crawler(table: dict[str, Any], path: Optional[Path]) -> CrawlerSettings:
    defaults = CrawlerSettings()
    keys = set(CrawlerSettings.__dataclass_fields__)
    _reject_unknown(table, keys, path, None, prefix="crawler.")

    def get(key: str, kind: type) -> Any:
        value = _get(table, key, kind, path, None, getattr(defaults, key), key_name=f"crawler.{key}")
        if kind in (int, float) and value <= 0 and key not in ("retry_times", "extraction_workers"):
            raise ConfigError("must be greater than 0", file=path, key=f"crawler.{key}")
        return value

    return CrawlerSettings(
        user_agent=get("user_agent", str),
        obey_robots=get("obey_robots", bool),
        autothrottle=get("autothrottle", bool),
        concurrent_per_domain=get("concurrent_per_domain", int),
        download_timeout=float(get("download_timeout", float)),
        retry_times=get("retry_times", int),
        max_page_bytes=get("max_page_bytes", int),
        extraction_workers=_at_least_zero(get("extraction_workers", int), path, "crawler.extraction_workers"),
    )


def _at_least_zero(value: int, path: Optional[Path], key: str) -> int:
    if value < 0:
        raise ConfigError("must be 0 or more", file=path, key=key)
    return value


def _parse_schedule(table: dict[str, Any], path: Optional[Path]) -> ScheduleSettings:
    defaults = ScheduleSettings()
    _reject_unknown(table, set(ScheduleSettings.__dataclass_fields__), path, None, prefix="schedule.")
    values = {}
    for key, kind in (("cron", str), ("timezone", str), ("stagger_minutes", float),
                      ("run_timeout_minutes", float), ("max_parallel", int), ("grace_seconds", float)):
        value = _get(table, key, kind, path, None, getattr(defaults, key), key_name=f"schedule.{key}")
        if kind in (int, float) and (value < 0 or (value == 0 and key != "stagger_minutes")):
            raise ConfigError("must be greater than 0", file=path, key=f"schedule.{key}")
        values[key] = float(value) if kind is float else value
    from monitor.config.cron import zone

    try:
        zone(values["timezone"])
    except ValueError as exc:
        raise ConfigError(str(exc), file=path, key="schedule.timezone") from None
    problem = _cron_problem(values["cron"], values["timezone"])
    if problem:
        raise ConfigError(problem, file=path, key="schedule.cron")
    return ScheduleSettings(**values)


def _parse_health(table: dict[str, Any], path: Optional[Path]) -> HealthSettings:
    _reject_unknown(table, {"after_runs"}, path, None, prefix="health.")
    after_runs = _get(table, "after_runs", int, path, None, HealthSettings.after_runs, key_name="health.after_runs")
    if after_runs < 1:
        raise ConfigError("must be 1 or more", file=path, key="health.after_runs")
    return HealthSettings(after_runs=after_runs)


def _cron_problem(expression: str, timezone: str) -> Optional[str]:
    from monitor.config.cron import cron_trigger

    try:
        cron_trigger(expression, timezone)
    except ValueError as exc:
        return f"not a valid cron expression {expression!r}: {exc}"
    return None


SOURCE_KEYS = {
    "name", "title", "kind", "country", "languages", "feeds", "sitemaps", "listings", "allow",
    "deny", "domains", "max_pages", "selectors", "download_delay", "enabled", "allow_private", "schedule",
} | OPTION_KEYS


def _parse_source(raw: dict[str, Any], index: int, path: Optional[Path], timezone: str) -> Source:
    name = raw.get("name")
    if not isinstance(name, str) or not SOURCE_NAME.match(name):
        raise ConfigError(
            f"[[sources]] block #{index + 1}: 'name' must be lower-case letters, digits and _ (got {name!r})",
            file=path, key="name")
    _reject_unknown(raw, SOURCE_KEYS, path, name)

    def get(key: str, kind: type, default: Any, check: Optional[Callable[[Any], Optional[str]]] = None) -> Any:
        value = _get(raw, key, kind, path, name, default)
        problem = check(value) if check and value is not None else None
        if problem:
            raise ConfigError(problem, file=path, source=name, key=key)
        return value

    allow_private = get("allow_private", bool, False)
    url_check = _url_checker(allow_private)
    try:
        options = parse_source_options(raw, url_check)
    except OptionProblem as exc:
        raise ConfigError(exc.message, file=path, source=name, key=exc.key) from None
    source = Source(
        name=name,
        title=get("title", str, name),
        kind=get("kind", str, "news", lambda v: None if v in ("ministry", "news") else
                 f"expected 'ministry' or 'news', got {v!r}"),
        country=get("country", str, None, lambda v: None if COUNTRY_CODE.match(v) else
                    f"expected an ISO 3166-1 alpha-2 code like 'AZ', got {v!r}"),
        languages=tuple(get("languages", list, [], _each(str, lambda v: None if LANGUAGE_CODE.match(v) else
                                                        f"expected language codes like 'en', got {v!r}"))),
        feeds=tuple(get("feeds", list, [], _each(str, url_check))),
        sitemaps=tuple(get("sitemaps", list, [], _each(str, url_check))),
        listings=tuple(_parse_listings(get("listings", list, []), url_check, path, name)),
        allow=tuple(get("allow", list, [], _each(str, _regex_problem))),
        deny=tuple(get("deny", list, [], _each(str, _regex_problem))),
        domains=tuple(get("domains", list, [], _each(str, None))),
        max_pages=get("max_pages", int, Source.max_pages, lambda v: None if v > 0 else "must be greater than 0"),
        selectors=_parse_selectors(get("selectors", dict, {}), path, name),
        download_delay=float(get("download_delay", float, Source.download_delay,
                                 lambda v: None if v >= 0 else "must be 0 or more")),
        enabled=get("enabled", bool, True),
        allow_private=allow_private,
        schedule=get("schedule", str, None, lambda v: _cron_problem(v, timezone)),
        **options,
    )
    if not source.start_urls:
        raise ConfigError("a source needs at least one of 'feeds', 'sitemaps', 'listings', 'apis' or 'telegram'",
                          file=path, source=name, key="feeds")
    return source


def _parse_listings(items: list, url_check: Callable[[str], Optional[str]],
                    path: Optional[Path], name: str) -> list[Listing]:
    listings = []
    for item in items:
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            raise ConfigError(f"expected a URL or a table {{url, page_url}}, got {item!r}",
                              file=path, source=name, key="listings")
        _reject_unknown(item, {"url", "page_url", "first_page"}, path, name, prefix="listings.")
        url = _get(item, "url", str, path, name, None, key_name="listings.url")
        page_url = _get(item, "page_url", str, path, name, None, key_name="listings.page_url")
        first_page = _get(item, "first_page", int, path, name, 2, key_name="listings.first_page")
        for key, value in (("listings.url", url), ("listings.page_url", page_url)):
            problem = url_check(value.replace("{page}", "2")) if value else None
            if problem:
                raise ConfigError(problem, file=path, source=name, key=key)
        if not url:
            raise ConfigError("each listing needs a 'url'", file=path, source=name, key="listings.url")
        if page_url is not None and "{page}" not in page_url:
            raise ConfigError("page_url must contain '{page}'", file=path, source=name, key="listings.page_url")
        listings.append(Listing(url=url, page_url=page_url, first_page=first_page))
    return listings


def _parse_selectors(table: dict, path: Optional[Path], name: str) -> Selectors:
    keys = ("title", "date", "body", "author")
    _reject_unknown(table, set(keys), path, name, prefix="selectors.")
    values = {}
    for key in keys:
        value = _get(table, key, str, path, name, None, key_name=f"selectors.{key}")
        if value is not None:
            problem = _selector_problem(value)
            if problem:
                raise ConfigError(problem, file=path, source=name, key=f"selectors.{key}")
        values[key] = value
    return Selectors(**values)


def _selector_problem(value: str) -> Optional[str]:
    from parsel import Selector

    try:
        probe = Selector(text="<html></html>")
        if value.startswith(("/", "(")):
            probe.xpath(value)
        else:
            probe.css(value)
    except Exception as exc:  # parsel raises several exception types for bad expressions
        return f"not a valid CSS/XPath selector: {exc}"
    return None


def _url_checker(allow_private: bool) -> Callable[[str], Optional[str]]:
    def check(url: str) -> Optional[str]:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"expected an http(s) URL, got {url!r}"
        if not allow_private and is_private_host(parts.hostname):
            return f"{url} is a private or loopback address; set allow_private = true to allow it"
        return None
    return check


def is_private_host(host: str) -> bool:
    """True for loopback, private, link-local and unspecified addresses and 'localhost'."""
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_private or address.is_loopback or address.is_link_local or address.is_unspecified


def _regex_problem(value: str) -> Optional[str]:
    try:
        re.compile(value)
    except re.error as exc:
        return f"not a valid regular expression {value!r}: {exc}"
    return None


def _each(kind: type, check: Optional[Callable[[Any], Optional[str]]]) -> Callable[[list], Optional[str]]:
    def check_all(values: list) -> Optional[str]:
        for value in values:
            if not isinstance(value, kind):
                return f"expected a list of {kind.__name__}, found {value!r}"
            problem = check(value) if check else None
            if problem:
                return problem
        return None
    return check_all


TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false",
              list: "a list", dict: "a table"}


def _get(table: dict, key: str, kind: type, path: Optional[Path], source: Optional[str],
         default: Any, key_name: Optional[str] = None) -> Any:
    if key not in table:
        return default
    value = table[key]
    ok = isinstance(value, kind) and not (kind in (int, float) and isinstance(value, bool))
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if not ok:
        raise ConfigError(f"expected {TYPE_NAMES[kind]}, got {value!r}",
                          file=path, source=source, key=key_name or key)
    return value


def _table(data: dict, key: str, path: Optional[Path]) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        raise ConfigError(f"expected a [{key}] table", file=path, key=key)
    return value


def _reject_unknown(table: dict, known: set[str], path: Optional[Path], source: Optional[str],
                    prefix: str = "", kind: str = "key") -> None:
    for key in table:
        if key not in known:
            expected = ", ".join(sorted(known))
            raise ConfigError(f"unknown {kind} (expected one of: {expected})",
                              file=path, source=source, key=f"{prefix}{key}")


def _reject_duplicate_names(sources: tuple[Source, ...], path: Optional[Path]) -> None:
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            raise ConfigError("two sources share this name", file=path, source=source.name, key="name")
        seen.add(source.name)


def _is_bundled(path: Path) -> bool:
    return path.resolve().parent == bundled_config_path().resolve().parent


def _netloc(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host
