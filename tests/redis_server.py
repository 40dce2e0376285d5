"""The `redis_server` fixture: a real redis-server (monitor/demo/redis_server.py) for one test.

Like the browser tests' Chromium: the binary is Debian's (`.ci/run` installs it with apt when it is
missing); without it the tests that need it skip, saying why. It is stopped with SIGTERM after the
test, SIGKILL if it lingers; a test may stop it and start it again on the same port (a restart).
"""

from __future__ import annotations

import pytest

from monitor.demo.redis_server import REDIS_SERVER, RedisServer


@pytest.fixture
def redis_server(tmp_path):
    """A running redis-server for one test (skips when the binary is absent)."""
    if REDIS_SERVER is None:
        pytest.skip("redis-server is not installed (apt install redis-server)")
    server = RedisServer(tmp_path / "redis").start()
    try:
        yield server
    finally:
        server.stop()
