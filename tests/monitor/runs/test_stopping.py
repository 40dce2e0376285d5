"""Stop requests: real signals raised in this thread (the main one: a process-wide signal held by
the mask could go to another thread, where the default action ends the test run), recorded while
inside the block only."""

import signal
import subprocess
import sys
import time
from pathlib import Path

from monitor.runs.stopping import stop_on_signals, stop_process


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


def _child(script: str, **popen) -> subprocess.Popen:
    """A Python child running `script`, once it has printed that its signal handlers are set."""
    child = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, **popen)
    assert child.stdout.readline().strip() == "ready"
    return child


def test_stop_process_lets_a_child_that_obeys_the_signal_exit_on_its_own():
    child = _child("import signal, sys\n"
                   "signal.signal(signal.SIGINT, lambda *_: sys.exit(3))\n"
                   "print('ready', flush=True)\n"
                   "signal.pause()\n")

    stop_process(child, signal.SIGINT, grace=60)

    assert child.returncode == 3  # its own exit, not a kill
    child.stdout.close()


def _dead(pid: int) -> bool:
    """Whether `pid` has ended (gone, or a zombie its new parent has not reaped yet)."""
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
        except FileNotFoundError:
            return True
        if state in ("Z", "X"):
            return True
        time.sleep(0.05)
    return False


def test_stop_process_kills_a_child_that_ignores_the_signal_and_with_group_its_children_too():
    child = _child("import signal, subprocess, sys\n"
                   "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                   "grandchild = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(600)'])\n"
                   "print('ready', flush=True)\n"
                   "print(grandchild.pid, flush=True)\n"
                   "signal.pause()\n", start_new_session=True)
    grandchild = int(child.stdout.readline())

    stop_process(child, signal.SIGTERM, grace=0.5, group=True)

    assert child.returncode == -signal.SIGKILL
    assert _dead(grandchild)  # the crawl's extraction pool, say, does not outlive a killed crawl
    child.stdout.close()
