"""The [alerts] section of pactwatch.toml: which events are alerted, and on which channels.

Secrets are never in the file: `password_env`, `secret_env` and `urls_env` name environment
variables that are read when a message is sent (every `*_env` key is a secret's name). monitor.config is imported inside parse_alerts, so that
monitor.config can import this module at its top without a cycle.
"""

from __future__ import annotations

import importlib.util
import re
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Optional
from urllib.parse import urlsplit

from monitor.classify.model import EVENT_KINDS

DEFAULT_KINDS = ("plan_signed", "agreement_signed", "agreement_ratified")
SECURITIES = ("none", "starttls", "ssl")
DEFAULT_PORTS = {"none": 25, "starttls": 587, "ssl": 465}
EMAIL_MODES = ("per_event", "digest")
ENV_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
EMAIL_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$|^[^@\s<>,;\"]+@localhost$")
COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")
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


@dataclass(frozen=True)
class WebhookSettings:
    """An HTTP(S) endpoint that receives one signed JSON POST per event."""

    url: str
    secret_env: Optional[str] = None
    timeout: float = 10.0


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
    min_confidence: float = 0.0
    max_age_days: int = 30
    email: Optional[EmailSettings] = None
    webhook: Optional[WebhookSettings] = None
    apprise: Optional[AppriseSettings] = None

    @property
    def channels(self) -> dict[str, EmailSettings | WebhookSettings | AppriseSettings]:
        """The configured channels by name ("email", "webhook", "apprise")."""
        found = {"email": self.email, "webhook": self.webhook, "apprise": self.apprise}
        return {name: settings for name, settings in found.items() if settings is not None}


def parse_alerts(table: dict[str, Any], path: Optional[Path] = None) -> AlertSettings:
    """Validate the [alerts] table (already parsed TOML); every mistake is a ConfigError naming the key."""
    from monitor.config import ConfigError

    check = _Checker(path)
    if not isinstance(table, dict):
        raise ConfigError("expected an [alerts] table", file=path, key="alerts")
    check.known(table, {"kinds", "countries", "min_confidence", "max_age_days", "email", "webhook", "apprise"},
                "alerts")
    kinds = tuple(check.strings(table, "kinds", "alerts", list(DEFAULT_KINDS)))
    for kind in kinds:
        if kind not in EVENT_KINDS:
            check.fail(f"unknown event kind {kind!r} (expected some of: {', '.join(EVENT_KINDS)})", "alerts.kinds")
    countries = tuple(check.strings(table, "countries", "alerts", []))
    for code in countries:
        if not COUNTRY_CODE.match(code) or not _known_territory(code):
            check.fail(f"expected ISO 3166-1 alpha-2 codes like 'AZ', got {code!r}", "alerts.countries")
    min_confidence = float(check.get(table, "min_confidence", (int, float), "alerts", 0.0))
    if not 0.0 <= min_confidence <= 1.0:
        check.fail("must be between 0 and 1", "alerts.min_confidence")
    max_age_days = check.get(table, "max_age_days", int, "alerts", 30)
    if max_age_days < 0:
        check.fail("must be 0 (no limit) or more", "alerts.max_age_days")
    email = _parse_email(check.table(table, "email", "alerts"), check) if "email" in table else None
    webhook = _parse_webhook(check.table(table, "webhook", "alerts"), check) if "webhook" in table else None
    apprise = _parse_apprise(check.table(table, "apprise", "alerts"), check) if "apprise" in table else None
    return AlertSettings(kinds=kinds, countries=countries, min_confidence=min_confidence,
                         max_age_days=max_age_days, email=email, webhook=webhook, apprise=apprise)


def _parse_email(table: dict[str, Any], check: "_Checker") -> EmailSettings:
    prefix = "alerts.email"
    check.known(table, {"host", "port", "security", "username", "password_env", "from", "to", "mode"}, prefix)
    host = check.required(table, "host", str, prefix)
    if not host.strip() or any(c.isspace() for c in host) or "/" in host:
        check.fail(f"expected a host name or address, got {host!r}", f"{prefix}.host")
    security = check.get(table, "security", str, prefix, "none")
    if security not in SECURITIES:
        check.fail(f"expected one of {', '.join(SECURITIES)}, got {security!r}", f"{prefix}.security")
    port = check.get(table, "port", int, prefix, DEFAULT_PORTS[security])
    if not 0 < port < 65536:
        check.fail(f"expected a port between 1 and 65535, got {port}", f"{prefix}.port")
    username = check.get(table, "username", str, prefix, None)
    password_env = check.env_name(table, "password_env", prefix)
    if username and not password_env:
        check.fail("a username needs password_env, the name of the environment variable holding the password",
                   f"{prefix}.password_env")
    if password_env and not username:
        check.fail("password_env is set but username is not", f"{prefix}.username")
    if username and security == "none" and not _is_private(host):
        check.fail("logging in without TLS would send the password in clear; use security = 'starttls' or 'ssl'",
                   f"{prefix}.security")
    from_addr = check.required(table, "from", str, prefix)
    check.address(from_addr, f"{prefix}.from")
    to = check.strings(table, "to", prefix, None)
    if not to:
        check.fail("expected a list of at least one e-mail address", f"{prefix}.to")
    for address in to:
        check.address(address, f"{prefix}.to")
    mode = check.get(table, "mode", str, prefix, "per_event")
    if mode not in EMAIL_MODES:
        check.fail(f"expected one of {', '.join(EMAIL_MODES)}, got {mode!r}", f"{prefix}.mode")
    return EmailSettings(host=host, port=port, security=security, username=username, password_env=password_env,
                         from_addr=from_addr, to=tuple(to), mode=mode)


