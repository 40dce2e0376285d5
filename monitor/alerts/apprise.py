"""The Apprise channel: one notification per event on every service named by Apprise URLs
(Slack, Telegram, Microsoft Teams, Discord, Matrix, ntfy, ...).

The URLs carry the services' tokens, so they are read from the environment variable named by
`urls_env` (several separated by spaces or commas) when a message is sent, and never logged.
Apprise reports only whether every service accepted a notification; a refusal is retried with
the outbox's backoff, and a retry notifies every URL again (one URL per deployment avoids
duplicates on the services that had accepted).
"""

from __future__ import annotations

import re

from monitor.alerts.delivery import DeliveryError, secret_from_env
from monitor.alerts.email import event_text
from monitor.alerts.names import headline
from monitor.config.alerts import AppriseSettings

_SEPARATORS = re.compile(r"[\s,]+")


def send(settings: AppriseSettings, title: str, body: str) -> None:
    """Notify every configured service; raise DeliveryError unless all of them accepted."""
    import apprise

    urls = [url for url in _SEPARATORS.split(secret_from_env(settings.urls_env, "alerts.apprise.urls_env")) if url]
    notifier = apprise.Apprise()
    for position, url in enumerate(urls, 1):
        if not notifier.add(url):
            raise DeliveryError(f"URL {position} of {settings.urls_env} is not an Apprise URL Apprise understands",
                                retryable=False)
    if not notifier.notify(title=title, body=body, body_format=apprise.NotifyFormat.TEXT):
        raise DeliveryError(f"a service named in {settings.urls_env} did not accept the notification")


def send_event(settings: AppriseSettings, event: dict) -> None:
    send(settings, headline(event), event_text(event))


def send_health(settings: AppriseSettings, source: str, status: str, message: str) -> None:
    send(settings, f"pactwatch source {status}: {source}", message)
