"""Fixtures of the command tests."""

from __future__ import annotations

import pytest

from tests.monitor.web.conftest import copy_database


@pytest.fixture
def reviewed_db(stories_db, tmp_path):
    """A copy of the stories database (tests/stories.py) to take review decisions on."""
    return copy_database(stories_db, tmp_path / "stories.db")
