"""The one way pactwatch.toml is read: typed values, finite numbers within ranges, known keys.

Every section parser (config/__init__.py, source_options.py, alerts.py) reads through a Reader,
so a type, a range or an unknown key is checked the same way everywhere and every mistake is a
ConfigError naming the file, the source and the dotted key. A number must be finite and within
the range its field declares (`number(...)` in the dataclass that holds it): TOML accepts
`nan`, `inf` and `1e308`, which would make a timeout never fire or a date overflow.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, NoReturn, Optional

TYPE_NAMES = {str: "a string", int: "an integer", float: "a number", bool: "true or false", list: "a list",
              dict: "a table"}


class ConfigError(Exception):
    """A configuration mistake, located by file, source and key."""

    def __init__(self, message: str, *, file: Optional[Path] = None,
                 source: Optional[str] = None, key: Optional[str] = None):
        self.message = message
        self.file = file
        self.source = source
        self.key = key
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [str(self.file) if self.file else "<config>"]
        if self.source:
            where.append(f"source '{self.source}'")
        if self.key:
            where.append(f"key '{self.key}'")
        return f"{': '.join(where)}: {self.message}"


@dataclass(frozen=True)
class Range:
    """Where a number may lie: finite, from `low` (excluded when `above`) to `high`, an int if `integer`."""

    low: float
    high: float
    integer: bool = False
    above: bool = False
    between: bool = False  # word the error "between low and high" (a fraction, a port)
    low_words: str = ""  # what the low end means, when it means more than its number: "0 (no limit)"

    def problem(self, value: float) -> Optional[str]:
        if not math.isfinite(value):
            return f"must be a finite number, got {value!r}"
        if (value > self.low if self.above else value >= self.low) and value <= self.high:
            return None
        low, high = _plain(self.low), _plain(self.high)
        if self.between:
            return f"must be between {low} and {high}, got {_plain(value)}"
        floor = f"greater than {low}" if self.above else f"{self.low_words or low} or more"
        return f"must be {floor} and at most {high}, got {_plain(value)}"


def number(default: float, low: float, high: float, *, above: bool = False, between: bool = False,
           low_words: str = "") -> Any:
    """A dataclass field holding a number: its default and its range, written once, here."""
    rule = Range(low, high, integer=isinstance(default, int), above=above, between=between, low_words=low_words)
    return field(default=default, metadata={"range": rule})


def range_of(cls: type, name: str) -> Range:
    """The range a dataclass field declared with number()."""
    return cls.__dataclass_fields__[name].metadata["range"]


class Reader:
    """Typed reads from the TOML tables of one file (and one [[sources]] block, when `source`)."""

    def __init__(self, path: Optional[Path], source: Optional[str] = None):
        self.path = path
        self.source = source

    def for_source(self, name: str) -> "Reader":
        return Reader(self.path, name)

    def fail(self, message: str, key: Optional[str]) -> NoReturn:
        raise ConfigError(message, file=self.path, source=self.source, key=key)

    def typed(self, value: Any, kind: type | tuple[type, ...], key: str) -> Any:
        """`value` when it is of `kind` (a float accepts an integer; a number never a boolean)."""
        kinds = kind if isinstance(kind, tuple) else (kind,)
        if float in kinds:
            kinds = kinds + (int,)
        if not isinstance(value, kinds) or (isinstance(value, bool) and bool not in kinds):
            self.fail(f"expected {TYPE_NAMES[kinds[0]]}, got {value!r}", key)
        return value

    def get(self, table: dict, key: str, kind: type | tuple[type, ...], default: Any = None, *,
            prefix: str = "") -> Any:
        """table[key] checked to be of `kind`, or `default` when absent."""
        if key not in table:
            return default
        return self.typed(table[key], kind, prefix + key)

    def required(self, table: dict, key: str, kind: type, *, prefix: str = "") -> Any:
        if key not in table:
            self.fail(f"is required ({TYPE_NAMES[kind]})", prefix + key)
        return self.get(table, key, kind, prefix=prefix)

    def number(self, table: dict, key: str, default: Any, rule: Range, *, prefix: str = "") -> Any:
        """A finite number within `rule`'s range (an int where the rule says so), or `default`."""
        if key not in table:
            return default
        value = self.typed(table[key], int if rule.integer else float, prefix + key)
        problem = rule.problem(value)
        if problem:
            self.fail(problem, prefix + key)
        return value if rule.integer else float(value)

    def strings(self, table: dict, key: str, default: Optional[list] = None, *, prefix: str = "") -> list[str]:
        values = self.get(table, key, list, default, prefix=prefix) or []
        for value in values:
            if not isinstance(value, str):
                self.fail(f"expected a list of strings, found {value!r}", prefix + key)
        return values

    def table(self, data: dict, key: str, *, prefix: str = "") -> dict:
        """The sub-table data[key] ({} when absent)."""
        value = data.get(key, {})
        if not isinstance(value, dict):
            self.fail(f"expected a [{prefix}{key}] table", prefix + key)
        return value

    def known(self, table: dict, keys: set[str] | frozenset[str], *, prefix: str = "", kind: str = "key") -> None:
        """Refuse a key not in `keys`: a typo would otherwise silently keep the default."""
        for key in table:
            if key not in keys:
                self.fail(f"unknown {kind} (expected one of: {', '.join(sorted(keys))})", prefix + key)

    def section(self, table: dict, cls: type, *, prefix: str) -> Any:
        """A settings dataclass from its table: each field typed by its default, numbers in their range."""
        self.known(table, {f.name for f in fields(cls)}, prefix=prefix)
        values = {}
        for spec in fields(cls):
            rule = spec.metadata.get("range")
            if rule is not None:
                values[spec.name] = self.number(table, spec.name, spec.default, rule, prefix=prefix)
            else:
                values[spec.name] = self.get(table, spec.name, type(spec.default), spec.default, prefix=prefix)
        return cls(**values)


def _plain(value: float) -> str:
    """1.0 as '1', 0.5 as '0.5': the numbers of an error message as a user would write them."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e15 else repr(value)
