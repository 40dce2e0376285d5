"""Secrets come from environment variables and go only where they are needed: never into a log,
the database, --help, status, an error message, or the crawl's own process.

One real run (crawl, classify, merge, alert over a real SMTP server with login and a real
webhook receiver) with sentinel secrets, then every command's output, the log file, the
database file and everything the receivers got are searched for them. The alert's scraped
title carries markup, which must arrive escaped in the e-mail's HTML part.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import subprocess
import sys
import time
from pathlib import Path

import click
from click.testing import CliRunner

from monitor.cli import main
from monitor.config import load_config
from monitor.runs.crawling import crawl_environment
from tests.sites import article_html, rss

SMTP_SECRET = "smtp-SENTINEL-7f3a9c"
HOOK_SECRET = "hook-SENTINEL-41d2e8"
HOSTILE_TITLE = 'Azerbaijan and Kazakhstan sign military cooperation plan <script>alert("pw")</script>'
TEXT = ("Baku, 5 March. The defence ministers of Azerbaijan and Kazakhstan signed the plan of military cooperation "
        "between the two ministries for 2024 at a meeting in Baku on Tuesday. The document covers staff training, "
        "joint exercises and exchanges of military education specialists.")

CONFIG = """
[crawler]
autothrottle = false

[alerts]
max_age_days = 0

[alerts.email]
host = "127.0.0.1"
port = {smtp_port}
username = "monitor"
password_env = "PACTWATCH_SMTP_PASSWORD"
from = "pactwatch@monitor.example"
to = ["analyst@desk.example"]

[alerts.webhook]
url = "{hook_url}"
secret_env = "PACTWATCH_HOOK_SECRET"

[[sources]]
name = "wire"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""


def every_help(command: click.Command, path: list[str]):
    """The argument lists that print --help for `command` and each of its subcommands."""
    yield [*path, "--help"]
    for name, sub in getattr(command, "commands", {}).items():
        yield from every_help(sub, [*path, name])


def test_secrets_appear_in_no_output_log_database_or_message(site, write_config, db_path, tmp_path, monkeypatch,
                                                             make_smtp_sink, webhook_receiver):
    from aiosmtpd.smtp import AuthResult

    logins = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append(auth_data.password)
        return AuthResult(success=auth_data.password == SMTP_SECRET.encode(), handled=False)

    sink = make_smtp_sink(authenticator=authenticator, auth_require_tls=False, auth_required=True)
    escaped = HOSTILE_TITLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")
    site.add("/news/plan.html", article_html(escaped, [TEXT], published="2024-03-05T10:00:00+04:00"))
    site.add("/rss.xml", rss([(site.url("/news/plan.html"), "Plan", "Tue, 05 Mar 2024 10:00:00 +0400")]),
             "application/rss+xml")
    config_path = write_config(CONFIG.format(smtp_port=sink.port, hook_url=webhook_receiver.url, base=site.base_url))
    monkeypatch.setenv("PACTWATCH_SMTP_PASSWORD", SMTP_SECRET)
    monkeypatch.setenv("PACTWATCH_HOOK_SECRET", HOOK_SECRET)
    log = tmp_path / "daemon.log"
    cli = ["--config", str(config_path), "--db", str(db_path)]

    daemon = subprocess.run([sys.executable, "-m", "monitor", "-v", *cli, "run", "--once", "--log-file", str(log)],
                            capture_output=True, text=True, timeout=120)
    assert daemon.returncode == 0, daemon.stdout + daemon.stderr + log.read_text()
    assert logins == [SMTP_SECRET.encode()]

    runner = CliRunner()
    outputs = [daemon.stdout, daemon.stderr, log.read_text()]
    for args in [*every_help(main, []), ["status"], ["status", "--json"], ["sources", "--json"], ["alerts", "--json"],
                 ["events", "--json"], ["alerts", "test", "email"], ["alerts", "test", "webhook"]]:
        result = runner.invoke(main, [*cli, *args])
        assert result.exit_code == 0, (args, result.output)
        outputs.append(result.output)
    monkeypatch.setenv("PACTWATCH_SMTP_PASSWORD", "wrong-" + SMTP_SECRET)
    refused = runner.invoke(main, [*cli, "alerts", "test", "email"])
    assert refused.exit_code == 1 and "535" in refused.output
    outputs.append(refused.output)

    received = [message.as_bytes() for message in sink.messages]
    received += [repr(request["headers"]).encode() + request["body"] for request in webhook_receiver.requests]
    stored = b"".join(path.read_bytes() for path in db_path.parent.glob(db_path.name + "*"))
    for secret in (SMTP_SECRET, HOOK_SECRET):
        assert not any(secret in output for output in outputs), secret
        assert not any(secret.encode() in data for data in received + [stored]), secret

    [alert] = [m for m in sink.messages if "Plan signed" in m["Subject"]]
    html = alert.get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;pw&quot;)&lt;/script&gt;" in html
    [hook] = [r for r in webhook_receiver.requests if r["json"].get("type") != "test"][:1]
    expected = hmac.new(HOOK_SECRET.encode(), hook["body"], hashlib.sha256).hexdigest()
    assert hook["headers"]["X-Pactwatch-Signature"] == f"sha256={expected}"


