"""Writing an output file (`export --out`, `report --out`) whole or not at all.

The content goes to a temporary file beside the target, renamed over it once complete: a reader
never sees half a file, and a failure (a missing folder, a read-only file or folder, a full disk)
leaves the old file as it was and no temporary file behind. A file the user may not write is
refused, as it would be written in place, though a rename could replace it. The failure is raised as
OutputFileError, one line naming the file and the cause, for the command to print.
"""

from __future__ import annotations

import errno
import os
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator, TextIO


class OutputFileError(Exception):
    """The output file could not be written; the message names it and says why."""


@contextmanager
def replaced_file(path: Path) -> Iterator[TextIO]:
    """A text file to write; on leaving the block it replaces `path`, or, on any error, disappears."""
    target = Path(path).resolve()
    temporary = target.with_name(f".{target.name}.{os.getpid()}.partial")
    try:
        if target.exists() and not os.access(target, os.W_OK):  # a rename would replace it all the same
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(target))
        try:
            with temporary.open("w", encoding="utf-8", newline="") as out:
                yield out
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise OutputFileError(f"cannot write {path}: {_cause(exc, target)}") from None


def _cause(exc: OSError, target: Path) -> str:
    if not target.parent.is_dir():
        return f"no such folder {target.parent}"
    return exc.strerror or str(exc)
