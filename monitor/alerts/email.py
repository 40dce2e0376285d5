"""The e-mail channel: messages with a plain-text and an HTML part, sent over SMTP.

Everything scraped (titles, sources, evidence, URLs) is escaped in the HTML part, and only
http(s) URLs become links. The Message-ID is derived from the outbox key, so a copy sent again
after a crash carries the same Message-ID (and X-Pactwatch-Idempotency-Key) as the first.
"""

from __future__ import annotations

import hashlib
import html
import logging
import re
import smtplib
import ssl
from datetime import datetime, timezone
from email.message import EmailMessage
from email.utils import format_datetime
from typing import Optional, Sequence

from monitor.alerts.delivery import DeliveryError, secret_from_env
from monitor.alerts.digest import Digest, change_lines
from monitor.alerts.digest import html_body as digest_html
from monitor.alerts.digest import subject as digest_subject
from monitor.alerts.digest import text as digest_text
from monitor.alerts.names import country_name, headline, kind_label
from monitor.config.alerts import EmailSettings
from monitor.config.links import is_web_url

SMTP_TIMEOUT_SECONDS = 30
KEY_HEADER = "X-Pactwatch-Idempotency-Key"
Refused = dict[str, tuple[int, str]]
_MSGID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]")

log = logging.getLogger(__name__)


def event_message(settings: EmailSettings, event: dict, key: str) -> EmailMessage:
    """One message about one event; the subject is its headline."""
    text = event_text(event)
    body = f"<h2>{html.escape(headline(event))}</h2>\n{_event_html(event)}"
    return _message(settings, headline(event), text, _page(body), key)


def update_message(settings: EmailSettings, event: dict, changes: dict, key: str) -> EmailMessage:
    """One message saying what changed about an event already alerted; the subject starts "Update:"."""
    subject = f"Update: {headline(event)}"
    text = f"{change_text(changes)}\n{event_text(event)}"
    body = f"<h2>{html.escape(subject)}</h2>\n{_change_html(changes)}\n{_event_html(event)}"
    return _message(settings, subject, text, _page(body), key)


def change_text(changes: dict) -> str:
    """What an update says changed: each field from and to, and the new sources."""
    return "\n".join(change_lines(changes)) + "\n"


def _change_html(changes: dict) -> str:
    return "<p>" + "<br>".join(html.escape(line) for line in change_text(changes).splitlines()) + "</p>"


def digest_key(keys: Sequence[str]) -> str:
    """The idempotency key of a digest: the same set of alerts gives the same key."""
    digest = hashlib.sha256("\n".join(sorted(keys)).encode("utf-8")).hexdigest()[:16]
    return f"digest-{digest}:email"


def digest_message(settings: EmailSettings, digest: Digest, key: str) -> EmailMessage:
    """One message of everything a round found (monitor.alerts.digest says what and in which order)."""
    return _message(settings, digest_subject(digest), digest_text(digest), _page(digest_html(digest)), key)


def health_message(settings: EmailSettings, source: str, status: str, message: str, key: str) -> EmailMessage:
    """A source started failing, or recovered."""
    subject = f"pactwatch source {status}: {source}"
    return _message(settings, subject, f"{message}\n", _page(f"<p>{html.escape(message)}</p>"), key)


def probe_message(settings: EmailSettings, key: str) -> EmailMessage:
    """The message `pactwatch alerts test email` sends."""
    text = "This is a test message from pactwatch: the e-mail channel works."
    return _message(settings, "pactwatch test message", f"{text}\n", _page(f"<p>{html.escape(text)}</p>"), key)


