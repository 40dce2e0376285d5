"""Real receivers on 127.0.0.1 (OS-chosen ports) for the alert channels: an SMTP server and a webhook
endpoint. `pactwatch demo` sends its alerts to them; the tests use them to check every message
(and to make a channel refuse or fail on purpose)."""

from __future__ import annotations

import json
import threading
from collections import deque
from email import message_from_bytes, policy
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from aiosmtpd.controller import Controller

from monitor.config.alerts import EmailSettings, WebhookSettings


class _SinkHandler:
    def __init__(self, sink: "SmtpSink"):
        self.sink = sink

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        refusal = self.sink.refuse.get(address)
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

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
    """A real SMTP server that keeps what it receives; `replies` queues refusals for the next messages,
    and `refuse` maps a recipient address to the reply its RCPT TO gets (e.g. "450 4.2.1 Mailbox
    busy") for as long as it is there."""

    def __init__(self, **options):
        self.received: list[dict] = []
        self.replies: deque[str] = deque()
        self.refuse: dict[str, str] = {}
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
