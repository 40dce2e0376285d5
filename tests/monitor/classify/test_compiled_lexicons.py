"""Compiled lexicons kept in files (monitor/classify/compiled.py): what is read back is what compiling
makes, to the compiled code of every regular expression, and it is read without compiling."""

import dataclasses
import os
import re
from re import _compiler

import pytest

from monitor.classify import compiled, lexicons
from monitor.classify.lexicons import LANGS, load

KEY = "0123456789abcdef01234567"


@pytest.fixture
def kept(tmp_path):
    """This process keeps its compiled lexicons in a fresh folder for the test (none after)."""
    load.cache_clear()
    compiled.keep_in(tmp_path, KEY)
    yield tmp_path
    compiled.keep_in(None)
    load.cache_clear()


def same(one, other, where="lexicon") -> list[str]:
    """Where two object graphs differ: patterns compared as re compares them (source, flags, code),
    other objects by type and then by their fields, items or value."""
    if type(one) is not type(other):
        return [f"{where}: {type(one).__name__} against {type(other).__name__}"]
    if isinstance(one, re.Pattern):
        return [] if one == other else [f"{where}: {one.pattern[:60]!r} compiled differently"]
    if isinstance(one, dict):
        if list(one) != list(other):
            return [f"{where}: keys differ"]
        return [difference for key in one for difference in same(one[key], other[key], f"{where}[{key!r}]")]
    if isinstance(one, (list, tuple)):
        if len(one) != len(other):
            return [f"{where}: {len(one)} items against {len(other)}"]
        return [difference for index, (a, b) in enumerate(zip(one, other))
                for difference in same(a, b, f"{where}[{index}]")]
    if isinstance(one, (set, frozenset, str, bytes, int, float, bool, type(None))):
        return [] if one == other else [f"{where}: {one!r} against {other!r}"]
    if dataclasses.is_dataclass(one) or hasattr(one, "__dict__"):
        return same(vars(one), vars(other), f"{where}.{type(one).__name__}")
    return [] if one == other else [f"{where}: {one!r} against {other!r}"]


def no_compiling(monkeypatch):
    def refused(*args, **kwargs):
        raise AssertionError("a regular expression was compiled")
    monkeypatch.setattr(_compiler, "compile", refused)
    monkeypatch.setattr(lexicons, "_compile", refused)


@pytest.mark.parametrize("lang", LANGS)
def test_every_language_is_read_back_as_compiled(kept, lang, monkeypatch):
    written = load(lang)  # compiled, then written
    assert [path.name for path in kept.iterdir()] == [f"{lang}-{KEY}.pickle"]
    load.cache_clear()
    with monkeypatch.context() as patched:
        no_compiling(patched)
        read = load(lang)
    compiled.keep_in(None)
    load.cache_clear()
    fresh = load(lang)
    assert not fresh.matcher._choices  # compiled in this process: its choices are made as words come
    fresh.matcher.prepare()  # as a lexicon written to a file is (lexicons._finish)

    assert read is not written
    assert read.matcher._choices
    assert same(read, fresh) == []
    assert same(written, fresh) == []


def test_a_lexicon_read_back_scans_as_the_compiled_one(kept):
    text = ("On 12 March 2024 the defence ministers of Azerbaijan and Georgia signed a plan of military "
            "cooperation in Baku; the US and NATO were not parties.")
    expected = load("en").scan(text.lower(), text)
    load.cache_clear()

    assert load("en").scan(text.lower(), text) == expected


def test_patterns_are_read_back_equal_and_working_without_compiling(kept, monkeypatch):
    patterns = [re.compile(r"(?<!\w)(?P<day>\d{1,2})\s+(?:May|Mai)(?!\w)", re.IGNORECASE),
                re.compile(r"^\W{0,3}(?:read also|related)\W{0,3}$"), re.compile(rb"\xef\xbf[\xbe\xbf]"),
                re.compile(r"(?:kam|kommt)\s+(\w+)", re.MULTILINE | re.DOTALL)]
    compiled.loaded("xx", lambda lang: patterns)
    with monkeypatch.context() as patched:
        no_compiling(patched)
        read = compiled.loaded("xx", lambda lang: pytest.fail("built again"))

    assert read == patterns and [type(pattern) for pattern in read] == [re.Pattern] * 4
    assert read[0].search("on 6 MAY").group("day") == "6"
    assert read[3].match("kommt heute").group(1) == "heute"