def send(settings: EmailSettings, message: EmailMessage, recipients: Optional[Sequence[str]] = None) -> Refused:
    """Hand the message to the SMTP server for `recipients` (default: every address in `to`); return
    the recipients it refused, address -> (SMTP code, reply), which may be all of them. Raise
    DeliveryError when it took the message for nobody for another reason (connection, TLS,
    login, the message itself)."""
    password = secret_from_env(settings.password_env, "alerts.email.password_env") if settings.username else None
    recipients = list(settings.to if recipients is None else recipients)
    try:
        if settings.security == "ssl":
            client = smtplib.SMTP_SSL(settings.host, settings.port, timeout=SMTP_TIMEOUT_SECONDS,
                                      context=ssl.create_default_context())
        else:
            client = smtplib.SMTP(settings.host, settings.port, timeout=SMTP_TIMEOUT_SECONDS)
        with client:
            if settings.security == "starttls":
                client.starttls(context=ssl.create_default_context())
            if settings.username:
                client.login(settings.username, password)
            refused = client.send_message(message, from_addr=settings.from_addr, to_addrs=recipients)
    except smtplib.SMTPRecipientsRefused as exc:
        refused = exc.recipients
    except smtplib.SMTPResponseException as exc:
        raise DeliveryError(f"SMTP {exc.smtp_code} {_text(exc.smtp_error)}", retryable=exc.smtp_code < 500) from None
    except (smtplib.SMTPException, OSError) as exc:
        raise DeliveryError(f"SMTP {settings.host}:{settings.port}: {exc or type(exc).__name__}") from None
    refused = {address: (code, _text(reply)) for address, (code, reply) in refused.items()}
    if refused:
        log.warning("SMTP server refused recipients of %s: %s", message[KEY_HEADER], describe_refusals(refused))
    if len(refused) < len(recipients):
        log.info("e-mail %s accepted by %s:%d for %d recipient(s)", message[KEY_HEADER], settings.host,
                 settings.port, len(recipients) - len(refused))
    return refused


def describe_refusals(refused: Refused) -> str:
    """'a@x (450 Mailbox busy); b@y (550 No such user)'."""
    return "; ".join(f"{address} ({code} {reply})" for address, (code, reply) in refused.items())


def _message(settings: EmailSettings, subject: str, text: str, html_body: str, key: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = subject
    message["From"] = settings.from_addr
    message["To"] = ", ".join(settings.to)
    message["Date"] = format_datetime(datetime.now(timezone.utc))
    message["Message-ID"] = _message_id(key, settings.from_addr)
    message[KEY_HEADER] = key
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(text)
    message.add_alternative(html_body, subtype="html")
    return message


def _message_id(key: str, from_addr: str) -> str:
    domain = from_addr.rsplit("@", 1)[-1]
    return f"<pactwatch.{_MSGID_UNSAFE.sub('.', key)}@{domain}>"


def event_text(event: dict) -> str:
    """The plain-text body about one event: its facts, the evidence, every source with its link."""
    lines = [f"{label}: {value}" for label, value in _facts(event)]
    if event.get("evidence"):
        lines += ["", "Evidence:", f"  {event['evidence']}"]
    lines += ["", f"Sources ({len(event['articles'])}):"]
    for article in event["articles"]:
        lines.append(f"- {article['title'] or article['url']}")
        lines.append(f"  {_byline(article)}")
        lines.append(f"  {article['url']}")
    return "\n".join(lines) + "\n"


def _event_html(event: dict) -> str:
    facts = "".join(f"<tr><th align=\"left\">{html.escape(label)}</th><td>{html.escape(str(value))}</td></tr>"
                    for label, value in _facts(event))
    parts = [f"<table>{facts}</table>"]
    if event.get("evidence"):
        parts.append(f"<p><b>Evidence:</b></p>\n<blockquote>{html.escape(event['evidence'])}</blockquote>")
    items = []
    for article in event["articles"]:
        title = html.escape(article["title"] or article["url"])
        link = (f"<a href=\"{html.escape(article['url'], quote=True)}\">{title}</a>"
                if is_web_url(article["url"]) else title)
        items.append(f"<li>{link}<br><small>{html.escape(_byline(article))}</small></li>")
    parts.append(f"<p><b>Sources ({len(event['articles'])}):</b></p>\n<ul>\n" + "\n".join(items) + "\n</ul>")
    return "\n".join(parts)


def _facts(event: dict) -> list[tuple[str, object]]:
    facts: list[tuple[str, object]] = [
        ("Kind", kind_label(event["kind"])),
        ("States", ", ".join(f"{country_name(code)} ({code})" for code in event["parties"])),
    ]
    for label, field in (("Plan year", "plan_year"), ("Date", "date"), ("First seen", "first_seen")):
        if event.get(field):
            facts.append((label, event[field]))
    if event.get("confidence") is not None:
        facts.append(("Confidence", f"{event['confidence']:.2f}"))
    if event.get("url"):
        facts.append(("Event page", event["url"]))
    return facts


def _byline(article: dict) -> str:
    """The outlet as people know it (the source's name when no title is known) and the publish date."""
    published: Optional[str] = article.get("published_at")
    return (article.get("outlet") or article["source"]) + (f", published {published}" if published else "")


def _page(body: str) -> str:
    return f"<!DOCTYPE html>\n<html><body style=\"font-family: sans-serif\">\n{body}\n</body></html>\n"


def _text(reply) -> str:
    return reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
