"""Stop requests (SIGTERM, SIGINT) for the commands that run until stopped: `serve` and `run`;
and `stop_process`, the one way this code stops a child process it started.

Those commands take a few seconds to start (imports, the schema check, the catch-up plan), and a
service manager may stop them at any moment of it. So their handlers are installed before the
command starts (see `monitor.cli`), and only *record* the request: the command checks it where it
can act on it (before serving, before scheduling) and hands it on to what runs next (uvicorn's
`should_exit`, the daemon's stop event). A signal that arrives before the server is ready is
therefore honoured, never lost and never a default-action kill half-way through start-up.

A handler runs in the main thread between two bytecodes, possibly while that thread holds a lock,
so it takes none: it sets a flag and calls callbacks that only set flags; whoever waits polls.
"""

from __future__ import annotations

import os
import signal
import subprocess
import threading
import time
from contextlib import contextmanager
from typing import Callable, Iterator, Optional

STOP_SIGNALS = (signal.SIGINT, signal.SIGTERM)
POLL_SECONDS = 0.1


class StopRequest:
    """Whether SIGTERM or SIGINT has asked the process to stop, and which one did first."""

    def __init__(self) -> None:
        self.signal: Optional[signal.Signals] = None
        self._callbacks: list[Callable[[], None]] = []

    @property
    def requested(self) -> bool:
        return self.signal is not None

    def handle(self, signum: int, frame=None) -> None:
        """The signal handler: record the request and tell the callbacks (no lock, no I/O)."""
        if self.signal is None:
            self.signal = signal.Signals(signum)
        for callback in tuple(self._callbacks):
            callback()

    @contextmanager
    def forwarded_to(self, callback: Callable[[], None]) -> Iterator[None]:
        """Call `callback` on a stop request while inside the block, and at once if one came before.

        The callback runs inside a signal handler: it must only set a flag."""
        self._callbacks.append(callback)
        try:
            if self.requested:
                callback()
            yield
        finally:
            self._callbacks.remove(callback)

    def wait(self, until: Optional[Callable[[], bool]] = None) -> bool:
        """Block until a stop is requested (True) or `until()` is true (False)."""
        while not self.requested:
            if until is not None and until():
                return False
            time.sleep(POLL_SECONDS)
        return True


@contextmanager
def stop_on_signals() -> Iterator[StopRequest]:
    """Record SIGTERM and SIGINT in a StopRequest while inside the block, instead of the default
    (terminate at once, or KeyboardInterrupt anywhere).

    Both signals are also unblocked: a process started with them blocked (its parent's mask is
    inherited) would otherwise never see a stop, and one sent before this point, held pending by
    the mask, is delivered now, to these handlers. On leaving, the previous handlers and mask come
    back. Outside the main thread (where Python cannot install handlers) nothing is installed.
    """
    request = StopRequest()
    if threading.current_thread() is not threading.main_thread():
        yield request
        return
    previous = {signum: signal.signal(signum, request.handle) for signum in STOP_SIGNALS}
    mask = signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    try:
        yield request
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def stop_process(process: subprocess.Popen, first_signal: int = signal.SIGTERM, grace: float = 10.0,
                 group: bool = False) -> None:
    """Ask `process` to stop with `first_signal`, give it `grace` seconds, then SIGKILL it and reap it.

    The polite signal lets a child finish what it must (a worker its page, a crawl its run row,
    redis-server its append-only file); the kill bounds the wait when it hangs. With `group` the
    kill goes to the child's whole process group (it must lead one: start_new_session=True), so
    grandchildren that outlive a hung child (a crawl's extraction pool) die with it.
    """
    process.send_signal(first_signal)
    try:
        process.wait(grace)
    except subprocess.TimeoutExpired:
        if group:
            os.killpg(process.pid, signal.SIGKILL)
        else:
            process.kill()
        process.wait()