def test_a_pattern_re_cannot_make_again_from_its_code_is_written_as_its_source(kept, monkeypatch):
    pattern = re.compile(r"signed (\w+)")
    monkeypatch.setattr(compiled, "_compiled", lambda *arguments: re.compile("something else"))
    compiled.loaded("xx", lambda lang: [pattern])
    monkeypatch.undo()

    assert compiled.loaded("xx", lambda lang: pytest.fail("built again")) == [pattern]


def test_another_key_reads_no_file_of_this_one(kept):
    compiled.loaded("xx", lambda lang: "made under the first key")
    compiled.keep_in(kept, "f" * len(KEY))

    assert compiled.loaded("xx", lambda lang: "made again") == "made again"
    assert sorted(path.name for path in kept.iterdir()) == [f"xx-{KEY}.pickle", f"xx-{'f' * len(KEY)}.pickle"]


def test_an_unreadable_file_is_compiled_and_written_again(kept):
    (kept / f"xx-{KEY}.pickle").write_bytes(b"not a pickle")

    assert compiled.loaded("xx", lambda lang: ("made", lang)) == ("made", "xx")
    assert compiled.loaded("xx", lambda lang: pytest.fail("built again")) == ("made", "xx")


def test_a_folder_that_cannot_be_written_costs_only_the_compiling(tmp_path):
    (tmp_path / "file").write_text("a file where the folder would be")
    compiled.keep_in(tmp_path / "file" / "lexicons", KEY)
    try:
        assert compiled.loaded("xx", lambda lang: "made") == "made"
        assert compiled.loaded("xx", lambda lang: "made again") == "made again"
    finally:
        compiled.keep_in(None)


def test_only_the_newest_files_of_other_keys_are_kept(kept):
    for age, key in enumerate(["a" * len(KEY), "b" * len(KEY), "c" * len(KEY)]):
        path = kept / f"xx-{key}.pickle"
        path.write_bytes(b"older")
        os.utime(path, (1_000_000 + age, 1_000_000 + age))
    (kept / f"xx-yy-{'d' * len(KEY)}.pickle").write_bytes(b"another language's")
    compiled.loaded("xx", lambda lang: "made")

    assert sorted(path.name for path in kept.iterdir()) == sorted(
        [f"xx-{KEY}.pickle", f"xx-{'b' * len(KEY)}.pickle", f"xx-{'c' * len(KEY)}.pickle",
         f"xx-yy-{'d' * len(KEY)}.pickle"])


def test_nothing_is_read_or_written_without_a_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    compiled.keep_in(None)

    assert compiled.loaded("xx", lambda lang: "made") == "made"
    assert compiled.loaded("xx", lambda lang: "made again") == "made again"
    assert list(tmp_path.iterdir()) == []


def test_the_key_changes_with_babels_data_and_python(monkeypatch):
    key = compiled.cache_key()
    assert compiled.cache_key() == key
    monkeypatch.setattr(compiled.babel, "__version__", "0.0-other")
    assert compiled.cache_key() != key
    monkeypatch.undo()
    monkeypatch.setattr(compiled.sys, "version", "3.99 other")
    assert compiled.cache_key() != key


def test_the_default_folder_is_the_users_cache_unless_named(monkeypatch, tmp_path):
    monkeypatch.delenv(compiled.FOLDER_ENV, raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert compiled.default_folder() == tmp_path / "pactwatch" / "lexicons"
    monkeypatch.setenv(compiled.FOLDER_ENV, str(tmp_path / "named"))
    assert compiled.default_folder() == tmp_path / "named" / "lexicons"


def test_a_user_without_a_home_keeps_no_files(monkeypatch):
    monkeypatch.delenv(compiled.FOLDER_ENV, raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def homeless():
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(compiled.Path, "home", staticmethod(homeless))

    assert compiled.default_folder() is None
