"""A crawl's processes end with the process that started them.

A `scrapy crawl` started by pactwatch (the CLI, the daemon) runs in a session of its own, so a
Ctrl-C in the terminal reaches only pactwatch, which stops the crawl exactly once. The price: when
pactwatch is killed outright (SIGKILL, the OOM killer), nothing tells the crawl, which went on
alone, and a re-run crawled the same source beside it. Likewise the extraction workers, forked by
the crawl, outlived a crawl killed hard. On Linux the kernel can send a signal to a process when
its parent dies (prctl PR_SET_PDEATHSIG); each of these processes asks for one as it starts, and
ends itself at once if its parent is already gone. Elsewhere this is a no-op.
"""

from __future__ import annotations

import ctypes
import logging
import os
import signal
from typing import Optional

logger = logging.getLogger(__name__)

PARENT_ENV = "PACTWATCH_PARENT_PID"  # set by pactwatch for the crawls it starts
PR_SET_PDEATHSIG = 1


def die_with_parent(signum: int, parent: Optional[int]) -> bool:
    """Have the kernel send `signum` to this process when its parent dies; `parent` is the pid the
    parent had, to catch a parent that died before this call. False where the kernel cannot do it."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signum), 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if parent is not None and os.getppid() != parent:
        os.kill(os.getpid(), signum)
    return True


def crawl_ends_with_its_starter() -> None:
    """In a crawl process started by pactwatch (PARENT_ENV set): a SIGTERM (Scrapy's clean stop,
    the run recorded as interrupted) when pactwatch dies. A crawl started by hand is left alone."""
    parent = os.environ.get(PARENT_ENV, "")
    if parent.isdigit() and not die_with_parent(signal.SIGTERM, int(parent)):
        logger.debug("this system cannot end the crawl with pactwatch (no prctl)")


def extraction_worker_setup(crawl_pid: int) -> None:
    """Initializer of an extraction worker: SIGINT is the crawl's business (ignored here); SIGTERM
    ends the worker (not Scrapy's handler, inherited by the fork, which did nothing in a worker);
    SIGKILL when the crawl dies, however it dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    die_with_parent(signal.SIGKILL, crawl_pid)
