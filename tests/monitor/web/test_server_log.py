"""`pactwatch serve` whose output nobody reads: rejected queries log one short line each, and a log
that cannot be written (a pipe left full) never stops the server from answering."""

import os
import subprocess
import urllib.error
import urllib.parse
import urllib.request

from tests.serving import PACTWATCH, read_url, stop

REJECTED = ["PRAGMA writable_schema=1", "DELETE FROM events", "ATTACH DATABASE '/tmp/x.db' AS x",
            "UPDATE articles SET title = 'x'"]


def full_pipe() -> tuple[int, int, int]:
    """A pipe whose buffer is full (nobody reads it): (read end, write end, bytes written)."""
    read_end, write_end = os.pipe()
    os.set_blocking(write_end, False)
    written, chunk = 0, 65536
    while chunk:
        try:
            written += os.write(write_end, b"." * chunk)
        except BlockingIOError:
            chunk //= 2
    os.set_blocking(write_end, True)
    return read_end, write_end, written


def status_of(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def drain(fd: int) -> bytes:
    os.set_blocking(fd, False)
    data = b""
    while True:
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return data
        if not chunk:
            return data
        data += chunk


def test_rejected_queries_log_one_short_line_each_and_a_full_log_pipe_does_not_stop_the_server(stories_db):
    stderr_read, stderr_write, prefilled = full_pipe()
    # -v: every rejected query is logged (at INFO), into a pipe that is already full; stdout, once the
    # URL is read, is never read again.
    process = subprocess.Popen([PACTWATCH, "-v", "--db", str(stories_db), "serve", "--port", "0"],
                               stdout=subprocess.PIPE, stderr=stderr_write, text=True)
    os.close(stderr_write)
    try:
        url = read_url(process)
        statuses = [status_of(f"{url}stories?" + urllib.parse.urlencode({"sql": REJECTED[n % len(REJECTED)]}))
                    for n in range(20)]
        assert statuses == [400] * 20
        assert status_of(url + "stories/events.json") == 200

        log = drain(stderr_read)[prefilled:]
    finally:
        stop(process)
        log_end = drain(stderr_read)
        os.close(stderr_read)
    printed = process.stdout.read()

    text = (log + log_end).decode("utf-8", "replace")
    assert printed == ""  # nothing but the URL line on stdout: no tracebacks
    assert "Traceback" not in text and "locals" not in text
    rejected = [line for line in text.splitlines() if ": 400 " in line]
    assert len(rejected) == 20, text[-3000:]
    assert all(len(line) < 500 for line in rejected)
    assert len(text) < 20 * 500, text[-3000:]
