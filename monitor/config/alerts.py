"""The [alerts] section of pactwatch.toml: which events are alerted, and on which channels.

Secrets are never in the file: `password_env`, `secret_env` and `urls_env` name environment
variables that are read when a message is sent (every `*_env` key is a secret's name). Values
are read through the config's one Reader.
"""

from __future__ import annotations

import importlib.util
import os
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

from monitor.classify.model import EVENT_KINDS
from monitor.config.hosts import is_private_host
from monitor.config.reader import ConfigError, Range, Reader, number, range_of

DEFAULT_KINDS = ("plan_signed", "agreement_signed", "agreement_ratified")
SECURITIES = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
EMAIL_MODES = ("per_event", "digest")
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
EMAIL_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$|^[^@\s<>,;\"]+@localhost$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
PORT = Range(1, 65535, integer=True, between=True)
ALERT_KEYS = frozenset({"kinds", "countries", "min_confidence", "max_age_days", "email", "webhook", "apprise"})
EMAIL_KEYS = frozenset({"host", "port", "security", "username", "password_env", "from", "to", "mode", "updates"})
WEBHOOK_KEYS = frozenset({"url", "secret_env", "timeout"})
APPRISE_KEYS = frozenset({"urls_env"})
SECRET_KEYS = {"password": "password_env", "secret": "secret_env", "urls": "urls_env"}


@dataclass(frozen=True)
class EmailSettings:
    """An SMTP server and the addresses alerts go to; `mode` is one message per event or one digest per run."""

    host: str
    from_addr: str
    to: tuple[str, ...]
    port: int = 25
    security: str = "none"
    username: Optional[str] = None
    password_env: Optional[str] = None
    mode: str = "per_event"
    updates: bool = False


@dataclass(frozen=True)
class WebhookSettings:
    """An HTTP(S) endpoint that receives one signed JSON POST per event."""

    url: str
    secret_env: Optional[str] = None
    timeout: float = number(10.0, 0, 300, above=True)


@dataclass(frozen=True)
class AppriseSettings:
    """Other services (Slack, Telegram, Teams, ...) through Apprise URLs, read from an environment
    variable because they carry the services' tokens."""

    urls_env: str


@dataclass(frozen=True)
class AlertSettings:
    """What is alerted (kinds, countries, confidence, age) and the channels it goes to."""

    kinds: tuple[str, ...] = DEFAULT_KINDS
    countries: tuple[str, ...] = ()
    min_confidence: float = number(0.0, 0, 1, between=True)
    # A century at most: further back, the oldest date alerted overflows before the year 1.
    max_age_days: int = number(30, 0, 36500, low_words="0 (no limit)")
    email: Optional[EmailSettings] = None
    webhook: Optional[WebhookSettings] = None
    apprise: Optional[AppriseSettings] = None
    # `[web] base_url`, set by the config's parser: the alerts link each event's page under it.
    base_url: Optional[str] = None

    @property
    def channels(self) -> dict[str, EmailSettings | WebhookSettings | AppriseSettings]:
        """The configured channels by name ("email", "webhook", "apprise")."""
        found = {"email": self.email, "webhook": self.webhook, "apprise": self.apprise}
        return {name: settings for name, settings in found.items() if settings is not None}


def parse_alerts(table: dict[str, Any], path: Optional[Path] = None) -> AlertSettings:
    """Validate the [alerts] table (already parsed TOML); every mistake is a ConfigError naming the key."""
    read = Reader(path)
    if not isinstance(table, dict):
        read.fail("expected an [alerts] table", "alerts")
    prefix = "alerts."
    _known(read, table, ALERT_KEYS, prefix)
    kinds = tuple(read.strings(table, "kinds", list(DEFAULT_KINDS), prefix=prefix))
    for kind in kinds:
        if kind not in EVENT_KINDS:
            read.fail(f"unknown event kind {kind!r} (expected some of: {', '.join(EVENT_KINDS)})", "alerts.kinds")
    countries = tuple(read.strings(table, "countries", [], prefix=prefix))
    for code in countries:
        if not COUNTRY_CODE.match(code) or not _known_territory(code):
            read.fail(f"expected ISO 3166-1 alpha-2 codes like 'AZ', got {code!r}", "alerts.countries")
    numbers = {key: read.number(table, key, getattr(AlertSettings, key), range_of(AlertSettings, key), prefix=prefix)
               for key in ("min_confidence", "max_age_days")}
    email = _parse_email(read.table(table, "email", prefix=prefix), read) if "email" in table else None
    webhook = _parse_webhook(read.table(table, "webhook", prefix=prefix), read) if "webhook" in table else None
    apprise = _parse_apprise(read.table(table, "apprise", prefix=prefix), read) if "apprise" in table else None
    return AlertSettings(kinds=kinds, countries=countries, **numbers, email=email, webhook=webhook, apprise=apprise)


def _parse_email(table: dict[str, Any], read: Reader) -> EmailSettings:
    prefix = "alerts.email."
    _known(read, table, EMAIL_KEYS, prefix)
    host = read.required(table, "host", str, prefix=prefix)
    if not host.strip() or any(c.isspace() for c in host) or "/" in host:
        read.fail(f"expected a host name or address, got {host!r}", f"{prefix}host")
    security = read.get(table, "security", str, "none", prefix=prefix)
    if security not in SECURITIES:
        read.fail(f"expected one of {', '.join(SECURITIES)}, got {security!r}", f"{prefix}security")
    port = read.number(table, "port", DEFAULT_PORTS[security], PORT, prefix=prefix)
    username = read.get(table, "username", str, prefix=prefix)
    password_env = _env_name(read, table, "password_env", prefix)
    if username and not password_env:
        read.fail("a username needs password_env, the name of the environment variable holding the password",
                  f"{prefix}password_env")
    if password_env and not username:
        read.fail("password_env is set but username is not", f"{prefix}username")
    if username and security == "none" and not is_private_host(host):
        read.fail("logging in without TLS would send the password in clear; use security = 'starttls' or 'ssl'",
                  f"{prefix}security")
    from_addr = read.required(table, "from", str, prefix=prefix)
    _address(read, from_addr, f"{prefix}from")
    to = read.strings(table, "to", prefix=prefix)
    if not to:
        read.fail("expected a list of at least one e-mail address", f"{prefix}to")
    for address in to:
        _address(read, address, f"{prefix}to")
    mode = read.get(table, "mode", str, "per_event", prefix=prefix)
    if mode not in EMAIL_MODES:
        read.fail(f"expected one of {', '.join(EMAIL_MODES)}, got {mode!r}", f"{prefix}mode")
    updates = read.get(table, "updates", bool, False, prefix=prefix)
    return EmailSettings(host=host, port=port, security=security, username=username, password_env=password_env,
                         from_addr=from_addr, to=tuple(to), mode=mode, updates=updates)


def _parse_webhook(table: dict[str, Any], read: Reader) -> WebhookSettings:
    prefix = "alerts.webhook."
    _known(read, table, WEBHOOK_KEYS, prefix)
    url = read.required(table, "url", str, prefix=prefix)
    parts = urlsplit(url)
    if parts.username or parts.password:
        # The URL is not repeated: its password would reach the terminal and the logs.
        read.fail("expected an http(s) URL without credentials (user:password@ in the URL); the URL is not shown",
                  f"{prefix}url")
    if parts.scheme not in ("http", "https") or not parts.hostname:
        read.fail(f"expected an http(s) URL without credentials, got {url!r}", f"{prefix}url")
    secret_env = _env_name(read, table, "secret_env", prefix)
    timeout = read.number(table, "timeout", WebhookSettings.timeout, range_of(WebhookSettings, "timeout"),
                          prefix=prefix)
    return WebhookSettings(url=url, secret_env=secret_env, timeout=timeout)


def _parse_apprise(table: dict[str, Any], read: Reader) -> AppriseSettings:
    prefix = "alerts.apprise."
    _known(read, table, APPRISE_KEYS, prefix)
    read.required(table, "urls_env", str, prefix=prefix)
    if importlib.util.find_spec("apprise") is None:
        read.fail("this channel needs the apprise package: pip install 'pactwatch[apprise]'", prefix.rstrip("."))
    return AppriseSettings(urls_env=_env_name(read, table, "urls_env", prefix))


def _known(read: Reader, table: dict, keys: frozenset[str], prefix: str) -> None:
    """Unknown keys are refused; a secret written where its variable's name belongs is refused
    with a word on where secrets go."""
    for key in table:
        if key in SECRET_KEYS and SECRET_KEYS[key] in keys:
            read.fail(f"secrets are not read from the config file; put it in an environment variable and "
                      f"give that variable's name as {SECRET_KEYS[key]}", f"{prefix}{key}")
    read.known(table, keys, prefix=prefix)


def _env_name(read: Reader, table: dict, key: str, prefix: str) -> Optional[str]:
    name = read.get(table, key, str, prefix=prefix)
    if name is not None and not ENV_NAME.match(name):
        read.fail("expected the NAME of an environment variable (like PACTWATCH_SMTP_PASSWORD), not a secret;"
                  " the value is not shown", f"{prefix}{key}")
    return name


def _address(read: Reader, value: str, key: str) -> None:
    if not EMAIL_ADDRESS.match(value):
        read.fail(f"expected an e-mail address like alerts@example.org, got {value!r}", key)


def _known_territory(code: str) -> bool:
    from babel import Locale

    return code in Locale("en").territories


# What each secret variable holds, for the message that says it is missing.
SECRET_PURPOSES = {"password_env": "the SMTP password", "secret_env": "the webhook secret",
                   "urls_env": "the Apprise URLs"}


def secret_variables(settings: AlertSettings) -> list[tuple[str, str, str]]:
    """(channel, key, variable name) for every `*_env` key set on a configured channel.

    Every key that names an environment variable names a secret (that is why it is not in the
    file), so this one rule both checks them before sending and keeps them out of the crawl's
    process: a channel added later with its own `*_env` key is covered without a new list.
    """
    found = []
    for channel, chosen in settings.channels.items():
        for item in fields(chosen):
            name = getattr(chosen, item.name)
            if item.name.endswith("_env") and name:
                found.append((channel, item.name, name))
    return found


def check_secrets(settings: AlertSettings, path: Optional[Path] = None,
                  channels: Optional[tuple[str, ...]] = None) -> None:
    """Raise ConfigError (file and key, never a value) for the first secret variable that is not set.

    Run where secrets are about to be needed (the daemon, sending by hand), not when the file is
    read: listing sources or articles needs no SMTP password.
    """
    for channel, key, name in secret_variables(settings):
        if (channels is None or channel in channels) and not os.environ.get(name):
            holds = SECRET_PURPOSES.get(key, f"a secret of [alerts.{channel}]")
            raise ConfigError(f"environment variable {name} is not set or empty (it holds {holds})",
                              file=path, key=f"alerts.{channel}.{key}")
