"""The webhook channel: a versioned JSON document POSTed to the user's endpoint (see PAYLOAD.md).

Every POST carries the outbox row's Idempotency-Key, so a receiver can drop the copy that
follows a crash between sending and recording, and, when a secret is configured, an HMAC of
the exact body bytes. Redirects are not followed: a POST must not turn into a GET.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import socket
import urllib.error
import urllib.request
from datetime import datetime, timezone
from email.utils import parsedate_to_datetime
from typing import Optional

from monitor.alerts.delivery import DeliveryError, secret_from_env
from monitor.alerts.names import country_name
from monitor.config.alerts import WebhookSettings

PAYLOAD_VERSION = 1
USER_AGENT = "pactwatch-webhook/1"
SIGNATURE_HEADER = "X-Pactwatch-Signature"
RESPONSE_BYTES_KEPT = 200

log = logging.getLogger(__name__)


def event_payload(event: dict) -> dict:
    """The `event.new` document for an event in the shape of storage.events.list_events."""
    return {
        "version": PAYLOAD_VERSION,
        "type": "event.new",
        "event": {
            "id": event["id"],
            "kind": event["kind"],
            "parties": [{"code": code, "name": country_name(code)} for code in event["parties"]],
            "plan_year": event["plan_year"],
            "date": event["date"],
            "first_seen": event["first_seen"],
            "confidence": event["confidence"],
            "evidence": event["evidence"],
            "articles": [{"url": a["url"], "title": a["title"], "source": a["source"],
                          "published_at": a["published_at"]} for a in event["articles"]],
        },
    }


def update_payload(event: dict, changes: dict) -> dict:
    """The `event.updated` document: the event as it stands now, the fields that changed since the
    last alert about it (each with "from" and "to") and the source articles it did not list."""
    payload = event_payload(event)
    payload["type"] = "event.updated"
    payload["changes"] = changes["fields"]
    payload["new_articles"] = changes["new_articles"]
    return payload


def health_payload(source: str, status: str, message: str) -> dict:
    """The `source.health` document: a source started failing or recovered."""
    return {"version": PAYLOAD_VERSION, "type": "source.health", "source": source, "status": status,
            "message": message}


def probe_payload(message: str) -> dict:
    """The `test` document sent by `pactwatch alerts test webhook`."""
    return {"version": PAYLOAD_VERSION, "type": "test", "message": message}


def encode(payload: dict) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def signature(secret: str, body: bytes) -> str:
    """The X-Pactwatch-Signature value: sha256=<hex HMAC-SHA256 of the body under the secret>."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def post(settings: WebhookSettings, payload: dict, key: str) -> int:
    """POST the payload; return the 2xx status, or raise DeliveryError (retryable or not)."""
    body = encode(payload)
    headers = {"Content-Type": "application/json; charset=utf-8", "User-Agent": USER_AGENT,
               "Idempotency-Key": key}
    if settings.secret_env:
        headers[SIGNATURE_HEADER] = signature(secret_from_env(settings.secret_env, "alerts.webhook.secret_env"),
                                              body)
    request = urllib.request.Request(settings.url, data=body, headers=headers, method="POST")
    opener = urllib.request.build_opener(_NoRedirect)
    try:
        with opener.open(request, timeout=settings.timeout) as response:
            response.read(RESPONSE_BYTES_KEPT)
            status = response.status
    except urllib.error.HTTPError as exc:
        raise _http_failure(exc) from None
    except (TimeoutError, socket.timeout) as exc:
        raise DeliveryError(f"timed out after {settings.timeout:g} s: {exc}") from None
    except urllib.error.URLError as exc:
        raise DeliveryError(f"cannot connect: {exc.reason}") from None
    except (OSError, ValueError) as exc:
        raise DeliveryError(f"cannot send: {exc}") from None
    log.info("webhook %s accepted %s (HTTP %d)", settings.url, key, status)
    return status


def _http_failure(exc: urllib.error.HTTPError) -> DeliveryError:
    detail = _snippet(exc)
    status = exc.code
    text = f"HTTP {status} {exc.reason}" + (f": {detail}" if detail else "")
    if status == 429:
        return DeliveryError(text, retry_after=_retry_after(exc.headers.get("Retry-After")))
    if status >= 500:
        return DeliveryError(text, retry_after=_retry_after(exc.headers.get("Retry-After")))
    if 300 <= status < 400:
        return DeliveryError(f"{text} (redirects are not followed; configure the final URL)", retryable=False)
    return DeliveryError(text, retryable=False)


def _snippet(exc: urllib.error.HTTPError) -> str:
    try:
        return exc.read(RESPONSE_BYTES_KEPT).decode("utf-8", "replace").strip().replace("\n", " ")
    except OSError:
        return ""
    finally:
        exc.close()


def _retry_after(value: Optional[str]) -> Optional[float]:
    """Seconds from a Retry-After header: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return max((when - datetime.now(timezone.utc)).total_seconds(), 0.0)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, req, fp, code, msg, headers, newurl):
        return None
