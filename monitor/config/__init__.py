"""pactwatch.toml parsed into typed, validated objects, once, at the edge.

Every mistake raises ConfigError naming the file, the source and the key, so a typo
never silently disables a source.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Optional
from urllib.parse import urlsplit

from monitor.config.alerts import ALERT_KEYS, APPRISE_KEYS, EMAIL_KEYS, WEBHOOK_KEYS, AlertSettings, parse_alerts
from monitor.config.cron import cron_trigger, zone
from monitor.config.hosts import is_private_host
from monitor.config.reader import ConfigError, Reader, number, range_of
from monitor.config.source_options import API_KEYS, CLEANUP_KEYS, OPTION_KEYS, Cleanup, JsonApi, parse_source_options

CONFIG_ENV = "PACTWATCH_CONFIG"
DB_ENV = "PACTWATCH_DB"
DEFAULT_CONFIG_NAME = "pactwatch.toml"
DEFAULT_USER_AGENT = "pactwatch/0.1 (+https://github.com/pactwatch/pactwatch; defence-diplomacy monitor)"
# Extraction worker processes per crawl: one per core, at most four (memory grows with each).
DEFAULT_EXTRACTION_WORKERS = min(4, os.cpu_count() or 1)
# More workers than this only multiplies memory: extraction is bound by the crawl's own pace.
MAX_EXTRACTION_WORKERS = 64

SOURCE_NAME = re.compile(r"^[a-z0-9_]+$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")


@dataclass(frozen=True)
class Listing:
    """A listing page; later pages come from rel=next links or the page_url template."""

    url: str
    page_url: Optional[str] = None
    first_page: int = number(2, 0, 1_000_000)


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
    max_pages: int = number(2000, 1, 10_000_000)
    selectors: Selectors = field(default_factory=Selectors)
    download_delay: float = number(1.0, 0, 3600)
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

    @cached_property
    def allowed_hosts(self) -> frozenset[str]:
        """Hosts (with port where one is given) this source may fetch: its own and `domains`.

        Kept once made (the source is frozen): a crawl asks for every request and article, and
        parsing the source's URLs each time cost ~60 us a call (BENCHMARKS.md section 1)."""
        hosts = {_netloc(url) for url in self.start_urls}
        hosts.update(domain.lower() for domain in self.domains)
        return frozenset(hosts)


