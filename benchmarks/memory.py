"""Memory of a process and its children (a crawl and its extraction workers), sampled from /proc.

The crawl process's own peak RSS comes exactly from the kernel (os.wait4); its workers are its
children, which wait4 cannot see from here, so the whole tree is sampled a few times a second:
the peak of the summed RSS (shared pages counted in every process that maps them) and of the
summed PSS (shared pages divided among the processes sharing them: what the tree really holds).
The CPU each descendant has used is sampled too, so that a crawl's CPU can be split between the
crawl process and its extraction workers (to within one sampling interval of each worker's end).
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

INTERVAL_SECONDS = 0.25
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


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


def _cpu_seconds(pid: int) -> float:
    """User + system CPU of one process so far (not of its children), from /proc/PID/stat."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


class TreeSampler:
    """Sample the memory of `pid` and its descendants until stopped (peaks in MB), and the CPU
    seconds each descendant had used when last seen."""

    def __init__(self, pid: int):
        self.pid = pid
        self.peak_rss_mb = 0.0
        self.peak_pss_mb = 0.0
        self.most_processes = 0
        self.descendants_cpu: dict[int, float] = {}
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
            for pid in pids[1:]:
                self.descendants_cpu[pid] = max(self.descendants_cpu.get(pid, 0.0), _cpu_seconds(pid))
            self._stop.wait(INTERVAL_SECONDS)
