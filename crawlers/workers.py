"""Forked worker processes fed and read by the crawl's event loop, with no thread in the crawl process.

concurrent.futures' ProcessPoolExecutor runs two threads in the process that submits: its manager (a
`multiprocessing.connection.wait` over every worker's sentinel and the result queue, with a new selector at
every wait) and its call queue's feeder (pickling each task and writing it to the workers' shared pipe). In
a crawl they took 0.35-0.37 s of CPU for 1,000 articles, mostly moving pages out (~178 KB a page) and waking
each other up (BENCHMARKS.md section 1, wip-s12p and wip-s13p). Here each worker has a pipe of its own each
way; the event loop writes a task to the pipe of the worker with the fewest tasks (non-blocking: what the
pipe cannot take yet is written when it can) and reads results as they come, so a task costs its pickling,
one write and one read, and wakes nothing but the loop.

A message is a pickle preceded by its length (8 bytes, big-endian). A worker answers its tasks in the order
it was given them, each with (True, result) or (False, exception). A worker that dies (its result pipe
closes, or its task pipe refuses a write) breaks the pool, as a dead worker breaks a ProcessPoolExecutor:
every task still held fails with BrokenProcessPool, and so does every later submit.
"""

from __future__ import annotations

import asyncio
import fcntl
import multiprocessing
import os
import pickle
import struct
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Callable, Optional

HEADER = struct.Struct(">Q")
PIPE_BYTES = 1 << 20  # asked for each pipe (Linux: F_SETPIPE_SZ), so that a task is written in one go
TASKS_PER_WORKER = 2  # tasks held by a worker at once: one it works on, one waiting for it; the rest wait here
READ_BYTES = 1 << 18
# This process's ends of every pool's pipes: a worker forked here closes them all, so that only the crawl
# holds a worker's task pipe open (the worker ends when the crawl closes it: two crawls in one process fork
# two pools, and the second's workers would otherwise keep the first's open).
_CRAWL_ENDS: set[int] = set()


@dataclass(eq=False)
class _Link:
    """One worker: its process, the crawl's ends of its two pipes, what waits to be written and read."""

    process: multiprocessing.process.BaseProcess
    tasks: int  # the crawl's end of the worker's task pipe (written)
    results: int  # the crawl's end of its result pipe (read)
    unwritten: deque = field(default_factory=deque)  # memoryviews of messages not yet written in full
    received: bytearray = field(default_factory=bytearray)
    held: deque = field(default_factory=deque)  # the futures of the tasks given, in their order
    waiting_to_write: bool = False  # the loop watches the task pipe for room


