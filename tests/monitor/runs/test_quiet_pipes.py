"""`crawl` and `demo` in a pipe: one line per source and the summary, the crawler's log in a file
whose path is printed (`--verbose`: on stderr, as before)."""

import re
import subprocess
from pathlib import Path

from tests.sites import WIRE_CONFIG, serve_wire
from tests.terminal import PACTWATCH

TWO_SOURCES = WIRE_CONFIG + """
[[sources]]
name = "mirror"
feeds = ["{base}/rss.xml"]
download_delay = 0
allow_private = true
"""
SOURCE_LINE = re.compile(r"^(wire|mirror): ok, \d+ requests, \d+ new, \d+ known, 0 errors, \d+\.\d s$")


def crawl_in_a_pipe(site, write_config, db_path, *options):
    serve_wire(site, 3)
    config = write_config(TWO_SOURCES.replace("{base}", site.base_url))
    return subprocess.run([PACTWATCH, *options, "--config", str(config), "--db", str(db_path), "crawl", "--all"],
                          capture_output=True, text=True, timeout=180)


def test_crawl_in_a_pipe_prints_one_line_per_source_and_the_summary(site, write_config, db_path):
    result = crawl_in_a_pipe(site, write_config, db_path)

    assert result.returncode == 0, result.stderr
    *source_lines, log_line = result.stderr.splitlines()
    assert log_line == f"crawler log: {db_path}.crawl.log"
    assert [getattr(SOURCE_LINE.match(line), "group", str)(1) for line in source_lines] == ["wire", "mirror"], \
        result.stderr
    # The two sources share the feed's links and crawl at once in one round: each of the three
    # articles is new to exactly one of them, and known to the other.
    counts = [tuple(map(int, re.search(r"(\d+) new, (\d+) known", line).groups())) for line in source_lines]
    assert sum(new for new, _ in counts) == 3 and all(new + known == 3 for new, known in counts), counts
    summary = result.stdout.splitlines()
    assert summary[0].split() == ["source", "status", "requests", "new", "known", "errors"]
    assert [line.split()[:2] for line in summary[2:]] == [["wire", "ok"], ["mirror", "ok"]]
    assert len(summary) == 4
    log = Path(f"{db_path}.crawl.log").read_text(encoding="utf-8")
    assert "[scrapy.core.engine] INFO: Spider opened" in log and "Spider closed (finished)" in log
    assert log.count("Spider opened") == 2


def test_crawl_in_a_pipe_with_verbose_shows_the_crawlers_log(site, write_config, db_path):
    result = crawl_in_a_pipe(site, write_config, db_path, "--verbose")

    assert result.returncode == 0, result.stderr
    assert "crawler log:" not in result.stderr
    assert result.stderr.count("Spider opened") == 2
    assert not Path(f"{db_path}.crawl.log").exists()


def test_crawl_log_file_option_appends_to_that_file(site, write_config, db_path, tmp_path):
    serve_wire(site, 3)
    config = write_config(TWO_SOURCES.replace("{base}", site.base_url))
    chosen = tmp_path / "crawls.log"
    chosen.write_text("an earlier line\n", encoding="utf-8")
    result = subprocess.run([PACTWATCH, "--config", str(config), "--db", str(db_path), "crawl", "wire",
                             "--log-file", str(chosen)], capture_output=True, text=True, timeout=180)

    assert result.returncode == 0, result.stderr
    assert result.stderr.splitlines()[-1] == f"crawler log: {chosen}"
    text = chosen.read_text(encoding="utf-8")
    assert text.startswith("an earlier line\n") and "Spider opened" in text

    unwritable = subprocess.run([PACTWATCH, "--config", str(config), "--db", str(db_path), "crawl", "wire",
                                 "--log-file", str(tmp_path / "no" / "such" / "folder.log")],
                                capture_output=True, text=True, timeout=60)
    assert unwritable.returncode == 1 and "cannot write the log file" in unwritable.stderr
    assert "Traceback" not in unwritable.stderr