def test_the_crawl_process_is_not_given_the_secrets(write_config, monkeypatch):
    monkeypatch.setenv("PACTWATCH_SMTP_PASSWORD", SMTP_SECRET)
    monkeypatch.setenv("PACTWATCH_HOOK_SECRET", HOOK_SECRET)
    config = load_config(write_config(CONFIG.format(smtp_port=25, hook_url="https://hooks.example/p",
                                                    base="http://127.0.0.1:9")))

    environment = crawl_environment(config)
    assert "PACTWATCH_SMTP_PASSWORD" not in environment and "PACTWATCH_HOOK_SECRET" not in environment
    assert SMTP_SECRET not in repr(environment) and HOOK_SECRET not in repr(environment)


APPRISE_URLS = "json://user:apprise-SENTINEL-9b1c5e@127.0.0.1:9/hooks"


def crawl_children(parent: int) -> list[int]:
    """The `scrapy crawl` processes whose parent is `parent` (read from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            command = (entry / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == parent and b"scrapy" in command and b"crawl" in command:
            found.append(int(entry.name))
    return found


def test_a_real_crawl_process_has_none_of_the_secret_variables(site, write_config, db_path, monkeypatch):
    """Every `*_env` key of the config names a secret, and none of them reaches the crawl:
    read from /proc/PID/environ of the `scrapy crawl` that `pactwatch crawl` starts (the
    Apprise URLs, which carry the services' tokens, used to reach it)."""
    site.add("/news/plan.html", article_html("Plan", [TEXT]), delay=3.0)  # keeps the crawl alive to be read
    site.add("/rss.xml", rss([(site.url("/news/plan.html"), "Plan", "Tue, 05 Mar 2024 10:00:00 +0400")]),
             "application/rss+xml")
    with_apprise = CONFIG.replace("[[sources]]", '[alerts.apprise]\nurls_env = "PACTWATCH_APPRISE_URLS"\n\n[[sources]]')
    config = write_config(with_apprise.format(smtp_port=25, hook_url="https://hooks.example/p", base=site.base_url))
    environment = {**os.environ, "PACTWATCH_SMTP_PASSWORD": SMTP_SECRET, "PACTWATCH_HOOK_SECRET": HOOK_SECRET,
                   "PACTWATCH_APPRISE_URLS": APPRISE_URLS, "PACTWATCH_HARMLESS": "kept"}
    process = subprocess.Popen([sys.executable, "-m", "monitor", "--config", str(config), "--db", str(db_path),
                                "crawl", "wire", "--quiet"], env=environment, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not (children := crawl_children(process.pid)) and time.monotonic() < deadline:
            assert process.poll() is None, process.communicate()
            time.sleep(0.05)
        assert children, "no scrapy crawl process was started"
        variables = dict(line.split(b"=", 1) for line in Path(f"/proc/{children[0]}/environ").read_bytes().split(b"\0")
                         if b"=" in line)
    finally:
        output = process.communicate(timeout=120)
    assert process.returncode == 0, output
    assert variables[b"PACTWATCH_HARMLESS"] == b"kept"
    assert {b"PACTWATCH_SMTP_PASSWORD", b"PACTWATCH_HOOK_SECRET", b"PACTWATCH_APPRISE_URLS"}.isdisjoint(variables)
    everything = b"\0".join(variables.values())
    for secret in (SMTP_SECRET, HOOK_SECRET, APPRISE_URLS):
        assert secret.encode() not in everything, secret