def _parse_webhook(table: dict[str, Any], check: "_Checker") -> WebhookSettings:
    prefix = "alerts.webhook"
    check.known(table, {"url", "secret_env", "timeout"}, prefix)
    url = check.required(table, "url", str, prefix)
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.username or parts.password:
        check.fail(f"expected an http(s) URL without credentials, got {url!r}", f"{prefix}.url")
    secret_env = check.env_name(table, "secret_env", prefix)
    timeout = float(check.get(table, "timeout", (int, float), prefix, 10.0))
    if timeout <= 0:
        check.fail("must be greater than 0", f"{prefix}.timeout")
    return WebhookSettings(url=url, secret_env=secret_env, timeout=timeout)


def _parse_apprise(table: dict[str, Any], check: "_Checker") -> AppriseSettings:
    prefix = "alerts.apprise"
    check.known(table, {"urls_env"}, prefix)
    check.required(table, "urls_env", str, prefix)
    if importlib.util.find_spec("apprise") is None:
        check.fail("this channel needs the apprise package: pip install 'pactwatch[apprise]'", prefix)
    return AppriseSettings(urls_env=check.env_name(table, "urls_env", prefix))


class _Checker:
    """Typed reads from a TOML table that raise ConfigError with the file and the dotted key."""

    TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
                  dict: "a table"}

    def __init__(self, path: Optional[Path]):
        self.path = path

    def fail(self, message: str, key: str) -> None:
        from monitor.config import ConfigError

        raise ConfigError(message, file=self.path, key=key)

    def known(self, table: dict, keys: set[str], prefix: str) -> None:
        for key in table:
            if key in SECRET_KEYS and SECRET_KEYS[key] in keys:
                self.fail(f"secrets are not read from the config file; put it in an environment variable and "
                          f"give that variable's name as {SECRET_KEYS[key]}", f"{prefix}.{key}")
            if key not in keys:
                self.fail(f"unknown key (expected one of: {', '.join(sorted(keys))})", f"{prefix}.{key}")

    def get(self, table: dict, key: str, kind: type | tuple, prefix: str, default: Any) -> Any:
        if key not in table:
            return default
        value = table[key]
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.fail(f"expected {self.TYPE_NAMES[kinds[-1]]}, got {value!r}", f"{prefix}.{key}")
        return value

    def required(self, table: dict, key: str, kind: type, prefix: str) -> Any:
        if key not in table:
            self.fail("required", f"{prefix}.{key}")
        return self.get(table, key, kind, prefix, None)

    def table(self, table: dict, key: str, prefix: str) -> dict:
        value = table[key]
        if not isinstance(value, dict):
            self.fail(f"expected a [{prefix}.{key}] table", f"{prefix}.{key}")
        return value

    def strings(self, table: dict, key: str, prefix: str, default: Optional[list]) -> list[str]:
        values = self.get(table, key, list, prefix, default) or []
        for value in values:
            if not isinstance(value, str):
                self.fail(f"expected a list of strings, found {value!r}", f"{prefix}.{key}")
        return values

    def env_name(self, table: dict, key: str, prefix: str) -> Optional[str]:
        name = self.get(table, key, str, prefix, None)
        if name is not None and not ENV_NAME.match(name):
            self.fail("expected the NAME of an environment variable (like PACTWATCH_SMTP_PASSWORD), not a secret;"
                      " the value is not shown", f"{prefix}.{key}")
        return name

    def address(self, value: str, key: str) -> None:
        if not EMAIL_ADDRESS.match(value):
            self.fail(f"expected an e-mail address like alerts@example.org, got {value!r}", key)


def _known_territory(code: str) -> bool:
    from babel import Locale

    return code in Locale("en").territories


def _is_private(host: str) -> bool:
    from monitor.config import is_private_host

    return is_private_host(host)


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
    import os

    from monitor.config import ConfigError

    for channel, key, name in secret_variables(settings):
        if (channels is None or channel in channels) and not os.environ.get(name):
            holds = SECRET_PURPOSES.get(key, f"a secret of [alerts.{channel}]")
            raise ConfigError(f"environment variable {name} is not set or empty (it holds {holds})",
                              file=path, key=f"alerts.{channel}.{key}")
