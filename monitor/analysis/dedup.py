"""Copies of one article: exact (same content hash) and near (MinHash LSH over word shingles).

An aggregator republishing a wire story with its own boilerplate gives a near-duplicate; the
link records which article came first. Only recently fetched articles are compared.

The LSH bands (datasketch chooses how many, and how wide, for the threshold) are stored in the
database with the signatures, so the candidates for an article are found by index lookups: no
crawl builds an index of every recent signature in memory, and its cost is that of the new
articles only.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import sys
import threading
import zlib
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Optional

import numpy as np
import sqlite_utils

from storage import links

if TYPE_CHECKING:
    from datasketch import MinHash

NUM_PERM = 64
SCHEME = "affine32"
SHINGLE_WORDS = 5
NEAR_THRESHOLD = 0.5
WINDOW_DAYS = 30
BATCH = 200
# How a signature's shingles are hashed, stored with it (storage/schema.py v16): 1 was SHA-1 of each
# shingle's text, 2 is shingle_hashes. Signatures of another version are made again from the stored
# text before they are compared (resign_outdated): values of two versions never match.
SIGNATURE_VERSION = 2
_WORD = re.compile(r"\w+")
_SHINGLE_MULTIPLIER = np.uint64(0x9E3779B97F4A7C15)
# MurmurHash3's 32-bit finaliser (shift, multiplier, shift, multiplier, shift): what datasketch's affine32
# scheme applies to every value before its permutations (signature_values does the same).
_FMIX32 = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


# The LSH bands MinHashLSH(threshold=NEAR_THRESHOLD, num_perm=NUM_PERM) chooses (14 bands of 4 values),
# written here: choosing them takes scipy.integrate, and bands already stored must not change
# (tests/monitor/analysis/test_dedup.py checks datasketch still chooses these).
BAND_RANGES = tuple((start, start + 4) for start in range(0, 56, 4))
_DATASKETCH_LOCK = threading.RLock()


@lru_cache(maxsize=None)
def minhash_scheme() -> tuple[type["MinHash"], np.ndarray, tuple[tuple[int, int], ...]]:
    """datasketch's MinHash, the permutations every signature shares, and the LSH band ranges
    (BAND_RANGES); made on first use, not on import.

    Only datasketch's `minhash` module is loaded (_datasketch_minhash): its package's `__init__`
    imports every index it offers, MinHashLSH's with scipy.integrate, 0.3-0.4 s of CPU a crawl for
    the band choice written above. Sharing the permutations saves making them again (random draws)
    for every article, and their memory."""
    minhash_class = _datasketch_minhash().MinHash
    permutations = minhash_class(num_perm=NUM_PERM, scheme=SCHEME).permutations
    return minhash_class, permutations, BAND_RANGES


def _datasketch_minhash():
    """The module `datasketch.minhash`, loaded without running `datasketch/__init__.py` unless it
    already ran.

    The package is put in sys.modules unexecuted, with a module `__getattr__` that runs its
    `__init__` in place the first time a name it defines is asked for (`from datasketch import
    MinHashLSH`), so other code importing datasketch gets the whole package, with this same
    `minhash` module and MinHash class. Should any of it fail (another layout of the package), the
    package is imported as usual."""
    with _DATASKETCH_LOCK:
        if "datasketch" not in sys.modules:
            try:
                _lazy_package("datasketch")
            except Exception:  # noqa: BLE001 - only a saving: the usual import below still works
                sys.modules.pop("datasketch", None)
        return importlib.import_module("datasketch.minhash")


def _lazy_package(name: str) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None or spec.submodule_search_locations is None:
        raise ImportError(f"{name} is not a package")
    package = importlib.util.module_from_spec(spec)
    state = {"ran": False}

    def run_init(attribute: str):
        with _DATASKETCH_LOCK:
            if not state["ran"]:
                state["ran"] = True
                try:
                    spec.loader.exec_module(package)
                except BaseException:
                    sys.modules.pop(name, None)
                    raise
                finally:
                    package.__dict__.pop("__getattr__", None)
        try:
            return package.__dict__[attribute]
        except KeyError:
            raise AttributeError(f"module {name!r} has no attribute {attribute!r}") from None

    package.__getattr__ = run_init
    sys.modules[name] = package


def bands(hashvalues: np.ndarray) -> list[bytes]:
    """The LSH band keys of a signature: two signatures are candidates when one key is equal."""
    values = hashvalues.astype("<u4")
    return [values[start:end].tobytes() for start, end in minhash_scheme()[2]]


def shingle_hashes(title: str, text: str) -> np.ndarray:
    """A 32-bit hash of each of an article's five-word shingles (lower-cased, punctuation ignored).

    Each word is hashed once (CRC-32, in C) and each shingle's hash is combined from its five
    words' in numpy, where hashing each shingle's text with SHA-1 in a Python loop took 1.3 ms of
    an article's 1.5 (BENCHMARKS.md section 1). MinHash mixes these values again (datasketch's
    affine32 scheme applies MurmurHash3's finaliser first), so they need to be distinct for
    distinct shingles, not cryptographic. Repeated shingles give repeated values, which leave a
    MinHash unchanged.
    """
    words = _WORD.findall(f"{title} {text}".lower())
    word_hashes = np.fromiter(map(zlib.crc32, map(str.encode, words)), dtype=np.uint64, count=len(words))
    count = max(1, len(words) - SHINGLE_WORDS + 1)
    combined = np.zeros(count, dtype=np.uint64)
    for offset in range(SHINGLE_WORDS):
        part = word_hashes[offset:offset + count]  # shorter than count only for a text under five words
        combined[:len(part)] = combined[:len(part)] * _SHINGLE_MULTIPLIER + part
    return (combined ^ (combined >> np.uint64(32))).astype(np.uint32)


def signature_values(title: str, text: str) -> np.ndarray:
    """The hash values of the MinHash of an article's five-word shingles (shingle_hashes): what
    datasketch's MinHash (affine32 scheme, the shared permutations) holds after `update_batch` of
    them, computed on the array itself.

    `update_batch` takes the values as a Python iterable: it calls its `hashfunc` on each one and
    builds an array again from the list, half of its time on the benchmark's articles, for the
    same arithmetic as here (MurmurHash3's finaliser, then `a * h + b` per permutation modulo 2^32,
    then the least of each column; there is always at least one value). The values are the same
    to the bit (tests/monitor/analysis/test_dedup.py compares them with datasketch's), so stored
    signatures and bands stay comparable."""
    _minhash_class, (multipliers, increments), _ = minhash_scheme()
    shift1, multiplier1, shift2, multiplier2, shift3 = _FMIX32
    values = shingle_hashes(title, text)
    values = values ^ (values >> shift1)
    values *= multiplier1
    values ^= values >> shift2
    values *= multiplier2
    values ^= values >> shift3
    permuted = values[:, np.newaxis] * multipliers  # one row per shingle, one column per permutation
    permuted += increments
    return permuted.min(axis=0)


def signature(title: str, text: str) -> "MinHash":
    """The MinHash of an article's five-word shingles (its values from signature_values)."""
    minhash_class, permutations, _ = minhash_scheme()
    return minhash_class(scheme=SCHEME, hashvalues=signature_values(title, text), permutations=permutations,
                         hashfunc=int)


def to_bytes(minhash: "MinHash") -> bytes:
    return values_to_bytes(minhash.hashvalues)


def values_to_bytes(hashvalues: np.ndarray) -> bytes:
    """A signature's hash values as stored (from_bytes reads them back)."""
    return hashvalues.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    """The hash values of a stored signature (what `to_bytes` wrote)."""
    return np.frombuffer(data, dtype="<u4")


def link_duplicates(db: sqlite_utils.Database, window_days: int = WINDOW_DAYS) -> int:
    """Sign every article not yet signed and link it to earlier copies; return the links made.

    Unsigned articles are read BATCH at a time, so their texts are never all in memory.
    """
    since = (datetime.now(timezone.utc) - timedelta(days=window_days)).replace(microsecond=0).isoformat()
    resign_outdated(db, since)
    with db.conn:
        for article_id, data in links.unbanded_signatures(db, since):
            links.save_bands(db, article_id, bands(from_bytes(data)))
    made, after, signed = 0, 0, SignedTexts()
    while batch := links.unsigned_articles(db, after=after, limit=BATCH):
        made += _sign_and_link(db, batch, since, signed)
        after = batch[-1][0]
    return made


def link_some_new(db: sqlite_utils.Database, *, after: int, limit: int, window_days: int = WINDOW_DAYS,
                  signed: Optional["SignedTexts"] = None) -> tuple[int, int]:
    """What link_duplicates does for up to `limit` unsigned articles with ids above `after`, oldest
    first; return (links made, the last id signed, or `after`). Called again and again with the id
    it returned, while articles are being stored, it signs each one once, in id order, as
    link_duplicates would afterwards. Only when no signature in the window is outdated or unbanded
    (nothing_to_resign): those are made again first, so that new articles are compared with them.
    `signed`, kept from call to call, lets an exact copy of an article signed in an earlier call take
    its values (SignedTexts).
    """
    since = (datetime.now(timezone.utc) - timedelta(days=window_days)).replace(microsecond=0).isoformat()
    batch = links.unsigned_articles(db, after=after, limit=limit)
    if not batch:
        return 0, after
    return _sign_and_link(db, batch, since, signed if signed is not None else SignedTexts()), batch[-1][0]


def nothing_to_resign(db: sqlite_utils.Database, window_days: int = WINDOW_DAYS) -> bool:
    """True when every signature in the window is of SIGNATURE_VERSION and banded (link_some_new may run)."""
    since = (datetime.now(timezone.utc) - timedelta(days=window_days)).replace(microsecond=0).isoformat()
    return (not links.outdated_signatures(db, SIGNATURE_VERSION, since, limit=1)
            and not links.unbanded_signatures(db, since))


class SignedTexts:
    """The signatures made in one signing pass, each under a digest of the exact title and text it was
    made from: an article with the same title and text as one signed before in the pass (an exact
    copy, the commonest duplicate: a story republished word for word, one page under two URLs) takes
    those values instead of being signed again. Same title and text, same signature, so nothing
    stored changes; hashing the two (SHA-256) costs ~0.01 ms an article against ~0.27 for signing it
    (BENCHMARKS.md section 1, wip-s12p). Only digests and values are kept (~300 bytes an article),
    never the texts."""

    def __init__(self) -> None:
        self._values: dict[bytes, np.ndarray] = {}

    def values(self, title: str, text: str) -> np.ndarray:
        """signature_values(title, text), made once per distinct title and text."""
        key = hashlib.sha256(f"{len(title)}:{title}{text}".encode("utf-8", "surrogatepass")).digest()
        values = self._values.get(key)
        if values is None:
            values = self._values[key] = signature_values(title, text)
        return values


def _sign_and_link(db: sqlite_utils.Database, batch: list[tuple[int, str, str, str]], since: str,
                   signed: SignedTexts) -> int:
    made = 0
    with db.conn:
        for article_id, title, text, content_hash in batch:
            values = signed.values(title, text)
            keys = bands(values)
            made += _link_one(db, article_id, values, keys, content_hash, since)
            links.save_signature(db, article_id, values_to_bytes(values), keys, SIGNATURE_VERSION)
    return made


def resign_outdated(db: sqlite_utils.Database, since: str) -> int:
    """Sign again, from their stored text, the articles fetched at or after `since` whose signature
    an older SIGNATURE_VERSION made, so that new articles are compared with them (and republications
    linked to them) on equal terms; return how many. Older ones are left: nothing compares them
    until they are fetched again, and then this signs them first."""
    count, after = 0, 0
    while batch := links.outdated_signatures(db, SIGNATURE_VERSION, since, after=after, limit=BATCH):
        with db.conn:
            for article_id, title, text in batch:
                values = signature_values(title, text)
                links.save_signature(db, article_id, values_to_bytes(values), bands(values), SIGNATURE_VERSION)
        count += len(batch)
        after = batch[-1][0]
    return count


def _link_one(db, article_id: int, hashvalues: np.ndarray, keys: list[bytes], content_hash: str,
              since: str) -> int:
    original = links.same_hash(db, content_hash, article_id)
    if original is not None and original < article_id:
        links.link(db, article_id, original, links.EXACT, 1.0)
        return 1
    scored = [(jaccard(hashvalues, from_bytes(data)), other)
              for other, data in links.band_candidates(db, keys, since, article_id)]
    scored = [(score, other) for score, other in scored if score >= NEAR_THRESHOLD]
    if not scored:
        return 0
    score, other = max(scored, key=lambda pair: (pair[0], -pair[1]))
    links.link(db, article_id, other, links.NEAR, score)
    return 1


def jaccard(hashvalues: np.ndarray, other: np.ndarray) -> float:
    """The Jaccard similarity two MinHashes estimate: the share of equal hash values."""
    return float(np.count_nonzero(hashvalues == other)) / NUM_PERM