class Workers:
    """`count` processes forked now from this one, each running `initializer(*initargs)` first, then the
    tasks submitted (`submit`, from a coroutine of the running event loop)."""

    def __init__(self, count: int, initializer: Callable, initargs: tuple = ()):
        context = multiprocessing.get_context("fork")
        self._links: list[_Link] = []
        self._processes: dict[int, multiprocessing.process.BaseProcess] = {}
        self._waiting: deque = deque()  # (message, future) not yet given to a worker
        self._loop: Optional[asyncio.AbstractEventLoop] = None
        self._broken: Optional[str] = None
        for _ in range(count):
            task_read, task_write = os.pipe()
            result_read, result_write = os.pipe()
            for end in (task_write, result_write):
                _widen(end)
            process = context.Process(target=_serve, daemon=True,
                                      args=(task_read, result_write, [*_CRAWL_ENDS, task_write, result_read],
                                            initializer, initargs))
            process.start()
            os.close(task_read)
            os.close(result_write)
            os.set_blocking(task_write, False)
            os.set_blocking(result_read, False)
            _CRAWL_ENDS.update((task_write, result_read))
            self._links.append(_Link(process, task_write, result_read))
            self._processes[process.pid] = process

    def submit(self, function: Callable, *args) -> asyncio.Future:
        """`function(*args)` in a worker: a future of the running loop, set with its result or exception
        (BrokenProcessPool when a worker died). Raises BrokenProcessPool when one died before."""
        if self._broken:
            raise BrokenProcessPool(self._broken)
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._watch(loop)
        message = _message((function, args))
        future = loop.create_future()
        self._waiting.append((message, future))
        self._give()
        if self._broken:
            if future.done() and not future.cancelled():
                future.exception()  # failed as it was given: the caller learns it from this raise
            raise BrokenProcessPool(self._broken)
        return future

    def call(self, function: Callable, *args):
        """`function(*args)` in the first worker, waited for here (outside any event loop: tests, checks)."""
        link = self._links[0]
        if link.held or link.unwritten:
            raise RuntimeError("the worker has tasks in hand")
        os.set_blocking(link.tasks, True)
        os.set_blocking(link.results, True)
        try:
            for part in _message((function, args)):
                os.write(link.tasks, part)
            size = HEADER.unpack(_read_exactly(link.results, HEADER.size))[0]
            ok, value = pickle.loads(_read_exactly(link.results, size))
        finally:
            os.set_blocking(link.tasks, False)
            os.set_blocking(link.results, False)
        if not ok:
            raise value
        return value

    def _watch(self, loop: asyncio.AbstractEventLoop) -> None:
        """Read the workers' results in `loop` (a crawl has one; each asyncio.run of a test its own)."""
        if self._loop is not None and not self._loop.is_closed():
            for link in self._links:
                self._loop.remove_reader(link.results)
                if link.waiting_to_write:
                    self._loop.remove_writer(link.tasks)
        self._loop = loop
        for link in self._links:
            loop.add_reader(link.results, self._read, link)
            if link.waiting_to_write:
                loop.add_writer(link.tasks, self._write, link)

    def _give(self) -> None:
        """Give waiting tasks to the workers with room, the least busy first."""
        while self._waiting and not self._broken:
            link = min(self._links, key=lambda each: len(each.held))
            if len(link.held) >= TASKS_PER_WORKER:
                return
            message, future = self._waiting.popleft()
            if future.done():  # cancelled before it was given
                continue
            link.held.append(future)
            link.unwritten.extend(memoryview(part) for part in message)
            self._write(link)

    def _write(self, link: _Link) -> None:
        while link.unwritten:
            pending = link.unwritten[0]
            try:
                written = os.write(link.tasks, pending)
            except BlockingIOError:
                written = 0
            except OSError as exc:  # the worker is gone (EPIPE)
                self._break(f"an extraction worker died ({exc})")
                return
            if written < len(pending):
                link.unwritten[0] = pending[written:]
                if self._loop is not None and not link.waiting_to_write:
                    self._loop.add_writer(link.tasks, self._write, link)
                    link.waiting_to_write = True
                return
            link.unwritten.popleft()
        if link.waiting_to_write:
            link.waiting_to_write = False
            if self._loop is not None:
                self._loop.remove_writer(link.tasks)

    def _read(self, link: _Link) -> None:
        while True:
            try:
                data = os.read(link.results, READ_BYTES)
            except BlockingIOError:
                break
            except OSError as exc:
                self._break(f"an extraction worker died ({exc})")
                return
            if not data:
                self._break(f"an extraction worker died (exit code {_exit_code(link.process)})")
                return
            link.received += data
        received = link.received
        start = 0
        while len(received) - start >= HEADER.size:
            size = HEADER.unpack_from(received, start)[0]
            end = start + HEADER.size + size
            if len(received) < end:
                break
            with memoryview(received) as view:
                ok, value = pickle.loads(view[start + HEADER.size:end])
            start = end
            _settle(link.held.popleft(), ok, value)
        del received[:start]
        self._give()

    def _break(self, reason: str) -> None:
        """A worker died: every task held or waiting fails, the others are stopped."""
        if self._broken:
            return
        self._broken = reason
        for link in self._links:
            while link.held:
                future = link.held.popleft()
                if not future.done():
                    future.set_exception(BrokenProcessPool(reason))
        while self._waiting:
            _unsent, future = self._waiting.popleft()
            if not future.done():
                future.set_exception(BrokenProcessPool(reason))
        self.shutdown(wait=False)

    def shutdown(self, wait: bool = True) -> None:
        """End the workers: each ends when it reads the end of its task pipe (after the task it is on), or,
        when not waited for, at once (SIGTERM). Tasks not answered yet are cancelled, their answers unread."""
        if not self._links:
            return
        links, self._links = self._links, []
        if self._loop is not None and not self._loop.is_closed():
            for link in links:
                self._loop.remove_reader(link.results)
                self._loop.remove_writer(link.tasks)
        self._loop = None
        for link in links:
            for future in link.held:
                future.cancel()
            os.close(link.tasks)
            _CRAWL_ENDS.discard(link.tasks)
            if not wait and link.process.is_alive():
                link.process.terminate()
        for _unsent, future in self._waiting:
            future.cancel()
        self._waiting.clear()
        for link in links:
            os.close(link.results)  # an answer nobody waits for: its worker is not left blocked writing it
            _CRAWL_ENDS.discard(link.results)
            link.process.join()


def _settle(future: asyncio.Future, ok: bool, value) -> None:
    if future.done():
        return
    try:
        if ok:
            future.set_result(value)
        else:
            future.set_exception(value)
    except RuntimeError:  # a task of an event loop closed since (a test's asyncio.run): nobody waits for it
        pass


def _message(value) -> tuple[bytes, bytes]:
    """A message's length and its pickle, written one after the other (the pickle, a page's bytes in it,
    is not copied again to join them)."""
    payload = pickle.dumps(value, pickle.HIGHEST_PROTOCOL)
    return HEADER.pack(len(payload)), payload


def _widen(end: int) -> None:
    try:
        fcntl.fcntl(end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (OSError, AttributeError):  # above the system's limit, or not Linux: the default size
        pass


def _exit_code(process) -> Optional[int]:
    process.join(1)
    return process.exitcode


def _read_exactly(fd: int, size: int) -> bytearray:
    """`size` bytes from a blocking `fd`; EOFError when it ends first."""
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(fd, [view[got:]])
        if count == 0:
            raise EOFError
        got += count
    return buffer


def _serve(tasks: int, results: int, theirs: list[int], initializer: Callable, initargs: tuple) -> None:
    """A worker: after `initializer`, each task read from `tasks` run and answered on `results`, until
    the crawl closes the task pipe (or dies)."""
    for fd in theirs:
        os.close(fd)
    initializer(*initargs)
    while True:
        try:
            size = HEADER.unpack(_read_exactly(tasks, HEADER.size))[0]
            message = _read_exactly(tasks, size)
        except EOFError:
            return
        try:
            function, args = pickle.loads(message)
            del message
            answer = _message((True, function(*args)))
        except Exception as exc:  # noqa: BLE001 - handed back to the task's caller, which raises it
            try:
                answer = _message((False, exc))
            except Exception:  # noqa: BLE001 - an exception that cannot be pickled: its text
                answer = _message((False, RuntimeError(f"{type(exc).__name__}: {exc}")))
        view = memoryview(b"".join(answer))  # an answer (~12 KB a page) in one write: the crawl woken once
        try:
            while view:
                view = view[os.write(results, view):]
        except BrokenPipeError:  # the crawl stopped reading (it shuts the pool down, or died)
            return
