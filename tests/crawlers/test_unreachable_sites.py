"""A site that is down (connection refused, or accepting connections and never answering): the crawl
says so in one line per URL, never with a traceback, and records each URL's failure."""

import os
import socket
import subprocess
import sys
from pathlib import Path

from storage import open_db

PACTWATCH = os.path.join(os.path.dirname(sys.executable), "pactwatch")
CONFIG = """
[crawler]
autothrottle = false
retry_times = 1
download_timeout = 1

[[sources]]
name = "down"
feeds = ["http://127.0.0.1:{refused}/rss.xml"]
listings = ["http://127.0.0.1:{silent}/news", "http://127.0.0.1:{silent}/archive"]
download_delay = 0
allow_private = true
"""


def closed_port() -> int:
    """A loopback port nothing listens on (connection refused)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_crawl_of_hosts_that_are_down_prints_one_line_per_url(write_config, db_path):
    with socket.socket() as silent:  # accepts connections (the kernel does) and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(16)
        config = write_config(CONFIG.replace("{refused}", str(closed_port()))
                              .replace("{silent}", str(silent.getsockname()[1])))
        result = subprocess.run([PACTWATCH, "--config", str(config), "--db", str(db_path), "crawl", "down"],
                                capture_output=True, text=True, timeout=120)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    crawler_log = Path(result.stderr.split("crawler log: ", 1)[1].splitlines()[0]).read_text(encoding="utf-8")
    assert "Traceback" not in crawler_log
    log = [line for line in crawler_log.splitlines() if " WARNING: " in line or " ERROR: " in line]
    assert len(log) == 5, result.stderr  # one per URL: two robots.txt, three discovery pages
    robots = [line for line in log if "robots.txt" in line]
    assert len(robots) == 2
    assert any("(connection refused)" in line for line in robots)
    assert any("(timed out: no complete answer within 1 s (download_timeout))" in line for line in robots)
    failed = [line.split("WARNING: ", 1)[1] for line in log if "robots.txt" not in line]
    assert all(line.startswith("failed http://127.0.0.1:") for line in failed), failed
    db = open_db(db_path)
    reasons = sorted(row[0] for row in db.execute("SELECT reason FROM url_failures"))
    db.conn.close()
    assert reasons == sorted(line.split(": ", 1)[1] for line in failed)
    assert reasons == ["connection refused", "timed out: no complete answer within 1 s (download_timeout)",
                       "timed out: no complete answer within 1 s (download_timeout)"]