@dataclass(frozen=True)
class CrawlerSettings:
    """Politeness and identity settings shared by every spider."""

    user_agent: str = DEFAULT_USER_AGENT
    obey_robots: bool = True
    autothrottle: bool = True
    concurrent_per_domain: int = number(2, 1, 64)
    download_timeout: float = number(30.0, 0, 3600, above=True)
    retry_times: int = number(2, 0, 20)
    max_page_bytes: int = number(10 * 1024 * 1024, 1, 1024 ** 3)
    extraction_workers: int = number(DEFAULT_EXTRACTION_WORKERS, 0, MAX_EXTRACTION_WORKERS)

    @property
    def warn_page_bytes(self) -> int:
        """The size past which Scrapy warns of a large page (DOWNLOAD_WARNSIZE): a quarter of the limit."""
        return max(1, self.max_page_bytes // 4)


@dataclass(frozen=True)
class ScheduleSettings:
    """When the daemon crawls: a cron expression in a time zone, sources staggered, runs bounded."""

    cron: str = "0 2 * * *"
    timezone: str = "UTC"
    stagger_minutes: float = number(0.0, 0, 24 * 60)
    run_timeout_minutes: float = number(120.0, 0, 7 * 24 * 60, above=True)
    max_parallel: int = number(1, 1, 64)
    grace_seconds: float = number(60.0, 0, 3600, above=True)


@dataclass(frozen=True)
class HealthSettings:
    """When a source counts as broken: this many failed or empty runs in a row."""

    after_runs: int = number(2, 1, 1000)


@dataclass(frozen=True)
class WebSettings:
    """The web UI as others reach it: `base_url` (e.g. "https://pactwatch.example.org") makes the
    links in the feed, the report and the alerts absolute ("…/-/event/12"); empty, they are left out
    of the report and the alerts, and the feed links the address it was fetched from."""

    base_url: str = ""


@dataclass(frozen=True)
class ClusterSettings:
    """Crawl workers on several machines (`pactwatch worker`) sharing a Redis server: `redis_url`
    (redis://host:port/db, rediss://, unix://path) turns it on; empty, everything runs on this
    machine and no Redis is needed. Its password, if any, is read from the environment variable
    named by `password_env`, never from the file."""

    redis_url: str = ""
    password_env: str = ""


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
    web: WebSettings = field(default_factory=WebSettings)
    cluster: ClusterSettings = field(default_factory=ClusterSettings)

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
    read = Reader(path)
    read.known(data, SECTIONS, kind="section")
    storage = read.table(data, "storage")
    read.known(storage, STORAGE_KEYS, prefix="storage.")
    storage_path = Path(read.get(storage, "path", str, "pactwatch.db", prefix="storage."))
    if not storage_path.is_absolute() and path is not None and not _is_bundled(path):
        storage_path = path.parent / storage_path
    crawler = read.section(read.table(data, "crawler"), CrawlerSettings, prefix="crawler.")
    schedule = _parse_schedule(read, read.table(data, "schedule"))
    health = read.section(read.table(data, "health"), HealthSettings, prefix="health.")
    web = _parse_web(read, read.table(data, "web"))
    cluster = _parse_cluster(read, read.table(data, "cluster"))
    # The alerts link each event's page when the UI's address is known (webhook `event.url`).
    alerts = replace(parse_alerts(read.table(data, "alerts"), path), base_url=web.base_url or None)
    raw_sources = data.get("sources", [])
    if not isinstance(raw_sources, list) or not all(isinstance(s, dict) for s in raw_sources):
        read.fail("expected [[sources]] blocks (an array of tables)", "sources")
    sources = tuple(_parse_source(raw, index, read, schedule.timezone) for index, raw in enumerate(raw_sources))
    _reject_duplicate_names(sources, read)
    return Config(path=path, storage_path=storage_path, sources=sources, crawler=crawler, schedule=schedule,
                  health=health, alerts=alerts, web=web, cluster=cluster)


def _parse_web(read: Reader, table: dict[str, Any]) -> WebSettings:
    web = read.section(table, WebSettings, prefix="web.")
    if web.base_url:
        parts = urlsplit(web.base_url)
        if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
            read.fail(f"expected the UI's address as http(s)://host[:port][/path], got {web.base_url!r}",
                      "web.base_url")
    return replace(web, base_url=web.base_url.rstrip("/"))


def _parse_cluster(read: Reader, table: dict[str, Any]) -> ClusterSettings:
    cluster = read.section(table, ClusterSettings, prefix="cluster.")
    if not cluster.redis_url:
        return cluster
    parts = urlsplit(cluster.redis_url)
    if parts.scheme not in ("redis", "rediss", "unix"):
        read.fail(f"expected redis://host[:port][/db], rediss://... or unix://path, got {cluster.redis_url!r}",
                  "cluster.redis_url")
    if parts.password:
        read.fail("secrets are not read from the config file: name the environment variable holding the Redis "
                  "password with password_env", "cluster.redis_url")
    return cluster


def _parse_schedule(read: Reader, table: dict[str, Any]) -> ScheduleSettings:
    schedule = read.section(table, ScheduleSettings, prefix="schedule.")
    try:
        zone(schedule.timezone)
    except ValueError as exc:
        read.fail(str(exc), "schedule.timezone")
    problem = _cron_problem(schedule.cron, schedule.timezone)
    if problem:
        read.fail(problem, "schedule.cron")
    return schedule


def _cron_problem(expression: str, timezone: str) -> Optional[str]:
    try:
        cron_trigger(expression, timezone)
    except ValueError as exc:
        return f"not a valid cron expression {expression!r}: {exc}"
    return None


SOURCE_KEYS = {
    "name", "title", "kind", "country", "languages", "feeds", "sitemaps", "listings", "allow",
    "deny", "domains", "max_pages", "selectors", "download_delay", "enabled", "allow_private", "schedule",
} | OPTION_KEYS
SECTIONS = frozenset({"storage", "crawler", "schedule", "health", "alerts", "web", "cluster", "sources"})
STORAGE_KEYS = frozenset({"path"})
LISTING_KEYS = frozenset({"url", "page_url", "first_page"})
SELECTOR_KEYS = ("title", "date", "body", "author")


def config_keys() -> dict[str, frozenset[str]]:
    """Every key the file may hold, by its table: what the parsers accept (and README documents)."""
    return {
        "storage": STORAGE_KEYS,
        "crawler": frozenset(CrawlerSettings.__dataclass_fields__),
        "schedule": frozenset(ScheduleSettings.__dataclass_fields__),
        "health": frozenset(HealthSettings.__dataclass_fields__),
        "web": frozenset(WebSettings.__dataclass_fields__),
        "cluster": frozenset(ClusterSettings.__dataclass_fields__),
        "alerts": ALERT_KEYS, "alerts.email": EMAIL_KEYS, "alerts.webhook": WEBHOOK_KEYS,
        "alerts.apprise": APPRISE_KEYS,
        "sources": frozenset(SOURCE_KEYS), "sources.listings": LISTING_KEYS,
        "sources.selectors": frozenset(SELECTOR_KEYS), "sources.apis": API_KEYS, "sources.cleanup": CLEANUP_KEYS,
    }


def _parse_source(raw: dict[str, Any], index: int, config_read: Reader, timezone: str) -> Source:
    name = raw.get("name")
    if not isinstance(name, str) or not SOURCE_NAME.match(name):
        config_read.fail(
            f"[[sources]] block #{index + 1}: 'name' must be lower-case letters, digits and _ (got {name!r})", "name")
    read = config_read.for_source(name)
    read.known(raw, SOURCE_KEYS)

    def get(key: str, kind: type, default: Any, check: Optional[Callable[[Any], Optional[str]]] = None) -> Any:
        value = read.get(raw, key, kind, default)
        problem = check(value) if check and value is not None else None
        if problem:
            read.fail(problem, key)
        return value

    def count(key: str) -> Any:
        return read.number(raw, key, getattr(Source, key), range_of(Source, key))

    allow_private = get("allow_private", bool, False)
    url_check = _url_checker(allow_private)
    options = parse_source_options(raw, url_check, read)
    source = Source(
        name=name,
        title=get("title", str, name),
        kind=get("kind", str, Source.kind, lambda v: None if v in ("ministry", "news") else
                 f"expected 'ministry' or 'news', got {v!r}"),
        country=get("country", str, None, lambda v: None if COUNTRY_CODE.match(v) else
                    f"expected an ISO 3166-1 alpha-2 code like 'AZ', got {v!r}"),
        languages=tuple(get("languages", list, [], _each(str, lambda v: None if LANGUAGE_CODE.match(v) else
                                                        f"expected language codes like 'en', got {v!r}"))),
        feeds=tuple(get("feeds", list, [], _each(str, url_check))),
        sitemaps=tuple(get("sitemaps", list, [], _each(str, url_check))),
        listings=tuple(_parse_listings(get("listings", list, []), url_check, read)),
        allow=tuple(get("allow", list, [], _each(str, _regex_problem))),
        deny=tuple(get("deny", list, [], _each(str, _regex_problem))),
        domains=tuple(get("domains", list, [], _each(str, None))),
        max_pages=count("max_pages"),
        selectors=_parse_selectors(get("selectors", dict, {}), read),
        download_delay=count("download_delay"),
        enabled=get("enabled", bool, Source.enabled),
        allow_private=allow_private,
        schedule=get("schedule", str, None, lambda v: _cron_problem(v, timezone)),
        **options,
    )
    if not source.start_urls:
        read.fail("a source needs at least one of 'feeds', 'sitemaps', 'listings', 'apis' or 'telegram'", "feeds")
    return source


def _parse_listings(items: list, url_check: Callable[[str], Optional[str]], read: Reader) -> list[Listing]:
    listings = []
    for item in items:
        if isinstance(item, str):
            item = {"url": item}
        if not isinstance(item, dict):
            read.fail(f"expected a URL or a table {{url, page_url}}, got {item!r}", "listings")
        read.known(item, LISTING_KEYS, prefix="listings.")
        url = read.get(item, "url", str, prefix="listings.")
        page_url = read.get(item, "page_url", str, prefix="listings.")
        first_page = read.number(item, "first_page", Listing.first_page, range_of(Listing, "first_page"),
                                 prefix="listings.")
        for key, value in (("listings.url", url), ("listings.page_url", page_url)):
            problem = url_check(value.replace("{page}", "2")) if value else None
            if problem:
                read.fail(problem, key)
        if not url:
            read.fail("each listing needs a 'url'", "listings.url")
        if page_url is not None and "{page}" not in page_url:
            read.fail("page_url must contain '{page}'", "listings.page_url")
        listings.append(Listing(url=url, page_url=page_url, first_page=first_page))
    return listings


def _parse_selectors(table: dict, read: Reader) -> Selectors:
    read.known(table, SELECTOR_KEYS, prefix="selectors.")
    values = {}
    for key in SELECTOR_KEYS:
        value = read.get(table, key, str, prefix="selectors.")
        if value is not None:
            problem = _selector_problem(value)
            if problem:
                read.fail(problem, f"selectors.{key}")
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


def _reject_duplicate_names(sources: tuple[Source, ...], read: Reader) -> None:
    seen: set[str] = set()
    for source in sources:
        if source.name in seen:
            read.for_source(source.name).fail("two sources share this name", "name")
        seen.add(source.name)


def _is_bundled(path: Path) -> bool:
    return path.resolve().parent == bundled_config_path().resolve().parent


def _netloc(url: str) -> str:
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    host = f"[{host}]" if ":" in host else host  # an IPv6 literal keeps its brackets
    return f"{host}:{parts.port}" if parts.port else host
