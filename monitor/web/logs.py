"""The server's log, written by a thread of its own so that a log nobody reads cannot stop it.

`pactwatch serve` runs one event loop: a log line written to a pipe whose reader has stopped
reading (a service manager that hung, `pactwatch serve | less` left paused) blocks that write,
and with it every request. Here each record is formatted where it is logged and put on a bounded
queue; a background thread writes the queue out. While the output is blocked, records beyond
the queue's capacity are dropped and counted, and the count is written once the output moves
again. uvicorn's own handlers (which write from the loop) are not installed: its loggers
propagate here.
"""

from __future__ import annotations

import logging
import logging.handlers
import queue
import threading

CAPACITY = 1000
STOP_WAIT_SECONDS = 1.0


class BackgroundHandler(logging.handlers.QueueHandler):
    """A handler that never blocks: records go to a bounded queue written out by a daemon thread."""

    def __init__(self, target: logging.Handler, capacity: int = CAPACITY):
        super().__init__(queue.Queue(capacity))
        self.target = target
        self.dropped = 0
        self._thread = threading.Thread(target=self._write, name="pactwatch-log", daemon=True)
        self._thread.start()

    def enqueue(self, record: logging.LogRecord) -> None:
        try:
            self.queue.put_nowait(record)
        except queue.Full:
            self.dropped += 1

    def _write(self) -> None:
        while (record := self.queue.get()) is not None:
            if self.dropped:
                dropped, self.dropped = self.dropped, 0
                self.target.handle(logging.makeLogRecord({
                    "name": __name__, "levelno": logging.WARNING, "levelname": "WARNING",
                    "msg": "%d log records dropped: the log output was not being read", "args": (dropped,)}))
            self.target.handle(record)

    def close(self) -> None:
        """Write out what is queued, waiting at most STOP_WAIT_SECONDS for a blocked output."""
        try:
            self.queue.put_nowait(None)
        except queue.Full:
            pass
        self._thread.join(STOP_WAIT_SECONDS)
        super().close()


def log_in_background(stream=None) -> BackgroundHandler:
    """Route every log record (warnings included) through one BackgroundHandler writing to `stream`
    (stderr by default), in place of the root logger's handlers; return it, to close at exit."""
    target = logging.StreamHandler(stream)
    target.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler = BackgroundHandler(target)
    root = logging.getLogger()
    for old in root.handlers[:]:
        root.removeHandler(old)
    root.addHandler(handler)
    logging.captureWarnings(True)
    return handler
