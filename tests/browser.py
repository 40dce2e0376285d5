"""Headless Chromium for the browser tests: Debian's chromium, run the way the issue asks
(no sandbox, no GPU, no background networking, a fresh profile), on loopback URLs only.

Tests call `require_chromium()` first; without Chromium they skip with a message saying how
to install it (`.ci/run` installs it, so CI always runs them). Screenshots land in
test-artifacts/ (git-ignored) for people to look at.
"""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import tempfile
import threading
import time
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


class Chromium:
    """Headless Chromium driven through the DevTools protocol on a pipe (--remote-debugging-pipe:
    JSON messages ending in NUL, read on fd 3 and written on fd 4), for tests that click: real
    mouse events at an element's place, and the JavaScript dialogs (alert, confirm, prompt)
    that a click opened. No websocket and no driver: only the browser and two pipes."""

    def __init__(self):
        self._profile = tempfile.TemporaryDirectory(prefix="pactwatch-chromium-")
        to_browser, self._commands = os.pipe()
        self._answers, from_browser = os.pipe()

        def pipes_at_3_and_4():
            os.dup2(to_browser, 3)
            os.dup2(from_browser, 4)

        self.process = subprocess.Popen(
            [require_chromium(), *FLAGS, f"--user-data-dir={self._profile.name}", "--remote-debugging-pipe",
             "about:blank"], preexec_fn=pipes_at_3_and_4, close_fds=False, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_browser)
        os.close(from_browser)
        self._messages: "queue.Queue[dict]" = queue.Queue()
        self._events: list[dict] = []
        self._next_id = 0
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        target = self.call("Target.createTarget", url="about:blank")["targetId"]
        self.session = self.call("Target.attachToTarget", targetId=target, flatten=True)["sessionId"]
        self.call("Page.enable", session=True)

    def _read(self):
        buffer = b""
        while chunk := os.read(self._answers, 65536):
            buffer += chunk
            *complete, buffer = buffer.split(b"\0")
            for message in complete:
                self._messages.put(json.loads(message))

    def _next(self, deadline: float) -> dict:
        try:
            message = self._messages.get(timeout=max(deadline - time.monotonic(), 0.01))
        except queue.Empty:
            raise TimeoutError("Chromium did not answer in time") from None
        if message.get("method") == "Page.javascriptDialogOpening":
            self.send("Page.handleJavaScriptDialog", session=True, accept=True)
        if "method" in message:
            self._events.append(message)
        return message

    def send(self, method: str, *, session: bool = False, **params) -> int:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params}
        if session:
            message["sessionId"] = self.session
        os.write(self._commands, json.dumps(message).encode() + b"\0")
        return self._next_id

    def call(self, method: str, *, session: bool = False, **params) -> dict:
        number = self.send(method, session=session, **params)
        deadline = time.monotonic() + TIMEOUT_SECONDS
        while (message := self._next(deadline)).get("id") != number:
            pass
        assert "error" not in message, (method, message["error"])
        return message["result"]

    def wait_for(self, method: str, seconds: float) -> bool:
        """Read messages for up to `seconds`; True as soon as an event named `method` arrives."""
        deadline = time.monotonic() + seconds
        try:
            while self._next(deadline).get("method") != method:
                pass
        except TimeoutError:
            return False
        return True

    def open(self, url: str) -> None:
        self.call("Page.navigate", session=True, url=url)
        assert self.wait_for("Page.loadEventFired", TIMEOUT_SECONDS), f"{url} did not load"

    def evaluate(self, expression: str):
        result = self.call("Runtime.evaluate", session=True, expression=expression, returnByValue=True)
        return result["result"].get("value")

    def set_viewport(self, width: int, height: int) -> None:
        """Lay pages out for a window `width` × `height` CSS pixels (a phone: 400 wide)."""
        self.call("Emulation.setDeviceMetricsOverride", session=True, width=width, height=height,
                  deviceScaleFactor=1, mobile=width < 600)

    def save_screenshot(self, name: str, *, full_page: bool = True) -> Path:
        """Save a PNG of the page (all of it with `full_page`) as test-artifacts/NAME and return its path."""
        import base64

        params = {"format": "png", "captureBeyondViewport": full_page}
        if full_page:
            width, height = self.evaluate("[document.documentElement.scrollWidth,"
                                          " Math.min(document.documentElement.scrollHeight, 6000)]")
            params["clip"] = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
        data = self.call("Page.captureScreenshot", session=True, **params)["data"]
        ARTIFACTS.mkdir(exist_ok=True)
        target = ARTIFACTS / name
        target.write_bytes(base64.b64decode(data))
        assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        return target

    def click(self, selector: str, index: int) -> list[str]:
        """Click the `index`-th element matching `selector` with the mouse (scrolled into view first);
        return the messages of the JavaScript dialogs the click opened within a second."""
        x, y = self.evaluate(f"""(() => {{
            const element = document.querySelectorAll({json.dumps(selector)})[{index}];
            element.scrollIntoView({{block: "center"}});
            const box = element.getBoundingClientRect();
            return [box.x + box.width / 2, box.y + box.height / 2];
        }})()""")
        seen = len(self._events)
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", session=True, type=kind, x=x, y=y, button="left", clickCount=1)
        self.wait_for("Page.javascriptDialogOpening", 1.0)
        return [event["params"]["message"] for event in self._events[seen:]
                if event["method"] == "Page.javascriptDialogOpening"]

    def close(self) -> None:
        try:
            self.send("Browser.close")
            self.process.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.process.kill()
            self.process.wait()
        self._reader.join(10)
        os.close(self._commands)
        os.close(self._answers)
        self._profile.cleanup()

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()
