"""Headless Chromium for the browser tests: Debian's chromium, run the way the issue asks
(no sandbox, no GPU, no background networking, a fresh profile), on loopback URLs only.

Tests call `require_chromium()` first; without Chromium they skip with a message saying how
to install it (`.ci/run` installs it, so CI always runs them). Screenshots land in
test-artifacts/ (git-ignored) for people to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--hide-scrollbars", "--mute-audio")
TIMEOUT_SECONDS = 90


def require_chromium() -> str:
    path = os.environ.get("PACTWATCH_CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.skip("Chromium is not installed (apt-get install chromium); browser tests skipped")
    return path


def _run(url: str, *extra: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="pactwatch-chromium-") as profile:
        return subprocess.run([require_chromium(), *FLAGS, f"--user-data-dir={profile}", *extra, url],
                              capture_output=True, text=True, timeout=TIMEOUT_SECONDS)


def dump_dom(url: str) -> str:
    """The page's DOM after it loaded (scripts run), as HTML."""
    result = _run(url, "--dump-dom")
    assert result.returncode == 0 and result.stdout.strip(), result.stderr[-2000:]
    return result.stdout


def screenshot(url: str, name: str, *, width: int = 1280, height: int = 1600) -> Path:
    """Save a PNG of the page as test-artifacts/NAME and return its path."""
    ARTIFACTS.mkdir(exist_ok=True)
    target = ARTIFACTS / name
    target.unlink(missing_ok=True)
    result = _run(url, f"--screenshot={target}", f"--window-size={width},{height}")
    assert result.returncode == 0 and target.exists(), result.stderr[-2000:]
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return target
