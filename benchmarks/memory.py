"""Memory of a process and its children (a crawl and its extraction workers), sampled from /proc.

The crawl process's own peak RSS comes exactly from the kernel (os.wait4); its workers are its
children, which wait4 cannot see from here, so the whole tree is sampled a few times a second:
the peak of the summed RSS (shared pages counted in every process that maps them) and of the
summed PSS (shared pages divided among the processes sharing them: what the tree really holds).
"""

from __future__ import annotations

import threading
from pathlib import Path

INTERVAL_SECONDS = 0.25


def _children(pid: int) -> list[int]:
    found = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(child) for child in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _tree(pid: int) -> list[int]:
    pids, pending = [], [pid]
    while pending:
        current = pending.pop()
        pids.append(current)
        pending += _children(current)
    return pids


def _rss_pss_kib(pid: int) -> tuple[int, int]:
    try:
        lines = Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines()
    except OSError:
        return 0, 0
    values = {line.split(":")[0]: int(line.split()[1]) for line in lines[1:] if line.endswith("kB")}
    return values.get("Rss", 0), values.get("Pss", 0)


class TreeSampler:
    """Sample the memory of `pid` and its descendants until stopped; peaks in MB."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_rss_mb = 0.0
        self.peak_pss_mb = 0.0
        self.most_processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="memory-sampler", daemon=True)

    def __enter__(self) -> "TreeSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._stop.is_set():
            pids = _tree(self.pid)
            sizes = [_rss_pss_kib(pid) for pid in pids]
            self.peak_rss_mb = max(self.peak_rss_mb, sum(rss for rss, _ in sizes) / 1024)
            self.peak_pss_mb = max(self.peak_pss_mb, sum(pss for _, pss in sizes) / 1024)
            self.most_processes = max(self.most_processes, sum(1 for rss, _ in sizes if rss))
            self._stop.wait(INTERVAL_SECONDS)
