"""The webhook channel: a versioned JSON document POSTed to the user's endpoint (see PAYLOAD.md).

Every POST carries the outbox row's Idempotency-Key, so a receiver can drop the copy that
follows a crash between sending and recording, and, when a secret is configured, an HMAC of
the exact body bytes. Redirects are not followed: a POST must not turn into a GET. `timeout`
is a deadline for the whole request, not for each read.
"""

from __future__ import annotations

import hashlib
import hmac
import http.client
import json
import logging
import socket
import threading
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
    """The `event.new` document for an event in the shape of storage.events.list_events; `event.url`,
    the event's page, when `[web] base_url` is set (monitor.alerts.outbox.with_page_url)."""
    payload = {
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
    if event.get("url"):
        payload["event"]["url"] = event["url"]
    return payload


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
    try:
        with _Deadline(settings.timeout) as deadline:
            status = _exchange(deadline.opener(), request, settings.timeout)
    except DeliveryError:
        raise
    except (TimeoutError, socket.timeout) as exc:
        raise DeliveryError(f"timed out after {settings.timeout:g} s: {exc}") from None
    except urllib.error.URLError as exc:
        raise DeliveryError(f"cannot connect: {exc.reason}") from None
    except (OSError, ValueError, http.client.HTTPException) as exc:
        raise DeliveryError(f"cannot send: {exc or type(exc).__name__}") from None
    log.info("webhook %s accepted %s (HTTP %d)", settings.url, key, status)
    return status


def _exchange(opener: urllib.request.OpenerDirector, request: urllib.request.Request, timeout: float) -> int:
    """Send the request and read the start of the answer: its status, or the DeliveryError it means."""
    try:
        with opener.open(request, timeout=timeout) as response:
            response.read(RESPONSE_BYTES_KEPT)
            return response.status
    except urllib.error.HTTPError as exc:
        raise _http_failure(exc) from None


class _Deadline:
    """`timeout` seconds for the whole request: connecting, sending, the status, the headers and the
    start of the body. A socket timeout bounds each read only, so a receiver that drips a byte
    now and then would hold the dispatch (and its lock) for as long as it likes; when the time is
    up, a timer shuts the connection's socket down, which ends any read in progress, and the
    request fails as timed out (retried later with the outbox's backoff)."""

    def __init__(self, timeout: float):
        self.timeout = timeout
        self.expired = threading.Event()
        self._connections: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(timeout, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> "_Deadline":
        self._timer.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self._timer.cancel()
        if self.expired.is_set():
            raise DeliveryError(f"timed out: no complete answer within {self.timeout:g} s (timeout)") from None

    def opener(self) -> urllib.request.OpenerDirector:
        """An opener (redirects not followed) whose connections this deadline can cut."""
        deadline = self

        class Http(urllib.request.HTTPHandler):
            def http_open(self, req):
                return self.do_open(deadline._connection(http.client.HTTPConnection), req)

        class Https(urllib.request.HTTPSHandler):
            def https_open(self, req):
                return self.do_open(deadline._connection(http.client.HTTPSConnection), req,
                                    context=self._context)

        return urllib.request.build_opener(_NoRedirect, Http, Https)

    def _connection(self, kind: type) -> type:
        deadline = self

        class Watched(kind):
            def connect(self):
                super().connect()
                with deadline._lock:
                    deadline._connections.append(self)
                    if deadline.expired.is_set():
                        _cut(self)

        return Watched

    def _expire(self) -> None:
        with self._lock:
            self.expired.set()
            for connection in self._connections:
                _cut(connection)


def _cut(connection: http.client.HTTPConnection) -> None:
    """End every read and write on the connection at once (close() alone would not wake a read)."""
    if connection.sock is not None:
        try:
            socket.socket.shutdown(connection.sock, socket.SHUT_RDWR)
        except OSError:
            pass


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
