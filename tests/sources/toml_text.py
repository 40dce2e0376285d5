"""A TOML writer for configuration documents: top-level tables and arrays of tables, the rest inline.

The standard library reads TOML but does not write it; the fixture tests write back the bundled
config with its hosts rewritten.
"""

from __future__ import annotations

import json


def toml_document(data: dict) -> str:
    lines = [_pair(key, value) for key, value in data.items() if not _table(value) and not _tables(value)]
    for key, value in data.items():
        if _table(value):
            lines += ["", f"[{_key(key)}]", *(_pair(k, v) for k, v in value.items())]
        elif _tables(value):
            for item in value:
                lines += ["", f"[[{_key(key)}]]", *(_pair(k, v) for k, v in item.items())]
    return "\n".join(lines).lstrip() + "\n"


def _table(value) -> bool:
    return isinstance(value, dict)


def _tables(value) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(item, dict) for item in value)


def _pair(key: str, value) -> str:
    return f"{_key(key)} = {_value(value)}"


def _value(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{ " + ", ".join(_pair(k, v) for k, v in value.items()) + " }"
    raise TypeError(f"cannot write {value!r} as TOML")


def _key(key: str) -> str:
    return json.dumps(key, ensure_ascii=False)
