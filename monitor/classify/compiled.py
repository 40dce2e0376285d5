"""Compiled lexicons kept in files, so that a process reads in a few milliseconds what it would compile
in 40-80 ms a language (``re``'s parser on the matchers' gates and alternations, CLDR's names through
Babel, the tries: ``lexicons.load``).

A crawl's extraction workers each compile the lexicons of the languages they meet, the same ones once
per worker and again at every crawl (BENCHMARKS.md section 1, wip-s11x); compiling every language
before the fork instead costs ~1.1 s and 46 MB for languages most crawls never meet. With a folder
given (``keep_in``: the crawl process gives its workers one), a language's lexicon is read from
``FOLDER/LANG-KEY.pickle`` when it is there, else compiled and written there for the next process.
KEY hashes what a lexicon is made from: every source file of the classifier (the lexicon modules, the
matcher, CLDR's reading, the text normalisation), Babel's version (its CLDR data) and Python's (the
compiled code of ``re``), so a changed lexicon is never read from an older file. Without a folder (the
default: the CLI, the tests, a crawl without workers) nothing is read or written. A lexicon is written with
its matcher's choices made for every word (``loaded``'s ``finish``: ``Matcher.prepare``, ~0.07 s more once),
so that the processes reading it do not compile them as their scans meet words (~800 alternations, ~0.09 s a
worker on the crawl benchmark's pages).

Regular expressions are written with their compiled code, not only their source: unpickled the usual
way, ``re`` would compile each again, the very cost kept out. ``_sre.compile`` (what ``re.compile`` ends
with) makes the pattern from that code, and each pattern is checked when written to come out equal to
the one compiled (``re.Pattern`` equality: same source, flags and code); one that would not is written as
its source and compiled when read, as pickle does. A file that cannot be read (cut short, written by
another version of a class) is compiled and written again. The files are pickles: the folder must be
one only its user can write to (the user's cache folder by default).
"""

from __future__ import annotations

import _sre
import array
import hashlib
import io
import logging
import os
import pickle
import platform
import re
import sys
import tempfile
from pathlib import Path
from re import _compiler, _parser  # re's own compiler: what re.compile runs before _sre.compile
from typing import Callable, Optional, TypeVar

import babel

logger = logging.getLogger(__name__)

FOLDER_ENV = "PACTWATCH_CACHE_DIR"
# A language's files of other keys (other versions of the classifier) kept when it is written: the newest.
OTHER_KEYS_KEPT = 2

T = TypeVar("T")
_kept: Optional[tuple[Path, str]] = None


def default_folder() -> Optional[Path]:
    """``$PACTWATCH_CACHE_DIR/lexicons``, else ``lexicons`` in pactwatch's folder of the user's cache
    (``$XDG_CACHE_HOME/pactwatch``, by default ``~/.cache/pactwatch``); None when the user has no home."""
    if os.environ.get(FOLDER_ENV):
        return Path(os.environ[FOLDER_ENV]) / "lexicons"
    if os.environ.get("XDG_CACHE_HOME"):
        return Path(os.environ["XDG_CACHE_HOME"]) / "pactwatch" / "lexicons"
    try:
        return Path.home() / ".cache" / "pactwatch" / "lexicons"
    except RuntimeError:  # no HOME and no entry in the password database: compiled by each worker
        return None


def cache_key() -> str:
    """What a compiled lexicon is made from, hashed (~2 ms: the classifier's ~0.9 MB of source)."""
    digest = hashlib.sha256("\0".join((sys.version, platform.machine(), sys.byteorder, str(_sre.MAGIC),
                                       babel.__version__)).encode())
    root = Path(__file__).parent
    for path in sorted(root.rglob("*.py")):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:24]


def keep_in(folder: Optional[Path], key: str = "") -> None:
    """Read and write this process's compiled lexicons in ``folder`` (None: neither), under ``key``
    (by default ``cache_key()``; a crawl process computes it once for its workers)."""
    global _kept
    _kept = (Path(folder), key or cache_key()) if folder is not None else None


def kept_in() -> Optional[tuple[Path, str]]:
    """The folder and key ``keep_in`` set, None when none is."""
    return _kept


def loaded(lang: str, build: Callable[[str], T], finish: Optional[Callable[[T], None]] = None) -> T:
    """``build(lang)``, read from the folder when a file of this key is there, else built and written;
    ``finish``: what is done to a value before it is written (work any process would do later, done once
    for every process that reads the file)."""
    if _kept is None:
        return build(lang)
    folder, key = _kept
    path = folder / f"{lang}-{key}.pickle"
    try:
        with open(path, "rb") as file:
            return pickle.load(file)
    except FileNotFoundError:
        pass
    except Exception:  # noqa: BLE001 - any unreadable file is compiled again
        logger.debug("compiled lexicon %s could not be read: compiled again", path, exc_info=True)
    value = build(lang)
    if finish is not None:
        finish(value)
    _write(path, value)
    return value


def _write(path: Path, value) -> None:
    temporary = None
    try:
        buffer = io.BytesIO()
        _Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(descriptor, "wb") as file:
            file.write(buffer.getvalue())
        os.replace(temporary, path)  # whole or absent: another worker may read it at any moment
        temporary = None
        _remove_stale(path)
    except OSError:
        logger.debug("compiled lexicon %s could not be written", path, exc_info=True)
    except Exception:  # noqa: BLE001 - a lexicon that cannot be pickled is compiled by each process
        logger.warning("compiled lexicon %s could not be written", path, exc_info=True)
    finally:
        if temporary is not None:
            try:
                os.unlink(temporary)
            except OSError:
                pass


def _remove_stale(path: Path) -> None:
    """Remove the language's files of other keys but the OTHER_KEYS_KEPT written last (two checkouts
    crawling in turn each keep theirs; the files of older classifiers go)."""
    lang, key = path.name[:-len(".pickle")].rsplit("-", 1)
    others = []
    for other in path.parent.glob(f"{lang}-{'[0-9a-f]' * len(key)}.pickle"):
        try:
            if other != path:
                others.append((other.stat().st_mtime, other))
        except OSError:
            pass
    for _, other in sorted(others, reverse=True)[OTHER_KEYS_KEPT:]:
        try:
            other.unlink()
        except OSError:
            pass


class _Pickler(pickle.Pickler):
    def reducer_override(self, obj):
        if type(obj) is re.Pattern:
            return _reduced_pattern(obj)
        return NotImplemented


def _reduced_pattern(pattern: re.Pattern):
    """A pattern as its compiled code, when ``_compiled`` makes it back equal; else as its source."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        code = _compiler._code(parsed, pattern.flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        arguments = (pattern.pattern, pattern.flags | parsed.state.flags, array.array("I", code).tobytes(),
                     parsed.state.groups - 1, groupindex, tuple(indexgroup))
        if array.array("I").itemsize == _sre.CODESIZE and _compiled(*arguments) == pattern:
            return _compiled, arguments
    except Exception:  # noqa: BLE001 - re's private compiler changed: the source will do
        pass
    return re.compile, (pattern.pattern, pattern.flags)


def _compiled(source, flags: int, code: bytes, groups: int, groupindex: dict, indexgroup: tuple) -> re.Pattern:
    """The pattern ``re.compile(source, flags)`` would make, from its compiled code."""
    return _sre.compile(source, flags, array.array("I", code).tolist(), groups, groupindex, indexgroup)
