"""[alerts] is validated once, at the edge: every mistake names the file and the dotted key."""

from pathlib import Path

import pytest

from monitor.config import ConfigError
from monitor.config.alerts import AlertSettings, EmailSettings, WebhookSettings, parse_alerts

PATH = Path("/etc/pactwatch.toml")
EMAIL = {"host": "smtp.example.org", "security": "starttls", "username": "monitor",
         "password_env": "PACTWATCH_SMTP_PASSWORD", "from": "pactwatch@example.org",
         "to": ["analyst@example.org"], "mode": "digest"}


def test_no_alerts_table_gives_the_defaults_and_no_channel():
    settings = parse_alerts({}, PATH)

    assert settings == AlertSettings()
    assert settings.kinds == ("plan_signed", "agreement_signed", "agreement_ratified")
    assert settings.max_age_days == 30 and settings.countries == () and settings.channels == {}


def test_a_full_table_is_read_into_typed_settings():
    settings = parse_alerts({
        "kinds": ["plan_signed", "exercise"], "countries": ["AZ", "TR"], "min_confidence": 0.6, "max_age_days": 0,
        "email": EMAIL,
        "webhook": {"url": "https://hooks.example.org/pactwatch", "secret_env": "PACTWATCH_HOOK_SECRET",
                    "timeout": 3},
    }, PATH)

    assert settings.kinds == ("plan_signed", "exercise") and settings.countries == ("AZ", "TR")
    assert settings.min_confidence == 0.6 and settings.max_age_days == 0
    assert settings.email == EmailSettings(host="smtp.example.org", port=587, security="starttls", username="monitor",
                                           password_env="PACTWATCH_SMTP_PASSWORD", from_addr="pactwatch@example.org",
                                           to=("analyst@example.org",), mode="digest")
    assert settings.webhook == WebhookSettings(url="https://hooks.example.org/pactwatch",
                                               secret_env="PACTWATCH_HOOK_SECRET", timeout=3.0)
    assert list(settings.channels) == ["email", "webhook"]


@pytest.mark.parametrize("security, port", [("none", 25), ("starttls", 587), ("ssl", 465)])
def test_the_default_port_follows_the_security(security, port):
    table = {"host": "127.0.0.1", "security": security, "from": "a@example.org", "to": ["b@example.org"]}

    assert parse_alerts({"email": table}, PATH).email.port == port


@pytest.mark.parametrize("table, key, words", [
    ({"kind": ["plan_signed"]}, "alerts.kind", "unknown key"),
    ({"kinds": ["plan_sigend"]}, "alerts.kinds", "unknown event kind 'plan_sigend'"),
    ({"kinds": "plan_signed"}, "alerts.kinds", "expected a list"),
    ({"countries": ["az"]}, "alerts.countries", "ISO 3166-1"),
    ({"countries": ["QQ"]}, "alerts.countries", "ISO 3166-1"),
    ({"min_confidence": 1.5}, "alerts.min_confidence", "between 0 and 1"),
    ({"min_confidence": True}, "alerts.min_confidence", "expected a number"),
    ({"max_age_days": -1}, "alerts.max_age_days", "0 (no limit) or more"),
    ({"max_age_days": 2.5}, "alerts.max_age_days", "expected an integer"),
    ({"email": "smtp.example.org"}, "alerts.email", "table"),
    ({"email": {**EMAIL, "port": 70000}}, "alerts.email.port", "between 1 and 65535"),
    ({"email": {**EMAIL, "port": "25"}}, "alerts.email.port", "expected an integer"),
    ({"email": {**EMAIL, "security": "tls"}}, "alerts.email.security", "none, starttls, ssl"),
    ({"email": {**EMAIL, "mode": "daily"}}, "alerts.email.mode", "per_event, digest"),
    ({"email": {**EMAIL, "to": []}}, "alerts.email.to", "at least one"),
    ({"email": {**EMAIL, "to": ["analyst"]}}, "alerts.email.to", "e-mail address"),
    ({"email": {**EMAIL, "from": "pactwatch at example.org"}}, "alerts.email.from", "e-mail address"),
    ({"email": {k: v for k, v in EMAIL.items() if k != "host"}}, "alerts.email.host", "required"),
    ({"email": {k: v for k, v in EMAIL.items() if k != "password_env"}}, "alerts.email.password_env",
     "needs password_env"),
    ({"email": {**EMAIL, "security": "none"}}, "alerts.email.security", "in clear"),
    ({"email": {**EMAIL, "password": "hunter2"}}, "alerts.email.password", "environment variable"),
    ({"email": {**EMAIL, "sender": "x"}}, "alerts.email.sender", "unknown key"),
    ({"webhook": {"url": "ftp://hooks.example.org/x"}}, "alerts.webhook.url", "http(s) URL"),
    ({"webhook": {"url": "https://user:pw@hooks.example.org/x"}}, "alerts.webhook.url", "without credentials"),
    ({"webhook": {}}, "alerts.webhook.url", "required"),
    ({"webhook": {"url": "https://h.example.org/", "secret": "s3cr3t"}}, "alerts.webhook.secret",
     "environment variable"),
    ({"webhook": {"url": "https://h.example.org/", "timeout": 0}}, "alerts.webhook.timeout", "greater than 0"),
])
def test_mistakes_name_the_file_and_the_key(table, key, words):
    with pytest.raises(ConfigError) as caught:
        parse_alerts(table, PATH)

    assert caught.value.key == key and caught.value.file == PATH
    assert words in caught.value.message
    assert str(PATH) in str(caught.value)


def test_a_secret_given_where_a_variable_name_belongs_is_refused_without_being_shown():
    with pytest.raises(ConfigError) as caught:
        parse_alerts({"webhook": {"url": "https://h.example.org/", "secret_env": "s3cr3t-v@lue!"}}, PATH)

    assert caught.value.key == "alerts.webhook.secret_env"
    assert "s3cr3t" not in str(caught.value)


def test_login_without_tls_is_allowed_to_a_loopback_relay():
    table = {**EMAIL, "host": "127.0.0.1", "security": "none"}

    assert parse_alerts({"email": table}, PATH).email.username == "monitor"
