"""Stop requests: real signals raised in this thread (the main one: a process-wide signal held by
the mask could go to another thread, where the default action ends the test run), recorded while
inside the block only."""

import signal

from monitor.runs.stopping import stop_on_signals


def test_a_signal_inside_the_block_is_recorded_and_the_previous_handlers_come_back():
    before = {signum: signal.getsignal(signum) for signum in (signal.SIGTERM, signal.SIGINT)}
    with stop_on_signals() as stop:
        assert not stop.requested
        signal.raise_signal(signal.SIGTERM)
        signal.raise_signal(signal.SIGINT)
        assert stop.requested and stop.signal is signal.SIGTERM  # the first one says why

    assert {signum: signal.getsignal(signum) for signum in before} == before


def test_a_stop_that_came_first_reaches_a_callback_registered_later_and_at_once():
    seen = []
    with stop_on_signals() as stop:
        signal.raise_signal(signal.SIGINT)
        with stop.forwarded_to(lambda: seen.append("early")):
            signal.raise_signal(signal.SIGTERM)
        signal.raise_signal(signal.SIGTERM)

    assert seen == ["early", "early"]


def test_a_signal_held_by_the_mask_is_delivered_to_the_block_and_the_mask_comes_back():
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGTERM])
    try:
        signal.raise_signal(signal.SIGTERM)  # pending: nothing handles it yet
        with stop_on_signals() as stop:
            assert stop.requested
        assert signal.SIGTERM in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def test_a_stop_wait_returns_false_when_its_condition_comes_true_first():
    with stop_on_signals() as stop:
        assert stop.wait(until=lambda: True) is False
        signal.raise_signal(signal.SIGTERM)
        assert stop.wait(until=lambda: False) is True
