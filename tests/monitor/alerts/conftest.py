"""Real receivers on 127.0.0.1 (OS-chosen ports): an SMTP server and a webhook endpoint, and real events."""

from __future__ import annotations

import json
import threading
from collections import deque
from datetime import datetime, timezone
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from aiosmtpd.controller import Controller

from monitor.alerts.settings import EmailSettings, WebhookSettings
from monitor.events.merge import merge_pending
from storage.articles import upsert_article
from storage.detections import save_detection

NOW = datetime(2024, 3, 10, 12, 0, tzinfo=timezone.utc)


class _SinkHandler:
    def __init__(self, sink: "SmtpSink"):
        self.sink = sink

    async def handle_DATA(self, server, session, envelope):
        if self.sink.replies:
            return self.sink.replies.popleft()
        self.sink.received.append({"from": envelope.mail_from, "to": list(envelope.rcpt_tos),
                                   "message": message_from_bytes(envelope.original_content, policy=policy.default)})
        return "250 OK"


class _Controller(Controller):
    """aiosmtpd's controller, on a port the OS chooses (it needs the real port to test the server)."""

    def _trigger_server(self):
        self.port = self.server.sockets[0].getsockname()[1]
        super()._trigger_server()


class SmtpSink:
    """A real SMTP server that keeps what it receives; `replies` queues refusals for the next messages."""

    def __init__(self, **options):
        self.received: list[dict] = []
        self.replies: deque[str] = deque()
        self.controller = _Controller(_SinkHandler(self), hostname="127.0.0.1", port=0, **options)

    @property
    def port(self) -> int:
        return self.controller.port

    def start(self) -> "SmtpSink":
        self.controller.start()
        return self

    def stop(self) -> None:
        """Close the port (later connections are refused); stopping twice is harmless."""
        if self.controller._thread is not None:
            self.controller.stop()

    @property
    def messages(self):
        return [item["message"] for item in self.received]

    def settings(self, **overrides) -> EmailSettings:
        values = {"host": "127.0.0.1", "port": self.port, "from_addr": "pactwatch@monitor.example",
                  "to": ("analyst@desk.example", "archive@desk.example")}
        values.update(overrides)
        return EmailSettings(**values)


@pytest.fixture
def smtp_sink():
    sink = SmtpSink().start()
    yield sink
    sink.stop()


@pytest.fixture
def make_smtp_sink():
    """Start an SMTP sink with aiosmtpd options (authentication, TLS)."""
    sinks = []

    def start(**options) -> SmtpSink:
        sink = SmtpSink(**options).start()
        sinks.append(sink)
        return sink
    yield start
    for sink in sinks:
        sink.stop()


class WebhookReceiver:
    """A real HTTP server taking POSTs. `answers` queues (status, headers) for the next requests
    (200 when empty); `stop()` closes the port (connection refused) and `start()` reopens it."""

    def __init__(self):
        self.requests: list[dict] = []
        self.answers: deque[tuple[int, dict]] = deque()
        self.port = 0
        self.server = None
        self.thread = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/hooks/pactwatch"

    @property
    def accepted(self) -> list[dict]:
        return [request for request in self.requests if 200 <= request["status"] < 300]

    def settings(self, **overrides) -> WebhookSettings:
        return WebhookSettings(**{"url": self.url, "timeout": 5.0, **overrides})

    def start(self) -> None:
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                status, headers = receiver.answers.popleft() if receiver.answers else (200, {})
                receiver.requests.append({"path": self.path, "headers": dict(self.headers), "body": body,
                                          "json": json.loads(body), "status": status})
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        if self.server:
            self.server.shutdown()
            self.server.server_close()
            self.thread.join()
            self.server = None


@pytest.fixture
def webhook_receiver():
    receiver = WebhookReceiver()
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def add_event(db):
    """Store an event the real way: an article, its detection, then merging. Returns the event id."""
    counter = iter(range(1, 10_000))

    def add(kind="plan_signed", parties=("AZ", "KZ"), plan_year=2024, date="2024-03-05", confidence=0.9,
            published="2024-03-05T10:00:00+04:00", title="Defence cooperation plan signed", source="mod_gov_az",
            url=None, evidence=None) -> int:
        url = url or f"https://news.example/{next(counter)}"
        article = upsert_article(db, url=url, source=source, title=title, text=f"{title} {url}",
                                 published_at=published)
        detected = {"kind": kind, "parties": list(parties), "plan_year": plan_year, "date": date,
                    "evidence": evidence or f"{title} (evidence)", "confidence": confidence}
        save_detection(db, article.id, classifier_version="test", lang="en", flagged=True, events=[detected])
        merge_pending(db)
        return db.execute("SELECT event_id FROM event_articles WHERE article_id = ?", [article.id]).fetchone()[0]
    return add
