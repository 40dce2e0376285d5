"""Where the crawls' own log goes when nobody watches it scroll by: a file, its path printed.

A crawl logs a few hundred lines at INFO (Scrapy's start-up, each request's stats); in a pipe or
a `make demo` they buried the few lines that say what happened. `pactwatch crawl` (without a
terminal) and `pactwatch demo` write them to this file instead, unless `--verbose`.
"""

from __future__ import annotations

import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, Optional, TextIO

SUFFIX = ".crawl.log"


def default_log_path(database: Path) -> Path:
    """The log of the latest crawl of a database, beside it: `pactwatch.db` -> `pactwatch.db.crawl.log`."""
    return Path(str(database) + SUFFIX)


@contextmanager
def crawl_log(database: Path, path: Optional[Path] = None) -> Iterator[tuple[TextIO, Path]]:
    """The crawls' log file, line-buffered, and its path. `path` (`--log-file`) is appended to;
    else the file beside the database is started afresh (it holds the latest crawl's log), or,
    when that folder cannot be written, a new file in the temporary folder. A `path` that cannot
    be opened raises OSError."""
    temporary = False
    if path is not None:
        stream = open(path, "a", encoding="utf-8", buffering=1)
    else:
        path = default_log_path(database)
        try:
            stream = open(path, "w", encoding="utf-8", buffering=1)
        except OSError:
            handle, name = tempfile.mkstemp(prefix="pactwatch-crawl-", suffix=".log")
            stream, path, temporary = open(handle, "w", encoding="utf-8", buffering=1), Path(name), True
    try:
        with stream:
            yield stream, Path(path).resolve()
    finally:
        if temporary and Path(path).stat().st_size == 0:
            Path(path).unlink()  # no crawl ran (the database could not be written): nothing to keep
