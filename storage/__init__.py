"""The SQLite layer: one file, opened through sqlite-utils, migrated on open. Knows nothing but SQLite."""

from storage.db import open_db

__all__ = ["open_db"]
