"""The extraction workers' pool (crawlers/workers.py): tasks written and answered by the event loop, no thread."""

import asyncio
import os
import signal
import threading
from concurrent.futures.process import BrokenProcessPool

import pytest

from crawlers import workers
from crawlers.workers import Workers


def _nothing() -> None:
    pass


def _echo(data: bytes) -> tuple[int, int, bytes]:
    return os.getpid(), len(data), data[-16:]


class Unpicklable(Exception):
    def __reduce__(self):
        raise TypeError("not this one")


def _raise_unpicklable() -> None:
    raise Unpicklable("a lock in it")


def _refuse(word: str) -> None:
    raise ValueError(f"refused {word}")


@pytest.fixture
def pool():
    made = Workers(2, _nothing)
    yield made
    made.shutdown()


def test_tasks_larger_than_a_pipe_and_more_than_the_workers_hold_come_back_each_to_its_caller(pool):
    pages = [bytes([number]) * (3 * workers.PIPE_BYTES + number) for number in range(7)]  # written in parts

    async def run():
        threads = threading.active_count()
        answers = await asyncio.gather(*(pool.submit(_echo, page) for page in pages))
        return answers, threading.active_count() - threads

    answers, new_threads = asyncio.run(run())

    assert [(size, tail) for _pid, size, tail in answers] == [(len(page), page[-16:]) for page in pages]
    assert {pid for pid, _size, _tail in answers} <= set(pool._processes) and os.getpid() not in pool._processes
    assert new_threads == 0  # the crawl's event loop writes and reads: no thread of the pool's


def test_an_exception_comes_back_as_raised_and_one_that_cannot_be_pickled_by_its_text(pool):
    async def run():
        return await asyncio.gather(pool.submit(_refuse, "this"), pool.submit(_raise_unpicklable),
                                    pool.submit(_echo, b"after"), return_exceptions=True)

    refused, unpicklable, after = asyncio.run(run())

    assert isinstance(refused, ValueError) and str(refused) == "refused this"
    assert isinstance(unpicklable, RuntimeError) and str(unpicklable) == "Unpicklable: a lock in it"
    assert after[1:] == (5, b"after")  # the worker went on


def test_a_dead_worker_breaks_the_pool_for_what_it_held_and_every_later_task():
    pool = Workers(2, _nothing)
    try:
        async def run():
            first = pool.submit(_echo, b"x")
            await first  # both readers watched
            victim = next(iter(pool._processes.values()))
            os.kill(victim.pid, signal.SIGKILL)
            victim.join(10)
            await asyncio.sleep(0.2)  # its result pipe closes: the loop sees it
            with pytest.raises(BrokenProcessPool):
                pool.submit(_echo, b"y")

        asyncio.run(run())
        assert all(not process.is_alive() for process in pool._processes.values())  # the other one stopped too
    finally:
        pool.shutdown()


def test_shutdown_ends_every_worker_once_it_reads_the_end_of_its_tasks(pool):
    assert pool.call(_echo, b"ready")[1] == 5
    processes = list(pool._processes.values())

    pool.shutdown()

    assert [process.exitcode for process in processes] == [0, 0]


def _slow_answer(size: int) -> bytes:
    import time

    time.sleep(0.3)
    return b"a" * size


def test_shutdown_leaves_no_worker_blocked_on_answers_nobody_reads():
    pool = Workers(1, _nothing)
    big = 4 * workers.PIPE_BYTES  # more than the result pipe holds

    async def run():
        pool.submit(_slow_answer, big)
        pool.submit(_slow_answer, big)
        await asyncio.sleep(0.05)  # given to the worker, not answered yet
        pool.shutdown()

    asyncio.run(run())

    assert all(process.exitcode == 0 for process in pool._processes.values())


def test_a_second_pool_in_the_process_leaves_the_first_ones_workers_free_to_end():
    first = Workers(1, _nothing)
    second = Workers(1, _nothing)  # forked after the first: its worker must not hold the first's pipes
    try:
        processes = list(first._processes.values())
        first.shutdown()  # would wait for ever if the second's worker kept the first's task pipe open
        assert [process.exitcode for process in processes] == [0]
        assert second.call(_echo, b"still")[1] == 5
    finally:
        second.shutdown()
